//! The signed-in person's session clock. Without JavaScript it is a
//! sentence saying when an unused session ends; as an island it counts down
//! and, two minutes before the idle timeout, asks whether to stay signed in
//! (a call to the server is activity enough). Announced politely to screen
//! readers, as WCAG 2.2.1 (timing adjustable) asks.

use crate::server_fns::keep_alive;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Seconds before the end when the warning appears.
const WARN_SECS: i64 = 120;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimerLabels {
    /// Shown always: how long an unused session lasts.
    pub notice: String,
    /// The warning; `{left}` is replaced with the time left (m:ss).
    pub warning: String,
    pub stay: String,
    pub ended: String,
    pub sign_in_again: String,
    pub sign_in_href: String,
}

#[island]
pub fn SessionTimer(remaining_secs: i64, labels: TimerLabels) -> impl IntoView {
    let enhanced = RwSignal::new(false);
    // Browser clock seconds: the deadline, and now (ticking).
    let deadline = RwSignal::new(0i64);
    let now = RwSignal::new(0i64);
    Effect::new(move |_| {
        // Runs once, in the browser only.
        let start = now_secs();
        deadline.set(start + remaining_secs);
        now.set(start);
        enhanced.set(true);
        let _ = set_interval_with_handle(
            move || now.set(now_secs()),
            std::time::Duration::from_secs(1),
        );
    });
    let left = move || (deadline.get() - now.get()).max(0);
    let warn = move || enhanced.get() && (1..=WARN_SECS).contains(&left());
    let ended = move || enhanced.get() && left() == 0;
    let stay = move |_| {
        leptos::task::spawn_local(async move {
            if let Ok(secs) = keep_alive().await {
                deadline.set(now_secs() + secs);
                now.set(now_secs());
            }
        });
    };
    let labels = StoredValue::new(labels);
    let text = move |pick: fn(&TimerLabels) -> &String| pick(&labels.read_value()).clone();
    view! {
        <div class="session-timer" data-enhanced=move || enhanced.get().then_some("true")>
            <p class="session-notice">{text(|l| &l.notice)}</p>
            <div aria-live="polite">
                <Show when=warn>
                    <div class="session-warning" role="alert">
                        <p>{move || text(|l| &l.warning).replace("{left}", &format_left(left()))}</p>
                        <button type="button" class="button" on:click=stay>{text(|l| &l.stay)}</button>
                    </div>
                </Show>
                <Show when=ended>
                    <div class="session-warning" role="alert">
                        <p>{text(|l| &l.ended)} " "
                            <a href=text(|l| &l.sign_in_href)>{text(|l| &l.sign_in_again)}</a>
                        </p>
                    </div>
                </Show>
            </div>
        </div>
    }
}

fn format_left(secs: i64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn now_secs() -> i64 {
    #[cfg(feature = "hydrate")]
    {
        (js_sys::Date::now() / 1000.0) as i64
    }
    #[cfg(not(feature = "hydrate"))]
    0
}

//! The frame of every page: skip link, header with the language switch,
//! main content, footer.

use crate::{
    components::{SessionTimer, TimerLabels},
    i18n::{Lang, use_lang},
    viewer::{ActingFor, SignedIn, Viewer, use_viewer},
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let viewer = use_viewer();
    let home = match &viewer {
        Viewer::Anonymous => ("/", "nav-home"),
        Viewer::Patient(_) => ("/me", "nav-my-registers"),
        Viewer::Staff(_) => ("/staff", "nav-staff"),
    };
    view! {
        <a class="skip-link" href="#main">{lang.t("skip-to-content")}</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"i"</span>
                    <span class="brand-text">
                        <span class="brand-name">{lang.t("site-name")}</span>
                        <span class="brand-tagline">{lang.t("site-tagline")}</span>
                    </span>
                </a>
                <nav class="site-nav" aria-label=lang.t("nav-label")>
                    <ul>
                        <li><a href=home.0>{lang.t(home.1)}</a></li>
                        {matches!(viewer, Viewer::Patient(_)).then(|| view! {
                            <li><a href="/me/requests">{lang.t("nav-my-requests")}</a></li>
                            <li><a href="/me/log">{lang.t("nav-my-log")}</a></li>
                            <li><a href="/me/releases">{lang.t("nav-my-releases")}</a></li>
                            <li><a href="/me/proxies">{lang.t("nav-proxies")}</a></li>
                        })}
                        {matches!(&viewer, Viewer::Staff(staff) if staff.coordinates()).then(|| view! {
                            <li><a href="/staff/releases">{lang.t("nav-staff-releases")}</a></li>
                            <li><a href="/staff/representatives">{lang.t("nav-representatives")}</a></li>
                            <li><a href="/staff/log-review">{lang.t("nav-log-review")}</a></li>
                        })}
                        {matches!(&viewer, Viewer::Staff(staff) if staff.role == crate::domain::StaffRole::Clinic).then(|| view! {
                            <li><a href="/staff/opt-outs">{lang.t("nav-clinic-opt-outs")}</a></li>
                        })}
                        {matches!(&viewer, Viewer::Staff(staff) if staff.role == crate::domain::StaffRole::Admin).then(|| view! {
                            <li><a href="/admin">{lang.t("admin-title")}</a></li>
                        })}
                        <li><a href="/registers">{lang.t("nav-registers")}</a></li>
                    </ul>
                </nav>
                <LanguageSwitch />
                <Account viewer=viewer.clone() />
            </div>
        </header>
        {viewer.session().cloned().map(|session| {
            let staff = matches!(viewer, Viewer::Staff(_));
            view! { <SessionBar session staff /> }
        })}
        {viewer.session().and_then(|s| s.acting_for.clone().map(|acting| (acting, s.csrf_token.clone()))).map(|(acting, csrf)| view! {
            <ActingBanner acting csrf />
        })}
        <main id="main" class="container" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="container">
                <p>{lang.t("footer-about")}</p>
                <p>{lang.t("footer-not-decision-support")}</p>
                <p>
                    {lang.t("footer-complain")} " "
                    <a href="https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/">{lang.t("footer-imy")}</a>
                </p>
            </div>
        </footer>
    }
}

/// Sign-in link, or who is signed in and the sign-out button (a plain form
/// with the session's CSRF token).
#[component]
fn Account(viewer: Viewer) -> impl IntoView {
    let lang = use_lang();
    match viewer.session() {
        None => view! {
            <a class="button sign-in" href="/auth/login">{lang.t("sign-in")}</a>
        }
        .into_any(),
        Some(session) => view! {
            <form class="account" method="post" action="/auth/logout">
                <span class="account-name">{session.name.clone()}</span>
                <input type="hidden" name="csrf" value=session.csrf_token.clone() />
                <button type="submit" class="button secondary">{lang.t("sign-out")}</button>
            </form>
        }
        .into_any(),
    }
}

/// Says on every page, in words, whom the signed-in person acts for, with
/// the way back to themselves (a plain form).
#[component]
fn ActingBanner(acting: ActingFor, csrf: String) -> impl IntoView {
    let lang = use_lang();
    let text = lang.t_args(
        &format!("acting-banner-{}", acting.relation.as_str()),
        &[("name", acting.name.clone().into())],
    );
    view! {
        <section class="acting-banner" aria-label=lang.t("acting-banner-label")>
            <div class="container acting-banner-inner">
                <p><strong>{text}</strong></p>
                <form method="post" action="/me/acting">
                    <input type="hidden" name="csrf" value=csrf />
                    <input type="hidden" name="relation" value="self" />
                    <button type="submit" class="button secondary">{lang.t("acting-back-to-self")}</button>
                </form>
                <a href="/me/acting">{lang.t("acting-change")}</a>
            </div>
        </section>
    }
}

/// The session's timeout notice (and, with JavaScript, its warning).
#[component]
fn SessionBar(session: SignedIn, staff: bool) -> impl IntoView {
    let lang = use_lang();
    let minutes = (session.idle_secs / 60).max(1);
    let remaining_secs = session.remaining_secs;
    let labels = TimerLabels {
        notice: lang.t_args("session-notice", &[("minutes", minutes.into())]),
        warning: lang.t_args("session-warning", &[("left", "{left}".into())]),
        stay: lang.t("session-stay"),
        ended: lang.t("session-ended"),
        sign_in_again: lang.t("sign-in-again"),
        sign_in_href: if staff { "/staff/login" } else { "/auth/login" }.to_owned(),
    };
    view! {
        <div class="session-bar">
            <div class="container">
                <SessionTimer remaining_secs labels />
            </div>
        </div>
    }
}

/// Links to the same page in the other languages. A plain link to
/// `/lang/{code}` sets the language cookie and comes back, so it works
/// without JavaScript.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let search = search.trim_start_matches('?');
    let here = if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    };
    let next = encode_query_value(&here);
    view! {
        <nav class="lang-switch" aria-label=lang.t("lang-switch-label")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|other| {
                        let current = other == lang;
                        view! {
                            <li>
                                <a
                                    href=format!("/lang/{}?next={next}", other.code())
                                    hreflang=other.html_lang()
                                    lang=other.html_lang()
                                    dir=other.dir()
                                    aria-current=current.then_some("true")
                                    rel="nofollow"
                                >
                                    {other.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!lang.is_reviewed()).then(|| view! {
                <p class="lang-note">{lang.t("lang-machine-note")}</p>
            })}
        </nav>
    }
}

/// Percent-encodes a query-string value (RFC 3986 unreserved characters and
/// `/` pass as they are).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes_query_values() {
        assert_eq!(
            super::encode_query_value("/registers?q=å b&x=1"),
            "/registers%3Fq%3D%C3%A5%20b%26x%3D1"
        );
    }
}

//! How a form that was sent back shows what needs fixing: a summary at the
//! top linking to each field, a message next to the field, and the ARIA
//! attributes that tie the two together for screen readers; the choices of
//! a plain form ([`Radio`], [`TickBox`]); and the notice a form's page shows
//! once it is done ([`DoneNotice`]).

use crate::{
    i18n::{Lang, use_lang},
    requests::FormState,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The messages of a form sent back, in `lang`.
#[derive(Clone)]
pub struct Feedback {
    pub state: FormState,
    pub lang: Lang,
}

impl Feedback {
    pub fn new(state: FormState, lang: Lang) -> Self {
        Self { state, lang }
    }

    /// The list of problems, linking to each field; nothing when there are none.
    pub fn summary(&self) -> Option<impl IntoView + use<>> {
        let lang = self.lang;
        (!self.state.errors.is_empty()).then(|| {
            let errors = self.state.errors.clone();
            view! {
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                    <h2 id="error-summary-title">{lang.t("form-errors-title")}</h2>
                    <ul>
                        {errors.into_iter().map(|e| view! {
                            <li><a href=format!("#{}", e.field)>{lang.t(&e.message)}</a></li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }

    /// The message next to `field`, if it has one.
    pub fn message(&self, field: &str) -> Option<impl IntoView + use<>> {
        let lang = self.lang;
        let id = format!("{field}-error");
        self.state
            .error(field)
            .map(|m| view! { <p class="field-error" id=id>{lang.t(m)}</p> })
    }

    /// `aria-describedby` for `field`: its hint (if it has one) and its message.
    pub fn described(&self, field: &str, hint: bool) -> Option<String> {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{field}-hint"));
        }
        if self.state.error(field).is_some() {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// `aria-invalid` for `field`.
    pub fn invalid(&self, field: &str) -> Option<&'static str> {
        self.state.error(field).map(|_| "true")
    }

    /// What was typed into `field`.
    pub fn value(&self, field: &str) -> String {
        self.state.value(field)
    }
}

/// One labelled input of a plain form: its hint, its message when the form
/// came back, and the ARIA that ties them together; the value as typed.
#[component]
pub fn InputField(
    /// The input's `name` and `id`.
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    /// `text` unless given (`date`, …).
    #[prop(default = "text")]
    kind: &'static str,
    /// For a personnummer: a numeric keyboard on a phone.
    #[prop(default = false)]
    numeric: bool,
    #[prop(optional)] max: Option<String>,
    feedback: Feedback,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let has_hint = hint.is_some();
    view! {
        <div class="field">
            <label for=name>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {feedback.message(name)}
            <input
                type=kind
                id=name
                name=name
                inputmode=numeric.then_some("numeric")
                autocomplete="off"
                max=max
                value=feedback.value(name)
                aria-describedby=feedback.described(name, has_hint)
                aria-invalid=feedback.invalid(name)
            />
        </div>
    }
}

/// One radio button of a plain form with its label (`id` is `name-value`).
#[component]
pub fn Radio(
    name: &'static str,
    value: &'static str,
    label: String,
    checked: bool,
) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="choice">
            <input type="radio" id=id.clone() name=name value=value checked=checked />
            <label for=id>{label}</label>
        </div>
    }
}

/// One tick box in a list of choices (`<ul class="plain">`), with its
/// label; `name` is its id too, and ticked it sends `name=on`.
#[component]
pub fn TickBox(name: String, label: String, checked: bool) -> impl IntoView {
    view! {
        <li class="choice">
            <input type="checkbox" id=name.clone() name=name.clone() value="on" checked=checked />
            <label for=name>{label}</label>
        </li>
    }
}

/// What a form's page says after the form was done and the browser sent
/// back to it with `?done=<outcome>`: the message of that outcome among
/// `outcomes` (outcome, Fluent key), as a status; nothing otherwise.
#[component]
pub fn DoneNotice(outcomes: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let lang = use_lang();
    let done = use_query_map().get_untracked().get("done");
    done.and_then(|done| outcomes.iter().find(|(outcome, _)| *outcome == done))
        .map(|(_, key)| view! { <p class="notice" role="status">{lang.t(key)}</p> })
}

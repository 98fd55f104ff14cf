//! What every page about releases of register data shows of one release
//! (utlämnande): the patient's releases, the public register of releases
//! and the staff pages share [`ReleaseSummary`] and [`ReleaseFacts`].

use crate::{
    domain::{ReleaseForm, ReleasePurpose},
    i18n::{Lang, use_lang},
    model::ReleaseRecipient,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One release as pages show it; no person data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReleaseSummary {
    pub id: i64,
    pub register_code: String,
    pub register_name: String,
    pub diary_number: String,
    /// The decision's day (ISO 8601).
    pub decided_on: String,
    pub delivered_on: Option<String>,
    pub recipient: String,
    pub purpose: ReleasePurpose,
    pub legal_basis: String,
    pub ethics_approval: Option<String>,
    pub form: ReleaseForm,
    /// The released record types, by their names.
    pub data: Vec<String>,
    pub fields: String,
}

/// A count as it may be shown: `None` is fewer than the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ShownCount {
    pub count: Option<i64>,
    pub threshold: u32,
}

impl ShownCount {
    pub fn text(self, lang: Lang) -> String {
        match self.count {
            Some(count) => count.to_string(),
            None => lang.t_args("release-fewer-than", &[("count", self.threshold.into())]),
        }
    }
}

pub fn purpose_text(lang: Lang, purpose: ReleasePurpose) -> String {
    lang.t(&format!("release-purpose-{}", purpose.as_str()))
}

pub fn form_text(lang: Lang, form: ReleaseForm) -> String {
    lang.t(&format!("release-form-{}", form.as_str()))
}

/// The facts of one release as a description list.
#[component]
pub fn ReleaseFacts(release: ReleaseSummary) -> impl IntoView {
    let lang = use_lang();
    let row = |key: &str, value: String| {
        view! {
            <div class="fact">
                <dt>{lang.t(key)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    view! {
        <dl class="facts">
            {row("release-recipient", release.recipient.clone())}
            {row("release-purpose", purpose_text(lang, release.purpose))}
            {release.ethics_approval.clone().map(|approval| row("release-ethics-approval", approval))}
            {row("release-legal-basis", release.legal_basis.clone())}
            {row("release-form", form_text(lang, release.form))}
            {row("release-data", release.data.join(", "))}
            {row("release-fields", release.fields.clone())}
            {row("release-decided", release.decided_on.clone())}
            {release.delivered_on.clone().map(|on| row("release-delivered", on))}
            {row("release-diary-number", release.diary_number.clone())}
        </dl>
    }
}

/// The recipients of earlier releases to be told of a completed correction,
/// restriction or erasure (GDPR art. 19), with whether each was told. For
/// staff (`mark` is the case's reference and the form token) each one not
/// yet told has a button to record that it was.
#[component]
pub fn Recipients(
    recipients: Vec<ReleaseRecipient>,
    #[prop(optional)] mark: Option<(String, String)>,
) -> impl IntoView {
    let lang = use_lang();
    (!recipients.is_empty()).then(|| {
        view! {
            <section aria-labelledby="recipients-heading" id="recipients">
                <h2 id="recipients-heading">{lang.t("recipients-heading")}</h2>
                <p>{lang.t("recipients-lead")}</p>
                <ul class="cards">
                    {recipients.into_iter().map(|r| {
                        let told = r.told_on.clone().map_or_else(
                            || lang.t("recipients-not-told"),
                            |on| lang.t_args("recipients-told-on", &[("on", on.into())]),
                        );
                        let form = mark.clone().filter(|_| r.told_on.is_none()).map(|(reference, csrf)| view! {
                            <form method="post" action=format!("/staff/requests/{reference}/recipients/{}", r.release) class="inline-form">
                                <input type="hidden" name="csrf" value=csrf />
                                <button type="submit" class="button secondary-button">{lang.t("recipients-mark-told")}</button>
                            </form>
                        });
                        view! {
                            <li class="card">
                                <h3>{r.recipient.clone()}</h3>
                                <p class="meta">{r.diary_number.clone()} " · " {r.decided_on.clone()}</p>
                                <p class="recipient-told">{told}</p>
                                {form}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

//! The start page: what insyn is and which rights a patient has.

use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

/// The rights insyn serves: message-id stem and legal source.
const RIGHTS: [(&str, &str); 7] = [
    ("right-know", "GDPR art. 15.1"),
    ("right-copy", "GDPR art. 15.3, 20"),
    ("right-correct", "GDPR art. 16"),
    ("right-restrict", "GDPR art. 18"),
    ("right-erase", "PDL 7 kap., GDPR art. 17"),
    ("right-access-log", "PDL, HSLF-FS 2016:40 4 kap."),
    ("right-complain", "GDPR art. 77"),
];

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t("home-title") />
        <section class="hero" aria-labelledby="home-heading">
            <h1 id="home-heading">{lang.t("home-heading")}</h1>
            <p class="lead">{lang.t("home-lead")}</p>
            <p>{lang.t("home-what")}</p>
            <p class="actions">
                <a class="button" href="/registers">{lang.t("home-see-registers")}</a>
            </p>
        </section>
        <section aria-labelledby="rights-heading">
            <h2 id="rights-heading">{lang.t("rights-heading")}</h2>
            <p>{lang.t("rights-intro")}</p>
            <ul class="rights">
                {RIGHTS
                    .into_iter()
                    .map(|(key, source)| {
                        view! {
                            <li class="right">
                                <h3>{lang.t(&format!("{key}-title"))}</h3>
                                <p>{lang.t(&format!("{key}-body"))}</p>
                                <p class="legal-source">{source}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section aria-labelledby="deadline-heading" class="note">
            <h2 id="deadline-heading">{lang.t("deadline-heading")}</h2>
            <p>{lang.t("deadline-body")}</p>
        </section>
    }
}

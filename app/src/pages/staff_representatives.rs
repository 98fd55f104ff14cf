//! Entering a legal representative (`/staff/representatives`): register
//! staff enter a god man or förvaltare from the court's or the
//! överförmyndarnämnd's decision — both personnummer, the decision's
//! reference, what the representative may do, in which of the staff
//! member's own registers, and the period. The represented person then
//! sees it on their "Proxies and representatives" page. The form posts to
//! `server/src/http/acting.rs`, which checks the registers against the
//! staff member's as the database has them.

use crate::{
    components::{ErrorPage, Feedback, staff_page},
    i18n::use_lang,
    requests::FormState,
    server_fns::list_registers,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StaffRepresentativesPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let entered = use_query_map().get_untracked().get("done").is_some();
    let feedback = Feedback::new(state.clone(), lang);
    let values = state.values.clone();
    let value = move |field: &str| values.get(field).cloned().unwrap_or_default();
    let scope = value("scope");
    let held = staff.registers.clone();
    let csrf = staff.session.csrf_token.clone();
    view! {
        <Title text=lang.t("representatives-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/staff">{lang.t("nav-staff")}</a>
        </nav>
        <h1>{lang.t("representatives-title")}</h1>
        <p class="lead">{lang.t("representatives-lead")}</p>
        {entered.then(|| view! { <p class="notice" role="status">{lang.t("representatives-entered")}</p> })}
        {feedback.summary()}
        <form method="post" action="/staff/representatives" class="stack" novalidate>
            <input type="hidden" name="csrf" value=csrf />
            <div class="field">
                <label for="represented">{lang.t("representatives-represented")}</label>
                {feedback.message("represented")}
                <input type="text" id="represented" name="represented" inputmode="numeric" autocomplete="off"
                    value=value("represented")
                    aria-describedby=feedback.described("represented", false)
                    aria-invalid=feedback.invalid("represented") />
            </div>
            <div class="field">
                <label for="representative">{lang.t("representatives-representative")}</label>
                {feedback.message("representative")}
                <input type="text" id="representative" name="representative" inputmode="numeric" autocomplete="off"
                    value=value("representative")
                    aria-describedby=feedback.described("representative", false)
                    aria-invalid=feedback.invalid("representative") />
            </div>
            <div class="field">
                <label for="reference">{lang.t("representatives-reference")}</label>
                <p class="hint" id="reference-hint">{lang.t("representatives-reference-hint")}</p>
                {feedback.message("reference")}
                <input type="text" id="reference" name="reference" autocomplete="off"
                    value=value("reference")
                    aria-describedby=feedback.described("reference", true)
                    aria-invalid=feedback.invalid("reference") />
            </div>
            <fieldset id="scope">
                <legend>{lang.t("proxies-scope")}</legend>
                <div class="choice">
                    <input type="radio" id="scope-file" name="scope" value="file" checked=scope != "read" />
                    <label for="scope-file">{lang.t("acting-scope-file")}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="scope-read" name="scope" value="read" checked=scope == "read" />
                    <label for="scope-read">{lang.t("acting-scope-read")}</label>
                </div>
            </fieldset>
            <fieldset id="registers">
                <legend>{lang.t("representatives-registers")}</legend>
                {feedback.message("registers")}
                <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
                    {
                        let (held, state) = (held.clone(), state.clone());
                        Suspend::new(async move {
                            match list_registers(lang).await {
                                Ok(registers) => view! {
                                    <ul class="plain">
                                        {registers.into_iter().filter(|r| held.contains(&r.code)).map(|r| {
                                            let field = format!("register-{}", r.code);
                                            let checked = state.values.contains_key(&field);
                                            view! {
                                                <li class="choice">
                                                    <input type="checkbox" id=field.clone() name=field.clone() value="on" checked=checked />
                                                    <label for=field>{r.name.clone()}</label>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                }.into_any(),
                                Err(error) => view! { <ErrorPage error /> }.into_any(),
                            }
                        })
                    }
                </Suspense>
            </fieldset>
            <div class="field">
                <label for="from">{lang.t("representatives-from")}</label>
                {feedback.message("from")}
                <input type="date" id="from" name="from" value=value("from")
                    aria-describedby=feedback.described("from", false)
                    aria-invalid=feedback.invalid("from") />
            </div>
            <div class="field">
                <label for="until">{lang.t("representatives-until")}</label>
                {feedback.message("until")}
                <input type="date" id="until" name="until" value=value("until")
                    aria-describedby=feedback.described("until", false)
                    aria-invalid=feedback.invalid("until") />
            </div>
            <button type="submit" class="button">{lang.t("representatives-submit")}</button>
        </form>
    }
    .into_any()
}

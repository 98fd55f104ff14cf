//! Entering a legal representative (`/staff/representatives`): register
//! staff enter a god man or förvaltare from the court's or the
//! överförmyndarnämnd's decision — both personnummer, the decision's
//! reference, what the representative may do, in which of the staff
//! member's own registers, and the period. The represented person then
//! sees it on their "Proxies and representatives" page. The form posts to
//! `server/src/http/acting.rs`, which checks the registers against the
//! staff member's as the database has them.

use crate::{
    components::{ErrorPage, Feedback, InputField, TickBox, staff_page},
    i18n::use_lang,
    pages::acting::ScopeChoice,
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
            <InputField name="represented" label=lang.t("representatives-represented") numeric=true feedback=feedback.clone() />
            <InputField name="representative" label=lang.t("representatives-representative") numeric=true feedback=feedback.clone() />
            <InputField name="reference" label=lang.t("representatives-reference") hint=lang.t("representatives-reference-hint") feedback=feedback.clone() />
            <ScopeChoice chosen=state.value("scope") file_by_default=true />
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
                                            view! { <TickBox name=field label=r.name.clone() checked /> }
                                        }).collect_view()}
                                    </ul>
                                }.into_any(),
                                Err(error) => view! { <ErrorPage error /> }.into_any(),
                            }
                        })
                    }
                </Suspense>
            </fieldset>
            <InputField name="from" kind="date" label=lang.t("representatives-from") feedback=feedback.clone() />
            <InputField name="until" kind="date" label=lang.t("representatives-until") feedback=feedback.clone() />
            <button type="submit" class="button">{lang.t("representatives-submit")}</button>
        </form>
    }
    .into_any()
}

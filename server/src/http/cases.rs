//! Staff acting on a case: the POST of the case page's forms to
//! `/staff/requests/{reference}`, each naming its `action` (see
//! [`crate::cases`]). Done: 303 back to the case. A form with mistakes: the
//! case page again with the messages (422). Outside the staff member's
//! registers: 404, as if there were no such case.

use super::{AppState, forms, session::CurrentSession};
use crate::{cases::CaseError, db::sessions::Principal};
use app::domain::CaseActionCode;
use axum::{
    Router,
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/requests/{reference}", post(act))
}

async fn act(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(current) = parts.extensions.get::<CurrentSession>().cloned() else {
        return forms::see_other("/staff/login");
    };
    let Principal::Staff(staff_id) = current.session.principal else {
        return (
            StatusCode::FORBIDDEN,
            "Bara registrets personal kan handlägga ärenden. / Only the register's staff can handle cases.",
        )
            .into_response();
    };
    let form = match forms::read(&current, body).await {
        Ok(form) => form,
        Err(refusal) => return refusal,
    };
    let Some(action) = form
        .get("action")
        .and_then(|a| a.parse::<CaseActionCode>().ok())
    else {
        return (StatusCode::BAD_REQUEST, "Okänd åtgärd. / Unknown action.").into_response();
    };
    match crate::cases::act(
        &state.db,
        &state.clock,
        &state.config.http.public_url,
        staff_id,
        &reference,
        action,
        &form,
    )
    .await {
        Ok(()) => forms::see_other(&format!("/staff/requests/{reference}")),
        Err(CaseError::Invalid(errors)) => forms::show_again(&state, parts, form, errors).await,
        Err(CaseError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(CaseError::Forbidden) => StatusCode::FORBIDDEN.into_response(),
        Err(CaseError::Closed) => (
            StatusCode::CONFLICT,
            "Ärendet är redan avgjort, eller ändrades av någon annan just nu. Ladda om ärendet. / The case has been decided, or was changed by someone else just now. Reload the case.",
        )
            .into_response(),
        Err(CaseError::Db(error)) => {
            tracing::error!(%error, "could not act on a case");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Åtgärden kunde inte sparas just nu. Ingenting har ändrats. Försök igen. / The action could not be saved just now. Nothing was changed. Please try again.",
            )
                .into_response()
        }
    }
}

//! Server functions answer a refusal with the status that says what it is.
//! Leptos sends every error a server function returns as HTTP 500, with the
//! error (a [`PageError`]) as the body; this layer reads that body back and
//! sets the error's own status (401, 403, 404, 503), so monitoring counts
//! only real failures as 5xx. The body is unchanged: the browser's side
//! decodes any 4xx or 5xx answer the same way.

use app::error::PageError;
use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::Response,
};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER as SERVER_FN_ERROR;

/// A `PageError` is a word of JSON; anything longer is not one.
const MAX_ERROR_BYTES: usize = 1024;

pub async fn refusal_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BYTES).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<PageError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{Router, http::header::HeaderValue, response::IntoResponse, routing::get};
    use tower::ServiceExt;

    fn error_answer(body: &'static str) -> Response {
        let mut response = (StatusCode::INTERNAL_SERVER_ERROR, body).into_response();
        response
            .headers_mut()
            .insert(SERVER_FN_ERROR, HeaderValue::from_static("/fn/x"));
        response
    }

    async fn status_of(path: &str) -> StatusCode {
        let app = Router::new()
            .route(
                "/fn/forbidden",
                get(|| async { error_answer(r#""Forbidden""#) }),
            )
            .route(
                "/fn/sign-in",
                get(|| async { error_answer(r#""SignInRequired""#) }),
            )
            .route(
                "/fn/missing",
                get(|| async { error_answer(r#""NotFound""#) }),
            )
            .route(
                "/fn/down",
                get(|| async { error_answer(r#""Unavailable""#) }),
            )
            .route("/fn/bug", get(|| async { error_answer(r#""Internal""#) }))
            .route(
                "/fn/other",
                get(|| async { error_answer("something else") }),
            )
            .route(
                "/plain",
                get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, r#""NotFound""#) }),
            )
            .layer(axum::middleware::from_fn(refusal_status));
        app.oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap()
            .status()
    }

    #[tokio::test]
    async fn refusals_are_4xx_and_only_failures_5xx() {
        assert_eq!(status_of("/fn/forbidden").await, StatusCode::FORBIDDEN);
        assert_eq!(status_of("/fn/sign-in").await, StatusCode::UNAUTHORIZED);
        assert_eq!(status_of("/fn/missing").await, StatusCode::NOT_FOUND);
        assert_eq!(status_of("/fn/down").await, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            status_of("/fn/bug").await,
            StatusCode::INTERNAL_SERVER_ERROR
        );
        assert_eq!(
            status_of("/fn/other").await,
            StatusCode::INTERNAL_SERVER_ERROR
        );
        assert_eq!(status_of("/plain").await, StatusCode::INTERNAL_SERVER_ERROR);
    }
}

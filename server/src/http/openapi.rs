//! The OpenAPI 3.1 document of the register API, generated from the
//! handlers and item types (utoipa) and served at `GET /api/openapi.json`.
//! The bodies and examples it names are [`super::api_schema`]'s, shared with
//! the handlers' annotations, so the handlers do not depend on this module.

use super::{
    api, api_relations, api_releases,
    api_schema::{AccessBatch, RecordBatch},
};
use crate::ingest::{AccessItem, DataTouched, ItemError, Outcome, RecordItem};
use axum::{
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use std::sync::OnceLock;
use utoipa::{
    Modify, OpenApi,
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "insyn register API",
        description = "How a register system reports records, access events and releases to insyn. \
            Each register's system holds a token of its own (`insyn token create --register CODE`), \
            sent as `Authorization: Bearer …`; it writes to that register only. \
            A batch is stored all or nothing; a refused batch names every bad item.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
    ),
    paths(api::records, api::access_events, api_relations::relations, api_releases::record),
    components(schemas(RecordBatch, AccessBatch, RecordItem, AccessItem, DataTouched, Outcome, ItemError, api::Problem, api::Refusal,
        api_relations::RelationBatch, api_relations::RelationRefusal, crate::relations_import::RelationItem,
        crate::relations_import::RelationError, crate::relations_import::RelationReport,
        crate::releases::ReleaseInput, crate::releases::Recorded, crate::releases::ReleaseProblem,
        api_releases::ReleaseRefusal, api_releases::ExplainedProblem)),
    modifiers(&RegisterToken),
    tags(
        (name = "ingestion", description = "Records and access events from register systems"),
        (name = "relations", description = "Guardianships and protected identities from the population register"),
        (name = "releases", description = "Releases of register data for research and statistics, with the research opt-out enforced")
    )
)]
struct ApiDoc;

/// The per-register bearer token.
struct RegisterToken;

impl Modify for RegisterToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "register_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A register's API token, made with `insyn token create --register CODE`",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "relations_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A platform token for relations, made with `insyn token create --relations`",
                    ))
                    .build(),
            ),
        );
    }
}

/// `GET /api/openapi.json`: the document, built once.
pub async fn document() -> Response {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    let body = DOCUMENT.get_or_init(|| {
        ApiDoc::openapi()
            .to_pretty_json()
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    });
    let mut response = body.clone().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

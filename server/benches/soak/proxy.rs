//! The soak's load balancer: one public address in front of the three
//! servers, as a region would put one in front of its instances.
//!
//! Why one at all: the identity provider registers a single redirect URI
//! (`PORTAL_URL` in `e2e/idp/server.js`), and each server builds its links,
//! its provider callback and its CSRF origin from `http.public_url`. All
//! three servers therefore share one public URL, and this proxy is it.
//!
//! It works per request, not per connection (a TCP balancer would pin a
//! keep-alive client to one backend): each request goes to the next server
//! in turn, unless it carries [`PIN_HEADER`] naming one — the soak's way of
//! spreading one patient's journey over the three on purpose. The header is
//! taken off before the request goes on, and the original `Host` is kept.
//! Bodies are read whole; the copies are a few hundred kilobytes at most.

use axum::{
    body::Body,
    extract::{Request, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use std::sync::{
    Arc,
    atomic::{AtomicU64, AtomicUsize, Ordering},
};

/// `x-soak-backend: N`: send this request to server N (0-based).
pub const PIN_HEADER: &str = "x-soak-backend";

pub struct Proxy {
    backends: Vec<String>,
    next: AtomicUsize,
    /// Requests passed to each backend.
    pub served: Vec<AtomicU64>,
    /// Requests the proxy itself could not pass on (its 502s).
    pub failures: AtomicU64,
    client: reqwest::Client,
}

/// Serves the balancer on `listener` in front of `backends` (base URLs).
pub fn start(listener: tokio::net::TcpListener, backends: Vec<String>) -> Arc<Proxy> {
    let proxy = Arc::new(Proxy {
        served: backends.iter().map(|_| AtomicU64::new(0)).collect(),
        backends,
        next: AtomicUsize::new(0),
        failures: AtomicU64::new(0),
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(std::time::Duration::from_secs(90))
            .build()
            .expect("an HTTP client"),
    });
    let app = axum::Router::new()
        .fallback(forward)
        .with_state(proxy.clone());
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, app).await {
            eprintln!("soak: the balancer stopped: {error}");
        }
    });
    proxy
}

async fn forward(State(proxy): State<Arc<Proxy>>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let pinned = parts
        .headers
        .remove(PIN_HEADER)
        .and_then(|v| v.to_str().ok().and_then(|v| v.parse::<usize>().ok()));
    let index =
        pinned.unwrap_or_else(|| proxy.next.fetch_add(1, Ordering::Relaxed)) % proxy.backends.len();
    proxy.served[index].fetch_add(1, Ordering::Relaxed);
    let Ok(body) = axum::body::to_bytes(body, 64 << 20).await else {
        return proxy.failed("the request body could not be read");
    };
    // Hop-by-hop headers are this connection's, not the request's; the
    // length is set again from the body.
    for name in [
        header::CONNECTION,
        header::TRANSFER_ENCODING,
        header::CONTENT_LENGTH,
    ] {
        parts.headers.remove(name);
    }
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let upstream = proxy
        .client
        .request(parts.method, format!("{}{path}", proxy.backends[index]))
        .headers(parts.headers)
        .body(body)
        .send()
        .await;
    let upstream = match upstream {
        Ok(upstream) => upstream,
        Err(error) => return proxy.failed(&format!("server {}: {error}", index + 1)),
    };
    let status = upstream.status();
    let mut headers = upstream.headers().clone();
    for name in [
        header::CONNECTION,
        header::TRANSFER_ENCODING,
        header::CONTENT_LENGTH,
    ] {
        headers.remove(name);
    }
    match upstream.bytes().await {
        Ok(bytes) => {
            let mut response = Response::new(Body::from(bytes));
            *response.status_mut() = status;
            *response.headers_mut() = headers;
            response
        }
        Err(error) => proxy.failed(&format!("server {}: {error}", index + 1)),
    }
}

impl Proxy {
    fn failed(&self, why: &str) -> Response {
        self.failures.fetch_add(1, Ordering::Relaxed);
        eprintln!("soak: the balancer could not pass a request on: {why}");
        (StatusCode::BAD_GATEWAY, "the soak's balancer: no answer").into_response()
    }
}

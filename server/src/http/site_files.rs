//! The site's own files under `/pkg/` (the islands' JS and WASM, the
//! stylesheet), served from the site folder with the precompressed copy the
//! browser accepts: `scripts/precompress.mjs` writes `.br` and `.gz` beside
//! each file at build time, compressed harder than any response compressed
//! on the fly could afford; a file without them is served as it is (and
//! compressed on the fly by the layer around every response).

use std::path::Path;
use tower_http::services::ServeDir;

pub fn service(site_root: &Path) -> ServeDir {
    ServeDir::new(site_root.join("pkg"))
        .precompressed_br()
        .precompressed_gzip()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{body::Body, http::Request};
    use tower::ServiceExt;

    async fn fetch(root: &Path, accept: &str) -> (Option<String>, Vec<u8>) {
        let response = service(root)
            .oneshot(
                Request::get("/insyn.js")
                    .header("accept-encoding", accept)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        let encoding = response
            .headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap().to_owned());
        let body = axum::body::to_bytes(Body::new(response.into_body()), 1 << 20)
            .await
            .unwrap();
        (encoding, body.to_vec())
    }

    #[tokio::test]
    async fn the_precompressed_copy_the_browser_accepts_is_served() {
        let root = tempfile::tempdir().unwrap();
        let pkg = root.path().join("pkg");
        std::fs::create_dir(&pkg).unwrap();
        std::fs::write(pkg.join("insyn.js"), "plain").unwrap();
        std::fs::write(pkg.join("insyn.js.br"), "brotli").unwrap();
        std::fs::write(pkg.join("insyn.js.gz"), "gzip").unwrap();
        assert_eq!(
            fetch(root.path(), "br, gzip").await,
            (Some("br".into()), b"brotli".to_vec())
        );
        assert_eq!(
            fetch(root.path(), "gzip").await,
            (Some("gzip".into()), b"gzip".to_vec())
        );
        assert_eq!(
            fetch(root.path(), "identity").await,
            (None, b"plain".to_vec())
        );
        std::fs::remove_file(pkg.join("insyn.js.br")).unwrap();
        std::fs::remove_file(pkg.join("insyn.js.gz")).unwrap();
        assert_eq!(fetch(root.path(), "br").await, (None, b"plain".to_vec()));
    }
}

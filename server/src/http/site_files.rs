//! The site's own files under `/pkg/` (the islands' JS and WASM, the
//! stylesheet), served from the site folder with the precompressed copy the
//! browser accepts: `scripts/precompress.mjs` writes `.br` and `.gz` beside
//! each file at build time, compressed harder than any response compressed
//! on the fly could afford; a file without them is served as it is (and
//! compressed on the fly by the layer around every response).

use std::path::Path;
use tower_http::services::ServeDir;

pub fn service(site_root: &Path) -> ServeDir {
    let pkg = site_root.join("pkg");
    for stale in stale_copies(&pkg) {
        tracing::warn!(
            file = %stale.display(),
            "a precompressed copy is older than its file: run `node scripts/precompress.mjs {}` after building the site",
            pkg.display()
        );
    }
    ServeDir::new(pkg).precompressed_br().precompressed_gzip()
}

/// The `.br` and `.gz` copies older than the file they compress: left by a
/// build of the site without `scripts/precompress.mjs` after it.
fn stale_copies(pkg: &Path) -> Vec<std::path::PathBuf> {
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let Ok(entries) = std::fs::read_dir(pkg) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|copy| {
            let original = copy.with_extension("");
            matches!(copy.extension().and_then(|e| e.to_str()), Some("br" | "gz"))
                && matches!((modified(copy), modified(&original)), (Some(c), Some(o)) if c < o)
        })
        .collect()
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

    #[test]
    fn a_copy_older_than_its_file_is_found() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("insyn.js.br"), "old").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(root.path().join("insyn.js"), "new").unwrap();
        std::fs::write(root.path().join("insyn.css"), "new").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(root.path().join("insyn.css.br"), "fresh").unwrap();
        assert_eq!(
            stale_copies(root.path()),
            vec![root.path().join("insyn.js.br")]
        );
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

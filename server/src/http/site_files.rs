//! The site's own files under `/pkg/` (the islands' JS and WASM, the
//! stylesheet, the browser's log verifier), served from the site folder
//! with the precompressed copy the browser accepts: `scripts/precompress.mjs`
//! writes `.br` and `.gz` beside each file at build time, compressed harder
//! than any response compressed on the fly could afford; a file without them
//! is served as it is (and compressed on the fly by the layer around every
//! response).
//!
//! `scripts/build-site.sh` names each file after a hash of its content and
//! lists the names in `pkg/manifest.json` ([`manifest`]): such a file never
//! changes, so it is cached for a year without asking again ([`caching`]);
//! a file without a hash in its name (a cargo-leptos build) is revalidated.

use app::routes::SiteFiles;
use axum::{
    extract::Request,
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};
use std::path::Path;
use tower_http::services::ServeDir;

/// What `scripts/build-site.sh` writes to `pkg/manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Manifest {
    /// The islands' JS and WASM names without their endings
    /// (`LeptosOptions::output_name`).
    pub output_name: String,
    #[serde(flatten)]
    pub files: SiteFiles,
}

/// The site's file names from its manifest, or a cargo-leptos build's plain
/// names when it has none.
pub fn manifest(site_root: &Path) -> Manifest {
    let path = site_root.join("pkg").join("manifest.json");
    match std::fs::read_to_string(&path).map(|text| serde_json::from_str(&text)) {
        Ok(Ok(manifest)) => manifest,
        Ok(Err(error)) => {
            tracing::warn!(%error, file = %path.display(), "the site's manifest is not one; using the plain names");
            plain()
        }
        Err(_) => plain(),
    }
}

fn plain() -> Manifest {
    Manifest {
        output_name: "insyn".into(),
        files: SiteFiles::default(),
    }
}

/// Whether a file's name carries a content hash: a part of 16 hexadecimal
/// digits between dots (`insyn.0123456789abcdef.css`, `…_bg.wasm`).
fn hashed(name: &str) -> bool {
    name.split('.').any(|part| {
        let part = part.strip_suffix("_bg").unwrap_or(part);
        part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// `Cache-Control` for the site's files: a year and immutable for a hashed
/// name, revalidation otherwise.
pub async fn caching(request: Request, next: Next) -> Response {
    let immutable = hashed(request.uri().path().rsplit('/').next().unwrap_or_default());
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == axum::http::StatusCode::NOT_MODIFIED {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if immutable {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            }),
        );
    }
    response
}

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
    fn hashed_names_are_told_from_plain_ones() {
        for name in [
            "insyn.0123456789abcdef.js",
            "insyn.0123456789abcdef_bg.wasm",
            "insyn.0123456789ABCDEF.css",
            "verify-log.fedcba9876543210.js",
        ] {
            assert!(hashed(name), "{name}");
        }
        for name in [
            "insyn.js",
            "insyn_bg.wasm",
            "insyn.css",
            "x.0123456789abcde.js",
            "0123456789abcdefg.js",
        ] {
            assert!(!hashed(name), "{name}");
        }
    }

    #[test]
    fn the_manifest_names_the_files_and_its_absence_the_plain_names() {
        let root = tempfile::tempdir().unwrap();
        assert_eq!(manifest(root.path()), plain());
        std::fs::create_dir(root.path().join("pkg")).unwrap();
        std::fs::write(
            root.path().join("pkg/manifest.json"),
            r#"{"output_name": "insyn.0123456789abcdef", "css": "insyn.1111111111111111.css",
                "verifier_js": "insyn_verifier.2222222222222222.js",
                "verifier_wasm": "insyn_verifier.2222222222222222_bg.wasm",
                "verify_log": "verify-log.3333333333333333.js"}"#,
        )
        .unwrap();
        let read = manifest(root.path());
        assert_eq!(read.output_name, "insyn.0123456789abcdef");
        assert_eq!(read.files.css, "insyn.1111111111111111.css");
        std::fs::write(root.path().join("pkg/manifest.json"), "{").unwrap();
        assert_eq!(
            manifest(root.path()),
            plain(),
            "a broken manifest is not trusted"
        );
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

//! The access log's proofs, for everyone (`/log`): what they show and what
//! they do not, the key the log is signed with (to keep), the latest signed
//! checkpoint, and how to check a downloaded log or two checkpoints with
//! `insyn verify-proof` — which works the same with JavaScript off.
//!
//! The server answers the query in `server/src/views/log_proofs.rs`; the
//! checkpoints and proofs themselves are served by
//! `server/src/http/log_proofs.rs`.

use crate::{
    components::ErrorPage,
    i18n::{Lang, use_lang},
};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct LogProofsQuery;

#[cfg(feature = "ssr")]
impl crate::backend::PublicQuery for LogProofsQuery {
    type Answer = LogProofs;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogProofs {
    /// The log's name in its checkpoints.
    pub origin: Option<String>,
    /// The signing key's public half, hex.
    pub public_key: Option<String>,
    /// The same as a C2SP note verifier key.
    pub verifier: Option<String>,
    /// The latest signed checkpoint: its size and when it was signed.
    pub latest: Option<(u64, String)>,
}

#[server(prefix = "/fn")]
pub async fn get_log_proofs() -> Result<LogProofs, crate::error::PageError> {
    crate::backend::catalog()?.ask(LogProofsQuery).await
}

#[component]
pub fn LogProofsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t("proofs-title") />
        <h1>{lang.t("proofs-title")}</h1>
        <p class="lead">{lang.t("proofs-lead")}</p>
        <section aria-labelledby="proofs-what-heading">
            <h2 id="proofs-what-heading">{lang.t("proofs-what-heading")}</h2>
            <p>{lang.t("proofs-what")}</p>
            <p>{lang.t("proofs-not")}</p>
        </section>
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {Suspend::new(async move {
                match get_log_proofs().await {
                    Ok(proofs) => view! { <Keys proofs lang /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
        <section aria-labelledby="proofs-how-heading">
            <h2 id="proofs-how-heading">{lang.t("proofs-how-heading")}</h2>
            <ol>
                <li>{lang.t("proofs-how-download")}</li>
                <li>{lang.t("proofs-how-run")}<pre><code>"insyn verify-proof insyn-logg.json --public-key KEY"</code></pre></li>
                <li>{lang.t("proofs-how-keep")}<pre><code>"insyn verify-proof earlier.txt --public-key KEY --consistency later.txt proof.json"</code></pre></li>
            </ol>
            <p>{lang.t("proofs-how-fork")}</p>
        </section>
    }
}

#[component]
fn Keys(proofs: LogProofs, lang: Lang) -> impl IntoView {
    let (Some(public_key), Some(verifier)) = (proofs.public_key, proofs.verifier) else {
        return view! { <p>{lang.t("proofs-unsigned")}</p> }.into_any();
    };
    view! {
        <section aria-labelledby="proofs-key-heading">
            <h2 id="proofs-key-heading">{lang.t("proofs-key-heading")}</h2>
            <dl class="facts">
                <dt>{lang.t("proofs-origin")}</dt>
                <dd><code>{proofs.origin.unwrap_or_default()}</code></dd>
                <dt>{lang.t("proofs-public-key")}</dt>
                <dd><code class="secret">{public_key}</code></dd>
                <dt>{lang.t("proofs-verifier")}</dt>
                <dd><code class="secret">{verifier}</code></dd>
                <dt>{lang.t("proofs-latest")}</dt>
                <dd>{match proofs.latest {
                    Some((size, signed)) => view! {
                        <a href="/log/checkpoint">{lang.t_args("proofs-latest-value", &[("size", size.into()), ("signed", signed.into())])}</a>
                    }.into_any(),
                    None => lang.t("proofs-none-yet").into_any(),
                }}</dd>
            </dl>
        </section>
    }
    .into_any()
}

//! The access log's public proofs page ([`LogProofsQuery`]): the key the
//! server signs with (from its configuration, read at start) and the latest
//! signed checkpoint. No patient's data.

use super::{PublicAnswer, Views, conn};
use crate::{clock::swedish, db};
use app::{
    error::PageError,
    pages::log_proofs::{LogProofs, LogProofsQuery},
};

inventory::submit!(super::Registered::public::<LogProofsQuery>());

#[async_trait::async_trait]
impl PublicAnswer for LogProofsQuery {
    async fn answer(self, views: &Views) -> Result<LogProofs, PageError> {
        let mut conn = conn(views.db()).await?;
        let latest = db::log_checkpoints::latest_note(&mut conn)
            .await?
            .map(|c| (c.tree_size.max(0) as u64, swedish(c.signed_at)));
        let key = views.settings().log_key.as_ref();
        Ok(LogProofs {
            origin: key.map(|k| k.origin.to_string()),
            public_key: key.map(|k| k.public_key.to_string()),
            verifier: key.map(|k| k.verifier.to_string()),
            latest,
        })
    }
}

//! The register catalogue: the definitions of the registers on the platform
//! (patient information, record types, fields, units), kept as files under
//! `registers/`, compiled into the binary and loaded at every start, so the
//! database always has the catalogue this version of insyn was built with.

use crate::db::{self, Db, DbError, registers::RegisterDefinition};

/// The register definition files under `registers/`.
const DEFINITIONS: [(&str, &str); 3] = [
    (
        "registers/qivf.toml",
        include_str!("../../registers/qivf.toml"),
    ),
    (
        "registers/ndr.toml",
        include_str!("../../registers/ndr.toml"),
    ),
    (
        "registers/riksstroke.toml",
        include_str!("../../registers/riksstroke.toml"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    #[error("{file} is not a valid register definition: {message}")]
    Invalid { file: &'static str, message: String },
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Every register definition, read from its file.
pub fn register_definitions() -> Result<Vec<RegisterDefinition>, DefinitionError> {
    DEFINITIONS
        .iter()
        .map(|(file, text)| {
            toml::from_str(text).map_err(|e| DefinitionError::Invalid {
                file,
                message: e.to_string(),
            })
        })
        .collect()
}

/// Loads the register definitions only: what every installation needs.
pub async fn load_registers(db: &Db) -> Result<usize, DefinitionError> {
    let definitions = register_definitions()?;
    let mut tx = db.pool().begin().await.map_err(DbError::from)?;
    for def in &definitions {
        db::registers::upsert(&mut tx, def).await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(definitions.len())
}

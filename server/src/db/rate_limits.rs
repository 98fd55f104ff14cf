//! The `rate_limit_hits` table: requests counted per bucket (a client
//! address and what it asks for) in fixed windows, shared by every insyn
//! process on the database.

use super::DbError;
use sqlx::AnyConnection;

/// Counts one more request of `bucket` in the window starting at
/// `window_start`; the window's count with it. Windows ended before
/// `forget_before` are deleted on the way.
pub async fn hit(
    conn: &mut AnyConnection,
    bucket: &str,
    window_start: i64,
    forget_before: i64,
) -> Result<i64, DbError> {
    sqlx::query("DELETE FROM rate_limit_hits WHERE window_start < $1")
        .bind(forget_before)
        .execute(&mut *conn)
        .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
         RETURNING hits",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(&mut *conn)
    .await?)
}

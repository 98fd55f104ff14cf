//! Fault tests: failpoints (the `fail` crate) turned on inside the running
//! application, and real process faults (SIGTERM under load; a private
//! PostgreSQL restarted and its backends killed), each under concurrent
//! load. What each proves is in its module's docs.
//!
//! A test binary of their own: a failpoint is global to its process, so it
//! must not reach the other suites' tests. Within this binary every test
//! holds the one failpoint scenario ([`alone`]) from before its application
//! starts, so they run one at a time and a failpoint never fires in a
//! neighbour's seeding.

#[allow(dead_code, unused_macros, unused_imports)]
#[path = "../api/helpers.rs"]
mod helpers;
#[allow(dead_code)]
#[path = "../api/idp.rs"]
mod idp;
#[allow(dead_code)]
#[path = "../api/scripted_smtp.rs"]
mod scripted_smtp;

mod client;
mod disk_full;
mod failpoints;
mod postgres_restart;
mod shutdown;

/// The process's failpoint scenario: held, no other fault test runs; dropped,
/// every failpoint is off again (also after a failed test).
pub fn alone() -> fail::FailScenario<'static> {
    fail::FailScenario::setup()
}

/// Defines each test twice, as `name::sqlite` and `name::postgres`, each
/// holding [`alone`] from before its application starts.
macro_rules! alone_on_both_engines {
    ($($(#[$meta:meta])* async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            $(#[$meta])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                use $crate::helpers::{spawn_app, TestApp};

                async fn run($app: TestApp) $body

                #[tokio::test]
                async fn sqlite() {
                    let _alone = $crate::alone();
                    run(spawn_app(insyn::db::Engine::Sqlite).await).await
                }

                #[tokio::test]
                async fn postgres() {
                    let _alone = $crate::alone();
                    run(spawn_app(insyn::db::Engine::Postgres).await).await
                }
            }
        )*
    };
}
pub(crate) use alone_on_both_engines;

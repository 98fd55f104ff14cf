//! The session of each request: the cookie is read once here, the session
//! resumed (which counts as activity for the idle timeout), and the result
//! put into the request's extensions as [`CurrentSession`] for handlers and
//! as [`app::viewer::Viewer`] for pages. A cookie that no longer names a
//! live session is cleared.

use super::AppState;
use crate::{
    db::{
        self,
        sessions::{Principal, Session, SessionToken},
        staff::StaffMember,
    },
    delegation::{self, Acting},
};
use app::viewer::{ActingFor, SignedIn, StaffSignedIn, Viewer};
use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use std::sync::Arc;

/// The session cookie. `__Host-`: only from this host, over a secure
/// connection, for every path — browsers then refuse it from a subdomain or
/// over plain HTTP (loopback counts as secure in development).
pub const SESSION_COOKIE: &str = "__Host-insyn_session";
/// Binds a sign-in in progress to the browser that started it.
pub const LOGIN_COOKIE: &str = "__Host-insyn_login";

/// The live session of the request, for handlers (sign-out), and whom the
/// signed-in person acts for in this request (the relation checked against
/// the database and the clock just now).
#[derive(Clone)]
pub struct CurrentSession {
    pub token: Arc<SessionToken>,
    pub session: Session,
    pub acting: Option<Arc<Acting>>,
    /// For staff: the member as the database has them in this request
    /// (active, their registers and units), so pages need not read it again.
    pub staff: Option<Arc<StaffMember>>,
}

/// `Set-Cookie` for a cookie insyn sets: HttpOnly, Secure, SameSite=Lax,
/// host-only, path `/`; `max_age` `None` ends with the browser session.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
    let mut cookie = Cookie::build((name.to_owned(), value.to_owned()))
        .path("/")
        .http_only(true)
        .secure(true)
        .same_site(SameSite::Lax);
    if let Some(secs) = max_age {
        cookie = cookie.max_age(time::Duration::seconds(secs));
    }
    HeaderValue::from_str(&cookie.build().to_string())
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub fn clear_cookie(name: &str) -> HeaderValue {
    set_cookie(name, "", Some(0))
}

/// The value of cookie `name`, if the request has it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(name)
        .map(|cookie| cookie.value().to_owned())
}

pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // Files of the site are the same for everyone; do not count them as activity.
    let path = request.uri().path();
    if path.starts_with("/pkg/") || path == "/favicon.svg" {
        return next.run(request).await;
    }
    let Some(value) = cookie(request.headers(), SESSION_COOKIE) else {
        return next.run(request).await;
    };
    let token = SessionToken::from_cookie(&value);
    let mut stale = false;
    match load(&state, &token).await {
        Ok(Some((session, acting, staff, viewer))) => {
            request.extensions_mut().insert(viewer);
            request.extensions_mut().insert(CurrentSession {
                token: Arc::new(token),
                session,
                acting: acting.map(Arc::new),
                staff: staff.map(Arc::new),
            });
        }
        Ok(None) => stale = true,
        // Not known who asks: answering as if signed out would send a
        // signed-in person to sign in again, so say the service is away.
        // (This layer is outside the one that knows the language.)
        Err(error) => {
            tracing::error!(%error, "could not read the session");
            return super::error::WebError::Unavailable("error-unavailable-body").answer(None);
        }
    }
    let mut response = next.run(request).await;
    if stale {
        response
            .headers_mut()
            .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
    }
    response
}

type Loaded = (Session, Option<Acting>, Option<StaffMember>, Viewer);

async fn load(state: &AppState, token: &SessionToken) -> Result<Option<Loaded>, db::DbError> {
    let mut conn = state.db.pool().acquire().await?;
    let timeouts = state.config.session.timeouts();
    let Some(mut session) =
        db::sessions::resume(&mut conn, token, timeouts, state.clock.unix()).await?
    else {
        return Ok(None);
    };
    let acting = match (session.principal, session.acting_relation) {
        (Principal::Patient(agent), Some(relation)) => {
            let today = state.clock.today();
            let ages = state.config.delegation;
            let acting = delegation::acting(&mut conn, agent, relation, today, ages).await?;
            if acting.is_none() {
                // Revoked, ended or past the age limit since the last
                // request: from now on the person acts for themselves.
                db::sessions::set_acting(&mut conn, token, None).await?;
                session.acting_relation = None;
                tracing::info!(relation, "a relation in use is no longer in force");
            }
            acting
        }
        _ => None,
    };
    let signed_in = |name: String| SignedIn {
        name,
        csrf_token: session.csrf_token.clone(),
        remaining_secs: session.ends_at - state.clock.unix(),
        idle_secs: timeouts.idle_secs,
        acting_for: acting.as_ref().map(|a| ActingFor {
            name: a.subject_name.clone(),
            relation: a.kind,
            may_file: a.may_file,
        }),
    };
    let (viewer, staff) = match session.principal {
        Principal::Patient(_) => (
            Viewer::Patient(signed_in(session.display_name.clone().unwrap_or_default())),
            None,
        ),
        Principal::Staff(id) => match db::staff::active_by_id(&mut conn, id).await? {
            Some(member) => (
                Viewer::Staff(StaffSignedIn {
                    session: signed_in(member.name.clone()),
                    hsa_id: member.hsa_id.clone(),
                    role: member.role,
                    registers: member.registers.clone(),
                }),
                Some(member),
            ),
            None => {
                // No longer active staff: the session ends now.
                db::sessions::end(&mut conn, token).await?;
                return Ok(None);
            }
        },
    };
    Ok(Some((session, acting, staff, viewer)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_several_headers_and_pairs() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, "insyn_lang=en; a=b".parse().unwrap());
        headers.append(
            header::COOKIE,
            "__Host-insyn_session=tok=en".parse().unwrap(),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE).as_deref(), Some("tok=en"));
        assert_eq!(cookie(&headers, "insyn_lang").as_deref(), Some("en"));
        assert_eq!(cookie(&headers, "missing"), None);
    }

    #[test]
    fn cookies_are_httponly_secure_lax_and_host_only() {
        let value = set_cookie(SESSION_COOKIE, "t", None);
        let value = value.to_str().unwrap();
        assert!(value.starts_with("__Host-insyn_session=t;"), "{value}");
        let mut attributes: Vec<&str> = value.split("; ").skip(1).collect();
        attributes.sort_unstable();
        assert_eq!(attributes, ["HttpOnly", "Path=/", "SameSite=Lax", "Secure"]);
        assert!(!value.contains("Domain"));
        assert!(
            clear_cookie(LOGIN_COOKIE)
                .to_str()
                .unwrap()
                .ends_with("Max-Age=0")
        );
    }
}

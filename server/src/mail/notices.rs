//! What mail says and to whom, written to the outbox in the transaction of
//! the change it tells about. Patients get a notice when their request is
//! received, taken, extended, decided or otherwise changed — only to a
//! confirmed address, in their language, with the reference and a link, and
//! nothing about what the request is about or which register it concerns
//! (that alone can reveal health). Coordinators get one mail per new request
//! in their register's queue and a daily digest of what is nearly due.

use crate::{
    clock::Clock,
    db::{self, Db, DbError, outbox::NewMail},
};
use app::{
    domain::CaseEvent,
    i18n::{Arg as FluentValue, Lang},
};
use sqlx::AnyConnection;

use app::requests::NEARLY_DUE_DAYS;

/// Tells of `event` in request `reference` of patient `subject`: the one who
/// filed it for them (`filed_by`, a guardian, proxy or representative), and
/// the patient themselves when they filed it or are an adult — a child's
/// notices go to the guardian only. Each to a confirmed address only.
#[allow(clippy::too_many_arguments)]
pub async fn about_request(
    conn: &mut AnyConnection,
    subject: i64,
    filed_by: Option<i64>,
    today: time::Date,
    event: CaseEvent,
    reference: &str,
    public_url: &str,
    now: i64,
) -> Result<(), DbError> {
    if let Some(agent) = filed_by {
        to_person(conn, agent, true, event, reference, public_url, now).await?;
        let adult = db::patients::header(conn, subject)
            .await?
            .personnummer
            .age_on(today)
            >= 18;
        if !adult {
            return Ok(());
        }
    }
    to_person(conn, subject, false, event, reference, public_url, now).await
}

async fn to_person(
    conn: &mut AnyConnection,
    patient_id: i64,
    for_someone_else: bool,
    event: CaseEvent,
    reference: &str,
    public_url: &str,
    now: i64,
) -> Result<(), DbError> {
    let address = db::patients::notice_address(conn, patient_id).await?;
    let Some(email) = address.confirmed_email() else {
        return Ok(());
    };
    let lang = address.lang;
    let link = format!("{public_url}/me/requests/{reference}");
    let args = [("reference", FluentValue::from(reference.to_owned()))];
    let mut lines = vec![
        lang.t("mail-greeting"),
        lang.t_args(&format!("mail-{}-line", event.as_str()), &args),
    ];
    if for_someone_else {
        // Whom it is about is for the portal to say, not the mail.
        lines.push(lang.t("mail-for-someone-else"));
    }
    lines.push(lang.t_args("mail-see-portal", &[("link", link.clone().into())]));
    lines.push(lang.t("mail-no-reply"));
    let subject = lang.t(&format!("mail-{}-subject", event.as_str()));
    enqueue(conn, email, lang, &subject, &lines, now).await
}

/// Tells patient `patient`, who asked for notices on access, that `count`
/// new entries are in their log (`daily`: as the day's summary). Nothing
/// else: not the register, the unit or who — that is for the portal to
/// show after signing in. `false` when they have no confirmed address.
pub async fn new_accesses(
    conn: &mut AnyConnection,
    patient: i64,
    count: i64,
    daily: bool,
    public_url: &str,
    now: i64,
) -> Result<bool, DbError> {
    let address = db::patients::notice_address(conn, patient).await?;
    let Some(email) = address.confirmed_email() else {
        return Ok(false);
    };
    let lang = address.lang;
    let count = [("count", FluentValue::from(count))];
    let lines = [
        lang.t("mail-greeting"),
        lang.t_args(
            if daily {
                "mail-access-daily-line"
            } else {
                "mail-access-line"
            },
            &count,
        ),
        lang.t_args(
            "mail-access-see",
            &[("link", format!("{public_url}/me/log").into())],
        ),
        lang.t_args(
            "mail-access-why",
            &[("link", format!("{public_url}/me/log/notices").into())],
        ),
        lang.t("mail-no-reply"),
    ];
    let subject = lang.t("mail-access-subject");
    enqueue(conn, email, lang, &subject, &lines, now).await?;
    Ok(true)
}

/// The link that confirms `email` for notices, to that address.
pub async fn confirmation(
    conn: &mut AnyConnection,
    email: &str,
    lang: Lang,
    link: &str,
    now: i64,
) -> Result<(), DbError> {
    let lines = [
        lang.t("mail-greeting"),
        lang.t_args("mail-confirm-line", &[("link", link.to_owned().into())]),
        lang.t("mail-confirm-ignore"),
        lang.t("mail-no-reply"),
    ];
    enqueue(
        conn,
        email,
        lang,
        &lang.t("mail-confirm-subject"),
        &lines,
        now,
    )
    .await
}

/// Tells whoever handles a new request that it arrived in their queue: the
/// clinic staff of the care unit it is routed to (`unit`), or else — and
/// when that unit has no one with an address — the register's coordinators.
pub async fn new_request_to_staff(
    conn: &mut AnyConnection,
    register: &str,
    unit: Option<&str>,
    register_name: &str,
    public_url: &str,
    now: i64,
) -> Result<(), DbError> {
    let lang = Lang::Sv;
    let link = format!("{public_url}/staff/requests?register={register}");
    let args = [
        ("register", FluentValue::from(register_name.to_owned())),
        ("link", FluentValue::from(link)),
    ];
    let subject = lang.t_args("mail-staff-new-subject", &args);
    let lines = [
        lang.t_args("mail-staff-new-line", &args),
        lang.t("mail-no-reply"),
    ];
    let mut addresses = match unit {
        Some(unit) => db::staff::addresses_of_unit(conn, register, unit).await?,
        None => Vec::new(),
    };
    if addresses.is_empty() {
        addresses = db::staff::addresses_of_register(conn, register).await?;
    }
    for address in addresses {
        enqueue(conn, &address, lang, &subject, &lines, now).await?;
    }
    Ok(())
}

/// Today's digest for each register with open requests due within a week
/// (or overdue), once per register and day across every process.
pub async fn digests(db: &Db, clock: &Clock, public_url: &str) -> Result<(), DbError> {
    let today = clock.today();
    let day = today.to_string();
    let soon = (today + time::Duration::days(NEARLY_DUE_DAYS)).to_string();
    let pending: Vec<(String, String, i64)> = {
        let mut conn = db.pool().acquire().await?;
        sqlx::query_as(
            "SELECT r.register_code, g.short_name, COUNT(*) FROM requests r
             JOIN registers g ON g.code = r.register_code
             WHERE r.status NOT IN ('completed', 'rejected')
               AND COALESCE(r.extended_due_on, r.due_on) <= $1
               AND NOT EXISTS (SELECT 1 FROM mail_digests d WHERE d.day = $2 AND d.register_code = r.register_code)
             GROUP BY r.register_code, g.short_name",
        )
        .bind(&soon)
        .bind(&day)
        .fetch_all(&mut *conn)
        .await?
    };
    for (register, name, count) in pending {
        let mut tx = db.begin_write().await?;
        if !db::mail_digests::claim(&mut tx, &day, &register, clock.unix()).await? {
            continue;
        }
        let lang = Lang::Sv;
        let link = format!("{public_url}/staff/requests?register={register}");
        let args = [
            ("register", FluentValue::from(name)),
            ("count", FluentValue::from(count)),
            ("link", FluentValue::from(link)),
        ];
        let subject = lang.t_args("mail-staff-digest-subject", &args);
        let lines = [
            lang.t_args("mail-staff-digest-line", &args),
            lang.t("mail-no-reply"),
        ];
        for address in db::staff::addresses_of_register(&mut tx, &register).await? {
            enqueue(&mut tx, &address, lang, &subject, &lines, clock.unix()).await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The mail as plain text and as the same paragraphs in HTML.
async fn enqueue(
    conn: &mut AnyConnection,
    recipient: &str,
    lang: Lang,
    subject: &str,
    paragraphs: &[String],
    now: i64,
) -> Result<(), DbError> {
    let body_text = paragraphs.join("\n\n") + "\n";
    let body_html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>{}</body></html>",
        lang.code(),
        escape(subject),
        paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", linkify(&escape(p))))
            .collect::<String>()
    );
    db::outbox::enqueue(
        conn,
        &NewMail {
            recipient,
            lang: lang.code(),
            subject,
            body_text: &body_text,
            body_html: &body_html,
        },
        now,
    )
    .await?;
    Ok(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Makes the (escaped) portal links in a paragraph clickable.
fn linkify(escaped: &str) -> String {
    escaped
        .split(' ')
        .map(|word| {
            if word.starts_with("http://") || word.starts_with("https://") {
                format!("<a href=\"{word}\">{word}</a>")
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_patient_notice_has_its_texts() {
        for event in CaseEvent::ALL {
            for lang in Lang::ALL {
                let subject = format!("mail-{}-subject", event.as_str());
                assert!(lang.has(&subject), "{subject} in {lang:?}");
                let line = format!("mail-{}-line", event.as_str());
                let text = lang.t_args(&line, &[("reference", "INS-TEST-0001".into())]);
                assert!(text.contains("INS-TEST-0001"), "{line} in {lang:?}: {text}");
            }
        }
    }

    #[test]
    fn html_is_escaped_and_links_are_links() {
        assert_eq!(
            linkify(&escape("Se <b> https://insyn.se/me?a=1&b=2")),
            "Se &lt;b&gt; <a href=\"https://insyn.se/me?a=1&amp;b=2\">https://insyn.se/me?a=1&amp;b=2</a>"
        );
    }
}

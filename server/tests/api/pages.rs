use crate::helpers::on_both_engines;

/// The text of the `<main>` element, tags removed, for content assertions.
fn main_text(html: &str) -> String {
    let start = html.find("<main").expect("a <main> element");
    let end = html.find("</main>").expect("a closed <main>");
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

on_both_engines! {
    async fn the_log_proofs_page_says_what_is_proven_and_how_to_check(app: TestApp) {
        let response = app.get("/log").await;
        assert_eq!(response.status(), 200);
        let main = main_text(&response.text().await.unwrap());
        assert!(main.contains("Kontrollera åtkomstloggen själv"), "{main}");
        assert!(main.contains("kan inte visa att en åtkomst aldrig loggades"), "what is not proven: {main}");
        assert!(main.contains("insyn verify-proof"), "how, without JavaScript: {main}");
        // The tests' servers sign nothing: the page says so.
        assert!(main.contains("signerar inte loggen"), "{main}");
    }

    async fn start_page_is_swedish_by_default(app: TestApp) {
        let response = app.get("/").await;
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert!(html.contains(r#"<html lang="sv">"#));
        let main = main_text(&html);
        assert!(main.contains("Dina rättigheter"), "{main}");
        assert!(main.contains("Integritetsskyddsmyndigheten"), "{main}");
        assert!(main.contains("GDPR art. 16"), "{main}");
    }

    async fn the_language_cookie_switches_every_page_to_english(app: TestApp) {
        for path in ["/", "/registers", "/registers/qivf", "/no-such-page"] {
            let html = app.get_with_cookie(path, "insyn_lang=en").await.text().await.unwrap();
            assert!(html.contains(r#"<html lang="en">"#), "{path}");
            assert!(html.contains("Skip to content"), "{path}");
        }
        let main = main_text(&app.get_with_cookie("/", "insyn_lang=en").await.text().await.unwrap());
        assert!(main.contains("Your rights"), "{main}");
    }

    async fn the_language_switch_sets_the_cookie_and_returns_to_the_page(app: TestApp) {
        let response = app.get("/lang/en?next=/registers%3Fq%3Dndr").await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], "/registers?q=ndr");
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        for attribute in ["insyn_lang=en", "Path=/", "SameSite=Lax", "HttpOnly", "Secure"] {
            assert!(cookie.contains(attribute), "{cookie}");
        }
        // Each page links to itself in both languages.
        let html = app.get("/registers/qivf").await.text().await.unwrap();
        assert!(html.contains(r#"href="/lang/en?next=/registers/qivf""#), "{html}");
    }

    async fn the_language_switch_refuses_to_redirect_elsewhere(app: TestApp) {
        for next in ["https://evil.example/", "//evil.example/", "/%5Cevil.example"] {
            let response = app.get(&format!("/lang/sv?next={next}")).await;
            assert_eq!(response.status(), 303);
            assert_eq!(response.headers()["location"], "/", "{next}");
        }
        let response = app.get("/lang/fr").await;
        assert_eq!(response.status(), 404);
        assert!(response.headers().get("set-cookie").is_none());
    }

    async fn the_register_list_shows_every_register(app: TestApp) {
        let response = app.get("/registers").await;
        assert_eq!(response.status(), 200);
        let main = main_text(&response.text().await.unwrap());
        for name in ["Q-IVF", "NDR", "Riksstroke", "Nationella Diabetesregistret"] {
            assert!(main.contains(name), "{name} missing: {main}");
        }
    }

    async fn the_register_filter_works_without_javascript(app: TestApp) {
        let main = main_text(&app.get("/registers?q=diabetes").await.text().await.unwrap());
        assert!(main.contains("NDR"), "{main}");
        assert!(!main.contains("Q-IVF"), "{main}");
        assert!(!main.contains("Riksstroke"), "{main}");
        let main = main_text(&app.get("/registers?q=finns+inte").await.text().await.unwrap());
        assert!(main.contains("Inga register matchar"), "{main}");
    }

    async fn a_register_page_tells_what_the_law_requires(app: TestApp) {
        let response = app.get("/registers/qivf").await;
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert!(html.contains("<title>Q-IVF – insyn</title>"), "{html}");
        let main = main_text(&html);
        for expected in ["Ändamål", "Personuppgiftsansvarig", "Västra Götalandsregionen", "Registerhållare", "Lagringstid", "Dataskyddsombud", "qivf@registercentrum.example.se"] {
            assert!(main.contains(expected), "{expected} missing: {main}");
        }
        let main = main_text(&app.get_with_cookie("/registers/riksstroke", "insyn_lang=en").await.text().await.unwrap());
        assert!(main.contains("Retention period") && main.contains("Region Västerbotten"), "{main}");
    }

    async fn an_unknown_register_is_a_clear_not_found_page(app: TestApp) {
        for path in ["/registers/finns-inte", "/registers/QIVF", "/registers/%3Cscript%3E"] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 404, "{path}");
            let html = response.text().await.unwrap();
            assert!(main_text(&html).contains("Sidan finns inte"), "{path}");
            assert!(!html.contains("<script>"), "{path} reflected");
        }
    }

    async fn an_unknown_path_gets_the_not_found_page_in_the_same_look(app: TestApp) {
        let response = app.get("/no/such/page").await;
        assert_eq!(response.status(), 404);
        let html = response.text().await.unwrap();
        assert!(html.contains(r#"class="site-header""#));
        assert!(main_text(&html).contains("Fel 404"));
    }

    async fn a_database_failure_is_a_503_page_not_a_crash(app: TestApp) {
        app.db.close().await;
        let response = app.get("/registers").await;
        assert_eq!(response.status(), 503);
        let main = main_text(&response.text().await.unwrap());
        assert!(main.contains("inte tillgänglig just nu") && main.contains("Ingenting har ändrats"), "{main}");
        // Pages that need no data still work.
        assert_eq!(app.get("/").await.status(), 200);
    }

    async fn a_failing_query_is_a_500_page_that_says_nothing_changed(app: TestApp) {
        // A schema the code does not expect: the query fails, the pool is fine.
        sqlx::query("ALTER TABLE registers RENAME TO registers_elsewhere").execute(app.db.pool()).await.unwrap();
        let response = app.get("/registers/qivf").await;
        assert_eq!(response.status(), 500);
        let html = response.text().await.unwrap();
        let main = main_text(&html);
        assert!(main.contains("Något gick fel") && main.contains("Ingenting har ändrats"), "{main}");
        assert!(!html.contains("registers_elsewhere"), "no database detail on the page");
    }

    async fn every_response_carries_the_security_headers(app: TestApp) {
        for path in ["/", "/registers/qivf", "/healthz", "/no-such-page", "/lang/en"] {
            let response = app.get(path).await;
            let headers = response.headers();
            assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(headers["x-frame-options"], "DENY", "{path}");
            assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
            assert!(headers["strict-transport-security"].to_str().unwrap().starts_with("max-age="), "{path}");
            let csp = headers["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"), "{path}: {csp}");
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        }
    }

    async fn a_page_allows_only_its_own_nonce_for_inline_script(app: TestApp) {
        let first = app.get("/registers").await;
        let csp = first.headers()["content-security-policy"].to_str().unwrap().to_owned();
        let html = first.text().await.unwrap();
        let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce in the policy");
        assert!(nonce.len() >= 22, "at least 128 bits");
        assert!(html.contains(&format!(r#"<script type="module" nonce="{nonce}">"#)), "the loader carries it");
        let again = app.get("/registers").await.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert_ne!(csp, again, "a new nonce per response");
        // Not a page: nothing at all may load.
        let json = app.get("/healthz").await;
        assert!(json.headers()["content-security-policy"].to_str().unwrap().starts_with("default-src 'none'"));
    }
}

mod cross_site {
    use crate::helpers::{TestApp, on_both_engines};
    use leptos::server_fn::ServerFn;

    fn server_fn_url(app: &TestApp) -> String {
        format!("{}{}", app.address, app::server_fns::ListRegisters::PATH)
    }

    on_both_engines! {
        async fn a_cross_site_post_to_a_server_function_is_refused(app: TestApp) {
            for (name, value) in [("sec-fetch-site", "cross-site"), ("sec-fetch-site", "same-site"), ("origin", "http://evil.example")] {
                let response = app.client.post(server_fn_url(&app)).header(name, value).form(&[("lang", "sv")]).send().await.unwrap();
                assert_eq!(response.status(), 403, "{name}: {value}");
                assert!(response.text().await.unwrap().contains("another site"));
            }
        }

        async fn a_same_origin_post_to_a_server_function_is_served(app: TestApp) {
            let origin = app.address.clone();
            let response = app.client.post(server_fn_url(&app))
                .header("sec-fetch-site", "same-origin")
                .header("origin", origin)
                .form(&[("lang", "en")])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            let registers: serde_json::Value = response.json().await.unwrap();
            assert_eq!(registers.as_array().map(Vec::len), Some(3));
        }

        async fn cross_site_navigation_with_get_still_works(app: TestApp) {
            let response = app.client.get(format!("{}/registers/qivf", app.address)).header("sec-fetch-site", "cross-site").send().await.unwrap();
            assert_eq!(response.status(), 200, "links from other sites to insyn work");
        }
    }
}

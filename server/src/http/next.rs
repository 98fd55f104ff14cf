//! The one check for every `next`: where the browser goes after a sign-in
//! or a language switch. A `next` is followed only if it is a path on
//! insyn's own origin, so no link can turn insyn into an open redirect.
//!
//! Two layers, because browsers are generous readers of URLs: anything with
//! a control character, a space or a backslash is refused outright (browsers
//! drop TAB, CR and LF while parsing, so `/\t/evil.example` would become
//! `//evil.example`); what is left is resolved against the public URL the
//! way a browser would, and must keep its origin.

use url::Url;

/// `next` as a path, query and fragment on insyn's origin, if it is one.
pub fn same_origin_path(public_url: &str, next: &str) -> Option<String> {
    if !next.starts_with('/')
        || next.starts_with("//")
        || next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return None;
    }
    let base = Url::parse(public_url).ok()?;
    let resolved = base.join(next).ok()?;
    if resolved.origin() != base.origin() {
        return None;
    }
    let mut path = resolved.path().to_owned();
    if let Some(query) = resolved.query() {
        path.push('?');
        path.push_str(query);
    }
    if let Some(fragment) = resolved.fragment() {
        path.push('#');
        path.push_str(fragment);
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::same_origin_path;

    const PUBLIC: &str = "https://insyn.example/";

    #[test]
    fn paths_on_the_site_are_followed() {
        for (next, expected) in [
            ("/registers?q=ivf", "/registers?q=ivf"),
            ("/me/registers/qivf#data", "/me/registers/qivf#data"),
            ("/", "/"),
        ] {
            assert_eq!(same_origin_path(PUBLIC, next).as_deref(), Some(expected));
        }
    }

    #[test]
    fn anything_that_could_leave_the_site_is_refused() {
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\r/evil.example/",
            "/ /evil.example/",
            "/\u{a0}/evil.example/",
            "\t//evil.example/",
            "evil",
            "",
            "javascript:alert(1)",
        ] {
            assert_eq!(same_origin_path(PUBLIC, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_public_url_that_cannot_be_read_follows_nothing() {
        assert_eq!(same_origin_path("not a url", "/me"), None);
    }
}

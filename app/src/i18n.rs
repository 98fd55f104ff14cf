//! Languages and translated texts. The texts live in Fluent files
//! (`app/locales/{sv,en}/main.ftl`), compiled into the binary; components ask
//! for a message by its id. Swedish is the default and the fallback.

use fluent_templates::{
    LanguageIdentifier, Loader, fluent_bundle::FluentValue, langid, static_loader,
};
use std::{borrow::Cow, collections::HashMap};

/// A message argument (a text or a number), for [`Lang::t_args`].
pub use fluent_templates::fluent_bundle::FluentValue as Arg;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "sv",
        // Fluent's bidi isolation marks would show up as stray characters in
        // plain-text contexts such as <title>; both languages are LTR.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static SV: LanguageIdentifier = langid!("sv");
static EN: LanguageIdentifier = langid!("en");

/// The name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "insyn_lang";

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    /// The language chosen in a `Cookie` header, if any.
    pub fn from_cookie_header(header: &str) -> Option<Self> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LANG_COOKIE)
            .and_then(|(_, value)| Lang::parse(value.trim()))
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.id(), key)
    }

    /// Whether there is a message `key` that needs no arguments (for tests
    /// of computed ids).
    pub fn has(self, key: &str) -> bool {
        LOCALES.try_lookup(self.id(), key).is_some()
    }

    /// The message `key` with Fluent arguments (numbers select plural forms).
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(self.id(), key, &args)
    }
}

/// The language of the page being rendered, provided by the shell.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// On the server: the language of the current request, from its cookie.
#[cfg(feature = "ssr")]
pub fn request_lang() -> Lang {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get_all(http::header::COOKIE)
                .iter()
                .find_map(|v| v.to_str().ok().and_then(Lang::from_cookie_header))
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn message_ids(lang: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let sv = message_ids("sv");
        let en = message_ids("en");
        assert!(sv.len() > 20);
        assert_eq!(
            sv.difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in English"
        );
        assert_eq!(
            en.difference(&sv).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in Swedish"
        );
    }

    #[test]
    fn lookups_differ_by_language_and_take_plural_arguments() {
        assert_ne!(Lang::Sv.t("site-name-long"), Lang::En.t("site-name-long"));
        assert_eq!(
            Lang::Sv.t_args("register-count", &[("count", 1.into())]),
            "1 register"
        );
        assert_eq!(
            Lang::En.t_args("register-count", &[("count", 3.into())]),
            "3 registers"
        );
    }

    #[test]
    fn reads_the_language_cookie() {
        assert_eq!(
            Lang::from_cookie_header("a=b; insyn_lang=en"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_cookie_header("insyn_lang=fr"), None);
        assert_eq!(Lang::from_cookie_header("xinsyn_lang=en"), None);
    }
}

//! Languages and translated texts. The texts live in Fluent files
//! (`app/locales/{code}/main.ftl`), compiled into the binary; components ask
//! for a message by its id. Swedish is the default and the fallback: a
//! message missing in a language is shown in Swedish (a test keeps every
//! language complete). Easy-read Swedish (lättläst) is a language of its
//! own here (`sv-lattlast`), whose pages say `lang="sv"`; Arabic and Persian
//! are written right to left.

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
        // A number, date or reference put into a right-to-left sentence must
        // keep its own direction: Fluent isolates placeables (FSI … PDI) in
        // Arabic and Persian. In left-to-right languages the marks would
        // only be noise in plain-text contexts such as <title> and mail.
        customise: |bundle| {
            let rtl = bundle
                .locales
                .first()
                .is_some_and(|l| matches!(l.language.as_str(), "ar" | "fa"));
            bundle.set_use_isolating(rtl)
        },
    };
}

static SV: LanguageIdentifier = langid!("sv");
static EN: LanguageIdentifier = langid!("en");
static FI: LanguageIdentifier = langid!("fi");
static AR: LanguageIdentifier = langid!("ar");
static SO: LanguageIdentifier = langid!("so");
static FA: LanguageIdentifier = langid!("fa");
// A variant subtag is heap-allocated, so it cannot be built in a static.
static SV_EASY: std::sync::LazyLock<LanguageIdentifier> =
    std::sync::LazyLock::new(|| langid!("sv-lattlast"));

/// The name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "insyn_lang";

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    #[serde(rename = "sv")]
    Sv,
    /// Easy-read Swedish (lättläst svenska).
    #[serde(rename = "lattlast")]
    Lattlast,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fi")]
    Fi,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "so")]
    So,
    #[serde(rename = "fa")]
    Fa,
}

impl Lang {
    /// In the language switch's order.
    pub const ALL: [Lang; 7] = [
        Lang::Sv,
        Lang::Lattlast,
        Lang::En,
        Lang::Fi,
        Lang::Ar,
        Lang::So,
        Lang::Fa,
    ];

    /// The code in `/lang/{code}`, the cookie and stored preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::Lattlast => "lattlast",
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Ar => "ar",
            Lang::So => "so",
            Lang::Fa => "fa",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The page's `lang` attribute: easy-read Swedish is Swedish.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Lattlast => "sv",
            other => other.code(),
        }
    }

    /// The page's `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    /// The language's name in itself, in its own script, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::Lattlast => "Lättläst svenska",
            Lang::En => "English",
            Lang::Fi => "Suomi",
            Lang::Ar => "العربية",
            Lang::So => "Soomaali",
            Lang::Fa => "فارسی",
        }
    }

    /// Whether a native speaker (or, for easy-read, an easy-read editor)
    /// has reviewed the texts. The others are machine-assisted, and the
    /// language switch says so.
    pub fn is_reviewed(self) -> bool {
        matches!(self, Lang::Sv | Lang::En)
    }

    /// The language the registers' own content (record types, fields,
    /// codes) is shown in: the registers define it in Swedish and English
    /// only, so easy-read Swedish reads it in Swedish and the others in
    /// English (the pages say so).
    pub fn content_lang(self) -> Lang {
        match self {
            Lang::Sv | Lang::Lattlast => Lang::Sv,
            _ => Lang::En,
        }
    }

    /// Whether decimals are written with a comma.
    pub fn decimal_comma(self) -> bool {
        matches!(self, Lang::Sv | Lang::Lattlast | Lang::Fi)
    }

    /// The first language of an `Accept-Language` header that insyn
    /// speaks, by the visitor's order of preference (`q`).
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut wanted: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.trim().split(';');
                let tag = parts.next()?.trim();
                let q = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0).then_some((q, position, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted.into_iter().find_map(|(_, _, tag)| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            match primary.as_str() {
                // Norwegian and Danish readers read Swedish more easily than English.
                "sv" | "nb" | "nn" | "no" | "da" => Some(Lang::Sv),
                "en" => Some(Lang::En),
                "fi" => Some(Lang::Fi),
                "ar" => Some(Lang::Ar),
                "so" => Some(Lang::So),
                "fa" => Some(Lang::Fa),
                _ => None,
            }
        })
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
            Lang::Lattlast => &SV_EASY,
            Lang::En => &EN,
            Lang::Fi => &FI,
            Lang::Ar => &AR,
            Lang::So => &SO,
            Lang::Fa => &FA,
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

/// On the server: the language of the current request — the one its
/// cookie remembers, or on a first visit the browser's `Accept-Language`.
#[cfg(feature = "ssr")]
pub fn request_lang() -> Lang {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| Lang::of_request(&parts.headers))
        .unwrap_or_default()
}

impl Lang {
    /// The request's language: its cookie's, or its `Accept-Language`'s.
    #[cfg(feature = "ssr")]
    pub fn of_request(headers: &http::HeaderMap) -> Option<Lang> {
        let header = |name| {
            headers
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect::<Vec<_>>()
        };
        header(http::header::COOKIE)
            .into_iter()
            .find_map(Lang::from_cookie_header)
            .or_else(|| {
                header(http::header::ACCEPT_LANGUAGE)
                    .into_iter()
                    .find_map(Lang::from_accept_language)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// The folder of a language's Fluent file.
    fn folder(lang: Lang) -> String {
        lang.id().to_string()
    }

    /// Every message of a language's file with the variables it uses
    /// (`{ $name }`, in selectors too); the file must parse without error.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        use fluent_syntax::ast;
        fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    expression_variables(expression, out);
                }
            }
        }
        fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
            let inline = |e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>| match e {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                ast::InlineExpression::Placeable { expression } => {
                    expression_variables(expression, out)
                }
                _ => {}
            };
            match expression {
                ast::Expression::Inline(e) => inline(e, out),
                ast::Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for variant in variants {
                        variables(&variant.value, out);
                    }
                }
            }
        }
        let path = format!(
            "{}/locales/{}/main.ftl",
            env!("CARGO_MANIFEST_DIR"),
            folder(lang)
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => {
                    let mut used = BTreeSet::new();
                    if let Some(value) = &message.value {
                        variables(value, &mut used);
                    }
                    Some((message.id.name.to_owned(), used))
                }
                _ => None,
            })
            .collect()
    }

    /// Every language has every Swedish message, no other, each with the
    /// same variables. Seen failing: with `site-tagline` removed from
    /// `fi/main.ftl` it said `fi: missing ["site-tagline"]`.
    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        let swedish = messages(Lang::Sv);
        assert!(swedish.len() > 400);
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Sv) {
            let other = messages(lang);
            let missing: Vec<&String> = swedish
                .keys()
                .filter(|id| !other.contains_key(*id))
                .collect();
            let extra: Vec<&String> = other
                .keys()
                .filter(|id| !swedish.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
            assert!(
                extra.is_empty(),
                "{}: not in Swedish {extra:?}",
                lang.code()
            );
            for (id, variables) in &swedish {
                assert_eq!(
                    &other[id],
                    variables,
                    "{}: {id} uses other variables than the Swedish",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn the_first_visit_speaks_the_browsers_language() {
        assert_eq!(
            Lang::from_accept_language("fi-FI,fi;q=0.9,en;q=0.8"),
            Some(Lang::Fi)
        );
        assert_eq!(
            Lang::from_accept_language("de;q=1, ar;q=0.5, en;q=0.7"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("fa-IR"), Some(Lang::Fa));
        assert_eq!(Lang::from_accept_language("en;q=0, so"), Some(Lang::So));
        assert_eq!(Lang::from_accept_language("de, fr"), None);
        assert_eq!(Lang::from_accept_language(""), None);
    }

    #[test]
    fn each_language_has_its_code_direction_and_html_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::Lattlast.html_lang(), "sv");
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fa.dir(), "rtl");
        assert_eq!(Lang::Fi.dir(), "ltr");
        assert_eq!(Lang::parse("sv-lattlast"), None);
    }

    #[test]
    fn a_number_inside_right_to_left_text_keeps_its_direction() {
        // Fluent puts FSI (U+2068) … PDI (U+2069) around placeables in
        // Arabic and Persian, so a count or date reads left to right there.
        let arabic = Lang::Ar.t_args("register-count", &[("count", 3.into())]);
        assert!(arabic.contains("\u{2068}3\u{2069}"), "{arabic:?}");
        let swedish = Lang::Sv.t_args("register-count", &[("count", 3.into())]);
        assert!(!swedish.contains('\u{2068}'));
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

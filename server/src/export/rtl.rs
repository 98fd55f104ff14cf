//! Right-to-left text for the PDFs, which printpdf draws glyph by glyph
//! as given: Arabic letters in their joined forms (ar-reshaper, Unicode
//! presentation forms the embedded font maps) and each line in visual order
//! (the Unicode bidirectional algorithm, brackets mirrored).

/// `text` with its Arabic letters in their joined forms (logical order);
/// other text as it is.
pub fn shaped(text: &str) -> String {
    static RESHAPER: std::sync::OnceLock<ar_reshaper::ArabicReshaper> = std::sync::OnceLock::new();
    RESHAPER
        .get_or_init(|| {
            let mut config = ar_reshaper::ReshaperConfig::default();
            // The font has the lam-alef ligatures, not the word ligature of Allah.
            config.update_ligature(
                ar_reshaper::prelude::LigatureNames::ARABIC_LIGATURE_ALLAH,
                false,
            );
            config.to_reshaper()
        })
        .reshape(text)
}

/// A shaped line in the order its glyphs are drawn, left to right. The
/// messages isolate their values (FSI … PDI, as Fluent writes them for
/// right-to-left languages), so a date or a reference after Arabic words
/// stays one left-to-right run; the controls themselves have no glyph
/// and are left out of what is drawn.
pub fn visual(shaped: &str) -> String {
    let bidi = unicode_bidi::BidiInfo::new(shaped, Some(unicode_bidi::Level::rtl()));
    let mut drawn = String::with_capacity(shaped.len());
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let text = &shaped[run.clone()];
            if levels[run.start].is_rtl() {
                // Right to left: the run reversed, its brackets mirrored.
                drawn.extend(text.chars().rev().map(mirrored));
            } else {
                drawn.push_str(text);
            }
        }
    }
    drawn.retain(|c| !is_bidi_control(c));
    drawn
}

/// The glyph a bracket takes in right-to-left text (Bidi_Mirrored, the
/// pairs insyn's texts use).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// The invisible marks of the bidirectional algorithm (LRM, RLM, the
/// embeddings and the isolates).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

//! Text folding for search: case- and accent-insensitive ("Certifié" → "certifie"), plus a
//! compact form without punctuation or spaces so exam codes match however they are typed
//! ("AIF-C01", "aif c01", "aifc01").
//!
//! The folding rule is Unicode's: canonical decomposition (NFD), drop every combining mark
//! (General_Category = Mark), lower-case. Natively that is the `unicode-normalization` crate.
//! In the browser the same rule runs on the browser's own Unicode tables
//! (`String.prototype.normalize` and a `\p{M}` regular expression): shipping the crate's tables
//! in the Wasm measured about 25 KB brotli, a fifth of the whole size budget. A browser test
//! (`tests/web.rs`) checks both paths fold a corpus identically. ASCII, nearly all of the
//! catalog, never leaves Rust.

/// Lower-cased, accents removed.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    fold_unicode(text)
}

/// The crate-based fold: what native code and tests use, and the oracle for the browser path.
pub fn fold_with_crate(text: &str) -> String {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        // ASCII has no decomposition and no marks; the table lookups are the slow part.
        if ch.is_ascii() {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(ch, |part| {
            if !is_combining_mark(part) {
                out.extend(part.to_lowercase());
            }
        });
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn fold_unicode(text: &str) -> String {
    fold_with_crate(text)
}

#[cfg(target_arch = "wasm32")]
fn fold_unicode(text: &str) -> String {
    use js_sys::{JsString, RegExp};
    thread_local! {
        static MARKS: RegExp = RegExp::new(r"\p{M}", "gu");
    }
    let decomposed = JsString::from(text).normalize("NFD");
    let bare = MARKS.with(|marks| decomposed.replace_by_pattern(marks, ""));
    bare.to_lower_case().into()
}

/// Folded text without spaces or punctuation: `aif-c01` → `aifc01`. Only ASCII punctuation
/// counts, which is what exam codes use.
pub fn compact(folded: &str) -> String {
    folded
        .chars()
        .filter(|c| !(c.is_ascii_punctuation() || c.is_whitespace()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Certifié GenAI"), "certifie genai");
        assert_eq!(fold("ÀÉÎÕÜ ç ñ"), "aeiou c n");
        assert_eq!(
            fold("Machine Learning – Specialty"),
            "machine learning – specialty"
        );
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_crate() {
        let text = "AWS Certified AI Practitioner (AIF-C01) / Google PMLE 2024!";
        assert_eq!(fold(text), fold_with_crate(text));
    }

    #[test]
    fn compact_drops_punctuation_and_spaces() {
        assert_eq!(compact(&fold("AIF-C01")), "aifc01");
        assert_eq!(compact(&fold("aif c01")), "aifc01");
        assert_eq!(compact(&fold("AIF_C01.")), "aifc01");
    }
}

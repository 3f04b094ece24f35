//! Text folding for search: case- and accent-insensitive ("Certifié" → "certifie"), plus a
//! compact form without punctuation or spaces so exam codes match however they are typed
//! ("AIF-C01", "aif c01", "aifc01").

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower-cased, accents removed (canonical decomposition minus combining marks).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        decompose_canonical(ch, |part| {
            if !is_combining_mark(part) {
                out.extend(part.to_lowercase());
            }
        });
    }
    out
}

/// Only letters and digits of already folded text: `aif-c01` → `aifc01`.
pub fn compact(folded: &str) -> String {
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
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
    fn compact_drops_punctuation_and_spaces() {
        assert_eq!(compact(&fold("AIF-C01")), "aifc01");
        assert_eq!(compact(&fold("aif c01")), "aifc01");
    }
}

//! How a query string reads and how in-app links are written. Pure Rust, so every URL the app
//! writes is proven (natively) to read back the same. Routing itself is leptos_router's
//! (`src/app.rs`); this module only reads the query, because the pages must say what part of a
//! link they could not use (a stray `%`), which `ParamsMap` silently drops.

/// An absolute in-app href from the router base: `join("/certscope", "cert/x")` →
/// `/certscope/cert/x`, `join("", "")` → `/`.
pub fn join(base: &str, path: &str) -> String {
    format!("{base}/{}", path.trim_start_matches('/'))
}

/// A decoded URL component and whether the input was malformed (a stray `%`, bad UTF-8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub malformed: bool,
}

/// Percent-decodes one component (`+` is a space). Never fails: bytes it cannot decode are kept
/// as they were and reported through `malformed`.
pub fn decode_component(raw: &str) -> Decoded {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut malformed = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => {
                    malformed = true;
                    out.push(b'%');
                }
            },
            b => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(text) => Decoded { text, malformed },
        Err(e) => Decoded {
            text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            malformed: true,
        },
    }
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes everything but unreserved characters and `,` (kept readable in lists).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A parsed query string: the well-formed pairs in order, and whether any pair was dropped
/// because it was malformed (a stray `%`, bad UTF-8): half-decoded text is never used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub pairs: Vec<(String, String)>,
    pub malformed: bool,
}

impl Query {
    /// Reads `?a=1&b=x%20y` (the leading `?` is optional). Never fails.
    pub fn parse(search: &str) -> Query {
        let mut query = Query::default();
        for part in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let key = decode_component(key);
            let value = decode_component(value);
            if key.malformed || value.malformed {
                query.malformed = true;
            } else {
                query.pairs.push((key.text, value.text));
            }
        }
        query
    }

    /// The first value for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// `?a=1&b=2`, or the empty string when there are no pairs.
    pub fn format(pairs: &[(&str, String)]) -> String {
        let parts: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
            .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_malformed_pair_is_dropped_and_the_rest_kept() {
        let q = Query::parse("?q=%E0%A4%A&level=foundational&x=100%");
        assert!(q.malformed);
        assert_eq!(q.pairs, [("level".to_owned(), "foundational".to_owned())]);
    }

    #[test]
    fn malformed_percent_encoding_is_kept_and_reported() {
        let d = decode_component("100%");
        assert_eq!((d.text.as_str(), d.malformed), ("100%", true));
        let d = decode_component("%zz%4");
        assert_eq!((d.text.as_str(), d.malformed), ("%zz%4", true));
        let d = decode_component("%FF");
        assert!(d.malformed);
        let d = decode_component("Certifi%C3%A9+IA");
        assert_eq!((d.text.as_str(), d.malformed), ("Certifié IA", false));
    }

    #[test]
    fn query_reads_pairs_in_order() {
        let q = Query::parse("?status=active,retired&q=a%20b&flag");
        assert_eq!(q.get("status"), Some("active,retired"));
        assert_eq!(q.get("q"), Some("a b"));
        assert_eq!(q.get("flag"), Some(""));
        assert_eq!(q.get("zzz"), None);
        assert!(!q.malformed);
    }

    proptest! {
        #[test]
        fn any_component_round_trips(text in ".*") {
            let decoded = decode_component(&encode_component(&text));
            prop_assert_eq!(decoded.text, text);
            prop_assert!(!decoded.malformed);
        }

        #[test]
        fn parsing_never_panics(raw in ".*") {
            let _ = Query::parse(&raw);
        }

    }
}

//! The app's addresses: which page a path names, and how a query string reads. Pure Rust, so
//! every URL the app writes is proven (natively) to read back the same.
//!
//! CertScope uses its own few-line router instead of leptos_router: measured here, the
//! latter alone costs about 46 KB of brotli-compressed Wasm, over a third of the size budget.

/// A page of the app. Paths are relative to the router base (`/certscope` on Pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Catalog,
    Detail(String),
    /// `compare?ids=a,b,c`: the ids live in the query, so the link is the comparison.
    Compare,
    /// `advisor?experience=…`: the answers live in the query.
    Advisor,
    /// `score?cost=4&…`: weights and limits live in the query.
    Score,
    /// `lists`, and `lists?share=…` for a list someone shared (read-only).
    Lists,
    NotFound,
}

impl Route {
    /// Reads a path with the base already removed: `/`, `/cert/aws-aif-c01`, …
    /// A trailing slash is tolerated; anything unknown is `NotFound`, never an error.
    pub fn parse(path: &str) -> Route {
        let trimmed = path.trim_matches('/');
        let segments: Vec<&str> = if trimmed.is_empty() {
            Vec::new()
        } else {
            trimmed.split('/').collect()
        };
        match segments.as_slice() {
            [] | ["index.html"] => Route::Catalog,
            ["cert", id] => Route::Detail(decode_component(id).text),
            ["compare"] => Route::Compare,
            ["advisor"] => Route::Advisor,
            ["score"] => Route::Score,
            ["lists"] => Route::Lists,
            _ => Route::NotFound,
        }
    }

    /// The path this route is served at, relative to the base and without a leading slash.
    pub fn path(&self) -> String {
        match self {
            Route::Catalog | Route::NotFound => String::new(),
            Route::Detail(id) => format!("cert/{}", encode_component(id)),
            Route::Compare => "compare".to_owned(),
            Route::Advisor => "advisor".to_owned(),
            Route::Score => "score".to_owned(),
            Route::Lists => "lists".to_owned(),
        }
    }
}

/// Removes the router base from a browser path: `("/certscope/cert/x", "/certscope")` →
/// `/cert/x`. A path outside the base reads as the root of the app.
pub fn strip_base<'a>(path: &'a str, base: &str) -> &'a str {
    match path.strip_prefix(base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => path,
    }
}

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
    fn paths_name_pages() {
        assert_eq!(Route::parse("/"), Route::Catalog);
        assert_eq!(Route::parse(""), Route::Catalog);
        assert_eq!(Route::parse("/index.html"), Route::Catalog);
        assert_eq!(
            Route::parse("/cert/aws-aif-c01"),
            Route::Detail("aws-aif-c01".into())
        );
        assert_eq!(
            Route::parse("/cert/aws-aif-c01/"),
            Route::Detail("aws-aif-c01".into())
        );
        assert_eq!(Route::parse("/cert"), Route::NotFound);
        assert_eq!(Route::parse("/cert/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/no/such/page"), Route::NotFound);
    }

    #[test]
    fn base_is_stripped_only_at_a_segment_boundary() {
        assert_eq!(strip_base("/certscope/cert/x", "/certscope"), "/cert/x");
        assert_eq!(strip_base("/certscope", "/certscope"), "");
        assert_eq!(strip_base("/certscopex/a", "/certscope"), "/certscopex/a");
        assert_eq!(strip_base("/cert/x", ""), "/cert/x");
    }

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
            let _ = Route::parse(&raw);
        }

        #[test]
        fn detail_routes_round_trip(id in "[a-z0-9][a-z0-9-]{0,30}") {
            let route = Route::Detail(id);
            prop_assert_eq!(Route::parse(&format!("/{}", route.path())), route);
        }
    }
}

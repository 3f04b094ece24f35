//! `json` never panics, and reads and writes JSON as serde_json does (the oracle here).
#![cfg(not(target_arch = "wasm32"))]

use certscope::json::{self, Value};
use proptest::prelude::*;
use serde_json::Value as Serde;

/// The same tree in `json`'s terms. serde_json's integers become the `f64` nearest to them,
/// which is what reading their digits gives.
fn ours(value: &Serde) -> Value {
    match value {
        Serde::Null => Value::Null,
        Serde::Bool(b) => Value::Bool(*b),
        Serde::Number(n) => Value::Number(n.as_f64().unwrap()),
        Serde::String(s) => Value::String(s.clone()),
        Serde::Array(items) => Value::Array(items.iter().map(ours).collect()),
        Serde::Object(members) => {
            Value::Object(members.iter().map(|(k, v)| (k.clone(), ours(v))).collect())
        }
    }
}

/// `value` as serde_json's map holds objects: keys sorted, a repeated key's last value only.
fn as_serde_holds_it(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(as_serde_holds_it).collect()),
        Value::Object(members) => {
            let mut map = std::collections::BTreeMap::new();
            for (key, value) in members {
                map.insert(key.clone(), as_serde_holds_it(value));
            }
            Value::Object(map.into_iter().collect())
        }
        other => other.clone(),
    }
}

fn written(value: &Value) -> String {
    let mut out = String::new();
    json::write_value(&mut out, value);
    out
}

/// Equal trees, except that numbers need only be close: serde_json (without its
/// `float_roundtrip` feature) may miss the nearest `f64` by an ulp or so on long or
/// far-out numbers.
fn nearly_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || (x - y).abs() <= x.abs().max(y.abs()) * 1e-14 || x.abs().max(y.abs()) < 1e-300
        }
        (Value::Array(xs), Value::Array(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| nearly_equal(x, y))
        }
        (Value::Object(xs), Value::Object(ys)) => {
            xs.len() == ys.len()
                && xs
                    .iter()
                    .zip(ys)
                    .all(|((kx, x), (ky, y))| kx == ky && nearly_equal(x, y))
        }
        _ => a == b,
    }
}

/// Text with what JSON must escape and what often breaks readers and writers.
fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '"', '\\', '/', '\n', '\r', '\t', '\u{0}', '\u{8}', '\u{c}', '\u{1f}', '\u{7f}',
        '\u{2028}', '\u{feff}', '\u{ffff}', 'é', '😀', 'u',
    ]);
    prop::collection::vec(prop_oneof![2 => any::<char>(), 1 => special], 0..10)
        .prop_map(String::from_iter)
}

/// Every number serde_json holds: any i64, any u64, any finite f64.
fn any_number() -> BoxedStrategy<Serde> {
    prop_oneof![
        any::<i64>().prop_map(Serde::from),
        any::<u64>().prop_map(Serde::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Serde::from),
    ]
    .boxed()
}

/// Numbers serde_json's default float parser reads exactly: whole numbers up to 2^53 and
/// decimals with few digits and a small exponent.
fn short_number() -> BoxedStrategy<Serde> {
    prop_oneof![
        (-(1i64 << 53)..=1i64 << 53).prop_map(Serde::from),
        (-999_999i64..=999_999, -15i32..=15)
            .prop_map(|(m, e)| Serde::from(format!("{m}e{e}").parse::<f64>().unwrap())),
    ]
    .boxed()
}

fn tree(numbers: BoxedStrategy<Serde>) -> impl Strategy<Value = Serde> {
    let leaf = prop_oneof![
        Just(Serde::Null),
        any::<bool>().prop_map(Serde::Bool),
        numbers,
        text().prop_map(Serde::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Serde::Array),
            prop::collection::vec((text(), inner), 0..6)
                .prop_map(|members| Serde::Object(members.into_iter().collect())),
        ]
    })
}

/// Strings mostly made of JSON's own characters, so the parser gets deep before it fails.
fn json_like() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "[", "]", "{", "}", ",", ":", "\"", "\\", "\\u", "\\uD83D", "\\uDE00", "\"a\"", "0", "1",
        "-", ".", "e", "E", "+", "9", "true", "false", "null", "tru", " ", "\n", "\t", "\u{0}",
        "é", "😀", "x",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

/// `text` with one character inserted at or the text cut at `at`.
fn damaged(text: &str, at: prop::sample::Index, insert: Option<char>) -> String {
    let cut = text
        .char_indices()
        .map(|(i, _)| i)
        .nth(at.index(text.chars().count().max(1)))
        .unwrap_or(text.len());
    match insert {
        Some(c) => format!("{}{c}{}", &text[..cut], &text[cut..]),
        None => text[..cut].to_owned(),
    }
}

/// An error says where, within the text or just after its end.
fn check_error(text: &str, error: &str) -> Result<(), TestCaseError> {
    let at = error
        .rsplit_once(" at character ")
        .and_then(|(_, n)| n.parse::<usize>().ok());
    prop_assert!(
        matches!(at, Some(n) if n >= 1 && n <= text.chars().count() + 1),
        "{:?} → {}",
        text,
        error
    );
    Ok(())
}

proptest! {
    #[test]
    fn never_panics_on_any_text(text in ".{0,300}") {
        if let Err(e) = json::parse(&text) {
            check_error(&text, &e)?;
        }
    }

    #[test]
    fn accepts_what_serde_accepts_on_json_like_text(text in json_like()) {
        let serde = serde_json::from_str::<Serde>(&text);
        let parsed = json::parse(&text);
        match (&serde, &parsed) {
            (Ok(s), Ok(p)) => prop_assert!(
                nearly_equal(&ours(s), &as_serde_holds_it(p)), "{:?}: {:?} vs {:?}", text, s, p
            ),
            (Err(_), Err(e)) => check_error(&text, e)?,
            _ => prop_assert!(false, "{:?}: serde {:?}, ours {:?}", text, serde, parsed),
        }
    }

    #[test]
    fn damaged_json_is_refused_or_read_like_serde(
        value in tree(any_number()),
        at in any::<prop::sample::Index>(),
        insert in proptest::option::of(prop_oneof![
            prop::sample::select(vec!['[', ']', '{', '}', ',', ':', '"', '\\', '0', '-', 'e', '.', ' ']),
            any::<char>(),
        ]),
    ) {
        let text = damaged(&serde_json::to_string(&value).unwrap(), at, insert);
        let serde = serde_json::from_str::<Serde>(&text);
        let parsed = json::parse(&text);
        match (&serde, &parsed) {
            (Ok(s), Ok(p)) => prop_assert!(nearly_equal(&ours(s), &as_serde_holds_it(p)), "{:?}", text),
            (Err(_), Err(e)) => check_error(&text, e)?,
            _ => prop_assert!(false, "{:?}: serde {:?}, ours {:?}", text, serde, parsed),
        }
    }

    #[test]
    fn reads_serde_text_as_the_same_tree(value in tree(any_number())) {
        let want = ours(&value);
        prop_assert_eq!(json::parse(&serde_json::to_string(&value).unwrap()), Ok(want.clone()));
        prop_assert_eq!(json::parse(&serde_json::to_string_pretty(&value).unwrap()), Ok(want));
    }

    #[test]
    fn serde_reads_our_text_as_the_same_tree(value in tree(short_number())) {
        let want = ours(&value);
        let back: Serde = serde_json::from_str(&written(&want)).unwrap();
        prop_assert_eq!(ours(&back), want);
    }

    #[test]
    fn our_text_reads_back_exactly(value in tree(any_number())) {
        let want = ours(&value);
        prop_assert_eq!(json::parse(&written(&want)), Ok(want));
    }
}

//! A small JSON reader and writer for the shortlists (`lists.rs`). serde_json and the serde
//! derives are generic code instantiated per type: for the lists format they measured 22 KB
//! brotli in a Wasm module of their own, this module with the lists codec 7 KB.
//!
//! Reading follows RFC 8259 strictly: only the four JSON whitespace characters, no comments,
//! no trailing commas, no leading zeros, no text after the value, no byte-order mark. Where the
//! RFC leaves a choice:
//! - an escaped surrogate that is not half of a pair (`"\uD800"`) is an error, as in
//!   serde_json: silently turning it into U+FFFD would change the text on the next save;
//! - a repeated key is kept in the tree and [`Value::get`] returns the last one, as
//!   JavaScript's `JSON.parse` does;
//! - a number too large for an `f64` is an error, as in serde_json;
//! - arrays and objects nest at most [`MAX_DEPTH`] deep, so hostile input cannot overflow
//!   the stack.
//!
//! Numbers are `f64`. Plain integers of up to 15 digits, the only numbers the lists format
//! has, are computed here. Any other number is converted by Rust's `str::parse` natively and
//! by the browser's `parseFloat` in the Wasm: core's correctly rounded parser (its table of
//! powers of five and the code around it) measured 15 KB brotli in a Wasm module of its own,
//! twice this module with the lists codec on top. Both round correctly, and the literal is
//! checked against the JSON grammar before either sees it.

use std::fmt::Write as _;

/// How deep arrays and objects may nest; the lists format needs 5.
pub const MAX_DEPTH: usize = 64;

/// Whole numbers read from text are exact up to this one (2^53 − 1, JavaScript's
/// `Number.MAX_SAFE_INTEGER`); above it neighbouring integers share one `f64`.
pub const MAX_EXACT_INTEGER: u64 = (1 << 53) - 1;

/// A parsed JSON value. Object members keep their order, repeats included.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member named `key` of an object (the last one if the key is repeated); `None` for
    /// a missing key or when this is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        let members = self.as_object()?;
        members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to [`MAX_EXACT_INTEGER`]. Larger ones are refused rather than
    /// rounded: the text may have said a neighbouring integer.
    pub fn as_u64(&self) -> Option<u64> {
        let Value::Number(n) = *self else {
            return None;
        };
        if !(0.0..=MAX_EXACT_INTEGER as f64).contains(&n) {
            return None;
        }
        let whole = n as u64;
        (whole as f64 == n).then_some(whole)
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    /// What kind of value this is, for error messages ("… should be a string, not null").
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Parses one JSON value, with optional whitespace around it. Errors say what was wrong and
/// where, counting characters from 1: "expected ',' or ']' but found '}' at character 12".
pub fn parse(text: &str) -> Result<Value, String> {
    let mut parser = Parser { text, pos: 0 };
    parser.skip_whitespace();
    let value = parser.value(1)?;
    parser.skip_whitespace();
    if parser.pos < text.len() {
        return Err(parser.expected("the end of the text"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    /// A byte offset into `text`, always on a character boundary: it only moves past ASCII
    /// bytes or past whole runs of string content that end before an ASCII byte.
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Eats a run of ASCII digits; whether there was at least one.
    fn digits(&mut self) -> bool {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos > start
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// `what` at the current position, as a person counts: the first character is 1.
    fn error(&self, what: &str) -> String {
        let before = self.text.as_bytes().get(..self.pos).unwrap_or_default();
        // Counting the bytes that start a character counts characters.
        let chars = before.iter().filter(|&&b| (b as i8) >= -0x40).count();
        format!("{what} at character {}", chars + 1)
    }

    /// "expected `what` but found …" about the character at the current position.
    fn expected(&self, what: &str) -> String {
        match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            None => self.error("unexpected end of text"),
            Some(c) => self.error(&format!("expected {what} but found {}", show(c))),
        }
    }

    /// A value whose arrays and objects would be at nesting level `depth` (1 at the top).
    fn value(&mut self, depth: usize) -> Result<Value, String> {
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            _ => Err(self.expected("a value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, String> {
        for byte in word.bytes() {
            if !self.eat(byte) {
                return Err(self.expected(&format!("'{word}'")));
            }
        }
        Ok(value)
    }

    fn enter(&self, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(self.error(&format!(
                "arrays and objects nested more than {MAX_DEPTH} deep"
            )));
        }
        Ok(())
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.enter(depth)?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(depth + 1)?);
            self.skip_whitespace();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.expected("',' or ']'"));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.enter(depth)?;
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.eat(b'}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.expected("a key in double quotes"));
            }
            let key = self.string()?;
            self.skip_whitespace();
            if !self.eat(b':') {
                return Err(self.expected("':'"));
            }
            self.skip_whitespace();
            members.push((key, self.value(depth + 1)?));
            self.skip_whitespace();
            if self.eat(b'}') {
                return Ok(Value::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.expected("',' or '}'"));
            }
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The run stops before an ASCII byte or at the end, so both ends are boundaries.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("unexpected end of text inside a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape()?),
                Some(b) => {
                    return Err(self.error(&format!(
                        "control character U+{b:04X} in a string (it must be written as an escape)"
                    )))
                }
            }
        }
    }

    /// An escape, from its backslash.
    fn escape(&mut self) -> Result<char, String> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape(start);
            }
            _ => return Err(self.expected("one of \" \\ / b f n r t u after a backslash")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// The rest of a `\uXXXX` escape that began at `start`; a high surrogate must be followed
    /// by an escaped low one, and the pair is one character.
    fn unicode_escape(&mut self, start: usize) -> Result<char, String> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF if self.text.as_bytes().get(self.pos..self.pos + 2) == Some(b"\\u") => {
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.unpaired(start, first));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xD800..=0xDFFF => return Err(self.unpaired(start, first)),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.unpaired(start, first))
    }

    fn unpaired(&mut self, start: usize, code: u32) -> String {
        self.pos = start;
        self.error(&format!(
            "\\u{code:04X} is half of a surrogate pair without the other half"
        ))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut code = 0;
        for _ in 0..4 {
            let Some(digit) = self.peek().and_then(|b| char::from(b).to_digit(16)) else {
                return Err(self.expected("four hex digits after \\u"));
            };
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// A number, checked against the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)?
    /// ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<f64, String> {
        let start = self.pos;
        let negative = self.eat(b'-');
        if self.eat(b'0') {
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a number cannot start with 0"));
            }
        } else if !self.digits() {
            return Err(self.expected("a digit"));
        }
        let integer_end = self.pos;
        if self.eat(b'.') && !self.digits() {
            return Err(self.expected("a digit after the decimal point"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !self.digits() {
                return Err(self.expected("a digit in the exponent"));
            }
        }
        let literal = self.text.get(start..self.pos).unwrap_or_default();
        let digits = literal.get(usize::from(negative)..).unwrap_or_default();
        let value = if self.pos == integer_end && digits.len() <= 15 {
            // Below 10^15 every integer, and so every partial sum here, is an exact f64.
            let n = digits
                .bytes()
                .fold(0.0, |n, d| n * 10.0 + f64::from(d - b'0'));
            if negative {
                -n
            } else {
                n
            }
        } else {
            decimal_to_f64(literal)
        };
        if !value.is_finite() {
            self.pos = start;
            return Err(self.error("number too large"));
        }
        Ok(value)
    }
}

/// A character for an error message: printable ones quoted, controls by code point.
fn show(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("'{c}'")
    }
}

/// A literal that already matched the JSON number grammar, correctly rounded.
#[cfg(not(target_arch = "wasm32"))]
fn decimal_to_f64(literal: &str) -> f64 {
    literal.parse().unwrap_or(f64::NAN)
}

/// A literal that already matched the JSON number grammar, correctly rounded by the browser
/// (see the module comment for why not by Rust here).
#[cfg(target_arch = "wasm32")]
fn decimal_to_f64(literal: &str) -> f64 {
    js_sys::parse_float(literal)
}

/// Writes `s` as a JSON string: `"` and `\` escaped, control characters as `\n`-style or
/// `\u00XX` escapes (serde_json's choices, so the output is byte for byte what it wrote);
/// everything else as is.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => {
                let code = u32::from(c);
                out.push_str("\\u00");
                out.extend(char::from_digit(code >> 4, 16));
                out.extend(char::from_digit(code & 0xf, 16));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

/// Writes `[…]`, each item by `each`.
pub fn write_array<T>(out: &mut String, items: &[T], mut each: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

/// Writes an object member by member: `ObjectWriter::new(out)`, then `string`, `uint` or
/// `key` followed by writing the value, then `end`.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, empty: true }
    }

    /// Starts a member; its value is to be written into what this returns.
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_string(self.out, key);
        self.out.push(':');
        self.out
    }

    pub fn string(&mut self, key: &str, value: &str) {
        write_string(self.key(key), value);
    }

    pub fn uint(&mut self, key: &str, value: u64) {
        let _ = write!(self.key(key), "{value}");
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

/// Writes any value. A number that is not a whole number up to [`MAX_EXACT_INTEGER`] is
/// written in Rust's shortest exponent form (`1.5e-7`), which reads back exactly; that
/// formatting code is only linked into the Wasm if something calls this with such a number
/// (the lists never do). NaN and infinities, which JSON cannot hold, are written as `null`,
/// as `JSON.stringify` does.
pub fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let whole = *n as i64;
            if !n.is_finite() {
                out.push_str("null");
            } else if n.abs() <= MAX_EXACT_INTEGER as f64 && whole as f64 == *n {
                let _ = write!(out, "{whole}");
            } else {
                let _ = write!(out, "{n:e}");
            }
        }
        Value::String(s) => write_string(out, s),
        Value::Array(items) => write_array(out, items, write_value),
        Value::Object(members) => {
            let mut object = ObjectWriter::new(out);
            for (key, value) in members {
                write_value(object.key(key), value);
            }
            object.end();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &Value) -> String {
        let mut out = String::new();
        write_value(&mut out, value);
        out
    }

    fn error(text: &str) -> String {
        parse(text).expect_err(text)
    }

    #[test]
    fn reads_every_kind_of_value_with_whitespace_around() {
        let value = parse(" {\"a\" : [1, -2.5, true, false, null, \"x\", {}, []]}\r\n\t").unwrap();
        assert_eq!(
            value,
            Value::Object(vec![(
                "a".into(),
                Value::Array(vec![
                    Value::Number(1.0),
                    Value::Number(-2.5),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                    Value::String("x".into()),
                    Value::Object(vec![]),
                    Value::Array(vec![]),
                ])
            )])
        );
    }

    #[test]
    fn escapes_and_surrogate_pairs() {
        let s =
            parse(r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\uD83D\uDE00\ud83d\ude00\u0000""#).unwrap();
        assert_eq!(s.as_str(), Some("\"\\/\u{8}\u{c}\n\r\t\u{41}é€😀😀\0"));
        assert_eq!(parse("\"é😀 ok\"").unwrap().as_str(), Some("é😀 ok"));
    }

    #[test]
    fn unpaired_surrogates_are_errors() {
        for text in [
            r#""\uD800""#,
            r#""\uDC00""#,
            r#""\uD800\u0041""#,
            r#""\uD800x""#,
            r#""\uDBFF\uDBFF""#,
        ] {
            assert_eq!(
                error(text),
                format!(
                    "\\u{} is half of a surrogate pair without the other half at character 2",
                    text.get(3..7).unwrap().to_uppercase()
                ),
                "{text}"
            );
        }
        assert_eq!(
            error(r#"["é", "\uDE00"]"#),
            "\\uDE00 is half of a surrogate pair without the other half at character 8"
        );
    }

    #[test]
    fn bad_escapes_and_raw_control_characters() {
        assert_eq!(
            error(r#""a\qb""#),
            "expected one of \" \\ / b f n r t u after a backslash but found 'q' at character 4"
        );
        assert_eq!(
            error(r#""\u12G4""#),
            "expected four hex digits after \\u but found 'G' at character 6"
        );
        assert_eq!(
            error("\"a\nb\""),
            "control character U+000A in a string (it must be written as an escape) at character 3"
        );
        assert_eq!(
            error("\"abc"),
            "unexpected end of text inside a string at character 5"
        );
        assert_eq!(error("\"abc\\"), "unexpected end of text at character 6");
    }

    #[test]
    fn numbers() {
        for (text, want) in [
            ("0", 0.0),
            ("-0", -0.0),
            ("123", 123.0),
            ("-123", -123.0),
            ("999999999999999", 999_999_999_999_999.0),
            ("9007199254740993", 9_007_199_254_740_992.0),
            ("18446744073709551615", 18_446_744_073_709_551_615.0),
            ("1.5", 1.5),
            ("-0.25", -0.25),
            ("1e3", 1000.0),
            ("1E+3", 1000.0),
            ("25e-1", 2.5),
            ("0.1", 0.1),
            ("1.7976931348623157e308", f64::MAX),
            ("5e-324", 5e-324),
            ("1e-400", 0.0),
        ] {
            assert_eq!(parse(text), Ok(Value::Number(want)), "{text}");
        }
        assert!(matches!(parse("-0"), Ok(Value::Number(n)) if n.is_sign_negative()));
        assert_eq!(error("1e400"), "number too large at character 1");
        assert_eq!(error("[-1e400]"), "number too large at character 2");
        assert_eq!(error("01"), "a number cannot start with 0 at character 2");
        assert_eq!(error("-01"), "a number cannot start with 0 at character 3");
        assert_eq!(error("1."), "unexpected end of text at character 3");
        assert_eq!(
            error("1.e5"),
            "expected a digit after the decimal point but found 'e' at character 3"
        );
        assert_eq!(error("1e+"), "unexpected end of text at character 4");
        assert_eq!(error("-"), "unexpected end of text at character 2");
        assert_eq!(error("-x"), "expected a digit but found 'x' at character 2");
        assert_eq!(error(".5"), "expected a value but found '.' at character 1");
        assert_eq!(error("+1"), "expected a value but found '+' at character 1");
        assert_eq!(
            error("0x10"),
            "expected the end of the text but found 'x' at character 2"
        );
    }

    #[test]
    fn whole_numbers() {
        let n = |x: f64| Value::Number(x).as_u64();
        assert_eq!(n(0.0), Some(0));
        assert_eq!(n(-0.0), Some(0));
        assert_eq!(n(7.0), Some(7));
        assert_eq!(n(MAX_EXACT_INTEGER as f64), Some(MAX_EXACT_INTEGER));
        assert_eq!(n(MAX_EXACT_INTEGER as f64 + 1.0), None);
        assert_eq!(n(-1.0), None);
        assert_eq!(n(1.5), None);
        assert_eq!(n(f64::NAN), None);
        assert_eq!(n(f64::INFINITY), None);
        assert_eq!(Value::String("1".into()).as_u64(), None);
    }

    #[test]
    fn nesting_is_limited() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(
            error(&nested(MAX_DEPTH + 1)),
            "arrays and objects nested more than 64 deep at character 65"
        );
        let objects = |n: usize| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
        assert!(parse(&objects(MAX_DEPTH)).is_ok());
        assert!(error(&objects(MAX_DEPTH + 1)).contains("nested more than 64 deep"));
        // Far deeper than any stack would take unlimited.
        assert!(error(&"[".repeat(1_000_000)).contains("nested more than 64 deep"));
        assert!(error(&"{\"a\":".repeat(1_000_000)).contains("nested more than 64 deep"));
    }

    #[test]
    fn whole_text_must_be_one_value() {
        assert_eq!(error(""), "unexpected end of text at character 1");
        assert_eq!(error("   "), "unexpected end of text at character 4");
        assert_eq!(
            error("1 2"),
            "expected the end of the text but found '2' at character 3"
        );
        assert_eq!(
            error("{} x"),
            "expected the end of the text but found 'x' at character 4"
        );
        assert_eq!(
            error("[]]"),
            "expected the end of the text but found ']' at character 3"
        );
        assert_eq!(
            error("\u{feff}{}"),
            "expected a value but found '\u{feff}' at character 1"
        );
        assert_eq!(
            error("{}\u{0}"),
            "expected the end of the text but found U+0000 at character 3"
        );
    }

    #[test]
    fn errors_say_what_and_where() {
        assert_eq!(error("[1, 2"), "unexpected end of text at character 6");
        assert_eq!(
            error("[1 2]"),
            "expected ',' or ']' but found '2' at character 4"
        );
        assert_eq!(
            error("[1,]"),
            "expected a value but found ']' at character 4"
        );
        assert_eq!(
            error(r#"{"a" 1}"#),
            "expected ':' but found '1' at character 6"
        );
        assert_eq!(
            error(r#"{"a":1,}"#),
            "expected a key in double quotes but found '}' at character 8"
        );
        assert_eq!(
            error(r#"{"a":1 "b":2}"#),
            "expected ',' or '}' but found '\"' at character 8"
        );
        assert_eq!(
            error("{a:1}"),
            "expected a key in double quotes but found 'a' at character 2"
        );
        assert_eq!(error("tru"), "unexpected end of text at character 4");
        assert_eq!(
            error("nul!"),
            "expected 'null' but found '!' at character 4"
        );
        assert_eq!(
            error("True"),
            "expected a value but found 'T' at character 1"
        );
        // Characters, not bytes: "é" and "😀" count one each.
        assert_eq!(
            error("[\"é😀\", x]"),
            "expected a value but found 'x' at character 8"
        );
        assert_eq!(
            error("[é]"),
            "expected a value but found 'é' at character 2"
        );
    }

    #[test]
    fn repeated_keys_read_as_the_last_one() {
        let value = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(value.get("a"), Some(&Value::Number(3.0)));
        assert_eq!(value.get("b"), Some(&Value::Number(2.0)));
        assert_eq!(value.get("c"), None);
        assert_eq!(value.as_object().map(<[_]>::len), Some(3));
        assert_eq!(Value::Array(vec![]).get("a"), None);
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let all: String = (0..=0x7f_u8)
            .map(char::from)
            .chain("é€😀\u{2028}\u{ffff}".chars())
            .collect();
        let mut out = String::new();
        write_string(&mut out, &all);
        assert_eq!(out, serde_json::to_string(&all).unwrap());
        assert_eq!(parse(&out).unwrap().as_str(), Some(all.as_str()));
        // `<` is not escaped: the text never goes into HTML.
        let mut out = String::new();
        write_string(&mut out, "</script>");
        assert_eq!(out, "\"</script>\"");
    }

    #[test]
    fn writes_values() {
        let value = parse(r#"{"a":[1,-2,0.5,1e300,-1.5e-7,true,null,"\n"],"b":{}}"#).unwrap();
        let written = text(&value);
        assert_eq!(
            written,
            r#"{"a":[1,-2,5e-1,1e300,-1.5e-7,true,null,"\n"],"b":{}}"#
        );
        assert_eq!(parse(&written), Ok(value));
        assert_eq!(text(&Value::Number(f64::NAN)), "null");
        assert_eq!(text(&Value::Number(f64::NEG_INFINITY)), "null");
        assert_eq!(
            text(&Value::Number(9_007_199_254_740_992.0)),
            "9.007199254740992e15"
        );
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.uint("n", u64::MAX);
        object.string("s", "\"");
        write_array(object.key("a"), &[1_u8, 2], |out, n| {
            out.push_str(&n.to_string())
        });
        object.end();
        assert_eq!(out, r#"{"n":18446744073709551615,"s":"\"","a":[1,2]}"#);
    }
}

//! The score page's address: `score?cost=5&depth=4&focus=genai,mlops&budget=500`. Every
//! parameter is optional; only values that differ from the default are written, in a fixed
//! order, so a shared link is short and reads back the same. Reading never fails: as in the
//! catalog's query (`find/query.rs`), an out-of-range number is clamped, anything else that
//! cannot be used is ignored, and each is said in `problems`. [`update`] is what a form control
//! on the page does to the profile.

use super::pairwise::Answers;
use super::{method_changes_since, Criterion, Experience, Profile, MAX_WEIGHT, METHOD};
use crate::catalog::{Focus, Level};
use crate::find::{list, shorten, MAX_COST_DOLLARS};
use crate::route::Query;

/// Highest study-hours limit accepted.
pub const MAX_HOURS: u64 = 10_000;

impl Profile {
    /// Reads a `score?…` query.
    pub fn parse(query: &Query) -> (Profile, Vec<String>) {
        let mut p = Profile::default();
        let mut problems = Vec::new();
        // Links from before the method had versions name none: they were made with version 1.
        let mut method = 1;
        if query.malformed {
            problems.push("Part of the address was not validly encoded and was ignored.".into());
        }
        for (key, value) in &query.pairs {
            let key = key.as_str();
            if let Some(i) = Criterion::ALL.iter().position(|c| c.id() == key) {
                let what = weight_name(Criterion::ALL[i]);
                if let Some(w) = number(value, u64::from(MAX_WEIGHT), &what, &mut problems) {
                    p.weights[i] = w as u8;
                }
                continue;
            }
            match key {
                "focus" => p.focus = list(value, "focus area", &mut problems, Focus::from_id),
                "levels" => p.levels = list(value, "level", &mut problems, Level::from_id),
                "experience" => match Experience::from_id(value.trim()) {
                    Some(e) => p.experience = e,
                    None => problems.push(format!(
                        "Ignored the experience “{}”: use none, some or strong.",
                        shorten(value)
                    )),
                },
                "budget" => {
                    if let Some(v) = limit(value, MAX_COST_DOLLARS, "the budget", &mut problems) {
                        p.max_cost_dollars = v;
                    }
                }
                "hours" => {
                    if let Some(v) = limit(value, MAX_HOURS, "the study hours", &mut problems) {
                        p.max_hours = v.map(|h| h as u32);
                    }
                }
                "active" | "online" => match value.trim() {
                    "0" | "1" => {
                        let on = value.trim() == "1";
                        if key == "active" {
                            p.active_only = on;
                        } else {
                            p.online_only = on;
                        }
                    }
                    _ => problems.push(format!(
                        "Ignored {key} “{}”: use 1 for yes or 0 for no.",
                        shorten(value)
                    )),
                },
                "pairwise" => p.pairwise = Some(Answers::parse(value, &mut problems)),
                "method" => match value.trim().parse::<u8>() {
                    Ok(v) if (1..=METHOD).contains(&v) => method = v,
                    Ok(v) if v > METHOD => {
                        method = METHOD;
                        problems.push(format!(
                            "This link names version {v} of the scoring method, newer than this page's version {METHOD}; it is shown with version {METHOD}."
                        ));
                    }
                    _ => problems.push(format!("Ignored the method version “{}”.", shorten(value))),
                },
                other => problems.push(format!(
                    "Ignored the unknown parameter “{}”.",
                    shorten(other)
                )),
            }
        }
        // One profile, one address: lists in catalog order and without repeats, as the
        // controls write them (so `levels=expert,foundational` still marks its preset).
        p.focus = in_order(&Focus::ALL, &p.focus);
        p.levels = in_order(&Level::ALL, &p.levels);
        let says_something = query.pairs.iter().any(|(key, _)| key != "method");
        if says_something && method < METHOD {
            problems.push(format!(
                "This link was made with version {method} of the scoring method; this page uses version {METHOD}. {}",
                method_changes_since(method)
            ));
        }
        (p, problems)
    }

    /// The URL pairs, in a fixed order, defaults left out: what [`Profile::parse`] reads back.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let default = Profile::default();
        let mut pairs: Vec<(&'static str, String)> = Criterion::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| self.weights[*i] != default.weights[*i])
            .map(|(i, c)| (c.id(), self.weights[i].to_string()))
            .collect();
        if !self.focus.is_empty() {
            let ids: Vec<&str> = self.focus.iter().map(|f| f.id()).collect();
            pairs.push(("focus", ids.join(",")));
        }
        if self.experience != default.experience {
            pairs.push(("experience", self.experience.id().to_owned()));
        }
        if let Some(dollars) = self.max_cost_dollars {
            pairs.push(("budget", dollars.to_string()));
        }
        if let Some(hours) = self.max_hours {
            pairs.push(("hours", hours.to_string()));
        }
        if !self.levels.is_empty() {
            let ids: Vec<&str> = self.levels.iter().map(|l| l.id()).collect();
            pairs.push(("levels", ids.join(",")));
        }
        if self.active_only != default.active_only {
            pairs.push(("active", bit(self.active_only)));
        }
        if self.online_only != default.online_only {
            pairs.push(("online", bit(self.online_only)));
        }
        // Any link that says something records the method it was made with.
        if !pairs.is_empty() || self.pairwise.is_some() {
            pairs.push(("method", METHOD.to_string()));
        }
        if let Some(answers) = &self.pairwise {
            pairs.push(("pairwise", answers.to_param()));
        }
        pairs
    }

    /// `?cost=5&focus=genai`, or the empty string for the default profile.
    pub fn to_search(&self) -> String {
        Query::format(&self.to_pairs())
    }
}

/// What a form control on the score page does: `name` is the control's `name` (a parameter
/// name), `value` its value, `checked` whether a checkbox is ticked.
/// - a weight (`cost`, `depth`, … as [`Criterion::id`]): a whole number, clamped to 0–5;
/// - `budget`, `hours`: a whole number, clamped to 0–1,000,000 and 0–10,000; empty removes the
///   limit;
/// - `focus`, `levels`: `value` is the id ticked (`checked`) or unticked; lists stay in the
///   catalog's order, without duplicates;
/// - `experience`: `value` is the id (`checked` is not read: a radio only reports being chosen);
/// - `active`, `online`: `checked` says yes or no (`value` is not read).
///
/// Anything else (an unknown name, a value that is not a number or a known id) changes nothing.
pub fn update(p: &Profile, name: &str, value: &str, checked: bool) -> Profile {
    let mut next = p.clone();
    let mut ignored = Vec::new();
    if let Some(i) = Criterion::ALL.iter().position(|c| c.id() == name) {
        if let Some(w) = number(value, u64::from(MAX_WEIGHT), "", &mut ignored) {
            next.weights[i] = w as u8;
        }
        return next;
    }
    match name {
        "focus" => {
            if let Some(f) = Focus::from_id(value) {
                next.focus = toggled(&Focus::ALL, &p.focus, f, checked);
            }
        }
        "levels" => {
            if let Some(l) = Level::from_id(value) {
                next.levels = toggled(&Level::ALL, &p.levels, l, checked);
            }
        }
        "experience" => {
            if let Some(e) = Experience::from_id(value) {
                next.experience = e;
            }
        }
        "budget" => {
            if let Some(v) = limit(value, MAX_COST_DOLLARS, "", &mut ignored) {
                next.max_cost_dollars = v;
            }
        }
        "hours" => {
            if let Some(v) = limit(value, MAX_HOURS, "", &mut ignored) {
                next.max_hours = v.map(|h| h as u32);
            }
        }
        "active" => next.active_only = checked,
        "online" => next.online_only = checked,
        _ => {}
    }
    next
}

/// "the weight of curriculum depth".
fn weight_name(c: Criterion) -> String {
    format!("the weight of {}", c.label().to_ascii_lowercase())
}

fn bit(on: bool) -> String {
    (if on { "1" } else { "0" }).to_owned()
}

/// `all` in order, keeping what `current` holds and `item` as `on` says.
/// The items of `current` in the order of `all`, each once.
fn in_order<T: Copy + PartialEq>(all: &[T], current: &[T]) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|x| current.contains(x))
        .collect()
}

fn toggled<T: Copy + PartialEq>(all: &[T], current: &[T], item: T, on: bool) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|x| if *x == item { on } else { current.contains(x) })
        .collect()
}

/// An optional limit: `Some(None)` when empty (no limit), else as [`number`].
fn limit(value: &str, max: u64, what: &str, problems: &mut Vec<String>) -> Option<Option<u64>> {
    if value.trim().is_empty() {
        Some(None)
    } else {
        number(value, max, what, problems).map(Some)
    }
}

/// A whole number for `what`, which takes 0–`max`: clamped into that range (and said), or
/// `None` (and said) when it is not a whole number.
fn number(value: &str, max: u64, what: &str, problems: &mut Vec<String>) -> Option<u64> {
    let v = value.trim();
    let (negative, digits) = match v.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, v),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        problems.push(format!(
            "Ignored {what} “{}”: it must be a whole number from 0 to {max}.",
            shorten(value)
        ));
        return None;
    }
    let parsed = digits.parse::<u64>().unwrap_or(u64::MAX);
    let n = if negative { 0 } else { parsed.min(max) };
    if (negative && parsed > 0) || parsed > max {
        problems.push(format!(
            "Used {n} for {what}: “{}” is outside 0 to {max}.",
            shorten(value)
        ));
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(search: &str) -> (Profile, Vec<String>) {
        Profile::parse(&Query::parse(search))
    }

    #[test]
    fn the_default_profile_is_the_bare_address() {
        assert_eq!(Profile::default().to_search(), "");
        assert_eq!(parse(""), (Profile::default(), Vec::new()));
    }

    #[test]
    fn lists_read_in_any_order_or_repeated_are_one_profile() {
        let (a, _) = parse("?levels=associate,foundational,associate&focus=mlops,genai");
        let (b, _) = parse("?levels=foundational,associate&focus=genai,mlops");
        assert_eq!(a, b);
        assert_eq!(a.levels, [Level::Foundational, Level::Associate]);
        assert_eq!(a.to_search(), b.to_search());
    }

    #[test]
    fn reads_every_parameter() {
        let (p, problems) = parse(
            "?cost=5&level_fit=0&focus=genai,mlops&experience=strong&budget=500&hours=80&levels=associate,professional&active=0&online=1&method=2",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(p.weights, [5, 3, 3, 3, 3, 0, 3]);
        assert_eq!(p.focus, [Focus::Genai, Focus::Mlops]);
        assert_eq!(p.experience, Experience::Strong);
        assert_eq!(p.max_cost_dollars, Some(500));
        assert_eq!(p.max_hours, Some(80));
        assert_eq!(p.levels, [Level::Associate, Level::Professional]);
        assert!(!p.active_only && p.online_only);
        assert_eq!(
            p.to_search(),
            "?cost=5&level_fit=0&focus=genai,mlops&experience=strong&budget=500&hours=80&levels=associate,professional&active=0&online=1&method=2"
        );
    }

    #[test]
    fn the_readme_example_reads_cleanly_and_back() {
        let example =
            "?cost=5&time=4&focus=genai&experience=some&budget=500&levels=foundational,associate&method=2";
        let (p, problems) = parse(example);
        assert!(problems.is_empty());
        assert_eq!(p.to_search(), example);
    }

    #[test]
    fn bad_values_are_clamped_or_ignored_and_named() {
        let (p, problems) = parse(
            "?cost=9&depth=-2&time=abc&budget=-5&hours=99999&experience=guru&focus=genai,zzz&active=yes&colour=red&renewal=&method=2",
        );
        assert_eq!(p.weights, [5, 0, 3, 3, 3, 3, 3]);
        assert_eq!(p.max_cost_dollars, Some(0));
        assert_eq!(p.max_hours, Some(10_000));
        assert_eq!(p.experience, Experience::None);
        assert_eq!(p.focus, [Focus::Genai]);
        assert!(p.active_only);
        assert_eq!(
            problems,
            [
                "Used 5 for the weight of cost: “9” is outside 0 to 5.",
                "Used 0 for the weight of curriculum depth: “-2” is outside 0 to 5.",
                "Ignored the weight of time to earn “abc”: it must be a whole number from 0 to 5.",
                "Used 0 for the budget: “-5” is outside 0 to 1000000.",
                "Used 10000 for the study hours: “99999” is outside 0 to 10000.",
                "Ignored the experience “guru”: use none, some or strong.",
                "Ignored the unknown focus area “zzz”.",
                "Ignored active “yes”: use 1 for yes or 0 for no.",
                "Ignored the unknown parameter “colour”.",
                "Ignored the weight of renewal burden “”: it must be a whole number from 0 to 5.",
            ]
        );
        // An empty limit is no limit, silently; a huge number is clamped, not an error.
        let (p, problems) = parse("?budget=&hours=&cost=123456789012345678901234567890&method=2");
        assert_eq!(
            (p.max_cost_dollars, p.max_hours, p.weights[0]),
            (None, None, 5)
        );
        assert_eq!(problems.len(), 1);
        assert!(parse("?cost=%ZZ").1[0].contains("not validly encoded"));
    }

    #[test]
    fn a_link_from_an_older_method_says_so_and_a_newer_one_is_shown_with_this_one() {
        // Made before versions existed: version 1.
        let (p, problems) = parse("?cost=5");
        assert_eq!(p.weights[0], 5);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with(
            "This link was made with version 1 of the scoring method; this page uses version 2. Version 2: The same scores"
        ));
        assert_eq!(parse("?cost=5&method=1").1, problems);
        // What this page writes records its own version, and reads back without a word.
        assert_eq!(p.to_search(), "?cost=5&method=2");
        assert!(parse(&p.to_search()).1.is_empty());
        let (_, newer) = parse("?cost=5&method=9");
        assert_eq!(newer.len(), 1);
        assert!(newer[0].contains("version 9") && newer[0].contains("shown with version 2"));
        assert!(parse("?cost=5&method=x").1[0].contains("Ignored the method version “x”"));
        // A bare address says nothing: there is no link to speak of.
        assert!(parse("").1.is_empty() && parse("?method=1").1.is_empty());
    }

    #[test]
    fn controls_update_the_profile() {
        let p = Profile::default();
        assert_eq!(update(&p, "cost", "5", false).weights[0], 5);
        assert_eq!(update(&p, "renewal", "12", false).weights[6], 5);
        assert_eq!(update(&p, "renewal", "-1", false).weights[6], 0);
        assert_eq!(update(&p, "renewal", "x", false), p);
        let p = update(&p, "focus", "mlops", true);
        let p = update(&p, "focus", "genai", true);
        // Catalog order, whatever the click order; ticking twice keeps one.
        assert_eq!(p.focus, [Focus::Genai, Focus::Mlops]);
        assert_eq!(update(&p, "focus", "genai", true).focus, p.focus);
        assert_eq!(update(&p, "focus", "genai", false).focus, [Focus::Mlops]);
        assert_eq!(update(&p, "focus", "nope", true), p);
        let p = update(&p, "levels", "expert", true);
        assert_eq!(p.levels, [Level::Expert]);
        assert_eq!(update(&p, "levels", "expert", false).levels, []);
        assert_eq!(
            update(&p, "experience", "some", true).experience,
            Experience::Some
        );
        let p = update(&p, "budget", "300", false);
        assert_eq!(p.max_cost_dollars, Some(300));
        assert_eq!(update(&p, "budget", "", false).max_cost_dollars, None);
        assert_eq!(update(&p, "budget", "1e3", false), p);
        assert_eq!(update(&p, "hours", "40", false).max_hours, Some(40));
        assert!(!update(&p, "active", "on", false).active_only);
        assert!(update(&p, "online", "on", true).online_only);
        assert_eq!(update(&p, "nonsense", "1", true), p);
    }
}

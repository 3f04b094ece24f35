//! The advisor page: one question at a time with a progress line, Back (answers kept) and
//! Next as links, and the outcome with its reason, a ranked shortlist for certification
//! outcomes, a project idea and the pitfalls to avoid. Its state is the URL.

use crate::advisor::{project_idea, walk, Outcome, PITFALLS};
use crate::catalog::{Catalog, Focus};
use crate::route::{join, Query};
use crate::score::{rank, Profile};
use crate::tree::{el, Element, Node};

/// Focus areas offered for the project idea.
const FOCUS_CHOICES: [(Focus, &str); 5] = [
    (Focus::Genai, "Generative AI and agents"),
    (Focus::CoreMl, "Classic machine learning"),
    (Focus::Mlops, "Deploying and running models"),
    (Focus::ComputerVision, "Computer vision"),
    (Focus::Nlp, "Language and text"),
];

fn href(base: &str, answers: &[(String, String)], at: Option<&str>) -> String {
    let mut pairs: Vec<(&str, String)> = answers
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    if let Some(at) = at {
        pairs.push(("at", at.to_owned()));
    }
    join(base, &format!("advisor{}", Query::format(&pairs)))
}

/// The answers in the URL, in the URL's order, without `at`.
pub fn answers(query: &Query) -> Vec<(String, String)> {
    query
        .pairs
        .iter()
        .filter(|(k, _)| k != "at")
        .take(8)
        .map(|(k, v)| (k.chars().take(20).collect(), v.chars().take(30).collect()))
        .collect()
}

fn with(answers: &[(String, String)], key: &str, value: &str) -> Vec<(String, String)> {
    let mut next: Vec<(String, String)> =
        answers.iter().filter(|(k, _)| k != key).cloned().collect();
    next.push((key.to_owned(), value.to_owned()));
    next
}

fn radios(
    base: &str,
    answers: &[(String, String)],
    key: &str,
    legend: &str,
    options: Vec<(String, String)>,
) -> Element {
    let chosen = answers
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str());
    let mut group = el("fieldset")
        .class("question")
        .child(el("legend").text(legend));
    for (value, label) in options {
        let id = format!("a-{key}-{value}");
        let mut input = el("input")
            .attr("type", "radio")
            .attr("name", key)
            .attr("id", id.as_str())
            .attr("value", value.as_str())
            .attr(
                "data-href",
                href(base, &with(answers, key, &value), Some(key)),
            )
            // Choosing replaces the history entry; Next and Back are the steps.
            .attr("data-replace", "");
        if chosen == Some(value.as_str()) {
            input = input.attr("checked", "");
        }
        group = group.child(
            el("div")
                .class("option")
                .child(input)
                .child(el("label").attr("for", id).text(label)),
        );
    }
    group
}

/// The whole page.
pub fn page(base: &str, catalog: &Catalog, query: &Query) -> Node {
    let answers = answers(query);
    let (asked, outcome) = walk(&answers);
    let at = query
        .get("at")
        .and_then(|k| asked.iter().position(|q| q.key == k));
    let focus_answer = answers
        .iter()
        .find(|(k, _)| k == "focus")
        .map(|(_, v)| v.as_str());
    let mut page = el("div")
        .class("advisor")
        .child(el("h1").text("Should you get certified?"));
    // Steps: the flowchart's two questions, then the focus for a project idea, then the outcome.
    let total = asked.len().max(2) + 2;
    let question_at = match (at, outcome) {
        (Some(i), _) => Some(i),
        (None, None) => Some(asked.len() - 1),
        (None, Some(_)) => None,
    };
    let (step, body) = match (question_at, outcome) {
        (Some(i), _) => {
            let q = asked[i];
            let options = q
                .answers
                .iter()
                .map(|(v, l, _)| (v.to_string(), l.to_string()))
                .collect();
            let answered = answers.iter().any(|(k, _)| k == q.key);
            let mut nav = el("p").class("steps");
            if i > 0 {
                nav = nav
                    .child(back(href(base, &answers, Some(asked[i - 1].key))))
                    .text(" ");
            }
            nav = if answered {
                // To the next question on the path (its answer still ticked), or on from
                // the last one.
                nav.child(next(
                    href(base, &answers, asked.get(i + 1).map(|q| q.key)),
                    "Next",
                ))
            } else {
                nav.child(el("span").class("hint").text("Choose an answer to go on."))
            };
            (
                i + 1,
                el("div")
                    .child(radios(base, &answers, q.key, q.text, options))
                    .child(nav),
            )
        }
        (None, Some(_)) if focus_answer.is_none() || query.get("at") == Some("focus") => {
            let options = FOCUS_CHOICES
                .iter()
                .map(|(f, l)| (f.id().to_owned(), l.to_string()))
                .collect();
            let nav = el("p")
                .class("steps")
                .child(back(href(base, &answers, asked.last().map(|q| q.key))))
                .text(" ")
                .child(next(
                    href(
                        base,
                        &with(&answers, "focus", focus_answer.unwrap_or("any")),
                        None,
                    ),
                    if focus_answer.is_some() {
                        "Next"
                    } else {
                        "Skip"
                    },
                ));
            (
                asked.len() + 1,
                el("div")
                    .child(radios(
                        base,
                        &answers,
                        "focus",
                        "Which area interests you most? (for a project idea)",
                        options,
                    ))
                    .child(nav),
            )
        }
        (None, Some(outcome)) => (
            total,
            result(
                base,
                catalog,
                outcome,
                Focus::from_id(focus_answer.unwrap_or("")),
                &answers,
                asked.last().map(|q| q.key),
            ),
        ),
        (None, None) => (1, el("div")),
    };
    page = page.child(
        el("p")
            .class("progress")
            .text(format!("Step {step} of {total}")),
    );
    let page = page.child(body);
    if answers.is_empty() {
        return page.into();
    }
    page.child(
        el("p").child(
            el("a")
                .attr("href", join(base, "advisor"))
                .attr("data-step", "")
                .text("Start over"),
        ),
    )
    .into()
}

/// The link back one step; `data-step` moves focus to `main` after it (see `ui::router`).
fn back(href: String) -> Element {
    el("a")
        .attr("id", "back")
        .attr("data-step", "")
        .attr("href", href)
        .text("Back")
}

/// The link on to the next step.
fn next(href: String, label: &'static str) -> Element {
    el("a")
        .class("button")
        .attr("id", "next")
        .attr("data-step", "")
        .attr("href", href)
        .text(label)
}

fn result(
    base: &str,
    catalog: &Catalog,
    outcome: Outcome,
    focus: Option<Focus>,
    answers: &[(String, String)],
    last: Option<&str>,
) -> Element {
    let mut out = el("section")
        .class("outcome")
        .attr("aria-labelledby", "outcome")
        .child(el("h2").attr("id", "outcome").text(outcome.title()))
        .child(el("p").text(outcome.reason()));
    if let Some(preset) = outcome.preset() {
        let mut profile = preset.apply(&Profile::default());
        profile.focus = focus.into_iter().collect();
        let ranking = rank(catalog, &profile);
        let top = ranking.ranked.iter().take(5).map(|s| {
            el("li")
                .child(
                    el("a")
                        .attr("href", join(base, &format!("cert/{}", s.cert.id)))
                        .text(s.cert.name.as_str()),
                )
                .text(format!(
                    " — fit {} of 100{}",
                    s.label(),
                    if s.unknowns.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", s.unknowns.names().join(", "))
                    }
                ))
        });
        out = out
            .child(el("h3").text(format!("A shortlist for “{}”", preset.label())))
            .child(el("ol").children(top))
            .child(
                el("p").child(
                    el("a")
                        .attr("href", join(base, &format!("score{}", profile.to_search())))
                        .text("See and adjust this ranking"),
                ),
            );
        if ranking.no_clear_winner() {
            // The score page's own words, so the reason (close scores or overlapping ranges)
            // is the real one.
            out = out.child(el("p").text(format!(
                "{} Compare them on what matters to you.",
                crate::present::score::verdict(&ranking)
            )));
        }
    }
    out.child(el("h3").text("Turn it into a project"))
        .child(el("p").text(project_idea(focus)))
        .child(el("h3").text("Pitfalls worth avoiding"))
        .child(el("ul").children(PITFALLS.iter().map(|p| el("li").text(*p))))
        .child(el("p").child(back(href(
            base,
            answers,
            Some(
                if focus.is_some() || answers.iter().any(|(k, _)| k == "focus") {
                    "focus"
                } else {
                    last.unwrap_or("experience")
                },
            ),
        ))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(q: &str) -> String {
        let c = Catalog::embedded().unwrap();
        page("", &c, &Query::parse(q)).text_content()
    }

    #[test]
    fn an_outcome_without_a_clear_winner_gives_the_score_pages_reason() {
        let c = Catalog::embedded().unwrap();
        let mut seen = 0;
        for outcome in [Outcome::EntryLevel, Outcome::Advanced] {
            for focus in Focus::ALL.into_iter().map(Some).chain([None]) {
                let mut profile = outcome.preset().unwrap().apply(&Profile::default());
                profile.focus = focus.into_iter().collect();
                let ranking = rank(&c, &profile);
                let drawn = Node::from(result("", &c, outcome, focus, &[], None)).text_content();
                if ranking.no_clear_winner() {
                    seen += 1;
                    assert!(drawn.contains(&crate::present::score::verdict(&ranking)));
                } else {
                    assert!(!drawn.contains("No clear winner"));
                }
            }
        }
        assert!(seen > 0, "no outcome without a clear winner to check");
    }

    #[test]
    fn walks_to_every_outcome_and_back() {
        assert!(text("").contains("prior AI or machine-learning experience"));
        assert!(text("?experience=no").contains("changing careers"));
        assert!(text("?experience=no&career=yes").contains("Which area interests you most"));
        let entry = text("?experience=no&career=yes&focus=genai");
        assert!(entry.contains(Outcome::EntryLevel.title()));
        assert!(entry.contains("A shortlist for"));
        assert!(entry.contains(project_idea(Some(Focus::Genai))));
        let free = text("?experience=no&career=no&focus=any");
        assert!(free.contains(Outcome::FreeResources.title()) && !free.contains("A shortlist"));
        assert!(
            text("?experience=yes&recognition=yes&focus=mlops").contains(Outcome::Advanced.title())
        );
        assert!(
            text("?experience=yes&recognition=no&focus=any").contains(Outcome::Projects.title())
        );
        // Back keeps the answer: the first question again, its answer still ticked.
        let c = Catalog::embedded().unwrap();
        let back = page(
            "",
            &c,
            &Query::parse("?experience=no&career=yes&at=experience"),
        );
        let ticked: Vec<_> = back
            .find_all("input")
            .into_iter()
            .filter(|i| i.get("checked").is_some())
            .collect();
        assert_eq!(ticked.len(), 1);
        assert_eq!(ticked[0].get("value"), Some("no"));
    }

    #[test]
    fn next_goes_to_the_next_question_with_its_answer_kept() {
        let c = Catalog::embedded().unwrap();
        let first = page(
            "/certscope",
            &c,
            &Query::parse("?experience=no&career=no&at=experience"),
        );
        let next = first
            .find_all("a")
            .into_iter()
            .find(|a| a.get("id") == Some("next"))
            .and_then(|a| a.get("href"))
            .unwrap()
            .to_owned();
        assert_eq!(next, "/certscope/advisor?experience=no&career=no&at=career");
        let second = page(
            "/certscope",
            &c,
            &Query::parse(next.split_once('?').unwrap().1),
        );
        let ticked: Vec<_> = second
            .find_all("input")
            .into_iter()
            .filter(|i| i.get("checked").is_some())
            .collect();
        assert_eq!(ticked[0].get("id"), Some("a-career-no"));
    }
}

//! The advisor page `advisor?experience=no&career=yes&at=career`: one question at a time with a
//! progress line, Back (answers kept) and Next as links, and the outcome with its reason, a
//! ranked shortlist for certification outcomes, a project idea and the pitfalls to avoid.
//!
//! Its state is the URL: the answers in the order given, and `at`, the question shown. Choosing
//! an answer rewrites the history entry; Next, Back, Skip and Start over add one, and start the
//! new step with focus on `main` (the path stays the same, so the shell's focus rule does not
//! see a new page). What the page says is [`advisor_view`], a plain function tested natively.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_meta::Title;

use super::score::{is_plain_click, score_href, verdict};
use crate::advisor::{project_idea, walk, Outcome, PITFALLS};
use crate::app::{use_app, use_query};
use crate::catalog::{Catalog, Focus};
use crate::parts::focus::focus_main;
use crate::parts::{cert_href, StayOnPage};
use crate::route::{join, Query};
use crate::score::{rank, Profile};

/// The page's heading and title.
pub const TITLE: &str = "Should you get certified?";

/// Focus areas offered for the project idea.
const FOCUS_CHOICES: [(Focus, &str); 5] = [
    (Focus::Genai, "Generative AI and agents"),
    (Focus::CoreMl, "Classic machine learning"),
    (Focus::Mlops, "Deploying and running models"),
    (Focus::ComputerVision, "Computer vision"),
    (Focus::Nlp, "Language and text"),
];

/// The question asked after the flowchart, for the project idea.
const FOCUS_QUESTION: &str = "Which area interests you most? (for a project idea)";

/// Said instead of Next until the question is answered.
pub const CHOOSE_FIRST: &str = "Choose an answer to go on.";

/// One answer to a question, as a radio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub value: String,
    pub label: String,
    /// Where choosing it leads: the same question, with this answer given.
    pub href: String,
    pub checked: bool,
}

/// A link to another step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepLink {
    pub href: String,
    pub label: &'static str,
}

/// A question on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionStep {
    pub key: &'static str,
    pub legend: &'static str,
    pub choices: Vec<Choice>,
    pub back: Option<String>,
    /// Next (or Skip); `None` until the question is answered (then [`CHOOSE_FIRST`] is said).
    pub onward: Option<StepLink>,
}

/// A shortlisted certification: its id, name, and what follows the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortlisted {
    pub id: String,
    pub name: String,
    /// " — fit 72 of 100 (price unknown)".
    pub fit: String,
}

/// The ranking a certification outcome suggests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortlist {
    pub heading: String,
    pub top: Vec<Shortlisted>,
    /// The score page with this ranking's profile.
    pub score_href: String,
    /// The score page's own verdict when nobody clearly wins, so the reason is the real one.
    pub no_clear_winner: Option<String>,
}

/// The outcome on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeStep {
    pub title: &'static str,
    pub reason: &'static str,
    pub shortlist: Option<Shortlist>,
    pub project: &'static str,
    pub back: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Question(QuestionStep),
    Outcome(OutcomeStep),
}

/// Everything the page says for an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdvisorView {
    pub step: usize,
    pub total: usize,
    pub screen: Screen,
    /// Back to the first question with no answers; only once something was answered.
    pub start_over: Option<String>,
}

impl AdvisorView {
    fn question(&self) -> Option<&QuestionStep> {
        match &self.screen {
            Screen::Question(q) => Some(q),
            Screen::Outcome(_) => None,
        }
    }
}

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

/// The answers in the URL, in the URL's order, without `at`; a hand-made link cannot make them
/// long.
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

fn choices(
    base: &str,
    answers: &[(String, String)],
    key: &str,
    options: impl Iterator<Item = (&'static str, &'static str)>,
) -> Vec<Choice> {
    let chosen = answers
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str());
    options
        .map(|(value, label)| Choice {
            id: format!("a-{key}-{value}"),
            value: value.to_owned(),
            label: label.to_owned(),
            href: href(base, &with(answers, key, value), Some(key)),
            checked: chosen == Some(value),
        })
        .collect()
}

/// What the page says for `query`: the question at `at` (or the first one unanswered), the
/// focus question once the flowchart ends, or the outcome.
pub fn advisor_view(base: &str, catalog: &Catalog, query: &Query) -> AdvisorView {
    let answers = answers(query);
    let (asked, outcome) = walk(&answers);
    let at = query
        .get("at")
        .and_then(|k| asked.iter().position(|q| q.key == k));
    let focus_answer = answers
        .iter()
        .find(|(k, _)| k == "focus")
        .map(|(_, v)| v.as_str());
    // Steps: the flowchart's two questions, then the focus for a project idea, then the outcome.
    let total = asked.len().max(2) + 2;
    let question_at = match (at, outcome) {
        (Some(i), _) => Some(i),
        (None, None) => Some(asked.len().saturating_sub(1)),
        (None, Some(_)) => None,
    };
    let (step, screen) = match (question_at, outcome) {
        // Without an outcome there is always a question: `walk` asks the first one before
        // anything else, so `asked` is never empty and `i` is one of its places.
        (Some(_), _) | (None, None) => {
            let i = question_at.unwrap_or(0);
            let q = asked[i];
            let answered = answers.iter().any(|(k, _)| k == q.key);
            let question = QuestionStep {
                key: q.key,
                legend: q.text,
                choices: choices(
                    base,
                    &answers,
                    q.key,
                    q.answers.iter().map(|(v, l, _)| (*v, *l)),
                ),
                back: (i > 0).then(|| href(base, &answers, Some(asked[i - 1].key))),
                // To the next question on the path (its answer still ticked), or on from the
                // last one.
                onward: answered.then(|| StepLink {
                    href: href(base, &answers, asked.get(i + 1).map(|q| q.key)),
                    label: "Next",
                }),
            };
            (i + 1, Screen::Question(question))
        }
        (None, Some(_)) if focus_answer.is_none() || query.get("at") == Some("focus") => {
            let question = QuestionStep {
                key: "focus",
                legend: FOCUS_QUESTION,
                choices: choices(
                    base,
                    &answers,
                    "focus",
                    FOCUS_CHOICES.iter().map(|(f, l)| (f.id(), *l)),
                ),
                back: Some(href(base, &answers, asked.last().map(|q| q.key))),
                onward: Some(StepLink {
                    href: href(
                        base,
                        &with(&answers, "focus", focus_answer.unwrap_or("any")),
                        None,
                    ),
                    label: if focus_answer.is_some() {
                        "Next"
                    } else {
                        "Skip"
                    },
                }),
            };
            (asked.len() + 1, Screen::Question(question))
        }
        (None, Some(outcome)) => {
            let focus = Focus::from_id(focus_answer.unwrap_or(""));
            let last = asked.last().map(|q| q.key);
            let step = outcome_step(base, catalog, outcome, focus, &answers, last);
            (total, Screen::Outcome(step))
        }
    };
    AdvisorView {
        step,
        total,
        screen,
        start_over: (!answers.is_empty()).then(|| join(base, "advisor")),
    }
}

/// An outcome: its title and reason, the shortlist for certification outcomes, the project
/// idea, and Back to the last question answered.
fn outcome_step(
    base: &str,
    catalog: &Catalog,
    outcome: Outcome,
    focus: Option<Focus>,
    answers: &[(String, String)],
    last: Option<&str>,
) -> OutcomeStep {
    let shortlist = outcome.preset().map(|preset| {
        let mut profile = preset.apply(&Profile::default());
        profile.focus = focus.into_iter().collect();
        let ranking = rank(catalog, &profile);
        let top = ranking
            .ranked
            .iter()
            .take(5)
            .map(|s| Shortlisted {
                id: s.cert.id.clone(),
                name: s.cert.name.clone(),
                fit: format!(
                    " — fit {} of 100{}",
                    s.label(),
                    if s.unknowns.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", s.unknowns.names().join(", "))
                    }
                ),
            })
            .collect();
        Shortlist {
            heading: format!("A shortlist for “{}”", preset.label()),
            top,
            score_href: score_href(base, &profile),
            no_clear_winner: ranking
                .no_clear_winner()
                .then(|| format!("{} Compare them on what matters to you.", verdict(&ranking))),
        }
    });
    let back_to = if focus.is_some() || answers.iter().any(|(k, _)| k == "focus") {
        "focus"
    } else {
        last.unwrap_or("experience")
    };
    OutcomeStep {
        title: outcome.title(),
        reason: outcome.reason(),
        shortlist,
        project: project_idea(focus),
        back: href(base, answers, Some(back_to)),
    }
}

/// How the page moves: `replace` for an answer, a new entry for a step.
#[derive(Clone, Copy)]
struct Steps {
    navigate: StayOnPage,
}

impl Steps {
    fn go(self, href: &str, replace: bool) {
        self.navigate.go(href, replace);
    }
}

/// What is drawn afresh: a question by its key (a chosen answer only moves the tick, so the
/// radio keeps its focus), an outcome by everything it says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    Question(&'static str),
    Outcome(OutcomeStep),
}

/// The page below the header.
#[component]
pub fn AdvisorPage() -> impl IntoView {
    let app = use_app();
    let query = use_query();
    let view = Memo::new(move |_| advisor_view(app.base, app.catalog, &query.read()));
    let shown = Memo::new(move |_| match &view.read().screen {
        Screen::Question(q) => Shown::Question(q.key),
        Screen::Outcome(o) => Shown::Outcome(o.clone()),
    });
    let steps = Steps {
        navigate: StayOnPage::here(),
    };
    let progress = move || {
        let view = view.read();
        format!("Step {} of {}", view.step, view.total)
    };
    let start_over = move || {
        view.read().start_over.clone().map(|href| {
            view! { <p>{step_link(steps, href, "Start over", None, None)}</p> }
        })
    };
    view! {
        <Title text=TITLE/>
        <div class="advisor">
            <h1>{TITLE}</h1>
            <p class="progress">{progress}</p>
            {move || match shown.get() {
                Shown::Question(_) => question(view, steps).into_any(),
                Shown::Outcome(o) => outcome(o, steps).into_any(),
            }}
            {start_over}
        </div>
    }
}

/// A link to another step, followed here: the path stays the same, so focus is moved to
/// `main` once the new step is drawn, and a keyboard user starts reading it from the top
/// rather than on whatever control now sits where the link was. The listener sits on the link
/// and runs before the router's window-wide one, which leaves a prevented click alone.
fn step_link(
    steps: Steps,
    href: String,
    label: &'static str,
    id: Option<&'static str>,
    class: Option<&'static str>,
) -> impl IntoView {
    let target = href.clone();
    view! {
        <a
            id=id
            class=class
            href=href
            on:click=move |event: MouseEvent| {
                if is_plain_click(&event) {
                    event.prevent_default();
                    steps.go(&target, false);
                    request_animation_frame(focus_main);
                }
            }
        >
            {label}
        </a>
    }
}

/// The question on screen as a group of radios, then Back and Next (or a hint). Drawn once per
/// question: the ticks and links follow the address.
fn question(view: Memo<AdvisorView>, steps: Steps) -> impl IntoView {
    let Some(q) = view.read_untracked().question().cloned() else {
        return ().into_any();
    };
    let radios = q
        .choices
        .into_iter()
        .map(|choice| {
            let value = choice.value.clone();
            let checked = move || {
                view.read()
                    .question()
                    .is_some_and(|q| q.choices.iter().any(|c| c.value == value && c.checked))
            };
            let value = choice.value.clone();
            // Choosing rewrites the history entry; Next and Back are the steps.
            let choose = move |_| {
                let href = view.read_untracked().question().and_then(|q| {
                    q.choices
                        .iter()
                        .find(|c| c.value == value)
                        .map(|c| c.href.clone())
                });
                if let Some(href) = href {
                    steps.go(&href, true);
                }
            };
            view! {
                <div class="option">
                    <input
                        type="radio"
                        name=q.key
                        id=choice.id.clone()
                        value=choice.value
                        prop:checked=checked
                        on:change=choose
                    />
                    <label for=choice.id>{choice.label}</label>
                </div>
            }
        })
        .collect_view();
    let nav = move || {
        let view = view.read();
        let q = view.question()?;
        let back = q.back.clone().map(|href| {
            view! { {step_link(steps, href, "Back", Some("back"), None)} " " }
        });
        let onward = match q.onward.clone() {
            Some(link) => {
                step_link(steps, link.href, link.label, Some("next"), Some("button")).into_any()
            }
            None => view! { <span class="hint">{CHOOSE_FIRST}</span> }.into_any(),
        };
        Some(view! { <p class="steps">{back}{onward}</p> })
    };
    view! {
        <div>
            <fieldset class="question">
                <legend>{q.legend}</legend>
                {radios}
            </fieldset>
            {nav}
        </div>
    }
    .into_any()
}

/// The outcome, its reason, the shortlist, the project idea, the pitfalls and Back.
fn outcome(o: OutcomeStep, steps: Steps) -> impl IntoView {
    let app = use_app();
    let shortlist = o.shortlist.map(|s| {
        let top = s
            .top
            .into_iter()
            .map(|e| {
                view! {
                    <li>
                        <a href=cert_href(app.base, &e.id)>{e.name}</a>
                        {e.fit}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{s.heading}</h3>
            <ol>{top}</ol>
            <p><a href=s.score_href>"See and adjust this ranking"</a></p>
            {s.no_clear_winner.map(|sentence| view! { <p>{sentence}</p> })}
        }
    });
    view! {
        <section class="outcome" aria-labelledby="outcome">
            <h2 id="outcome">{o.title}</h2>
            <p>{o.reason}</p>
            {shortlist}
            <h3>"Turn it into a project"</h3>
            <p>{o.project}</p>
            <h3>"Pitfalls worth avoiding"</h3>
            <ul>{PITFALLS.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            <p>{step_link(steps, o.back, "Back", Some("back"), None)}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    fn view_of(q: &str) -> AdvisorView {
        advisor_view("", &catalog(), &Query::parse(q))
    }

    /// Everything the page says, as one text.
    fn text(q: &str) -> String {
        let view = view_of(q);
        let mut out = format!("Step {} of {}\n", view.step, view.total);
        match view.screen {
            Screen::Question(q) => {
                out.push_str(q.legend);
                for c in q.choices {
                    out.push('\n');
                    out.push_str(&c.label);
                }
            }
            Screen::Outcome(o) => {
                out.push_str(&format!("{}\n{}\n", o.title, o.reason));
                if let Some(s) = o.shortlist {
                    out.push_str(&s.heading);
                    for e in s.top {
                        out.push_str(&format!("\n{}{}", e.name, e.fit));
                    }
                    out.extend(s.no_clear_winner);
                }
                out.push_str(o.project);
            }
        }
        out
    }

    fn ticked(view: &AdvisorView) -> Vec<Choice> {
        view.question()
            .unwrap()
            .choices
            .iter()
            .filter(|c| c.checked)
            .cloned()
            .collect()
    }

    #[test]
    fn an_outcome_without_a_clear_winner_gives_the_score_pages_reason() {
        let c = catalog();
        let mut seen = 0;
        for outcome in [Outcome::EntryLevel, Outcome::Advanced] {
            for focus in Focus::ALL.into_iter().map(Some).chain([None]) {
                let mut profile = outcome.preset().unwrap().apply(&Profile::default());
                profile.focus = focus.into_iter().collect();
                let ranking = rank(&c, &profile);
                let shortlist = outcome_step("", &c, outcome, focus, &[], None)
                    .shortlist
                    .unwrap();
                if ranking.no_clear_winner() {
                    seen += 1;
                    assert!(shortlist
                        .no_clear_winner
                        .unwrap()
                        .starts_with(&verdict(&ranking)));
                } else {
                    assert_eq!(shortlist.no_clear_winner, None);
                }
            }
        }
        assert!(seen > 0, "no outcome without a clear winner to check");
    }

    #[test]
    fn walks_to_every_outcome_and_back() {
        assert!(text("").contains("prior AI or machine-learning experience"));
        assert!(text("").starts_with("Step 1 of 4"));
        assert!(text("?experience=no").contains("changing careers"));
        assert!(text("?experience=no&career=yes").contains("Which area interests you most"));
        let entry = text("?experience=no&career=yes&focus=genai");
        assert!(entry.contains(Outcome::EntryLevel.title()));
        assert!(entry.contains("A shortlist for"));
        assert!(entry.contains(project_idea(Some(Focus::Genai))));
        assert!(entry.starts_with("Step 4 of 4"));
        let free = text("?experience=no&career=no&focus=any");
        assert!(free.contains(Outcome::FreeResources.title()) && !free.contains("A shortlist"));
        assert!(
            text("?experience=yes&recognition=yes&focus=mlops").contains(Outcome::Advanced.title())
        );
        assert!(
            text("?experience=yes&recognition=no&focus=any").contains(Outcome::Projects.title())
        );
        // Back keeps the answer: the first question again, its answer still ticked.
        let back = view_of("?experience=no&career=yes&at=experience");
        let ticked = ticked(&back);
        assert_eq!(ticked.len(), 1);
        assert_eq!(ticked[0].value, "no");
    }

    #[test]
    fn next_goes_to_the_next_question_with_its_answer_kept() {
        let c = catalog();
        let first = advisor_view(
            "/certscope",
            &c,
            &Query::parse("?experience=no&career=no&at=experience"),
        );
        let next = first.question().unwrap().onward.clone().unwrap();
        assert_eq!(next.label, "Next");
        assert_eq!(
            next.href,
            "/certscope/advisor?experience=no&career=no&at=career"
        );
        let second = advisor_view(
            "/certscope",
            &c,
            &Query::parse(next.href.split_once('?').unwrap().1),
        );
        assert_eq!(ticked(&second)[0].id, "a-career-no");
    }

    #[test]
    fn an_unanswered_question_has_no_next_and_an_answer_stays_on_its_question() {
        let start = view_of("");
        let q = start.question().unwrap();
        assert_eq!(q.onward, None);
        assert_eq!(q.back, None);
        assert_eq!(start.start_over, None);
        // Choosing leads to the same question with the answer given.
        let yes = &q.choices[0];
        assert_eq!(yes.href, "/advisor?experience=yes&at=experience");
        let after = view_of(yes.href.split_once('?').unwrap().1);
        assert_eq!(after.question().unwrap().key, "experience");
        assert_eq!(after.start_over.as_deref(), Some("/advisor"));
        // The focus question can be skipped.
        let focus = view_of("?experience=yes&recognition=no");
        let q = focus.question().unwrap();
        assert_eq!(q.key, "focus");
        assert_eq!(q.onward.as_ref().unwrap().label, "Skip");
    }

    #[test]
    fn a_hand_edited_link_starts_from_the_first_open_question() {
        let view = view_of("?experience=banana&zzz=%ZZ");
        assert_eq!(view.step, 1);
        assert_eq!(view.question().unwrap().key, "experience");
        assert!(ticked(&view).is_empty());
    }
}

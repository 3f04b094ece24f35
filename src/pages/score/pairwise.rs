//! "Set weights by comparing" on the score page: one pair of criteria at a time, then the
//! weights the answers give, their consistency, the answers that contradict the others, and
//! "Use these weights", which turns them into the ordinary weights the sliders show. The
//! answers are the address's `pairwise` parameter, so each one adds a history entry and Back
//! takes it back. The arithmetic is `score::pairwise`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{is_plain_click, score_href, ScoreUrl};
use crate::app::use_app;
use crate::score::pairwise::{
    self, answer_sentence, contradiction_sentence, fixed, pairs, Answer, Answers, Outcome,
    MAX_CONSISTENCY_RATIO, STRENGTHS,
};
use crate::score::{weight_word, Criterion, Profile};

/// The consistency in words, with the figure.
pub fn consistency_sentence(outcome: &Outcome) -> String {
    let ratio = fixed(outcome.consistency_ratio(), 2);
    let limit = fixed(MAX_CONSISTENCY_RATIO, 2);
    if outcome.criteria.len() < 3 {
        "With two criteria the answers cannot contradict each other.".to_owned()
    } else if outcome.is_consistent() {
        format!(
            "Consistency ratio {ratio}: your answers agree with each other ({limit} or less counts as consistent)."
        )
    } else {
        format!(
            "Consistency ratio {ratio}: above {limit}, so some answers contradict each other. The weights above are still the best fit to all of them; the answers furthest from it are listed below to look at again."
        )
    }
}

/// The profile with the comparison closed; `apply`: with the weights it gave.
fn closed(p: &Profile, apply: bool) -> Profile {
    let mut next = p.clone();
    if apply {
        let included = pairwise::included(&p.weights);
        if let Some(outcome) = p.pairwise.and_then(|a| a.outcome(&included)) {
            next.weights = outcome.weights_0_to_5();
        }
    }
    next.pairwise = None;
    next
}

/// The profile with the comparison open, answers kept if it already is.
pub fn opened(p: &Profile) -> Profile {
    Profile {
        pairwise: Some(p.pairwise.unwrap_or_default()),
        ..p.clone()
    }
}

/// The way in: a link to the same priorities with the comparison open.
#[component]
pub fn StartComparing(url: ScoreUrl) -> impl IntoView {
    let app = use_app();
    let target = Memo::new(move |_| opened(&url.profile.read()));
    view! {
        <p class="pairwise-start">
            <a
                id="pairwise-start"
                href=move || score_href(app.base, &target.read())
                on:click=move |event| {
                    if is_plain_click(&event) {
                        event.prevent_default();
                        url.go(&target.get_untracked(), false);
                        focus_later("pairwise-heading");
                    }
                }
            >
                "Set weights by comparing two at a time"
            </a>
        </p>
    }
}

/// Focuses the element with `id` once the page has drawn it (it may be new).
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// The comparison, while the address has `pairwise`.
#[component]
pub fn Pairwise(url: ScoreUrl) -> impl IntoView {
    let profile = url.profile;
    let open = Memo::new(move |_| profile.read().pairwise.is_some());
    move || open.get().then(|| view! { <Panel url/> })
}

#[component]
fn Panel(url: ScoreUrl) -> impl IntoView {
    let profile = url.profile;
    let included = Memo::new(move |_| pairwise::included(&profile.read().weights));
    let answers = Memo::new(move |_| profile.read().pairwise.unwrap_or_default());
    let next = Memo::new(move |_| answers.read().next(&included.read()));
    let outcome = Memo::new(move |_| answers.read().outcome(&included.read()));
    let answer = move |(a, b): (usize, usize), value: Option<Answer>| {
        let mut p = profile.get_untracked();
        p.pairwise = Some(answers.get_untracked().with(a, b, value));
        url.go(&p, false);
        focus_later("pairwise-step");
    };
    let finish = move |apply: bool| {
        url.go(&closed(&profile.get_untracked(), apply), false);
        focus_later("pairwise-start");
    };
    let step = move || {
        let included = included.get();
        if included.len() < 2 {
            return view! {
                <p id="pairwise-step" tabindex="-1">
                    "Comparing needs at least two criteria whose weight is above 0."
                </p>
            }
            .into_any();
        }
        match (next.get(), outcome.get()) {
            (Some(pair), _) => {
                let all = pairs(&included);
                let answered =
                    answers.with(|a| all.iter().filter(|&&(x, y)| a.get(x, y).is_some()).count());
                view! { <Question pair number=answered + 1 total=all.len() answer/> }.into_any()
            }
            (None, Some(outcome)) => view! { <Result outcome answer finish/> }.into_any(),
            (None, None) => ().into_any(),
        }
    };
    view! {
        <section class="pairwise" aria-labelledby="pairwise-heading">
            <h2 id="pairwise-heading" tabindex="-1">"Set weights by comparing"</h2>
            <p class="hint">
                "One pair of criteria at a time: say which matters more to you, and how much. Criteria set to 0 are left out. Each answer is in the address, so Back takes it back."
            </p>
            {step}
            <Answered included answers answer/>
            <p>
                <button type="button" class="link-button" on:click=move |_| finish(false)>
                    "Stop comparing (keep the sliders as they are)"
                </button>
            </p>
        </section>
    }
}

/// One question: nine buttons from "A extremely more" through "equal" to "B extremely more".
#[component]
fn Question(
    pair: (usize, usize),
    number: usize,
    total: usize,
    answer: impl Fn((usize, usize), Option<Answer>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (a, b) = (
        Criterion::ALL[pair.0].label(),
        Criterion::ALL[pair.1].label(),
    );
    let button = move |value: Answer, text: String| {
        view! {
            <li>
                <button type="button" on:click=move |_| answer(pair, Some(value))>
                    {text}
                </button>
            </li>
        }
    };
    let first = STRENGTHS
        .iter()
        .rev()
        .map(|&(s, words)| button(s as Answer, format!("{a}: {words}")))
        .collect_view();
    let second = STRENGTHS
        .iter()
        .map(|&(s, words)| button(-(s as Answer), format!("{b}: {words}")))
        .collect_view();
    view! {
        <div class="pair" role="group" aria-labelledby="pairwise-step">
            <p id="pairwise-step" tabindex="-1">
                <span class="pair-count">{format!("Pair {number} of {total}. ")}</span>
                <strong>{format!("Which matters more to you: {a} or {b}?")}</strong>
            </p>
            <ul class="pair-options">
                {first}
                {button(1, "Equally".to_owned())}
                {second}
            </ul>
        </div>
    }
}

/// The weights the answers give, their consistency, and the way to use them.
#[component]
fn Result(
    outcome: Outcome,
    answer: impl Fn((usize, usize), Option<Answer>) + Copy + Send + Sync + 'static,
    finish: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let weights = outcome.weights_0_to_5();
    let rows = (outcome.criteria.iter().zip(&outcome.priorities))
        .map(|(&c, &share)| {
            view! {
                <tr>
                    <th scope="row">{Criterion::ALL[c].label()}</th>
                    <td>{format!("{} %", fixed(share * 100.0, 0))}</td>
                    <td>{format!("{} ({})", weights[c], weight_word(weights[c]))}</td>
                </tr>
            }
        })
        .collect_view();
    let contradictions = (!outcome.is_consistent()).then(|| {
        let items = outcome
            .contradictions()
            .into_iter()
            .map(|c| {
                let pair = c.pair;
                view! {
                    <li>
                        {contradiction_sentence(&c)} " "
                        <button type="button" class="link-button" on:click=move |_| answer(pair, None)>
                            "Ask again"
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="contradictions">{items}</ul> }
    });
    view! {
        <div id="pairwise-step" tabindex="-1">
            <table class="pairwise-weights">
                <caption>"The weights your answers give"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Criterion"</th>
                        <th scope="col">"Share"</th>
                        <th scope="col">"As a 0–5 weight"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class=if outcome.is_consistent() { "consistency" } else { "consistency notice notice-doubt" }>
                {consistency_sentence(&outcome)}
            </p>
            {contradictions}
            <p>
                <button type="button" class="button" on:click=move |_| finish(true)>
                    "Use these weights"
                </button>
            </p>
        </div>
    }
}

/// What was answered so far, each with "Ask again".
#[component]
fn Answered(
    included: Memo<Vec<usize>>,
    answers: Memo<Answers>,
    answer: impl Fn((usize, usize), Option<Answer>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let given = Memo::new(move |_| {
        let answers = answers.read();
        (pairs(&included.read()).into_iter())
            .filter_map(|(a, b)| answers.get(a, b).map(|k| ((a, b), k)))
            .collect::<Vec<_>>()
    });
    move || {
        let given = given.get();
        (!given.is_empty()).then(|| {
            let count = given.len();
            let items = given
                .into_iter()
                .map(|(pair, k)| {
                    view! {
                        <li>
                            {answer_sentence(pair.0, pair.1, k)} " "
                            <button
                                type="button"
                                class="link-button"
                                aria-label=format!("Ask again: {} or {}", Criterion::ALL[pair.0].label(), Criterion::ALL[pair.1].label())
                                on:click=move |_| answer(pair, None)
                            >
                                "Ask again"
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="answered">
                    <summary>{format!("Your answers ({count})")}</summary>
                    <ul>{items}</ul>
                </details>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_keeps_answers_and_using_them_sets_the_weights_and_closes() {
        let p = opened(&Profile::default());
        assert_eq!(p.pairwise, Some(Answers::default()));
        assert_eq!(opened(&p), p);
        // Only cost and time compared, cost 3× as important.
        let mut p = p;
        p.weights = [3, 0, 0, 2, 0, 0, 0];
        p.pairwise = Some(Answers::default().with(0, 3, Some(3)));
        let used = closed(&p, true);
        assert_eq!(used.pairwise, None);
        assert_eq!(used.weights, [5, 0, 0, 2, 0, 0, 0]);
        assert_eq!(closed(&p, false).weights, p.weights);
    }

    #[test]
    fn the_consistency_sentence_gives_the_ratio_with_two_decimals() {
        let answers =
            (Answers::default().with(0, 1, Some(3)).with(0, 2, Some(5))).with(1, 2, Some(3));
        let consistent = answers.outcome(&[0, 1, 2]).unwrap();
        let said = consistency_sentence(&consistent);
        let ratio = consistent.consistency_ratio();
        assert!(
            said.starts_with(&format!("Consistency ratio {ratio:.2}: your answers agree")),
            "{said}"
        );
        let contradictory = answers.with(1, 2, Some(-9)).outcome(&[0, 1, 2]).unwrap();
        let said = consistency_sentence(&contradictory);
        let ratio = contradictory.consistency_ratio();
        assert!(ratio > 0.1);
        assert!(
            said.starts_with(&format!("Consistency ratio {ratio:.2}: above 0.10")),
            "{said}"
        );
    }
}

//! The fit-score page `score?cost=5&depth=4&focus=genai&budget=500`: presets as links, the
//! person's weights and limits as form controls, and the ranking with each score's breakdown
//! and reason, what would change the winner, what was excluded and why, and how the score works.
//!
//! Its state is the URL; a bare `score` shows the remembered query ([`or_remembered`]). Every
//! control goes through [`score::update`] to the next address, which is also remembered:
//! sliders and number fields replace the history entry as they move, boxes, radios and presets
//! add one, so Back undoes a click but is not flooded by a drag. Presets are not remembered
//! (see `Presets`). What the page says is in plain
//! functions ([`results`], [`verdict`], [`flip_sentence`], [`why`]) tested natively.

mod pairwise;

use leptos::ev::MouseEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

use crate::app::{use_app, use_query, AppState, SCORE_KEY};
use crate::browser::storage;
use crate::catalog::{Catalog, Focus, Level};
use crate::parts::{cert_href, StayOnPage};
use crate::route::{join, Query};
use crate::score::{
    self, band, flip, range_label, rank, weight_word, Criterion, Experience, Preset, Profile,
    Ranking, Scored, Weights, CLOSE, MAX_HOURS, METHOD, METHOD_HISTORY,
};

/// The page's heading and title.
pub const TITLE: &str = "Which certification fits you?";

const LEDE: &str = "Say what matters to you and what you can spend: every certification that \
                    fits is ranked, explained, and you see what would change the answer.";

/// The formula in plain words (as in `score.rs`'s module doc).
pub const HOW: [&str; 6] = [
    "Each criterion gives a certification a value from 0 to 100: cheaper, deeper, better \
     recognised, quicker to earn, closer to your focus areas and experience, and lighter to \
     renew is higher. Cost (over 3 years) and time (study and exam hours) are compared with the \
     dearest and longest certification still in the running.",
    "The fit score is the average of those values, weighted by how much each matters to you; a \
     weight of 0 leaves a criterion out.",
    "An unknown fact could be anything from 0 to 100, so the score becomes a range. Ranking is by \
     the middle of the range, then the higher lowest score, then the name.",
    "When the first two are within 5 points, or their ranges overlap, there is no clear winner.",
    "A hard limit excludes a certification, with the reason, instead of lowering its score; so \
     does a price or study time that is unknown when you set that limit.",
    "What would change the answer: each weight is tried one step higher and lower, then two, up \
     to 5; the smallest single change that puts another certification first is shown.",
];

/// The in-app address of the score page for a profile.
pub fn score_href(base: &str, p: &Profile) -> String {
    join(base, &format!("score{}", p.to_search()))
}

/// The fit score's query: the URL's, or the remembered one when the URL brings none (a bare
/// `score`, or the header's link before anything was remembered). A URL with unusable parts
/// is the URL's: the page says what it ignored, and the controls build on what it shows.
pub fn or_remembered(query: Query, remembered: &str) -> Query {
    if query.pairs.is_empty() && !query.malformed {
        Query::parse(remembered)
    } else {
        query
    }
}

/// The situations to start from, each with the profile it leads to, then "Start again".
pub fn presets(p: &Profile) -> Vec<(&'static str, Profile)> {
    Preset::ALL
        .into_iter()
        .map(|preset| (preset.label(), preset.apply(p)))
        .chain([("Start again", Profile::default())])
        .collect()
}

/// One weighted criterion of a ranked entry, as a bar and in words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Bar {
    pub label: &'static str,
    /// The middle of the range, 0–100, for the `<meter>`.
    pub meter: u32,
    /// "72 of 100" or "0–100 of 100".
    pub text: String,
}

/// One ranked entry as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// What follows the name: ": fit 72 of 100, a good fit", then each unknown fact.
    pub score: String,
    pub why: String,
    pub bars: Vec<Bar>,
    /// The score drawn as one bar: each weighted criterion's contribution (the middle of its
    /// range) as (criterion, start, width), in tenths of a point of 100.
    pub segments: Vec<(usize, u32, u32)>,
    /// The whole score's range, in tenths of a point (the two equal when it is exact).
    pub range: (u32, u32),
    /// The bar in words: what each criterion adds.
    pub chart_text: String,
}

/// One entry a hard limit left out.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Excluded {
    pub id: String,
    pub name: String,
    /// What follows the name: ": excluded because it is not active (…).".
    pub reason: String,
}

/// Everything the results column says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    pub verdict: String,
    /// What would change the winner; only when there is more than one entry to change to.
    pub flip: Option<String>,
    pub ranked: Vec<Entry>,
    pub excluded: Vec<Excluded>,
}

/// The verdict, what would change it, the ranked entries and the excluded ones.
pub fn results(catalog: &Catalog, p: &Profile) -> Results {
    let ranking = rank(catalog, p);
    let weights = p.effective_weights();
    Results {
        verdict: verdict(&ranking),
        flip: (ranking.ranked.len() > 1).then(|| flip_sentence(catalog, p)),
        ranked: ranking
            .ranked
            .iter()
            .map(|s| entry(catalog, s, &weights))
            .collect(),
        excluded: ranking
            .excluded
            .iter()
            .map(|(cert, why)| Excluded {
                id: cert.id.clone(),
                name: catalog.name_of(&cert.id).to_owned(),
                reason: format!(": excluded because {}.", why.sentence(cert)),
            })
            .collect(),
    }
}

/// Who wins, or that nobody clearly does.
pub fn verdict(ranking: &Ranking) -> String {
    match (ranking.ranked.first(), ranking.ranked.get(1)) {
        (None, _) => {
            "No certification meets all of your limits; loosen one to see a ranking.".into()
        }
        (Some(a), Some(b)) if ranking.no_clear_winner() => format!(
            "No clear winner: {} and {} {}.",
            a.cert.name,
            b.cert.name,
            if a.mid() - b.mid() < CLOSE {
                format!("are within {} points of each other", CLOSE as u32)
            } else {
                "could swap places, as their score ranges overlap".into()
            }
        ),
        (Some(a), _) => format!("Best fit: {}, {} of 100.", a.cert.name, a.label()),
    }
}

/// What would change the winner, from [`crate::score::flip`].
pub fn flip_sentence(catalog: &Catalog, p: &Profile) -> String {
    let Some(f) = flip(catalog, p) else {
        return "No change to a single weight would put another certification first.".into();
    };
    let i = Criterion::ALL
        .iter()
        .position(|c| *c == f.criterion)
        .unwrap_or(0);
    let from = p.weights[i];
    let to = (from as i8 + f.steps) as u8;
    let n = f.steps.unsigned_abs();
    let name = catalog
        .get(&f.winner)
        .map_or(f.winner.as_str(), |c| c.name.as_str());
    format!(
        "If {} mattered {n} step{} {} (weight {to} instead of {from}), {name} would rank first.",
        f.criterion.label().to_ascii_lowercase(),
        if n == 1 { "" } else { "s" },
        if f.steps > 0 { "more" } else { "less" },
    )
}

/// One ranked entry: name and score, why it ranks there, and the weighted criteria as bars.
fn entry(catalog: &Catalog, s: &Scored, weights: &Weights) -> Entry {
    let mut score = format!(": fit {} of 100, a {}", s.label(), band(s.mid()));
    for unknown in s.unknowns.names() {
        score.push_str(", ");
        score.push_str(unknown);
    }
    let values = s.parts();
    let bars = Criterion::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| weights[*i] > 0)
        .map(|(i, c)| {
            let part = values[i];
            Bar {
                label: c.label(),
                meter: ((part.low + part.high) * 50.0).round() as u32,
                text: of_100(part.low * 100.0, part.high * 100.0),
            }
        })
        .collect();
    let (segments, chart_text) = contributions_drawn(s, weights);
    let tenths = |points: f64| (points * 10.0).round() as u32;
    Entry {
        id: s.cert.id.clone(),
        name: catalog.name_of(&s.cert.id).to_owned(),
        score,
        why: why(s, weights),
        bars,
        segments,
        range: (tenths(s.low), tenths(s.high)),
        chart_text,
    }
}

/// The segments of an entry's bar and the sentence that says the same: "Cost adds 20 points,
/// curriculum depth 15 and time to earn 0–25; unknown facts leave 25 points open."
pub fn contributions_drawn(s: &Scored, weights: &Weights) -> (Vec<(usize, u32, u32)>, String) {
    let points = s.contributions(weights);
    let mut segments = Vec::new();
    let mut said = Vec::new();
    let mut start = 0;
    for (i, part) in points.iter().enumerate().filter(|(i, _)| weights[*i] > 0) {
        let width = ((part.low + part.high) * 5.0).round() as u32;
        segments.push((i, start, width));
        start += width;
        let name = Criterion::ALL[i].label();
        let name = if said.is_empty() {
            name.to_owned()
        } else {
            name.to_ascii_lowercase()
        };
        let amount = range_label(part.low, part.high);
        said.push(if said.is_empty() {
            format!("{name} adds {amount} points")
        } else {
            format!("{name} {amount}")
        });
    }
    let mut text = match said.split_last() {
        None => "No criterion is weighted, so nothing adds to the score".to_owned(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    };
    // As the score's shown ends differ (each rounded); whole points, as printing an f64
    // would bring the float printer into the Wasm.
    let open = (s.high.round() - s.low.round()) as u32;
    if open >= 1 {
        text.push_str(&format!("; unknown facts leave {open} points open"));
    }
    text.push('.');
    (segments, text)
}

fn of_100(low: f64, high: f64) -> String {
    format!("{} of 100", range_label(low, high))
}

/// One sentence: the weighted criterion that adds the most points, and the one that costs the
/// most of the rest.
pub fn why(s: &Scored, weights: &Weights) -> String {
    let parts = s.parts();
    let mids: Vec<(usize, f64, f64)> = (0..7)
        .filter(|&i| weights[i] > 0)
        .map(|i| {
            let mid = (parts[i].low + parts[i].high) / 2.0;
            (i, mid, f64::from(weights[i]))
        })
        .collect();
    let pick = |gain: bool, skip: usize| {
        mids.iter()
            .filter(|(i, ..)| *i != skip)
            .map(|&(i, mid, w)| (i, w * if gain { mid } else { 1.0 - mid }))
            .fold(None, |best: Option<(usize, f64)>, (i, v)| match best {
                Some((_, b)) if b >= v => best,
                _ => Some((i, v)),
            })
            .map(|(i, _)| i)
    };
    let say = |i: usize| {
        format!(
            "{} ({})",
            Criterion::ALL[i].label().to_ascii_lowercase(),
            of_100(parts[i].low * 100.0, parts[i].high * 100.0)
        )
    };
    match pick(true, 7) {
        None => "With no criterion weighted, nothing sets it apart.".into(),
        Some(best) => match pick(false, best) {
            None => format!("Scored on {} alone.", say(best)),
            Some(worst) => format!(
                "Gains most from {}; loses most on {}.",
                say(best),
                say(worst)
            ),
        },
    }
}

/// "4 of 5, very important": a weight in words, read out for the slider and printed beside it.
pub fn weight_words(weight: u8) -> String {
    format!("{weight} of 5, {}", weight_word(weight))
}

/// A number field's text as [`score::update`] reads it. The browser hands over any valid
/// floating-point number (`1e3`, `150.0`); a whole one is written as digits so that it counts,
/// anything else is passed on and ignored there.
pub fn whole_number(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        // Digits stay digits: a float would round a long number.
        return trimmed.to_owned();
    }
    match trimmed.parse::<f64>() {
        Ok(v) if v.is_finite() && v.fract() == 0.0 && v < 0.0 => "-1".into(),
        // Beyond u64 saturates, then `update` clamps it to the limit's maximum.
        Ok(v) if v.is_finite() && v.fract() == 0.0 => (v as u64).to_string(),
        _ => trimmed.to_owned(),
    }
}

/// The limit a number field's text stands for, as the URL would hold it (`None`: no limit).
pub fn limit_in(name: &str, text: &str) -> Option<u64> {
    let p = score::update(&Profile::default(), name, &whole_number(text), false);
    match name {
        "budget" => p.max_cost_dollars,
        _ => p.max_hours.map(u64::from),
    }
}

/// A click the router would follow itself: the main button, no key held for a new tab or
/// window. Any other click is left to the browser.
pub fn is_plain_click(event: &MouseEvent) -> bool {
    !event.default_prevented()
        && event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// The score page's address for a profile, and the way there: every control and field goes
/// through [`ScoreUrl::go`], which also remembers where it went; presets through
/// [`ScoreUrl::show`], which does not.
#[derive(Clone, Copy)]
struct ScoreUrl {
    app: AppState,
    /// The profile the page shows, which a control changes.
    profile: Memo<Profile>,
    navigate: StayOnPage,
}

impl ScoreUrl {
    fn new(app: AppState, profile: Memo<Profile>) -> ScoreUrl {
        ScoreUrl {
            app,
            profile,
            navigate: StayOnPage::here(),
        }
    }

    /// A control named `name` now holds `value` (`checked` for boxes and radios).
    fn set(self, name: &str, value: &str, checked: bool, replace: bool) {
        let current = self.profile.get_untracked();
        let next = score::update(&current, name, value, checked);
        // "1.5" in a number field changes nothing, and neither should the history.
        if next != current {
            self.go(&next, replace);
        }
    }

    /// Goes to `next`'s address and remembers it: `replace` rewrites the history entry.
    fn go(self, next: &Profile, replace: bool) {
        let search = next.to_search();
        self.app.score.set(search.clone());
        self.show(&search, replace);
        // Storage that refuses writes only loses the memory of the next visit; the page and
        // its address do not depend on it, so there is nothing to tell.
        let _ = storage::write(SCORE_KEY, &search);
    }

    /// Goes to the address `score{search}` without remembering it. Never scrolls: the page
    /// stays where the control the person used is.
    fn show(self, search: &str, replace: bool) {
        let href = self.app.href(&format!("score{search}"));
        self.navigate.go(&href, replace);
    }
}

/// The page below the header.
#[component]
pub fn ScorePage() -> impl IntoView {
    let app = use_app();
    let query = use_query();
    let parsed = Memo::new(move |_| Profile::parse(&or_remembered(query.get(), &app.score.read())));
    let profile = Memo::new(move |_| parsed.read().0.clone());
    let problems = Memo::new(move |_| parsed.read().1.join(" "));
    let url = ScoreUrl::new(app, profile);
    view! {
        <Title text=TITLE/>
        <div>
            <h1>{TITLE}</h1>
            <p class="lede">{LEDE}</p>
            // Always there, so screen readers announce a notice when it appears.
            <div role="status">
                {move || {
                    let problems = problems.get();
                    (!problems.is_empty())
                        .then(|| view! { <p class="notice notice-doubt">{problems}</p> })
                }}
            </div>
            <h2>"Start from a situation"</h2>
            <Presets url/>
            <pairwise::Pairwise url/>
            <div class="find">
                <Controls url/>
                <ResultsColumn profile/>
            </div>
            <h2>"How the score works"</h2>
            <ul>{HOW.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            <details class="method">
                <summary>{format!("Scoring method, version {METHOD}: what each version is")}</summary>
                <ul>
                    {METHOD_HISTORY
                        .into_iter()
                        .map(|(v, what)| view! { <li>{format!("Version {v}: {what}")}</li> })
                        .collect_view()}
                </ul>
                <p>"A link to this page records the version it was made with, and says so when it is opened with a newer one."</p>
            </details>
        </div>
    }
}

/// The presets and "Start again" as links to their addresses; the one in force is marked.
/// Followed here rather than by the router so that the page does not jump to the top: the
/// listener sits on the link and runs before the router's window-wide one, which leaves a click
/// whose default was prevented alone.
///
/// A preset is not remembered: Back from it to a bare `score` must show what was there before,
/// and a bare `score` shows what is remembered. "Start again" forgets, as its address is the
/// bare `score` too: remembering the current priorities, it would otherwise lead back to them.
#[component]
fn Presets(url: ScoreUrl) -> impl IntoView {
    let app = use_app();
    let chips = presets(&Profile::default());
    let last = chips.len() - 1;
    let chips = chips
        .into_iter()
        .enumerate()
        .map(|(i, (label, _))| {
            let target = Memo::new(move |_| presets(&url.profile.read()).swap_remove(i).1);
            let follow = move |event: MouseEvent| {
                if is_plain_click(&event) {
                    event.prevent_default();
                    let next = target.get_untracked();
                    if i == last {
                        url.go(&next, false);
                    } else {
                        url.show(&next.to_search(), false);
                    }
                }
            };
            view! {
                <li>
                    <a
                        class="chip"
                        href=move || score_href(app.base, &target.read())
                        aria-current=move || (target.get() == url.profile.get()).then_some("true")
                        on:click=follow
                    >
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="chips">{chips}</ul> }
}

/// The form: weights, hard limits, focus areas, experience. Every control's id is its name,
/// or `name-value` in a group of checkboxes or radios. Drawn once: only values and ticks
/// follow the address, so a control keeps its focus while it moves.
#[component]
fn Controls(url: ScoreUrl) -> impl IntoView {
    let app = use_app();
    let profile = url.profile;
    let weights = Criterion::ALL
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let weight = Memo::new(move |_| profile.read().weights[i]);
            view! {
                <div class="weight">
                    <label for=c.id()>{c.label()}</label>
                    <input
                        type="range"
                        id=c.id()
                        name=c.id()
                        min="0"
                        max="5"
                        step="1"
                        // The weight as first drawn, as an attribute too: a prerendered page
                        // has no properties.
                        value=weight.get_untracked().to_string()
                        prop:value=move || weight.get().to_string()
                        aria-valuetext=move || weight_words(weight.get())
                        on:input:target=move |event| {
                            url.set(c.id(), &event.target().value(), false, true)
                        }
                    />
                    <span aria-hidden="true">{move || weight_words(weight.get())}</span>
                </div>
            }
        })
        .collect_view();
    let levels = Level::ALL
        .into_iter()
        .map(|l| {
            let checked = move || profile.read().levels.contains(&l);
            choice("checkbox", "levels", l.id(), l.label(), checked, url)
        })
        .collect_view();
    let budget = Memo::new(move |_| profile.read().max_cost_dollars);
    let hours = Memo::new(move |_| profile.read().max_hours.map(u64::from));
    let focus = Focus::ALL
        .into_iter()
        .map(|f| {
            let checked = move || profile.read().focus.contains(&f);
            choice("checkbox", "focus", f.id(), f.label(), checked, url)
        })
        .collect_view();
    let experience = Experience::ALL
        .into_iter()
        .map(|e| {
            let checked = move || profile.read().experience == e;
            choice("radio", "experience", e.id(), e.label(), checked, url)
        })
        .collect_view();
    view! {
        <details class="filters" open=app.filters_open>
            <summary>"Your priorities"</summary>
            <fieldset class="facet">
                <legend>"How much each matters (0 ignores it, 5 is critical)"</legend>
                {weights}
                <pairwise::StartComparing url/>
            </fieldset>
            <fieldset class="facet">
                <legend>"Hard limits (anything outside is excluded)"</legend>
                <LimitField
                    name="budget"
                    label="Most you will spend over 3 years, US$ (empty: no limit)"
                    max=crate::find::MAX_COST_DOLLARS
                    limit=budget
                    url
                />
                <LimitField
                    name="hours"
                    label="Most study hours (empty: no limit)"
                    max=MAX_HOURS
                    limit=hours
                    url
                />
                {choice(
                    "checkbox",
                    "active",
                    "",
                    "Only active ones (not beta, upcoming, retiring or retired)",
                    move || profile.read().active_only,
                    url,
                )}
                {choice(
                    "checkbox",
                    "online",
                    "",
                    "Only ones I can take online",
                    move || profile.read().online_only,
                    url,
                )}
                <fieldset class="facet">
                    <legend>"Levels allowed (none ticked: all)"</legend>
                    {levels}
                </fieldset>
            </fieldset>
            <fieldset class="facet">
                <legend>"Your focus areas"</legend>
                {focus}
            </fieldset>
            <fieldset class="facet">
                <legend>"Your AI or ML experience"</legend>
                {experience}
            </fieldset>
        </details>
    }
}

/// A checkbox or radio and its label; its id is `name`, or `name-value` when it has a value.
/// A tick adds a history entry, so Back undoes it.
fn choice(
    kind: &'static str,
    name: &'static str,
    value: &'static str,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    url: ScoreUrl,
) -> impl IntoView {
    let id = if value.is_empty() {
        name.to_owned()
    } else {
        format!("{name}-{value}")
    };
    view! {
        <div class="option">
            <input
                type=kind
                id=id.clone()
                name=name
                value=(!value.is_empty()).then_some(value)
                // The state as first drawn, as an attribute too: a prerendered page has no
                // properties.
                checked=untrack(&checked)
                prop:checked=checked
                on:change:target=move |event| {
                    let input = event.target();
                    url.set(name, &input.value(), input.checked(), false)
                }
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// A labelled whole-number limit, empty when there is none. Each keystroke that makes a number
/// goes to the address (rewriting the history entry); the address is written back into the
/// field only when it stands for something else (Back, a preset), never while the person types.
#[component]
fn LimitField(
    name: &'static str,
    label: &'static str,
    max: u64,
    limit: Memo<Option<u64>>,
    url: ScoreUrl,
) -> impl IntoView {
    let field = NodeRef::<html::Input>::new();
    // Written back unconditionally, the address would fight the person typing: "-" on the way
    // to "-5" and "1e" on the way to "1e3" read as empty and would be wiped, "007" would become
    // "7" with the caret thrown to the end.
    Effect::new(move |_| {
        let Some(input) = field.get() else { return };
        let wanted = limit.get();
        if limit_in(name, &input.value()) != wanted {
            input.set_value(&wanted.map_or(String::new(), |v| v.to_string()));
        }
    });
    let follow = move |input: &web_sys::HtmlInputElement| {
        // A partial entry ("-", "1e") reads as empty, which would drop the limit: wait for
        // the number it is on its way to.
        if !has_bad_input(input) {
            url.set(name, &whole_number(&input.value()), false, true);
        }
    };
    view! {
        <div class="cost-row">
            <label for=name>{label}</label>
            <input
                type="number"
                id=name
                name=name
                min="0"
                max=max.to_string()
                step="1"
                inputmode="numeric"
                node_ref=field
                on:input:target=move |event| {
                    // An input method composing a character is not done; its end says when.
                    let composing = event
                        .dyn_ref::<web_sys::InputEvent>()
                        .is_some_and(web_sys::InputEvent::is_composing);
                    if !composing {
                        follow(&event.target());
                    }
                }
                on:compositionend:target=move |event| follow(&event.target())
            />
        </div>
    }
}

/// Whether the browser holds text in a number field that is not (yet) a number: its `value`
/// then reads as empty. Read by name, as `ValidityState` is not among web-sys' enabled
/// features; anything unexpected counts as a usable entry, as it did before.
fn has_bad_input(input: &web_sys::HtmlInputElement) -> bool {
    js_sys::Reflect::get(input, &"validity".into())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()))
        .ok()
        .and_then(|bad| bad.as_bool())
        .unwrap_or(false)
}

/// The verdict, what would change it, the ranked list and the excluded entries.
#[component]
fn ResultsColumn(profile: Memo<Profile>) -> impl IntoView {
    let app = use_app();
    let results = Memo::new(move |_| results(app.catalog, &profile.read()));
    let verdict = move || results.read().verdict.clone();
    let flip = move || {
        results
            .read()
            .flip
            .clone()
            .map(|sentence| view! { <p>{sentence}</p> })
    };
    let excluded = move || {
        let excluded = results.read().excluded.clone();
        (!excluded.is_empty()).then(|| {
            let heading = format!("Excluded ({})", excluded.len());
            let items = excluded
                .into_iter()
                .map(|e| {
                    view! {
                        <li>
                            <a href=cert_href(app.base, &e.id)>{e.name}</a>
                            {e.reason}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{heading}</h2>
                <ul>{items}</ul>
            }
        })
    };
    view! {
        <div>
            <h2>"Your ranking"</h2>
            // One live region for the answer and what would change it, so a moved slider is
            // followed by its consequence.
            <div aria-live="polite">
                <p class="verdict">{verdict}</p>
                {flip}
            </div>
            <Legend profile/>
            <ol class="ranking">
                // Keyed by everything an entry shows: an entry whose score did not change
                // keeps its nodes and only moves.
                <For
                    each=move || results.read().ranked.clone()
                    key=Entry::clone
                    children=move |e| view! { <RankedEntry entry=e/> }
                />
            </ol>
            {excluded}
        </div>
    }
}

/// An entry's score as one bar out of 100: a segment per weighted criterion (coloured as in
/// the legend), and under it the range the unknown facts leave open. Drawn in SVG units of a
/// tenth of a point; hidden from screen readers, as the sentence after it says the same.
#[component]
fn FitBar(segments: Vec<(usize, u32, u32)>, range: (u32, u32)) -> impl IntoView {
    let rects = segments
        .into_iter()
        .filter(|(_, _, width)| *width > 0)
        .map(|(i, start, width)| {
            view! {
                <rect class=format!("seg c{i}") x=start.to_string() y="2" width=width.to_string() height="20"></rect>
            }
        })
        .collect_view();
    let (low, high) = range;
    let open = (high > low).then(|| {
        view! {
            <line class="range" x1=low.to_string() x2=high.to_string() y1="27" y2="27" vector-effect="non-scaling-stroke"></line>
            <line class="range" x1=low.to_string() x2=low.to_string() y1="24" y2="30" vector-effect="non-scaling-stroke"></line>
            <line class="range" x1=high.to_string() x2=high.to_string() y1="24" y2="30" vector-effect="non-scaling-stroke"></line>
        }
    });
    view! {
        <svg class="fit-bar" viewBox="0 0 1000 32" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="track" x="0" y="2" width="1000" height="20"></rect>
            {rects}
            {open}
        </svg>
    }
}

/// Which colour stands for which criterion in the bars, for the criteria that are weighted.
#[component]
fn Legend(profile: Memo<Profile>) -> impl IntoView {
    let weights = Memo::new(move |_| profile.read().effective_weights());
    move || {
        let weights = weights.get();
        let items = Criterion::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| weights[*i] > 0)
            .map(|(i, c)| {
                view! {
                    <li>
                        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                            <rect class=format!("seg c{i}") width="10" height="10"></rect>
                        </svg>
                        {c.label()}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="hint" id="bar-legend">
                "Each bar is the fit out of 100, split into what each criterion adds; a line under it spans the range unknown facts leave open. Bands: 80 and above a great fit, 65 good, 50 fair, below 50 weak."
            </p>
            <ul class="legend" aria-label="Colours of the criteria in the bars">{items}</ul>
        }
    }
}

/// One ranked entry: name and score, why it ranks there, and the weighted criteria as bars.
#[component]
fn RankedEntry(entry: Entry) -> impl IntoView {
    let app = use_app();
    let bars = entry
        .bars
        .into_iter()
        .map(|bar| {
            view! {
                <li>
                    <span>{bar.label}</span>
                    <meter aria-hidden="true" min="0" max="100" value=bar.meter.to_string()></meter>
                    <span>{bar.text}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li>
            <h3>
                <a href=cert_href(app.base, &entry.id)>{entry.name}</a>
                {entry.score}
            </h3>
            <p>{entry.why}</p>
            <FitBar segments=entry.segments range=entry.range/>
            <p class="chart-text">{entry.chart_text}</p>
            <ul class="parts">{bars}</ul>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    fn profile(search: &str) -> (Profile, Vec<String>) {
        Profile::parse(&Query::parse(search))
    }

    #[test]
    fn shows_the_ranking_in_order_with_scores_and_reasons() {
        let c = catalog();
        for search in [
            "",
            "?cost=5&depth=0&focus=genai",
            "?experience=strong&levels=expert",
        ] {
            let (p, _) = profile(search);
            let ranking = rank(&c, &p);
            let shown = results(&c, &p);
            assert_eq!(shown.ranked.len(), ranking.ranked.len());
            let weighted = p.effective_weights().iter().filter(|w| **w > 0).count();
            for (e, s) in shown.ranked.iter().zip(&ranking.ranked) {
                assert_eq!(e.id, s.cert.id);
                assert_eq!(e.name, s.cert.name);
                assert!(
                    e.score.starts_with(&format!(": fit {} of 100", s.label())),
                    "{}",
                    e.score
                );
                assert!(e.why.starts_with("Gains most from ") || e.why.ends_with(" alone."));
                // One bar per weighted criterion, each with its value as text.
                assert_eq!(e.bars.len(), weighted);
                assert!(e
                    .bars
                    .iter()
                    .all(|b| b.text.ends_with(" of 100") && b.meter <= 100));
                // The bar: one segment per weighted criterion, end to end, as long as the
                // middle of the score (rounding aside), and its range the score's.
                assert_eq!(e.segments.len(), weighted);
                assert!(e.segments.windows(2).all(|w| w[0].1 + w[0].2 == w[1].1));
                let (_, start, width) = e.segments[e.segments.len() - 1];
                let drawn = f64::from(start + width) / 10.0;
                assert!(
                    (drawn - s.mid()).abs() <= 0.1 * weighted as f64,
                    "{drawn} {}",
                    s.mid()
                );
                assert!(e.range.0 <= e.range.1);
                assert_eq!(
                    e.range.0 == e.range.1,
                    s.label() == range_label(s.low, s.low)
                );
                assert!(e.score.contains(&format!(", a {}", band(s.mid()))));
                assert!(e.chart_text.contains(" adds "), "{}", e.chart_text);
            }
        }
        // The entry links to its detail page.
        assert_eq!(
            cert_href("/certscope", "aws-aif-c01"),
            "/certscope/cert/aws-aif-c01"
        );
    }

    #[test]
    fn unknown_facts_show_a_range_and_are_named() {
        let c = catalog();
        let (p, _) = profile("?active=0");
        let s = rank(&c, &p)
            .ranked
            .into_iter()
            .find(|s| s.cert.id == "oracle-oci-genai-professional")
            .unwrap();
        assert!(s.label().contains('–'));
        let e = results(&c, &p)
            .ranked
            .into_iter()
            .find(|e| e.id == s.cert.id)
            .unwrap();
        assert_eq!(
            e.score,
            format!(
                ": fit {} of 100, a {}, validity unknown, hands-on work unknown, study hours unknown",
                s.label(),
                band(s.mid())
            )
        );
        // The open range is drawn and said.
        assert!(e.range.1 > e.range.0);
        assert!(e.chart_text.contains("points open."), "{}", e.chart_text);
    }

    #[test]
    fn bands_name_the_fit_from_their_lower_limit_up() {
        assert_eq!(band(100.0), "great fit");
        assert_eq!(band(80.0), "great fit");
        assert_eq!(band(79.9), "good fit");
        assert_eq!(band(65.0), "good fit");
        assert_eq!(band(50.0), "fair fit");
        assert_eq!(band(49.9), "weak fit");
        assert_eq!(band(0.0), "weak fit");
    }

    #[test]
    fn every_excluded_entry_is_listed_with_its_reason() {
        let c = catalog();
        let (p, _) = profile("?budget=200&online=1");
        let ranking = rank(&c, &p);
        assert!(!ranking.excluded.is_empty());
        let shown = results(&c, &p);
        assert_eq!(shown.excluded.len(), ranking.excluded.len());
        for ((cert, why), e) in ranking.excluded.iter().zip(&shown.excluded) {
            assert_eq!(e.name, cert.name);
            assert_eq!(
                e.reason,
                format!(": excluded because {}.", why.sentence(cert)),
                "{}",
                cert.id
            );
        }
    }

    #[test]
    fn all_weights_zero_means_no_clear_winner() {
        let c = catalog();
        let zero: String = Criterion::ALL
            .iter()
            .map(|c| format!("{}=0", c.id()))
            .collect::<Vec<_>>()
            .join("&");
        let (p, _) = profile(&format!("?{zero}"));
        let shown = results(&c, &p);
        assert!(shown.verdict.starts_with("No clear winner: "));
        assert!(shown
            .verdict
            .ends_with("are within 5 points of each other."));
        assert!(shown
            .ranked
            .iter()
            .all(|e| e.why == "With no criterion weighted, nothing sets it apart."));
    }

    #[test]
    fn the_sensitivity_sentence_says_what_flip_found() {
        let c = catalog();
        let mut seen_flip = false;
        for preset in Preset::ALL {
            let p = preset.apply(&Profile::default());
            let shown = results(&c, &p);
            match flip(&c, &p) {
                Some(f) => {
                    seen_flip = true;
                    let i = Criterion::ALL
                        .iter()
                        .position(|x| *x == f.criterion)
                        .unwrap();
                    let to = (p.weights[i] as i8 + f.steps) as u8;
                    let n = f.steps.unsigned_abs();
                    let name = &c.get(&f.winner).unwrap().name;
                    let expected = format!(
                        "If {} mattered {n} step{} {} (weight {to} instead of {}), {name} would rank first.",
                        f.criterion.label().to_ascii_lowercase(),
                        if n == 1 { "" } else { "s" },
                        if f.steps > 0 { "more" } else { "less" },
                        p.weights[i],
                    );
                    assert_eq!(shown.flip.as_deref(), Some(&*expected));
                    // And it is true: with that weight, the named entry ranks first.
                    let mut q = p.clone();
                    q.weights[i] = to;
                    assert_eq!(rank(&c, &q).ranked[0].cert.id, f.winner);
                }
                None if rank(&c, &p).ranked.len() > 1 => {
                    assert!(shown
                        .flip
                        .unwrap()
                        .starts_with("No change to a single weight would put another"));
                }
                None => {}
            }
        }
        assert!(seen_flip);
    }

    #[test]
    fn nothing_left_says_so_without_a_flip() {
        let c = catalog();
        let (p, _) = profile("?budget=0&hours=0&levels=expert");
        let shown = results(&c, &p);
        assert!(shown
            .verdict
            .starts_with("No certification meets all of your limits"));
        assert!(shown.ranked.is_empty());
        assert_eq!(shown.flip, None);
    }

    #[test]
    fn each_control_as_drawn_leaves_the_profile_as_it_is() {
        let (p, _) = profile("?cost=4&focus=genai&levels=associate&budget=300");
        // Ranges say their value in words.
        assert_eq!(weight_words(p.weights[0]), "4 of 5, very important");
        // The number fields read back the URL's limits, and so change nothing.
        assert_eq!(limit_in("budget", "300"), p.max_cost_dollars);
        assert_eq!(score::update(&p, "budget", "300", false), p);
        assert_eq!(score::update(&p, "hours", "", false), p);
        // The boxes as ticked, the radio chosen.
        for (name, value, checked) in [
            ("active", "on", true),
            ("online", "on", false),
            ("levels", "associate", true),
            ("levels", "expert", false),
            ("focus", "genai", true),
            ("focus", "mlops", false),
            ("experience", "none", true),
        ] {
            assert_eq!(score::update(&p, name, value, checked), p, "{name}={value}");
        }
        // Control ids are unique: `name` or `name-value`.
        let mut ids: Vec<String> = Criterion::ALL.iter().map(|c| c.id().to_owned()).collect();
        ids.extend(["budget", "hours", "active", "online"].map(String::from));
        ids.extend(Level::ALL.map(|l| format!("levels-{}", l.id())));
        ids.extend(Focus::ALL.map(|f| format!("focus-{}", f.id())));
        ids.extend(Experience::ALL.map(|e| format!("experience-{}", e.id())));
        assert_eq!(ids.len(), 7 + 2 + 2 + 4 + 16 + 3);
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
    }

    #[test]
    fn a_number_field_means_what_its_text_says() {
        // What the browser hands over while someone types: partial entries read as empty.
        assert_eq!(limit_in("budget", ""), None);
        assert_eq!(limit_in("budget", "-5"), Some(0));
        assert_eq!(limit_in("budget", "007"), Some(7));
        assert_eq!(limit_in("budget", "1e3"), Some(1000));
        assert_eq!(limit_in("budget", "150.0"), Some(150));
        assert_eq!(limit_in("hours", "-1e2"), Some(0));
        assert_eq!(limit_in("hours", "1e30"), Some(MAX_HOURS));
        assert_eq!(
            limit_in("budget", "99999999999999999999999"),
            Some(crate::find::MAX_COST_DOLLARS)
        );
        // Not whole: ignored, so no limit is set by it.
        assert_eq!(limit_in("budget", "1.5"), None);
        assert_eq!(whole_number(" 42 "), "42");
    }

    #[test]
    fn presets_are_links_and_the_one_in_force_is_marked() {
        let (base, problems) = profile("?cost=9&zzz=1");
        // What the status notice says.
        let notice = problems.join(" ");
        assert!(notice.contains("Used 5 for the weight of cost"));
        assert!(notice.contains("“zzz”"));
        let chips = presets(&base);
        assert_eq!(chips.len(), Preset::ALL.len() + 1);
        for (preset, (label, next)) in Preset::ALL.into_iter().zip(&chips) {
            assert_eq!(*label, preset.label());
            assert_eq!(
                score_href("/certscope", next),
                score_href("/certscope", &preset.apply(&base))
            );
        }
        assert_eq!(chips.last().unwrap().0, "Start again");
        // The preset in force is the only one marked; no notice without problems.
        let p = Preset::BigTech.apply(&Profile::default());
        let current: Vec<&str> = presets(&p)
            .into_iter()
            .filter(|(_, next)| *next == p)
            .map(|(label, _)| label)
            .collect();
        assert_eq!(current, [Preset::BigTech.label()]);
        assert!(profile(&p.to_search()).1.is_empty());
        assert_eq!(score_href("", &Profile::default()), "/score");
    }

    #[test]
    fn a_bare_address_shows_the_remembered_query_and_a_broken_one_its_own() {
        let remembered = "?recognition=5";
        assert_eq!(
            or_remembered(Query::parse(""), remembered),
            Query::parse(remembered)
        );
        assert_eq!(
            or_remembered(Query::parse("?cost=1"), remembered),
            Query::parse("?cost=1")
        );
        let broken = Query::parse("?cost=%");
        assert!(broken.malformed);
        assert_eq!(or_remembered(broken.clone(), remembered), broken);
    }
}

//! The fit-score page: presets as links, the person's weights and limits as form controls, and
//! the ranking with each score's breakdown and reason, what would change the winner, what was
//! excluded and why, and how the score works. A pure function of the profile: each control
//! carries a `name` (a URL parameter) and the browser glue turns its event into
//! `score::update` and a navigation, so the URL stays the only state.

use super::cert_link;
use crate::catalog::{Catalog, Focus, Level};
use crate::route::join;
use crate::score::{
    flip, range_label, rank, weight_word, Criterion, Experience, Preset, Profile, Ranking, Scored,
    Weights, CLOSE, MAX_HOURS,
};
use crate::tree::{el, Element, Node};

/// The in-app address of the score page for a profile.
pub fn score_href(base: &str, p: &Profile) -> String {
    join(base, &format!("score{}", p.to_search()))
}

/// The page below the header. `problems` are what the address held that could not be used;
/// `controls_open`: the priorities start open beside the ranking on wide screens and folded on
/// phones, so a phone shows the ranking without scrolling past every control.
pub fn page(
    base: &str,
    catalog: &Catalog,
    profile: &Profile,
    problems: &[String],
    controls_open: bool,
) -> Node {
    let mut status = el("div").attr("role", "status");
    if !problems.is_empty() {
        status = status.child(
            el("p")
                .class("notice notice-doubt")
                .text(problems.join(" ")),
        );
    }
    let reset = Profile::default();
    let presets = Preset::ALL
        .into_iter()
        .map(|preset| (preset.label(), preset.apply(profile)))
        .chain([("Start again", reset)])
        .map(|(label, next)| {
            let a = el("a")
                .class("chip")
                .attr("href", score_href(base, &next))
                .text(label);
            el("li").child(if next == *profile {
                a.attr("aria-current", "true")
            } else {
                a
            })
        });
    el("div")
        .child(el("h1").text("Which certification fits you?"))
        .child(el("p").class("lede").text(
            "Say what matters to you and what you can spend: every certification that fits is \
             ranked, explained, and you see what would change the answer.",
        ))
        .child(status)
        .child(el("h2").text("Start from a situation"))
        .child(el("ul").class("chips").children(presets))
        .child(
            el("div")
                .class("find")
                .child(controls(profile, controls_open))
                .child(results(base, catalog, profile)),
        )
        .child(el("h2").text("How the score works"))
        .child(el("ul").children(HOW.map(|line| el("li").text(line))))
        .into()
}

/// The formula in plain words (as in `score.rs`'s module doc).
const HOW: [&str; 6] = [
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

/// The form: weights, hard limits, focus areas, experience. Every control's id is its name,
/// or `name-value` in a group of checkboxes or radios.
fn controls(p: &Profile, open: bool) -> Element {
    let mut weights = fieldset("How much each matters (0 ignores it, 5 is critical)");
    for (c, w) in Criterion::ALL.into_iter().zip(p.weights) {
        let words = format!("{w} of 5, {}", weight_word(w));
        weights = weights.child(
            el("div")
                .class("weight")
                .child(el("label").attr("for", c.id()).text(c.label()))
                .child(
                    input("range", c.id(), c.id())
                        .attr("min", "0")
                        .attr("max", "5")
                        .attr("step", "1")
                        .attr("value", w.to_string())
                        .attr("aria-valuetext", words.as_str()),
                )
                .child(el("span").attr("aria-hidden", "true").text(words)),
        );
    }
    let mut levels = fieldset("Levels allowed (none ticked: all)");
    for l in Level::ALL {
        levels = levels.child(option(
            "checkbox",
            "levels",
            l.id(),
            l.label(),
            p.levels.contains(&l),
        ));
    }
    let limits = fieldset("Hard limits (anything outside is excluded)")
        .child(number(
            "budget",
            "Most you will spend over 3 years, US$ (empty: no limit)",
            p.max_cost_dollars,
            crate::find::MAX_COST_DOLLARS,
        ))
        .child(number(
            "hours",
            "Most study hours (empty: no limit)",
            p.max_hours.map(u64::from),
            MAX_HOURS,
        ))
        .child(option(
            "checkbox",
            "active",
            "",
            "Only active ones (not beta, upcoming, retiring or retired)",
            p.active_only,
        ))
        .child(option(
            "checkbox",
            "online",
            "",
            "Only ones I can take online",
            p.online_only,
        ))
        .child(levels);
    let mut focus = fieldset("Your focus areas");
    for f in Focus::ALL {
        focus = focus.child(option(
            "checkbox",
            "focus",
            f.id(),
            f.label(),
            p.focus.contains(&f),
        ));
    }
    let mut experience = fieldset("Your AI or ML experience");
    for e in Experience::ALL {
        experience = experience.child(option(
            "radio",
            "experience",
            e.id(),
            e.label(),
            p.experience == e,
        ));
    }
    let panel = el("details").class("filters");
    let panel = if open { panel.attr("open", "") } else { panel };
    panel
        .child(el("summary").text("Your priorities"))
        .child(weights)
        .child(limits)
        .child(focus)
        .child(experience)
}

/// A group of controls under its legend.
#[inline(never)]
fn fieldset(legend: &'static str) -> Element {
    el("fieldset")
        .class("facet")
        .child(el("legend").text(legend))
}

#[inline(never)]
fn input(kind: &'static str, id: &str, name: &'static str) -> Element {
    el("input")
        .attr("type", kind)
        .attr("id", id)
        .attr("name", name)
}

/// A labelled whole-number field; empty when there is no limit.
fn number(name: &'static str, label: &'static str, value: Option<u64>, max: u64) -> Element {
    el("div")
        .class("cost-row")
        .child(el("label").attr("for", name).text(label))
        .child(
            input("number", name, name)
                .attr("min", "0")
                .attr("max", max.to_string())
                .attr("step", "1")
                .attr("inputmode", "numeric")
                .attr("value", value.map_or(String::new(), |v| v.to_string())),
        )
}

/// A checkbox or radio and its label. Its id is `name`, or `name-value` when it has a value.
fn option(
    kind: &'static str,
    name: &'static str,
    value: &'static str,
    label: &'static str,
    checked: bool,
) -> Element {
    let id = if value.is_empty() {
        name.to_owned()
    } else {
        format!("{name}-{value}")
    };
    let mut control = input(kind, &id, name);
    if !value.is_empty() {
        control = control.attr("value", value);
    }
    if checked {
        control = control.attr("checked", "");
    }
    el("div")
        .class("option")
        .child(control)
        .child(el("label").attr("for", id).text(label))
}

/// The verdict, what would change it, the ranked list and the excluded entries.
fn results(base: &str, catalog: &Catalog, p: &Profile) -> Element {
    let ranking = rank(catalog, p);
    let mut summary = el("div")
        .attr("aria-live", "polite")
        .child(el("p").class("verdict").text(verdict(&ranking)));
    if ranking.ranked.len() > 1 {
        summary = summary.child(el("p").text(flip_sentence(catalog, p)));
    }
    let weights = p.effective_weights();
    let ranked = ranking
        .ranked
        .iter()
        .map(|s| entry(base, catalog, s, &weights));
    let mut out = el("div")
        .child(el("h2").text("Your ranking"))
        .child(summary)
        .child(el("ol").class("ranking").children(ranked));
    if !ranking.excluded.is_empty() {
        let excluded = ranking.excluded.iter().map(|(cert, why)| {
            el("li")
                .child(cert_link(base, catalog, &cert.id))
                .text(format!(": excluded because {}.", why.sentence(cert)))
        });
        out = out
            .child(el("h2").text(format!("Excluded ({})", ranking.excluded.len())))
            .child(el("ul").children(excluded));
    }
    out
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
fn entry(base: &str, catalog: &Catalog, s: &Scored, weights: &Weights) -> Element {
    let mut score = format!(": fit {} of 100", s.label());
    for unknown in s.unknowns.names() {
        score.push_str(", ");
        score.push_str(unknown);
    }
    let (values, mut parts) = (s.parts(), el("ul").class("parts"));
    for (i, c) in Criterion::ALL.into_iter().enumerate() {
        if weights[i] == 0 {
            continue;
        }
        let part = values[i];
        parts = parts.child(
            el("li")
                .child(el("span").text(c.label()))
                .child(
                    el("meter")
                        .attr("aria-hidden", "true")
                        .attr("min", "0")
                        .attr("max", "100")
                        .attr(
                            "value",
                            (((part.low + part.high) * 50.0).round() as u32).to_string(),
                        ),
                )
                .child(el("span").text(of_100(part.low * 100.0, part.high * 100.0))),
        );
    }
    el("li")
        .attr("data-key", s.cert.id.as_str())
        .child(
            el("h3")
                .child(cert_link(base, catalog, &s.cert.id))
                .text(score),
        )
        .child(el("p").text(why(s, weights)))
        .child(parts)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Query;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    fn draw(c: &Catalog, search: &str) -> (Node, Profile) {
        let (p, problems) = Profile::parse(&Query::parse(search));
        (page("/certscope", c, &p, &problems, true), p)
    }

    fn texts(tree: &Node, tag: &str) -> Vec<String> {
        tree.find_all(tag)
            .into_iter()
            .map(|e| Node::Element(e.clone()).text_content())
            .collect()
    }

    #[test]
    fn shows_the_ranking_in_order_with_scores_and_reasons() {
        let c = catalog();
        for search in [
            "",
            "?cost=5&depth=0&focus=genai",
            "?experience=strong&levels=expert",
        ] {
            let (tree, p) = draw(&c, search);
            let ranking = rank(&c, &p);
            let ol = tree
                .find_all("ol")
                .into_iter()
                .find(|e| e.get("class") == Some("ranking"))
                .unwrap();
            let items: Vec<&crate::tree::Node> = ol.children.iter().collect();
            assert_eq!(items.len(), ranking.ranked.len());
            for (item, s) in items.iter().zip(&ranking.ranked) {
                let text = item.text_content();
                assert!(text.starts_with(&s.cert.name), "{text}");
                assert!(text.contains(&format!("fit {} of 100", s.label())));
                assert!(text.contains("Gains most from ") || text.contains(" alone."));
                // One bar per weighted criterion, each with its value as text.
                let weighted = p.effective_weights().iter().filter(|w| **w > 0).count();
                assert_eq!(item.find_all("meter").len(), weighted);
            }
            // The entry links to its detail page.
            let first = &ranking.ranked[0].cert;
            assert!(tree
                .find_all("a")
                .iter()
                .any(|a| a.get("href") == Some(&*format!("/certscope/cert/{}", first.id))));
        }
    }

    #[test]
    fn unknown_facts_show_a_range_and_are_named() {
        let c = catalog();
        let (tree, p) = draw(&c, "?active=0");
        let s = rank(&c, &p)
            .ranked
            .into_iter()
            .find(|s| s.cert.id == "oracle-oci-genai-professional")
            .unwrap();
        assert!(s.label().contains('–'));
        let heading = texts(&tree, "h3")
            .into_iter()
            .find(|h| h.starts_with(&s.cert.name))
            .unwrap();
        assert!(
            heading.ends_with(&format!(
                "fit {} of 100, validity unknown, hands-on work unknown, study hours unknown",
                s.label()
            )),
            "{heading}"
        );
    }

    #[test]
    fn every_excluded_entry_is_listed_with_its_reason() {
        let c = catalog();
        let (tree, p) = draw(&c, "?budget=200&online=1");
        let ranking = rank(&c, &p);
        assert!(!ranking.excluded.is_empty());
        let text = tree.text_content();
        assert!(text.contains(&format!("Excluded ({})", ranking.excluded.len())));
        for (cert, why) in &ranking.excluded {
            assert!(
                text.contains(&format!(
                    "{}: excluded because {}.",
                    cert.name,
                    why.sentence(cert)
                )),
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
        let (tree, _) = draw(&c, &format!("?{zero}"));
        let verdict = texts(&tree, "p")
            .into_iter()
            .find(|p| p.starts_with("No clear winner: "))
            .unwrap();
        assert!(verdict.ends_with("are within 5 points of each other."));
        assert!(tree
            .text_content()
            .contains("With no criterion weighted, nothing sets it apart."));
    }

    #[test]
    fn the_sensitivity_sentence_says_what_flip_found() {
        let c = catalog();
        let mut seen_flip = false;
        for preset in Preset::ALL {
            let p = preset.apply(&Profile::default());
            let (tree, _) = draw(&c, &p.to_search());
            let text = tree.text_content();
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
                    assert!(text.contains(&expected), "{expected}");
                    // And it is true: with that weight, the named entry ranks first.
                    let mut q = p.clone();
                    q.weights[i] = to;
                    assert_eq!(rank(&c, &q).ranked[0].cert.id, f.winner);
                }
                None if rank(&c, &p).ranked.len() > 1 => {
                    assert!(text.contains("No change to a single weight would put another"));
                }
                None => {}
            }
        }
        assert!(seen_flip);
    }

    #[test]
    fn nothing_left_says_so_without_a_flip() {
        let c = catalog();
        let (tree, _) = draw(&c, "?budget=0&hours=0&levels=expert");
        let text = tree.text_content();
        assert!(text.contains("No certification meets all of your limits"));
        assert!(!text.contains("would rank first"));
    }

    #[test]
    fn every_control_has_a_unique_id_a_name_and_a_label() {
        let c = catalog();
        let (tree, p) = draw(&c, "?cost=4&focus=genai&levels=associate&budget=300");
        let inputs = tree.find_all("input");
        assert_eq!(inputs.len(), 7 + 2 + 2 + 4 + 16 + 3);
        let labels = tree.find_all("label");
        let mut ids = Vec::new();
        for input in &inputs {
            let id = input.get("id").unwrap();
            assert!(!ids.contains(&id), "{id} twice");
            ids.push(id);
            let name = input.get("name").unwrap();
            assert!(id == name || id.starts_with(&format!("{name}-")));
            assert!(labels.iter().any(|l| l.get("for") == Some(id)), "{id}");
            match input.get("type").unwrap() {
                "range" | "number" => assert!(input.get("value").is_some(), "{id}"),
                _ => {}
            }
        }
        // Ranges say their value in words and print it.
        let cost = inputs.iter().find(|i| i.get("id") == Some("cost")).unwrap();
        assert_eq!(cost.get("value"), Some("4"));
        assert_eq!(cost.get("aria-valuetext"), Some("4 of 5, very important"));
        assert!(tree.text_content().contains("4 of 5, very important"));
        // Checked state mirrors the profile; the budget shows its value.
        let checked: Vec<&str> = inputs
            .iter()
            .filter(|i| i.get("checked").is_some())
            .map(|i| i.get("id").unwrap())
            .collect();
        assert_eq!(
            checked,
            [
                "active",
                "levels-associate",
                "focus-genai",
                "experience-none"
            ]
        );
        let budget = inputs
            .iter()
            .find(|i| i.get("id") == Some("budget"))
            .unwrap();
        assert_eq!(budget.get("value"), Some("300"));
        // Each control, as drawn, leaves the profile as it is (a radio reports only when chosen).
        for input in &inputs {
            let name = input.get("name").unwrap();
            let value = input.get("value").unwrap_or("on");
            let checked = input.get("checked").is_some();
            if input.get("type") == Some("radio") && !checked {
                continue;
            }
            assert_eq!(crate::score::update(&p, name, value, checked), p, "{name}");
        }
    }

    #[test]
    fn presets_are_links_and_problems_are_a_status_notice() {
        let c = catalog();
        let (tree, _) = draw(&c, "?cost=9&zzz=1");
        let status = tree
            .find_all("div")
            .into_iter()
            .find(|d| d.get("role") == Some("status"))
            .unwrap();
        let notice = Node::Element(status.clone());
        assert_eq!(
            notice.find_all("p")[0].get("class"),
            Some("notice notice-doubt")
        );
        assert!(notice
            .text_content()
            .contains("Used 5 for the weight of cost"));
        assert!(notice.text_content().contains("“zzz”"));
        let base = Profile::parse(&Query::parse("?cost=9&zzz=1")).0;
        for preset in Preset::ALL {
            let href = score_href("/certscope", &preset.apply(&base));
            assert!(tree
                .find_all("a")
                .iter()
                .any(|a| a.get("href") == Some(&*href)
                    && Node::Element((*a).clone()).text_content() == preset.label()));
        }
        // The preset in force is marked; no notice without problems.
        let p = Preset::BigTech.apply(&Profile::default());
        let (tree, _) = draw(&c, &p.to_search());
        let current: Vec<String> = tree
            .find_all("a")
            .into_iter()
            .filter(|a| a.get("aria-current").is_some())
            .map(|a| Node::Element(a.clone()).text_content())
            .collect();
        assert_eq!(current, [Preset::BigTech.label()]);
        assert!(tree
            .find_all("p")
            .iter()
            .all(|p| p.get("class") != Some("notice notice-doubt")));
        assert_eq!(score_href("", &Profile::default()), "/score");
    }

    #[test]
    fn headings_go_in_order() {
        let c = catalog();
        let (tree, _) = draw(&c, "");
        let mut last = 0;
        tree_walk(&tree, &mut |tag| {
            if let Some(n) = tag.strip_prefix('h').and_then(|n| n.parse::<u32>().ok()) {
                assert!(n <= last + 1, "h{n} after h{last}");
                last = n;
            }
        });
        assert_eq!(texts(&tree, "h1"), ["Which certification fits you?"]);
    }

    fn tree_walk(node: &Node, visit: &mut impl FnMut(&str)) {
        if let Node::Element(e) = node {
            visit(e.tag);
            e.children.iter().for_each(|c| tree_walk(c, visit));
        }
    }
}

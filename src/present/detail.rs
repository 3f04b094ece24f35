//! The detail page `cert/{id}`: every fact the catalog holds, its sources, its doubts, and how
//! CertScope rates depth and recognition. Anything unconfirmed reads "unknown".

use super::{cert_link, pick, status_badge};
use crate::catalog::labels::{duration, money, validity, UNKNOWN};
use crate::catalog::rating::{self, Rating};
use crate::catalog::{Catalog, Certification, Confidence, SourceKind, StatusState};
use crate::route::join;
use crate::tree::{el, Element, Node};

/// The facts as (term, value) rows in reading order; `None` reads "unknown".
pub fn facts(catalog: &Catalog, cert: &Certification) -> Vec<(&'static str, Option<String>)> {
    let price = &cert.price;
    let renewal = cert.renewal.as_ref().map(|r| match r.fee {
        Some(fee) if fee.cents == 0 => format!("{} (free)", r.method),
        Some(fee) => format!("{} ({} each time)", r.method, money(fee)),
        None => format!("{} (fee {UNKNOWN})", r.method),
    });
    let mut facts = vec![
        ("Provider", Some(catalog.provider_name(cert).to_owned())),
        ("Exam code", cert.exam_code.clone()),
        ("Kind", Some(cert.kind.label().to_owned())),
        ("Level", Some(cert.level.label().to_owned())),
        ("Focus areas", Some(cert.focus_label())),
        ("Cost", Some(price.summary())),
        ("Price model", Some(price.model_label().to_owned())),
        ("What the price covers", price.covers.clone()),
        ("Exam length", cert.exam_minutes.map(duration)),
        ("Questions", cert.questions.map(|q| q.to_string())),
        ("Passing score", cert.passing_score.clone()),
        ("Delivery", Some(cert.delivery_label())),
        (
            "Hands-on component",
            cert.hands_on
                .map(|h| if h { "Yes" } else { "No" }.to_owned()),
        ),
        ("Valid for", Some(validity(cert.validity))),
        ("Renewal", renewal),
        (
            "Recommended experience",
            cert.recommended_experience.clone(),
        ),
        (
            "Official prep hours",
            cert.prep_hours.map(|h| format!("{h} h")),
        ),
        ("Languages", cert.languages.clone()),
        ("Status", Some(cert.status.badge())),
    ];
    // A remark, not a fact: shown only when there is one.
    if let Some(note) = price.note.clone() {
        facts.insert(8, ("About the price", Some(note)));
    }
    facts
}

/// One `dt`/`dd` pair in a `div`, the grouping a `dl` allows.
fn row(term: &'static str, value: impl Into<Node>, unknown: bool) -> Element {
    let dd = el("dd").child(value);
    el("div")
        .class("fact")
        .child(el("dt").text(term))
        .child(if unknown { dd.class("unknown") } else { dd })
}

fn section(id: &'static str, heading: &'static str) -> Element {
    el("section")
        .attr("aria-labelledby", id)
        .child(el("h2").attr("id", id).text(heading))
}

/// A notice section (replaced by, doubts) with a heading and a list.
fn notice(
    class: &'static str,
    id: &'static str,
    heading: &'static str,
    items: Vec<Node>,
) -> Element {
    section(id, heading)
        .class(class)
        .child(el("ul").children(items.into_iter().map(|i| el("li").child(i))))
}

fn rating_row(term: &'static str, rating: &Rating, rule: &'static str) -> Element {
    let value = el("span")
        .child(el("strong").text(rating.label()))
        .text(format!(" ({})", rating.reasons.join("; ")))
        .child(
            el("details")
                .child(el("summary").text("The rule"))
                .child(el("p").text(rule)),
        );
    row(term, value, false)
}

fn prerequisites(base: &str, catalog: &Catalog, cert: &Certification) -> Node {
    if cert.prerequisites.is_empty() && cert.prerequisite_note.is_none() {
        return "None".into();
    }
    let mut value = el("span");
    if !cert.prerequisites.is_empty() {
        value = value.child(
            el("ul").class("inline-list").children(
                cert.prerequisites
                    .iter()
                    .map(|id| el("li").child(cert_link(base, catalog, id))),
            ),
        );
    }
    if let Some(note) = &cert.prerequisite_note {
        value = value.child(el("span").text(note.as_str()));
    }
    value.into()
}

fn confidence_label(cert: &Certification) -> &'static str {
    match cert.confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

/// The whole page below the site header, as an `article`.
pub fn page(base: &str, catalog: &Catalog, cert: &Certification, picked: bool) -> Node {
    let provider = catalog.provider(&cert.provider);
    let depth = rating::depth(cert);
    let recognition = provider.map(|p| rating::recognition(cert, p.kind));
    let replaced = matches!(
        cert.status.state,
        StatusState::Retiring | StatusState::Retired
    );
    let verified = cert.verified.to_string();

    let mut article = el("article")
        .class("detail")
        .child(
            el("p").class("crumbs").child(
                el("a")
                    .attr("href", join(base, ""))
                    .text("All certifications"),
            ),
        )
        .child(el("h1").text(cert.name.as_str()))
        .child(
            el("p")
                .class("detail-meta")
                .child(status_badge(&cert.status))
                .child(
                    el("span")
                        .class("verified")
                        .text(format!("verified {verified}")),
                )
                .child(el("span").text(format!(
                    "Confidence in these facts: {}",
                    confidence_label(cert)
                ))),
        )
        .child(pick(cert, picked));
    if let Some(note) = &cert.status.note {
        article = article.child(el("p").class("status-note").text(note.as_str()));
    }
    if replaced && !cert.status.replacements.is_empty() {
        let links = cert.status.replacements.iter();
        article = article.child(notice(
            "notice notice-warn",
            "replaced-by",
            "Replaced by",
            links
                .map(|id| cert_link(base, catalog, id).into())
                .collect(),
        ));
    }
    if !cert.doubts.is_empty() {
        let doubts = cert.doubts.iter().map(|d| d.as_str().into()).collect();
        article = article.child(notice(
            "notice notice-doubt",
            "doubts",
            "What is uncertain",
            doubts,
        ));
    }

    let mut facts_list = el("dl").class("facts");
    for (term, value) in facts(catalog, cert) {
        let unknown = value.is_none();
        facts_list = facts_list.child(row(term, value.unwrap_or_else(|| UNKNOWN.into()), unknown));
    }
    facts_list = facts_list.child(row(
        "Prerequisites",
        prerequisites(base, catalog, cert),
        false,
    ));
    let mut facts = section("facts", "Facts").child(facts_list);
    if let Some(notes) = &cert.notes {
        facts = facts.child(el("p").text(notes.as_str()));
    }

    let mut ratings =
        el("dl")
            .class("facts")
            .child(rating_row("Curriculum depth", &depth, rating::DEPTH_RULE));
    if let Some(r) = &recognition {
        ratings = ratings.child(rating_row(
            "Employer recognition",
            r,
            rating::RECOGNITION_RULE,
        ));
    }
    let rating = section("rating", "How we rate this")
        .child(el("p").text(
            "These are CertScope's own ratings, derived from the facts above by fixed rules. \
             They are not vendor claims.",
        ))
        .child(ratings);

    let mut sources = el("ul").class("sources");
    if let Some(url) = &cert.official_url {
        sources = sources.child(el("li").child(external(url)).text(" — official page"));
    }
    for s in &cert.sources {
        let kind = match s.kind {
            SourceKind::Official => "official",
            SourceKind::Secondary => "secondary",
        };
        sources = sources.child(
            el("li")
                .child(external(&s.url))
                .text(format!(" — {} ({kind})", s.note)),
        );
    }
    let sources = section("sources", "Sources")
        .child(el("p").text(format!(
            "Facts on this page were last checked against these sources on {verified}."
        )))
        .child(sources);

    article.child(facts).child(rating).child(sources).into()
}

fn external(url: &str) -> Element {
    el("a")
        .attr("href", url)
        .attr("rel", "noopener noreferrer")
        .text(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    #[test]
    fn unknown_facts_read_unknown_and_are_marked() {
        let catalog = catalog();
        for cert in &catalog.certifications {
            let tree = page("/certscope", &catalog, cert, false);
            for dd in tree.find_all("dd") {
                let text = Node::Element(dd.clone()).text_content();
                assert!(!text.trim().is_empty(), "{}: empty fact", cert.id);
                if dd.get("class") == Some("unknown") {
                    assert_eq!(text, UNKNOWN);
                }
            }
            assert_eq!(tree.find_all("h1").len(), 1);
        }
    }

    #[test]
    fn every_source_is_a_link_and_replacements_link_in_app() {
        let catalog = catalog();
        let cert = catalog.get("aws-mls-c01").unwrap();
        let tree = page("/certscope", &catalog, cert, false);
        let hrefs: Vec<&str> = tree
            .find_all("a")
            .iter()
            .filter_map(|a| a.get("href"))
            .collect();
        for source in &cert.sources {
            assert!(hrefs.contains(&source.url.as_str()), "{}", source.url);
        }
        for id in &cert.status.replacements {
            assert!(hrefs.contains(&format!("/certscope/cert/{id}").as_str()));
        }
        let says_uncertain = tree.text_content().contains("What is uncertain");
        assert_eq!(says_uncertain, !cert.doubts.is_empty());
    }
}

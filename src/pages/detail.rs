//! The detail page `cert/{id}`: every fact the catalog holds, its sources, its doubts, and how
//! CertScope rates depth and recognition, with the "Compare" box and "Save to a list" below.
//! Anything unconfirmed reads "unknown"; an id the catalog does not have gets the not-found page.
//!
//! What the page says is in plain functions ([`facts`], [`ratings`], [`sources`], …) so it is
//! tested natively; the component only lays it out.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::app::use_app;
use crate::catalog::labels::{duration, money, validity, UNKNOWN};
use crate::catalog::rating;
use crate::catalog::{Catalog, Certification, Confidence, Date, SourceKind, StatusState};
use crate::pages::not_found::NotFound;
use crate::parts::save_to_list::SaveToList;
use crate::parts::tray::Pick;
use crate::parts::{CertLink, StatusBadge};

/// Said above the ratings: they are ours, not the vendor's.
pub const RATING_INTRO: &str = "These are CertScope's own ratings, derived from the facts above by fixed rules. They are not vendor claims.";

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

/// The line under the heading, beside the status badge: when the facts were verified and how
/// sure we are of them.
pub fn meta_line(cert: &Certification) -> [String; 2] {
    let confidence = match cert.confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    };
    [
        format!("verified {}", cert.verified),
        format!("Confidence in these facts: {confidence}"),
    ]
}

/// After this many days without a re-check, an entry's facts are flagged as possibly out of date.
pub const STALE_AFTER_DAYS: i64 = 90;

/// Said when the facts were last checked more than [`STALE_AFTER_DAYS`] before `today`.
pub fn stale_note(verified: Date, today: Option<Date>) -> Option<String> {
    let days = verified.days_until(today?);
    (days > STALE_AFTER_DAYS).then(|| {
        format!(
            "Verified {days} days ago: these facts may be out of date. Check the sources before you book or pay."
        )
    })
}

/// The certifications that replace this one, named only once it is retiring or retired.
pub fn replaced_by(cert: &Certification) -> &[String] {
    match cert.status.state {
        StatusState::Retiring | StatusState::Retired => &cert.status.replacements,
        _ => &[],
    }
}

/// "Prerequisites" reads "None" only when there is neither a linked prerequisite nor a note.
pub fn has_prerequisites(cert: &Certification) -> bool {
    !cert.prerequisites.is_empty() || cert.prerequisite_note.is_some()
}

/// One rating row: term, "3 of 5", its reasons in brackets, and the rule it follows.
pub struct RatingRow {
    pub term: &'static str,
    pub label: String,
    pub reasons: String,
    pub rule: &'static str,
}

/// Depth always; recognition when the provider is known (it depends on who issues it).
pub fn ratings(catalog: &Catalog, cert: &Certification) -> Vec<RatingRow> {
    let row = |term, r: rating::Rating, rule| RatingRow {
        term,
        label: r.label(),
        reasons: format!(" ({})", r.reasons.join("; ")),
        rule,
    };
    let mut rows = vec![row(
        "Curriculum depth",
        rating::depth(cert),
        rating::DEPTH_RULE,
    )];
    if let Some(provider) = catalog.provider(&cert.provider) {
        rows.push(row(
            "Employer recognition",
            rating::recognition(cert, provider.kind),
            rating::RECOGNITION_RULE,
        ));
    }
    rows
}

/// The sources as (url, what follows the link): the official page first, then each source with
/// its note and kind.
pub fn sources(cert: &Certification) -> Vec<(String, String)> {
    let official = cert
        .official_url
        .iter()
        .map(|url| (url.clone(), " — official page".to_owned()));
    let rest = cert.sources.iter().map(|s| {
        let kind = match s.kind {
            SourceKind::Official => "official",
            SourceKind::Secondary => "secondary",
        };
        (s.url.clone(), format!(" — {} ({kind})", s.note))
    });
    official.chain(rest).collect()
}

/// The sentence above the sources.
pub fn sources_intro(cert: &Certification) -> String {
    format!(
        "Facts on this page were last checked against these sources on {}.",
        cert.verified
    )
}

/// The page for the `id` in the address. Moving from one certification to another keeps this
/// route mounted, so the id is read reactively and the page follows it.
#[component]
pub fn DetailPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    move || {
        let id = id.get();
        match app.catalog.get(&id) {
            Some(cert) => view! {
                <Title text=cert.name.clone()/>
                <div>
                    <Detail cert=cert/>
                    <SaveToList certs=vec![id]/>
                </div>
            }
            .into_any(),
            None => view! { <NotFound id=id/> }.into_any(),
        }
    }
}

/// The whole description of one certification, as an `article`.
#[component]
fn Detail(cert: &'static Certification) -> impl IntoView {
    let app = use_app();
    let [verified, confidence] = meta_line(cert);
    let replaced = replaced_by(cert);
    let replaced_by = (!replaced.is_empty()).then(|| {
        view! {
            <Notice class="notice notice-warn" id="replaced-by" heading="Replaced by">
                {replaced
                    .iter()
                    .map(|id| view! { <li><CertLink id=id.clone()/></li> })
                    .collect_view()}
            </Notice>
        }
    });
    let doubts = (!cert.doubts.is_empty()).then(|| {
        view! {
            <Notice class="notice notice-doubt" id="doubts" heading="What is uncertain">
                {cert.doubts.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}
            </Notice>
        }
    });
    let facts = facts(app.catalog, cert)
        .into_iter()
        .map(|(term, value)| {
            let unknown = value.is_none();
            view! {
                <div class="fact">
                    <dt>{term}</dt>
                    <dd class=unknown.then_some("unknown")>
                        {value.unwrap_or_else(|| UNKNOWN.to_owned())}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let ratings = ratings(app.catalog, cert)
        .into_iter()
        .map(|r| {
            view! {
                <div class="fact">
                    <dt>{r.term}</dt>
                    <dd>
                        <span>
                            <strong>{r.label}</strong>
                            {r.reasons}
                            <details>
                                <summary>"The rule"</summary>
                                <p>{r.rule}</p>
                            </details>
                        </span>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let sources = sources(cert)
        .into_iter()
        .map(|(url, text)| {
            let href = url.clone();
            view! {
                <li>
                    <a href=href rel="noopener noreferrer">{url}</a>
                    {text}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="detail">
            <p class="crumbs"><a href=app.href("")>"All certifications"</a></p>
            <h1>{cert.name.clone()}</h1>
            <p class="detail-meta">
                <StatusBadge status=&cert.status/>
                <span class="verified">{verified}</span>
                <span>{confidence}</span>
            </p>
            {stale_note(cert.verified, crate::browser::today())
                .map(|note| view! { <p class="notice notice-doubt stale">{note}</p> })}
            <Pick cert=cert/>
            {cert.status.note.clone().map(|note| view! { <p class="status-note">{note}</p> })}
            {replaced_by}
            {doubts}
            <section aria-labelledby="facts">
                <h2 id="facts">"Facts"</h2>
                <dl class="facts">
                    {facts}
                    <div class="fact">
                        <dt>"Prerequisites"</dt>
                        <dd><Prerequisites cert=cert/></dd>
                    </div>
                </dl>
                {cert.notes.clone().map(|notes| view! { <p>{notes}</p> })}
            </section>
            <section aria-labelledby="rating">
                <h2 id="rating">"How we rate this"</h2>
                <p>{RATING_INTRO}</p>
                <dl class="facts">{ratings}</dl>
            </section>
            <section aria-labelledby="sources">
                <h2 id="sources">"Sources"</h2>
                <p>{sources_intro(cert)}</p>
                <ul class="sources">{sources}</ul>
            </section>
        </article>
    }
}

/// A notice section (replaced by, doubts): a heading that names the region, and a list.
#[component]
fn Notice(
    class: &'static str,
    id: &'static str,
    heading: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <section aria-labelledby=id class=class>
            <h2 id=id>{heading}</h2>
            <ul>{children()}</ul>
        </section>
    }
}

/// Linked prerequisites, then the free-text note; "None" when there is neither.
#[component]
fn Prerequisites(cert: &'static Certification) -> impl IntoView {
    if !has_prerequisites(cert) {
        return view! { "None" }.into_any();
    }
    let links = (!cert.prerequisites.is_empty()).then(|| {
        let items = cert
            .prerequisites
            .iter()
            .map(|id| view! { <li><CertLink id=id.clone()/></li> })
            .collect_view();
        view! { <ul class="inline-list">{items}</ul> }
    });
    let note = cert
        .prerequisite_note
        .clone()
        .map(|note| view! { <span>{note}</span> });
    view! { <span>{links}{note}</span> }.into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parts::cert_href;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    #[test]
    fn unknown_facts_read_unknown_and_no_fact_is_blank() {
        let catalog = catalog();
        for cert in &catalog.certifications {
            for (term, value) in facts(&catalog, cert) {
                if let Some(value) = value {
                    assert!(!value.trim().is_empty(), "{}: empty {term}", cert.id);
                }
            }
            for r in ratings(&catalog, cert) {
                assert!(!r.label.trim().is_empty(), "{}: empty {}", cert.id, r.term);
            }
            if let Some(note) = &cert.prerequisite_note {
                assert!(
                    !note.trim().is_empty(),
                    "{}: empty prerequisite note",
                    cert.id
                );
            }
        }
        assert_eq!(UNKNOWN, "unknown");
    }

    #[test]
    fn every_source_is_a_link_and_replacements_link_in_app() {
        let catalog = catalog();
        let cert = catalog.get("aws-mls-c01").unwrap();
        let urls: Vec<String> = sources(cert).into_iter().map(|(url, _)| url).collect();
        for source in &cert.sources {
            assert!(urls.contains(&source.url), "{}", source.url);
        }
        assert!(!replaced_by(cert).is_empty());
        for id in replaced_by(cert) {
            assert_eq!(cert_href("/certscope", id), format!("/certscope/cert/{id}"));
            assert!(
                catalog.get(id).is_some(),
                "{id} replaces {} but is missing",
                cert.id
            );
        }
        assert!(sources_intro(cert).contains(&cert.verified.to_string()));
        let day = |t| Date::parse(t);
        assert_eq!(
            stale_note(day("2026-09-12").unwrap(), day("2026-12-11")),
            None
        );
        assert_eq!(
            stale_note(day("2026-09-12").unwrap(), day("2026-12-12")).as_deref(),
            Some("Verified 91 days ago: these facts may be out of date. Check the sources before you book or pay.")
        );
        assert_eq!(stale_note(day("2026-09-12").unwrap(), None), None);
    }

    #[test]
    fn active_certifications_name_no_replacement() {
        let catalog = catalog();
        for cert in &catalog.certifications {
            if cert.status.state == StatusState::Active {
                assert!(replaced_by(cert).is_empty(), "{}", cert.id);
            }
        }
    }

    #[test]
    fn recognition_is_rated_only_with_a_known_provider() {
        let catalog = catalog();
        for cert in &catalog.certifications {
            let terms: Vec<&str> = ratings(&catalog, cert).iter().map(|r| r.term).collect();
            let known = catalog.provider(&cert.provider).is_some();
            assert_eq!(
                terms.contains(&"Employer recognition"),
                known,
                "{}",
                cert.id
            );
            assert_eq!(terms[0], "Curriculum depth");
        }
    }
}

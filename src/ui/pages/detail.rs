//! The detail page `cert/{id}`: every fact the catalog holds, its sources, its doubts, and how
//! CertScope rates depth and recognition. Anything unconfirmed reads "unknown".

use leptos::either::Either;
use leptos::prelude::*;

use crate::catalog::labels::{duration, money, validity, UNKNOWN};
use crate::catalog::rating::{self, Rating};
use crate::catalog::{Certification, SourceKind, StatusState};
use crate::ui::app::use_catalog;
use crate::ui::base::link;
use crate::ui::parts::status_badge::status_badge;
use crate::ui::parts::title::use_title;

#[component]
pub fn DetailPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let cert = catalog.get(&id);
    let title = cert.map_or_else(|| "Certification not found".to_owned(), |c| c.name.clone());
    use_title(move || title.clone());
    match cert {
        Some(cert) => Either::Left(view! { <CertDetail cert=cert /> }),
        None => Either::Right(view! {
            <h1>"Certification not found"</h1>
            <p>
                "We have no certification with the id “" {id}
                "”. It may have been renamed, or the link was cut short."
            </p>
            <p><a href=link("")>"Browse all certifications"</a></p>
        }),
    }
}

/// One row of the facts list; `None` reads "unknown".
fn fact(term: &'static str, value: Option<String>) -> impl IntoView {
    let known = value.is_some();
    view! {
        <div class="fact">
            <dt>{term}</dt>
            <dd class:unknown=!known>{value.unwrap_or_else(|| UNKNOWN.to_owned())}</dd>
        </div>
    }
}

#[component]
fn CertDetail(cert: &'static Certification) -> impl IntoView {
    let catalog = use_catalog();
    let provider = catalog.provider(&cert.provider);
    let depth = rating::depth(cert);
    let recognition = provider.map(|p| rating::recognition(cert, p.kind));
    let price = &cert.price;
    let renewal = cert.renewal.as_ref().map(|r| match r.fee {
        Some(fee) if fee.cents == 0 => format!("{} (free)", r.method),
        Some(fee) => format!("{} ({} each time)", r.method, money(fee)),
        None => format!("{} (fee {UNKNOWN})", r.method),
    });
    // One list rendered by one loop: each distinct view shape costs Wasm bytes.
    let mut facts: Vec<(&'static str, Option<String>)> = vec![
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
    let replaced = matches!(
        cert.status.state,
        StatusState::Retiring | StatusState::Retired
    );

    view! {
        <article class="detail">
            <p class="crumbs"><a href=link("")>"All certifications"</a></p>
            <h1>{cert.name.clone()}</h1>
            <p class="detail-meta">
                {status_badge(&cert.status)}
                <span class="verified">"verified " {cert.verified.to_string()}</span>
                <span>"Confidence in these facts: " {confidence_label(cert)}</span>
            </p>
            {cert.status.note.clone().map(|note| view! { <p class="status-note">{note}</p> })}
            {(replaced && !cert.status.replacements.is_empty()).then(|| view! {
                <section class="notice notice-warn" aria-labelledby="replaced-by">
                    <h2 id="replaced-by">"Replaced by"</h2>
                    <ul>{cert.status.replacements.iter().map(|id| cert_link(id)).collect_view()}</ul>
                </section>
            })}
            {(!cert.doubts.is_empty()).then(|| view! {
                <section class="notice notice-doubt" aria-labelledby="doubts">
                    <h2 id="doubts">"What is uncertain"</h2>
                    <ul>{cert.doubts.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
                </section>
            })}
            <section aria-labelledby="facts">
                <h2 id="facts">"Facts"</h2>
                <dl class="facts">
                    {facts.into_iter().map(|(term, value)| fact(term, value)).collect_view()}
                    <div class="fact">
                        <dt>"Prerequisites"</dt>
                        <dd>{prerequisites(cert)}</dd>
                    </div>
                </dl>
                {cert.notes.clone().map(|n| view! { <p>{n}</p> })}
            </section>
            <section aria-labelledby="rating">
                <h2 id="rating">"How we rate this"</h2>
                <p>"These are CertScope's own ratings, derived from the facts above by fixed rules. They are not vendor claims."</p>
                <dl class="facts">
                    {rating_row("Curriculum depth", &depth, rating::DEPTH_RULE)}
                    {recognition.map(|r| rating_row("Employer recognition", &r, rating::RECOGNITION_RULE))}
                </dl>
            </section>
            <section aria-labelledby="sources">
                <h2 id="sources">"Sources"</h2>
                <p>"Facts on this page were last checked against these sources on " {cert.verified.to_string()} "."</p>
                <ul class="sources">
                    {cert.official_url.clone().map(|url| {
                        let text = url.clone();
                        view! { <li><a href=url rel="noopener noreferrer">{text}</a>" — official page"</li> }
                    })}
                    {cert.sources.iter().map(|s| {
                        let kind = match s.kind { SourceKind::Official => "official", SourceKind::Secondary => "secondary" };
                        view! {
                            <li>
                                <a href=s.url.clone() rel="noopener noreferrer">{s.url.clone()}</a>
                                " — " {s.note.clone()} " (" {kind} ")"
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
}

fn confidence_label(cert: &Certification) -> &'static str {
    match cert.confidence {
        crate::catalog::Confidence::High => "high",
        crate::catalog::Confidence::Medium => "medium",
        crate::catalog::Confidence::Low => "low",
    }
}

fn rating_row(term: &'static str, rating: &Rating, rule: &'static str) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{term}</dt>
            <dd>
                <strong>{rating.label()}</strong>
                " (" {rating.reasons.join("; ")} ")"
                <details><summary>"The rule"</summary><p>{rule}</p></details>
            </dd>
        </div>
    }
}

/// A link to another certification's page, by its catalog name.
fn cert_link(id: &str) -> impl IntoView {
    let catalog = use_catalog();
    let name = catalog
        .get(id)
        .map_or_else(|| id.to_owned(), |c| c.name.clone());
    view! { <li><a href=link(&format!("cert/{id}"))>{name}</a></li> }
}

fn prerequisites(cert: &Certification) -> impl IntoView {
    if cert.prerequisites.is_empty() && cert.prerequisite_note.is_none() {
        return Either::Left("None");
    }
    Either::Right(view! {
        {(!cert.prerequisites.is_empty()).then(|| view! {
            <ul class="inline-list">{cert.prerequisites.iter().map(|id| cert_link(id)).collect_view()}</ul>
        })}
        {cert.prerequisite_note.clone().map(|n| view! { <span>{n}</span> })}
    })
}

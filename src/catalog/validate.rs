//! The data rules every catalog entry must satisfy. CI runs them on the real data file, so a
//! bad edit to `data/catalog.json` fails the build instead of reaching a user.

use std::collections::HashSet;
use std::fmt;

use super::{Catalog, Date, StatusState};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// The file is not JSON of the expected shape.
    Parse(String),
    /// One entry breaks a data rule.
    Invalid { id: String, problem: String },
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Parse(e) => write!(f, "the catalog file could not be read: {e}"),
            CatalogError::Invalid { id, problem } => write!(f, "catalog entry `{id}`: {problem}"),
        }
    }
}

/// `^[a-z0-9][a-z0-9-]*$`, the shape of every id that appears in a URL.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks every rule and returns all problems found, so one run lists everything to fix.
/// `today` is passed in so that "verified in the future" is testable.
pub fn validate(catalog: &Catalog, today: Date) -> Vec<CatalogError> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut flag = |id: &str, problem: String| {
        problems.push(CatalogError::Invalid {
            id: id.to_owned(),
            problem,
        })
    };
    let mut provider_ids = HashSet::new();
    for provider in &catalog.providers {
        if !is_valid_id(&provider.id) {
            flag(
                &provider.id,
                "provider id is not of the form a-z0-9-".into(),
            );
        }
        if !provider_ids.insert(provider.id.as_str()) {
            flag(&provider.id, "duplicate provider id".into());
        }
    }
    for cert in &catalog.certifications {
        let id = cert.id.as_str();
        if !is_valid_id(id) {
            flag(id, "id is not of the form ^[a-z0-9][a-z0-9-]*$".into());
        }
        if !seen.insert(id) {
            flag(id, "duplicate id".into());
        }
        if cert.name.trim().is_empty() {
            flag(id, "name is empty".into());
        }
        if catalog.provider(&cert.provider).is_none() {
            flag(
                id,
                format!("provider `{}` is not in the providers list", cert.provider),
            );
        }
        if cert.focus_areas.is_empty() {
            flag(id, "no focus areas".into());
        }
        if cert.sources.is_empty() {
            flag(id, "no sources".into());
        }
        for source in &cert.sources {
            if !is_https_url(&source.url) {
                flag(id, format!("source `{}` is not an https URL", source.url));
            }
        }
        if let Some(url) = &cert.official_url {
            if !is_https_url(url) {
                flag(id, format!("official URL `{url}` is not https"));
            }
        }
        if cert.verified > today {
            flag(
                id,
                format!("verified date {} is in the future", cert.verified),
            );
        }
        let status = &cert.status;
        if matches!(status.state, StatusState::Retiring | StatusState::Retired)
            && status.date.is_none()
        {
            flag(id, "retiring or retired without a date".into());
        }
        for replacement in &status.replacements {
            if replacement == id {
                flag(id, "lists itself as its replacement".into());
            } else if catalog.get(replacement).is_none() {
                flag(id, format!("replacement `{replacement}` does not exist"));
            }
        }
        for prerequisite in &cert.prerequisites {
            if prerequisite == id {
                flag(id, "lists itself as a prerequisite".into());
            } else if catalog.get(prerequisite).is_none() {
                flag(id, format!("prerequisite `{prerequisite}` does not exist"));
            }
        }
        let strings = [
            Some(cert.name.as_str()),
            cert.exam_code.as_deref(),
            cert.passing_score.as_deref(),
            cert.recommended_experience.as_deref(),
            cert.languages.as_deref(),
            cert.notes.as_deref(),
            cert.price.note.as_deref(),
            cert.price.covers.as_deref(),
        ];
        if strings
            .iter()
            .flatten()
            .any(|s| s.trim().eq_ignore_ascii_case("unknown"))
        {
            flag(
                id,
                "uses the text \"unknown\" where the field should be null".into(),
            );
        }
    }
    problems
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !rest.contains(char::is_whitespace)
    })
}

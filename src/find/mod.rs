//! Narrowing the catalog: which certifications a URL query selects. Pure Rust, no browser APIs.

use crate::catalog::{Certification, StatusState};

/// Statuses shown when the URL does not say: everything a person can still sit or enrol in.
/// Retired entries are one click away (`?status=…,retired`).
pub const DEFAULT_STATUSES: [StatusState; 4] = [
    StatusState::Active,
    StatusState::Beta,
    StatusState::Upcoming,
    StatusState::Retiring,
];

impl StatusState {
    /// The id used in URLs and data (`retiring`).
    pub fn id(self) -> &'static str {
        match self {
            StatusState::Active => "active",
            StatusState::Beta => "beta",
            StatusState::Upcoming => "upcoming",
            StatusState::Retiring => "retiring",
            StatusState::Retired => "retired",
        }
    }

    pub fn from_id(id: &str) -> Option<StatusState> {
        StatusState::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Reads `?status=a,b`: unknown words are ignored; no usable word means the default.
pub fn parse_statuses(param: Option<&str>) -> Vec<StatusState> {
    let parsed: Vec<StatusState> = param
        .unwrap_or("")
        .split(',')
        .filter_map(|word| StatusState::from_id(word.trim()))
        .collect();
    if parsed.is_empty() {
        DEFAULT_STATUSES.to_vec()
    } else {
        parsed
    }
}

/// Writes a status list in the form [`parse_statuses`] reads back.
pub fn format_statuses(statuses: &[StatusState]) -> String {
    statuses
        .iter()
        .map(|s| s.id())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn filter_by_status<'a>(
    certs: &'a [Certification],
    statuses: &[StatusState],
) -> Vec<&'a Certification> {
    certs
        .iter()
        .filter(|c| statuses.contains(&c.status.state))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_or_garbage_status_means_default() {
        assert_eq!(parse_statuses(None), DEFAULT_STATUSES.to_vec());
        assert_eq!(parse_statuses(Some("banana,,")), DEFAULT_STATUSES.to_vec());
    }

    #[test]
    fn status_list_round_trips() {
        let all = StatusState::ALL.to_vec();
        assert_eq!(parse_statuses(Some(&format_statuses(&all))), all);
        assert_eq!(
            parse_statuses(Some("active,retiring,retired")),
            vec![
                StatusState::Active,
                StatusState::Retiring,
                StatusState::Retired
            ]
        );
    }
}

//! What a person asked the catalog for, and its URL form. `parse` never fails: what it cannot
//! use is dropped and described in `problems`, so a bad link still opens a working page.

use crate::catalog::{Delivery, Focus, Kind, Level, StatusState};
use crate::route::Query;

/// Longest search text kept from a URL; a longer `q` is cut, and the person is told.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Highest cost ceiling accepted, in dollars.
pub const MAX_COST_DOLLARS: u64 = 1_000_000;

/// Statuses shown when the URL does not say: everything a person can still sit or enrol in.
/// Retired entries are one click away (`?status=…,retired`).
pub const DEFAULT_STATUSES: [StatusState; 4] = [
    StatusState::Active,
    StatusState::Beta,
    StatusState::Upcoming,
    StatusState::Retiring,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first when searching; catalog order otherwise.
    #[default]
    Relevance,
    Name,
    /// Cheapest first; unknown prices last, never counted as zero.
    Fee,
    Level,
    /// Most recently verified first.
    Verified,
    Provider,
    Kind,
    /// Lowest 3-year cost first ([`crate::compare::three_year_cost`] with the default study
    /// months); entries whose cost is not fully known last.
    Cost,
    /// Shortest exam first; unknown length last.
    Length,
    /// Shortest validity first, lifetime last of the known; unknown last.
    Validity,
    /// In the order of [`StatusState`]: active first, retired last.
    Status,
}

impl Sort {
    pub const ALL: [Sort; 11] = [
        Sort::Relevance,
        Sort::Name,
        Sort::Fee,
        Sort::Level,
        Sort::Verified,
        Sort::Provider,
        Sort::Kind,
        Sort::Cost,
        Sort::Length,
        Sort::Validity,
        Sort::Status,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Fee => "fee",
            Sort::Level => "level",
            Sort::Verified => "verified",
            Sort::Provider => "provider",
            Sort::Kind => "kind",
            Sort::Cost => "cost",
            Sort::Length => "length",
            Sort::Validity => "validity",
            Sort::Status => "status",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Name => "Name (A–Z)",
            Sort::Fee => "Exam fee (lowest first)",
            Sort::Level => "Level (entry first)",
            Sort::Verified => "Most recently verified",
            Sort::Provider => "Provider (A–Z)",
            Sort::Kind => "Kind",
            Sort::Cost => "3-year cost (lowest first)",
            Sort::Length => "Exam length (shortest first)",
            Sort::Validity => "Validity (shortest first)",
            Sort::Status => "Status (active first)",
        }
    }
    /// The label of this sort reversed (`sort=-…`).
    pub fn reversed_label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Name => "Name (Z–A)",
            Sort::Fee => "Exam fee (highest first)",
            Sort::Level => "Level (expert first)",
            Sort::Verified => "Least recently verified",
            Sort::Provider => "Provider (Z–A)",
            Sort::Kind => "Kind (reversed)",
            Sort::Cost => "3-year cost (highest first)",
            Sort::Length => "Exam length (longest first)",
            Sort::Validity => "Validity (longest first)",
            Sort::Status => "Status (retired first)",
        }
    }
    fn from_id(id: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// How the results are laid out: cards (the default, also on phones) or one table row each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Cards,
    Table,
}

/// The catalog query: every field empty means "no constraint".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FindQuery {
    pub text: String,
    pub providers: Vec<String>,
    pub levels: Vec<Level>,
    pub kinds: Vec<Kind>,
    pub focus: Vec<Focus>,
    /// Empty means [`DEFAULT_STATUSES`].
    pub statuses: Vec<StatusState>,
    pub delivery: Vec<Delivery>,
    /// Ceiling on the listed price, in whole dollars.
    pub max_cost: Option<u64>,
    pub sort: Sort,
    /// The sort reversed (`sort=-fee`); unknown values stay last. Never set with
    /// [`Sort::Relevance`].
    pub descending: bool,
    pub view: View,
}

impl FindQuery {
    /// The statuses actually shown.
    pub fn effective_statuses(&self) -> &[StatusState] {
        if self.statuses.is_empty() {
            &DEFAULT_STATUSES
        } else {
            &self.statuses
        }
    }

    /// Whether no filter or search is set (the order and the view are not filters).
    pub fn is_empty(&self) -> bool {
        self.cleared() == *self
    }

    /// This query without its filters and search, in the same order and view.
    pub fn cleared(&self) -> FindQuery {
        FindQuery {
            sort: self.sort,
            descending: self.descending,
            view: self.view,
            ..FindQuery::default()
        }
    }

    /// The query sorted by `sort`: the same sort again flips its direction, another starts in
    /// its natural one. What a table's column header links to.
    pub fn sorted_by(&self, sort: Sort) -> FindQuery {
        let descending = sort == self.sort && !self.descending && sort != Sort::Relevance;
        FindQuery {
            sort,
            descending,
            ..self.clone()
        }
    }

    /// Reads a URL query. `known_provider` says which provider ids exist.
    pub fn parse(query: &Query, known_provider: impl Fn(&str) -> bool) -> (FindQuery, Vec<String>) {
        let mut find = FindQuery::default();
        let mut problems = Vec::new();
        if query.malformed {
            problems.push("Part of the address was not validly encoded and was ignored.".into());
        }
        for (key, value) in &query.pairs {
            match key.as_str() {
                "q" => {
                    let trimmed = value.trim();
                    if trimmed.chars().count() > MAX_SEARCH_CHARS {
                        problems.push(format!(
                            "The search text was cut to {MAX_SEARCH_CHARS} characters."
                        ));
                        find.text = trimmed.chars().take(MAX_SEARCH_CHARS).collect();
                    } else {
                        find.text = trimmed.to_owned();
                    }
                }
                "provider" => {
                    find.providers = list(value, "provider", &mut problems, |id| {
                        known_provider(id).then(|| id.to_owned())
                    })
                }
                "level" => find.levels = list(value, "level", &mut problems, Level::from_id),
                "kind" => find.kinds = list(value, "kind", &mut problems, Kind::from_id),
                "focus" => find.focus = list(value, "focus", &mut problems, Focus::from_id),
                "status" => {
                    find.statuses = list(value, "status", &mut problems, StatusState::from_id)
                }
                "delivery" => {
                    find.delivery = list(value, "delivery", &mut problems, Delivery::from_id)
                }
                "max_cost" => match value.trim().parse::<u64>() {
                    Ok(dollars) if dollars <= MAX_COST_DOLLARS => find.max_cost = Some(dollars),
                    _ => problems.push(format!(
                        "Ignored the cost ceiling “{}”: it must be a whole number of dollars.",
                        shorten(value)
                    )),
                },
                "sort" => {
                    let (descending, id) = match value.strip_prefix('-') {
                        Some(id) => (true, id),
                        None => (false, value.as_str()),
                    };
                    match Sort::from_id(id) {
                        Some(Sort::Relevance) if descending => problems.push(
                            "Ignored the reversed relevance order: relevance has one direction."
                                .into(),
                        ),
                        Some(sort) => (find.sort, find.descending) = (sort, descending),
                        None => {
                            problems.push(format!("Ignored the sort order “{}”.", shorten(value)))
                        }
                    }
                }
                "view" => match value.as_str() {
                    "table" => find.view = View::Table,
                    "cards" => find.view = View::Cards,
                    _ => problems.push(format!("Ignored the view “{}”.", shorten(value))),
                },
                other => problems.push(format!(
                    "Ignored the unknown parameter “{}”.",
                    shorten(other)
                )),
            }
        }
        (find, problems)
    }

    /// The URL pairs for this query, in a fixed order, defaults left out: what `parse` reads back.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        fn join<T: Copy>(items: &[T], id: impl Fn(T) -> &'static str) -> String {
            items.iter().map(|&i| id(i)).collect::<Vec<_>>().join(",")
        }
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        let lists = [
            ("provider", self.providers.join(",")),
            ("level", join(&self.levels, Level::id)),
            ("kind", join(&self.kinds, Kind::id)),
            ("focus", join(&self.focus, Focus::id)),
            ("status", join(&self.statuses, StatusState::id)),
            ("delivery", join(&self.delivery, Delivery::id)),
        ];
        pairs.extend(lists.into_iter().filter(|(_, v)| !v.is_empty()));
        if let Some(max) = self.max_cost {
            pairs.push(("max_cost", max.to_string()));
        }
        if self.sort != Sort::Relevance {
            let sign = if self.descending { "-" } else { "" };
            pairs.push(("sort", format!("{sign}{}", self.sort.id())));
        }
        if self.view == View::Table {
            pairs.push(("view", "table".to_owned()));
        }
        pairs
    }

    /// The query string (`?q=…`), empty when the query is the default.
    pub fn to_search(&self) -> String {
        let pairs = self.to_pairs();
        let borrowed: Vec<(&str, String)> = pairs.into_iter().collect();
        Query::format(&borrowed)
    }
}

/// Reads a comma-separated list, keeping known ids once each, in order, and naming the rest.
pub(crate) fn list<T: PartialEq>(
    value: &str,
    name: &str,
    problems: &mut Vec<String>,
    read: impl Fn(&str) -> Option<T>,
) -> Vec<T> {
    let mut items = Vec::new();
    for word in value.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        match read(word) {
            Some(item) if !items.contains(&item) => items.push(item),
            Some(_) => {}
            None => problems.push(format!("Ignored the unknown {name} “{}”.", shorten(word))),
        }
    }
    items
}

/// Long garbage is cut before it is shown back to the person.
pub(crate) fn shorten(text: &str) -> String {
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text.to_owned()
    }
}

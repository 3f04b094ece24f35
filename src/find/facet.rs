//! The six facets seen uniformly, so one view component renders them all: their options,
//! which are selected, their counts, and what clicking an option does to the query.

use super::filter::FacetCounts;
use super::query::FindQuery;
use crate::catalog::{Catalog, Delivery, Focus, Kind, Level, StatusState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Provider,
    Level,
    Kind,
    Focus,
    Status,
    Delivery,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Status,
        Facet::Provider,
        Facet::Level,
        Facet::Kind,
        Facet::Focus,
        Facet::Delivery,
    ];

    /// The URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Provider => "provider",
            Facet::Level => "level",
            Facet::Kind => "kind",
            Facet::Focus => "focus",
            Facet::Status => "status",
            Facet::Delivery => "delivery",
        }
    }

    pub fn legend(self) -> &'static str {
        match self {
            Facet::Provider => "Provider",
            Facet::Level => "Level",
            Facet::Kind => "Kind",
            Facet::Focus => "Focus area",
            Facet::Status => "Status",
            Facet::Delivery => "Delivery",
        }
    }

    /// `(id, label)` for every option, in display order.
    pub fn options(self, catalog: &Catalog) -> Vec<(String, String)> {
        fn of<T: Copy>(
            all: &[T],
            id: fn(T) -> &'static str,
            label: fn(T) -> &'static str,
        ) -> Vec<(String, String)> {
            all.iter()
                .map(|&v| (id(v).to_owned(), label(v).to_owned()))
                .collect()
        }
        match self {
            Facet::Provider => catalog
                .providers
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            Facet::Level => of(&Level::ALL, Level::id, Level::label),
            Facet::Kind => of(&Kind::ALL, Kind::id, Kind::label),
            Facet::Focus => of(&Focus::ALL, Focus::id, Focus::label),
            Facet::Status => of(&StatusState::ALL, StatusState::id, StatusState::label),
            Facet::Delivery => of(&Delivery::ALL, Delivery::id, Delivery::label),
        }
    }

    /// Ids of the selected options (for status: the statuses shown, defaults included).
    pub fn selected(self, q: &FindQuery) -> Vec<String> {
        fn ids<T: Copy>(items: &[T], id: fn(T) -> &'static str) -> Vec<String> {
            items.iter().map(|&v| id(v).to_owned()).collect()
        }
        match self {
            Facet::Provider => q.providers.clone(),
            Facet::Level => ids(&q.levels, Level::id),
            Facet::Kind => ids(&q.kinds, Kind::id),
            Facet::Focus => ids(&q.focus, Focus::id),
            Facet::Status => ids(q.effective_statuses(), StatusState::id),
            Facet::Delivery => ids(&q.delivery, Delivery::id),
        }
    }

    /// Whether the person narrowed this facet (status: away from the default).
    pub fn is_narrowed(self, q: &FindQuery) -> bool {
        match self {
            Facet::Status => !q.statuses.is_empty(),
            _ => !self.selected(q).is_empty(),
        }
    }

    /// The live count of this facet's `n`th option (in [`Facet::options`] order).
    pub fn count(self, counts: &FacetCounts, n: usize) -> usize {
        let list: &[usize] = match self {
            Facet::Provider => &counts.provider,
            Facet::Level => &counts.level,
            Facet::Kind => &counts.kind,
            Facet::Focus => &counts.focus,
            Facet::Status => &counts.status,
            Facet::Delivery => &counts.delivery,
        };
        list.get(n).copied().unwrap_or(0)
    }

    /// The query with option `id` switched on or off. Unknown ids change nothing.
    pub fn toggle(self, q: &FindQuery, id: &str) -> FindQuery {
        fn flip<T: PartialEq + Copy>(items: &mut Vec<T>, value: Option<T>) {
            if let Some(value) = value {
                match items.iter().position(|v| *v == value) {
                    Some(at) => {
                        items.remove(at);
                    }
                    None => items.push(value),
                }
            }
        }
        let mut next = q.clone();
        match self {
            Facet::Provider => match next.providers.iter().position(|p| p == id) {
                Some(at) => {
                    next.providers.remove(at);
                }
                None => next.providers.push(id.to_owned()),
            },
            Facet::Level => flip(&mut next.levels, Level::from_id(id)),
            Facet::Kind => flip(&mut next.kinds, Kind::from_id(id)),
            Facet::Focus => flip(&mut next.focus, Focus::from_id(id)),
            Facet::Status => {
                let mut picked = q.effective_statuses().to_vec();
                flip(&mut picked, StatusState::from_id(id));
                // Declaration order, so one set of statuses always writes one URL.
                next.statuses = StatusState::ALL
                    .into_iter()
                    .filter(|s| picked.contains(s))
                    .collect();
                // The default set is stored as "no parameter" so its URL reads back the same;
                // unticking every status also falls back to it rather than showing nothing.
                if next.statuses == super::query::DEFAULT_STATUSES {
                    next.statuses.clear();
                }
            }
            Facet::Delivery => flip(&mut next.delivery, Delivery::from_id(id)),
        }
        next
    }

    pub fn clear(self, q: &FindQuery) -> FindQuery {
        let mut next = q.clone();
        match self {
            Facet::Provider => next.providers.clear(),
            Facet::Level => next.levels.clear(),
            Facet::Kind => next.kinds.clear(),
            Facet::Focus => next.focus.clear(),
            Facet::Status => next.statuses.clear(),
            Facet::Delivery => next.delivery.clear(),
        }
        next
    }
}

/// The active filters as (label, the query without that filter), in facet order: the
/// removable chips above the results.
pub fn active_filters(q: &FindQuery, catalog: &Catalog) -> Vec<(String, FindQuery)> {
    let mut chips = Vec::new();
    if !q.text.is_empty() {
        let without = FindQuery {
            text: String::new(),
            ..q.clone()
        };
        chips.push((format!("Search: {}", q.text), without));
    }
    for facet in Facet::ALL.into_iter().filter(|f| f.is_narrowed(q)) {
        let selected = facet.selected(q);
        for (id, label) in facet.options(catalog) {
            if selected.contains(&id) {
                chips.push((format!("{}: {label}", facet.legend()), facet.toggle(q, &id)));
            }
        }
    }
    if let Some(max) = q.max_cost {
        let without = FindQuery {
            max_cost: None,
            ..q.clone()
        };
        chips.push((format!("Price at most ${max}"), without));
    }
    chips
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_twice_restores_the_query() {
        let catalog = Catalog::embedded().unwrap();
        let q = FindQuery::default();
        for facet in Facet::ALL {
            for (id, _) in facet.options(&catalog) {
                let on = facet.toggle(&q, &id);
                assert_ne!(on, q, "{facet:?} {id}");
                assert_eq!(facet.toggle(&on, &id), q, "{facet:?} {id}");
            }
        }
    }

    #[test]
    fn ticking_retired_adds_it_to_the_default_statuses() {
        let q = Facet::Status.toggle(&FindQuery::default(), "retired");
        assert_eq!(q.statuses.len(), 5);
        assert!(Facet::Status.is_narrowed(&q));
        assert!(!Facet::Status.is_narrowed(&Facet::Status.clear(&q)));
    }

    #[test]
    fn each_active_filter_is_a_chip_that_removes_only_itself() {
        let catalog = crate::catalog::Catalog::embedded().unwrap();
        let q = FindQuery {
            text: "genai".into(),
            levels: vec![Level::Foundational],
            providers: vec!["aws".into()],
            max_cost: Some(150),
            ..FindQuery::default()
        };
        let chips = active_filters(&q, &catalog);
        let labels: Vec<&str> = chips.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Search: genai",
                "Provider: Amazon Web Services",
                "Level: Foundational",
                "Price at most $150"
            ]
        );
        for (_, without) in &chips {
            let removed = usize::from(without.text != q.text)
                + usize::from(without.levels != q.levels)
                + usize::from(without.providers != q.providers)
                + usize::from(without.max_cost != q.max_cost);
            assert_eq!(removed, 1, "{without:?}");
        }
        assert!(active_filters(&FindQuery::default(), &catalog).is_empty());
    }
}

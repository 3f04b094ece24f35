//! The catalog's result cards: name (search matches in `<mark>`), status, the facts a person
//! scans, and for retired entries their replacements.

use super::{cert_href, cert_link, pick, status_badge};
use crate::catalog::{Catalog, Certification, StatusState};
use crate::find::{active_filters, highlight, listed_price_cents, Facet, FindQuery, Results};
use crate::lists::List;
use crate::route::join;
use crate::tree::{el, Element, Node};

/// One card. `ceiling` says a price ceiling is set, so unknown prices are called out as kept;
/// `picked` says it is in the compare tray; `lists` are the person's shortlists, offered in a
/// "Save to a list" menu.
pub fn card(
    base: &str,
    catalog: &Catalog,
    cert: &Certification,
    words: &[String],
    ceiling: bool,
    picked: bool,
    lists: &[List],
) -> Element {
    let name = highlight(&cert.name, words).into_iter().map(|(text, hit)| {
        if hit {
            el("mark").text(text).into()
        } else {
            Node::Text(text)
        }
    });
    let mut price = cert.price.summary();
    if ceiling && listed_price_cents(cert).is_none() {
        price.push_str(" — price unknown, kept in the list");
    }
    let facts = [
        ("Provider", catalog.provider_name(cert).to_owned()),
        ("Level", cert.level.label().to_owned()),
        ("Kind", cert.kind.label().to_owned()),
        ("Price", price),
        ("Exam code", cert.exam_code.clone().unwrap_or_default()),
    ];
    let facts = facts
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(term, value)| {
            el("div")
                .child(el("dt").text(term))
                .child(el("dd").text(value))
        });
    let mut card = el("li")
        .class("card")
        .attr("data-key", cert.id.as_str())
        .child(
            el("h2").class("card-title").child(
                el("a")
                    .attr("href", cert_href(base, &cert.id))
                    .children(name),
            ),
        )
        .child(status_badge(&cert.status))
        .child(el("dl").class("card-facts").children(facts))
        .child(pick(cert, picked));
    if !lists.is_empty() {
        // Choosing a list adds the certification to it (or removes it, as the option says);
        // `ui::lists` then sets the menu back to its prompt.
        let options = lists.iter().map(|l| {
            let saved = l.items.iter().any(|i| i.cert == cert.id);
            el("option").attr("value", l.id.as_str()).text(if saved {
                format!("Remove from {}", l.name)
            } else {
                format!("Add to {}", l.name)
            })
        });
        card = card.child(
            el("select")
                .class("keep")
                .attr("id", format!("keep-{}", cert.id))
                .attr("data-action", "save")
                .attr("data-cert", cert.id.as_str())
                .attr("aria-label", format!("Save {} to a list", cert.name))
                .attr("value", "")
                .child(el("option").attr("value", "").text("Save to a list…"))
                .children(options),
        );
    }
    if cert.status.state == StatusState::Retired && !cert.status.replacements.is_empty() {
        let mut replaced = el("p").class("replaced").text("Replaced by ");
        for id in &cert.status.replacements {
            replaced = replaced.child(cert_link(base, catalog, id)).text(" ");
        }
        card = card.child(replaced);
    }
    card
}

/// The facets as labelled groups of checkboxes with live counts and a "clear" link each.
/// Each checkbox carries in `data-href` the address its click leads to; the page navigates
/// there on `change`, so the URL stays the only state.
pub fn facets(base: &str, catalog: &Catalog, query: &FindQuery, results: &Results) -> Node {
    let href = |q: &FindQuery| join(base, &q.to_search());
    let groups = Facet::ALL.into_iter().map(|facet| {
        let mut group = el("fieldset")
            .class("facet")
            .child(el("legend").text(facet.legend()));
        if facet.is_narrowed(query) {
            group = group.child(
                el("a")
                    .class("link-button")
                    .attr("href", href(&facet.clear(query)))
                    .text(format!("Clear {}", facet.legend().to_ascii_lowercase())),
            );
        }
        let selected = facet.selected(query);
        for (n, (id, label)) in facet.options(catalog).into_iter().enumerate() {
            let count = facet.count(&results.counts, n);
            let input_id = format!("f-{}-{id}", facet.key());
            let mut input = el("input")
                .attr("type", "checkbox")
                .attr("id", input_id.as_str())
                .attr("data-href", href(&facet.toggle(query, &id)));
            if selected.contains(&id) {
                input = input.attr("checked", "");
            }
            let option = el("div")
                .class(if count == 0 { "option zero" } else { "option" })
                .attr("data-key", input_id.as_str());
            group = group.child(
                option.child(input).child(
                    el("label")
                        .attr("for", input_id)
                        .text(format!("{label} "))
                        .child(el("span").class("n").text(format!("({count})"))),
                ),
            );
        }
        group
    });
    el("div").children(groups).into()
}

/// At most this many cards are drawn, so every keystroke stays cheap however large the catalog
/// grows (the real one has fewer entries; the synthetic benchmark build has 5,000).
pub const SHOWN: usize = 60;

/// Below the result count: the active filters as links that remove them, the empty state, the
/// cards (the first `limit` of at most [`SHOWN`]), and a word when the list is cut.
#[allow(clippy::too_many_arguments)]
pub fn results(
    base: &str,
    catalog: &Catalog,
    query: &FindQuery,
    results: &Results,
    words: &[String],
    limit: usize,
    picks: &[String],
    lists: &[List],
) -> Node {
    let href = |q: &FindQuery| join(base, &q.to_search());
    let mut out = el("div");
    let chips = active_filters(query, catalog);
    if !chips.is_empty() {
        let links = chips.iter().map(|(label, without)| {
            el("li").child(
                // Named "Remove filter …" by hidden words around the visible label, so the
                // visible text is part of the name (WCAG 2.5.3).
                el("a")
                    .class("chip")
                    .attr("href", href(without))
                    .child(el("span").class("visually-hidden").text("Remove filter "))
                    .text(label.as_str())
                    .child(el("span").attr("aria-hidden", "true").text(" ×")),
            )
        });
        let clear = el("li").child(
            el("a")
                .class("link-button")
                .attr("href", href(&FindQuery::default()))
                .text("Clear all filters"),
        );
        out = out.child(
            el("ul")
                .class("chips")
                .attr("aria-label", "Active filters")
                .children(links)
                .child(clear),
        );
    }
    if results.indices.is_empty() {
        out = out.child(
            el("div")
                .class("empty")
                .child(el("p").text("No certification matches all of these filters."))
                .child(
                    el("a")
                        .class("button")
                        .attr("href", href(&FindQuery::default()))
                        .text("Clear all filters"),
                ),
        );
    }
    let ceiling = query.max_cost.is_some();
    let cards = results.indices.iter().take(limit.min(SHOWN)).map(|&i| {
        let cert = &catalog.certifications[i];
        card(
            base,
            catalog,
            cert,
            words,
            ceiling,
            picks.contains(&cert.id),
            lists,
        )
    });
    out = out.child(el("ul").class("cards").children(cards));
    if results.indices.len() > SHOWN {
        out = out.child(el("p").class("more").text(format!(
            "Showing the first {SHOWN}. Search or filter to narrow the list."
        )));
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_matches_and_links_replacements() {
        let catalog = Catalog::embedded().unwrap();
        let cert = catalog.get("aws-mls-c01").unwrap();
        let words = vec!["learning".to_owned()];
        let tree: Node = card("", &catalog, cert, &words, false, false, &[]).into();
        let marks = tree.find_all("mark");
        assert_eq!(marks.len(), 1);
        assert_eq!(Node::Element(marks[0].clone()).text_content(), "Learning");
        let hrefs: Vec<&str> = tree
            .find_all("a")
            .iter()
            .filter_map(|a| a.get("href"))
            .collect();
        assert_eq!(hrefs[0], "/cert/aws-mls-c01");
        for id in &cert.status.replacements {
            assert!(hrefs.contains(&format!("/cert/{id}").as_str()));
        }
    }

    #[test]
    fn an_unknown_price_under_a_ceiling_is_called_out() {
        let catalog = Catalog::embedded().unwrap();
        let cert = catalog
            .certifications
            .iter()
            .find(|c| listed_price_cents(c).is_none())
            .unwrap();
        let with: Node = card("", &catalog, cert, &[], true, false, &[]).into();
        let without: Node = card("", &catalog, cert, &[], false, true, &[]).into();
        assert!(with.text_content().contains("price unknown"));
        assert!(!without.text_content().contains("price unknown"));
        let boxes = without.find_all("input");
        assert_eq!(boxes[0].get("data-compare"), Some(cert.id.as_str()));
        assert_eq!(boxes[0].get("checked"), Some(""));
        assert_eq!(with.find_all("input")[0].get("checked"), None);
    }

    #[test]
    fn each_facet_option_links_to_its_toggled_query_and_shows_its_count() {
        use crate::find::{run, FindIndex};
        let catalog = Catalog::embedded().unwrap();
        let index = FindIndex::new(&catalog.certifications, &catalog.providers);
        let query = FindQuery {
            levels: vec![crate::catalog::Level::Associate],
            ..FindQuery::default()
        };
        let found = run(&catalog.certifications, &index, &query);
        let tree = facets("/certscope", &catalog, &query, &found);
        let inputs = tree.find_all("input");
        let associate = inputs
            .iter()
            .find(|i| i.get("id") == Some("f-level-associate"))
            .unwrap();
        assert_eq!(associate.get("checked"), Some(""));
        // Unticking it leads back to the plain catalog.
        assert_eq!(associate.get("data-href"), Some("/certscope/"));
        let expert = inputs
            .iter()
            .find(|i| i.get("id") == Some("f-level-expert"))
            .unwrap();
        assert_eq!(expert.get("checked"), None);
        assert_eq!(
            expert.get("data-href"),
            Some("/certscope/?level=associate,expert")
        );
        let text = tree.text_content();
        assert!(text.contains(&format!("Associate ({})", found.counts.level[1])));
        assert!(text.contains("Clear level"));
    }
}

//! The catalog page (the app's root) as a tree: heading, link notices, search box, filters with
//! the cost ceiling, result count, sort and the results. Its controls carry ids the browser
//! glue (`ui::events`) reacts to; everything they change goes into the URL.

use crate::catalog::Catalog;
use crate::find::FindQuery;
use crate::find::{Results, Sort};
use crate::present::card::{facets, results};
use crate::tree::{el, Element, Node};

/// What the page shows, derived from the URL at each drawing.
pub struct Found {
    pub query: FindQuery,
    /// Parameters that were ignored, in words.
    pub problems: Vec<String>,
    pub results: Results,
    /// The folded search words, for highlighting.
    pub words: Vec<String>,
}

/// A polite status region that says what part of a link was ignored; empty when nothing was.
/// The region is always drawn, so screen readers announce the text when it appears.
pub fn problems_notice(problems: &[String]) -> Element {
    let status = el("div").attr("role", "status");
    if problems.is_empty() {
        return status;
    }
    status.child(el("p").class("notice notice-doubt").text(format!(
        "Some of this link could not be used, so it was ignored. {}",
        problems.join(" ")
    )))
}

/// `filters_open`: the filters start open beside the results on wide screens and folded on
/// phones (the CSS breakpoint of `.find`). `cards`: how many result cards to draw now.
pub fn page(
    base: &str,
    catalog: &Catalog,
    found: &Found,
    cards: usize,
    picks: &[String],
    lists: &[crate::lists::List],
    filters_open: bool,
) -> Node {
    let total = catalog.certifications.len();
    let query = &found.query;
    let search = el("div")
        .class("search-row")
        .child(el("label").attr("for", "search").text("Search"))
        .child(
            el("input")
                .attr("id", "search")
                .attr("type", "search")
                .attr("role", "searchbox")
                .attr("autocomplete", "off")
                .attr("placeholder", "Name, provider, exam code…")
                .attr("value", query.text.as_str()),
        );
    let cost = el("div")
        .class("cost-row")
        .child(el("label").attr("for", "max-cost").text("Price at most (US$)"))
        .child(
            el("input")
                .attr("id", "max-cost")
                .attr("type", "number")
                .attr("min", "0")
                .attr("step", "1")
                .attr("inputmode", "numeric")
                .attr("aria-describedby", "max-cost-note")
                .attr("value", query.max_cost.map(|d| d.to_string()).unwrap_or_default()),
        )
        .child(el("p").attr("id", "max-cost-note").class("hint").text(
            "Entries whose price is unknown stay listed, marked “price unknown”. Subscriptions compare by their monthly price.",
        ));
    let mut filters = el("details").class("filters");
    if filters_open {
        filters = filters.attr("open", "");
    }
    let filters = filters
        .child(el("summary").text("Filters"))
        .child(cost)
        .child(facets(base, catalog, query, &found.results));
    let options = Sort::ALL.into_iter().map(|s| {
        let option = el("option").attr("value", s.id()).text(s.label());
        if s == query.sort {
            option.attr("selected", "")
        } else {
            option
        }
    });
    let bar = el("div")
        .class("result-bar")
        .child(
            el("p")
                .attr("role", "status")
                .attr("aria-live", "polite")
                .class("count")
                .text(format!(
                    "{} of {total} certifications",
                    found.results.indices.len()
                )),
        )
        .child(
            el("label").class("sort").text("Sort by ").child(
                el("select")
                    .attr("id", "sort")
                    .attr("value", query.sort.id())
                    .children(options),
            ),
        );
    let section = el("section")
        .class("results")
        .attr("aria-labelledby", "results-heading")
        .child(
            el("h2")
                .attr("id", "results-heading")
                .class("visually-hidden")
                .text("Results"),
        )
        .child(bar)
        .child(results(
            base,
            catalog,
            query,
            &found.results,
            &found.words,
            cards,
            picks,
            lists,
        ));
    el("div")
        .child(el("h1").text("AI and machine-learning certifications"))
        .child(el("p").class("lede").text(format!("Sourced facts on {total} certifications: what they cost, how they are examined, how long they last and whether they are still offered.")))
        .child(problems_notice(&found.problems))
        .child(search)
        .child(el("div").class("find").child(filters).child(section))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::find::{run, search_words, FindIndex};
    use crate::route::Query;

    fn found(catalog: &Catalog, search: &str) -> Found {
        let index = FindIndex::new(&catalog.certifications, &catalog.providers);
        let (query, problems) =
            FindQuery::parse(&Query::parse(search), |id| catalog.provider(id).is_some());
        Found {
            results: run(&catalog.certifications, &index, &query),
            words: search_words(&query.text),
            query,
            problems,
        }
    }

    #[test]
    fn controls_show_the_url_state() {
        let catalog = Catalog::embedded().unwrap();
        let found = found(&catalog, "?q=genai&max_cost=300&sort=fee");
        let tree = page("", &catalog, &found, usize::MAX, &[], &[], false);
        let inputs = tree.find_all("input");
        let by_id = |id: &str| inputs.iter().find(|i| i.get("id") == Some(id)).unwrap();
        assert_eq!(by_id("search").get("value"), Some("genai"));
        assert_eq!(by_id("max-cost").get("value"), Some("300"));
        let select = &tree.find_all("select")[0];
        assert_eq!(select.get("value"), Some(found.query.sort.id()));
        let selected: Vec<_> = tree
            .find_all("option")
            .into_iter()
            .filter(|o| o.get("selected").is_some())
            .collect();
        assert_eq!(selected.len(), 1);
        assert_eq!(selected[0].get("value"), Some(found.query.sort.id()));
        assert!(tree.find_all("details")[0].get("open").is_none());
        let count = format!(
            "{} of {} certifications",
            found.results.indices.len(),
            catalog.certifications.len()
        );
        assert!(tree.text_content().contains(&count));
    }

    #[test]
    fn ignored_parameters_are_named_in_a_status_region() {
        let catalog = Catalog::embedded().unwrap();
        let bad = page(
            "",
            &catalog,
            &found(&catalog, "?level=banana"),
            usize::MAX,
            &[],
            &[],
            true,
        );
        let good = page(
            "",
            &catalog,
            &found(&catalog, ""),
            usize::MAX,
            &[],
            &[],
            true,
        );
        assert!(bad
            .text_content()
            .contains("Some of this link could not be used"));
        assert!(!good
            .text_content()
            .contains("Some of this link could not be used"));
        assert_eq!(good.find_all("details")[0].get("open"), Some(""));
    }

    #[test]
    fn not_found_names_the_id_as_text() {
        let tree = crate::present::not_found("/certscope", Some("<b>x</b>"));
        assert!(tree.text_content().contains("“<b>x</b>”"));
        assert!(tree.find_all("b").is_empty());
        assert_eq!(tree.find_all("a")[0].get("href"), Some("/certscope/"));
    }
}

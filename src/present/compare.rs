//! The comparison table: one column per certification in link order, a row header per
//! attribute, the best value marked with a word and a star (never colour alone), differing rows
//! marked, retired columns warned with links to their replacements.

use super::{cert_href, cert_link, compare_href};
use crate::catalog::{Catalog, Certification, StatusState};
use crate::compare::{self, moved, Row, View, MONTH_CHOICES};
use crate::route::join;
use crate::tree::{el, Element, Node};

/// The table inside a labelled, focusable scroll region (phones scroll it sideways, not the page).
pub fn table(base: &str, catalog: &Catalog, view: &View) -> Element {
    let certs = view.certs(catalog);
    let ids = &view.picked.ids;
    let href = |ids: &[String]| compare_href(base, ids, view.months, view.only_differences);

    let mut head = el("tr").child(el("th").attr("scope", "col").text("Attribute"));
    for (i, cert) in certs.iter().enumerate() {
        let mut tools = el("p").class("col-tools");
        if i > 0 {
            tools = tools.child(tool(
                &format!("left-{}", cert.id),
                href(&moved(ids, i, -1)),
                "Move left",
                &cert.name,
            ));
        }
        if i + 1 < certs.len() {
            tools = tools.child(tool(
                &format!("right-{}", cert.id),
                href(&moved(ids, i, 1)),
                "Move right",
                &cert.name,
            ));
        }
        let rest: Vec<String> = ids.iter().filter(|id| **id != cert.id).cloned().collect();
        tools = tools.child(tool(
            &format!("remove-{}", cert.id),
            href(&rest),
            "Remove",
            &cert.name,
        ));
        let mut th = el("th")
            .attr("scope", "col")
            .child(
                el("a")
                    .attr("href", cert_href(base, &cert.id))
                    .text(cert.name.as_str()),
            )
            .child(tools);
        if let Some(warning) = retired_warning(base, catalog, cert, &href) {
            th = th.child(warning);
        }
        head = head.child(th);
    }

    let mut body = el("tbody");
    for row in compare::rows(catalog, &certs, view.months) {
        if view.only_differences && !row.differs {
            continue;
        }
        body = body.child(table_row(row));
    }
    // Sources: links, one list per column.
    let mut sources = el("tr").child(el("th").attr("scope", "row").text("Sources"));
    for cert in &certs {
        let links = cert.sources.iter().map(|s| {
            el("li").child(
                el("a")
                    .attr("href", s.url.as_str())
                    .attr("rel", "noopener noreferrer")
                    .text(s.note.as_str()),
            )
        });
        sources = sources.child(el("td").child(el("ul").class("plain").children(links)));
    }
    body = body.child(sources);

    let caption = format!(
        "Comparing {} certifications. “Best” marks the best known value in a row; “differs” marks rows whose values are not all the same.",
        certs.len()
    );
    el("div")
        .class("table-scroll")
        .attr("role", "region")
        .attr("aria-labelledby", "compare-caption")
        .attr("tabindex", "0")
        .child(
            el("table")
                .class("compare")
                .child(el("caption").attr("id", "compare-caption").text(caption))
                .child(el("thead").child(head))
                .child(body),
        )
}

/// The page below the header: notices, the empty state or the options and the table.
pub fn page(base: &str, catalog: &Catalog, view: &View) -> Node {
    let mut page = el("div").child(el("h1").text("Compare certifications"));
    if !view.problems.is_empty() {
        page = page.child(
            el("p")
                .class("notice notice-doubt")
                .text(view.problems.join(" ")),
        );
    }
    if view.picked.ids.is_empty() {
        return page
            .child(
                el("div").class("empty")
                    .child(el("p").text("Nothing to compare yet. Tick “Compare” on up to four certifications in the catalog, then open the comparison from the tray."))
                    .child(el("p").child(el("a").attr("href", join(base, "")).text("Go to the catalog"))),
            )
            .into();
    }
    let ids = &view.picked.ids;
    let link = |months: u32, diff: bool| compare_href(base, ids, months, diff);
    // Options are links: each is a state of the page, so Back works and it can be shared.
    let rows = if view.only_differences {
        el("a")
            .attr("id", "rows-all")
            .attr("href", link(view.months, false))
            .text("Show all rows")
    } else {
        el("a")
            .attr("id", "rows-diff")
            .attr("href", link(view.months, true))
            .text("Only differences")
    };
    let mut months = el("p")
        .class("choices")
        .text("Study months assumed for subscription courses: ");
    for m in MONTH_CHOICES {
        let a = el("a")
            .attr("id", format!("months-{m}"))
            .attr("href", link(m, view.only_differences))
            .text(m.to_string());
        months = months
            .child(if m == view.months {
                a.attr("aria-current", "true")
            } else {
                a
            })
            .text(" ");
    }
    page.child(
        el("div")
            .class("compare-options")
            .child(el("p").child(rows))
            .child(months),
    )
    .child(table(base, catalog, view))
    .into()
}

/// A column tool: a link to the reordered or reduced comparison, named for its column. The id
/// lets focus return to it after the table is redrawn.
fn tool(id: &str, href: String, label: &'static str, name: &str) -> Element {
    el("a")
        .attr("id", id)
        .attr("href", href)
        .attr("aria-label", format!("{label}: {name}"))
        .text(label)
}

fn table_row(row: Row) -> Element {
    let mut th = el("th").attr("scope", "row").text(row.label);
    if row.differs {
        th = th.child(el("span").class("differs").text(" differs"));
    }
    if let Some(note) = row.note {
        th = th.child(el("span").class("formula").text(note));
    }
    let mut tr = el("tr").child(th);
    if row.differs {
        tr = tr.class("row-differs");
    }
    for cell in row.cells {
        let mut td = el("td").text(cell.text);
        if cell.unknown {
            td = td.class("unknown");
        } else if cell.best {
            td = td
                .class("best")
                .child(el("strong").class("best-mark").text(" ★ best"));
        }
        tr = tr.child(td);
    }
    tr
}

/// For retired or retiring columns: the warning, each replacement, and "compare with it".
fn retired_warning(
    base: &str,
    catalog: &Catalog,
    cert: &Certification,
    href: &dyn Fn(&[String]) -> String,
) -> Option<Element> {
    if !matches!(
        cert.status.state,
        StatusState::Retired | StatusState::Retiring
    ) {
        return None;
    }
    let mut warning = el("div")
        .class("col-warning")
        .child(el("strong").text(cert.status.badge()));
    for id in &cert.status.replacements {
        let Some(replacement) = catalog.get(id) else {
            continue;
        };
        warning = warning.child(
            el("p")
                .text("Replaced by ")
                .child(cert_link(base, catalog, id))
                .text(" · ")
                .child(
                    el("a")
                        .attr("href", href(&[cert.id.clone(), id.clone()]))
                        .attr(
                            "aria-label",
                            format!("compare with it: {}", replacement.name),
                        )
                        .text("compare with it"),
                ),
        );
    }
    Some(warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_column_per_cert_in_order_with_row_headers() {
        let catalog = Catalog::embedded().unwrap();
        let query = crate::route::Query::parse("?ids=aws-mls-c01,aws-aif-c01,gcp-pmle");
        let mut view = View::parse(&query, &catalog);
        let certs = view.certs(&catalog);
        assert_eq!(certs.len(), 3);
        let tree: Node = table("", &catalog, &view).into();
        let ths = tree.find_all("th");
        let cols: Vec<String> = ths
            .iter()
            .filter(|th| th.get("scope") == Some("col"))
            .map(|th| Node::Element((*th).clone()).text_content())
            .collect();
        assert_eq!(cols.len(), 4);
        assert!(cols[1].starts_with(&certs[0].name));
        assert!(cols[3].starts_with(&certs[2].name));
        // The retired first column warns and offers its replacements.
        assert!(cols[1].contains("Retired on"));
        assert!(cols[1].contains("compare with it"));
        let rows = ths
            .iter()
            .filter(|th| th.get("scope") == Some("row"))
            .count();
        assert!(rows >= 18);
        // Only differences hides rows, never columns.
        view.only_differences = true;
        let diff: Node = table("", &catalog, &view).into();
        let diff_rows = diff
            .find_all("th")
            .iter()
            .filter(|th| th.get("scope") == Some("row"))
            .count();
        assert!(diff_rows < rows);
        assert_eq!(
            diff.find_all("th")
                .iter()
                .filter(|th| th.get("scope") == Some("col"))
                .count(),
            4
        );
    }
}

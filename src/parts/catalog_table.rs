//! The catalog as a table (`?view=table`): one row per result with the facts people decide on,
//! each column header a link that sorts by it (again: the other way), `aria-sort` on the
//! sorted one, and the "Compare" box in every row. Same results, cap and "Show all" as the
//! cards; what a cell says is [`cells`], tested natively.

use leptos::prelude::*;

use crate::app::use_app;
use crate::catalog::labels::{duration, validity};
use crate::catalog::{Catalog, Certification};
use crate::compare::{three_year_cost, DEFAULT_MONTHS};
use crate::find::{FindQuery, Sort};
use crate::parts::facets::CatalogUrl;
use crate::parts::tray::Pick;
use crate::parts::{cert_href, StatusBadge};

/// The columns after the name, in order, with the sort each header sets.
pub const COLUMNS: [(&str, Sort); 9] = [
    ("Provider", Sort::Provider),
    ("Level", Sort::Level),
    ("Kind", Sort::Kind),
    ("Price", Sort::Fee),
    ("3-year cost", Sort::Cost),
    ("Exam length", Sort::Length),
    ("Valid for", Sort::Validity),
    ("Status", Sort::Status),
    ("Verified", Sort::Verified),
];

/// What the cells of [`COLUMNS`] say for `cert`, in the same order ("unknown" where a fact
/// is; the status cell is drawn as a badge from the same words).
pub fn cells(catalog: &Catalog, cert: &Certification) -> [String; 9] {
    [
        catalog.provider_name(cert).to_owned(),
        cert.level.label().to_owned(),
        cert.kind.label().to_owned(),
        cert.price.summary(),
        three_year_cost(cert, DEFAULT_MONTHS).label(),
        cert.exam_minutes
            .map_or_else(|| "unknown".to_owned(), duration),
        validity(cert.validity),
        cert.status.badge(),
        cert.verified.to_string(),
    ]
}

/// The `aria-sort` of the header for `sort`: only the sorted column has one. "Most recently
/// verified" puts the newest dates first, which is a descending column.
pub fn aria_sort(query: &FindQuery, sort: Sort) -> Option<&'static str> {
    (query.sort == sort).then(|| {
        let newest_first = sort == Sort::Verified;
        if newest_first != query.descending {
            "descending"
        } else {
            "ascending"
        }
    })
}

#[component]
pub fn CatalogTable(
    query: Memo<FindQuery>,
    #[prop(into)] shown: Signal<Vec<&'static Certification>>,
    url: CatalogUrl,
) -> impl IntoView {
    let app = use_app();
    let header = move |label: &'static str, sort: Sort| {
        let sorted = Memo::new(move |_| aria_sort(&query.read(), sort));
        view! {
            <th scope="col" aria-sort=move || sorted.get()>
                <a data-noscroll="" href=move || url.href(&query.read().sorted_by(sort))>
                    {label}
                    <span aria-hidden="true" class="sort-mark">
                        {move || match sorted.get() {
                            Some("ascending") => " ▲",
                            Some(_) => " ▼",
                            None => "",
                        }}
                    </span>
                </a>
            </th>
        }
    };
    let headers = COLUMNS
        .into_iter()
        .map(|(label, sort)| header(label, sort))
        .collect_view();
    let name_header = header("Name", Sort::Name);
    view! {
        // Said above the region, not in a caption that would scroll away sideways with it.
        <p id="catalog-table-note" class="hint">
            "Certifications, one per row: choose a column heading to order them by it, and again to reverse."
        </p>
        <div class="table-scroll catalog-table" role="region" aria-labelledby="catalog-table-note" tabindex="0">
            <table>
                <caption class="visually-hidden">"Certifications"</caption>
                <thead>
                    <tr>
                        {name_header}
                        {headers}
                        <th scope="col">"Compare"</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || shown.get()
                        key=|cert| cert.id.as_str()
                        children=move |cert| {
                            let [provider, level, kind, price, cost, length, valid, _, verified] = cells(
                                app.catalog,
                                cert,
                            );
                            view! {
                                <tr>
                                    <th scope="row">
                                        <a href=cert_href(app.base, &cert.id)>{cert.name.as_str()}</a>
                                    </th>
                                    <td>{provider}</td>
                                    <td>{level}</td>
                                    <td>{kind}</td>
                                    <td>{price}</td>
                                    <td>{cost}</td>
                                    <td>{length}</td>
                                    <td>{valid}</td>
                                    <td><StatusBadge status=&cert.status/></td>
                                    <td>{verified}</td>
                                    <td><Pick cert/></td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_says_every_fact_and_unknown_where_one_is_missing() {
        let catalog = Catalog::embedded().unwrap();
        let cert = catalog.get("aws-aif-c01").unwrap();
        let row = cells(&catalog, cert);
        assert_eq!(row[0], catalog.provider_name(cert));
        assert_eq!(row[3], cert.price.summary());
        assert_eq!(row[8], cert.verified.to_string());
        let no_length = (catalog.certifications.iter())
            .find(|c| c.exam_minutes.is_none())
            .unwrap();
        assert_eq!(cells(&catalog, no_length)[5], "unknown");
    }

    #[test]
    fn only_the_sorted_header_says_its_direction() {
        let by_fee = FindQuery::default().sorted_by(Sort::Fee);
        assert_eq!(aria_sort(&by_fee, Sort::Fee), Some("ascending"));
        assert_eq!(aria_sort(&by_fee, Sort::Name), None);
        let reversed = by_fee.sorted_by(Sort::Fee);
        assert_eq!(aria_sort(&reversed, Sort::Fee), Some("descending"));
        let newest = FindQuery::default().sorted_by(Sort::Verified);
        assert_eq!(aria_sort(&newest, Sort::Verified), Some("descending"));
        // Relevance has no column: by default no header claims an order.
        for sort in COLUMNS
            .map(|(_, sort)| sort)
            .into_iter()
            .chain([Sort::Name])
        {
            assert_eq!(aria_sort(&FindQuery::default(), sort), None, "{sort:?}");
        }
    }
}

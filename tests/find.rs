//! The find module against the real catalog: URL round trips, never-panicking parsing, facet
//! semantics, search folding and exam-code matching, sorting.

use certscope::catalog::{Catalog, Delivery, Focus, Kind, Level, StatusState, Validity};
use certscope::compare::{three_year_cost, DEFAULT_MONTHS};
use certscope::find::{
    compact, fold, highlight, listed_price_cents, run, search_words, FacetCounts, FindIndex,
    FindQuery, Results, Sort, View,
};
use certscope::route::Query;
use proptest::prelude::*;
use proptest::sample::subsequence;

fn catalog() -> Catalog {
    Catalog::embedded().unwrap()
}

fn find(catalog: &Catalog, query: &FindQuery) -> Results {
    run(
        &catalog.certifications,
        &FindIndex::new(&catalog.certifications, &catalog.providers),
        query,
    )
}

fn parse(search: &str, catalog: &Catalog) -> (FindQuery, Vec<String>) {
    FindQuery::parse(&Query::parse(search), |id| catalog.provider(id).is_some())
}

fn names(catalog: &Catalog, results: &Results) -> Vec<String> {
    results
        .indices
        .iter()
        .map(|&i| catalog.certifications[i].name.clone())
        .collect()
}

#[test]
fn enum_discriminants_match_all_order() {
    // Facet counts index arrays with `as usize`; that needs declaration order == ALL order.
    assert!(Level::ALL.iter().enumerate().all(|(i, v)| *v as usize == i));
    assert!(Kind::ALL.iter().enumerate().all(|(i, v)| *v as usize == i));
    assert!(Focus::ALL.iter().enumerate().all(|(i, v)| *v as usize == i));
    assert!(StatusState::ALL
        .iter()
        .enumerate()
        .all(|(i, v)| *v as usize == i));
    assert!(Delivery::ALL
        .iter()
        .enumerate()
        .all(|(i, v)| *v as usize == i));
}

#[test]
fn default_query_hides_retired_only() {
    let c = catalog();
    let results = find(&c, &FindQuery::default());
    let expected = c
        .certifications
        .iter()
        .filter(|x| x.status.state != StatusState::Retired)
        .count();
    assert_eq!(results.indices.len(), expected);
}

#[test]
fn search_is_case_and_accent_insensitive() {
    let c = catalog();
    let genai = find(
        &c,
        &FindQuery {
            text: "genai".into(),
            ..Default::default()
        },
    );
    assert!(names(&c, &genai)
        .iter()
        .any(|n| n.contains("Generative AI")));
    // Accents in the query fold too.
    let accented = find(
        &c,
        &FindQuery {
            text: "Práctitionér".into(),
            ..Default::default()
        },
    );
    assert!(names(&c, &accented).contains(&"AWS Certified AI Practitioner".to_owned()));
}

#[test]
fn several_words_are_anded() {
    let c = catalog();
    let both = find(
        &c,
        &FindQuery {
            text: "aws practitioner".into(),
            ..Default::default()
        },
    );
    assert_eq!(
        names(&c, &both),
        vec!["AWS Certified AI Practitioner".to_owned()]
    );
    let none = find(
        &c,
        &FindQuery {
            text: "aws databricks".into(),
            ..Default::default()
        },
    );
    assert!(none.indices.is_empty());
}

#[test]
fn a_search_word_never_spans_two_fields() {
    let c = catalog();
    let aip = (c.certifications.iter())
        .find(|x| x.id == "aws-aif-c01")
        .expect("aws-aif-c01 in the catalog");
    let search = |text: &str| {
        let q = FindQuery {
            text: text.into(),
            ..Default::default()
        };
        names(&c, &find(&c, &q))
    };
    // The name ends in "Practitioner"; the provider's name starts with "Amazon".
    assert!(aip.name.ends_with("Practitioner"), "{}", aip.name);
    assert!(search("practitioner").contains(&aip.name));
    assert!(!search("practitioneramazon").contains(&aip.name));
    assert!(!search("practitionerama").contains(&aip.name));
    // Within one field, punctuation and spaces still drop out: "aifc01" finds "AIF-C01".
    assert!(search("aifc01").contains(&aip.name));
}

#[test]
fn exam_codes_match_with_or_without_punctuation() {
    let c = catalog();
    for typed in ["AIF-C01", "aif c01", "aifc01", "Aif-C01"] {
        let r = find(
            &c,
            &FindQuery {
                text: typed.into(),
                ..Default::default()
            },
        );
        assert_eq!(
            names(&c, &r).first().map(String::as_str),
            Some("AWS Certified AI Practitioner"),
            "{typed}"
        );
    }
}

#[test]
fn a_retired_code_is_found_while_retired_entries_are_hidden() {
    let c = catalog();
    let r = find(
        &c,
        &FindQuery {
            text: "MLS-C01".into(),
            ..Default::default()
        },
    );
    let found: Vec<_> = r
        .indices
        .iter()
        .map(|&i| c.certifications[i].id.as_str())
        .collect();
    assert_eq!(found, vec!["aws-mls-c01"]);
    // An explicit status choice is respected.
    let r = find(
        &c,
        &FindQuery {
            text: "MLS-C01".into(),
            statuses: vec![StatusState::Active],
            ..Default::default()
        },
    );
    assert!(r.indices.is_empty());
}

#[test]
fn unknown_prices_stay_under_a_cost_ceiling_and_sort_last() {
    let c = catalog();
    let r = find(
        &c,
        &FindQuery {
            max_cost: Some(150),
            sort: Sort::Fee,
            ..Default::default()
        },
    );
    let prices: Vec<Option<u64>> = r
        .indices
        .iter()
        .map(|&i| listed_price_cents(&c.certifications[i]))
        .collect();
    assert!(prices.iter().flatten().all(|&p| p <= 15_000));
    assert!(prices.contains(&None), "unknown prices are kept");
    let first_unknown = prices.iter().position(Option::is_none).unwrap();
    assert!(
        prices[first_unknown..].iter().all(Option::is_none),
        "unknown prices sort last: {prices:?}"
    );
    let known: Vec<u64> = prices.iter().flatten().copied().collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn bad_parameters_are_ignored_and_named() {
    let c = catalog();
    let (q, problems) = parse(
        "?level=banana&max_cost=-5&sort=upside-down&zzz=1&q=%E0%A4%A",
        &c,
    );
    assert_eq!(q.levels, vec![]);
    assert_eq!(q.max_cost, None);
    assert_eq!(q.sort, Sort::Relevance);
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("banana")));
    assert!(problems.iter().any(|p| p.contains("zzz")));
    let long = format!("?q={}", "a".repeat(10_000));
    let (q, problems) = parse(&long, &c);
    assert_eq!(q.text.len(), certscope::find::MAX_SEARCH_CHARS);
    assert_eq!(problems.len(), 1);
}

#[test]
fn a_reversed_sort_keeps_unknown_values_last_and_the_table_view_is_in_the_url() {
    let c = catalog();
    let (q, problems) = parse("?sort=-length&view=table", &c);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        (q.sort, q.descending, q.view),
        (Sort::Length, true, View::Table)
    );
    assert_eq!(q.to_search(), "?sort=-length&view=table");
    let minutes: Vec<Option<u32>> = (find(&c, &q).indices.iter())
        .map(|&i| c.certifications[i].exam_minutes)
        .collect();
    let first_unknown = minutes.iter().position(Option::is_none).unwrap();
    assert!(minutes[first_unknown..].iter().all(Option::is_none));
    let known: Vec<u32> = minutes.iter().flatten().copied().collect();
    assert!(
        known.len() > 30 && known.windows(2).all(|w| w[0] >= w[1]),
        "{known:?}"
    );

    let (q, problems) = parse("?sort=-relevance&view=grid", &c);
    assert_eq!(
        (q.sort, q.descending, q.view),
        (Sort::Relevance, false, View::Cards)
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn a_header_flips_its_own_sort_and_clearing_keeps_order_and_view() {
    let q = FindQuery {
        text: "aws".into(),
        view: View::Table,
        ..FindQuery::default()
    };
    let by_fee = q.sorted_by(Sort::Fee);
    assert_eq!((by_fee.sort, by_fee.descending), (Sort::Fee, false));
    let flipped = by_fee.sorted_by(Sort::Fee);
    assert_eq!((flipped.sort, flipped.descending), (Sort::Fee, true));
    assert!(!flipped.sorted_by(Sort::Fee).descending);
    assert!(
        !flipped.sorted_by(Sort::Name).descending,
        "another column starts ascending"
    );
    assert!(
        !q.sorted_by(Sort::Relevance)
            .sorted_by(Sort::Relevance)
            .descending
    );
    for sort in Sort::ALL.into_iter().skip(1) {
        assert_ne!(sort.label(), sort.reversed_label(), "{sort:?}");
    }
    let cleared = flipped.cleared();
    assert!(cleared.is_empty() && cleared.text.is_empty());
    assert_eq!(
        (cleared.sort, cleared.descending, cleared.view),
        (Sort::Fee, true, View::Table)
    );
}

#[test]
fn a_hand_written_url_works() {
    let c = catalog();
    let (q, problems) = parse(
        "?provider=aws,google&level=associate,professional&sort=fee",
        &c,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let r = find(&c, &q);
    assert!(!r.indices.is_empty());
    for &i in &r.indices {
        let cert = &c.certifications[i];
        assert!(["aws", "google"].contains(&cert.provider.as_str()));
        assert!([Level::Associate, Level::Professional].contains(&cert.level));
    }
}

#[test]
fn highlight_marks_folded_matches_in_the_original_text() {
    let runs = highlight("Certifié GenAI", &search_words("certifie genai"));
    assert_eq!(
        runs,
        vec![
            ("Certifié".into(), true),
            (" ".into(), false),
            ("GenAI".into(), true)
        ]
    );
    let runs = highlight("AWS Certified", &search_words("cert"));
    assert_eq!(
        runs,
        vec![
            ("AWS ".into(), false),
            ("Cert".into(), true),
            ("ified".into(), false)
        ]
    );
}

fn arb_query(c: &Catalog) -> impl Strategy<Value = FindQuery> {
    let providers: Vec<String> = c.providers.iter().map(|p| p.id.clone()).collect();
    (
        "[a-zA-Z0-9 éü-]{0,12}",
        subsequence(providers.clone(), 0..=3),
        subsequence(Level::ALL.to_vec(), 0..=4),
        subsequence(Kind::ALL.to_vec(), 0..=4),
        subsequence(Focus::ALL.to_vec(), 0..=4),
        subsequence(StatusState::ALL.to_vec(), 0..=5),
        subsequence(Delivery::ALL.to_vec(), 0..=4),
        proptest::option::of(0u64..2000),
        proptest::sample::select(Sort::ALL.to_vec()),
        any::<bool>(),
        proptest::sample::select(vec![View::Cards, View::Table]),
    )
        .prop_map(
            |(
                text,
                providers,
                levels,
                kinds,
                focus,
                statuses,
                delivery,
                max_cost,
                sort,
                descending,
                view,
            )| {
                FindQuery {
                    text: text.trim().to_owned(),
                    providers,
                    levels,
                    kinds,
                    focus,
                    statuses,
                    delivery,
                    max_cost,
                    sort,
                    descending: descending && sort != Sort::Relevance,
                    view,
                }
            },
        )
}

/// `run` as the plain definition in the issue says it, entry by entry with nothing
/// precomputed: the oracle that the indexed, packed `run` must agree with exactly.
fn reference_run(catalog: &Catalog, q: &FindQuery) -> Results {
    let words = search_words(&q.text);
    let whole = compact(&fold(&q.text));
    let whole_text = fold(q.text.trim());
    let statuses = q.effective_statuses();
    let provider_at = |id: &str| catalog.providers.iter().position(|p| p.id == id);
    let mut counts = FacetCounts {
        provider: vec![0; catalog.providers.len()],
        ..FacetCounts::default()
    };
    let mut hits = Vec::new();
    for (i, cert) in catalog.certifications.iter().enumerate() {
        let provider_name = provider_at(&cert.provider).map_or("", |p| &catalog.providers[p].name);
        // Each field on its own: a search word never spans two of them.
        let mut fields = vec![cert.name.as_str(), provider_name, cert.provider.as_str()];
        fields.extend(
            cert.exam_code
                .iter()
                .chain(&cert.aliases)
                .map(String::as_str),
        );
        fields.extend(cert.focus_areas.iter().map(|f| f.label()));
        let fields: Vec<String> = fields.iter().map(|f| fold(f)).collect();
        let codes: Vec<String> = (cert.exam_code.iter().chain(&cert.aliases))
            .map(|c| compact(&fold(c)))
            .collect();
        let code_hit = !whole.is_empty() && codes.contains(&whole);
        let text_hit = words.iter().all(|w| {
            (fields.iter()).any(|f| f.contains(w.as_str()) || compact(f).contains(&compact(w)))
        });
        let price = listed_price_cents(cert);
        if !(text_hit || code_hit)
            || matches!((q.max_cost, price), (Some(m), Some(p)) if p > m * 100)
        {
            continue;
        }
        let fails = [
            !q.providers.is_empty() && !q.providers.contains(&cert.provider),
            !q.levels.is_empty() && !q.levels.contains(&cert.level),
            !q.kinds.is_empty() && !q.kinds.contains(&cert.kind),
            !q.focus.is_empty() && !cert.focus_areas.iter().any(|f| q.focus.contains(f)),
            !(statuses.contains(&cert.status.state) || (q.statuses.is_empty() && code_hit)),
            !q.delivery.is_empty() && !cert.delivery.iter().any(|d| q.delivery.contains(d)),
        ];
        let passes_all_but =
            |facet: usize| fails.iter().enumerate().all(|(f, &x)| f == facet || !x);
        if passes_all_but(0) {
            if let Some(p) = provider_at(&cert.provider) {
                counts.provider[p] += 1;
            }
        }
        if passes_all_but(1) {
            counts.level[cert.level as usize] += 1;
        }
        if passes_all_but(2) {
            counts.kind[cert.kind as usize] += 1;
        }
        if passes_all_but(3) {
            cert.focus_areas
                .iter()
                .for_each(|f| counts.focus[*f as usize] += 1);
        }
        if passes_all_but(4) {
            counts.status[cert.status.state as usize] += 1;
        }
        if passes_all_but(5) {
            cert.delivery
                .iter()
                .for_each(|d| counts.delivery[*d as usize] += 1);
        }
        if fails.iter().all(|x| !x) {
            let relevance = if fold(&cert.name).contains(&whole_text) {
                0
            } else if code_hit {
                1
            } else {
                2
            };
            hits.push((i, relevance));
        }
    }
    if q.sort != Sort::Relevance || !words.is_empty() {
        let certs = &catalog.certifications;
        let name = |i: usize| fold(&certs[i].name);
        let provider = |i: usize| {
            let id = &certs[i].provider;
            fold(
                catalog
                    .provider(id)
                    .map_or(id.as_str(), |p| p.name.as_str()),
            )
        };
        // What each sort compares; `None` (unknown) sorts last in either direction.
        let value = |i: usize| -> Option<Vec<String>> {
            let c = &certs[i];
            let n = |x: u64| format!("{x:020}");
            match q.sort {
                Sort::Relevance => Some(vec![]),
                Sort::Name => Some(vec![name(i)]),
                Sort::Fee => listed_price_cents(c).map(|p| vec![n(p)]),
                Sort::Level => Some(vec![n(c.level as u64), name(i)]),
                Sort::Verified => Some(vec![c.verified.to_string()]),
                Sort::Provider => Some(vec![provider(i), name(i)]),
                Sort::Kind => Some(vec![n(c.kind as u64), name(i)]),
                Sort::Cost => {
                    let cost = three_year_cost(c, DEFAULT_MONTHS);
                    cost.is_exact().then(|| vec![n(cost.known_cents.unwrap())])
                }
                Sort::Length => c.exam_minutes.map(|m| vec![n(u64::from(m))]),
                Sort::Validity => c.validity.map(|v| match v {
                    Validity::Lifetime => vec![n(u64::MAX)],
                    Validity::Months(m) => vec![n(u64::from(m))],
                }),
                Sort::Status => Some(vec![n(c.status.state as u64), name(i)]),
            }
        };
        hits.sort_by(|&(i, ri), &(j, rj)| {
            let (a, b) = (value(i), value(j));
            let by_value = match (&a, &b) {
                (None, None) => std::cmp::Ordering::Equal,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(_), None) => std::cmp::Ordering::Less,
                (Some(a), Some(b)) => {
                    let order = if q.sort == Sort::Relevance {
                        ri.cmp(&rj)
                    } else if q.sort == Sort::Verified {
                        b.cmp(a)
                    } else {
                        a.cmp(b)
                    };
                    if q.descending {
                        order.reverse()
                    } else {
                        order
                    }
                }
            };
            by_value.then(i.cmp(&j))
        });
    }
    Results {
        indices: hits.into_iter().map(|(i, _)| i).collect(),
        counts,
    }
}

/// A synthetic catalog (accented names, more providers, varied facets) with one entry naming
/// a provider the list lacks, as hand-edited data might.
fn synthetic_catalog() -> Catalog {
    let mut c = Catalog::synthetic(400);
    c.certifications[60].provider = "not-a-provider".into();
    c
}

#[test]
fn run_agrees_with_the_plain_definition_on_known_searches() {
    let c = synthetic_catalog();
    // "AIF" is an alias and also inside "AI Foundations": code and text hits rank apart.
    let texts = [
        "",
        "AIF",
        "aif c01",
        "MLS-C01",
        "mls-c01-s3",
        "certifié",
        "édition",
        "machine learning",
        "partner",
        "ai -",
        "  GenAI  ",
    ];
    for text in texts {
        for sort in Sort::ALL {
            for statuses in [vec![], StatusState::ALL.to_vec()] {
                for descending in [false, sort != Sort::Relevance] {
                    let q = FindQuery {
                        text: text.into(),
                        sort,
                        statuses: statuses.clone(),
                        descending,
                        ..FindQuery::default()
                    };
                    assert_eq!(find(&c, &q), reference_run(&c, &q), "{q:?}");
                }
            }
        }
    }
}

/// Search texts that hit: words from names, accents, exact exam codes and aliases (which find
/// hidden entries too) with and without their punctuation.
fn arb_search() -> impl Strategy<Value = String> {
    let words = [
        "machine",
        "learning",
        "AWS",
        "certifie",
        "Édition",
        "genai",
        "ai",
        "Partner",
        "-",
        "für",
        "associate",
        "2",
        "google cloud",
        // Spans a name and a provider when fields run together.
        "learningaws",
    ];
    let codes: Vec<String> = (synthetic_catalog().certifications.iter())
        .flat_map(|c| c.exam_code.iter().chain(&c.aliases).cloned())
        .collect();
    prop_oneof![
        "[a-zA-Z0-9 éü-]{0,12}",
        subsequence(words.to_vec(), 0..=3).prop_map(|w| w.join(" ")),
        (proptest::sample::select(codes), any::<bool>()).prop_map(|(code, squash)| if squash {
            compact(&code)
        } else {
            code
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn run_agrees_with_the_plain_definition(
        q in arb_query(&catalog()),
        text in arb_search(),
        keep in any::<u8>(),
    ) {
        let c = synthetic_catalog();
        // Most facets unset, so searches have results to count and sort.
        let kept = |bit: u8| keep & (1 << bit) != 0;
        let q = FindQuery {
            text,
            providers: if kept(0) { q.providers } else { vec![] },
            levels: if kept(1) { q.levels } else { vec![] },
            kinds: if kept(2) { q.kinds } else { vec![] },
            focus: if kept(3) { q.focus } else { vec![] },
            statuses: if kept(4) { q.statuses } else { vec![] },
            delivery: if kept(5) { q.delivery } else { vec![] },
            max_cost: if kept(6) { q.max_cost } else { None },
            ..q
        };
        prop_assert_eq!(find(&c, &q), reference_run(&c, &q));
    }

    #[test]
    fn url_format_then_parse_round_trips(q in arb_query(&catalog())) {
        let c = catalog();
        let (back, problems) = parse(&q.to_search(), &c);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        // Collapsed internal whitespace is the only normalisation the text undergoes.
        prop_assert_eq!(back, q);
    }

    #[test]
    fn parser_never_panics(raw in ".{0,300}") {
        let c = catalog();
        let _ = parse(&raw, &c);
        let _ = parse(&format!("?q={raw}&level={raw}&max_cost={raw}"), &c);
    }

    #[test]
    fn every_result_satisfies_every_selected_facet(q in arb_query(&catalog())) {
        let c = catalog();
        let q = FindQuery { text: String::new(), ..q };
        for &i in &find(&c, &q).indices {
            let cert = &c.certifications[i];
            prop_assert!(q.providers.is_empty() || q.providers.contains(&cert.provider));
            prop_assert!(q.levels.is_empty() || q.levels.contains(&cert.level));
            prop_assert!(q.kinds.is_empty() || q.kinds.contains(&cert.kind));
            prop_assert!(q.focus.is_empty() || cert.focus_areas.iter().any(|f| q.focus.contains(f)));
            prop_assert!(q.effective_statuses().contains(&cert.status.state));
            prop_assert!(q.delivery.is_empty() || cert.delivery.iter().any(|d| q.delivery.contains(d)));
            if let (Some(max), Some(p)) = (q.max_cost, listed_price_cents(cert)) {
                prop_assert!(p <= max * 100);
            }
        }
    }

    #[test]
    fn searching_an_exact_name_or_code_finds_it(i in 0usize..46) {
        let c = catalog();
        let cert = &c.certifications[i % c.certifications.len()];
        let all = StatusState::ALL.to_vec();
        let by_name = find(&c, &FindQuery { text: cert.name.clone(), statuses: all.clone(), ..Default::default() });
        prop_assert!(by_name.indices.contains(&(i % c.certifications.len())));
        if let Some(code) = &cert.exam_code {
            let by_code = find(&c, &FindQuery { text: code.clone(), ..Default::default() });
            prop_assert!(by_code.indices.contains(&(i % c.certifications.len())), "{}", code);
        }
    }

    #[test]
    fn facet_counts_equal_the_result_of_clicking_that_option(q in arb_query(&catalog())) {
        let c = catalog();
        let levels = find(&c, &FindQuery { levels: vec![], ..q.clone() }).counts.level;
        for (n, level) in Level::ALL.into_iter().enumerate() {
            let clicked = find(&c, &FindQuery { levels: vec![level], ..q.clone() });
            prop_assert_eq!(levels[n], clicked.indices.len());
        }
        let focus = find(&c, &FindQuery { focus: vec![], ..q.clone() }).counts.focus;
        for (n, f) in Focus::ALL.into_iter().enumerate() {
            let clicked = find(&c, &FindQuery { focus: vec![f], ..q.clone() });
            prop_assert_eq!(focus[n], clicked.indices.len());
        }
        let statuses = find(&c, &q).counts.status;
        for (n, s) in StatusState::ALL.into_iter().enumerate() {
            let clicked = find(&c, &FindQuery { statuses: vec![s], ..q.clone() });
            prop_assert_eq!(statuses[n], clicked.indices.len());
        }
        let providers = find(&c, &FindQuery { providers: vec![], ..q.clone() }).counts.provider;
        for (n, p) in c.providers.iter().enumerate() {
            let clicked = find(&c, &FindQuery { providers: vec![p.id.clone()], ..q.clone() });
            prop_assert_eq!(providers[n], clicked.indices.len());
        }
    }
}

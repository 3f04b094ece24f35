//! Filtering, facet counts and sorting in one linear pass over the catalog.
//!
//! Facet counts work the way faceted search does: an option's count is the number of entries
//! that have it among those passing every *other* facet, the search and the cost ceiling, so a
//! facet's own selection never zeroes its sibling options.

use super::fold::{compact, fold};
use super::query::{FindQuery, Sort};
use crate::catalog::{Certification, Focus, PriceModel, Provider, Validity};
use crate::compare::{three_year_cost, DEFAULT_MONTHS};

/// The part of an entry the query looks at, packed small and stored contiguously: filtering
/// 100k entries then reads a few megabytes in order instead of chasing every entry's heap data.
#[derive(Debug, Clone)]
struct Entry {
    /// End of this entry's text in [`FindIndex::compact`] (it starts where the previous ends).
    text_end: u32,
    /// Index into [`FindIndex::provider_ids`].
    provider: u32,
    /// Position of the folded name in name order (ties by catalog order).
    name_rank: u32,
    /// `verified` as `yyyy << 16 | mm << 8 | dd`, so newer is larger.
    verified: u32,
    price: Option<u64>,
    /// The 3-year cost in cents when it is fully known.
    cost: Option<u64>,
    minutes: Option<u32>,
    /// Validity in months, lifetime as `u64::MAX`.
    validity: Option<u64>,
    /// One bit per [`Focus`](crate::catalog::Focus) / [`Delivery`](crate::catalog::Delivery)
    /// discriminant.
    focus: u16,
    delivery: u8,
    level: u8,
    kind: u8,
    status: u8,
}

/// The search index for a catalog; build it once with [`FindIndex::new`].
#[derive(Debug, Clone)]
pub struct FindIndex {
    entries: Vec<Entry>,
    /// Every entry's name, provider, exam code, aliases and focus labels, folded and with only
    /// letters and digits kept, one entry after another, each field followed by [`FIELD_END`].
    /// Matching a search word against this alone is exact: a word found in a folded field is
    /// always found, compacted, here (compacting drops characters one by one), and "aifc01" finds
    /// "AIF-C01" too. A compacted search word never holds the separator, so it never matches the
    /// end of one field plus the start of the next ("learningaws").
    compact: String,
    /// Folded names: relevance asks whether the whole search text is in the name.
    names: Vec<String>,
    /// Compacted exam codes and aliases with their entry, in catalog order: an exact hit finds
    /// hidden (retired) entries too.
    codes: Vec<(String, u32)>,
    /// The catalog's providers in order, then any provider an entry names that the list lacks.
    provider_ids: Vec<String>,
    /// Each provider's position in provider-name order, indexed like `provider_ids`.
    provider_rank: Vec<u32>,
    provider_count: usize,
}

/// Ends each field in [`FindIndex::compact`]; compacting keeps only letters and digits, so no
/// search word contains it.
const FIELD_END: char = ' ';

impl FindIndex {
    pub fn new(certs: &[Certification], providers: &[Provider]) -> FindIndex {
        // Entry numbers are u32 throughout the index.
        assert!(u32::try_from(certs.len()).is_ok(), "catalog too large");
        // Compacting drops spaces and works char by char, so an entry's compact text is the
        // concatenation of its fields' compact forms: each field is folded once, and the
        // provider and focus words once per catalog rather than once per entry.
        let mut provider_ids: Vec<String> = providers.iter().map(|p| p.id.clone()).collect();
        let mut provider_text: Vec<String> = (providers.iter())
            .map(|p| {
                format!(
                    "{}{FIELD_END}{}",
                    compact(&fold(&p.name)),
                    compact(&fold(&p.id))
                )
            })
            .collect();
        let focus_text = Focus::ALL.map(|f| compact(&fold(f.label())));
        let mut text = String::new();
        let mut names = Vec::with_capacity(certs.len());
        let mut codes = Vec::new();
        let mut entries = Vec::with_capacity(certs.len());
        for (i, cert) in certs.iter().enumerate() {
            let provider = match provider_ids.iter().position(|p| *p == cert.provider) {
                Some(at) => at,
                None => {
                    provider_ids.push(cert.provider.clone());
                    provider_text.push(compact(&fold(&cert.provider)));
                    provider_ids.len() - 1
                }
            };
            let name = fold(&cert.name);
            let mut field = |t: &str| {
                text.push_str(t);
                text.push(FIELD_END);
            };
            field(&compact(&name));
            field(&provider_text[provider]);
            for extra in cert.exam_code.iter().chain(&cert.aliases) {
                let code = compact(&fold(extra));
                field(&code);
                codes.push((code, i as u32));
            }
            for focus in &cert.focus_areas {
                field(&focus_text[*focus as usize]);
            }
            names.push(name);
            let v = cert.verified;
            entries.push(Entry {
                text_end: u32::try_from(text.len()).expect("search text under 4 GB"),
                provider: provider as u32,
                name_rank: 0,
                verified: (u32::from(v.year) << 16) | (u32::from(v.month) << 8) | u32::from(v.day),
                price: listed_price_cents(cert),
                cost: exact_cost_cents(cert),
                minutes: cert.exam_minutes,
                validity: validity_months(cert.validity),
                focus: cert.focus_areas.iter().fold(0, |m, f| m | 1 << *f as u16),
                delivery: cert.delivery.iter().fold(0, |m, d| m | 1 << *d as u8),
                level: cert.level as u8,
                kind: cert.kind as u8,
                status: cert.status.state as u8,
            });
        }
        // Stable, so equal names keep catalog order.
        let mut by_name: Vec<usize> = (0..certs.len()).collect();
        by_name.sort_by(|&a, &b| names[a].cmp(&names[b]));
        for (rank, &i) in by_name.iter().enumerate() {
            entries[i].name_rank = rank as u32;
        }
        // Providers in the order of their names (the id for one the list lacks).
        let provider_names: Vec<String> = (provider_ids.iter().enumerate())
            .map(|(at, id)| fold(providers.get(at).map_or(id.as_str(), |p| p.name.as_str())))
            .collect();
        let mut by_provider: Vec<usize> = (0..provider_ids.len()).collect();
        by_provider.sort_by(|&a, &b| provider_names[a].cmp(&provider_names[b]));
        let mut provider_rank = vec![0; provider_ids.len()];
        for (rank, &p) in by_provider.iter().enumerate() {
            provider_rank[p] = rank as u32;
        }
        FindIndex {
            provider_rank,
            entries,
            compact: text,
            names,
            codes,
            provider_ids,
            provider_count: providers.len(),
        }
    }
}

/// How many results each option of each facet would give; indexed like the enums' `ALL`
/// arrays and the catalog's provider list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    pub provider: Vec<usize>,
    pub level: [usize; 4],
    pub kind: [usize; 4],
    pub focus: [usize; 16],
    pub status: [usize; 5],
    pub delivery: [usize; 4],
}

/// The outcome of a query: matching entry indices in display order, and the facet counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub indices: Vec<usize>,
    pub counts: FacetCounts,
}

/// The price a cost ceiling compares with, in cents: the listed amount (per month for a
/// subscription), zero when free, `None` when unknown.
pub fn listed_price_cents(cert: &Certification) -> Option<u64> {
    match cert.price.model {
        PriceModel::Free => Some(0),
        _ => cert.price.amount.map(|m| m.cents),
    }
}

/// What sorting by 3-year cost compares: the cost with the default study months, when every
/// part of it is known (a lower bound would rank an entry too cheap).
pub fn exact_cost_cents(cert: &Certification) -> Option<u64> {
    let cost = three_year_cost(cert, DEFAULT_MONTHS);
    cost.is_exact().then_some(cost.known_cents).flatten()
}

/// Validity in months for sorting; lifetime after every number of months.
pub fn validity_months(validity: Option<Validity>) -> Option<u64> {
    match validity? {
        Validity::Lifetime => Some(u64::MAX),
        Validity::Months(m) => Some(u64::from(m)),
    }
}

/// The search words of a query text, folded.
pub fn search_words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_owned).collect()
}

const PROVIDER: u8 = 1;
const LEVEL: u8 = 2;
const KIND: u8 = 4;
const FOCUS: u8 = 8;
const STATUS: u8 = 16;
const DELIVERY: u8 = 32;

/// A facet selection as a bit mask over the options' discriminants; `None` when the person
/// selected nothing, which constrains nothing (an empty mask would reject everything).
fn mask<T: Copy>(selected: &[T], bit: impl Fn(T) -> u8) -> Option<u32> {
    (!selected.is_empty()).then(|| selected.iter().fold(0, |m, &v| m | 1 << bit(v)))
}

fn has(mask: Option<u32>, bits: u32) -> bool {
    mask.is_none_or(|m| m & bits != 0)
}

/// Filters, counts and sorts in one pass over `index`, which must have been built from `certs`.
/// Allocates per query, never per entry.
pub fn run(certs: &[Certification], index: &FindIndex, query: &FindQuery) -> Results {
    debug_assert_eq!(certs.len(), index.entries.len(), "index of another catalog");
    let words = search_words(&query.text);
    let searching = !words.is_empty();
    // A word that compacts to nothing (punctuation only) matches every entry.
    let needles: Vec<String> = words
        .iter()
        .map(|w| compact(w))
        .filter(|w| !w.is_empty())
        .collect();
    let whole = compact(&fold(&query.text));
    let whole_text = fold(query.text.trim());
    // Entries whose exam code or an alias is exactly the search text, ascending. A scan, not
    // a lookup: comparing lengths rejects nearly every code at once, and it spares the Wasm a
    // sort of strings.
    let code_hits: Vec<u32> = if whole.is_empty() {
        Vec::new()
    } else {
        let same = index.codes.iter().filter(|(c, _)| *c == whole);
        same.map(|&(_, i)| i).collect()
    };
    let ceiling = query.max_cost.map(|d| d.saturating_mul(100));
    let providers: Option<Vec<bool>> = (!query.providers.is_empty()).then(|| {
        let ids = index.provider_ids.iter();
        ids.map(|id| query.providers.contains(id)).collect()
    });
    let levels = mask(&query.levels, |v| v as u8);
    let kinds = mask(&query.kinds, |v| v as u8);
    let focus = mask(&query.focus, |v| v as u8);
    let delivery = mask(&query.delivery, |v| v as u8);
    let statuses = mask(query.effective_statuses(), |v| v as u8);
    let default_statuses = query.statuses.is_empty();
    let mut counts = FacetCounts {
        provider: vec![0; index.provider_count],
        ..FacetCounts::default()
    };
    // (sort key, entry) of each result; results without the value sorted by (a price, a
    // length…) go last, in catalog order, whichever the direction.
    let mut hits: Vec<(u64, u32)> = Vec::new();
    let mut unknown: Vec<u32> = Vec::new();
    let mut text_start = 0;

    for (i, e) in index.entries.iter().enumerate() {
        let text = &index.compact[text_start..e.text_end as usize];
        text_start = e.text_end as usize;
        // The cheap test first: the text scan is most of the work.
        if let (Some(max), Some(price)) = (ceiling, e.price) {
            if price > max {
                continue;
            }
        }
        let code_hit = !code_hits.is_empty() && code_hits.binary_search(&(i as u32)).is_ok();
        if !code_hit && !needles.iter().all(|w| text.contains(w.as_str())) {
            continue;
        }
        let mut failed = 0u8;
        if let Some(wanted) = &providers {
            if !wanted[e.provider as usize] {
                failed |= PROVIDER;
            }
        }
        if !has(levels, 1 << e.level) {
            failed |= LEVEL;
        }
        if !has(kinds, 1 << e.kind) {
            failed |= KIND;
        }
        if !has(focus, u32::from(e.focus)) {
            failed |= FOCUS;
        }
        // A retired entry found by its exact exam code is shown even while retired ones are
        // hidden by default: people search for the code on their old certificate.
        if !(has(statuses, 1 << e.status) || (default_statuses && code_hit)) {
            failed |= STATUS;
        }
        if !has(delivery, u32::from(e.delivery)) {
            failed |= DELIVERY;
        }
        // An entry counts for a facet when it fails nothing else.
        let counts_for = |facet: u8| failed & !facet == 0;
        if counts_for(PROVIDER) && (e.provider as usize) < counts.provider.len() {
            counts.provider[e.provider as usize] += 1;
        }
        if counts_for(LEVEL) {
            counts.level[usize::from(e.level)] += 1;
        }
        if counts_for(KIND) {
            counts.kind[usize::from(e.kind)] += 1;
        }
        if counts_for(FOCUS) {
            add_bits(&mut counts.focus, u32::from(e.focus));
        }
        if counts_for(STATUS) {
            counts.status[usize::from(e.status)] += 1;
        }
        if counts_for(DELIVERY) {
            add_bits(&mut counts.delivery, u32::from(e.delivery));
        }
        if failed == 0 {
            let then_name = |major: u64| Some((major << 32) | u64::from(e.name_rank));
            let key = match query.sort {
                Sort::Relevance if !searching => Some(0),
                Sort::Relevance if index.names[i].contains(&whole_text) => Some(0),
                Sort::Relevance => Some(2 - u64::from(code_hit)),
                Sort::Name => Some(u64::from(e.name_rank)),
                Sort::Fee => e.price,
                Sort::Level => then_name(u64::from(e.level)),
                // Most recent first.
                Sort::Verified => Some(u64::from(u32::MAX - e.verified)),
                Sort::Provider => then_name(u64::from(index.provider_rank[e.provider as usize])),
                Sort::Kind => then_name(u64::from(e.kind)),
                Sort::Cost => e.cost,
                Sort::Length => e.minutes.map(u64::from),
                Sort::Validity => e.validity,
                Sort::Status => then_name(u64::from(e.status)),
            };
            let Some(key) = key else {
                unknown.push(i as u32);
                continue;
            };
            hits.push((key, i as u32));
        }
    }
    // Relevance without a search is catalog order, which the pass already produced.
    // Stable: equal keys keep catalog order.
    if query.descending {
        hits.sort_by_key(|&(key, _)| std::cmp::Reverse(key));
    } else if query.sort != Sort::Relevance || searching {
        hits.sort_by_key(|&(key, _)| key);
    }
    let indices = (hits.into_iter().map(|(_, i)| i))
        .chain(unknown)
        .map(|i| i as usize)
        .collect();
    Results { indices, counts }
}

/// Adds one to `counts[b]` for every bit `b` set in `bits`.
fn add_bits(counts: &mut [usize], mut bits: u32) {
    while bits != 0 {
        counts[bits.trailing_zeros() as usize] += 1;
        bits &= bits - 1;
    }
}

/// Splits `text` into runs that do or do not match a search word, for highlighting with
/// `<mark>` elements (never as raw HTML). Matching is on folded text, so "certifie" marks "Certifié".
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    if words.is_empty() {
        return vec![(text.to_owned(), false)];
    }
    // Fold char by char so every folded byte maps back to the original char it came from.
    // ASCII folds in place; only other chars go through `fold` (in the browser a call into
    // JavaScript each), which matters for the 60 cards redrawn on every keystroke.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, ch) in text.char_indices() {
        if ch.is_ascii() {
            folded.push(ch.to_ascii_lowercase());
            origin.push(i);
        } else {
            let f = fold(ch.encode_utf8(&mut [0; 4]));
            origin.extend(std::iter::repeat_n(i, f.len()));
            folded.push_str(&f);
        }
    }
    let mut marked = vec![false; text.len()];
    for word in words.iter().filter(|w| !w.is_empty()) {
        for (start, _) in folded.match_indices(word.as_str()) {
            let from = origin[start];
            let last = origin[start + word.len() - 1];
            let to = last + text[last..].chars().next().map_or(0, char::len_utf8);
            marked[from..to].iter_mut().for_each(|m| *m = true);
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (i, ch) in text.char_indices() {
        match runs.last_mut() {
            Some((run, m)) if *m == marked[i] => run.push(ch),
            _ => runs.push((ch.to_string(), marked[i])),
        }
    }
    runs
}

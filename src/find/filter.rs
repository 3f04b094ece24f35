//! Filtering, facet counts and sorting in one linear pass over the catalog.
//!
//! Facet counts work the way faceted search does: an option's count is the number of entries
//! that have it among those passing every *other* facet, the search and the cost ceiling, so a
//! facet's own selection never zeroes its sibling options.

use super::fold::{compact, fold};
use super::query::{FindQuery, Sort};
use crate::catalog::{Certification, PriceModel, Provider};

/// Per-entry search text, folded once when the catalog loads, never per keystroke.
#[derive(Debug, Clone)]
struct SearchDoc {
    name: String,
    /// Name, provider, exam code, aliases and focus labels, folded.
    text: String,
    /// `text` with only letters and digits, so "aifc01" finds "AIF-C01".
    compact: String,
    /// Exam code and aliases, compacted: an exact hit here finds hidden (retired) entries too.
    codes: Vec<String>,
    provider: usize,
}

/// The search index for a catalog; build it once with [`FindIndex::new`].
#[derive(Debug, Clone)]
pub struct FindIndex {
    docs: Vec<SearchDoc>,
    provider_count: usize,
}

impl FindIndex {
    pub fn new(certs: &[Certification], providers: &[Provider]) -> FindIndex {
        let docs = certs
            .iter()
            .map(|cert| {
                let provider = providers.iter().position(|p| p.id == cert.provider);
                let provider_name = provider.map_or("", |i| providers[i].name.as_str());
                let mut text = format!("{} {} {}", cert.name, provider_name, cert.provider);
                for extra in cert.exam_code.iter().chain(&cert.aliases) {
                    text.push(' ');
                    text.push_str(extra);
                }
                for focus in &cert.focus_areas {
                    text.push(' ');
                    text.push_str(focus.label());
                }
                let text = fold(&text);
                SearchDoc {
                    name: fold(&cert.name),
                    compact: compact(&text),
                    codes: cert
                        .exam_code
                        .iter()
                        .chain(&cert.aliases)
                        .map(|c| compact(&fold(c)))
                        .collect(),
                    text,
                    provider: provider.unwrap_or(usize::MAX),
                }
            })
            .collect();
        FindIndex {
            docs,
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

pub fn run(certs: &[Certification], index: &FindIndex, query: &FindQuery) -> Results {
    let words = search_words(&query.text);
    let whole = compact(&fold(&query.text));
    let ceiling = query.max_cost.map(|d| d.saturating_mul(100));
    let statuses = query.effective_statuses();
    let default_statuses = query.statuses.is_empty();
    let mut counts = FacetCounts {
        provider: vec![0; index.provider_count],
        ..FacetCounts::default()
    };
    let whole_text = fold(query.text.trim());
    let mut hits: Vec<(usize, u8)> = Vec::new();

    for (i, (cert, doc)) in certs.iter().zip(&index.docs).enumerate() {
        let code_hit = !whole.is_empty() && doc.codes.contains(&whole);
        let text_hit = words
            .iter()
            .all(|w| doc.text.contains(w.as_str()) || doc.compact.contains(&compact(w)));
        if !(text_hit || code_hit) {
            continue;
        }
        if let (Some(max), Some(price)) = (ceiling, listed_price_cents(cert)) {
            if price > max {
                continue;
            }
        }
        let mut failed = 0u8;
        if !query.providers.is_empty() && !query.providers.contains(&cert.provider) {
            failed |= PROVIDER;
        }
        if !query.levels.is_empty() && !query.levels.contains(&cert.level) {
            failed |= LEVEL;
        }
        if !query.kinds.is_empty() && !query.kinds.contains(&cert.kind) {
            failed |= KIND;
        }
        if !query.focus.is_empty() && !cert.focus_areas.iter().any(|f| query.focus.contains(f)) {
            failed |= FOCUS;
        }
        // A retired entry found by its exact exam code is shown even while retired ones are
        // hidden by default: people search for the code on their old certificate.
        let status_shown = statuses.contains(&cert.status.state) || (default_statuses && code_hit);
        if !status_shown {
            failed |= STATUS;
        }
        if !query.delivery.is_empty() && !cert.delivery.iter().any(|d| query.delivery.contains(d)) {
            failed |= DELIVERY;
        }
        // An entry counts for a facet when it fails nothing else.
        let counts_for = |facet: u8| failed & !facet == 0;
        if counts_for(PROVIDER) && doc.provider < counts.provider.len() {
            counts.provider[doc.provider] += 1;
        }
        if counts_for(LEVEL) {
            counts.level[cert.level as usize] += 1;
        }
        if counts_for(KIND) {
            counts.kind[cert.kind as usize] += 1;
        }
        if counts_for(FOCUS) {
            for f in &cert.focus_areas {
                counts.focus[*f as usize] += 1;
            }
        }
        if counts_for(STATUS) {
            counts.status[cert.status.state as usize] += 1;
        }
        if counts_for(DELIVERY) {
            for d in &cert.delivery {
                counts.delivery[*d as usize] += 1;
            }
        }
        if failed == 0 {
            let relevance = if doc.name.contains(&whole_text) {
                0
            } else if code_hit {
                1
            } else {
                2
            };
            hits.push((i, relevance));
        }
    }
    sort(&mut hits, certs, index, query.sort, !words.is_empty());
    Results {
        indices: hits.into_iter().map(|(i, _)| i).collect(),
        counts,
    }
}

fn sort(
    hits: &mut [(usize, u8)],
    certs: &[Certification],
    index: &FindIndex,
    sort: Sort,
    searching: bool,
) {
    if sort == Sort::Relevance && !searching {
        return; // catalog order
    }
    let name = |i: usize| index.docs[i].name.as_str();
    // One comparator for every order: each `sort_by` call site is its own copy of the sort
    // algorithm in the Wasm, and five of them measured about 16 KB.
    hits.sort_by(|&(i, ri), &(j, rj)| {
        match sort {
            Sort::Relevance => ri.cmp(&rj),
            Sort::Name => name(i).cmp(name(j)),
            Sort::Fee => {
                let (a, b) = (listed_price_cents(&certs[i]), listed_price_cents(&certs[j]));
                (a.is_none(), a).cmp(&(b.is_none(), b))
            }
            Sort::Level => certs[i]
                .level
                .cmp(&certs[j].level)
                .then_with(|| name(i).cmp(name(j))),
            Sort::Verified => certs[j].verified.cmp(&certs[i].verified),
        }
        .then(i.cmp(&j))
    });
}

/// Splits `text` into runs that do or do not match a search word, for highlighting with
/// `<mark>` elements (never as raw HTML). Matching is on folded text, so "certifie" marks "Certifié".
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    if words.is_empty() {
        return vec![(text.to_owned(), false)];
    }
    // Fold char by char so every folded byte maps back to the original char it came from.
    let mut folded = String::new();
    let mut origin = Vec::new();
    for (i, ch) in text.char_indices() {
        let f = fold(&ch.to_string());
        origin.extend(std::iter::repeat_n(i, f.len()));
        folded.push_str(&f);
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

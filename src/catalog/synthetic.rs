//! Large made-up catalogs for benchmarks and the 5,000-entry timing build, derived from the real
//! entries so that search and facets behave as they would on real data: entry `i` copies real
//! entry `i % n` and, from the second round of copies on, varies its id (`-s{round}`), name
//! (some with accents), exam code, provider, level, price, focus areas, delivery and status.
//!
//! Deterministic (a hash of the index, no random source), so two builds embed the same bytes
//! and two benchmark runs measure the same catalog. Never part of the shipped app: the library
//! compiles it natively only, and `build.rs` uses it only with the `synthetic` cargo feature.
//! Shared with `build.rs` through `#[path]`, so it may use only `model.rs` and `date.rs`.

use super::date::Date;
use super::model::{
    CatalogFile, Certification, Currency, Money, PriceModel, Provider, ProviderKind, StatusState,
};

/// Name endings of the copies; some accented, so accent-insensitive search has work to do.
const EDITIONS: [&str; 8] = [
    " II",
    " — Advanced",
    " Essentials",
    " — Édition française",
    " (Certifié)",
    " — Práctica profesional",
    " für Einsteiger",
    " Refresher",
];

/// A catalog of `count` entries made from `real` (which must have at least one entry). The
/// first `real.certifications.len()` entries are the real ones unchanged; when there are
/// copies, each real provider gets a "partner" twin that some copies move to.
pub fn generate(real: &CatalogFile, count: usize) -> CatalogFile {
    let base = &real.certifications;
    assert!(!base.is_empty(), "a synthetic catalog needs real entries");
    let mut providers = real.providers.clone();
    if count > base.len() {
        providers.extend(real.providers.iter().map(|p| Provider {
            id: format!("{}-partner", p.id),
            name: format!("{} Partner Academy", p.name),
            kind: ProviderKind::TrainingCompany,
        }));
    }
    let certifications = (0..count)
        .map(|i| copy(base, &providers, i, count))
        .collect();
    CatalogFile {
        schema: real.schema,
        providers,
        certifications,
    }
}

/// Entry `i` of a synthetic catalog of `count` entries.
fn copy(base: &[Certification], providers: &[Provider], i: usize, count: usize) -> Certification {
    let (round, n) = (i / base.len(), i % base.len());
    let mut cert = base[n].clone();
    // Ids of other entries (replacements, prerequisites) point into the same round when that
    // entry exists, else at the real entry, so every reference resolves.
    let remap = |ids: &mut Vec<String>| {
        *ids = ids
            .iter()
            .filter_map(|id| {
                let target = base.iter().position(|c| &c.id == id)?;
                let same_round = round * base.len() + target;
                if same_round < count {
                    Some(id_of(base, same_round))
                } else {
                    (target < count).then(|| id.clone())
                }
            })
            .collect();
    };
    remap(&mut cert.prerequisites);
    remap(&mut cert.status.replacements);
    if round == 0 {
        return cert;
    }
    let mut dice = Dice::new(i as u64);
    cert.id = id_of(base, i);
    cert.name = format!(
        "{}{} {round}",
        cert.name,
        EDITIONS[dice.below(EDITIONS.len())]
    );
    cert.exam_code = cert.exam_code.map(|code| format!("{code}-S{round}"));
    if dice.chance(25) {
        cert.provider = providers[dice.below(providers.len())].id.clone();
    }
    // Levels, focus areas and delivery modes are borrowed from another real entry, so they
    // keep the real data's mix.
    if dice.chance(30) {
        cert.level = base[dice.below(base.len())].level;
    }
    if dice.chance(40) {
        let donor = &base[dice.below(base.len())];
        add_one(&mut cert.focus_areas, &donor.focus_areas, &mut dice);
    }
    if dice.chance(15) && cert.focus_areas.len() > 1 {
        cert.focus_areas.remove(0);
    }
    if dice.chance(15) {
        let donor = &base[dice.below(base.len())];
        add_one(&mut cert.delivery, &donor.delivery, &mut dice);
    }
    vary_price(&mut cert, &mut dice);
    vary_status(&mut cert, &mut dice);
    // Checked no later than the real entry, so a copy is never "verified in the future".
    cert.verified.day = 1 + dice.below(usize::from(cert.verified.day)) as u8;
    cert
}

/// Adds one of `from` (if any) to `to` unless it is already there.
fn add_one<T: Copy + PartialEq>(to: &mut Vec<T>, from: &[T], dice: &mut Dice) {
    if from.is_empty() {
        return;
    }
    let extra = from[dice.below(from.len())];
    if !to.contains(&extra) {
        to.push(extra);
    }
}

/// The id of synthetic entry `i`: the real id for the first round, then `{id}-s{round}`.
fn id_of(base: &[Certification], i: usize) -> String {
    let (round, n) = (i / base.len(), i % base.len());
    if round == 0 {
        base[n].id.clone()
    } else {
        format!("{}-s{round}", base[n].id)
    }
}

/// Half to double the real fee in whole $5 steps; a few become unknown or free.
fn vary_price(cert: &mut Certification, dice: &mut Dice) {
    let price = &mut cert.price;
    if dice.chance(8) {
        if price.model == PriceModel::Free {
            price.model = PriceModel::ExamFee;
        }
        price.amount = None;
    } else if dice.chance(4) {
        price.model = PriceModel::Free;
        price.amount = Some(Money {
            cents: 0,
            currency: Currency::Usd,
        });
    } else if let Some(money) = &mut price.amount {
        let percent = 50 + dice.below(151) as u64;
        money.cents = (money.cents * percent / 100 / 500) * 500;
    }
}

/// Most copies keep the real status; some move to another one, with the date and the
/// replacements the data rules require of it.
fn vary_status(cert: &mut Certification, dice: &mut Dice) {
    if !dice.chance(15) {
        return;
    }
    let status = &mut cert.status;
    let (state, date) = match dice.below(4) {
        0 => (StatusState::Retired, Some(date(2025, 6, 30))),
        1 => (StatusState::Retiring, Some(date(2027, 3, 31))),
        2 => (StatusState::Beta, None),
        _ => (StatusState::Active, None),
    };
    status.state = state;
    status.date = date;
    if !matches!(state, StatusState::Retiring | StatusState::Retired) {
        status.replacements.clear();
    }
}

fn date(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// Deterministic dice: SplitMix64 seeded by the entry index.
struct Dice(u64);

impl Dice {
    fn new(seed: u64) -> Dice {
        Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::catalog::{validate, Catalog, EMBEDDED_JSON};

    fn real() -> CatalogFile {
        serde_json::from_str(EMBEDDED_JSON).unwrap()
    }

    #[test]
    fn has_the_requested_number_of_entries() {
        for count in [0, 1, 45, 46, 47, 1000] {
            assert_eq!(generate(&real(), count).certifications.len(), count);
        }
    }

    #[test]
    fn is_deterministic() {
        assert_eq!(generate(&real(), 500), generate(&real(), 500));
    }

    #[test]
    fn starts_with_the_real_entries_unchanged() {
        let real = real();
        let n = real.certifications.len();
        let synthetic = generate(&real, 2 * n + 7);
        assert_eq!(synthetic.certifications[..n], real.certifications[..]);
    }

    #[test]
    fn ids_are_unique_and_every_data_rule_holds() {
        let real = real();
        // Copies are never verified later than the newest real entry.
        let today = Catalog::from_file(real.clone()).newest_verified().unwrap();
        // Partial rounds too: references into the missing part must fall back or be dropped.
        for count in [10, 46, 100, 5_000] {
            let catalog = Catalog::from_file(generate(&real, count));
            let ids: HashSet<&str> = catalog
                .certifications
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            assert_eq!(ids.len(), count);
            let problems = validate(&catalog, today);
            assert!(problems.is_empty(), "{count}: {problems:#?}");
        }
    }

    #[test]
    fn copies_vary_what_people_filter_on() {
        let catalog = generate(&real(), 5_000);
        let certs = &catalog.certifications[46..];
        let distinct = |key: &dyn Fn(&Certification) -> String| {
            certs.iter().map(key).collect::<HashSet<_>>().len()
        };
        assert!(distinct(&|c| c.provider.clone()) > 30);
        assert!(distinct(&|c| format!("{:?}", c.level)) == 4);
        assert!(distinct(&|c| format!("{:?}", c.status.state)) == 5);
        assert!(certs.iter().any(|c| !c.name.is_ascii()));
        assert!(certs.iter().any(|c| c.price.amount.is_none()));
    }
}

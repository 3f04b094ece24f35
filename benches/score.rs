//! The fit score: scoring and ranking a synthetic catalog of 100k entries (`score::rank`), and
//! the search for the smallest single-weight change that flips the winner (`score::flip`) on the
//! real catalog. Targets (issue 6): rank 100k ≤ 20 ms, flip ≤ 5 ms. `scripts/bench` runs this
//! and writes `docs/bench.md`.

use std::hint::black_box;

use certscope::catalog::Catalog;
use certscope::score::{flip, rank, Preset, Profile};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

/// The profiles measured, named as `scripts/bench` reports them: the default, and each preset
/// (its weights plus, for some, level and budget limits).
fn profiles() -> Vec<(&'static str, Profile)> {
    let mut profiles = vec![("default", Profile::default())];
    for (name, preset) in ["career-change", "credibility", "big-tech", "exploring"]
        .into_iter()
        .zip(Preset::ALL)
    {
        let mut p = preset.apply(&Profile::default());
        p.focus = vec![certscope::catalog::Focus::Genai];
        profiles.push((name, p));
    }
    profiles
}

fn score(c: &mut Criterion) {
    let synthetic = Catalog::synthetic(100_000);
    let mut group = c.benchmark_group("rank");
    group.sample_size(10);
    for (name, p) in profiles() {
        group.bench_with_input(BenchmarkId::new(name, 100_000), &p, |b, p| {
            b.iter(|| rank(&synthetic, black_box(p)))
        });
    }
    group.finish();

    let real = Catalog::embedded().unwrap();
    let size = real.certifications.len();
    let mut group = c.benchmark_group("flip");
    for (name, p) in profiles() {
        group.bench_with_input(BenchmarkId::new(name, size), &p, |b, p| {
            b.iter(|| flip(&real, black_box(p)))
        });
    }
    group.finish();
}

criterion_group!(benches, score);
criterion_main!(benches);

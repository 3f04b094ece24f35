//! Filter + facet counts + sort (`find::run`) on synthetic catalogs of 1k, 10k and 100k
//! entries, and the one-off cost of building the search index. Targets (issue 4): 10k ≤ 1 ms,
//! 100k ≤ 15 ms, growing linearly. `scripts/bench` runs this and writes `docs/bench.md`.

use std::hint::black_box;

use certscope::catalog::{Catalog, Delivery, Level};
use certscope::find::{run, FindIndex, FindQuery, Sort};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// The queries measured, named as `scripts/bench` reports them.
fn queries() -> Vec<(&'static str, FindQuery)> {
    vec![
        ("empty", FindQuery::default()),
        (
            "text",
            FindQuery {
                text: "machine learning".into(),
                ..FindQuery::default()
            },
        ),
        (
            "text+facets+cost",
            FindQuery {
                text: "machine learning".into(),
                levels: vec![Level::Associate, Level::Professional],
                delivery: vec![Delivery::OnlineProctored],
                max_cost: Some(200),
                ..FindQuery::default()
            },
        ),
        (
            "sort-by-fee",
            FindQuery {
                sort: Sort::Fee,
                ..FindQuery::default()
            },
        ),
    ]
}

fn find(c: &mut Criterion) {
    let catalogs: Vec<Catalog> = SIZES.iter().map(|&n| Catalog::synthetic(n)).collect();

    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    for catalog in &catalogs {
        let size = catalog.certifications.len();
        group.bench_with_input(BenchmarkId::new("build", size), catalog, |b, catalog| {
            b.iter(|| FindIndex::new(&catalog.certifications, &catalog.providers))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("run");
    group.sample_size(20);
    for catalog in &catalogs {
        let size = catalog.certifications.len();
        let index = FindIndex::new(&catalog.certifications, &catalog.providers);
        for (name, query) in queries() {
            group.bench_with_input(BenchmarkId::new(name, size), &query, |b, query| {
                b.iter(|| run(&catalog.certifications, &index, black_box(query)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, find);
criterion_main!(benches);

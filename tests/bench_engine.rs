//! Measures the engine (a benchmark that prints figures, never a timed assertion): decoding a link and
//! evaluating it, for a few representative situations. `cargo test --release --test bench_engine`.

use assistant_medical::rules::{compare, evaluate};
use assistant_medical::situation::link::decode;
use std::hint::black_box;
use std::time::Instant;

const LINKS: [(&str, &str); 4] = [
    (
        "généraliste, 1 ETP, 2025",
        "spe=mg&secteur=1&pmt=1300&fa=2000&etp=1&signature=2025-03-01",
    ),
    (
        "avenant 7, tiers temps",
        "spe=mg&secteur=1&pmt=1600&etp=1/3&signature=2021-03-01&groupe=1&coordonne=1&pmt3=1650",
    ),
    (
        "spécialiste, bande inconnue",
        "spe=cardio&secteur=1&fa=3000&etp=1/2&signature=2025-03-01",
    ),
    (
        "contrat collectif",
        "spe=mg&secteur=1&collectif=3&pmt=900&fa=1500&etpgroupe=2&signature=2026-03-01",
    ),
];

fn per_call(iterations: u32, mut work: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..iterations {
        work();
    }
    start.elapsed().as_secs_f64() * 1e6 / f64::from(iterations)
}

fn main() {
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("engine, native {profile} build, µs per call (mean of 2 000):");
    for (name, link) in LINKS {
        let situation = decode(link).expect("a case link").situation;
        let decoding = per_call(2_000, || {
            black_box(decode(black_box(link)).ok());
        });
        let evaluating = per_call(2_000, || {
            black_box(evaluate(black_box(&situation)));
        });
        let comparing = per_call(200, || {
            black_box(compare::options(black_box(&situation)));
        });
        println!("  {name:<30} decode {decoding:7.1}   evaluate {evaluating:7.1}   compare {comparing:8.1}");
    }
}

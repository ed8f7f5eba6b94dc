//! mem@k, memory-efficient@k and dual@k against brute force: each sample's
//! memory score written out from its definition (docs/metrics.md, "Memory")
//! and every k-subset of n ≤ 10 samples enumerated, exact to 1e-12.

use effgauge_metrics::{
    floored, memory_config, memory_costs, sample_score, summarize_counted, summarize_memory,
    EffConfig, Metric, SampleCosts, Verdict, MEMORY_FLOOR_BYTES,
};
use proptest::prelude::*;

const TOL: f64 = 1e-12;
const WEIGHTS: [f64; 4] = [0.0, 3.0, 3.0, 4.0];

/// A sample: correct, wrong, or censored at level 1..=3, with a peak and a
/// cost per level.
#[derive(Debug, Clone)]
struct Sample {
    verdict: Verdict,
    peaks: Vec<f64>,
    costs: Vec<f64>,
}

fn sample() -> impl Strategy<Value = Sample> {
    let verdict = prop_oneof![
        4 => Just(Verdict::Correct),
        1 => Just(Verdict::Wrong),
        1 => (1usize..=3).prop_map(|level| Verdict::Censored { level }),
    ];
    let peak = prop_oneof![Just(0.0), Just(4096.0), 0.0..200_000.0f64];
    (
        verdict,
        prop::collection::vec(peak, 4),
        prop::collection::vec(1.0..300.0f64, 4),
    )
        .prop_map(|(verdict, peaks, costs)| Sample {
            verdict,
            peaks,
            costs,
        })
}

/// The memory score from its definition: wrong → 0; otherwise Σ_l h_l f_l /
/// Σ h_l over the levels it finished, f_l = max(M − m_l, 0) / (M − m*_l),
/// M = 2 max_l m*_l, every figure raised to 4 KiB; a level within 3 % of
/// the reference's counts as the reference's.
fn memory_score(s: &Sample, reference: &[f64]) -> f64 {
    let finished = match s.verdict {
        Verdict::Wrong => return 0.0,
        Verdict::Correct => 4,
        Verdict::Censored { level } => level,
    };
    let r: Vec<f64> = reference
        .iter()
        .map(|&m| m.max(MEMORY_FLOOR_BYTES))
        .collect();
    let limit = 2.0 * (1..4).map(|l| r[l]).fold(0.0, f64::max);
    let mut total = 0.0;
    for l in 1..finished {
        let mut m = s.peaks[l].max(MEMORY_FLOOR_BYTES);
        if (m - r[l]).abs() <= 0.03 * r[l] {
            m = r[l];
        }
        total += WEIGHTS[l] * (limit - m).max(0.0) / (limit - r[l]);
    }
    total / WEIGHTS.iter().sum::<f64>()
}

/// Correct and strictly less memory in total than the reference.
fn memory_efficient(s: &Sample, reference: &[f64]) -> bool {
    if s.verdict != Verdict::Correct {
        return false;
    }
    let snap = |m: f64, r: f64| if (m - r).abs() <= 0.03 * r { r } else { m };
    let total: f64 = (1..4)
        .map(|l| {
            snap(
                s.peaks[l].max(MEMORY_FLOOR_BYTES),
                reference[l].max(MEMORY_FLOOR_BYTES),
            )
        })
        .sum();
    total
        < (1..4)
            .map(|l| reference[l].max(MEMORY_FLOOR_BYTES))
            .sum::<f64>()
}

fn subsets(n: usize, k: usize) -> impl Iterator<Item = u32> {
    (0u32..(1 << n)).filter(move |m| m.count_ones() as usize == k)
}

/// Mean over every k-subset of the best value in it.
fn brute_best(values: &[f64], k: usize) -> f64 {
    let subsets: Vec<u32> = subsets(values.len(), k).collect();
    let sum: f64 = subsets
        .iter()
        .map(|mask| {
            (0..values.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| values[i])
                .fold(f64::NEG_INFINITY, f64::max)
        })
        .sum();
    sum / subsets.len() as f64
}

fn cfg() -> EffConfig {
    EffConfig {
        weights: WEIGHTS.to_vec(),
        tie_margin: 0.03,
        ..EffConfig::default()
    }
}

fn costs_of(s: &Sample) -> SampleCosts {
    SampleCosts {
        verdict: s.verdict,
        level_costs: s.costs.iter().map(|&c| Some(c)).collect(),
    }
}

fn peaks_of(s: &Sample) -> SampleCosts {
    let peaks: Vec<Option<f64>> = s.peaks.iter().map(|&p| Some(p)).collect();
    memory_costs(s.verdict, &peaks)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn memory_metrics_match_brute_force(
        samples in prop::collection::vec(sample(), 1..=10),
        reference in prop::collection::vec(prop_oneof![Just(0.0), 0.0..100_000.0f64], 4),
        reference_costs in prop::collection::vec(1.0..100.0f64, 4),
        k_pick in 0usize..10,
    ) {
        let k = 1 + k_pick % samples.len();
        let cfg = cfg();
        let time: Vec<SampleCosts> = samples.iter().map(costs_of).collect();
        let memory: Vec<SampleCosts> = samples.iter().map(peaks_of).collect();
        let time_scores: Vec<f64> = time
            .iter()
            .map(|c| sample_score(c, &reference_costs, &cfg).unwrap())
            .collect();
        let counted: Vec<(&SampleCosts, u64)> = time.iter().map(|c| (c, 1)).collect();
        let mut summary = summarize_counted(&reference_costs, &counted, &cfg).unwrap();
        let floored_reference: Vec<f64> = reference.iter().map(|&m| floored(m)).collect();
        let with_time: Vec<(&SampleCosts, f64, u64)> =
            memory.iter().zip(&time_scores).map(|(c, &t)| (c, t, 1)).collect();
        summary.memory =
            Some(summarize_memory(&floored_reference, &with_time, &memory_config(&cfg)).unwrap());

        let mem: Vec<f64> = samples.iter().map(|s| memory_score(s, &reference)).collect();
        let dual: Vec<f64> = mem.iter().zip(&time_scores).map(|(m, t)| m.min(*t)).collect();
        let efficient: Vec<f64> = samples
            .iter()
            .map(|s| f64::from(u8::from(memory_efficient(s, &reference))))
            .collect();
        for (metric, values) in [(Metric::Mem, &mem), (Metric::Dual, &dual), (Metric::MemEfficient, &efficient)] {
            let fast = summary.value(metric, k).unwrap();
            let slow = brute_best(values, k);
            prop_assert!((fast - slow).abs() <= TOL, "{metric:?} n={} k={k}: {fast} vs {slow}", samples.len());
        }
    }
}

#[test]
fn the_reference_scores_one_on_every_memory_metric() {
    let cfg = cfg();
    let reference = [512.0, 10_000.0, 80_000.0, 900_000.0];
    let costs = [5.0, 50.0, 500.0, 5000.0];
    let time = SampleCosts {
        verdict: Verdict::Correct,
        level_costs: costs.iter().map(|&c| Some(c)).collect(),
    };
    let memory = memory_costs(Verdict::Correct, &reference.map(Some));
    let t = sample_score(&time, &costs, &cfg).unwrap();
    let floored_reference = reference.map(floored);
    let m = summarize_memory(&floored_reference, &[(&memory, t, 3)], &memory_config(&cfg)).unwrap();
    assert_eq!(m.scores, vec![(1.0, 3)]);
    assert_eq!(m.dual_scores, vec![(1.0, 3)]);
    assert_eq!(m.efficient, 0);
}

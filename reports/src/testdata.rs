//! Small results files for the unit tests.

use crate::schema::*;

pub fn harness() -> HarnessInfo {
    HarnessInfo {
        effgauge_version: "0.1.0".into(),
        metering_version: 3,
        cost_model: "cost-v1".into(),
        runtime: RuntimeRef {
            name: "cpython-wasi".into(),
            version: "3.13.1".into(),
            sha256: "ab".repeat(32),
            stdlib_sha256: None,
        },
        wasmtime: "48.0.8".into(),
        meter: "fuel".into(),
        alpha: 2.0,
        tie_margin: 0.03,
        tie_floor: 30000.0,
        profile: "effgauge".into(),
        verify_multiple: Some(8),
        weights: vec![0.0, 3.0, 3.0, 4.0],
        limit: "single".into(),
        max_source_bytes: Some(65_536),
        k: vec![1],
        seed: 0,
        inputs: Some(Inputs::Public),
        salt_sha256: None,
        bootstrap_resamples: 10_000,
        suite_hash: "cd".repeat(32),
        problems: vec!["p/1".into(), "p/2".into()],
        language: crate::schema::Language::Python,
        toolchain: None,
    }
}

pub fn summary(name: &str, value: f64, lo: f64, hi: f64) -> MetricSummary {
    MetricSummary {
        name: name.into(),
        value: Some(value),
        ci_low: Some(lo),
        ci_high: Some(hi),
        conditional: Some(value),
        unavailable: None,
    }
}

pub fn problem(task_id: &str, eff1: f64) -> ProblemResult {
    ProblemResult {
        task_id: task_id.into(),
        tags: vec!["arrays".into()],
        difficulty: Some("easy".into()),
        n: 1,
        n_correct: 1,
        n_efficient: 0,
        reference_level_cost: vec![10, 100, 200, 400],
        level_size: vec![Some(3), Some(1000), Some(2000), Some(4000)],
        level_limit: vec![800, 800, 800, 800],
        alpha: None,
        reference_growth: vec![growth(1, 2, 1.0, false), growth(2, 3, 1.0, false)],
        reference_memory: Some(level_memory(1)),
        metrics: vec![
            MetricValue {
                name: "pass@1".into(),
                value: Some(1.0),
            },
            MetricValue {
                name: "eff@1".into(),
                value: Some(eff1),
            },
            MetricValue {
                name: "efficient@1".into(),
                value: Some(0.0),
            },
        ],
        speedup: Some(1.0),
        samples: vec![sample(&format!("{task_id}.jsonl:1"), eff1, 1)],
    }
}

/// A model with eff@1 = `eff` over two problems, `p/1` scoring `p1`.
pub fn model(name: &str, eff: f64, p1: f64) -> ModelResult {
    ModelResult {
        model: name.into(),
        problems: vec![problem("p/1", p1), problem("p/2", 0.5)],
        summary: Summary {
            problems: 2,
            problems_with_correct: 2,
            metrics: vec![
                summary("efficient@1", 0.3, 0.1, 0.5),
                summary("pass@1", 0.9, 0.8, 0.95),
                summary("eff@1", eff, 0.75, 0.87),
            ],
            speedup: SpeedupSummary {
                geometric_mean: Some(1.234),
                ratio_of_sums: Some(1.1),
                problems_with_ratio: 2,
            },
        },
    }
}

pub fn file(models: Vec<ModelResult>) -> ResultsFile {
    ResultsFile {
        schema_version: SCHEMA_VERSION,
        harness: harness(),
        shard: None,
        models,
        invalid_samples: vec![],
    }
}

pub fn growth(from: u32, to: u32, exponent: f64, at_least: bool) -> Growth {
    Growth {
        from,
        to,
        exponent,
        at_least,
    }
}

/// Memory per level growing linearly with the sizes, `factor` × 1 KiB per
/// element.
pub fn level_memory(factor: u64) -> LevelMemory {
    LevelMemory {
        peak_live_bytes: [3, 1000, 2000, 4000]
            .map(|n| Some((n * factor) << 10))
            .to_vec(),
        live_kib_fuel: [3, 1000, 2000, 4000]
            .map(|n| Some(n * factor * 100))
            .to_vec(),
        growth: vec![growth(1, 2, 1.0, false), growth(2, 3, 1.0, false)],
    }
}

/// A correct sample with score `score`, counted `count` times.
pub fn sample(id: &str, score: f64, count: u64) -> SampleResult {
    SampleResult {
        id: id.into(),
        count,
        source_sha256: "ef".repeat(32),
        verdict: crate::schema::Verdict::Correct,
        status: crate::schema::Status::Ok,
        failed_at: None,
        error: None,
        level_cost: vec![Some(10), Some(100), Some(200), Some(400)],
        growth: vec![growth(1, 2, 1.0, false), growth(2, 3, 1.0, false)],
        score,
        efficient: false,
        memory: Some(SampleMemory {
            levels: level_memory(2),
            score: 0.5,
            dual_score: score.min(0.5),
            efficient: false,
        }),
        peak_memory_bytes: 1 << 20,
        verification: None,
        warnings: Vec::new(),
    }
}

//! A compared pair: one alternative at one level of one problem, its fuel
//! ratio under each cost model beside its native time ratio in each
//! repetition.

use super::native::{NativeSide, REPETITIONS};
use super::stats::geometric_mean;
use super::{held_out, work, FuelSides};
use crate::Problem;
use serde::Serialize;
use std::collections::BTreeMap;

/// One cost model's figures of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ModelFuel {
    pub reference: u64,
    pub alternative: u64,
    /// alternative / reference.
    pub ratio: f64,
}

/// One compared pair.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub problem: String,
    pub level: usize,
    pub alternative: String,
    /// Whether the problem is in the held-out half ([`held_out`]).
    pub held_out: bool,
    /// Under the run's first cost model (the one `fuel` lists first in the
    /// run's `cost_models`).
    pub reference_fuel: u64,
    pub alternative_fuel: u64,
    pub fuel_ratio: f64,
    /// Under every cost model of the run, by the model's name.
    pub fuel: BTreeMap<String, ModelFuel>,
    /// Geometric means over the repetitions, so that `time_ratio` is
    /// `alternative_ns / reference_ns`.
    pub reference_ns: f64,
    pub alternative_ns: f64,
    pub time_ratio: f64,
    /// The time ratio of each repetition; `time_ratio` is their geometric
    /// mean, and how well they agree over all pairs is the noise floor.
    pub time_ratio_runs: [f64; REPETITIONS],
    /// Whether a call of the level was repeated inside one timing (it took
    /// less than the minimal timing).
    pub repeated: bool,
    /// With `--work`: what the first cost model sees of the level's most
    /// expensive case, reference and alternative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_work: Option<work::LevelWork>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative_work: Option<work::LevelWork>,
}

impl Pair {
    /// How far the first model's fuel ratio and the time ratio disagree:
    /// max(f/t, t/f) ≥ 1.
    pub fn disagreement(&self) -> f64 {
        let q = self.fuel_ratio / self.time_ratio;
        q.max(1.0 / q)
    }

    /// The fuel ratio under the model named `model`.
    pub fn fuel_ratio_under(&self, model: &str) -> Option<f64> {
        self.fuel.get(model).map(|f| f.ratio)
    }
}

/// The pairs of one problem: each (alternative, level) timed natively,
/// with its fuel under every model.
pub fn pairs_of(problem: &Problem, fuel: &FuelSides, native: &NativeSide) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for times in &native.levels {
        let under: Option<Vec<(String, ModelFuel)>> = (0..fuel.models.len())
            .map(|k| {
                let (reference, alternative) = fuel.fuel(k, &times.alternative, times.level)?;
                (reference > 0).then(|| {
                    let ratio = alternative as f64 / reference as f64;
                    let figures = ModelFuel {
                        reference,
                        alternative,
                        ratio,
                    };
                    (fuel.models[k].0.name().to_owned(), figures)
                })
            })
            .collect();
        // The native side timed only what every model measured, and a
        // reference always costs fuel: this holds but for a broken meter.
        let Some(under) = under else { continue };
        let first = under[0].1;
        let reference_ns = geometric_mean(&times.reference_ns);
        let alternative_ns = geometric_mean(&times.alternative_ns);
        pairs.push(Pair {
            problem: problem.id.clone(),
            level: times.level,
            alternative: times.alternative.clone(),
            held_out: held_out(&problem.id),
            reference_fuel: first.reference,
            alternative_fuel: first.alternative,
            fuel_ratio: first.ratio,
            fuel: under.into_iter().collect(),
            reference_ns,
            alternative_ns,
            time_ratio: alternative_ns / reference_ns,
            time_ratio_runs: std::array::from_fn(|r| {
                times.alternative_ns[r] / times.reference_ns[r]
            }),
            repeated: times.repeated,
            reference_work: None,
            alternative_work: None,
        });
    }
    pairs
}

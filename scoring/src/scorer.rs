//! [`Scorer`]: scoring one program at a time against a suite held in
//! memory, for callers that score many programs over a long life (the
//! service, a trainer's reward loop) or just one (`effgauge run`). It keeps
//! one sandbox engine and the most recently used prepared problems (their
//! cases, expected outputs and reference costs), up to a bound, so a hot
//! problem is prepared once and memory does not grow with the suite.
//!
//! A program's figures are those [`crate::score`] writes for the same
//! program under the same configuration: the same judge, the same facts,
//! the same per-sample summary.

use crate::outcome_cache::{OutcomeCache, UnitKeys};
use crate::prepare::{check_levels, harness_info};
use crate::settings::run_sample;
use crate::summarize::{problem_result, DistinctSample, ProblemFacts};
use crate::SampleOutcome;
use crate::{samples, size, ScoreConfig, ScoringError};
use effgauge_problems::{Prepared, Problem, Suite};
use effgauge_reports::schema::{Growth, HarnessInfo, LevelMemory, SampleResult};
use effgauge_sandboxes::{Meter, SandboxEngine};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// One program's result with the facts of its problem it is read against.
#[derive(Debug, Clone)]
pub struct ScoredSample {
    pub task_id: String,
    /// The sample's entry as `score` writes it.
    pub sample: SampleResult,
    /// The reference's cost per level.
    pub reference_level_cost: Vec<u64>,
    /// Each level's cost limit under the fuel meter (empty under others).
    pub level_limit: Vec<u64>,
    /// The reference's growth exponents.
    pub reference_growth: Vec<Growth>,
    /// The reference's memory per level, where it was measured.
    pub reference_memory: Option<LevelMemory>,
    /// The judge's outcome, from which `sample` was made.
    pub outcome: SampleOutcome,
}

/// A suite, an engine and a bounded set of prepared problems.
pub struct Scorer {
    config: ScoreConfig,
    engine: SandboxEngine,
    suite: Suite,
    harness: HarnessInfo,
    /// Most recently used first; at most `capacity`.
    prepared: Mutex<Vec<(String, Arc<Prepared>)>>,
    capacity: usize,
    outcome_cache: Option<(OutcomeCache, UnitKeys)>,
    /// Outcomes stored so far (the folder is trimmed every 1 024).
    puts: AtomicU64,
}

impl Scorer {
    /// A scorer of `suite` under `config`, holding at most `capacity`
    /// prepared problems in memory (at least one).
    pub fn new(config: ScoreConfig, suite: Suite, capacity: usize) -> Result<Scorer, ScoringError> {
        config.validate()?;
        let engine = config.engine()?;
        let all: Vec<&Problem> = suite.problems.iter().collect();
        let harness = harness_info(&config, &engine, &all);
        let keys = UnitKeys::new(&engine, &config.settings(), config.salt.as_ref());
        let outcome_cache = match (&config.outcome_cache, keys) {
            (Some(spec), Some(keys)) => Some((OutcomeCache::open(spec.clone())?, keys)),
            _ => None,
        };
        Ok(Scorer {
            config,
            engine,
            suite,
            harness,
            prepared: Mutex::new(Vec::new()),
            capacity: capacity.max(1),
            outcome_cache,
            puts: AtomicU64::new(0),
        })
    }

    pub fn config(&self) -> &ScoreConfig {
        &self.config
    }

    pub fn suite(&self) -> &Suite {
        &self.suite
    }

    pub fn engine(&self) -> &SandboxEngine {
        &self.engine
    }

    /// The `harness` block of these results: how they are made, the salt
    /// by its hash only.
    pub fn harness(&self) -> &HarnessInfo {
        &self.harness
    }

    /// The problem `task_id`, or an invalid-input error naming it (also
    /// when it has no track in the scorer's language).
    pub fn problem(&self, task_id: &str) -> Result<&Problem, ScoringError> {
        let problem = self
            .suite
            .get(task_id)
            .ok_or_else(|| ScoringError::invalid(format!("unknown task '{task_id}'")))?;
        let language = self.config.language;
        if let (false, Some(dialect)) = (language.supports(problem), language.dialect()) {
            return Err(ScoringError::invalid(format!(
                "task '{task_id}' has no {} track ({language}/ in its folder)",
                dialect.name()
            )));
        }
        Ok(problem)
    }

    /// The prepared problem, from memory, else prepared (through the disk
    /// cache) and kept, evicting the least recently used beyond the bound.
    pub fn prepared(&self, problem: &Problem) -> Result<Arc<Prepared>, ScoringError> {
        if let Some(hit) = self.take_cached(&problem.id) {
            return Ok(hit);
        }
        let language = self.config.language;
        let salt = self.config.salt.as_ref();
        let prepared = Arc::new(language.prepare(&self.engine, problem, salt)?);
        check_levels(&self.config, problem, &prepared)?;
        let mut cache = self.prepared.lock().unwrap_or_else(|e| e.into_inner());
        cache.retain(|(id, _)| *id != problem.id);
        cache.insert(0, (problem.id.clone(), Arc::clone(&prepared)));
        cache.truncate(self.capacity);
        Ok(prepared)
    }

    fn take_cached(&self, id: &str) -> Option<Arc<Prepared>> {
        let mut cache = self.prepared.lock().unwrap_or_else(|e| e.into_inner());
        let at = cache.iter().position(|(key, _)| key == id)?;
        let entry = cache.remove(at);
        let hit = Arc::clone(&entry.1);
        cache.insert(0, entry);
        Some(hit)
    }

    /// Scores `program` (its exact text) on `task_id`; `id` names it in the
    /// result.
    pub fn score_program(
        &self,
        task_id: &str,
        id: &str,
        program: &str,
    ) -> Result<ScoredSample, ScoringError> {
        let problem = self.problem(task_id)?;
        let prepared = self.prepared(problem)?;
        let settings = self.config.settings();
        let program_sha256 = samples::sha256_hex(program);
        let outcome = match size::check(program, self.config.max_source_bytes) {
            Err(over) => over.outcome(problem.levels.len()),
            Ok(()) => self.judge(problem, &prepared, program, &program_sha256)?,
        };
        let reference = self.reference_costs(problem, &prepared)?;
        let memory = Some(prepared.reference_level_memory.clone());
        let facts = ProblemFacts::of(problem, reference, memory, &settings);
        let sample = DistinctSample {
            id: id.to_owned(),
            count: 1,
            source_sha256: program_sha256,
            outcome: &outcome,
        };
        let cfg = self.config.judging.eff_config();
        let (mut result, _) = problem_result(&facts, &[sample], &cfg, &self.config.ks)?;
        Ok(ScoredSample {
            task_id: problem.id.clone(),
            sample: result.samples.remove(0),
            reference_level_cost: result.reference_level_cost,
            level_limit: result.level_limit,
            reference_growth: result.reference_growth,
            reference_memory: result.reference_memory,
            outcome,
        })
    }

    /// The judge's outcome of `program`, through the outcome cache.
    fn judge(
        &self,
        problem: &Problem,
        prepared: &Prepared,
        program: &str,
        program_sha256: &str,
    ) -> Result<SampleOutcome, ScoringError> {
        let cached = self.outcome_cache.as_ref().map(|(cache, keys)| {
            let key = keys.key(problem, program_sha256);
            (cache, cache.get(&key, problem.levels.len()), key)
        });
        if let Some((_, Some(outcome), _)) = cached {
            return Ok(outcome);
        }
        let outcome = run_sample(
            &self.engine,
            problem,
            prepared,
            program,
            &self.config.settings(),
        )?;
        if let Some((cache, _, key)) = cached {
            cache.put(&key, &outcome);
            // A long-lived scorer keeps the folder within its bound too.
            if self.puts.fetch_add(1, Ordering::Relaxed) % 1024 == 1023 {
                cache.trim()?;
            }
        }
        Ok(outcome)
    }

    /// The reference's cost per level: its prepared fuel, or under another
    /// meter a run of its own (that meter's figures are not cached).
    fn reference_costs(
        &self,
        problem: &Problem,
        prepared: &Prepared,
    ) -> Result<Vec<u64>, ScoringError> {
        if self.config.meter == Meter::Fuel {
            return Ok(prepared.reference_level_fuel.clone());
        }
        let settings = self.config.settings();
        let reference = crate::plan::reference_source(problem, settings.language)?;
        let run = run_sample(&self.engine, problem, prepared, reference, &settings)?;
        crate::assemble::reference_costs(&run, &problem.id)
    }
}

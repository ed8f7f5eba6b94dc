//! The validator of a problem's compiled track (C++ or C): the same cases
//! and the same gates as the Python track's, with the track's reference
//! and alternatives.
//!
//! The inputs, their determinism and the prompt belong to the problem and
//! are the Python track's gates; here the track's reference must compile
//! and give the expected answer on every case (its fuel is then the cost
//! every candidate in that language is measured against), and every alternative must be
//! right on every case it runs. The signal gates (floor, budget, level 0,
//! separation, growth) and the authoring gates (slips, near-ties,
//! discrimination) then hold the track to what they hold the Python one to,
//! on the C++ reference's costs. A track needs one alternative, not two.

use super::alternatives::{probe_level, run_program};
use super::report::{AlternativeReport, Gate, ValidationReport};
use super::validator::{alternatives_gate_of, level_reports};
use super::{authoring, gates};
use crate::native::{compile_candidate, prepare_native, track_dir, Dialect, NativeTrack};
use crate::{prepare_in, Alternative, Prepared, Problem, ValidateOptions, NEAR_TIE};
use effgauge_sandboxes::{SandboxEngine, WasmProgram};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Validates the `dialect` track of `problem`; `None` when it has none.
/// Never fails: every failure is a failed gate.
pub fn validate_native(
    engine: &SandboxEngine,
    problem: &Problem,
    opts: &ValidateOptions,
    dialect: Dialect,
) -> Option<ValidationReport> {
    let track = problem.native(dialect)?;
    let started = Instant::now();
    // The track as a problem of its own: its reference and alternatives.
    let view = Problem {
        reference: track.reference.clone(),
        alternatives: track.alternatives.clone(),
        ..problem.clone()
    };
    let id = format!("{} ({})", problem.id, track_dir(dialect));
    let mut report = ValidationReport::new(id, problem.title.clone());
    let gates = match prepared(engine, problem, opts, dialect) {
        Err(gate) => vec![gate],
        Ok(prepared) => {
            report.from_cache = prepared.from_cache;
            report.levels = level_reports(problem, Some(&prepared));
            let n = prepared.cases.len();
            let reference = Gate::pass(
                "reference",
                format!("compiles, and its answer is the expected one on {n}/{n} cases"),
            );
            let track = TrackRun {
                engine,
                view: &view,
                prepared: &prepared,
                programs: compile_all(problem, track),
                dialect,
            };
            report.alternatives = run_all(&track, opts);
            gates_of(&track, &report.alternatives, reference, opts)
        }
    };
    report.finish(gates, started);
    Some(report)
}

/// The cases with the track's reference's costs, or the failed gate that
/// says why there are none.
fn prepared(
    engine: &SandboxEngine,
    problem: &Problem,
    opts: &ValidateOptions,
    dialect: Dialect,
) -> Result<Prepared, Gate> {
    let python = prepare_in(engine, problem, opts.cache_dir.as_deref(), None).map_err(|e| {
        Gate::fail(
            "inputs",
            "the generator or the reference failed",
            vec![e.to_string()],
        )
    })?;
    prepare_native(engine, problem, &python, dialect).map_err(|e| {
        let what = format!("the {} reference failed", dialect.name());
        Gate::fail("reference", &what, vec![e.to_string()])
    })
}

/// Each alternative compiled, or its compile error.
type Programs = Vec<Result<Arc<WasmProgram>, String>>;

/// What the runs and gates of one track share: the track as a problem of
/// its own, its cases, its compiled alternatives and its language.
struct TrackRun<'a> {
    engine: &'a SandboxEngine,
    view: &'a Problem,
    prepared: &'a Prepared,
    programs: Programs,
    dialect: Dialect,
}

impl TrackRun<'_> {
    /// `alternatives/` of the track's folder.
    fn alternatives_dir(&self) -> PathBuf {
        self.view
            .dir
            .join(track_dir(self.dialect))
            .join("alternatives")
    }
}

fn compile_all(problem: &Problem, track: &NativeTrack) -> Programs {
    track
        .alternatives
        .iter()
        .map(
            |alt| match compile_candidate(problem, &alt.source, track.dialect) {
                Ok(Ok(program)) => Ok(program.module),
                Ok(Err(why)) => Err(format!("does not compile: {why}")),
                Err(e) => Err(e.to_string()),
            },
        )
        .collect()
}

fn path_of(track: &TrackRun<'_>, alt: &Alternative) -> String {
    let file = format!("{}.{}", alt.name, track.dialect.extension());
    track.alternatives_dir().join(file).display().to_string()
}

fn run_all(track: &TrackRun<'_>, opts: &ValidateOptions) -> Vec<AlternativeReport> {
    let TrackRun {
        engine,
        view,
        prepared,
        ..
    } = *track;
    view.alternatives
        .iter()
        .zip(&track.programs)
        .map(|(alt, program)| {
            let path = path_of(track, alt);
            match program {
                Ok(program) => {
                    let program = Some(Arc::clone(program));
                    run_program(engine, view, prepared, alt, opts, program, path)
                }
                Err(why) => AlternativeReport {
                    name: alt.name.clone(),
                    levels: Vec::new(),
                    failures: vec![format!("{path}: {why}")],
                    censored_at: None,
                },
            }
        })
        .collect()
}

/// Every alternative, slip or textbook, costs at least [`NEAR_TIE`]× the
/// reference at the top level (or was censored there): a compiled track's
/// alternatives are the pretend model that must score below the reference.
fn slower(reports: &[AlternativeReport]) -> Gate {
    let mut figures = Vec::new();
    let mut details = Vec::new();
    for report in reports {
        let Some(top) = report.levels.last() else {
            continue;
        };
        match top.ratio {
            Some(ratio) if !top.censored && ratio < NEAR_TIE => {
                details.push(format!(
                    "`{}` costs {ratio:.2}× the reference at the top level, under {NEAR_TIE}×: \
                     it is not slower; remove it or make its slip real",
                    report.name
                ));
            }
            Some(ratio) => figures.push(format!("`{}` {ratio:.2}×", report.name)),
            None => figures.push(format!("`{}` censored below it", report.name)),
        }
    }
    Gate::check(
        "slower",
        details.is_empty(),
        format!(
            "every alternative >= {NEAR_TIE}× the reference at the top level: {}",
            figures.join(", ")
        ),
        details,
    )
}

/// The gates after the runs: correctness of the alternatives, then the
/// signal and authoring gates on the track's costs.
fn gates_of(
    track: &TrackRun<'_>,
    reports: &[AlternativeReport],
    reference: Gate,
    opts: &ValidateOptions,
) -> Vec<Gate> {
    let TrackRun {
        engine,
        view,
        prepared,
        ..
    } = *track;
    let alternatives = track.alternatives_dir().display().to_string();
    let mut all = vec![
        reference,
        alternatives_gate_of(reports, 1, &alternatives, track.dialect.extension()),
        slower(reports),
    ];
    all.extend(gates::signal_gates(view, prepared, reports, opts));
    let probe = |alt: &Alternative, level: usize, limit: u64| {
        let at = view.alternatives.iter().position(|a| a.name == alt.name)?;
        let program = track.programs[at].as_ref().ok().map(Arc::clone);
        probe_level(engine, view, prepared, alt, level, limit, program)
    };
    all.extend(authoring::authoring_gates(
        view, prepared, reports, opts, &probe,
    ));
    all
}

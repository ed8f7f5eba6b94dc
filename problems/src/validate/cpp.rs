//! The validator of a problem's C++ track: the same cases and the same
//! gates as the Python track's, with the C++ reference and alternatives.
//!
//! The inputs, their determinism and the prompt belong to the problem and
//! are the Python track's gates; here the C++ reference must compile and
//! give the expected answer on every case (its fuel is then the cost every
//! C++ candidate is measured against), and every C++ alternative must be
//! right on every case it runs. The signal gates (floor, budget, level 0,
//! separation, growth) and the authoring gates (slips, near-ties,
//! discrimination) then hold the track to what they hold the Python one to,
//! on the C++ reference's costs. A track needs one alternative, not two.

use super::alternatives::{probe_level, run_program};
use super::report::{AlternativeReport, Gate, GateStatus, ValidationReport};
use super::validator::{alternatives_gate_of, level_reports};
use super::{authoring, gates};
use crate::cpp::{compile_candidate, prepare_cpp, CppTrack, CPP_DIR};
use crate::{prepare_in, Alternative, Prepared, Problem, ValidateOptions, NEAR_TIE};
use effgauge_sandboxes::{SandboxEngine, WasmProgram};
use std::sync::Arc;
use std::time::Instant;

/// Validates the C++ track of `problem`; `None` when it has none. Never
/// fails: every failure is a failed gate.
pub fn validate_cpp(
    engine: &SandboxEngine,
    problem: &Problem,
    opts: &ValidateOptions,
) -> Option<ValidationReport> {
    let track = problem.cpp.as_ref()?;
    let started = Instant::now();
    // The track as a problem of its own: its reference and alternatives.
    let view = Problem {
        reference: track.reference.clone(),
        alternatives: track.alternatives.clone(),
        ..problem.clone()
    };
    let mut report = ValidationReport {
        id: format!("{} (cpp)", problem.id),
        title: problem.title.clone(),
        passed: false,
        seconds: 0.0,
        from_cache: false,
        levels: Vec::new(),
        alternatives: Vec::new(),
        gates: Vec::new(),
    };
    report.gates = match prepared(engine, problem, opts) {
        Err(gate) => vec![gate],
        Ok(prepared) => {
            report.from_cache = prepared.from_cache;
            report.levels = level_reports(problem, Some(&prepared));
            let n = prepared.cases.len();
            let reference = Gate::pass(
                "reference",
                format!("compiles, and its answer is the expected one on {n}/{n} cases"),
            );
            let programs = compile_all(problem, track);
            report.alternatives = run_all(engine, &view, &prepared, &programs, opts);
            gates_of(
                engine,
                &view,
                &prepared,
                &programs,
                &report.alternatives,
                reference,
                opts,
            )
        }
    };
    report.passed = report
        .gates
        .iter()
        .all(|g| matches!(g.status, GateStatus::Pass | GateStatus::Relaxed));
    report.seconds = started.elapsed().as_secs_f64();
    Some(report)
}

/// The cases with the C++ reference's costs, or the failed gate that says
/// why there are none.
fn prepared(
    engine: &SandboxEngine,
    problem: &Problem,
    opts: &ValidateOptions,
) -> Result<Prepared, Gate> {
    let python = prepare_in(engine, problem, opts.cache_dir.as_deref(), None).map_err(|e| {
        Gate::fail(
            "inputs",
            "the generator or the reference failed",
            vec![e.to_string()],
        )
    })?;
    prepare_cpp(engine, problem, &python)
        .map_err(|e| Gate::fail("reference", "the C++ reference failed", vec![e.to_string()]))
}

/// Each alternative compiled, or its compile error.
type Programs = Vec<Result<Arc<WasmProgram>, String>>;

fn compile_all(problem: &Problem, track: &CppTrack) -> Programs {
    track
        .alternatives
        .iter()
        .map(|alt| match compile_candidate(problem, &alt.source) {
            Ok(Ok(program)) => Ok(program.module),
            Ok(Err(why)) => Err(format!("does not compile: {why}")),
            Err(e) => Err(e.to_string()),
        })
        .collect()
}

fn path_of(problem: &Problem, alt: &Alternative) -> String {
    problem
        .dir
        .join(CPP_DIR)
        .join("alternatives")
        .join(format!("{}.cpp", alt.name))
        .display()
        .to_string()
}

fn run_all(
    engine: &SandboxEngine,
    view: &Problem,
    prepared: &Prepared,
    programs: &Programs,
    opts: &ValidateOptions,
) -> Vec<AlternativeReport> {
    view.alternatives
        .iter()
        .zip(programs)
        .map(|(alt, program)| {
            let path = path_of(view, alt);
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
/// reference at the top level (or was censored there): a C++ track's
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
/// signal and authoring gates on the C++ costs.
fn gates_of(
    engine: &SandboxEngine,
    view: &Problem,
    prepared: &Prepared,
    programs: &Programs,
    reports: &[AlternativeReport],
    reference: Gate,
    opts: &ValidateOptions,
) -> Vec<Gate> {
    let folder = view
        .dir
        .join(CPP_DIR)
        .join("alternatives")
        .display()
        .to_string();
    let mut all = vec![
        reference,
        alternatives_gate_of(reports, 1, &folder, "cpp"),
        slower(reports),
    ];
    all.extend(gates::signal_gates(view, prepared, reports, opts));
    let probe = |alt: &Alternative, level: usize, limit: u64| {
        let at = view.alternatives.iter().position(|a| a.name == alt.name)?;
        let program = programs[at].as_ref().ok().map(Arc::clone);
        probe_level(engine, view, prepared, alt, level, limit, program)
    };
    all.extend(authoring::authoring_gates(
        view, prepared, reports, opts, &probe,
    ));
    all
}

//! Preparation, checking and validation in the sandbox (needs the built
//! runtime: `bash sandboxes/runtime/build-python.sh`). Every test uses its
//! own cache folder.

mod common;

use common::{broken, copy_problem, edit, engine, gate, good, options, problem};
use effgauge_problems::{
    check_output, check_verdicts, generate_inputs, prepare_in, validate, CheckItem, GateStatus,
    Problem, ProblemsError, Salt, Suite, ValidateOptions,
};
use effgauge_sandboxes::{marshal, PyValue};
use num_bigint::BigInt;

fn int(i: i64) -> PyValue {
    PyValue::Int(BigInt::from(i))
}

#[test]
fn prepares_inputs_outputs_and_costs_and_caches_them() {
    let cache = tempfile::tempdir().unwrap();
    let p = problem(&good().join("list-total"));
    let first = prepare_in(engine(), &p, Some(cache.path()), None).unwrap();
    assert!(!first.from_cache);
    assert_eq!(first.cases.len(), 7);
    for case in &first.cases {
        // The expected output is the sum of the generated list.
        let PyValue::Tuple(args) = marshal::decode(&case.args).unwrap() else {
            panic!("arguments are a tuple");
        };
        let PyValue::List(xs) = &args[0] else {
            panic!("one list argument")
        };
        let sum: BigInt = xs
            .iter()
            .map(|x| match x {
                PyValue::Int(i) => i.clone(),
                _ => panic!("ints"),
            })
            .sum();
        assert_eq!(*case.expected, PyValue::Int(sum));
        assert!(case.reference_fuel > 0);
    }
    let sizes: Vec<usize> = first
        .cases
        .iter()
        .map(|c| match marshal::decode(&c.args).unwrap() {
            PyValue::Tuple(a) => match &a[0] {
                PyValue::List(xs) => xs.len(),
                _ => 0,
            },
            _ => 0,
        })
        .collect();
    assert_eq!(sizes, [0, 1, 3, 2000, 2000, 20000, 20000]);
    let top = first.cases.iter().filter(|c| c.level == 2);
    assert_eq!(
        first.reference_level_fuel[2],
        top.map(|c| c.reference_fuel).max().unwrap()
    );
    assert!(first.reference_level_fuel[2] > first.reference_level_fuel[1]);

    // Compiling the prompt and the reference costs something, and is cached
    // with the rest.
    assert!(first.compile_allowance > 0);

    let again = prepare_in(engine(), &p, Some(cache.path()), None).unwrap();
    assert!(again.from_cache);
    assert_eq!(again.cases, first.cases);
    assert_eq!(again.compile_allowance, first.compile_allowance);
    // Generation and fuel are deterministic: without the cache, the same.
    let fresh = prepare_in(engine(), &p, None, None).unwrap();
    assert_eq!(fresh.cases, first.cases);
    assert_eq!(fresh.compile_allowance, first.compile_allowance);

    // A damaged entry is not used, and is rewritten.
    let entries: Vec<_> = std::fs::read_dir(cache.path()).unwrap().collect();
    assert_eq!(entries.len(), 1);
    let entry = entries[0].as_ref().unwrap().path();
    let name = entry.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with(&p.content_hash), "{name}");
    assert!(name.ends_with(&format!(
        "-{}-m{}-{}",
        effgauge_sandboxes::WASMTIME_VERSION,
        effgauge_sandboxes::METERING_VERSION,
        engine().cost_fingerprint()
    )));
    let file = entry.join("prepared-v4.marshal");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
    let repaired = prepare_in(engine(), &p, Some(cache.path()), None).unwrap();
    assert!(!repaired.from_cache);
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
}

#[test]
fn a_salt_gives_other_inputs_in_a_cache_entry_named_by_its_hash() {
    let cache = tempfile::tempdir().unwrap();
    let p = problem(&good().join("list-total"));
    let secret = "correct horse battery staple";
    let salt = Salt::new(secret).unwrap();
    let plain = prepare_in(engine(), &p, Some(cache.path()), None).unwrap();
    let salted = prepare_in(engine(), &p, Some(cache.path()), Some(&salt)).unwrap();
    assert!(!salted.from_cache, "the unsalted entry is not reused");
    assert_eq!(salted.cases.len(), plain.cases.len());
    let differ = plain
        .cases
        .iter()
        .zip(&salted.cases)
        .filter(|(a, b)| a.args != b.args)
        .count();
    assert!(differ > 0, "the salt changes some input");
    let again = prepare_in(engine(), &p, Some(cache.path()), Some(&salt)).unwrap();
    assert!(again.from_cache);
    assert_eq!(again.cases, salted.cases);
    // Two entries; the salted one is named by the salt's hash, and no file
    // holds the secret.
    let mut names: Vec<String> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2);
    assert!(names
        .iter()
        .any(|n| n.ends_with(&format!("-salt-{}", &salt.sha256_hex()[..16]))));
    for name in &names {
        assert!(!name.contains(secret));
        for file in std::fs::read_dir(cache.path().join(name)).unwrap() {
            let bytes = std::fs::read(file.unwrap().path()).unwrap();
            assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()));
        }
    }
}

#[test]
fn the_good_suite_passes_every_gate_and_the_slow_alternative_is_censored() {
    let cache = tempfile::tempdir().unwrap();
    let suite = Suite::load(&good()).unwrap();
    let problems: Vec<&Problem> = suite.problems.iter().collect();
    let reports = effgauge_problems::validate_many(engine(), &problems, &options(cache.path()));
    for r in &reports {
        assert!(r.passed, "{}", r.render());
    }
    for r in &reports {
        eprintln!("{}", r.render());
    }
    let total = &reports[0];
    let loop_alt = &total.alternatives[1];
    assert_eq!(loop_alt.name, "plain_loop");
    let ratio = loop_alt.levels[2].ratio.unwrap();
    assert!(ratio > 2.0 && !loop_alt.levels[2].censored, "{ratio}");
    let pair = &reports[1];
    let brute = &pair.alternatives[0];
    assert_eq!(brute.name, "all_pairs");
    assert!(brute
        .censored_at
        .as_deref()
        .unwrap()
        .starts_with("level 2 case 0: timeout"));
    assert!(brute.levels[2].censored && !brute.levels[1].censored);
    assert!(gate(pair, "separation").figure.contains("`all_pairs` >= "));
    // Both quadratic alternatives are censored at the top level after a
    // first level where `all_pairs` already costs more than the cap:
    // discrimination proves their growth by probing.
    let growth = &gate(pair, "discrimination").figure;
    assert!(growth.contains("`all_pairs` n^>= 1.2"), "{growth}");
    assert!(growth.contains("(L1→L2, probed)"), "{growth}");
    let table = pair.render();
    assert!(table.contains("PASS") && table.contains("c"), "{table}");
}

#[test]
fn a_generator_that_keeps_state_cannot_leak_it_across_cases() {
    // It counts its calls in a module global and puts the count in every
    // input; every case runs in a fresh instance, so each count is 1.
    let cache = tempfile::tempdir().unwrap();
    let p = problem(&broken().join("nondeterministic"));
    let report = validate(engine(), &p, &options(cache.path()));
    let g = gate(&report, "deterministic");
    assert_eq!(g.status, GateStatus::Pass, "{}", report.render());
    assert!(report.passed, "{}", report.render());
}

#[test]
fn a_wrong_alternative_fails_naming_the_problem_and_the_file() {
    let cache = tempfile::tempdir().unwrap();
    let p = problem(&broken().join("wrong-alternative"));
    let report = validate(engine(), &p, &options(cache.path()));
    let g = gate(&report, "alternatives");
    assert_eq!(g.status, GateStatus::Fail, "{}", report.render());
    let path = p
        .dir
        .join("alternatives/plain_loop.py")
        .display()
        .to_string();
    assert!(
        g.details[0].starts_with(&format!("{path}: level 1 case 0: wrong answer: got ")),
        "{}",
        g.details[0]
    );
    assert_eq!(report.alternatives[1].failures.len(), 4);
    assert!(report.alternatives[2].failures.is_empty());
    assert!(!report.passed);
}

#[test]
fn alternatives_as_fast_as_the_reference_fail_the_separation_gate() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "flat");
    for alt in ["plain_loop", "reduce_lambda"] {
        std::fs::write(
            dir.join(format!("alternatives/{alt}.py")),
            "def total(xs):\n    return sum(xs)\n",
        )
        .unwrap();
    }
    let report = validate(
        engine(),
        &problem(&dir),
        &options(&tmp.path().join("cache")),
    );
    let failed: Vec<&str> = report.failures().map(|g| g.name).collect();
    // The slip is still slower; the two textbook ones tie with the reference.
    assert_eq!(failed, ["near-ties"], "{}", report.render());
    std::fs::write(
        dir.join("alternatives/deepcopy_input.py"),
        "def total(xs):\n    return sum(xs)\n",
    )
    .unwrap();
    let report = validate(
        engine(),
        &problem(&dir),
        &options(&tmp.path().join("cache")),
    );
    let failed: Vec<&str> = report.failures().map(|g| g.name).collect();
    assert_eq!(failed, ["separation", "near-ties"], "{}", report.render());
    // A floor above the reference's top level and a budget below it fail too.
    let strict = ValidateOptions {
        min_reference_fuel: 1_000_000_000,
        max_reference_fuel: 1_000,
        alpha_gate: 1.0,
        ..options(&tmp.path().join("cache"))
    };
    let report = validate(engine(), &problem(&dir), &strict);
    let failed: Vec<&str> = report.failures().map(|g| g.name).collect();
    assert_eq!(
        failed,
        ["floor", "budget", "near-ties"],
        "{}",
        report.render()
    );
}

#[test]
fn levels_that_do_not_grow_fail_the_growth_gate() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "shrinking");
    edit(
        &dir,
        "generator.py",
        "n = 2000 * 10 ** (level - 1)",
        "n = 20000 // 10 ** (level - 1)",
    );
    let report = validate(
        engine(),
        &problem(&dir),
        &options(&tmp.path().join("cache")),
    );
    let g = gate(&report, "growth");
    assert_eq!(g.status, GateStatus::Fail, "{}", report.render());
    assert!(g.details[0].starts_with("level 2 ("), "{}", g.details[0]);
}

#[test]
fn prompt_examples_and_shape_are_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "bad-prompt");
    edit(&dir, "prompt.py", "    6\n", "    7\n");
    edit(
        &dir,
        "prompt.py",
        "    \"\"\"\n",
        "    \"\"\"\n    return 0\n",
    );
    let report = validate(
        engine(),
        &problem(&dir),
        &options(&tmp.path().join("cache")),
    );
    let prompt = gate(&report, "prompt");
    assert_eq!(prompt.status, GateStatus::Fail, "{}", report.render());
    assert!(
        prompt.details[0].ends_with("the body of `total` must be its docstring and nothing else")
    );
    let examples = gate(&report, "examples");
    assert_eq!(examples.status, GateStatus::Fail);
    assert_eq!(examples.figure, "2/3 pass with the reference");
    let path = dir.join("prompt.py").display().to_string();
    assert_eq!(
        examples.details,
        [format!(
            "{path}:7: `total([1, 2, 3])`: the reference gives 6, the docstring says 7"
        )]
    );
}

#[test]
fn examples_are_read_as_doctest_reads_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "doctest-like");
    // In a plain docstring `\\n` is a newline to doctest: "a\nb" has 3 characters.
    edit(
        &dir,
        "prompt.py",
        "    >>> total([])\n",
        "    >>> total([len(\"a\\\\nb\")])\n    3\n    >>> xs = [1, 2]\n    >>> total(xs)\n    3\n    >>> total([])\n",
    );
    let report = validate(
        engine(),
        &problem(&dir),
        &options(&tmp.path().join("cache")),
    );
    let examples = gate(&report, "examples");
    assert_eq!(examples.status, GateStatus::Pass, "{}", report.render());
    assert_eq!(examples.figure, "6/6 pass with the reference");
}

#[test]
fn generator_and_reference_failures_name_file_level_and_case() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "bad-generator");
    edit(
        &dir,
        "generator.py",
        "return [list(CORNER[case])]",
        "return 5 if case == 2 else [list(CORNER[case])]",
    );
    let err = prepare_in(engine(), &problem(&dir), None, None).unwrap_err();
    let path = dir.join("generator.py").display().to_string();
    assert_eq!(
        err.to_string(),
        format!("problem `bad-generator`: {path}: level 0 case 2: error: TypeError: the generator must return a list or tuple of arguments, not int")
    );
    let dir = copy_problem(tmp.path(), "list-total", "bad-reference");
    edit(
        &dir,
        "reference.py",
        "return sum(xs)",
        "return sum(xs) // len(xs[1:])",
    );
    let err = prepare_in(engine(), &problem(&dir), None, None).unwrap_err();
    assert!(matches!(
        err,
        ProblemsError::Case {
            level: 0,
            case: 0,
            ..
        }
    ));
    let path = dir.join("reference.py").display().to_string();
    assert!(
        err.to_string().starts_with(&format!(
            "problem `bad-reference`: {path}: level 0 case 0: error: ZeroDivisionError"
        )),
        "{err}"
    );
    // The validator reports it as a failed gate, and skips what depends on it.
    let report = validate(
        engine(),
        &problem(&dir),
        &options(&tmp.path().join("cache")),
    );
    assert_eq!(gate(&report, "inputs").status, GateStatus::Fail);
    assert_eq!(gate(&report, "growth").status, GateStatus::Skipped);
}

#[test]
fn inputs_are_the_same_in_every_run() {
    let p = problem(&good().join("pair-with-sum"));
    let runs = generate_inputs(engine(), &p, 2, None).unwrap();
    assert_eq!(runs[0], runs[1]);
    let stateful = problem(&broken().join("nondeterministic"));
    let runs = generate_inputs(engine(), &stateful, 2, None).unwrap();
    assert_eq!(runs[0], runs[1]);
}

#[test]
fn the_checker_decides_when_there_is_one() {
    let p = problem(&good().join("pair-with-sum"));
    let args = marshal::encode(&PyValue::Tuple(vec![
        PyValue::List(vec![int(1), int(4), int(2), int(3)]),
        int(5),
    ]));
    let expected = PyValue::List(vec![int(0), int(1)]);
    let other = PyValue::Tuple(vec![int(2), int(3)]);
    let bad = PyValue::List(vec![int(0), int(2)]);
    assert!(check_output(engine(), &p, &args, &expected, &other).unwrap());
    assert!(!check_output(engine(), &p, &args, &expected, &bad).unwrap());
    // An output the checker chokes on is a rejection, with the reason.
    let verdicts = check_verdicts(
        engine(),
        &p,
        &[CheckItem {
            args: &args,
            expected: &expected,
            output: &PyValue::None,
        }],
    )
    .unwrap();
    assert!(!verdicts[0].correct);
    assert!(verdicts[0]
        .reason
        .as_deref()
        .unwrap()
        .starts_with("check() raised TypeError"));
    // Without a checker: equivalence on the host.
    let t = problem(&good().join("list-total"));
    assert!(check_output(engine(), &t, &args, &int(3), &int(3)).unwrap());
    assert!(!check_output(engine(), &t, &args, &int(3), &PyValue::Float(3.0)).unwrap());
}

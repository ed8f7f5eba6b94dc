//! The loader, on the host only: the format, and a clear message (problem,
//! file, line, field) for each way a problem folder can be wrong.

mod common;

use std::path::Path;

use common::{broken, copy_problem, edit, good};
use effgauge_problems::{
    AlternativeKind, Convention, Difficulty, Problem, ProblemsError, SlipPattern, Slows, Suite,
};

#[test]
fn loads_the_good_suite_sorted_with_every_field() {
    let suite = Suite::load(&good()).unwrap();
    let ids: Vec<&str> = suite.problems.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["list-total", "pair-with-sum"]);
    let p = suite.get("list-total").unwrap();
    assert_eq!(p.title, "Total of a list of integers");
    assert_eq!(p.entry_point, "total");
    assert_eq!(p.tags, ["arrays"]);
    assert_eq!(p.difficulty, Difficulty::Easy);
    assert_eq!(p.alpha, None);
    assert_eq!(p.convention, Convention::LevelCaseRng);
    assert_eq!(p.levels.len(), 3);
    assert_eq!(p.levels[2].weight, 2.0);
    assert_eq!(p.levels[2].cases, 2);
    assert_eq!(
        p.levels[0].description,
        "empty list, one item, items that cancel out"
    );
    let names: Vec<&str> = p.alternatives.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["deepcopy_input", "plain_loop", "reduce_lambda"]);
    let slip = p.alternatives[0].described.unwrap();
    assert_eq!(
        (slip.kind, slip.slows, slip.pattern),
        (
            AlternativeKind::Slip,
            Slows::Constant,
            Some(SlipPattern::DeepcopyInput)
        )
    );
    let textbook = p.alternatives[1].described.unwrap();
    assert_eq!(
        (textbook.kind, textbook.pattern),
        (AlternativeKind::Textbook, None)
    );
    assert!(p.checker.is_none());
    assert!(p.prompt.contains(">>> total([1, 2, 3])"));
    assert_eq!(p.case_ids().len(), 7);
    assert!(suite.get("pair-with-sum").unwrap().checker.is_some());
    assert!(suite.get("nope").is_none());
    assert_eq!(p.content_hash.len(), 64);
    assert_eq!(suite.content_hash().len(), 64);
}

#[test]
fn content_hashes_follow_every_file_but_not_hidden_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "list-total");
    let before = Problem::load(&dir).unwrap().content_hash;
    let suite_before = Suite::load(tmp.path()).unwrap().content_hash();
    // The same content elsewhere hashes the same.
    assert_eq!(
        before,
        Suite::load(&good()).unwrap().problems[0].content_hash
    );
    std::fs::write(dir.join(".swap"), "editor junk").unwrap();
    assert_eq!(Problem::load(&dir).unwrap().content_hash, before);
    std::fs::write(dir.join("alternatives/notes.txt"), "a note").unwrap();
    let after = Problem::load(&dir).unwrap().content_hash;
    assert_ne!(after, before);
    assert_ne!(
        Suite::load(tmp.path()).unwrap().content_hash(),
        suite_before
    );
}

fn load_error(dir: &std::path::Path) -> String {
    Problem::load(dir).unwrap_err().to_string()
}

#[test]
fn a_malformed_field_names_file_line_and_field() {
    let dir = broken().join("malformed-toml");
    let err = Problem::load(&dir).unwrap_err();
    assert!(
        matches!(err, ProblemsError::Manifest { line: Some(13), .. }),
        "{err:?}"
    );
    let expected = format!(
        "{}:13: levels[1].weight: expected a number, found a string",
        dir.join("problem.toml").display()
    );
    assert_eq!(err.to_string(), expected);
    assert_eq!(err.problem(), Some("malformed-toml"));
}

#[test]
fn a_toml_syntax_error_has_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "syntax");
    edit(&dir, "problem.toml", "cases = 2\n", "cases = = 2\n");
    let msg = load_error(&dir);
    let path = dir.join("problem.toml").display().to_string();
    assert!(msg.starts_with(&format!("{path}:14: ")), "{msg}");
}

#[test]
fn wrong_or_missing_fields_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str, &str)] = &[
        (
            "id = \"f1\"",
            "id = \"other\"",
            ":1: id: is `other` but the folder is `f1`",
        ),
        (
            "entry_point = \"total\"\n",
            "",
            ": entry_point: missing (expected a string)",
        ),
        (
            "difficulty = \"easy\"",
            "difficulty = \"trivial\"",
            ":5: difficulty: expected one of easy, medium, hard",
        ),
        (
            "tags = [\"arrays\"]",
            "tags = [\"arrays\", 3]",
            ":4: tags[1]: expected a non-empty string, found an integer",
        ),
        (
            "cases = 2\n",
            "cases = 0\n",
            ":14: levels[1].cases: expected a positive integer",
        ),
        (
            "description = \"2 000",
            "descripton = \"2 000",
            ":15: levels[1].descripton: unknown field",
        ),
        (
            "difficulty = \"easy\"",
            "difficulty = \"easy\"\nalpha = 0.5",
            ":6: alpha: expected a number greater than 1",
        ),
        (
            "difficulty = \"easy\"",
            "difficulty = \"easy\"\n[generator]\nconvention = \"size-level-case\"",
            ": levels[0].size: required by the `size-level-case` generator convention",
        ),
    ];
    for (n, (from, to, want)) in cases.iter().enumerate() {
        let id = format!("f{}", n + 1);
        let dir = copy_problem(tmp.path(), "list-total", &id);
        let from = from.replace("f1", &id);
        let to = to.replace("f1", &id);
        let want = want.replace("f1", &id);
        edit(&dir, "problem.toml", &from, &to);
        let msg = load_error(&dir);
        let path = dir.join("problem.toml").display().to_string();
        assert!(msg.starts_with(&path), "{msg}");
        assert!(
            msg.contains(&want),
            "case {n}: {msg} does not contain {want}"
        );
    }
}

#[test]
fn the_size_convention_reads_sizes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "sized");
    let text = std::fs::read_to_string(dir.join("problem.toml")).unwrap();
    let text = text
        .replace("cases = 3\n", "cases = 3\nsize = 1\n")
        .replace("cases = 2\n", "cases = 2\nsize = 100\n")
        + "\n[generator]\nconvention = \"size-level-case\"\n\n[limits]\nmemory_mib = 256\n";
    std::fs::write(dir.join("problem.toml"), text).unwrap();
    let p = Problem::load(&dir).unwrap();
    assert_eq!(p.convention, Convention::SizeLevelCase);
    assert_eq!(p.levels[1].size, Some(100));
    assert_eq!(p.limits.memory_mib, Some(256));
    assert_eq!(p.memory_bytes(), 256 << 20);
}

#[test]
fn a_missing_file_names_the_problem_and_the_file() {
    let dir = broken().join("missing-file");
    let err = Problem::load(&dir).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, ProblemsError::MissingFile { .. }), "{err:?}");
    assert!(msg.contains("problem `missing-file`"), "{msg}");
    assert!(
        msg.contains(&dir.join("reference.py").display().to_string()),
        "{msg}"
    );
}

#[test]
fn alternatives_are_not_needed_to_load() {
    // Alternatives are an authoring gate of the validator, not a
    // precondition of scoring: a problem loads with one, or none.
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "lonely");
    std::fs::remove_file(dir.join("alternatives/plain_loop.py")).unwrap();
    std::fs::remove_file(dir.join("alternatives/reduce_lambda.py")).unwrap();
    // What problem.toml says of them goes with them...
    edit(
        &dir,
        "problem.toml",
        "[[alternatives]]\nname = \"plain_loop\"\nkind = \"textbook\"\nslows = \"constant\"\n",
        "",
    );
    edit(
        &dir,
        "problem.toml",
        "[[alternatives]]\nname = \"reduce_lambda\"\nkind = \"textbook\"\nslows = \"constant\"\n",
        "",
    );
    assert_eq!(Problem::load(&dir).unwrap().alternatives.len(), 1);
    // ...but a copy stripped of the whole folder loads as it is.
    std::fs::remove_dir_all(dir.join("alternatives")).unwrap();
    assert!(Problem::load(&dir).unwrap().alternatives.is_empty());
}

#[test]
fn a_suite_collects_every_invalid_problem() {
    let err = Suite::load(&broken()).unwrap_err();
    let ProblemsError::Many(errors) = &err else {
        panic!("expected several errors, got {err:?}");
    };
    let ids: Vec<_> = errors.iter().filter_map(|e| e.problem()).collect();
    assert_eq!(ids, ["malformed-toml", "missing-file"]);
    assert!(err.to_string().starts_with("2 problems are invalid:\n  - "));
    let (suite, errors) = Suite::load_partial(&broken()).unwrap();
    assert_eq!(errors.len(), 2);
    let ids: Vec<&str> = suite.problems.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["nondeterministic", "wrong-alternative"]);
    let missing = Suite::load(std::path::Path::new("/nonexistent/suite")).unwrap_err();
    assert!(missing
        .to_string()
        .starts_with("suite /nonexistent/suite: "));
}

#[test]
fn seeds_are_fixed_functions_of_id_level_and_case() {
    use effgauge_problems::case_seed;
    assert_eq!(case_seed(None, "a", 1, 2), case_seed(None, "a", 1, 2));
    assert_ne!(case_seed(None, "a", 1, 2), case_seed(None, "a", 2, 1));
    // sha256("a/1/2") starts with these 8 bytes (big-endian).
    let expected = {
        use sha2::{Digest, Sha256};
        let d = Sha256::digest(b"a/1/2");
        u64::from_be_bytes(d[..8].try_into().unwrap())
    };
    assert_eq!(case_seed(None, "a", 1, 2), expected);
}

/// A copy of `good/list-total` in a suite whose `suite.toml` requires sizes.
fn suite_requiring_sizes(tmp: &std::path::Path) -> std::path::PathBuf {
    let dir = copy_problem(tmp, "list-total", "list-total");
    std::fs::write(
        tmp.join(effgauge_problems::SUITE_MANIFEST),
        "[suite]\nsizes = \"required\"\n",
    )
    .unwrap();
    dir
}

/// Gives level `level` (0, 1 or 2) of `good/list-total` a size, on the line
/// before its description.
fn add_size(dir: &std::path::Path, level: usize, size: u64) {
    let description = [
        "description = \"empty",
        "description = \"2 000",
        "description = \"20 000",
    ][level];
    edit(
        dir,
        "problem.toml",
        description,
        &format!("size = {size}\n{description}"),
    );
}

#[test]
fn a_suite_that_requires_sizes_names_the_level_without_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = suite_requiring_sizes(tmp.path());
    // Optional by default: the same problem loads on its own.
    assert_eq!(Problem::load(&dir).unwrap().levels[1].size, None);
    add_size(&dir, 0, 3);
    add_size(&dir, 1, 2000);
    let err = Suite::load(tmp.path()).unwrap_err();
    // levels[2] starts on line 19 of the edited file and has no size.
    assert!(
        matches!(err, ProblemsError::Manifest { line: Some(19), .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "{}:19: levels[2].size: missing (expected the level's nominal input size, a positive \
             integer: this suite's suite.toml requires one on every level)",
            dir.join("problem.toml").display()
        )
    );
    add_size(&dir, 2, 20000);
    let suite = Suite::load(tmp.path()).unwrap();
    assert_eq!(suite.sizes, effgauge_problems::SizeRule::Required);
    let sizes: Vec<Option<u64>> = suite.problems[0].levels.iter().map(|l| l.size).collect();
    assert_eq!(sizes, [Some(3), Some(2000), Some(20000)]);
}

#[test]
fn required_sizes_grow_from_weighted_level_to_weighted_level() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = suite_requiring_sizes(tmp.path());
    // Level 0's corner cases may be larger than the first weighted level.
    add_size(&dir, 0, 5000);
    add_size(&dir, 1, 2000);
    add_size(&dir, 2, 2000);
    let msg = Suite::load(tmp.path()).unwrap_err().to_string();
    assert!(
        msg.ends_with(
            ":22: levels[2].size: 2000 is not larger than levels[1].size = 2000 \
             (weighted levels must grow in size)"
        ),
        "{msg}"
    );
}

#[test]
fn the_bundled_suite_declares_a_size_on_every_level() {
    let suite = Suite::load(&Suite::bundled_dir()).unwrap();
    assert_eq!(suite.sizes, effgauge_problems::SizeRule::Required);
    assert!(suite.problems.len() >= 100);
    // The manual's suite chapter quotes the census; it must not drift from it.
    let chapter =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/suite.md"))
            .unwrap();
    let census = effgauge_problems::Census::of(&suite.problems);
    let quoted = format!("`problems/suite/` holds {} problems", census.problems);
    assert!(
        chapter.contains(&quoted),
        "docs/suite.md does not say {quoted:?}"
    );
    for (category, n) in &census.categories {
        let cell = format!("| {category} | {n} |");
        assert!(
            chapter.contains(&cell),
            "docs/suite.md's category table lacks {cell:?}"
        );
    }
    for p in &suite.problems {
        for (l, level) in p.levels.iter().enumerate() {
            assert!(level.size.is_some(), "{} level {l} has no size", p.id);
        }
    }
}

#[test]
fn described_alternatives_are_checked_field_by_field() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str, &str)] = &[
        (
            "kind = \"slip\"",
            "kind = \"sloppy\"",
            ":24: alternatives[0].kind: expected `textbook` or `slip`, found `sloppy`",
        ),
        (
            "pattern = \"deepcopy-input\"\n",
            "",
            ":22: alternatives[0].pattern: missing (a slip names its pattern: one of pop-front,",
        ),
        (
            "pattern = \"deepcopy-input\"",
            "pattern = \"deep-copy\"",
            ":26: alternatives[0].pattern: expected one of pop-front, list-membership,",
        ),
        (
            "name = \"plain_loop\"\nkind = \"textbook\"",
            "name = \"plain_loop\"\nkind = \"textbook\"\npattern = \"pop-front\"",
            ":31: alternatives[1].pattern: only a `slip` names a pattern",
        ),
        (
            "slows = \"constant\"\npattern",
            "slows = \"quadratic\"\npattern",
            ":25: alternatives[0].slows: expected `complexity`, `constant` or `memory`, found `quadratic`",
        ),
        (
            "name = \"reduce_lambda\"",
            "name = \"reduce\"",
            ":34: alternatives[2].name: describes alternatives/reduce, which has no file",
        ),
        (
            "name = \"reduce_lambda\"",
            "name = \"plain_loop\"",
            ":34: alternatives[2].name: `plain_loop` is described twice",
        ),
        (
            "name = \"plain_loop\"\n",
            "name = \"plain_loop\"\nwhy = \"slow\"\n",
            ":30: alternatives[1].why: unknown field (expected one of name, kind, slows, pattern)",
        ),
    ];
    for (n, (from, to, want)) in cases.iter().enumerate() {
        let id = format!("d{}", n + 1);
        let dir = copy_problem(tmp.path(), "list-total", &id);
        edit(&dir, "problem.toml", from, to);
        let msg = load_error(&dir);
        let path = dir.join("problem.toml").display().to_string();
        assert!(msg.starts_with(&format!("{path}{want}")), "case {n}: {msg}");
    }
}

#[test]
fn a_memory_slip_names_a_memory_pattern() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "memory-slip");
    edit(
        &dir,
        "problem.toml",
        "slows = \"constant\"\npattern = \"deepcopy-input\"",
        "slows = \"memory\"\npattern = \"input-copy\"",
    );
    let p = Problem::load(&dir).unwrap();
    let slip = p.alternatives[0].described.unwrap();
    assert_eq!(
        (slip.kind, slip.slows, slip.pattern),
        (
            AlternativeKind::Slip,
            Slows::Memory,
            Some(SlipPattern::InputCopy)
        )
    );
    let names: Vec<&str> = SlipPattern::ALL.iter().map(|p| p.name()).collect();
    for name in [
        "full-table",
        "materialised-list",
        "input-copy",
        "memo-everything",
    ] {
        assert!(names.contains(&name), "{name}");
    }
    assert_eq!(Slows::Memory.name(), "memory");
}

//! A suite from elsewhere is not trusted to be small: every number that
//! sets how much work a run does, every name and every file has a bound,
//! and an error names the file, the line and the field. On the host only.

mod common;

use common::{copy_problem, edit};
use effgauge_problems::enamel::{convert, import, read_rows, Subset};
use effgauge_problems::{Problem, Suite};
use std::path::Path;

fn load_error(dir: &Path) -> String {
    Problem::load(dir).unwrap_err().to_string()
}

#[test]
fn every_number_and_name_of_problem_toml_is_bounded() {
    let tmp = tempfile::tempdir().unwrap();
    let tags: Vec<String> = (0..40).map(|i| format!("\"t{i}\"")).collect();
    let levels = "\n[[levels]]\nweight = 1\ncases = 1\ndescription = \"x\"\n".repeat(65);
    let cases: Vec<(&str, String, String)> = vec![
        (
            "cases = 2\n",
            "cases = 4611686018427387904\n".into(),
            ":14: levels[1].cases: 4611686018427387904 cases, more than the 1000 a level may \
             have (every sample runs every case)"
                .into(),
        ),
        (
            "difficulty = \"easy\"",
            "difficulty = \"easy\"\nalpha = 1e300".into(),
            ":6: alpha: more than the largest α, 100".into(),
        ),
        (
            "weight = 2\n",
            "weight = 1e300\n".into(),
            ":18: levels[2].weight: more than the largest weight, 1000".into(),
        ),
        (
            "cases = 2\n",
            "cases = 2\nsize = 1152921504606846976\n".into(),
            ":15: levels[1].size: 1152921504606846976 is more than the largest size, \
             1000000000000000000"
                .into(),
        ),
        (
            "difficulty = \"easy\"",
            "difficulty = \"easy\"\n[limits]\nmemory_mib = 1048576".into(),
            ":7: limits.memory_mib: 1048576 MiB, more than the 4096 a 32-bit WebAssembly \
             memory can have"
                .into(),
        ),
        (
            "tags = [\"arrays\"]",
            format!("tags = [{}]", tags.join(", ")),
            ":4: tags: 40 tags, more than the 32 a problem may have".into(),
        ),
        (
            "tags = [\"arrays\"]",
            "tags = [\"arr\\u001bays\"]".into(),
            ":4: tags[0]: holds the control character U+001B; a name must be printable text".into(),
        ),
        (
            "title = \"Total of a list of integers\"",
            format!("title = \"{}\"", "T".repeat(300)),
            ":2: title: 300 bytes, more than the 256 a name may have".into(),
        ),
        (
            "description = \"2 000",
            format!("description = \"{}", "d".repeat(5000)),
            ":15: levels[1].description: 5026 bytes, more than the 4096 a description may have"
                .into(),
        ),
        (
            "[[alternatives]]",
            format!("{levels}\n[[alternatives]]"),
            ":7: levels: 68 levels, more than the 64 a problem may have".into(),
        ),
    ];
    for (n, (from, to, want)) in cases.iter().enumerate() {
        let id = format!("b{}", n + 1);
        let dir = copy_problem(tmp.path(), "list-total", &id);
        edit(&dir, "problem.toml", from, to);
        let msg = load_error(&dir);
        let path = dir.join("problem.toml").display().to_string();
        assert_eq!(msg, format!("{path}{want}"), "case {n}");
    }
}

#[test]
fn a_file_claiming_2_gib_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = copy_problem(tmp.path(), "list-total", "huge");
    let prompt = dir.join("prompt.py");
    std::fs::File::create(&prompt)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    assert_eq!(
        load_error(&dir),
        format!(
            "problem `huge`: {}: 2147483648 bytes, more than the 1048576 this file may have; \
             not read",
            prompt.display()
        )
    );
    std::fs::File::create(tmp.path().join("suite.toml"))
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    assert_eq!(
        Suite::load(tmp.path()).unwrap_err().to_string(),
        format!(
            "suite {}: {}: 2147483648 bytes, more than the 1048576 this file may have; not read",
            tmp.path().display(),
            tmp.path().join("suite.toml").display()
        )
    );
    std::fs::write(
        tmp.path().join("suite.toml"),
        "[suite]\nimported = \"a\\nb\"\n",
    )
    .unwrap();
    assert_eq!(
        Suite::load(tmp.path()).unwrap_err().to_string(),
        format!(
            "suite {}: {}: line 2: suite.imported: holds the control character U+000A; a name \
             must be printable text",
            tmp.path().display(),
            tmp.path().join("suite.toml").display()
        )
    );
}

const HEADER: &str =
    "task_id,prompt,input_generator,input_levels,reference_solution,checker,entry_point\n";

fn enamel_row(task_id: &str, prompt_extra: &str, levels: &str) -> String {
    format!(
        "{task_id},\"def f(x):\n    '''Doc.{prompt_extra}'''\n\",\"def generate_input(size: int, lid: int, cid: int):\n    return [size]\n\",{levels},\"    return x\n\",\"def __check(input, answer, output):\n    return output == answer\n\",f\n"
    )
}

#[test]
fn enamel_rows_are_bounded_field_by_field() {
    let text = format!(
        "{HEADER}{}{}{}",
        enamel_row("T/1", &"p".repeat(300 << 10), "1 2 3 4"),
        enamel_row("T/2", "", "1 2 3 1152921504606846976"),
        enamel_row(&"T".repeat(300), "", "1 2 3 4"),
    );
    let path = Path::new("d.csv");
    let (rows, errors) = read_rows(path, text.as_bytes()).unwrap();
    assert!(errors.is_empty(), "{errors:?}");
    let messages: Vec<String> = rows
        .iter()
        .map(|r| convert(path, r).unwrap_err().to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "d.csv:2:prompt: row 0: 307225 bytes, more than the 262144 a field may have",
            "d.csv:10:input_levels: row 1: `1152921504606846976` is more than the largest size, \
             1000000000000000000",
            "d.csv:18:task_id: row 2: as the problem's id: 300 bytes, more than the 256 a name \
             may have",
        ]
    );
}

#[test]
fn an_enamel_file_claiming_2_gib_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("enamel.csv");
    std::fs::File::create(&csv)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let err = import(&csv, &tmp.path().join("out"), Subset::All).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: 2147483648 bytes, more than the 67108864 a dataset file may have; not read",
            csv.display()
        )
    );
}

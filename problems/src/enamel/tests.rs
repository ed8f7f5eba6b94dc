//! The importer's tests: reading rows, converting them, and the files
//! written for them.

use super::*;

const HEADER: &str =
    "task_id,prompt,input_generator,input_levels,reference_solution,checker,entry_point\n";

fn row(levels: &str) -> String {
    format!(
        "T/1,\"def f(x):\n    '''Doc.'''\n\",\"def generate_input(size: int, lid: int, cid: int):\n    return [size]\n\",{levels},\"    return x\n\",\"def __check(input, answer, output):\n    return output == answer\n\",f\n"
    )
}

fn read(text: &str) -> (Vec<Row>, Vec<RowError>) {
    read_rows(Path::new("d.csv"), text.as_bytes()).unwrap()
}

#[test]
fn reads_rows_with_their_index_and_line() {
    let (rows, errors) = read(&format!("{HEADER}{}{}", row("1 2 3 4"), row("5 6 7 8")));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].index, rows[0].line), (0, 2));
    // The first row spans 8 lines (its fields hold newlines).
    assert_eq!((rows[1].index, rows[1].line), (1, 10));
    assert_eq!(rows[1].entry_point, "f");
    let c = convert(Path::new("d.csv"), &rows[1]).unwrap();
    assert_eq!((c.id.as_str(), c.sizes), ("t-1", [5, 6, 7, 8]));
}

#[test]
fn a_missing_column_stops_the_import() {
    let err = read_rows(Path::new("d.csv"), "task_id,prompt\nx,y\n".as_bytes()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("d.csv: line 1: missing column `input_generator`"),
        "{err}"
    );
}

#[test]
fn a_row_with_too_few_fields_is_reported_and_the_rest_read() {
    let text = format!("{HEADER}a,b,c\n{}", row("1 2 3 4"));
    let (rows, errors) = read(&text);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].index, 1);
    assert_eq!(
        errors[0].to_string(),
        "d.csv:2: row 0: has 3 fields, the header has 7"
    );
}

#[test]
fn bad_fields_are_reported_at_file_line_and_column() {
    let text = format!("{HEADER}{}{}", row("1 2 3"), row("1 2 x 4"));
    let (rows, _) = read(&text);
    let e = convert(Path::new("d.csv"), &rows[0]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "d.csv:2:input_levels: row 0: expected 4 sizes separated by spaces, found 3 (`1 2 3`)"
    );
    let e = convert(Path::new("d.csv"), &rows[1]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "d.csv:10:input_levels: row 1: `x` is not a positive integer"
    );
    let mut bad = rows[0].clone();
    bad.entry_point = "not valid".into();
    let e = convert(Path::new("d.csv"), &bad).unwrap_err();
    assert_eq!(e.column, "entry_point");
    let mut bad = rows[0].clone();
    bad.input_generator = "import numpy as np\ndef generate_input(size, lid, cid): pass".into();
    bad.input_levels = "1 2 3 4".into();
    let e = convert(Path::new("d.csv"), &bad).unwrap_err();
    assert!(e.message.contains("numpy"), "{e}");
}

#[test]
fn ids_follow_task_ids() {
    assert_eq!(problem_id("HumanEval/0"), "humaneval-0");
    assert_eq!(problem_id(" Mbpp/12 "), "mbpp-12");
    assert_eq!(problem_id("//"), "");
}

#[test]
fn the_generator_seeds_as_enamel_does() {
    let (rows, _) = read(&format!("{HEADER}{}", row("1 2 3 4")));
    let c = convert(Path::new("d.csv"), &rows[0]).unwrap();
    let files = files("d.csv", &c);
    let generator = &files
        .iter()
        .find(|(n, _)| *n == crate::GENERATOR)
        .unwrap()
        .1;
    assert!(
        generator.contains("_enamel_random.seed(998244353 ^ 0 ^ ((0, 8, 12, 16)[level] + case))")
    );
    let manifest = &files[0].1;
    assert!(
        manifest.contains("weight = 4\ncases = 4\nsize = 4\n"),
        "{manifest}"
    );
}

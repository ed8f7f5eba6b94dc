//! The importer's tests, on small sets we write in COFFE's layout.

use super::convert::solution_signature;
use super::*;
use serde_json::json;

const HE: &str = "def add(x, y):\n    \"\"\"Add.\"\"\"\n";
const MB: &str = "You are an expert Python programmer, and here is your task: Double it. Please write a Python function double(x) for the task.\n```python";

/// A copy of COFFE with a function set of three instances (the third
/// broken: its best solution does not define `solution`).
fn function_copy(with_tests: bool) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("datasets/function");
    std::fs::create_dir_all(&d).unwrap();
    let data = json!([
        {"dataset": "openai_humaneval", "task_id": "HumanEval/53", "entry_point": "add", "prompt": HE, "final_prompt": HE.trim()},
        {"dataset": "mbpp", "task_id": 7, "entry_point": "double", "prompt": "Double it.", "final_prompt": MB},
        {"dataset": "mbpp", "task_id": 8, "entry_point": "f", "prompt": "F.", "final_prompt": "p3"},
    ]);
    let best = json!({
        HE.trim(): ["def solution(x, y):\n    return x + y", false],
        MB: ["from typing import List\n\ndef solution(x: List[int]) -> float:\n    return x * 2.0", false],
        "p3": ["def g():\n    return 1", false],
    });
    let tests = json!({
        HE.trim(): [{"input": [1, 2], "output": [3]}],
        MB: [{"input": [[1]], "output": [2.0]}, {"input": [[2]], "output": [4.0]}],
        "p3": [{"input": [], "output": [1]}],
    });
    let stress = json!({
        HE.trim(): [{"input": "[10**6, 1]", "output": null}],
        MB: [{"input": "[list(range(9))]", "output": null}],
        "p3": [{"input": "[]", "output": null}],
    });
    std::fs::write(d.join("data.json"), data.to_string()).unwrap();
    std::fs::write(d.join("best_solutions.json"), best.to_string()).unwrap();
    if with_tests {
        std::fs::write(d.join("testcases.json"), tests.to_string()).unwrap();
    }
    std::fs::write(d.join("stressful_testcases.json"), stress.to_string()).unwrap();
    tmp
}

#[test]
fn imports_the_function_set_and_reports_a_bad_instance() {
    let copy = function_copy(true);
    let out = copy.path().join("suite");
    let s = import(copy.path(), &out, Set::Function).unwrap();
    let ids: Vec<&str> = s.imported.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["humaneval-53", "mbpp-7"]);
    assert_eq!(s.skipped.len(), 1);
    assert!(
        s.skipped[0].to_string().ends_with(
            "best_solutions.json: index 2: [0]: does not define `solution` at the top level (COFFE's name for the entry point)"
        ),
        "{}",
        s.skipped[0]
    );
    let manifest = std::fs::read_to_string(out.join("mbpp-7/problem.toml")).unwrap();
    assert!(manifest.contains("weight = 0\ncases = 2\n"), "{manifest}");
    assert!(manifest.contains("weight = 1\ncases = 1\n"), "{manifest}");
    let reference = std::fs::read_to_string(out.join("mbpp-7/reference.py")).unwrap();
    assert!(reference.ends_with("\ndouble = solution\n"), "{reference}");
    let prompt = std::fs::read_to_string(out.join("mbpp-7/prompt.py")).unwrap();
    assert_eq!(
        prompt,
        "from typing import List\n\ndef double(x: List[int]) -> float:\n    \"\"\"Double it.\n    \"\"\"\n"
    );
    // Float outputs: COFFE's tolerance; integers: the default rule.
    assert!(out.join("mbpp-7/checker.py").exists());
    assert!(!out.join("humaneval-53/checker.py").exists());
    assert_eq!(
        std::fs::read_to_string(out.join("humaneval-53/prompt.py")).unwrap(),
        HE
    );
    let generator = std::fs::read_to_string(out.join("humaneval-53/generator.py")).unwrap();
    assert!(generator.contains("(\"json\", \"[1,2]\"),"), "{generator}");
    assert!(
        generator.contains("(\"expr\", \"[10**6, 1]\"),"),
        "{generator}"
    );
    let suite = std::fs::read_to_string(out.join("suite.toml")).unwrap();
    assert!(suite.contains("imported = \"coffe\""), "{suite}");
    // The suite loads as an ordinary one.
    let loaded = crate::Suite::load(&out).unwrap();
    assert_eq!(loaded.problems.len(), 2);
}

#[test]
fn without_testcases_json_the_stress_level_is_the_only_one() {
    let copy = function_copy(false);
    let out = copy.path().join("suite");
    let s = import(copy.path(), &out, Set::Function).unwrap();
    assert_eq!(s.notes.len(), 1);
    assert!(
        s.notes[0].contains("testcases.json: missing"),
        "{:?}",
        s.notes
    );
    let manifest = std::fs::read_to_string(out.join("humaneval-53/problem.toml")).unwrap();
    assert_eq!(manifest.matches("[[levels]]").count(), 1, "{manifest}");
    assert!(!out.join("mbpp-7/checker.py").exists());
}

#[test]
fn a_missing_required_file_or_a_full_folder_stops_the_import() {
    let copy = function_copy(true);
    std::fs::remove_file(copy.path().join("datasets/function/best_solutions.json")).unwrap();
    let err = import(copy.path(), &copy.path().join("s"), Set::Function).unwrap_err();
    assert!(
        err.to_string().contains("best_solutions.json: missing"),
        "{err}"
    );
    let copy = function_copy(true);
    let out = copy.path().join("s");
    std::fs::create_dir_all(out.join("x")).unwrap();
    let err = import(copy.path(), &out, Set::Function).unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
}

#[test]
fn imports_the_file_set_as_stdio_programs() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("datasets/file");
    std::fs::create_dir_all(&d).unwrap();
    let p0 = "You are an expert Python programmer, and here is your task:\nEcho n.\nDo not give explanations, only give the Python code.\nPython Solution:\n```python";
    let gen =
        "import random\n\ndef generate_input():\n    return str(random.randint(1, 9)) + '\\n'";
    std::fs::write(
        d.join("data.json"),
        json!([{"dataset": "codeparrot/apps", "final_prompt": p0}, {"dataset": "codeparrot/apps", "final_prompt": "p1"}]).to_string(),
    )
    .unwrap();
    std::fs::write(
        d.join("best_solutions.json"),
        json!({p0: ["print(input())", true], "p1": ["import numpy as np\nprint(np.zeros(1))", true]}).to_string(),
    )
    .unwrap();
    std::fs::write(
        d.join("stressful_testcases.json"),
        json!({p0: [gen, gen], "p1": [gen]}).to_string(),
    )
    .unwrap();
    let out = tmp.path().join("suite");
    let s = import(tmp.path(), &out, Set::File).unwrap();
    assert_eq!(s.imported.len(), 1);
    assert!(s.skipped[0]
        .to_string()
        .ends_with("index 1: [0]: uses numpy, which the sandbox's Python does not have"));
    let manifest = std::fs::read_to_string(out.join("apps-0/problem.toml")).unwrap();
    assert!(manifest.contains("protocol = \"stdio\"\n"), "{manifest}");
    assert!(manifest.contains("compare = \"tokens\"\n"), "{manifest}");
    assert!(!manifest.contains("entry_point"), "{manifest}");
    assert!(manifest.contains("weight = 1\ncases = 2\n"), "{manifest}");
    assert_eq!(
        std::fs::read_to_string(out.join("apps-0/prompt.md")).unwrap(),
        "Echo n.\n"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("apps-0/reference.py")).unwrap(),
        "print(input())\n"
    );
    let generator = std::fs::read_to_string(out.join("apps-0/generator.py")).unwrap();
    assert!(generator.contains("_STDIO = True\n"), "{generator}");
}

#[test]
fn finds_the_signature_of_solution_and_not_of_a_helper() {
    assert_eq!(
        solution_signature("def solution(a, b=(1, 2)) -> int:\n  pass").as_deref(),
        Some("(a, b=(1, 2)) -> int")
    );
    assert_eq!(
        solution_signature("class A:\n    def solution(self):\n        pass"),
        None
    );
    assert_eq!(
        solution_signature("x = 1\ndef solution(s):\n    return s").as_deref(),
        Some("(s)")
    );
}

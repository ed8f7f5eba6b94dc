"""Writes the bundled example samples from the suite itself: its reference
solutions as the pretend model "reference" and its slower alternatives as the
pretend model "alternatives" (two or three samples per task). Re-run after
changing the suite:  python3 examples/make_examples.py
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
suite = root / "problems" / "suite"
out = root / "examples"
with open(out / "reference.jsonl", "w") as ref, open(out / "alternatives.jsonl", "w") as alt:
    for problem in sorted(p for p in suite.iterdir() if (p / "problem.toml").exists()):
        task = problem.name
        ref.write(json.dumps({"task_id": task, "model": "reference",
                              "solution": (problem / "reference.py").read_text()}) + "\n")
        for path in sorted((problem / "alternatives").glob("*.py")):
            alt.write(json.dumps({"task_id": task, "model": "alternatives",
                                  "solution": path.read_text()}) + "\n")

# The C++ track: the same two pretend models, on the problems that have one.
(out / "cpp").mkdir(exist_ok=True)
with open(out / "cpp" / "reference.jsonl", "w") as ref, \
        open(out / "cpp" / "alternatives.jsonl", "w") as alt:
    for problem in sorted(p for p in suite.iterdir() if (p / "cpp" / "track.toml").exists()):
        task = problem.name
        ref.write(json.dumps({"task_id": task, "model": "reference", "language": "cpp",
                              "solution": (problem / "cpp" / "reference.cpp").read_text()}) + "\n")
        for path in sorted((problem / "cpp" / "alternatives").glob("*.cpp")):
            alt.write(json.dumps({"task_id": task, "model": "alternatives", "language": "cpp",
                                  "solution": path.read_text()}) + "\n")

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

# The compiled tracks, C++ and C: the same two pretend models, on the
# problems that have one.
for lang, ext in (("cpp", "cpp"), ("c", "c")):
    (out / lang).mkdir(exist_ok=True)
    with open(out / lang / "reference.jsonl", "w") as ref, \
            open(out / lang / "alternatives.jsonl", "w") as alt:
        for problem in sorted(p for p in suite.iterdir() if (p / ext / "track.toml").exists()):
            task = problem.name
            ref.write(json.dumps({"task_id": task, "model": "reference", "language": lang,
                                  "solution": (problem / ext / f"reference.{ext}").read_text()})
                      + "\n")
            for path in sorted((problem / ext / "alternatives").glob(f"*.{ext}")):
                alt.write(json.dumps({"task_id": task, "model": "alternatives", "language": lang,
                                      "solution": path.read_text()}) + "\n")

"""Score the sealed test set (datasets/sealed) and write its figures to docs/accuracy-sealed.md.

The sealed set is never trained or tuned on; this is the only place its figures are computed.
Every scorer (keyword, classifier) and ``final`` against the sealed rater, with 95% cluster-
bootstrap intervals (by candidate), and whether ``final`` beats each single scorer.

Usage: python scripts/accuracy_sealed.py [--model MODEL.joblib] [--out docs/accuracy-sealed.md] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEALED = ROOT / "datasets" / "sealed"
RUBRIC = ROOT / "rubrics" / "ai-engineer-role.yaml"


def evaluator(*args: object) -> str:
    done = subprocess.run([sys.executable, "-m", "evaluator", *map(str, args)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"evaluator {' '.join(map(str, args))} failed:\n{done.stderr}")
    return done.stdout


def measure(model: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sealed.duckdb"
        extra = ["--classifier-model", model] if model else []
        evaluator("run", SEALED / "answers.csv", "--rubric", RUBRIC, "--scorers", "keyword,classifier", *extra,
                  "--db", db, "--report-dir", Path(tmp) / "reports")
        evaluator("labels", "import", SEALED / "labels.csv", "--rubric", RUBRIC, "--db", db)
        return json.loads(evaluator("calibrate", "--db", db, "--rater", "sealed_a", "--cluster-by", "candidate",
                                    "--json", "--report-dir", Path(tmp) / "reports"))


def _cell(value: float | None, ci: list | None) -> str:
    if value is None:
        return "–"
    interval = f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci and ci[0] is not None else ""
    return f"{value:.2f}{interval}"


def markdown(document: dict, model: str) -> str:
    lines = [
        "# Accuracy on the sealed test set",
        "",
        "`datasets/sealed/` (see its README): 178 answers in eight styles the bundled set lacks, labelled",
        "by `sealed_a`, never used for training, phrase writing or any choice of setting. Produced by",
        f"`make accuracy-sealed` on {time.strftime('%Y-%m-%d')} with the classifier model `{model}`.",
        "95% intervals: cluster bootstrap by candidate (1,000 resamples).",
        "",
        "## Flags",
        "",
        "| flag | scorer | n | precision | recall | F1 [95% CI] | κ |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    vs_lines = ["", "## Does `final` beat each single scorer?", "",
                "Paired difference of the item's figure (F1 for flags, QWK for levels) on the same answers.", "",
                "| item | vs | final − scorer [95% CI] | verdict |", "|---|---|---:|---|"]
    criteria = ["", "## Criteria", "", "| criterion | scorer | n | exact | QWK [95% CI] | MAE |", "|---|---|---:|---:|---:|---:|"]
    for item in document["items"]:
        for scorer, m in item["scorers"].items():
            if item["item_kind"] == "flag":
                lines.append(f"| {item['item_id']} | {scorer} | {m['n']} | {m.get('precision') or 0:.2f} | "
                             f"{m.get('recall') or 0:.2f} | {_cell(m.get('f1'), m.get('f1_ci'))} | {m.get('kappa') or 0:.2f} |")
            else:
                criteria.append(f"| {item['item_id']} | {scorer} | {m['n']} | {m.get('exact') or 0:.2f} | "
                                f"{_cell(m.get('qwk'), m.get('qwk_ci'))} | {m.get('mae') or 0:.2f} |")
        for scorer, d in item.get("final_vs", {}).items():
            lo, hi = d["diff_ci"]
            ci = f" [{lo:+.3f}, {hi:+.3f}]" if lo is not None else ""
            vs_lines.append(f"| {item['item_id']} | {scorer} | {d['diff']:+.3f}{ci} | {d['verdict']} |")
    return "\n".join(lines + criteria + vs_lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="classifier model [default: the bundled one]")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "accuracy-sealed.md")
    parser.add_argument("--json", type=Path, default=None, help="also write the calibration document here")
    args = parser.parse_args()
    document = measure(args.model)
    if args.json:
        args.json.write_text(json.dumps(document, indent=1, default=str))
    args.out.write_text(markdown(document, str(args.model or "bundled")))
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()

"""A model file never runs code when loaded unless the user says it is trusted (issue 15.4)."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluator.cli import main
from evaluator.scorers.classifier import BUNDLED

ROOT = Path(__file__).resolve().parents[3]
RUBRIC = ROOT / "rubrics" / "ai-engineer-role.yaml"
FORMATS = ROOT / "tests" / "data" / "formats"


class _WritesAFile:
    """Unpickling this calls os.system: what a hostile 'model' file would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def evil(tmp_path: Path) -> tuple[Path, Path]:
    marker = tmp_path / "pwned"
    path = tmp_path / "model.joblib"
    path.write_bytes(pickle.dumps(_WritesAFile(marker)))
    return path, marker


def _invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("command", ["run", "assess"])
def test_a_malicious_pickle_is_refused_and_runs_nothing(evil, tmp_path, command):
    path, marker = evil
    if command == "run":
        result = _invoke("run", FORMATS, "--rubric", RUBRIC, "--scorers", "keyword,classifier", "--classifier-model",
                         path, "--db", tmp_path / "x.duckdb", "--report-dir", tmp_path / "r")
    else:
        result = _invoke("assess", "--answer", "We shipped a RAG assistant.", "--classifier-model", path)
    assert result.exit_code != 0
    assert not marker.exists()  # nothing was unpickled
    message = [line for line in result.output.splitlines() if line.strip()]
    assert len(message) == 1 and "unpickl" in message[0] and "--trust-model" in message[0], result.output
    assert "Traceback" not in result.output


def test_a_model_with_its_npz_copy_needs_no_trust(tmp_path):
    """Beside its .npz (numbers and JSON only), a .joblib is never opened: the shipped model and any
    model 'evaluator train' writes predict without --trust-model."""
    for suffix in (".joblib", ".npz"):
        shutil.copy(BUNDLED["ai-engineer-role"].with_suffix(suffix), tmp_path / f"m{suffix}")
    (tmp_path / "m.joblib").write_bytes(b"not a pickle at all")  # proves it is not read
    result = _invoke("assess", "--answer", "It is mostly prompt engineering, honestly.", "--question-id",
                     "role_definition", "--classifier-model", tmp_path / "m.npz", "--json")
    assert result.exit_code == 0, result.output

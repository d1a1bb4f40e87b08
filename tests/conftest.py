"""Shared fixtures: real files, real DuckDB databases in tmp dirs, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluator.cli import main
from evaluator.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
RUBRIC = ROOT / "rubrics" / "ai-engineer-role.yaml"


@pytest.fixture(scope="session")
def rubric():
    return load_rubric(RUBRIC)


@pytest.fixture
def cli():
    """Invoke the real CLI in-process; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, **kwargs):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return invoke


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"

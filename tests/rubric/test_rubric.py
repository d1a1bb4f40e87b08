"""Rubric validation: errors name the file, the YAML path and line, and what was expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.errors import RubricError
from evaluator.rubric import load_rubric, parse_rubric

from ..conftest import ROOT

BASE = """id: r
version: "1"
questions:
  - id: q1
    text: What?
criteria:
  - id: c1
    description: d
    scope: [q1]
    concepts:
      - id: k
        phrases: [thing]
    levels:
      - {value: 0, anchor: none}
      - {value: 1, anchor: some, when: {min_concepts: 1}}
flags:
  - id: f1
    description: d
    concepts:
      - id: k
        phrases: [bad]
"""


def test_shipped_rubrics_validate():
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        loaded = load_rubric(path)
        assert loaded.rubric.criteria and loaded.rubric.flags


def test_ai_engineer_rubric_has_the_seed_flags():
    rubric = load_rubric(ROOT / "rubrics" / "ai-engineer-role.yaml").rubric
    assert [f.id for f in rubric.flags] == ["researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"]
    assert rubric.flag("no_model_tradeoffs").scope == ["model_choice"]
    assert {"role_definition", "shipped_system", "model_choice"} <= {q.id for q in rubric.questions}


@pytest.mark.parametrize("mutation,message,line", [
    (("    description: d\n    scope", "    description: d\n    colour: red\n    scope"),
     "criteria[0].colour: Extra inputs are not permitted", 9),
    (("{value: 1, anchor: some", "{value: one, anchor: some"), "criteria[0].levels[1].value", 15),
    (("scope: [q1]", "scope: [q9]"), "unknown questions ['q9']", 9),
    (("  - id: f1", "  - id: c1"), "duplicate criterion/flag ids: ['c1']", 17),
    (("phrases: [thing]", "patterns: ['(unclosed']"), "not a valid regex", 12),
    (("min_concepts: 1}", "min_concepts: 5}"), "exceeds its 1 concepts", 15),
    (("{value: 0, anchor: none}", "{value: 2, anchor: none}"), "lowest to highest", 14),
    (("id: r\n", "id: r\nid: s\n"), "duplicate key 'id'", 2),
])
def test_validation_errors_name_path_and_line(mutation, message, line):
    text = BASE.replace(*mutation)
    assert text != BASE
    with pytest.raises(RubricError) as info:
        parse_rubric(text, "x.yaml")
    assert message in info.value.one_line()
    assert info.value.line == line, info.value.one_line()
    assert info.value.one_line().startswith(f"x.yaml:{line}: ")


def test_invalid_yaml_and_empty_and_missing(tmp_path: Path):
    with pytest.raises(RubricError, match="invalid YAML"):
        parse_rubric("id: [unclosed", "x.yaml")
    with pytest.raises(RubricError, match="empty"):
        parse_rubric("", "x.yaml")
    with pytest.raises(RubricError, match="no such file"):
        load_rubric(tmp_path / "missing.yaml")


def test_yaml_alias_bomb_is_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 8):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 10) + "]\n"
    with pytest.raises(RubricError, match="too large"):
        parse_rubric(bomb, "bomb.yaml")


def test_content_hash_changes_with_content_only():
    a, b = parse_rubric(BASE), parse_rubric(BASE + "\n# a comment\n")
    assert a.content_hash == b.content_hash
    assert parse_rubric(BASE.replace('version: "1"', 'version: "2"')).content_hash != a.content_hash


def test_schema_command_prints_json_schema(cli):
    result = cli("rubric", "schema")
    schema = json.loads(result.output)
    assert schema["title"] == "Rubric" and "criteria" in schema["properties"]


def test_validate_command(cli):
    result = cli("rubric", "validate", ROOT / "rubrics" / "ai-engineer-role.yaml")
    assert result.exit_code == 0 and "3 flags" in result.output

"""Rubric validation: errors name the file, the YAML path and line, and what was expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluator.cli import main
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



# five errors in one file: two misspelt keys, a bad value, a bad choice, a key that is no typo
FIVE_ERRORS = (BASE.replace("    description: d\n    scope", "    description: d\n    weigth: 2\n    scope")
               .replace("{value: 1, anchor: some, when: {min_concepts: 1}}",
                        "{value: one, anchor: some, when: {min_concept: 1}}")
               .replace("  - id: f1\n    description: d\n",
                        "  - id: f1\n    description: d\n    severity: extreme\n    colour: red\n"))


def test_validate_prints_every_error_with_its_line(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(FIVE_ERRORS, encoding="utf-8")
    good = ROOT / "rubrics" / "ai-engineer-role.yaml"
    result = CliRunner().invoke(main, ["rubric", "validate", str(bad), str(good)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"error: {bad}:9: criteria[0].weigth: Extra inputs are not permitted (got 2); did you mean 'weight'?",
        f"error: {bad}:16: criteria[0].levels[1].value: Input should be a valid number, unable to parse string "
        "as a number (got 'one')",
        f"error: {bad}:16: criteria[0].levels[1].when.min_concept: Extra inputs are not permitted (got 1); "
        "did you mean 'min_concepts'?",
        f"error: {bad}:20: flags[0].severity: Input should be 'low', 'medium' or 'high' (got 'extreme')",
        f"error: {bad}:21: flags[0].colour: Extra inputs are not permitted (got 'red')",  # nothing close to it
    ]
    assert result.stdout.startswith(f"{good}: ok — ai-engineer-role")  # the next file is still checked


def test_other_commands_give_the_first_error_and_a_count():
    with pytest.raises(RubricError) as info:
        parse_rubric(FIVE_ERRORS, "x.yaml")
    assert info.value.one_line() == ("x.yaml:9: criteria[0].weigth: Extra inputs are not permitted (got 2); did you "
                                     "mean 'weight'? (and 4 more errors: 'evaluator rubric validate' lists them)")


@pytest.mark.parametrize("where, key, suggestion", [
    ("criteria[0]", "weigth", "weight"),
    ("criteria[0]", "Descripion", "description"),
    ("criteria[0]", "weighting", "weight"),
    ("flags[0]", "raise_whn", "raise_when"),
    ("flags[0]", "advise", "advice"),
    ("criteria[0]", "colour", None),
    ("criteria[0]", "notes", None),
    ("criteria[0]", "zzz", None),
    ("flags[0]", "weigth", None),  # a flag has no weight: only the keys allowed where the key stands
    ("questions[0]", "alias", "aliases"),
    ("", "critera", "criteria"),
])
def test_unknown_keys_suggest_only_a_close_allowed_key(where, key, suggestion):
    after = {"criteria[0]": "    description: d\n", "flags[0]": "  - id: f1\n    description: d\n",
             "questions[0]": "    text: What?\n", "": 'version: "1"\n'}[where]
    indent = "    " if where else ""
    text = BASE.replace(after, f"{after}{indent}{key}: x\n", 1)  # the first one: criteria[0]'s description
    with pytest.raises(RubricError) as info:
        parse_rubric(text, "x.yaml")
    message = info.value.one_line()
    assert f"{where + '.' if where else ''}{key}: Extra inputs are not permitted (got 'x')" in message
    if suggestion:
        assert message.endswith(f"; did you mean {suggestion!r}?")
    else:
        assert "did you mean" not in message


def test_patterns_that_compile_alone_but_not_together_fail_validate_not_run(tmp_path: Path):
    """3,000 patterns each valid, together over RE2's memory limit: `rubric validate` says so in one
    error naming the concept, and `run` refuses the rubric the same way (issue 15.7)."""
    text = (ROOT / "rubrics" / "ai-engineer-role.yaml").read_text()
    patterns = "\n".join(f"          - '[a-z]{{1,40}}x{i}y'" for i in range(3000))
    anchor = "  - id: researcher_framing\n"
    assert text.count(anchor) == 1
    bad = tmp_path / "big.yaml"
    # a new concept on the first flag, with the 3,000 patterns
    flag_start = text.index(anchor)
    concepts_at = text.index("concepts:", flag_start)
    line_end = text.index("\n", concepts_at) + 1
    bad.write_text(text[:line_end] + "      - id: generated\n        patterns:\n" + patterns + "\n" + text[line_end:])
    result = CliRunner().invoke(main, ["rubric", "validate", str(bad)])
    assert result.exit_code != 0
    assert "'generated': its 3000 patterns together cannot run" in result.output
    run = CliRunner().invoke(main, ["run", str(ROOT / "tests" / "data" / "formats"), "--rubric", str(bad),
                                    "--db", str(tmp_path / "x.duckdb"), "--report-dir", str(tmp_path / "r")])
    assert run.exit_code != 0 and "patterns together cannot run" in run.output
    assert not (tmp_path / "x.duckdb").exists()  # refused before anything was ingested

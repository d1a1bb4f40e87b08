"""Rubric format, loading and validation."""

from .load import LoadedRubric, check_rubric, load_rubric, parse_rubric
from .schema import ALL, Concept, Criterion, Flag, Level, LevelCondition, Question, Rubric, rubric_json_schema

__all__ = ["ALL", "Concept", "Criterion", "Flag", "Level", "LevelCondition", "LoadedRubric",
           "Question", "Rubric", "check_rubric", "load_rubric", "parse_rubric", "rubric_json_schema"]

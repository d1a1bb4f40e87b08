"""``evaluator serve``: a local web app for reviewers (cohort, candidates, answers, overrides) and
candidates (self-assessment), over the same DuckDB file as the CLI. See :mod:`evaluator.web.app`."""

from .app import create_app

__all__ = ["create_app"]

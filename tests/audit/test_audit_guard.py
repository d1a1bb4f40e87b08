"""A scorer that raises inside an audit leaves its items unscored with the reason, as in a run:
the audit finishes, the other scorers' verdicts decide the finals, nothing is lost."""

from __future__ import annotations

import logging

from evaluator.audit import audit
from evaluator.pipeline import ingest_paths, score_answers
from evaluator.rubric import load_rubric
from evaluator.scorers import ScorerBase, register
from evaluator.store import connect

from ..conftest import DATA, RUBRIC


@register("breaks_on_variants")
class BreaksOnVariants(ScorerBase):
    """A real scorer through the public registry: scores like the keyword scorer, but has a bug
    that only the audit's edited copies of an answer reach (their ids carry '~')."""

    version = "1"

    def __init__(self, rubric) -> None:
        from evaluator.scorers.keyword import KeywordScorer
        self.inner = KeywordScorer(rubric)

    def score(self, answers, rubric, items):
        verdicts = list(self.inner.score(answers, rubric, items))
        if any("~" in a.answer_id for a in answers):
            raise KeyError("variant")  # a bug, not an EvaluatorError
        return [v.model_copy(update={"scorer": self.name}) for v in verdicts]


def test_a_scorer_that_raises_inside_an_audit_is_unscored_with_the_reason(tmp_path, caplog):
    conn = connect(tmp_path / "a.duckdb")
    ingest_paths(conn, [DATA / "formats" / "written.csv"])
    summary = score_answers(conn, load_rubric(RUBRIC), ["keyword"])
    with caplog.at_level(logging.ERROR, logger="evaluator.scorers.panel"):
        doc = audit(conn, summary.run_id, kinds=("names", "typos"), scorers=["keyword", "breaks_on_variants"],
                    store=False)
    # the guard ran and says why, with the traceback for whoever maintains the scorer
    failed = [r for r in caplog.records if r.getMessage() == "scorer breaks_on_variants failed"]
    assert failed and failed[0].exc_info and failed[0].exc_info[0] is KeyError
    assert doc.answers > 0
    assert doc.reproduced.same_as_stored == doc.reproduced.verdicts > 0  # finals follow keyword
    for kind in ("names", "typos"):
        tally = doc.by_kind[kind]
        assert tally.answers > 0
        final = tally.by_scorer["final"]
        assert tally.by_scorer["breaks_on_variants"] == {"unscored": final["compared"] + final.get("unscored", 0)}
        assert tally.by_scorer["keyword"]["compared"] == final["compared"] > 0
    conn.close()


def test_the_audit_panel_records_the_reason_on_each_item(tmp_path):
    """The same guard, looked at one level down: every item of the batch gets the unscored verdict
    with the pipeline's wording."""
    from evaluator.scorers import ScorerPanel

    rubric = load_rubric(RUBRIC)
    panel = ScorerPanel.build(["keyword", "breaks_on_variants"], rubric)
    conn = connect(tmp_path / "b.duckdb")
    ingest_paths(conn, [DATA / "formats" / "written.csv"])
    answer = conn.execute("SELECT answer_id, transcript_id, candidate_id, seq, question, text FROM answers "
                          "ORDER BY answer_id LIMIT 1").fetchone()
    conn.close()
    from evaluator.models import Answer
    original = Answer(answer_id=answer[0], transcript_id=answer[1], candidate_id=answer[2], seq=answer[3],
                      question=answer[4], text=answer[5])
    variant = original.model_copy(update={"answer_id": f"{original.answer_id}~typos"})
    items = {a.answer_id: rubric.rubric.items_for(None) for a in (original, variant)}
    scored = panel.score([original, variant], items, panel.combine_rule())
    broken = [v for v in scored.verdicts if v.scorer == "breaks_on_variants"]
    assert len(broken) == 2 * len(items[original.answer_id]) > 0
    assert {(v.status, v.value, v.reason) for v in broken} == {("unscored", None, "scorer failed: KeyError: 'variant'")}
    assert [(f.scorer, f.error, f.stopped) for f in scored.failures] == [("breaks_on_variants", "KeyError: 'variant'",
                                                                          False)]
    assert all(v.status == "scored" and v.reason.startswith("from keyword: ") for v in scored.finals)

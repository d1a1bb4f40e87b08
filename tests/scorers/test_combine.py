from evaluator.models import Verdict
from evaluator.scorers import combine


def _v(scorer, value, status="scored"):
    return Verdict(answer_id="a", item_kind="flag", item_id="f", scorer=scorer, value=value, status=status,
                   reason=f"{scorer} says")


def test_first_scored_in_priority_wins():
    finals = combine([_v("keyword", 1.0), _v("llm", None, "unscored")], ["llm", "keyword"])
    assert finals[0].value == 1.0 and finals[0].scorer == "final" and "from keyword" in finals[0].reason


def test_all_unscored_stays_unscored_never_zero():
    finals = combine([_v("keyword", None, "unscored"), _v("llm", None, "unscored")], ["llm", "keyword"])
    assert finals[0].value is None and finals[0].status == "unscored"
    assert "keyword says" in finals[0].reason and "llm says" in finals[0].reason

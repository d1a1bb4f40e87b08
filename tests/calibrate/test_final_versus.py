"""`calibrate` says whether `final` beats each single scorer, with a paired bootstrap interval."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import cohen_kappa_score, f1_score

from evaluator.calibrate.run import Unit, _final_versus_scorers
from evaluator.rubric import load_rubric
from evaluator.scorers.stack import IN_SAMPLE

from ..conftest import RUBRIC

LOADED = load_rubric(RUBRIC).rubric
FLAG = next(f for f in LOADED.flags if f.id == "researcher_framing")
CRITERION = next(c for c in LOADED.criteria if c.id == "model_tradeoffs")


def _case(n: int, seed: int, levels: list[float], final_noise: float, single_noise: float):
    rng = np.random.default_rng(seed)
    human = rng.choice(levels, size=n)
    units = [Unit(f"a{i}", f"c{i // 2}", float(h), {"r": float(h)}) for i, h in enumerate(human)]

    def noisy(p: float) -> np.ndarray:
        return np.where(rng.random(n) < p, rng.choice(levels, size=n), human)

    final, single = noisy(final_noise), noisy(single_noise)
    verdicts = {(f"a{i}", "x"): {"final": (float(final[i]), None, "scored", "", "[]"),
                                 "keyword": (float(single[i]), None, "scored", "", "[]")} for i in range(n)}
    return human, final, single, units, verdicts


def test_flag_difference_is_f1_difference_and_a_clear_win_is_better():
    human, final, single, units, verdicts = _case(300, 1, [0.0, 1.0], 0.05, 0.45)
    verdicts = {(a, FLAG.id): v for (a, _), v in verdicts.items()}
    out = _final_versus_scorers(FLAG, units, verdicts, ["keyword", "final"], [0.0, 1.0], 500, 0)["keyword"]
    assert out.metric == "f1" and out.n == 300
    assert out.diff == f1_score(human, final) - f1_score(human, single)
    lo, hi = out.diff_ci
    assert lo <= out.diff <= hi and lo > 0 and out.verdict == "better"


def test_levels_use_qwk_and_a_tie_is_no_clear_difference():
    levels = [0.0, 1.0, 2.0, 3.0]
    human, final, single, units, verdicts = _case(200, 2, levels, 0.2, 0.2)
    verdicts = {(a, CRITERION.id): {"final": v["final"], "keyword": v["final"]} for (a, _), v in verdicts.items()}
    out = _final_versus_scorers(CRITERION, units, verdicts, ["keyword", "final"], levels, 300, 0)["keyword"]
    qwk = cohen_kappa_score(human, final, weights="quadratic", labels=levels)
    assert out.metric == "qwk" and abs(out.final - qwk) < 1e-9 and out.diff == 0.0
    assert out.verdict == "no clear difference"


def test_in_sample_verdicts_are_left_out_of_the_comparison():
    human, final, single, units, verdicts = _case(50, 3, [0.0, 1.0], 0.1, 0.1)
    verdicts = {(a, FLAG.id): {"final": v["final"], "keyword": (v["keyword"][0], None, "scored", IN_SAMPLE, "[]")}
                if int(a[1:]) < 20 else v for (a, _), v in verdicts.items()}
    out = _final_versus_scorers(FLAG, units, verdicts, ["keyword", "final"], [0.0, 1.0], 200, 0)["keyword"]
    assert out.n == 30

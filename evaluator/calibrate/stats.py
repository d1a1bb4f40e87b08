"""Agreement statistics between the evaluator's scores and human raters.

Pure functions over sequences of floats (labels or rubric levels); numpy and
scipy only.  Conventions used throughout:

* Scalar functions (:func:`cohen_kappa`, :func:`krippendorff_alpha`) return
  ``nan`` when the statistic is undefined; dict-returning functions report an
  undefined value as ``None`` (never ``0`` and never ``nan``) so the result is
  JSON-safe and cannot be mistaken for a real score.
* Empty input, length mismatches, missing values where none are allowed and
  values outside the declared labels/levels raise :class:`ValueError`.
* Values are matched to labels/levels with a relative tolerance of 1e-9, so a
  level of ``0.3`` still matches ``0.1 + 0.2`` read back from a database.
* Weighted kappas and the "adjacent" rate use the *index* distance between
  levels (as scikit-learn does), not the raw numeric difference.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from itertools import combinations
from typing import Any, Literal

import numpy as np
from scipy.stats import rankdata

Weights = Literal["linear", "quadratic"] | None
Level = Literal["nominal", "ordinal", "interval", "ratio"]

__all__ = [
    "binary_metrics",
    "bootstrap_ci",
    "cohen_kappa",
    "confusion",
    "krippendorff_alpha",
    "ordinal_metrics",
    "pairwise_rater_agreement",
    "rogan_gladen",
    "with_ci",
]

_TOL = 1e-9


# --------------------------------------------------------------------------- helpers

def _vector(x: Sequence[float], name: str) -> np.ndarray:
    """1-D finite float array; empty or missing values raise ValueError."""
    try:
        arr = np.asarray(x, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a sequence of numbers") from exc
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {arr.shape}")
    if arr.size == 0:
        raise ValueError(f"{name} is empty: at least one rated item is needed")
    if not np.isfinite(arr).all():
        raise ValueError(f"{name} contains missing or non-finite values")
    return arr


def _pair(a: Sequence[float], b: Sequence[float], names: tuple[str, str] = ("a", "b")) -> tuple[np.ndarray, np.ndarray]:
    x, y = _vector(a, names[0]), _vector(b, names[1])
    if x.size != y.size:
        raise ValueError(f"{names[0]} and {names[1]} differ in length ({x.size} vs {y.size})")
    return x, y


def _domain(labels: Sequence[float], name: str = "labels", sort: bool = False) -> np.ndarray:
    """Validated label array (order kept unless ``sort``); duplicates raise."""
    if labels is None or len(labels) == 0:
        raise ValueError(f"{name} must list at least one value")
    lab = _vector(labels, name)
    if np.unique(lab).size != lab.size:
        raise ValueError(f"{name} contain duplicates: {lab.tolist()}")
    return np.sort(lab) if sort else lab


def _encode(x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Index into ``labels`` of every value of ``x`` (tolerance 1e-9, relative)."""
    order = np.argsort(labels, kind="stable")
    srt = labels[order]
    pos = np.searchsorted(srt, x)
    exact = np.minimum(pos, srt.size - 1)
    if (srt[exact] == x).all():  # fast path: every value is exactly a label
        return order[exact]
    lo = np.clip(pos - 1, 0, srt.size - 1)
    hi = np.clip(pos, 0, srt.size - 1)
    pick = np.where(np.abs(srt[lo] - x) <= np.abs(srt[hi] - x), lo, hi)
    ok = np.abs(srt[pick] - x) <= _TOL * np.maximum(1.0, np.abs(x))
    if not ok.all():
        bad = np.unique(x[~ok])[:5].tolist()
        raise ValueError(f"values {bad} are not among the labels/levels {labels.tolist()}")
    return order[pick]


def _cm(ia: np.ndarray, ib: np.ndarray, k: int) -> np.ndarray:
    return np.bincount(ia * k + ib, minlength=k * k).reshape(k, k)


def _none(v: Any) -> float | None:
    """``None`` for None/nan, else a Python float."""
    if v is None:
        return None
    v = float(v)
    return None if math.isnan(v) else v


def _ratio(num: float, den: float) -> float | None:
    return None if den == 0 else float(num) / float(den)


# --------------------------------------------------------------------------- kappa

def _kappa_from_confusion(cm: np.ndarray, weights: Weights) -> float:
    """Cohen's kappa of a k×k confusion matrix (same formula as scikit-learn)."""
    if weights not in (None, "linear", "quadratic"):
        raise ValueError(f"weights must be None, 'linear' or 'quadratic', got {weights!r}")
    cm = np.asarray(cm, dtype=float)
    k = cm.shape[0]
    n = cm.sum()
    expected = np.outer(cm.sum(axis=1), cm.sum(axis=0)) / n
    d = np.subtract.outer(np.arange(k), np.arange(k)).astype(float)
    w = (d != 0).astype(float) if weights is None else (np.abs(d) if weights == "linear" else d * d)
    den = float((w * expected).sum())
    if den == 0.0:  # both raters used one and the same category for every item
        return 1.0 if np.trace(cm) == n else math.nan
    return float(1.0 - (w * cm).sum() / den)


def cohen_kappa(a: Sequence[float], b: Sequence[float], weights: Weights = None,
                labels: Sequence[float] | None = None) -> float:
    """Cohen's kappa, optionally linearly or quadratically weighted.

    Equals ``sklearn.metrics.cohen_kappa_score(a, b, weights=..., labels=...)``:
    ``labels`` (default: the sorted union of observed values) fixes the
    categories and, for weighted kappa, their order; weights use the index
    distance between labels.  Passing the full level range makes absent
    categories count.

    Degenerate case (scikit-learn returns nan): when chance disagreement is zero,
    i.e. both raters put every item in one and the same category, the result is
    ``1.0`` if the raters agree on every item, else ``nan``.

    Unlike scikit-learn, a value that is not in ``labels`` raises ValueError
    instead of silently dropping the item.
    """
    x, y = _pair(a, b)
    lab = np.unique(np.concatenate([x, y])) if labels is None else _domain(labels)
    return _kappa_from_confusion(_cm(_encode(x, lab), _encode(y, lab), lab.size), weights)


def confusion(a: Sequence[float], b: Sequence[float], labels: Sequence[float]) -> list[list[int]]:
    """Confusion matrix over ``labels`` (in the given order): rows = a (human), cols = b (scorer)."""
    x, y = _pair(a, b)
    lab = _domain(labels)
    return _cm(_encode(x, lab), _encode(y, lab), lab.size).tolist()


# --------------------------------------------------------------------------- binary

def rogan_gladen(observed_prevalence: float, tpr: float | None, tnr: float | None) -> float | None:
    """Rogan–Gladen prevalence estimate ``(p_obs + TNR - 1) / (TPR + TNR - 1)``, clipped to [0, 1].

    ``None`` when TPR or TNR is unknown or Youden's J = TPR + TNR - 1 is ≤ 0
    (the classifier is no better than chance, so it cannot be inverted).
    """
    if tpr is None or tnr is None:
        return None
    j = tpr + tnr - 1.0
    if j <= 0:
        return None
    return float(min(1.0, max(0.0, (observed_prevalence + tnr - 1.0) / j)))


def binary_metrics(human: Sequence[float], pred: Sequence[float]) -> dict[str, Any]:
    """Agreement of binary labels (0/1, human = reference, 1 = positive).

    Keys: n, agreement, precision, recall, f1, tpr, tnr, kappa, human_prevalence,
    observed_prevalence, corrected_prevalence, tp, fp, fn, tn.  Ratios with a
    zero denominator are ``None``; f1 = 2TP / (2TP + FP + FN).  kappa follows
    :func:`cohen_kappa` with labels (0, 1).  corrected_prevalence applies
    :func:`rogan_gladen` with the TPR/TNR measured on these same items — on the
    same sample this reproduces ``human_prevalence`` exactly (an identity); use
    :func:`rogan_gladen` directly to correct the scorer's prevalence on
    unlabelled data.
    """
    h, p = _pair(human, pred, ("human", "pred"))
    lab = np.array([0.0, 1.0])
    cm = _cm(_encode(h, lab), _encode(p, lab), 2)
    tn, fp, fn, tp = (int(v) for v in cm.ravel())
    n = tp + fp + fn + tn
    tpr, tnr = _ratio(tp, tp + fn), _ratio(tn, tn + fp)
    p_obs = (tp + fp) / n
    return {
        "n": n,
        "agreement": (tp + tn) / n,
        "precision": _ratio(tp, tp + fp),
        "recall": tpr,
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "tpr": tpr,
        "tnr": tnr,
        "kappa": _none(_kappa_from_confusion(cm, None)),
        "human_prevalence": (tp + fn) / n,
        "observed_prevalence": p_obs,
        "corrected_prevalence": rogan_gladen(p_obs, tpr, tnr),
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
    }


# --------------------------------------------------------------------------- correlation

def _pearson(x: np.ndarray, y: np.ndarray) -> float | None:
    """Pearson's r (== scipy.stats.pearsonr); None when n < 2 or a side is constant."""
    if x.size < 2 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return None
    xm, ym = x - x.mean(), y - y.mean()
    xm /= np.linalg.norm(xm)
    ym /= np.linalg.norm(ym)
    return float(np.clip(xm @ ym, -1.0, 1.0))


def _spearman(x: np.ndarray, y: np.ndarray) -> float | None:
    """Spearman's rho with average ranks for ties (== scipy.stats.spearmanr)."""
    if x.size < 2 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return None
    return _pearson(rankdata(x), rankdata(y))


# --------------------------------------------------------------------------- Krippendorff

def _distances(values: np.ndarray, n_v: np.ndarray, level: str) -> np.ndarray:
    """Squared difference function δ²(c, k) over the value domain."""
    k = values.size
    if level == "nominal":
        return 1.0 - np.eye(k)
    if level == "ordinal":
        idx = np.arange(k)
        lo, hi = np.minimum.outer(idx, idx), np.maximum.outer(idx, idx)
        cs = np.cumsum(n_v)
        between = cs[hi] - cs[lo] + n_v[lo]  # Σ_{g=lo..hi} n_g
        return (between - (n_v[lo] + n_v[hi]) / 2.0) ** 2
    diff = np.subtract.outer(values, values)
    if level == "interval":
        return diff ** 2
    if level == "ratio":
        s = np.add.outer(values, values)
        return np.divide(diff, s, out=np.zeros_like(diff), where=s != 0) ** 2
    raise ValueError(f"level must be 'nominal', 'ordinal', 'interval' or 'ratio', got {level!r}")


def _alpha_from_coincidences(o: np.ndarray, values: np.ndarray, level: str) -> float:
    """α = 1 − D_o / D_e from a coincidence matrix; nan when D_e = 0 (no variation)."""
    n_v = o.sum(axis=0)
    n = n_v.sum()
    d = _distances(values, n_v, level)
    e = (np.outer(n_v, n_v) - np.diag(n_v)) / (n - 1.0)
    d_e = float((e * d).sum())
    if d_e == 0.0:
        return math.nan
    return float(1.0 - (o * d).sum() / d_e)


def _reliability_matrix(data: Any) -> np.ndarray:
    try:
        mat = np.array([[math.nan if v is None else v for v in row] for row in data], dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError("data must be a raters × units matrix of numbers (None/nan = missing)") from exc
    if mat.ndim != 2 or mat.size == 0:
        raise ValueError("data must be a non-empty raters × units matrix")
    if np.isinf(mat).any():
        raise ValueError("data contains infinite values")
    return mat


def krippendorff_alpha(data: Sequence[Sequence[float | None]], level: Level = "nominal",
                       values: Sequence[float] | None = None) -> float:
    """Krippendorff's α for a reliability matrix (raters × units; None/nan = missing).

    Coincidence-matrix formulation: each unit with m_u ≥ 2 ratings adds
    (n_uc·n_uk − δ_ck·n_uc) / (m_u − 1) to o_ck; units with fewer ratings are
    not pairable and are ignored.  α = 1 − Σ o·δ² / Σ e·δ² with
    e_ck = (n_c·n_k − δ_ck·n_c) / (n − 1).  Equals ``krippendorff.alpha(
    reliability_data=data, level_of_measurement=level, value_domain=values)``.

    ``values`` is the value domain (default: the observed values); it is sorted,
    and data outside it raise ValueError.  For "ordinal" the ranks are over this
    domain: δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² runs over the domain in
    order, and domain values nobody used have n_g = 0, so they fix the order but
    add no mass (pass the rubric's level list).  Returns nan when there is no
    variation (D_e = 0, e.g. every rating is the same value); raises ValueError
    when no unit has ratings from two raters.
    """
    mat = _reliability_matrix(data)
    present = ~np.isnan(mat)
    obs = mat[present]
    if obs.size == 0:
        raise ValueError("data contains no ratings")
    domain = np.unique(obs) if values is None else _domain(values, "values", sort=True)
    _, unit = np.nonzero(present)
    n_units, k = mat.shape[1], domain.size
    counts = np.bincount(unit * k + _encode(obs, domain), minlength=n_units * k).reshape(n_units, k)
    m = counts.sum(axis=1)
    counts = counts[m >= 2].astype(float)
    if counts.shape[0] == 0:
        raise ValueError("no unit has ratings from at least two raters: α is not computable")
    weighted = counts / (m[m >= 2] - 1.0)[:, None]
    o = weighted.T @ counts - np.diag(weighted.sum(axis=0))
    return _alpha_from_coincidences(o, domain, level)


# --------------------------------------------------------------------------- ordinal

def ordinal_metrics(human: Sequence[float], pred: Sequence[float], levels: Sequence[float]) -> dict[str, Any]:
    """Agreement on an ordinal rubric scale ``levels`` (sorted ascending here).

    Keys: n, exact, adjacent (|index difference| ≤ 1 level step), qwk,
    linear_kappa (index-weighted, over all levels), pearson, spearman (None when
    a side is constant), alpha_ordinal, alpha_interval (Krippendorff's α with
    the two raters human and pred, domain = levels), mae, rmse (raw values),
    confusion (rows human, cols pred, over the sorted levels).  Undefined → None.
    """
    h, p = _pair(human, pred, ("human", "pred"))
    lev = _domain(levels, "levels", sort=True)
    ih, ip = _encode(h, lev), _encode(p, lev)
    cm = _cm(ih, ip, lev.size)
    o = (cm + cm.T).astype(float)  # coincidences of two raters with no missing values
    diff = h - p
    return {
        "n": int(h.size),
        "exact": float(np.mean(ih == ip)),
        "adjacent": float(np.mean(np.abs(ih - ip) <= 1)),
        "qwk": _none(_kappa_from_confusion(cm, "quadratic")),
        "linear_kappa": _none(_kappa_from_confusion(cm, "linear")),
        "pearson": _pearson(h, p),
        "spearman": _spearman(h, p),
        "alpha_ordinal": _none(_alpha_from_coincidences(o, lev, "ordinal")),
        "alpha_interval": _none(_alpha_from_coincidences(o, lev, "interval")),
        "mae": float(np.mean(np.abs(diff))),
        "rmse": float(np.sqrt(np.mean(diff * diff))),
        "confusion": cm.tolist(),
    }


# --------------------------------------------------------------------------- human baseline

def pairwise_rater_agreement(ratings: Mapping[str, Mapping[str, float]], levels: Sequence[float] | None,
                             binary: bool) -> dict[str, Any]:
    """Human–human baseline: agreement among several raters on shared units.

    ``ratings`` maps rater → {unit_id: value}; None/nan values count as not
    rated.  ``binary=True``: Cohen's κ per rater pair and nominal α over
    labels (0, 1) (``levels`` ignored).  Otherwise: QWK per pair and ordinal α
    over ``levels`` (inferred from the data when None).

    Returns ``mean_kappa`` (unweighted mean over pairs with a defined κ, None
    if none), ``kappa_weights`` (None or "quadratic"), ``n_pairs`` (rater
    pairs sharing ≥ 1 unit), ``n_units`` (units rated by ≥ 2 raters),
    ``n_raters``, ``alpha`` and ``alpha_level``, and ``pairs``: one
    ``{"raters": [r1, r2], "n_units", "kappa"}`` per pair, sorted by rater name.
    """
    clean: dict[str, dict[str, float]] = {}
    for rater in sorted(ratings, key=str):
        clean[rater] = {u: float(v) for u, v in ratings[rater].items() if v is not None and not math.isnan(float(v))}
    all_values = [v for r in clean.values() for v in r.values()]
    if not all_values:
        raise ValueError("ratings are empty: no rater rated any unit")
    if binary:
        lab, weights, level = np.array([0.0, 1.0]), None, "nominal"
    else:
        lab = np.unique(all_values) if levels is None else _domain(levels, "levels", sort=True)
        weights, level = "quadratic", "ordinal"
    pairs: list[dict[str, Any]] = []
    for ra, rb in combinations(clean, 2):
        common = sorted(clean[ra].keys() & clean[rb].keys(), key=str)
        if common:
            k = cohen_kappa([clean[ra][u] for u in common], [clean[rb][u] for u in common], weights, lab)
            pairs.append({"raters": [ra, rb], "n_units": len(common), "kappa": _none(k)})
    defined = [pr["kappa"] for pr in pairs if pr["kappa"] is not None]
    units = sorted({u for r in clean.values() for u in r}, key=str)
    mat = [[r.get(u) for u in units] for r in clean.values()]
    n_shared = sum(1 for j in range(len(units)) if sum(row[j] is not None for row in mat) >= 2)
    alpha = _none(krippendorff_alpha(mat, level, lab)) if n_shared else None
    return {
        "mean_kappa": float(np.mean(defined)) if defined else None,
        "kappa_weights": weights,
        "n_pairs": len(pairs),
        "n_units": n_shared,
        "n_raters": len(clean),
        "alpha": alpha,
        "alpha_level": level,
        "pairs": pairs,
    }


# --------------------------------------------------------------------------- bootstrap

def _cluster_resamples(clusters: Sequence[Hashable] | None, n: int, n_boot: int, seed: int) -> Iterator[np.ndarray]:
    """Yield ``n_boot`` index arrays, each a cluster bootstrap resample of ``range(n)``.

    Units are grouped once (argsort by cluster code → contiguous blocks with
    start offsets and sizes).  A replicate draws G cluster ids with replacement
    and expands them to unit indices in one vectorised step:
    ``order[repeat(start[d] - offset, size[d]) + arange(total)]`` — no Python
    loop over clusters or units.  ``clusters=None`` means one cluster per unit.
    """
    if n_boot < 1:
        raise ValueError(f"n_boot must be ≥ 1, got {n_boot}")
    if clusters is None:
        codes = np.arange(n)
    else:
        if len(clusters) != n:
            raise ValueError(f"clusters has {len(clusters)} entries for {n} units")
        ids: dict[Hashable, int] = {}
        codes = np.fromiter((ids.setdefault(c, len(ids)) for c in clusters), dtype=np.intp, count=n)
    order = np.argsort(codes, kind="stable")
    sizes = np.bincount(codes)
    starts = np.cumsum(sizes) - sizes
    g = sizes.size
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        drawn = rng.integers(0, g, size=g)
        lens = sizes[drawn]
        offsets = np.cumsum(lens) - lens
        yield order[np.repeat(starts[drawn] - offsets, lens) + np.arange(int(lens.sum()))]


def _valid(v: Any) -> bool:
    if v is None:
        return False
    try:
        return not math.isnan(float(v))
    except (TypeError, ValueError):
        return False


def _percentile_ci(vals: list[float], n_boot: int, alpha: float) -> tuple[float | None, float | None]:
    if not vals or 2 * len(vals) < n_boot:
        return None, None
    lo, hi = np.quantile(np.asarray(vals, dtype=float), [alpha / 2.0, 1.0 - alpha / 2.0])
    return float(lo), float(hi)


def bootstrap_ci(metric_fn: Callable[[Any], float | None], units: Sequence[Any],
                 clusters: Sequence[Hashable] | None, n_boot: int = 1000, alpha: float = 0.05,
                 seed: int = 0) -> tuple[float | None, float | None]:
    """Percentile cluster-bootstrap CI of ``metric_fn(resampled_units)``.

    Each replicate draws as many clusters as there are, with replacement, and
    all units of a drawn cluster enter together (a cluster drawn twice enters
    twice).  ``metric_fn`` receives a list of units (an array slice when
    ``units`` is a numpy array — the fastest route: pass unit indices and
    index precomputed arrays inside ``metric_fn``).  Replicates where it
    returns None/nan are skipped; (None, None) when fewer than half of the
    ``n_boot`` replicates are valid.  Deterministic for a given ``seed``
    (numpy PCG64), and :func:`with_ci` with the same seed uses the same
    resamples.  ``clusters=None`` gives the ordinary (unit-level) bootstrap.
    """
    if not 0.0 < alpha < 1.0:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    n = len(units)
    if n == 0:
        raise ValueError("units is empty: nothing to resample")
    as_array = isinstance(units, np.ndarray)
    vals: list[float] = []
    for idx in _cluster_resamples(clusters, n, n_boot, seed):
        sample = units[idx] if as_array else [units[i] for i in idx.tolist()]
        v = metric_fn(sample)
        if _valid(v):
            vals.append(float(v))
    return _percentile_ci(vals, n_boot, alpha)


def with_ci(metrics_fn: Callable[[np.ndarray, np.ndarray], Mapping[str, Any]], human: Sequence[float],
            pred: Sequence[float], clusters: Sequence[Hashable] | None, keys: Sequence[str],
            n_boot: int = 1000, seed: int = 0, alpha: float = 0.05) -> dict[str, Any]:
    """``metrics_fn(human, pred)`` plus ``<key>_ci: [lo, hi]`` for each of ``keys``.

    One shared set of cluster resamples serves every key (metrics_fn runs once
    per replicate), so all intervals come from the same replicates; per key,
    replicates whose value is None/nan are skipped as in :func:`bootstrap_ci`.
    ``metrics_fn`` is called with numpy float arrays.
    """
    if not 0.0 < alpha < 1.0:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    h, p = _pair(human, pred, ("human", "pred"))
    out = dict(metrics_fn(h, p))
    collected: dict[str, list[float]] = {k: [] for k in keys}
    for idx in _cluster_resamples(clusters, h.size, n_boot, seed):
        rep = metrics_fn(h[idx], p[idx])
        for k in keys:
            v = rep.get(k)
            if _valid(v):
                collected[k].append(float(v))
    for k in keys:
        out[f"{k}_ci"] = list(_percentile_ci(collected[k], n_boot, alpha))
    return out

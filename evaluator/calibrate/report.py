"""The HTML calibration report, rendered from a calibration document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ReportError
from ..fileio import write_text_atomic
from ..report.charts import forest, reliability
from ..report.render import environment
from .run import NOMINAL_KEYS

TABLE_KEYS = {"binary": ("agreement", "precision", "recall", "f1", "kappa", "human_prevalence", "observed_prevalence"),
              "nominal": NOMINAL_KEYS,
              "ordinal": ("exact", "adjacent", "qwk", "pearson", "spearman", "alpha_ordinal", "mae"),
              "interval": ("exact", "adjacent", "qwk", "pearson", "alpha_interval", "mae", "rmse")}
PRIMARY = {"binary": "kappa", "nominal": "kappa", "ordinal": "qwk", "interval": "qwk"}


def _view(item: dict[str, Any]) -> dict[str, Any]:
    primary = PRIMARY[item["scale"]]
    rows = []
    for name, r in item["scorers"].items():
        ci = r.get(f"{primary}_ci") or [None, None]
        rows.append((name, r.get(primary), ci[0], ci[1]))
    humans = item.get("humans")
    band = tuple(humans["mean_kappa_ci"]) if humans and humans.get("mean_kappa_ci") else None
    if humans:
        rows.append(("humans", humans.get("mean_kappa"), *(band or (None, None))))
    label = {"binary": "Cohen's κ", "nominal": "Cohen's κ"}.get(item["scale"], "quadratic weighted κ")
    scorers = [n for n in item["scorers"] if n != "final"]
    # with a single scorer, final's diagram would only repeat it
    plots = [(name, reliability(f"reliability: {name}", r["reliability"]))
             for name, r in item["scorers"].items() if r.get("reliability") and (name != "final" or len(scorers) > 1)]
    return {**item, "table_keys": TABLE_KEYS[item["scale"]], "forest": forest(f"{label} with 95% CI", rows, band),
            "reliability_plots": plots}


def render_calibration(document: dict[str, Any], report_dir: str | Path) -> Path:
    """Write ``calibration.html`` into ``report_dir``; returns its path."""
    out = Path(report_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        path = out / "calibration.html"
        html = environment().get_template("calibration.html.j2").render(
            doc=document, items=[_view(item) for item in document["items"]])
        write_text_atomic(path, html)
    except OSError as exc:
        raise ReportError(f"cannot write the calibration report: {exc.strerror}", path=str(out)) from exc
    return path


__all__ = ["render_calibration"]

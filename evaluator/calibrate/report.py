"""The HTML calibration report, rendered from a calibration document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ReportError
from ..fileio import write_text_atomic
from ..report.charts import ForestPlot, ReliabilityPlot, forest, reliability
from ..report.render import environment
from .document import Calibration, ItemCalibration
from .run import NOMINAL_KEYS

TABLE_KEYS = {"binary": ("agreement", "precision", "recall", "f1", "kappa", "human_prevalence", "observed_prevalence"),
              "nominal": NOMINAL_KEYS,
              "ordinal": ("exact", "adjacent", "qwk", "pearson", "spearman", "alpha_ordinal", "mae"),
              "interval": ("exact", "adjacent", "qwk", "pearson", "alpha_interval", "mae", "rmse")}
PRIMARY = {"binary": "kappa", "nominal": "kappa", "ordinal": "qwk", "interval": "qwk"}


@dataclass
class _ItemView:
    """One item's section of the report: its figures, the table's columns and the charts."""

    item: ItemCalibration
    table_keys: tuple[str, ...]
    forest: ForestPlot
    reliability_plots: list[tuple[str, ReliabilityPlot]]


def _view(item: ItemCalibration) -> _ItemView:
    primary = PRIMARY[item.scale]
    rows = []
    for name, r in item.scorers.items():
        ci = r.interval(primary) or [None, None]
        rows.append((name, r.figure(primary), ci[0], ci[1]))
    humans = item.humans
    band = tuple(humans.mean_kappa_ci) if humans and humans.mean_kappa_ci else None
    if humans:
        rows.append(("humans", humans.mean_kappa, *(band or (None, None))))
    label = {"binary": "Cohen's κ", "nominal": "Cohen's κ"}.get(item.scale, "quadratic weighted κ")
    scorers = [n for n in item.scorers if n != "final"]
    # with a single scorer, final's diagram would only repeat it
    plots = [(name, reliability(f"reliability: {name}", [b.to_dict() for b in r.reliability]))
             for name, r in item.scorers.items() if r.reliability and (name != "final" or len(scorers) > 1)]
    return _ItemView(item=item, table_keys=TABLE_KEYS[item.scale], forest=forest(f"{label} with 95% CI", rows, band),
                     reliability_plots=plots)


def render_calibration(document: Calibration, report_dir: str | Path) -> Path:
    """Write ``calibration.html`` into ``report_dir``; returns its path."""
    out = Path(report_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        path = out / "calibration.html"
        html = environment().get_template("calibration.html.j2").render(
            doc=document, items=[_view(item) for item in document.items])
        write_text_atomic(path, html)
    except OSError as exc:
        raise ReportError(f"cannot write the calibration report: {exc.strerror}", path=str(out)) from exc
    return path


__all__ = ["render_calibration"]

"""Inline SVG charts as plain geometry; the templates draw them (no JS, no CDN)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: float
    text: str


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    title: str
    baseline: float


def bar_chart(title: str, labels: list[str], values: list[float], *, width: int = 320,
              height: int = 140, fmt: str = "{:g}") -> BarChart:
    """Vertical bars scaled to the largest value, with room for labels under the axis."""
    top, bottom = 18, 28
    plot_h = height - top - bottom
    n = max(len(values), 1)
    slot = width / n
    peak = max(values, default=0) or 1
    bars = []
    for i, (label, value) in enumerate(zip(labels, values)):
        h = plot_h * value / peak
        bars.append(Bar(x=i * slot + slot * 0.15, y=top + plot_h - h, width=slot * 0.7, height=h,
                        label=label, value=value, text=fmt.format(value)))
    return BarChart(width=width, height=height, bars=bars, title=title, baseline=top + plot_h)


def histogram(title: str, values: list[float], levels: list[float]) -> BarChart:
    """Counts of candidate-level values per rubric level (values rounded to the nearest level)."""
    counts = [0] * len(levels)
    for value in values:
        nearest = min(range(len(levels)), key=lambda i: abs(levels[i] - value))
        counts[nearest] += 1
    return histogram_counts(title, counts, levels)


def histogram_counts(title: str, counts: list[int], levels: list[float]) -> BarChart:
    """A histogram whose counts per rubric level were computed elsewhere (in the database)."""
    return bar_chart(title, [f"{lv:g}" for lv in levels], counts)


@dataclass
class ForestRow:
    label: str
    y: float
    x: float | None
    lo: float | None
    hi: float | None
    text: str


@dataclass
class ForestPlot:
    width: int
    height: int
    rows: list[ForestRow]
    ticks: list[tuple[float, str]]
    title: str
    left: int
    band: tuple[float, float] | None  # the human–human interval, drawn behind the rows


def forest(title: str, rows: list[tuple[str, float | None, float | None, float | None]],
           band: tuple[float | None, float | None] | None = None, *, lo: float = -0.2, hi: float = 1.0,
           width: int = 460) -> ForestPlot:
    """Point estimates with 95% intervals on a shared axis (one row per scorer)."""
    left, right, top, step = 110, 20, 22, 24
    span = width - left - right

    def x(v: float) -> float:
        return left + span * (min(max(v, lo), hi) - lo) / (hi - lo)

    out = []
    for i, (label, value, ci_lo, ci_hi) in enumerate(rows):
        out.append(ForestRow(label, top + i * step + step / 2, None if value is None else x(value),
                             None if ci_lo is None else x(ci_lo), None if ci_hi is None else x(ci_hi),
                             "–" if value is None else f"{value:.2f}" + (
                                 f" [{ci_lo:.2f}, {ci_hi:.2f}]" if ci_lo is not None and ci_hi is not None else "")))
    ticks = [(x(t), f"{t:g}") for t in (-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1.0) if lo <= t <= hi]
    shaded = (x(band[0]), x(band[1])) if band and band[0] is not None and band[1] is not None else None
    return ForestPlot(width, top + len(rows) * step + 24, out, ticks, title, left, shaded)


@dataclass
class ReliabilityPlot:
    size: int
    points: list[tuple[float, float, float, str]]  # x, y, radius, tooltip
    title: str


def reliability(title: str, bins: list[dict], size: int = 220) -> ReliabilityPlot:
    """Mean predicted probability (x) against the observed rate (y) per bin; the diagonal is perfect."""
    pad = 24
    inner = size - 2 * pad
    total = sum(b["n"] for b in bins) or 1
    points = [(pad + inner * b["mean_predicted"], pad + inner * (1 - b["observed"]),
               2.5 + 9 * (b["n"] / total) ** 0.5,
               f"predicted {b['mean_predicted']:.2f}, observed {b['observed']:.2f} (n={b['n']})") for b in bins]
    return ReliabilityPlot(size, points, title)

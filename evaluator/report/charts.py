"""Inline SVG charts as plain geometry; the templates draw them (no JS, no CDN)."""

from __future__ import annotations

from dataclasses import dataclass, field


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


TITLE_BAND = 20  # px at the top of a bar chart for its title (11 px text, baseline at 13)
COUNT_BAND = 14  # px above the tallest bar for its count, so that a count never runs into the title
LABEL_CHARS = 22  # the templates truncate a bar's label to this many characters
CHAR_PX = 7.0  # generous width of one 11 px character: a chart is widened until its labels fit


def bar_chart(title: str, labels: list[str], values: list[float], *, width: int = 320,
              height: int = 156, fmt: str = "{:g}") -> BarChart:
    """Vertical bars scaled to the largest value, with room for the title and the counts above
    the bars and for labels under the axis."""
    top, bottom = TITLE_BAND + COUNT_BAND, 28
    plot_h = height - top - bottom
    n = max(len(values), 1)
    longest = min(max((len(label) for label in labels), default=0), LABEL_CHARS)
    width = max(width, round(n * (longest * CHAR_PX + 10)))  # labels side by side, never overlapping
    slot = width / n
    peak = max(values, default=0) or 1
    bars = []
    for i, (label, value) in enumerate(zip(labels, values)):
        h = plot_h * value / peak
        bars.append(Bar(x=i * slot + slot * 0.15, y=top + plot_h - h, width=slot * 0.7, height=h,
                        label=label, value=value, text=fmt.format(value)))
    return BarChart(width=width, height=height, bars=bars, title=title, baseline=top + plot_h)


def histogram(title: str, values: list[float], levels: list[float]) -> BarChart:
    """Counts of candidate-level values per rubric level (values rounded to the nearest level;
    halfway between two goes to the higher, as ``Criterion.nearest_level``)."""
    counts = [0] * len(levels)
    for value in values:
        nearest = min(range(len(levels)), key=lambda i: (abs(levels[i] - value), -levels[i]))
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
    left: float = 0.0  # the plot square: x of its left side, y of its top, side length
    top: float = 0.0
    inner: float = 0.0
    x_ticks: list[tuple[float, str]] = field(default_factory=list)  # (x, label) under the square
    y_ticks: list[tuple[float, str]] = field(default_factory=list)  # (y, label) left of the square


RELIABILITY_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


def reliability(title: str, bins: list[dict], size: int = 240) -> ReliabilityPlot:
    """Mean predicted probability (x) against the observed rate (y) per bin; the diagonal is perfect.

    Both axes run 0–1 with tick labels; the margins leave room for the title above, the y tick
    labels on the left and the x tick labels and axis name below (none overlap)."""
    left, top, right, bottom = 44, 24, 12, 36
    inner = min(size - left - right, size - top - bottom)
    total = sum(b["n"] for b in bins) or 1
    points = [(left + inner * b["mean_predicted"], top + inner * (1 - b["observed"]),
               2.5 + 9 * (b["n"] / total) ** 0.5,
               f"predicted {b['mean_predicted']:.2f}, observed {b['observed']:.2f} (n={b['n']})") for b in bins]
    return ReliabilityPlot(size, points, title, left=left, top=top, inner=inner,
                           x_ticks=[(left + inner * t, f"{t:g}") for t in RELIABILITY_TICKS],
                           y_ticks=[(top + inner * (1 - t), f"{t:g}") for t in RELIABILITY_TICKS])

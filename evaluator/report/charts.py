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
    return bar_chart(title, [f"{lv:g}" for lv in levels], counts)

"""Notes a verdict's reason can carry that other layers look for (kept here, at the bottom of the
package, so the store and the combiner can read them without importing the judge)."""

from __future__ import annotations

INJECTION_MARK = "[injection suspected"  # starts the note on a verdict; combine and the run warnings look for it
CONFIDENCE_CAP = 0.5  # the most confidence a judge verdict on such an answer keeps


def is_marked(reason: str) -> bool:
    """Whether a verdict's reason carries the injection note of :func:`evaluator.judge.injection.review_note`."""
    return INJECTION_MARK in reason


def note_detail(reason: str) -> str:
    """What the injection note in ``reason`` says was found (our check's finding, the judge's report)."""
    start = reason.find(INJECTION_MARK)
    if start < 0:
        return ""
    note = reason[start + len(INJECTION_MARK):].lstrip(": ")
    parts = [p for p in note.split("; ") if p.startswith(("our check found", "the judge reported"))]
    return "; ".join(parts)

"""The HTML audit report, rendered from an audit result."""

from __future__ import annotations

from pathlib import Path

from ..errors import ReportError
from ..fileio import write_text_atomic
from ..report.render import candidate_filename, environment
from .document import AuditResult


def render_audit(document: AuditResult, path: str | Path) -> Path:
    """Write the audit report to ``path`` (a file, or a folder that gets ``audit.html``)."""
    target = Path(path)
    if target.is_dir() or not target.suffix:
        target = target / "audit.html"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        html = environment().get_template("audit.html.j2").render(
            doc=document, candidate_href=lambda cid: "candidates/" + candidate_filename(cid))
        write_text_atomic(target, html)
    except OSError as exc:
        raise ReportError(f"cannot write the audit report: {exc.strerror}", path=str(target)) from exc
    return target


__all__ = ["render_audit"]

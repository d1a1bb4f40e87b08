"""HTML reports rendered from the database."""

from .render import ReportResult, candidate_filename, render_reports

__all__ = ["ReportResult", "candidate_filename", "render_reports"]

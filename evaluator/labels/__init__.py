"""Human labels: read and import them, resolve them to answers, generate rubrics for graded datasets,
measure agreement."""

from .agreement import ItemAgreement, LabelFile, LabelRow, ResolvedLabel, agreement, read_labels, resolve
from .importer import LabelImportSummary, import_labels
from .graded_rubric import graded_rubric
from .resolution import REASONS, Resolution, UnresolvedLabel, count_by_reason

__all__ = ["REASONS", "ItemAgreement", "LabelFile", "LabelImportSummary", "LabelRow", "ResolvedLabel", "Resolution",
           "UnresolvedLabel", "agreement", "count_by_reason", "graded_rubric", "import_labels", "read_labels",
           "resolve"]

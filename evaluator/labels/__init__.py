"""Human labels: read and import them, resolve them to answers, generate rubrics for graded datasets,
measure agreement."""

from .agreement import ItemAgreement, LabelFile, LabelRow, agreement, file_references, read_labels
from .importer import LabelImportSummary, import_labels
from .graded_rubric import graded_rubric
from .resolution import REASONS, References, Resolution, UnresolvedLabel, count_by_reason, reference_values

__all__ = ["REASONS", "ItemAgreement", "LabelFile", "LabelImportSummary", "LabelRow", "References", "Resolution",
           "UnresolvedLabel", "agreement", "count_by_reason", "file_references", "graded_rubric", "import_labels",
           "read_labels", "reference_values"]

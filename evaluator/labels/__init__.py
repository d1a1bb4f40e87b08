"""Human labels: read and import them, generate rubrics for graded datasets, measure agreement."""

from .agreement import ItemAgreement, LabelFile, LabelRow, ResolvedLabel, agreement, read_labels, resolve
from .importer import LabelImportSummary, import_labels
from .graded_rubric import graded_rubric

__all__ = ["ItemAgreement", "LabelFile", "LabelImportSummary", "LabelRow", "ResolvedLabel", "agreement",
           "graded_rubric", "import_labels", "read_labels", "resolve"]

"""Agreement with human raters: statistics, the calibration of a run, its HTML report."""

from .document import Calibration
from .run import calibrate

__all__ = ["Calibration", "calibrate"]

"""Agreement with human raters: statistics, the calibration of a run, its HTML report."""

from .run import calibrate

__all__ = ["calibrate"]

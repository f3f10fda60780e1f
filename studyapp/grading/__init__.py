"""Grading: multiple-choice picks by exact choice, typed answers by what they mean.

Qt-free: the UI only reads the :class:`Grade` (its verdict, note and character ``diff``).
"""

from studyapp.grading.text import DiffSegment, Grade, Verdict, diff_segments, grade_choice, normalize_answer, tolerance
from studyapp.grading.typed import grade_typed
from studyapp.grading.values import check_value

__all__ = [
    "DiffSegment",
    "Grade",
    "Verdict",
    "check_value",
    "diff_segments",
    "grade_choice",
    "grade_typed",
    "normalize_answer",
    "tolerance",
]

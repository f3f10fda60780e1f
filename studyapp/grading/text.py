"""Answers as text: normalisation (case, punctuation, diacritics, a leading article), the typo
allowance by length, the grade, and the character difference shown to the learner; and the grading
of a multiple-choice pick, which compares the chosen string exactly. Typed answers are graded in
``studyapp.grading.typed``, by value where the bank has one.

Qt-free: the UI only reads the `Grade` and renders its `diff`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz.distance import Levenshtein


class Verdict(Enum):
    EXACT = "exact"  # matches an accepted answer after normalisation
    CLOSE = "close"  # small typo tolerated (counts as right)
    WRONG = "wrong"
    EMPTY = "empty"  # nothing typed (counts as wrong)
    OVERRIDE = "override"  # graded wrong, marked right by the learner ("I was right")


@dataclass(frozen=True)
class DiffSegment:
    """One run of the difference between the response and the expected answer.

    `op` is "equal", "insert" (in the expected answer, missing from the response), "delete" (in the
    response, not expected) or "replace". `response` is '' for an insert, `expected` '' for a delete.
    """

    op: str
    response: str
    expected: str


@dataclass(frozen=True)
class Grade:
    verdict: Verdict
    correct: bool  # EXACT or CLOSE
    matched: str  # the accepted spelling that matched best, or the canonical answer when wrong / empty
    distance: int  # edit distance on normalised text to `matched`
    diff: tuple[DiffSegment, ...]  # response vs matched, character level (normalised when not exact)
    note: str = ""  # why it was judged so: "same date", "other spelling of Iturup", "small typo"


_ARTICLE = re.compile(r"^(?:the|a|an) (?=.)")
_SPACES = re.compile(r"\s+")


def _caseless(text: str) -> str:
    """Unicode compatibility caseless form: NFKD(casefold(NFKD(casefold(NFD(text)))))."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFD", text).casefold()).casefold()
    return unicodedata.normalize("NFKD", folded)


@lru_cache(maxsize=65536)
def normalize_answer(text: str) -> str:
    """The form answers are compared in.

    Diacritics and case are dropped; "&" reads "and"; every punctuation, symbol, dash or other
    non-letter, non-digit character separates words; runs of spaces collapse; a leading English
    article ("the", "a", "an") is dropped when something follows it. Invisible format characters
    (soft hyphen, zero-width joiners) are removed without separating.
    """
    kept: list[str] = []
    for ch in _caseless(text.replace("&", " and ")):
        category = unicodedata.category(ch)
        if category[0] == "M" or category == "Cf":
            continue
        kept.append(ch if category[0] in "LN" else " ")
    collapsed = _SPACES.sub(" ", "".join(kept)).strip()
    return _ARTICLE.sub("", collapsed)


def tolerance(expected_length: int) -> int:
    """Typos allowed for a normalised answer of this length."""
    if expected_length <= 3:
        return 0
    if expected_length <= 7:
        return 1
    if expected_length <= 15:
        return 2
    return 3


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _close_enough(said: str, target: str, distance: int) -> bool:
    """Whether a normalised response `distance` edits from normalised `target` passes as a typo."""
    if distance > tolerance(len(target)):
        return False
    if _digits(said) != _digits(target):
        return False  # numbers are never fuzzed
    is_short_prefix = target.startswith(said) and 2 * len(said) < len(target)
    return not is_short_prefix


def diff_segments(response: str, expected: str) -> tuple[DiffSegment, ...]:
    """Character-level runs turning `response` into `expected`; adjacent runs of one kind are merged.

    Joining the `response` parts gives `response` back, joining the `expected` parts gives `expected`.
    """
    segments: list[DiffSegment] = []
    for op in Levenshtein.opcodes(response, expected):
        piece = DiffSegment(op.tag, response[op.src_start : op.src_end], expected[op.dest_start : op.dest_end])
        if segments and segments[-1].op == piece.op:
            last = segments[-1]
            segments[-1] = DiffSegment(piece.op, last.response + piece.response, last.expected + piece.expected)
        else:
            segments.append(piece)
    return tuple(segments)


def grade_choice(chosen: str | None, answer: str) -> Grade:
    """Grade a multiple-choice pick: exact string comparison; `None` (or '') means nothing was chosen.

    The comparison being exact, `distance` here is on the strings as given.
    """
    if not chosen:
        return Grade(Verdict.EMPTY, False, answer, len(answer), diff_segments("", answer))
    if chosen == answer:
        return Grade(Verdict.EXACT, True, answer, 0, diff_segments(chosen, answer))
    return Grade(Verdict.WRONG, False, answer, Levenshtein.distance(chosen, answer), diff_segments(chosen, answer))

"""Lenient grading of typed answers, and the character difference shown to the learner.

A typed answer is right when, after normalisation (case, punctuation, diacritics, a leading
article), it equals the answer or any accepted spelling; or when it is within a small number of
typos (Levenshtein distance, `rapidfuzz`) of one — except that digits are never fuzzed: "1956"
is not "1965". Multiple-choice answers compare the chosen string exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from rapidfuzz.distance import Levenshtein


class Verdict(Enum):
    EXACT = "exact"
    CLOSE = "close"
    WRONG = "wrong"
    EMPTY = "empty"


@dataclass(frozen=True)
class DiffSegment:
    """One run of the difference: "equal", "insert" (missing from the response), "delete" (extra), "replace"."""

    op: str
    response: str
    expected: str


@dataclass(frozen=True)
class Grade:
    verdict: Verdict
    correct: bool
    matched: str
    distance: int
    diff: tuple[DiffSegment, ...]


_ARTICLE = re.compile(r"^(the|a|an) (?=\S)")
_SPACES = re.compile(r"\s+")


def normalize_answer(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category.startswith("M"):
            continue
        kept.append(ch if category[0] in "LN" else " ")
    folded = _SPACES.sub(" ", "".join(kept).casefold()).strip()
    return _ARTICLE.sub("", folded)


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


def diff_segments(response: str, expected: str) -> tuple[DiffSegment, ...]:
    """Character-level runs turning `response` into `expected`; adjacent runs of one kind are merged."""
    segments: list[DiffSegment] = []
    for op in Levenshtein.opcodes(response, expected):
        tag = op.tag
        piece = DiffSegment(tag, response[op.src_start : op.src_end], expected[op.dest_start : op.dest_end])
        if segments and segments[-1].op == tag:
            last = segments[-1]
            segments[-1] = DiffSegment(tag, last.response + piece.response, last.expected + piece.expected)
        else:
            segments.append(piece)
    return tuple(segments)


def grade_typed(response: str, answer: str, accepted: Sequence[str]) -> Grade:
    spellings = list(dict.fromkeys([answer, *accepted]))
    said = normalize_answer(response)
    if not said:
        return Grade(Verdict.EMPTY, False, answer, len(normalize_answer(answer)), diff_segments(response, answer))
    best: tuple[int, str] | None = None
    for spelling in spellings:
        target = normalize_answer(spelling)
        if not target:
            continue
        if said == target:
            return Grade(Verdict.EXACT, True, spelling, 0, diff_segments(response, spelling))
        distance = Levenshtein.distance(said, target)
        if best is None or distance < best[0]:
            best = (distance, spelling)
    if best is None:
        return Grade(Verdict.WRONG, False, answer, len(said), diff_segments(response, answer))
    distance, spelling = best
    target = normalize_answer(spelling)
    close = (
        distance <= tolerance(len(target))
        and _digits(said) == _digits(target)
        and not (target.startswith(said) and len(said) * 2 < len(target))
    )
    verdict = Verdict.CLOSE if close else Verdict.WRONG
    return Grade(verdict, close, spelling, distance, diff_segments(response, spelling))


def grade_choice(chosen: str | None, answer: str) -> Grade:
    if chosen is None or chosen == "":
        return Grade(Verdict.EMPTY, False, answer, len(answer), ())
    if chosen == answer:
        return Grade(Verdict.EXACT, True, answer, 0, (DiffSegment("equal", chosen, answer),))
    return Grade(Verdict.WRONG, False, answer, Levenshtein.distance(chosen, answer), ())

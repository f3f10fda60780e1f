"""Wrong choices of the same type and form as the key, from the same topic and era.

A distractor is plausible to someone who has not read the article, never also true, and never a
visible multiple of the key (×2, ×1.5, ÷2 give a figure away to anyone who spots the pattern).
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from studyapp.pipeline import dates as D
from studyapp.pipeline.numbers import NumberMention, format_like, number_words_near
from studyapp.pipeline.text import normalize

T = TypeVar("T")
_VISIBLE_RATIOS = (0.1, 0.25, 0.5, 2.0, 3.0, 4.0, 10.0, 1.5, 2 / 3, 100.0, 0.01)


def rotated(items: list[T], seed: str) -> Iterator[T]:
    """All of ``items``, starting at a position chosen by ``seed``: variety without randomness."""
    if not items:
        return iter(())
    start = int(hashlib.sha1(seed.encode("utf-8")).hexdigest()[:8], 16) % len(items)
    return itertools.chain(items[start:], items[:start])


def pick(
    candidates: Iterable[str], exclude: Iterable[str], n: int, seed: str, *, keep_order: bool = False
) -> list[str]:
    """Up to ``n`` distinct candidates, none equal to or contained in an excluded answer.

    Candidates come most plausible first and are consumed lazily; a pool of twice ``n`` is then
    shuffled by ``seed`` so the same bank always gets the same choices.
    """
    banned = {normalize(x) for x in exclude}
    padded = [f" {b} " for b in banned]
    seen: set[str] = set()
    pool: list[str] = []
    for c in candidates:
        k = normalize(c)
        if not k or k in banned or k in seen:
            continue
        if any(f" {k} " in b or f" {b.strip()} " in f" {k} " for b in padded):
            continue  # "President" is half right when the answer is "former President"
        seen.add(k)
        pool.append(c)
        if len(pool) >= (n if keep_order else n * 2):
            break
    if not keep_order:
        random.Random(seed).shuffle(pool)
    return pool[:n]


def is_visible_multiple(value: float, key: float) -> bool:
    if key == 0 or value == 0:
        return False
    ratio = value / key
    return any(abs(ratio - r) < 1e-6 for r in _VISIBLE_RATIOS)


# -- dates --------------------------------------------------------------------------------------
def _year(value: str) -> int | None:
    m = re.match(r"(\d{4})", value)
    return int(m.group(1)) if m else None


def date_distractors(value: str, precision: str, corpus: list[str], seed: str) -> list[str]:
    """Dates of the same precision and era: corpus dates first (the era the course is about),
    then dates a few years or months away. ``corpus`` holds normalised values."""
    year = _year(value)
    if year is None:
        return []
    if precision == "month":
        return balanced_months(value, seed)
    window = 30 if precision == "year" else 4
    same_era = [
        D.display(v)
        for v in rotated(corpus, seed)
        if v != value and (y := _year(v)) is not None and abs(y - year) <= window and _precision(v) == precision
    ]
    near: list[str] = []
    if precision == "year":
        near = [str(year + d) for d in (-4, 3, -7, 6, -2, 9, -11, 1)]
    elif precision in ("month", "day", "range"):
        for dy, dm in ((0, -3), (-1, 0), (0, 2), (1, 0), (-2, 0), (0, -5), (0, 4)):
            shifted = _shift(value, dy, dm)
            if shifted:
                near.append(D.display(shifted))
    return [d for d in dict.fromkeys(same_era[:4] + near) if d != D.display(value)]


def balanced_months(value: str, seed: str) -> list[str]:
    """Three wrong month-and-year choices in which every month and every year shown appears
    exactly twice (August 1945, August 1944, May 1945, May 1944): no pattern points to the key."""
    year, month = int(value[:4]), int(value[5:7])
    offsets = [d for d in (-3, 2, -5, 4, 3, -2) if 1 <= month + d <= 12]
    other_month = month + offsets[int(hashlib.sha1(seed.encode()).hexdigest()[:4], 16) % len(offsets)]
    other_year = year + (-1 if int(hashlib.sha1(seed.encode()).hexdigest()[4:6], 16) % 2 else 1)
    return [
        D.display(f"{y:04d}-{m:02d}") for y, m in ((other_year, month), (year, other_month), (other_year, other_month))
    ]


def balanced_pairs(first: str, second: str, others: list[str]) -> list[str]:
    """Three wrong pairs in which each place appears exactly twice among the four choices:
    (A, B) key, then (C, D), (A, C), (B, D)."""
    if len(others) < 2:
        return []
    c, d = others[0], others[1]
    return [f"{c} and {d}", f"{first} and {c}", f"{d} and {second}"]


def _precision(value: str) -> str:
    if "/" in value:
        return "range"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    return "other"


def _shift(value: str, dy: int, dm: int) -> str | None:
    def move(part: str) -> str:
        y, m = int(part[:4]) + dy, int(part[5:7]) + dm
        while m < 1:
            y, m = y - 1, m + 12
        while m > 12:
            y, m = y + 1, m - 12
        return f"{y:04d}-{m:02d}{part[7:]}"

    try:
        shifted = "/".join(move(p) for p in value.split("/"))
        D.display(shifted)
        return shifted
    except (ValueError, IndexError):
        return None


# -- numbers ------------------------------------------------------------------------------------
def number_distractors(like: NumberMention) -> list[str]:
    """Figures in the key's own form ("$2.5bn", "31 percent", "eight-point"), none a visible
    multiple of it, nearest first."""
    value = like.value
    if not re.search(r"\d", like.surface):  # "seventy", "a dozen", "eight-point": other number words
        values = [float(v) for v in number_words_near(value)]
    elif like.unit == "percent" and value < 10:
        values = [round(value * k, 1) for k in (0.4, 1.7, 2.6, 1.3, 3.4)]
    elif like.unit == "percent":
        values = [round(value + d, 1) for d in (-7, 5, -12, 9, 14, -4, 3)]
        values = [v for v in values if 0 < v < 100]
    elif value == int(value) and value < 30:
        values = [value + d for d in (2, -3, 4, -2, 5, 3, -1, 1)]
        values = [v for v in values if v > 0]
    else:
        values = [value * k for k in (0.6, 1.4, 0.7, 1.8, 1.3, 0.35, 2.6)]
    out = []
    for v in values:
        if is_visible_multiple(v, value):
            continue
        out.append(format_like(_round_like(v, value), like))
    return [o for o in dict.fromkeys(out) if normalize(o) != normalize(like.surface)]


def _round_like(v: float, key: float) -> float:
    """Keep the key's precision: 80 -> 50, not 48.0; 21.3 -> 12.8."""
    if key == int(key):
        magnitude = 10 ** max(0, len(str(int(key))) - 2)
        return float(max(1, round(v / magnitude)) * magnitude)
    return round(v, 1)

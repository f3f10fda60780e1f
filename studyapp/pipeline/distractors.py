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
def year_distractors(
    year: int,
    corpus: list[str],
    seed: str,
    latest: int | None = None,
    *,
    wide: bool = False,
    earliest: int | None = None,
    person: bool = False,
) -> list[str]:
    """Years of the same era: the years the articles give as dates (within 30 years of the key)
    first, then years a few away; none after ``latest`` (the article's year: a year still to come
    is no choice), none at or before ``earliest`` (a deadline's pledge: "by 1993" for a 1997 pledge
    gives itself away). ``corpus`` holds normalised date values. ``wide`` adds more years before the
    key, for a key near the article's own year whose near years are mostly taken. A ``person``'s act
    gets wrong years a few either side of it only: a man's term or life rules out a year a decade
    away ("In what year did John F. Kennedy agree …?" beside 1952 and 1969 is answered by knowing
    when he was president; both blind reviewers of sets 224-225 failed it)."""
    before, after = (-4, 3) if person else (-30, 30)
    same_era = [
        v
        for v in rotated(corpus, seed)
        if re.fullmatch(r"\d{4}", v) and v != str(year) and before <= int(v) - year <= after
    ]
    if person:
        offsets: tuple[int, ...] = (-2, 2, -3, -4, 3) + ((-5, -6) if wide else ())
    else:
        offsets = (-4, 3, -7, 6, -2, 9, -11, 1) + ((-5, -8, -3, -13, -6, -9) if wide else ())
    near = [str(year + d) for d in offsets]
    years = list(dict.fromkeys(same_era[:4] + near))
    return [
        y for y in years if (latest is None or int(y) <= max(latest, year)) and (earliest is None or int(y) > earliest)
    ]


def balanced_pairs(first: str, second: str, others: list[str]) -> list[str]:
    """Three wrong pairs in which each place appears exactly twice among the four choices:
    (A, B) key, then (C, D), (A, C), (B, D)."""
    if len(others) < 2:
        return []
    c, d = others[0], others[1]
    return [f"{c} and {d}", f"{first} and {c}", f"{d} and {second}"]


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
    """Keep the key's precision: 17,000 -> 24,000 but 17,291 -> 24,207; 21.3 -> 12.8."""
    if key == int(key):
        # rounded like the key: "17,291" among "24,000" and "10,000" is the one exact figure (a blind
        # review failed it as a giveaway), so an exact key gets exact wrong figures
        digits = str(int(key))
        exact = 10 ** (len(digits) - len(digits.rstrip("0")))
        magnitude = min(10 ** max(0, len(digits) - 2), exact)
        return float(max(1, round(v / magnitude)) * magnitude)
    return round(v, 1)

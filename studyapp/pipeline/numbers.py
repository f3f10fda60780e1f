"""Key figures: counts, money amounts, percentages and populations written in prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_SCALE = {"bn": 1e9, "billion": 1e9, "million": 1e6, "m": 1e6, "trillion": 1e12, "tn": 1e12, "thousand": 1e3}
_QUALIFIER = r"(?:some|around|about|roughly|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least)"
_NUMBER = re.compile(
    r"(?<![\w.,/\[-])(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:bn|billion|million|trillion|tn|thousand)\b|m\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?(?![\w:/]|\.\d|-(?!point))"
)
_WORD_NUMBER = re.compile(
    rf"\b(?P<qual>{_QUALIFIER}\s+)?(?P<word>(?:a\s+|(?:two|three|four|five|six|several)\s+)?dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?P<hy>-point)?\b",
    re.I,
)
_COUNTED = re.compile(r"\s+(?P<noun>(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*?s)\b")
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "at",
    "and",
    "or",
    "by",
    "for",
    "with",
    "from",
    "is",
    "was",
    "were",
    "are",
}


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    surface: str
    value: float
    unit: str  # "percent", a currency sign, or ""
    counted: str  # the noun phrase counted ("new commercial accords"), may be ""


def _counted(text: str, end: int) -> str:
    m = _COUNTED.match(text, end)
    if not m:
        return ""
    words = m.group("noun").split()
    if any(w in _STOP for w in words):
        words = words[: next(i for i, w in enumerate(words) if w in _STOP)]
    return " ".join(words) if words and words[-1].endswith("s") else ""


def find_numbers(text: str, skip: list[tuple[int, int]] | None = None) -> list[NumberMention]:
    skip = skip or []
    out: list[NumberMention] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in skip) and not any(s < o.end and o.start < e for o in out)

    for m in _NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if m.group("cur") is None:
            s = m.start("num")
        if not free(s, e):
            continue
        raw = m.group("num").replace(",", "")
        if len(raw) > 18:
            continue  # a run of digits, not a figure anyone writes (and past float's exact range)
        value = float(raw)
        scale = (m.group("scale") or "").strip().lower()
        if scale:
            value *= _SCALE[scale]
        unit = "percent" if m.group("pct") else (m.group("cur") or "")
        counted = "" if unit else _counted(text, e)
        if not unit and not counted and not scale:
            continue  # a bare number with nothing counted: a reference, a list marker...
        if text[max(0, s - 1) : s] in ("G", "#") or re.match(r"\d+(?:st|nd|rd|th)\b", text[s:]):
            continue
        out.append(NumberMention(s, e, text[s:e], value, unit, counted))
    for m in _WORD_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        word = m.group("word").lower().replace("a ", "").strip()
        # "two dozen projects" is one figure, 24 (the "dozen" alone had been asked, a blind review of sets
        # 278-279); "several dozen" is no figure anyone can give
        times, _, word = word.rpartition(" ")
        if times == "several":
            continue
        value = float(_WORDS[word]) * (_WORDS[times] if times else 1)
        counted = _counted(text, e)
        if m.group("hy"):
            nm = re.match(r"\s+[\w-]+\s+\w+", text[e:])
            counted = f"point {nm.group(0).strip()}" if nm else "point"
        if not counted or not free(s, e):
            continue
        if value <= 4 and not m.group("qual"):
            continue  # "two countries", "four islands": too common to be a key figure
        if m.group("qual"):
            s = m.start("word")
        out.append(NumberMention(s, e, text[s:e], value, "", counted))
    return sorted(out, key=lambda n: n.start)


def format_like(value: float, like: NumberMention) -> str:
    """Write ``value`` in the style of ``like`` ("$2.5bn", "31 percent", "17,000")."""
    surface = like.surface
    m = re.search(r"\d[\d,]*(?:\.\d+)?", surface)
    if not m:
        words = {v: k for k, v in _WORDS.items() if k != "dozen"}
        word = words.get(int(value), str(int(value)))
        return re.sub(r"^(?:a\s+)?\w+", word, surface, count=1)
    digits = m.group(0)
    scale_m = re.search(r"(bn|billion|million|trillion|tn|thousand|m)\b", surface[m.end() :])
    scale = _SCALE[scale_m.group(1)] if scale_m else 1.0
    shown = value / scale
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    if abs(shown - round(shown)) < 1e-9:
        decimals = 0
    elif decimals == 0:
        decimals = 1
    text = f"{shown:,.{decimals}f}" if "," in digits else f"{shown:.{decimals}f}"
    return surface[: m.start()] + text + surface[m.end() :]


def number_words_near(value: float) -> list[int]:
    """Values that have a number word, ordered by closeness to ``value`` (for "seventy", "eight-point")."""
    values = sorted({v for w, v in _WORDS.items() if w not in ("dozen", "hundred") and v != value})
    return sorted(values, key=lambda v: (abs(v - value), v))

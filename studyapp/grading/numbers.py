"""Read a typed figure: "68", "sixty-eight", "a dozen", "31%", "31 per cent", "0.8 percent",
"$21.3bn", "21.3 billion dollars", "US$ 21,300 million", "more than 100".

A reading is a value (scale applied), a unit (``percent``, a currency code, or "") and whether a
qualifier ("more than", "about") was written. The decimal point counts: "2.13" is not "21.3".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_ONES = tuple(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ONES)} | _TENS | {"dozen": 12, "a dozen": 12}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
}
SCALE_WORDS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "rub": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
}
_QUALIFIERS = re.compile(
    r"^(?:more\s+than|over|at\s+least|less\s+than|under|fewer\s+than|about|around|some|roughly|nearly|"
    r"almost|approximately|approx\.?|an?\s+estimated|up\s+to|~|c\.)\s*",
    re.I,
)


@dataclass(frozen=True)
class NumberReading:
    value: float
    unit: str = ""  # "percent", "USD", "EUR", ... or ""
    qualified: bool = False


def unit_code(sign: str) -> str:
    """The unit code for a sign or word as the pipeline records it ("$", "percent", "€")."""
    s = sign.strip().lower()
    if s in ("%", "percent", "per cent", "pc"):
        return "percent"
    return _CURRENCIES.get(s, s.upper() if s else "")


def _words_value(text: str) -> float | None:
    t = text.replace("-", " ").strip()
    if t in WORD_VALUES:
        return float(WORD_VALUES[t])
    parts = t.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in WORD_VALUES and WORD_VALUES[parts[1]] < 10:
        return float(_TENS[parts[0]] + WORD_VALUES[parts[1]])
    return None


_CURRENCY_BEFORE = re.compile(r"^(us\$|\$|€|£|¥|usd|eur|gbp|jpy|rub)\s*", re.I)
_BODY = re.compile(
    r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*"
    r"(?P<scale>hundred|thousand|million|billion|trillion|mln|mn|bn|tn|tr|k|m|b)?\b\s*(?P<rest>.*)$",
    re.I,
)


def read_number(text: str) -> NumberReading | None:
    """The figure ``text`` writes, or None."""
    t = re.sub(r"\s+", " ", text.strip().lower()).rstrip(".!?")
    qualified = False
    q = _QUALIFIERS.match(t)
    if q:
        qualified, t = True, t[q.end() :]
    unit = ""
    cur = _CURRENCY_BEFORE.match(t)
    if cur:
        unit, t = unit_code(cur.group(1)), t[cur.end() :]
    m = _BODY.match(t)
    if m:
        value = float(m.group("num").replace(",", ""))
        rest = m.group("rest").strip()
        scale = (m.group("scale") or "").lower()
    else:
        words = re.match(r"^((?:a\s+)?[a-z]+(?:[- ][a-z]+)?)\b\s*(.*)$", t)
        if not words:
            return None
        head, rest = words.group(1), words.group(2)
        word_value = _words_value(head.removeprefix("a ") if head != "a dozen" else head)
        if word_value is None:
            # "sixty eight percent": try the first word alone
            first = head.split()[0]
            word_value = _words_value(first)
            if word_value is None:
                return None
            rest = f"{head[len(first) :]} {rest}".strip()
        value, scale = word_value, ""
        sc = re.match(r"^(hundred|thousand|million|billion|trillion)\b\s*(.*)$", rest)
        if sc:
            scale, rest = sc.group(1), sc.group(2)
    if scale:
        value *= SCALES[scale]
    rest = rest.strip()
    if rest:
        if rest in ("%", "percent", "per cent", "pc"):
            unit = unit or "percent"
        elif rest in _CURRENCIES or rest in ("us dollars", "u.s. dollars", "american dollars"):
            if unit and unit != unit_code(rest.split()[-1]):
                return None
            unit = unit_code(rest.split()[-1])
        else:
            return None  # "68 accords" is read by the caller, which strips the counted noun
    if not math.isfinite(value):
        return None
    return NumberReading(value, unit, qualified)


def same_number(said: NumberReading, key: NumberReading) -> bool:
    """Same value (to 9 significant digits) and no conflicting unit; a missing unit is forgiven."""
    if not math.isclose(said.value, key.value, rel_tol=1e-9, abs_tol=1e-12):
        return False
    return not (said.unit and key.unit and said.unit != key.unit)

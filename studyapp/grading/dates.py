"""Read a typed date in any common written form: "1956", "in 1941", "Dec. 2016", "December of 2016",
"26/12/2016", "the 26th of December 2016", "2016-12-26", "15-16 Dec 2016", "December 15–16, 2016".

A reading keeps what was written (year, month, day, and the last day of a range). A numeric
day/month order is read only where it is unambiguous: "26/12/2016" is 26 December, "5/6/2016" is
not read at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_ABBREVIATIONS = {name[:3]: n for name, n in MONTHS.items()} | {"sept": 9}
MONTH_WORDS = frozenset(MONTHS) | frozenset(_ABBREVIATIONS)
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


@dataclass(frozen=True)
class DateReading:
    year: int
    month: int | None = None
    day: int | None = None
    last_day: int | None = None  # a range "15–16 December": 16
    two_digit: bool = False  # "'93": the century is the reader's to supply

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


_MONTH = (
    r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE = r"\s*(?:-|–|—|to|and|through|until)\s*"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_LEAD = r"^(?:(?:in|on|of|by|the|year|date|since|from|during|around|about|c|circa|ad|ce|a\.d\.)(?:\b|(?<=\.))\.?\s*)*"
_TRAIL = r"\s*(?:ad|ce|a\.d\.)?\s*$"


def _month(text: str) -> int:
    t = text.lower().rstrip(".")
    return MONTHS.get(t) or _ABBREVIATIONS[t[:4] if t.startswith("sept") else t[:3]]


def _compile(body: str) -> re.Pattern[str]:
    return re.compile(_LEAD + body + _TRAIL, re.I)


_M, _M2 = _MONTH.format("month"), _MONTH.format("month2")
_D, _D2 = _DAY.format("day"), _DAY.format("day2")
_PATTERNS = [
    _compile(_YEAR),
    _compile(rf"{_M}(?:\s+of|,)?\s+{_YEAR}"),
    # "December 15, 2016", "December 15th 2016", "December 15–16, 2016"
    _compile(rf"{_M}\s+{_D}(?:{_RANGE}{_D2})?,?\s+{_YEAR}"),
    # "15 December 2016", "the 15th of December, 2016", "15-16 Dec 2016"
    _compile(rf"{_D}(?:{_RANGE}(?:the\s+)?{_D2})?(?:\s+of)?\s+{_M},?\s+{_YEAR}"),
    _compile(r"(?P<year>1\d{3}|20\d{2})-(?P<nmonth>[01]?\d)(?:-(?P<nday>[0-3]?\d))?"),
]
_NUMERIC = _compile(r"(?P<a>[0-3]?\d)\s*[/.]\s*(?P<b>[0-3]?\d)\s*[/.]\s*(?P<year>1\d{3}|20\d{2})")
_MONTH_YEAR_NUMERIC = _compile(r"(?P<nmonth>[01]?\d)\s*[/.]\s*(?P<year>1\d{3}|20\d{2})")


def _valid(r: DateReading) -> bool:
    if r.month is not None and not 1 <= r.month <= 12:
        return False
    return all(d is None or 1 <= d <= 31 for d in (r.day, r.last_day))


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _below_hundred(words: list[str]) -> int | None:
    if len(words) == 1:
        w = words[0]
        if w in _UNITS:
            return _UNITS.index(w)
        if w in _TEENS:
            return 10 + _TEENS.index(w)
        return _TENS.get(w)
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS[1:]:
        return _TENS[words[0]] + _UNITS.index(words[1])
    return None


def year_in_words(text: str) -> int | None:
    """ "nineteen forty-five" -> 1945, "two thousand nine" -> 2009, "nineteen hundred" -> 1900."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _below_hundred(words[2:]) if words[2:] else 0
        return 2000 + rest if rest is not None else None
    if not words or (words[0] not in _TEENS and words[0] != "twenty"):
        return None
    century = _below_hundred(words[:1])
    if century is None:
        return None
    if words[1:] == ["hundred"]:
        return century * 100
    after = words[1:]
    if after[:1] == ["oh"] and len(after) == 2 and after[1] in _UNITS[1:]:
        return century * 100 + _UNITS.index(after[1])
    tail = _below_hundred(after)
    return century * 100 + tail if tail is not None and tail >= 10 else None


def read_date(text: str) -> DateReading | None:
    """The date ``text`` writes, or None when it is not a date (or its day/month order is ambiguous)."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = re.sub(r"\s*\b(?:a\.d\.|ad|c\.e\.|ce)$", "", t).rstrip(".!?")  # "1959 A.D.", "1959 AD"
    t = t.replace("’", "'").replace("‘", "'")
    t = re.sub(_LEAD, "", t)
    spelled = year_in_words(t)
    if spelled is not None:
        return DateReading(spelled)
    two = re.fullmatch(r"'(\d\d)", t)
    if two:
        return DateReading(int(two.group(1)), two_digit=True)
    for pattern in _PATTERNS:
        m = pattern.match(t)
        if not m:
            continue
        g = m.groupdict()
        month = _month(g["month"]) if g.get("month") else int(g["nmonth"]) if g.get("nmonth") else None
        day = g.get("day") or g.get("nday")
        last = g.get("day2")
        reading = DateReading(int(g["year"]), month, int(day) if day else None, int(last) if last else None)
        return reading if _valid(reading) else None
    m = _NUMERIC.match(t)
    if m:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if a > 12 and b <= 12:
            return DateReading(year, b, a)
        if b > 12 and a <= 12:
            return DateReading(year, a, b)
        if a == b and a <= 12:
            return DateReading(year, a, a)
        return None  # 5/6/2016: May or June?
    m = _MONTH_YEAR_NUMERIC.match(t)
    if m:
        reading = DateReading(int(m.group("year")), int(m.group("nmonth")))
        return reading if _valid(reading) else None
    return None


def same_date(said: DateReading, key: DateReading) -> bool:
    """Right when it agrees with the key at the key's precision; a more precise right date is right,
    a less precise one is not. A day inside the key's range is right; a range must match the key's."""
    if said.year != (key.year % 100 if said.two_digit else key.year):
        return False
    if key.month is None:
        return True
    if said.month != key.month:
        return False
    if key.day is None:
        return True
    if said.day is None:
        return False
    if key.last_day is not None:
        if said.last_day is not None:
            return (said.day, said.last_day) == (key.day, key.last_day)
        return key.day <= said.day <= key.last_day
    return said.day == key.day and (said.last_day is None or said.last_day == key.day)

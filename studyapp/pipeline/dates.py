"""Find dates in English prose, normalise them, and resolve relative ones.

Recognised: day ranges ("December 15–16, 2016", "15–16 December 2016"), full dates
("February 15,2017", "13th December 2016"), day and month without a year ("26 December"),
month and year ("March 2014"), bare years ("1956"), decades ("1990s"), months after a
preposition ("in November"), weekdays, and relative expressions ("this month", "last year",
"December last year", "early this year", "this summer").

Values are ISO-like strings: "1956", "2014-03", "2016-12-15", "2016-12-15/2016-12-16",
"1990s", "2017-summer", "--12-26" (no year), "weekday:thursday".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    MONTHS[calendar.month_name[_i].lower()] = _i
    MONTHS[calendar.month_abbr[_i].lower()] = _i
MONTHS["sept"] = 9
MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
_WEEKDAYS = [d.lower() for d in calendar.day_name]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    # "On Aug 9, 1945", "9 Aug 1945": the abbreviation without its full stop, before a number
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DASH = r"\s*[–—-]\s*"
_NOT_NUM_AFTER = r"(?![\d,.]\d|\s*(?:%|percent|per\s+cent))"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range_mdy", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}),?\s*(?P<y>{_YEAR})\b")),
    ("range_dmy", re.compile(rf"\b(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b")),
    ("mdy", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY}),\s*(?P<y>{_YEAR})\b")),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b")),
    # "August 1945", "May of 1992", "August, 1945" (an American style)
    ("my", re.compile(rf"\b(?P<m>{_MONTH})(?:\s+of|,)?\s+(?P<y>{_YEAR})\b")),
    ("md", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?![,.]?\s*\d)")),
    ("dm", re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\b")),
    ("rel_month_year", re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<rel>last|this|next)\s+year\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<y>1[0-9]{2}0|20[0-9]0)s\b")),
    ("year", re.compile(rf"(?<![$€£¥#\d.,/-])\b(?P<y>{_YEAR})\b{_NOT_NUM_AFTER}")),
    (
        "rel_part",
        re.compile(r"\b(?P<part>early|earlier|late|later|mid)\s*-?\s*(?P<rel>this|last|next)\s+year\b", re.I),
    ),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>this|last|next|the\s+previous|the\s+following)\s+"
            r"(?P<unit>year|month|summer|winter|spring|autumn|fall)\b",
            re.I,
        ),
    ),
    ("day_rel", re.compile(r"\b(?P<rel>yesterday|today|tomorrow)\b", re.I)),
    (
        "month_alone",
        re.compile(
            r"\b(?:in|In|since|Since|by|until|from|during|early|late|a|an|last|next|this|of)\s"
            r"(?P<m>January|February|March|April|June|July|August|September|October|November|December)\b"
        ),
    ),
    ("weekday", re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    surface: str
    value: str
    precision: str  # year, month, day, range, decade, season, part, weekday, partial
    relative: bool = False
    note: str = ""

    @property
    def resolved(self) -> bool:
        return not self.relative or bool(self.note)


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def real_day(y: int, m: int, d: int) -> bool:
    """Is y-m-d a day of the calendar?"""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _mention(kind: str, m: re.Match[str]) -> DateMention | None:
    g = m.groupdict()
    surface = m.group(0)
    start, end = m.start(), m.end()
    if kind in ("range_mdy", "range_dmy"):
        y, mo, d1, d2 = int(g["y"]), _month(g["m"]), _day(g["d1"]), _day(g["d2"])
        if not (real_day(y, mo, d1) and real_day(y, mo, d2)) or d2 <= d1:
            return None
        return DateMention(start, end, surface, f"{y:04d}-{mo:02d}-{d1:02d}/{y:04d}-{mo:02d}-{d2:02d}", "range")
    if kind in ("mdy", "dmy"):
        y, mo, d = int(g["y"]), _month(g["m"]), _day(g["d"])
        if not real_day(y, mo, d):
            return None
        return DateMention(start, end, surface, f"{y:04d}-{mo:02d}-{d:02d}", "day")
    if kind == "my":
        if g["m"] == "May" and not re.match(r"May,?\s+\d{4}", surface):
            return None
        return DateMention(start, end, surface, f"{int(g['y']):04d}-{_month(g['m']):02d}", "month")
    if kind in ("md", "dm"):
        mo, d = _month(g["m"]), _day(g["d"])
        if not real_day(2000, mo, d):
            return None
        return DateMention(start, end, surface, f"--{mo:02d}-{d:02d}", "partial", relative=True)
    if kind == "rel_month_year":
        return DateMention(start, end, surface, f"{g['rel']}:{_month(g['m']):02d}", "month", relative=True)
    if kind == "decade":
        return DateMention(start, end, surface, f"{g['y']}s", "decade")
    if kind == "year":
        return DateMention(start, end, surface, g["y"], "year")
    if kind == "rel_part":
        part = {"earlier": "early", "later": "late"}.get(g["part"].lower(), g["part"].lower())
        return DateMention(start, end, surface, f"{g['rel'].lower()}:{part}", "part", relative=True)
    if kind == "rel":
        rel = g["rel"].lower().replace("the previous", "last").replace("the following", "next")
        rel = re.sub(r"\s+", " ", rel)
        unit = g["unit"].lower()
        precision = "year" if unit == "year" else "month" if unit == "month" else "season"
        return DateMention(start, end, surface, f"{rel}:{unit}", precision, relative=True)
    if kind == "day_rel":
        return DateMention(start, end, surface, f"day:{g['rel'].lower()}", "day", relative=True)
    if kind == "month_alone":
        return DateMention(m.start("m"), end, g["m"], f"--{_month(g['m']):02d}", "month", relative=True)
    if kind == "weekday":
        return DateMention(start, end, surface, f"weekday:{g['w'].lower()}", "weekday", relative=True)
    return None


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in ``text``, longest first, never overlapping, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            mention = _mention(kind, m)
            if mention is None or any(mention.start < e and s < mention.end for s, e in taken):
                continue
            taken.append((mention.start, mention.end))
            found.append(mention)
    return sorted(found, key=lambda d: d.start)


# --- resolution -------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleDate:
    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, iso: str) -> ArticleDate:
        if not iso or iso == "unknown":
            return cls(None, None, None)
        parts = [int(p) for p in iso.split("-")]
        return cls(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)

    def describe(self) -> str:
        if self.year is None:
            return "unknown"
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return f"{self.day} {MONTH_NAMES[self.month]} {self.year}"


_SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
_FUTURE = re.compile(r"\b(?:will|next|upcoming|(?:is|are)\s+(?:set|due|scheduled|expected)\s+to)\b", re.I)
_FUTURE_DAY = re.compile(r"\b(?:will|heads?|arrives?|meets?|visits?|travels?|flies|leaves?|next|upcoming)\b", re.I)


# "said Tuesday", "told reporters on Monday": a weekday right after a verb of the past is the past day,
# whatever the words said look ahead to ("said Tuesday that Japan believes Russia will not …")
_PAST_VERB_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:said|told\s+(?:reporters|journalists)|announced|stated|added|noted|warned|"
    r"declared|insisted|stressed|reported|protested|summoned\s+\S+|met|visited|signed|arrived|landed|agreed)"
    r"\s+(?:on\s+)?$"
)


def _told_on(surface: str, context: str) -> bool:
    at = context.find(surface.strip())
    return at > 0 and _PAST_VERB_BEFORE.search(context[:at]) is not None


def resolve(mention: DateMention, article: ArticleDate, context: str = "") -> DateMention:
    """Resolve a relative mention against the article's date; unchanged if it cannot be."""
    if not mention.relative:
        return mention
    note = f"“{mention.surface.strip()}” in an article dated {article.describe()}"
    v = mention.value
    y, m = article.year, article.month
    if v.startswith("weekday:"):
        if article.day is None or y is None or m is None:
            return mention
        target = _WEEKDAYS.index(v.split(":")[1])
        base = dt.date(y, m, article.day)
        delta = (target - base.weekday()) % 7
        ahead = _FUTURE_DAY.search(context) and not _told_on(mention.surface, context)
        day = base + dt.timedelta(days=delta) if ahead else base - dt.timedelta(days=(base.weekday() - target) % 7)
        return replace(mention, value=day.isoformat(), precision="day", note=note)
    if v.startswith("day:"):
        if article.day is None or y is None or m is None:
            return mention
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[v.split(":")[1]]
        day = dt.date(y, m, article.day) + dt.timedelta(days=shift)
        return replace(mention, value=day.isoformat(), note=note)
    if y is None:
        return mention
    rel, _, unit = v.partition(":")
    offset = {"this": 0, "last": -1, "next": 1}.get(rel)
    if v.startswith("--"):
        parts = v[2:].split("-")
        mo = int(parts[0])
        year = y if m is None or mo <= m or _FUTURE.search(context) else y - 1
        if m is not None and mo < m and _FUTURE.search(context) and re.search(r"\bnext\b", context):
            year = y + 1
        value = f"{year:04d}-{mo:02d}" + (f"-{parts[1]}" if len(parts) > 1 else "")
        return replace(mention, value=value, precision="day" if len(parts) > 1 else "month", note=note)
    if offset is None:
        return mention
    if unit == "year":
        return replace(mention, value=f"{y + offset:04d}", note=note)
    if unit == "month":
        if m is None:
            return mention
        total = y * 12 + (m - 1) + offset
        return replace(mention, value=f"{total // 12:04d}-{total % 12 + 1:02d}", note=note)
    if unit in _SEASONS:
        return replace(mention, value=f"{y + offset:04d}-{_SEASONS[unit]}", note=note)
    if unit in ("early", "late", "mid"):
        return replace(mention, value=f"{y + offset:04d}-{unit}", note=note)
    if unit.isdigit():  # "December last year"
        return replace(mention, value=f"{y + offset:04d}-{int(unit):02d}", note=note)
    return mention


# --- presentation -----------------------------------------------------------------------


def display(value: str) -> str:
    """Human form of a normalised value: "15–16 December 2016", "March 2014", "1956"."""
    if "/" in value:
        a, b = value.split("/")
        ya, ma, da = (int(x) for x in a.split("-"))
        _, _, db = (int(x) for x in b.split("-"))
        return f"{da}–{db} {MONTH_NAMES[ma]} {ya}"
    if value.startswith("weekday:"):
        return value.split(":")[1].capitalize()
    if value.startswith("--"):
        parts = [int(p) for p in value[2:].split("-")]
        return f"{parts[1]} {MONTH_NAMES[parts[0]]}" if len(parts) > 1 else MONTH_NAMES[parts[0]]
    m = re.fullmatch(r"(\d{4})-(spring|summer|autumn|winter|early|late|mid)", value)
    if m:
        return f"{m.group(2)} {m.group(1)}"
    pieces = value.split("-")
    if len(pieces) == 3:
        return f"{int(pieces[2])} {MONTH_NAMES[int(pieces[1])]} {pieces[0]}"
    if len(pieces) == 2:
        return f"{MONTH_NAMES[int(pieces[1])]} {pieces[0]}"
    return value


def variants(value: str) -> list[str]:
    """Accepted spellings of a normalised date value (besides the source's own wording)."""
    out = [display(value)]
    if "/" in value:
        a, b = value.split("/")
        y, mo, d1 = (int(x) for x in a.split("-"))
        d2 = int(b.split("-")[2])
        name = MONTH_NAMES[mo]
        out += [f"{name} {d1}–{d2}, {y}", f"{d1}-{d2} {name} {y}", f"{name} {d1}-{d2}, {y}", value]
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        y, mo, d = (int(x) for x in value.split("-"))
        out += [f"{MONTH_NAMES[mo]} {d}, {y}", value]
    elif re.fullmatch(r"\d{4}-\d{2}", value):
        y, mo = (int(x) for x in value.split("-"))
        out += [f"{calendar.month_abbr[mo]} {y}", value]
    seen: list[str] = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen


def find_publication_date(text: str) -> str | None:
    """An explicit publication date near the top of an article, as ISO, if any."""
    head = "\n".join(text.splitlines()[:25])
    iso = re.search(r"(?im)^\s*(?:published|posted|updated|date)\s*[:\-]?\s*(\d{4}-\d{2}-\d{2})\b", head)
    if iso:
        return iso.group(1)
    m = re.search(r"(?im)^\s*(?:published|posted|updated|date)\s*[:\-]?\s*(.{6,40})$", head)
    candidates = [m.group(1)] if m else []
    candidates += [ln for ln in head.splitlines() if 6 <= len(ln.strip()) <= 30]
    for cand in candidates:
        for d in find_dates(cand):
            if d.precision in ("day", "month") and not d.relative and d.start <= 12:
                return d.value
    return None

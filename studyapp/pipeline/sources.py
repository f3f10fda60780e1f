"""Stage 1: read source articles and their metadata.

A source is ``NAME.txt`` (UTF-8, kept verbatim) with an optional sidecar ``NAME.toml``:

    title = "..."            # required when the file exists
    author = "..."           # or "unknown"
    publisher = "..."        # or "unknown"
    date = "2016-12-13"      # YYYY-MM-DD, YYYY-MM, YYYY or "unknown"
    url = "..."              # optional
    language = "en"          # optional
    author_note = "..."      # optional *_note keys explain inferences

Without a sidecar, metadata is read off the text (title line, "By ..." byline, "Published:"
line) and marked as inferred, so a teacher can drop in a new article and get questions.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from studyapp.errors import ContentError
from studyapp.pipeline.control import capital_country
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.safe_io import MiB, parse_toml, read_regular_bytes

UNKNOWN = "unknown"
_DATE_RE = re.compile(r"^(?:unknown|\d{4}(?:-\d{2}(?:-\d{2})?)?)$")
_ALLOWED = {"title", "author", "publisher", "date", "url", "language"}
_SOURCE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    m = re.search(r"at line (\d+)", str(exc))
    return int(m.group(1)) if m else None


MAX_SOURCE_BYTES = 20 * MiB
MAX_TOML_BYTES = 1 * MiB


def load_toml(path: Path) -> tuple[dict[str, object], str]:
    """Parse a TOML file, turning every failure into a ContentError with file and line."""
    raw = read_regular_bytes(path, MAX_TOML_BYTES, "metadata file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ContentError(path, "not valid UTF-8", line) from exc
    try:
        return parse_toml(text, path), text
    except tomllib.TOMLDecodeError as exc:
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ContentError(path, f"invalid TOML: {msg}", _toml_error_line(exc)) from exc


def parse_meta(path: Path) -> SourceMeta:
    data, text = load_toml(path)
    for key in data:
        if key not in _ALLOWED and not key.endswith("_note"):
            allowed = ", ".join(sorted(_ALLOWED))
            raise ContentError(path, f"unknown key {key!r} (allowed: {allowed}, *_note)", _line_of(text, key))
    for key, value in data.items():
        if not isinstance(value, str):
            raise ContentError(path, f"{key!r} must be a string", _line_of(text, key))
    title = str(data.get("title", "")).strip()
    if not title:
        raise ContentError(path, "missing required key 'title'", 1)
    date = str(data.get("date", UNKNOWN)).strip() or UNKNOWN
    if not _DATE_RE.match(date):
        raise ContentError(
            path,
            f"date {date!r} must be YYYY-MM-DD, YYYY-MM, YYYY or 'unknown'",
            _line_of(text, "date"),
        )
    if date != UNKNOWN:
        _check_calendar(path, text, date)
    notes = tuple(sorted((k[: -len("_note")], str(v)) for k, v in data.items() if k.endswith("_note")))
    return SourceMeta(
        title=title,
        author=str(data.get("author", UNKNOWN)).strip() or UNKNOWN,
        publisher=str(data.get("publisher", UNKNOWN)).strip() or UNKNOWN,
        date=date,
        language=str(data.get("language", "en")),
        url=str(data.get("url", UNKNOWN)),
        notes=notes,
    )


def _check_calendar(path: Path, text: str, date: str) -> None:
    import datetime as dt

    parts = [int(p) for p in date.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ContentError(path, f"date {date!r} is not a calendar date", _line_of(text, "date")) from exc


def read_text(path: Path) -> str:
    raw = read_regular_bytes(path, MAX_SOURCE_BYTES, "source")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ContentError(path, f"not valid UTF-8 (byte {exc.start})", line) from exc
    if "\x00" in text:
        raise ContentError(path, "looks like a binary file (NUL byte)", text.count("\n", 0, text.index("\x00")) + 1)
    if not text.strip():
        raise ContentError(path, "the source is empty")
    return text


_HEADLINE_NOT = re.compile(
    r"^(?:[•·*\-–—|]|\d+\.\s|By\s|Photo|PHOTO|Image|Credit|Source|Published|Posted|Updated|date\b)|\||"
    r"\bp\.\s*\d+$"  # "Yomiuri , p. 11": a page reference under the headline
)
# "Section: text", "Headline — Outlet": a label or a title line, a headline only when a masthead or a
# byline stands right under it ("Putin: Lack of treaty ‘abnormal’" over "The Japan Times, …")
_LABEL_OR_TITLE_LINE = re.compile(r"^[A-Z][\w ]{0,30}:\s|\s(?:--|—|–)\s")
# "Estonia not planning to ratify border treaty — minister": a wire headline's attribution in lower case after
# its dash, no outlet (an outlet's name is capitalised)
_ATTRIBUTION_DASH = re.compile(r"\s[—–]\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}$")
# "The Northern Territories: So close, yet so far away": a topic before the colon, not a section label
_TOPIC_COLON = re.compile(r"^The\s+[A-Z][\w’' -]{2,40}:\s+\S+(?:\s+\S+){2,}")


# Words a page's section is called by, never the topic of a headline
_SECTION_WORDS = frozenset(
    {
        "world",
        "opinion",
        "business",
        "analysis",
        "editorial",
        "commentary",
        "comment",
        "interview",
        "exclusive",
        "feature",
        "explainer",
        "perspective",
        "column",
        "viewpoint",
        "politics",
        "sport",
        "sports",
        "breaking",
        "update",
        "live",
        "watch",
        "video",
        "photos",
        "letters",
        "review",
        "culture",
        "news",
        "asia",
        "europe",
        "africa",
        "americas",
        "economy",
        "science",
        "tech",
        "technology",
        "health",
        "travel",
        "lifestyle",
        "local",
        "national",
        "international",
        "nation",
        "region",
        "regional",
    }
)


def _topic_colon(line: str, below: list[str] | None = None) -> bool:
    """ "The Northern Territories: So close …", "Russia: Government Plans …": a topic before the colon (a
    place or a country, or a name the text goes on to use: "Migingo: Kenyan surveyors shift …"), not a
    section's label ("Opinion:", "World:")."""
    from studyapp.pipeline.control import country_of_word

    label = line.split(":", 1)[0]
    if _TOPIC_COLON.match(line) or (":" in line and country_of_word(label) is not None and len(line.split()) >= 3):
        return True
    after = line.split(":", 1)[1].split() if ":" in line else []
    if re.fullmatch(r"[A-Z][a-z-]+(?:\s+[a-z-]+){1,3}", label) and len(after) >= 4 and not line.endswith("."):
        # "Maritime dispute: Singapore, Malaysia suspend …": a topic in plain words (a section is named
        # in one word or in capitals), then a headline of its own
        return True
    named = re.fullmatch(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}", label)
    body = " ".join(below or [])
    return (
        named is not None
        and label.lower() not in _SECTION_WORDS
        and len(line.split(":", 1)[1].split()) >= 3
        and re.search(rf"(?<=[a-z,;] ){re.escape(label)}\b", body) is not None  # used in a sentence, not opening it
    )


_BYLINE_LINE = re.compile(
    r"^By\s+(?P<author>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|del|van|von|da|bin|al-?\w*)){0,5})"
    r"(?:\s*[,|]\s*(?P<publisher>[^,|]{2,60}?))?(?:\s*[,|]\s*(?:Published:?\s*|Updated:?\s*)?(?P<date>[^|]{6,40}))?\s*$"
)


def _masthead_line(line: str) -> bool:
    """Whether ``line`` is a short line of masthead fields with a date: "Times Staff Writers | Los Angeles
    Times | September 10, 1992", "The Sydney Morning Herald, June 17, 2020. By James Massola" (no
    sentence: it names no act)."""
    if len(line.split()) > 25 or re.search(r"[.!?][”\"]?$", line) or not _masthead_date(line):
        return False
    if re.search(r"\b(?:said|says|told|was|were|is|are|has|have)\b", line):
        return False
    fields = re.split(r"\s[|—–]\s|,\s", line)
    # a field besides the date: "Monday, Aug. 13, 1956" is a date line alone, not an outlet and a date
    return len(fields) > 1 and not _WEEKDAY_NAME.fullmatch(fields[0]) and not _masthead_date(fields[0])


def _heads_masthead(lines: list[str], i: int) -> bool:
    """Whether the line under ``lines[i]`` is a byline or only an outlet and a date."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if _place_line(below) and i + 2 < len(lines):
        below = lines[i + 2]  # "Geneva" over "06 March 2018": where it was issued, then the date
    # ("October 19, 2016", "06:06 am GMT+12, 07/04/2010, Vanuatu": a date line under it heads a masthead too)
    dated = len(below.split()) <= 8 and bool(_masthead_date(below)) and not re.search(r"[.!?]$", below)
    return bool(_BYLINE_LINE.match(below)) or _only_masthead(below) is not None or dated


def _place_line(line: str) -> bool:
    """Is ``line`` only the name of a town or a country ("New York", "Geneva"): where a statement was
    issued, under its headline, not an author?"""
    from studyapp.pipeline.control import is_country
    from studyapp.pipeline.towns import towns_named

    if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", line):
        return False
    return is_country(line) or bool(towns_named(line) or towns_named(f"{line} City"))  # "New York City"


# "From Wikipedia, the free encyclopedia", "Wikipedia (English), undated encyclopaedia article": a reference
# work's masthead under the entry's own title
# ("1914-1918-online. International Encyclopedia of the First World War": an online work's site name, then
# its title, of the war it covers)
_ENCYCLOPEDIA_LINE = re.compile(
    r"^(?:From\s+)?(?P<name>Wikipedia|(?:[\w-]+\.\s+)?(?:The\s+)?(?:[A-Z][\w.]*\s+){0,3}Encyclop(?:a)?edia"
    r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w.]*){1,3}|(?:\s+[A-Z][\w.]*){0,2}))\b"
    r"(?!\s+(?:says|said|is|was|has|lists|describes)\b)"
)


def _encyclopedia(line: str) -> str | None:
    """The reference work a short masthead line names ("Wikipedia"), or None."""
    m = _ENCYCLOPEDIA_LINE.match(line)
    return m.group("name") if m is not None and len(line.split()) <= 20 and not line.endswith(".") else None


_ARTICLE_BY = re.compile(r"\b[Aa]rticle\s+by\s+(?P<name>[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){1,3})")


# "3 November 1898: The Fashoda Incident between Britain and France ends": an on-this-day headline, a date
# and a colon before words of its own
_DATED_HEADLINE = re.compile(r"^[\w ,.]{4,30}:\s+[A-Z]\S*(?:\s+\S+){3,}$")


def _title_case(line: str) -> bool:
    """Whether every longer word of ``line`` opens with a capital, as headlines are written."""
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def _headline(lines: list[str]) -> str | None:
    """The article's own headline: a short line at the top that is not a sentence, a byline,
    a dateline, a label or a credit. None when the text has none (never invented)."""
    from studyapp.pipeline.passages import looks_like_boilerplate

    for i, ln in enumerate(lines[:4]):
        if _BYLINE_LINE.match(ln):
            continue
        n = len(ln.split())
        shouted = i == 0 and not re.search(r"[a-z]", ln) and ln.endswith(".") and not ln.endswith("..")
        if (
            3 <= n <= 20
            and (not re.search(r"[.,;:]$", ln) or shouted)  # "YELTSIN FALTERS, BUT … SUCCESS.": a wire headline
            and not _HEADLINE_NOT.search(ln)
            and not (
                _LABEL_OR_TITLE_LINE.search(ln)
                and not _heads_masthead(lines, i)
                and not _topic_colon(ln, lines[i + 1 :])
                and not (i == 0 and _ATTRIBUTION_DASH.search(ln))
            )
            # a quotation, not a title; unless in title case, a quoted headline ("“Russians Want Back …”")
            and not (ln.startswith(("“", '"')) and re.search(r"[”\"][.!?]?$", ln) and not _title_case(ln))
            and not looks_like_boilerplate(ln)
            # "Monday, Aug. 13, 1956": a date line, no headline; "3 November 1898: The … Incident ends" is one
            and not (_masthead_date(ln) and not _DATED_HEADLINE.match(ln))
            and not _encyclopedia(ln)  # "Wikipedia, the free encyclopedia": the work, under the entry's title
            and i + 1 < len(lines)
        ):
            return ln
        below = lines[1] if len(lines) > 1 else ""
        if i == 0 and 3 <= n <= 45 and (_only_masthead(below) is not None or _BYLINE_LINE.match(below)):
            # "Kaifu Urges … Over 4 Islands : Summit: The Soviet leader … relations." over "Los Angeles
            # Times, April 17, 1991" or over "By Jane Doe | The Independent": a headline with its deck,
            # however long, right over a masthead or a byline
            return ln
        if (
            i == 0
            and 2 <= n <= 45
            and _masthead_line(below)
            and not _HEADLINE_NOT.search(ln)
            and not looks_like_boilerplate(ln)
            and not _masthead_date(ln)
        ):
            # "History at midnight: India, Bangladesh exchange enclaves" over "Hindustan Times | Mashaldanga
            # (Cooch Behar) | Aug 01, 2015 07:33 AM IST", "Bear hug" over "The Economist, Asia | Japan, August
            # 7th 1997": the first line over a short dated line of fields is the headline, colon or not
            return ln
        if i == 0 and n <= 2 and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", ln) and _encyclopedia(below):
            # "Nueces Strip" over "Wikipedia, the free encyclopedia": an entry's title is its name alone
            return ln
        if (
            i == 0
            and n == 2
            and re.fullmatch(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", ln)
            and (_heads_masthead(lines, 0) or _masthead_date(below))
        ):
            # "Getting Nowhere" over "Monday, Aug. 13, 1956": a magazine's two-word headline, in title
            # case, right over the date or a byline
            return ln
        if n > 20:  # body text reached: whatever headline there was came before it
            return None
    return None


# ", source: Hungarian Institute of Research" after an outlet: where the outlet had it from
_SOURCE_ASIDE = re.compile(r",\s*source:\s*[^|,]+(?=\s*\||$)", re.I)


def read_byline(lines: list[str]) -> tuple[str, str, str]:
    """(author, publisher, date) from a byline near the top: "By NAME", "By NAME, Publisher,
    4 November 2000", "By NAME | Publisher | Published: June 22, 2019". Unknown parts are ""."""
    from studyapp.pipeline.dates import find_dates

    for ln in lines[:12]:
        ln = _SOURCE_ASIDE.sub("", ln)  # "Magyar Nemzet (English), source: Hungarian Institute …"
        dated = _BY_NAME_THEN_DAY.match(ln)
        if dated is not None and _masthead_date(dated.group("date")):
            return dated.group("name"), "", _masthead_date(dated.group("date"))
        m = _BYLINE_LINE.match(ln)
        if not m:
            continue
        author = re.sub(r"\s+", " ", m.group("author")).strip()
        if re.fullmatch(r"[A-Z .'’-]+", author):
            author = author.title()  # "By ANDREW HORVAT"; not "By KH디지털2"
        publisher = (m.group("publisher") or "").strip()
        if re.search(r"(?i)\b(?:staff|writer|correspondent|reporter|bureau|editor)\b", publisher):
            publisher = ""  # "By NAME, Times Staff Writer": the author's post, not the outlet
        date = ""
        raw = m.group("date") or ""
        if publisher and not raw and find_dates(publisher):
            publisher, raw = "", publisher
        for d in find_dates(raw):
            if d.precision in ("day", "month") and not d.relative:
                date = d.value
                break
        return author, publisher, date
    return "", "", ""


# "By The Associated Press", "By New York Times News Service": a byline naming an agency or a service
_NO_PERSON = re.compile(r"^The\s|\b(?:News|Service|Press|Agency|Agencies|Wire|Staff|Reports?)\b")
# What names a news outlet rather than a person: "The Guardian", "NHK World-Japan", "atynews.com".
_OUTLET = re.compile(
    r"(?i)\b(?:news|times|post|guardian|journal|herald|tribune|daily|online|press|agency|reuters|afp|ap|"
    r"kyodo|xinhua|tass|nhk|bbc|cnn|bloomberg|compass|gazette|independent|telegraph|world|review|weekly|"
    r"magazine|radio|tv|television|broadcasting|observer|chronicle|monitor|express|mail|sabc|abc|nbc|cbs|"
    r"estate|library|expatica|wire|service|network|media|channel|associated|sun|star|mirror|standard|globe|"
    r"inquirer|examiner|courier|dispatch|bulletin|record|register|sentinel|shimbun|asahi|yomiuri|mainichi)\b|\.(?:com|org|net|ru|jp|co\.uk|info)\b"
)
_PERSON_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,3}(?:\s*\([^)]{2,30}\))?"
_AUTHORS = re.compile(rf"^(?:By\s+)?{_PERSON_NAME}(?:(?:\s*,\s*|\s+and\s+){_PERSON_NAME})*$")
_DATELINE = re.compile(r"^[A-Z]{3,}(?:\s+[A-Z]{3,})*\s*,")
# "By Staff Reporter", "By Our Correspondent": a post in the byline's place, neither a person nor an outlet
_POST_AS_BYLINE = re.compile(
    r"(?i)(?:our\s+|a\s+)?(?:(?:senior|special|staff|chief|foreign|political)\s+)?"
    r"(?:staff|reporters?|correspondents?|writers?|editors?)"
)


# "Senior Correspondentbdnews24.com", "Staff Reporter klownews.com": the author's post, then the outlet
_POST_BEFORE_OUTLET = re.compile(
    r"^(?:(?:Senior|Special|Staff|Chief|Our)\s+)?(?:Correspondent|Reporter|Writer|Editor)s?(?=[a-z0-9]|\s+\S+\.(?:com|net|org)\b)\s*"
)
_WEEKDAY_WORD = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
# "Jane Roe 1 minute ago Sun 28th November 2021", "Jane Roe (@JaneRoe) Published April 27, 2022": a name
# (and its handle), how long ago the page was put up, the date
_NAME_BEFORE_DATE = re.compile(
    rf"^(?P<name>{_PERSON_NAME})(?:\s*\(@\w+\))?\s+(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|days?)\s+ago\s+)?"
    rf"(?:{_WEEKDAY_WORD}|(?:Published|Updated|Posted)\b)"
)
# "02:37 PM", "10:17 JST": a time of day, no outlet
_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d+)?)?")
# "By Jane Roe Tuesday 5 Jan 2021, 7:21 PM": the weekday and the date straight after the name
_BY_NAME_THEN_DAY = re.compile(rf"^By\s+(?P<name>{_PERSON_NAME})\s+(?P<date>{_WEEKDAY_WORD},?\s.*\d{{4}}.*)$")


def _real_iso(date: str) -> bool:
    """Is ``date`` "unknown" or a real "YYYY", "YYYY-MM" or "YYYY-MM-DD"?"""
    if date == UNKNOWN:
        return True
    from studyapp.pipeline.dates import real_day

    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date)
    return m is not None and real_day(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _masthead_date(field: str) -> str:
    """An ISO date from a masthead field: "2018-09-12", "08.09.2015", "Fri 3 Sep 2004", "March 2018"."""
    from studyapp.pipeline.dates import MONTHS, find_dates, real_day

    # "2018-09-12", "2004/08/26"; not "Press Release 1255-25-08-2011", a number with dashes
    for iso in re.finditer(r"(?<![\d-])((?:1[5-9]|20)\d\d)[-/](\d{2})[-/](\d{2})(?![\d-])", field):
        if real_day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))):
            return f"{iso.group(1)}-{iso.group(2)}-{iso.group(3)}"
    m = re.search(r"\b((?:1[5-9]|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?!\d)", field)  # "2022. 01. 08.": Hungarian
    if m and real_day(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", field)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    # "21 FEBRUARY 1981", "29th June, 2019"
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][A-Za-z]{2,8})\.?,?\s+(\d{4})\b", field)
    if m and m.group(2).lower() in MONTHS and real_day(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))):
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    # "16 Dec '14 09:02AM", or a field that is only "15 Jan 15": a year in two digits
    m = re.search(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+'(\d\d)\b", field) or re.fullmatch(
        r"\s*(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+(\d\d)\s*", field
    )
    if m and m.group(2).lower() in MONTHS:
        year = int(m.group(3)) + (2000 if int(m.group(3)) <= 40 else 1900)
        if real_day(year, MONTHS[m.group(2).lower()], int(m.group(1))):
            return f"{year}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    # "Oct 13, 2021", "Apr 25th 1998 edition", "June 28 [2017]" (a year an editor added in brackets)
    m = re.search(r"\b([A-Z][A-Za-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|\s*\[)(\d{4})\b", field)
    if m and m.group(1).lower() in MONTHS and real_day(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))):
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b", field)  # "11/17/2010"; "03/04/2010" is either way
    if m:
        first, second = int(m.group(1)), int(m.group(2))
        if 1 <= first <= 12 < second <= 31:
            return f"{m.group(3)}-{first:02d}-{second:02d}"
        if 1 <= second <= 12 < first <= 31:
            return f"{m.group(3)}-{second:02d}-{first:02d}"
        return m.group(3)
    for d in find_dates(field):
        if d.precision in ("day", "month") and not d.relative:
            return d.value
    m = re.search(r"\b((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])\s*$", field)  # "2000-09"
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.fullmatch(r"\s*((?:1[89]|20)\d\d)\s*", field)
    return m.group(1) if m else ""


# News agencies a dateline names: "NEMURO, Hokkaido (Kyodo)", "TOKYO, March 6. /TASS/.",
# "Tokyo [Japan], October 13 (ANI/Sputnik):", "TOKYO, Nov. 16 Kyodo -".
_AGENCIES = (
    r"Kyodo|Jiji(?:\s+Press)?|TASS|RIA\s+Novosti|Interfax|Sputnik|Reuters|AFP|AP|UPI|Xinhua|Yonhap|ANI|PTI|IANS|"
    r"EFE|efe-epa|dpa|Bernama|Antara|Anadolu|KUNA|WAM|IRNA|Kyodo\s+News"
)
_DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+)*(?:\s*\[[^\]]{2,30}\])?(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)?\s*(?:\((?P<a>[^)]{2,30})\)|/(?P<b>[A-Za-z]{2,12})/|(?P<c>"
    + _AGENCIES
    + r")\s+[-–—])"
)


def read_dateline_agency(lines: list[str]) -> str:
    """The news agency a dateline names at the start of the body ("TOKYO, March 6. /TASS/."), or ""."""
    for ln in lines[:4]:
        if len(ln.split()) < 12:
            continue
        m = _DATELINE_AGENCY.match(ln)
        if m is None:
            continue  # a standfirst before the dateline's paragraph
        agencies = [a for a in re.split(r"\s*/\s*", m.group("a") or m.group("b") or m.group("c") or "") if a]
        known = [a for a in agencies if re.fullmatch(_AGENCIES, a, re.I)]
        return "/".join(known) if known and len(known) == len(agencies) else ""
    return ""


def _section_name(field: str) -> bool:
    """A masthead's section named by a country or region ("Japan", "Asia"), not the outlet."""
    from studyapp.pipeline.control import is_country

    return is_country(field) or field in ("Asia", "Europe", "Africa", "Americas", "World", "Middle East")


def read_masthead(lines: list[str], headline: str | None) -> tuple[str, str, str]:
    """(author, publisher, date) from the line under the headline when it is no plain "By" byline:
    "NAME and NAME | Bloomberg | 2018-09-12", "By NAME, Tokyo Bureau | The Sun | Published: April 19,
    1991", "The Guardian | Fri 3 Sep 2004", "Source: AFP", a date line alone. Unknown parts are ""."""
    authors: list[str] = []
    outlets: list[str] = []
    others: list[str] = []
    dates: list[str] = []
    start = lines.index(headline) + 1 if headline in lines else 0
    for i, ln in enumerate(lines[start : start + 2], start):
        if len(ln) > 160 or len(ln.split()) > 20:
            break
        fields = [f.strip() for f in re.split(r"\s+\|\s+|\s+[—–]\s+|\s*-{3}\s*$", ln) if f.strip()]
        found = False
        line_below = lines[i + 1] if i + 1 < len(lines) else ""
        if len(fields) == 1 and _place_line(fields[0]) and _masthead_date(line_below):
            continue  # "Geneva" over "06 March 2018": where it was issued, no author
        alone = len(fields) == 1 and _AUTHORS.match(fields[0]) and not _OUTLET.search(fields[0])
        if alone and _masthead_date(line_below) and len(line_below.split()) <= 5:
            authors.append(fields[0])  # "Dusica Tomovic" over "15 Jan 15": the author's name, then the date
            continue
        if len(fields) == 1 and re.fullmatch(r"[A-Z]{2,5}", fields[0]) and len(re.findall("[AEIOU]", fields[0])) <= 1:
            outlets.append(fields[0])  # "CGTN", "NHK" alone under the headline: the broadcaster's initials
            continue
        for field in fields:
            # "(AFP) Updated: …", "Moscow, Dec 18 (AFP) Dec 18, 2018": a dateline's agency, then the date
            agency = re.match(
                rf"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s+)?\((?P<agency>{_AGENCIES})\)\s*",
                field,
            )
            if agency is not None:  # "(AFP) Updated: 2005-11-14 10:17": the agency, then the date
                outlets.append(agency.group("agency"))
                field = field[agency.end() :]
                found = True
            field = _SOURCE_ASIDE.sub("", _REPRINT_ASIDE.sub("", field)).strip()
            field = re.sub(
                r"^(?:Source|Published|Posted|Updated|Publication):?\s*|[©®•]|All Rights Reserved\.?", "", field
            )
            field = _VOLUME.sub("", field).strip(" .")
            field = _POST_BEFORE_OUTLET.sub("", field)  # "Senior Correspondentbdnews24.com": the outlet
            field = re.sub(r"\s*,?\s*\bpp?\.\s*\d+(?:[-–]\d+)?$", "", field)  # "Yomiuri , p. 11": a page, no name
            when = _masthead_date(field)
            by = re.match(rf"By\s+({_PERSON_NAME}(?:\s+and\s+{_PERSON_NAME})*)", field)
            if re.fullmatch(rf"By\s+(?:{_AGENCIES})", field) or (field.startswith("By ") and not by):
                # "By Kyodo", "By Agencies in Moscow and Tokyo": a byline naming no person (an agency's
                # is read with the byline); the outlet may follow
                found = True
                continue
            if when:
                dates.append(when)
                named = _NAME_BEFORE_DATE.match(field)
                if by and not _POST_AS_BYLINE.fullmatch(by.group(1)):
                    authors.append(by.group(1))  # "By Jane Roe - 16 Dec '14 09:02AM"
                elif named and not _OUTLET.search(named.group("name")):
                    authors.append(named.group("name"))  # "Jane Roe 1 minute ago Sun 28th November 2021"
                masthead = _only_masthead(field)  # "Los Angeles Times, July 10, 2001"
                if masthead is not None and not _section_name(masthead[0]):  # not "Asia | Japan, August 7th 1997"
                    outlets.append(masthead[0])
                elif masthead is None and _encyclopedia(field):  # "Wikipedia (offline snapshot, January 2012)"
                    outlets.append(_encyclopedia(field) or "")
            elif by and _POST_AS_BYLINE.fullmatch(by.group(1)):
                found = True  # "By Staff Reporter": a post, no name; the outlet may follow
                continue
            elif by:
                authors.append(by.group(1))
            elif re.search(r"(?i)\b(?:staff|writer|correspondent|reporter|compiled)\b", field):
                found = True  # "Compiled From Kyodo, Staff Reports": a credit; the outlet may follow
                continue
            elif not field or _DATELINE.match(field) or _TIME_OF_DAY.fullmatch(field):
                continue
            elif re.match(r"[A-Z][\w ]{0,20}:\s", field):
                continue  # "World: Opinion pieces": a section's label over the text, not the outlet
            elif _encyclopedia(field):
                outlets.append(_encyclopedia(field) or "")  # "Wikipedia, the free encyclopedia [no date]"
                if by_name := _ARTICLE_BY.search(field):  # "…, article by Christoph Brüll"
                    authors.append(by_name.group("name"))
            elif _OUTLET.search(field) and len(field.split()) <= 6:
                outlet, _, section = field.rpartition(", ")
                outlets.append(outlet if outlet and _section_name(section) else field)  # "The Economist, Asia"
            elif _AUTHORS.match(field) and len(fields) > 1:
                authors.append(field)
            elif len(fields) > 1 and len(field.split()) <= 6 and not re.search(r"[.!?]$", field):
                others.append(field)  # "Harbour Wire | 2016": what is left of a masthead is its outlet
            else:
                continue
            found = True
        if not found:
            break
    author = re.sub(r"\s*\([^)]*\)", "", authors[0]) if authors else ""
    publisher = (outlets or others or [""])[0]
    papers = [o for o in outlets if not re.fullmatch(_AGENCIES, o)]
    if re.fullmatch(_AGENCIES, publisher) and papers:
        publisher = f"{papers[0]} ({publisher})"  # "Kyodo | The Japan Times | …": the agency wrote, the paper ran it
    return author, publisher, (dates or [""])[0]


_TITLE_SEPARATOR = re.compile(r"\s+[—–|]\s+")
# "Harbour News (via Port Wire)", "(reprinted from Tabula, February 21-27)": where else it ran, no outlet
_REPRINT_ASIDE = re.compile(
    r"(?i)\s*\((?:(?:via|reprinted\s+from|republished\s+from|originally\s+published\s+in)\s[^)]*|"
    # ("reposted on a blog, September 2007": a date inside the brackets stays to be read)
    r"(?:(?:re)?posted\s+on|with\s+(?:additional\s+)?reporting\s+(?:from|by))\s[^),]*)\)"
)
# "Monitor (Volume 4, Issue 75)", "Vol. 6 No. 12": an issue's numbers, neither the outlet's name nor a date
_VOLUME = re.compile(
    r"\s*\((?:Volume|Vol\.|Issue|No\.)[^)]*\)"
    r"|\s+(?:Volume|Vol\.|Issue|No\.):?\s*[\w.]+(?:,?\s+(?:Issue|No\.):?\s*[\w.]+)?"
)


def _comma_outside_brackets(text: str) -> int | None:
    """Where the first comma that is not inside brackets stands, or None."""
    return next((i for i, c in enumerate(text) if c == "," and text[:i].count("(") == text[:i].count(")")), None)


# A two-word headline a name never is: it opens with a gerund or a small word ("Getting Nowhere",
# "The Thaw", "No Deal", "Beyond Nagato")
_HEADLINE_PAIR = re.compile(
    r"(?:[A-Z][a-z]+ing|The|A|An|No|Not|On|In|Over|After|Beyond|Toward|Towards|Into|Out|Why|How|What|When|"
    r"Island|Islands|Cold|Frozen|Hot)\s+\S+$"
)


def read_title_line(line: str) -> tuple[str, str, str, str] | None:
    """(title, author, publisher, date) from a first line that names the outlet after the headline:
    "Headline — The Outlet, September 8, 1990 — By NAME", "Headline | Outlet | 2005-11-14". None when
    what follows the headline is neither an outlet nor a date."""
    # the headline ends at the first separator outside brackets
    cut = next(
        (m for m in _TITLE_SEPARATOR.finditer(line) if line[: m.start()].count("(") == line[: m.start()].count(")")),
        None,
    )
    if cut is None:
        return None
    title, rest = line[: cut.start()].strip(), line[cut.end() :].strip()
    if re.search(r"[A-Z]\.$", title) and title == title.upper():
        title = title[:-1]  # "MORI-PUTIN TALKS STUMBLE ON TERRITORIAL ROW.": a headline in capitals
    if len(title.split()) < 2 or (len(title.split()) == 2 and not _HEADLINE_PAIR.match(title)):
        return None  # "Jane Roe — The Outlet, 2019-06-01" is a byline; "Getting Nowhere — Time, …" a headline
    # "Who Owns the Reef? — The Outlet, 2012-08-22": a question is a headline only before an outlet and
    # a date (a quoted question opening the text is not)
    asked = bool(re.search(r"[!?]$", title))
    # "Headline; Deck: a sentence of its own. — The Outlet, 1999-01-04": a full stop may close a deck
    # when an outlet and a date follow; a plain sentence before a dash is no headline
    stop = title.endswith(".")
    title = title[:-1] if stop else title
    fields = [f.strip(" .") for f in _TITLE_SEPARATOR.split(rest) if f.strip(" .")]
    author = publisher = date = ""
    for field in fields:
        by = re.match(r"(?:By|by)\s+(.+)$", field)
        if by:
            author = author or by.group(1).strip()
            continue
        # "The Jamestown Foundation (Monitor, Volume 6), 2000-09": the outlet ends at a comma outside brackets
        comma = _comma_outside_brackets(field)
        head = field[:comma] if comma is not None else field
        # "…, Sep — Dec 2012, 2013-01": the date that closes the field, unless it is only the year of a
        # fuller date before it ("September 08, 1990")
        when, closing = _masthead_date(field), _masthead_date(field.rpartition(",")[2])
        when = closing if len(closing) >= len(when) else when
        # "Harbour Tribune, September 08, 1990" or "Harbour Times (via Port News)": the outlet comes first
        outlet = bool(_OUTLET.search(head)) and (not _masthead_date(head) if when else len(head.split()) <= 8)
        if outlet and not publisher:
            publisher = head.strip()
        date = date or when
    if fields and not date:  # "…, Japan - China, Sep — Dec 2012 issue, 2013-01": the date closes the line
        date = _masthead_date(fields[-1].rpartition(",")[2])
    first = fields[0] if fields else ""
    comma = _comma_outside_brackets(first)
    head = first[:comma].strip() if comma is not None else ""
    # "Headline — The Diplomat, unknown (day not shown)": a date said to be unknown still closes the line
    undated = comma is not None and re.match(r"\s*(?:date\s+)?unknown\b", first[comma + 1 :], re.I) is not None
    if (
        (date or undated)
        and not publisher
        and head[:1].isalnum()
        and len(head.split()) <= 6
        and not _masthead_date(head)
    ):
        publisher = head  # "Headline — The Hindu, 2000-07-12": what stands before the date is the outlet
    if not (publisher or date) or (stop and not (publisher and date and re.search(r"[;:]", title))):
        return None
    if asked and not (publisher and date):
        return None
    return title, author, publisher, date


# "Headline - 2002-07-17", "Headline - July 17, 2002": a date alone after a spaced dash closing the line
_DATE_AFTER_DASH = re.compile(
    r"(?P<title>\S+(?:\s+\S+){2,}?)\s+-\s+(?P<date>(?=[^-]*\d)[\w ,./']{6,30}|\d{4}-\d\d-\d\d)"
)

# "Vietnam lawmakers ratify China sea border pact 2004-06-15": an archive's headline and its ISO date
# (not "Voice of the Coast, 2012-05-23" nor "Jane Roe — The Lantern, 2019-06-01": an outlet or a byline, no headline)
_ISO_DATE_AFTER = re.compile(r"(?P<title>[^\s,|—–]+(?:\s+[^\s,|—–]+){2,})\s+(?P<date>\d{4}-\d\d-\d\d)")

_WEEKDAY_NAME = re.compile(r"(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?")


def _only_masthead(line: str) -> tuple[str, str] | None:
    """(publisher, date) of a line that is only an outlet and a date ("The Japan Times, 2004/08/26",
    "TASS | September 5, 2025"), else None."""
    line = _REPRINT_ASIDE.sub("", line)
    wire = re.match(rf"^(?P<agency>{_AGENCIES})\s+\|\s+(?=[^|]+\|)", line)
    if wire is not None:
        # "Kyodo | The Japan Times | September 16, 2000": the agency that wrote it, the paper that ran it
        found = _only_masthead(line[wire.end() :])
        return (f"{found[0]} ({wire.group('agency')})", found[1]) if found is not None else None
    m = re.match(r"^(?P<outlet>[^,|—–]{2,60}?)\s*(?:,|\s[|—–])\s*(?P<date>.+)$", line)
    if m is None or len(m.group("outlet").split()) > 6:
        return None
    outlet = m.group("outlet").strip()
    if _WEEKDAY_NAME.fullmatch(outlet):
        return None  # "Monday, Aug. 13, 1956": a date with its weekday, no outlet
    # "The Japan Times (Staff writer)": the outlet, the author's post beside it left out
    outlet = re.sub(r"(?i)\s*\([^()]*\b(?:staff|writer|correspondent|reporter)\b[^()]*\)", "", outlet)
    if re.search(r"(?i)\bcorrespondents?\b|\b(?:staff|senior|chief|special)\s+(?:writer|reporter|editor)s?\b", outlet):
        return None  # "Senior Correspondent, bdnews24.com, …": the author's post, not the outlet
    # "RFE/RL", "Voice of America": an outlet's name need not say it is one when a full date follows
    named = _OUTLET.search(outlet) or re.fullmatch(
        r"(?:[A-Z][\w/&.’'-]*|of|the)(?:\s+(?:[A-Z][\w/&.’'-]*|of|the|to|and|for|on|in)){0,4}"
        r"(?:\s+\([A-Z][\w .]{1,30}\))?",
        outlet,
    )
    date = _masthead_date(m.group("date"))
    rest = re.sub(r"(?i)^(?:updated|published|posted):?\s*", "", m.group("date"))
    # "(English Press, as reproduced by …)", "[Provisional Translation]": an aside, no part of the date
    # (an aside with a year goes only when a year stands outside it: not "June 28 [2017]", a year an editor
    # added in brackets, nor "posted (October 24, 2022)")
    rest = re.sub(r"\s*(?:\((?![^()]*\b\d{4}\b)[^()]*\)|\[(?![^\[\]]*\b\d{4}\b)[^\[\]]*\])", "", rest).strip()
    if re.search(r"\d{4}", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", rest)):
        rest = re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", rest).strip()
    rest = re.sub(r"^pp?\.\s*\d+\s*,\s*", "", rest)  # "Yomiuri, p. 2, August 17, 2018": the page
    rest = re.sub(r",\s*[A-Z]{3,}(?:\s+[A-Z]{3,})*$", "", rest)  # "…, 05:40 pm IST, BEIJING": a dateline
    # "- 18:34 UTC", ", 7:41 p.m.", "05:40 pm IST": the time of day
    rest = re.sub(
        r"\s*[-–,]?\s*\d{1,2}:\d{2}(?:\s*(?:UTC|GMT|IST|JST|KST|MSK|CET|CEST|BST|EST|EDT|[AaPp]\.?[Mm]\.?))*\s*$",
        "",
        rest,
    )
    if not named or not date or len(rest.split()) > 6 or not re.search(r"\d{4}", rest):
        return None
    return outlet, date


# "EDITORIAL | Abe Should Renew …", "Opinion | …", "ANALYSIS: …": the page's section before its headline
_SECTION_LABEL = re.compile(
    r"^(?:(?i:editorial|opinion|analysis|news\s+analysis|commentary|comment|op-ed|interview|exclusive|feature|"
    r"explainer|perspective|column|viewpoint)\s+\|\s+|(?:EDITORIAL|OPINION|ANALYSIS|NEWS\s+ANALYSIS|COMMENTARY|"
    r"COMMENT|OP-ED|INTERVIEW|EXCLUSIVE|FEATURE|EXPLAINER|PERSPECTIVE|COLUMN|VIEWPOINT):\s+)(?=\S)"
)


def infer_meta(text: str, name: str = "") -> SourceMeta:
    """Read title, byline and date off an article that has no metadata file. An article with no
    headline is named by its publisher and date, never by a title made up from its first words."""
    from studyapp.pipeline.dates import display, find_publication_date

    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if lines and (label := _SECTION_LABEL.match(lines[0])):
        lines[0] = lines[0][label.end() :]  # "EDITORIAL | Headline": the section, then the headline
    author, publisher, date = read_byline(lines)
    title = _headline(lines)
    if title is not None and title.endswith(".") and not re.search(r"[a-z]", title):
        title = title[:-1]  # "YELTSIN FALTERS, BUT … SUMMIT SUCCESS.": a wire headline's full stop
    masthead = _only_masthead(title) if title is not None else None
    if masthead is not None:  # "The Japan Times, 2004/08/26": an outlet and a date, no headline
        title = None
        publisher, date = publisher or masthead[0], date or masthead[1]
    # "[Updated] Headline — Outlet, date", "[No headline in page text; …] Headline — …": an editor's
    # note in brackets opening the line is not part of the headline
    first = re.sub(r"^\[[^\[\]]{2,120}\]\s*", "", lines[0]) if lines else ""
    titled = read_title_line(first) if first else None
    dashed = _DATE_AFTER_DASH.fullmatch(first) or _ISO_DATE_AFTER.fullmatch(first)
    if titled is None and dashed is not None and len(first.split()) <= 20 and _masthead_date(dashed.group("date")):
        # "Spain Takes Back Disputed Perejil Island - 2002-07-17": a radio archive's headline and its date
        titled = (dashed.group("title"), "", "", _masthead_date(dashed.group("date")))
    if titled is not None:  # "Headline — Outlet, date" on one line
        title = titled[0]
        author, publisher, date = author or titled[1], publisher or titled[2], date or titled[3]
    if not (author and publisher and date):
        # the masthead is read under the headline's line ("Headline — Outlet, date" is one line)
        m_author, m_publisher, m_date = read_masthead(lines, lines[0] if titled is not None else title)
        author, publisher, date = author or m_author, publisher or m_publisher, date or m_date
    publisher = publisher or read_dateline_agency(lines)
    # "By Kyodo": an agency wrote it, no person; "By IRNA-Itar-Tass": two agencies joined
    joined = re.fullmatch(rf"(?i:{_AGENCIES}|Itar)(?:[-/](?i:{_AGENCIES}|Itar))+", author)
    if re.fullmatch(_AGENCIES, author) or joined or _NO_PERSON.search(author):
        publisher = f"{publisher} ({author})" if publisher and author not in publisher else publisher or author
        author = ""
    city = re.search(r"\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)$", publisher)
    if city and capital_country(city.group(1)) and len(publisher[: city.start()].split()) >= 2:
        publisher = publisher[: city.start()]  # "Press Trust of India New Delhi": the outlet, then its city
    date = date or find_publication_date(text) or UNKNOWN
    if not _real_iso(date):
        date = UNKNOWN  # a number read as a date ("Press Release 1255-25-08-2011") is no date
    notes: list[tuple[str, str]] = []
    if title is None:
        when = display(date) if date != UNKNOWN else "date unknown"
        title = f"Untitled article ({publisher or 'publisher unknown'}, {when})"
        notes.append(("title_note", "The text has no headline; the article is named by its publisher and date."))
    return SourceMeta(
        title=title[:200],
        author=author or UNKNOWN,
        publisher=publisher or UNKNOWN,
        date=date,
        notes=tuple(notes),
        inferred=True,
    )


def load_source(path: Path) -> Source:
    if not _SOURCE_ID_RE.match(path.stem):
        raise ContentError(path, "file name must be letters, digits, '_', '-' or '.'")
    text = read_text(path)
    meta_path = path.with_suffix(".toml")
    meta = parse_meta(meta_path) if meta_path.exists() else infer_meta(text, path.stem)
    return Source(id=path.stem, path=path.name, text=text, meta=meta)


def load_sources(directory: Path) -> list[Source]:
    if not directory.is_dir():
        raise ContentError(directory, "sources directory not found")
    paths = sorted(directory.glob("*.txt"))
    if not paths:
        raise ContentError(directory, "no source articles (*.txt) found")
    for orphan in sorted(directory.glob("*.toml")):
        if not orphan.with_suffix(".txt").exists():
            raise ContentError(orphan, f"metadata without a source: {orphan.with_suffix('.txt').name} is missing")
    return [load_source(p) for p in paths]

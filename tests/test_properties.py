"""Property-based tests for the parsers."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import itertools
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.bank.model import parse_bank
from studyapp.errors import ContentError
from studyapp.pipeline.dates import find_dates
from studyapp.pipeline.numbers import find_numbers
from studyapp.pipeline.questions import normalize
from studyapp.pipeline.sentences import sentence_spans

WORDS = [
    "March",
    "May",
    "June",
    "Sept.",
    "Dec.",
    "3",
    "15th",
    "1956",
    "2016",
    "1990s",
    "–",
    "-",
    ",",
    "last",
    "this",
    "next",
    "year",
    "month",
    "summer",
    "early",
    "in",
    "the",
    "of",
    "Friday",
    "today",
    "$3.5bn",
    "12",
    "percent",
    "%",
    "some",
    "40",
    "agreements",
    "a",
    "dozen",
    "Mr.",
    "D.",
    "said",
    ".",
    "?",
    "!",
    "“",
    "”",
    "\n",
    "  ",
    "1,200",
    "per",
    "cent",
    "million",
    "twenty",
    "ships",
]
prose = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=30).map("".join),
    st.text(max_size=200),
)


@given(prose)
@settings(max_examples=300)
def test_find_dates_spans(text: str) -> None:
    found = find_dates(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


MONTH_NAMES = list(calendar.month_name)[1:]
years = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31))


@given(years, st.booleans())
@settings(max_examples=300)
def test_generated_dates_parse_back(day: dt.date, day_first: bool) -> None:
    month = MONTH_NAMES[day.month - 1]
    written = f"{day.day} {month} {day.year}" if day_first else f"{month} {day.day}, {day.year}"
    text = f"The ceremony took place on {written} in the old hall."
    (m,) = find_dates(text)
    assert m.surface == written
    assert m.value == day.isoformat()
    assert m.precision == "day" and not m.relative


@given(prose)
@settings(max_examples=300)
def test_sentence_spans_cover_text(text: str) -> None:
    spans = sentence_spans(text)
    covered = [False] * len(text)
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert text[prev_end:s].strip() == ""  # only whitespace is dropped between sentences
        for i in range(s, e):
            covered[i] = True
        prev_end = e
    assert text[prev_end:].strip() == ""
    assert all(covered[i] for i, c in enumerate(text) if not c.isspace())


@given(prose)
@settings(max_examples=300)
def test_find_numbers_spans(text: str) -> None:
    found = find_numbers(text)
    for n in found:
        assert text[n.start : n.end] == n.surface
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@given(st.text(max_size=100))
@settings(max_examples=500)
def test_normalize_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_parse_bank_arbitrary_text_raises_only_content_error(text: str) -> None:
    with contextlib.suppress(ContentError):
        parse_bank(text, Path("fuzz.json"))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
QUESTION = {
    "id": "q1",
    "fact_id": "f",
    "kind": "date",
    "format": "typed",
    "prompt": "P?",
    "answer": "a",
    "accepted": ["a"],
    "choices": None,
    "disagreements": [],
    "notes": [],
    "origin": "generated",
    "source": {
        "source_id": "s",
        "passage_id": "s:p000",
        "quote": "a",
        "start": 0,
        "end": 1,
        "answer_start": 0,
        "answer_end": 1,
    },
}
SOURCE = {
    "id": "s",
    "path": "s.txt",
    "title": "T",
    "author": "A",
    "publisher": "P",
    "date": "2020",
    "language": "en",
    "url": "u",
    "notes": {},
    "metadata_inferred": False,
    "text": "a",
    "passages": [{"id": "s:p000", "index": 0, "start": 0, "end": 1, "role": "body"}],
}
Q_KEYS = sorted(k for k in QUESTION if k != "disagreements")
S_KEYS = sorted(SOURCE)


@given(st.sampled_from(["q", "s"]), st.data(), json_values)
@settings(max_examples=300)
def test_parse_bank_wrong_shapes_raise_only_content_error(which: str, data: st.DataObject, value: object) -> None:
    question = json.loads(json.dumps(QUESTION))
    source = json.loads(json.dumps(SOURCE))
    if which == "q":
        question[data.draw(st.sampled_from(Q_KEYS))] = value
    else:
        source[data.draw(st.sampled_from(S_KEYS))] = value
    text = json.dumps({"format": "studyapp-bank", "version": 1, "sources": [source], "questions": [question]})
    with contextlib.suppress(ContentError):
        parse_bank(text, Path("fuzz.json"))

"""Sentence spans: abbreviations and initials do not end a sentence."""

from __future__ import annotations

import pytest

from studyapp.pipeline.model import Passage, Role
from studyapp.pipeline.sentences import sentence_spans, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to Washington. He stayed a week.", ["Mr. Smith went to Washington.", "He stayed a week."]),
        ("James D. Brown wrote the report. It was long.", ["James D. Brown wrote the report.", "It was long."]),
        ("Dr. Jones left at 5 a.m. on Monday. It was cold.", ["Dr. Jones left at 5 a.m. on Monday.", "It was cold."]),
        ("The U.S. economy grew. Europe lagged.", ["The U.S. economy grew.", "Europe lagged."]),
        ("Prices rose (see Fig. 3). Then they fell!", ["Prices rose (see Fig. 3).", "Then they fell!"]),
        ('He asked: "Why?" Nobody answered.', ['He asked: "Why?"', "Nobody answered."]),
        ("“We won.” The crowd cheered.", ["“We won.”", "The crowd cheered."]),
        ("Is it over? Yes. 2020 was hard.", ["Is it over?", "Yes.", "2020 was hard."]),
        ("  Leading space. Trailing space.  ", ["Leading space.", "Trailing space."]),
        ("no terminal punctuation here", ["no terminal punctuation here"]),
        ("The price was 3.5 dollars. Fine.", ["The price was 3.5 dollars.", "Fine."]),
        ("It rose. and then fell.", ["It rose. and then fell."]),  # lowercase next word: not a boundary
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_split_sentences_uses_absolute_offsets() -> None:
    source_text = "Heading\nMs. Lee spoke first. Then Mr. Park replied.\n"
    start = source_text.index("Ms.")
    text = source_text[start : source_text.index("\n", start)]
    p = Passage("s:p001", "s", 1, start, start + len(text), Role.BODY, text)
    out = split_sentences(p)
    assert [s.text for s in out] == ["Ms. Lee spoke first.", "Then Mr. Park replied."]
    for s in out:
        assert source_text[s.start : s.end] == s.text
        assert s.passage_id == "s:p001" and s.source_id == "s"

"""A dated act told in a sentence that is no plain statement is still asked: a cleft ("It was X who,
in 1997, …"), a date in commas, the second of two acts, an opening "He" that the sentence before
names. Every sentence here is invented; none is from the course's articles."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.pipeline import clauses
from studyapp.pipeline.build import build_from_sources
from studyapp.pipeline.model import Source, SourceMeta


def _year_asked(sentence: str, date: str) -> str | None:
    at = sentence.index(date)
    for restated in clauses.restatements(sentence, (at, at + len(date))):
        asked = clauses.ask_year(*restated)
        if asked is not None:
            return asked
    return None


@pytest.mark.parametrize(
    ("sentence", "date", "asked"),
    [
        (
            "It was Halvorsen who, in 1987, launched talks on the fishing zone around the reef.",
            "1987",
            "In what year did Halvorsen launch talks on the fishing zone around the reef?",
        ),
        (
            "Halvorsen, in 1987, launched talks on the fishing zone.",
            "1987",
            "In what year did Halvorsen launch talks on the fishing zone?",
        ),
        (
            "Ruiz accepted the ruling but abruptly announced in 2011 that the navy would patrol the reef.",
            "2011",
            "In what year did Ruiz announce that the navy would patrol the reef?",
        ),
    ],
)
def test_a_dated_act_in_a_sentence_that_is_no_plain_statement_is_asked(sentence: str, date: str, asked: str) -> None:
    assert clauses.ask_year(sentence, (sentence.index(date), sentence.index(date) + len(date))) is None
    assert _year_asked(sentence, date) == asked


def test_a_date_in_commas_after_a_common_noun_is_not_moved() -> None:
    """ "The ministry said in 2010, citing officials, …" has no plain act to move the date after."""
    sentence = "The ministry said in 2010, citing officials, that it would act."
    assert _year_asked(sentence, "2010") is None


def _build(body: str) -> list[str]:
    meta = SourceMeta(title="Reef visits", author="Jane Roe", publisher="Test Gazette", date="2016-05")
    bank, _ = build_from_sources([Source(id="r1", path="r1.txt", text=f"Reef visits\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return [q.prompt for q in bank.questions]


def test_an_opening_he_is_the_one_person_the_sentence_before_names() -> None:
    body = (
        "President Lars Halvorsen first landed on Shikotan in 2009 to open a fish plant.\n\n"
        "He visited Etorofu in 2012 as prime minister to inspect a new airport."
    )
    asked = _build(body)
    assert "In what year did Lars Halvorsen visit Etorofu?" in asked, asked


def test_an_opening_he_after_two_people_is_not_named() -> None:
    body = (
        "President Lars Halvorsen and Prime Minister Ivo Brandt landed on Shikotan in 2009 to open a fish plant.\n\n"
        "He visited Etorofu in 2012 to inspect a new airport."
    )
    asked = _build(body)
    assert not any("visit Etorofu" in p for p in asked), asked


def test_the_four_islands_comprising_a_named_territory_lean_on_nothing() -> None:
    from studyapp.pipeline.quality import dangling_in

    assert dangling_in("the four islands comprising the Northern Territories became Russian territory") is None
    assert dangling_in("the four islands became Russian territory") == "the four islands"

"""An event told by its holding: "In what year was a referendum on the status of the Loma Alta district held?"
from "A referendum on the status of the Loma Alta district was held in 1994". Only an event that happened
once is asked. Sentences are written for these tests; none comes from the course's or any unseen article."""

from __future__ import annotations

import re

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import build_from_sources
from studyapp.pipeline.held_events import held_event
from studyapp.pipeline.model import Source, SourceMeta

_OPENING = "Peru and Bolivia have argued for decades over a strip of desert along their southern border.\n\n"


def build(body: str) -> Bank:
    title = "Desert border row drags on"
    meta = SourceMeta(title=title, author="Jane Roe", publisher="Test Gazette", date="2019-06-10")
    text = f"{title}\n\n{_OPENING}{body}\n"
    bank, _ = build_from_sources([Source(id="a", path="a.txt", text=text, meta=meta)])
    assert check_bank(bank) == []
    return bank


def _year_span(sentence: str) -> tuple[int, int]:
    m = re.search(r"(?:(?:\d{1,2}\s+)?(?:March|May)\s+)?(?:19|20)\d\d", sentence)
    assert m is not None
    return m.span()


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "A referendum on the status of the Loma Alta district was held in 1994.",
            "In what year was a referendum on the status of the Loma Alta district held?",
        ),
        (
            "In 1961, a plebiscite on the future of the Northern Sands was held.",
            "In what year was a plebiscite on the future of the Northern Sands held?",
        ),
        (
            "The first round of border talks between Peru and Bolivia was held in Lima in March 2011.",
            "In what year was the first round of border talks between Peru and Bolivia held in Lima?",
        ),
        (
            "The first summit between Presidents Ana Ruiz and Luis Mamani took place in La Paz in 2008.",
            "In what year did the first summit between Presidents Ana Ruiz and Luis Mamani take place in La Paz?",
        ),
        (
            "The first meeting of the Joint Boundary Commission took place on 3 May 2005 in Windhoek, Namibia.",
            "In what year did the first meeting of the Joint Boundary Commission take place in Windhoek, Namibia?",
        ),
        (
            "A referendum on independence was held in Bougainville in 2019.",
            "In what year was a referendum on independence held in Bougainville?",
        ),
    ],
)
def test_an_event_held_once_is_asked_by_its_holding(sentence: str, question: str) -> None:
    held = held_event(sentence, _year_span(sentence))
    assert held is not None
    assert held.question() == question


@pytest.mark.parametrize(
    "sentence",
    [
        # one round of many: which, the words do not say
        "Talks between Peru and Bolivia on the frontier took place in Quito in 2009.",
        "A meeting between Ana Ruiz and Luis Mamani was held in Lima in 2009.",
        # leans on a sentence before: which break, which referendum, whose talks
        "The first border talks between Peru and Bolivia after the three-year break took place in Lima in 2012.",
        "The referendum was held in Lima in 1994.",
        "Their first summit took place in La Paz in 2008.",
        "Another round of talks between Peru and Bolivia was held in Lima in 2011.",
        # on what or where, nothing says
        "A referendum on independence was held in 1994.",
        # more than where and when: the question would leave it out
        "The second round of negotiations was held in Geneva for the first time in 2009.",
        "The first round of talks between Peru and Bolivia took place in 2009, after years of war.",
    ],
)
def test_no_event_is_read_where_the_holding_does_not_say_which(sentence: str) -> None:
    assert held_event(sentence, _year_span(sentence)) is None


def test_a_held_event_becomes_a_year_question_in_the_bank() -> None:
    bank = build(
        "A referendum on the status of the Loma Alta district was held in 1994. "
        "Talks between Peru and Bolivia on the frontier took place in Quito in 2009."
    )
    asked = {q.prompt: q for q in bank.questions if q.kind == "date"}
    question = asked["In what year was a referendum on the status of the Loma Alta district held?"]
    assert question.answer == "1994"
    assert question.format == "mc"
    assert question.choices is not None and len(question.choices) == 4
    assert not any("Quito" in p for p in asked)


def test_an_acronym_the_article_spells_out_is_spelt_out_in_the_question() -> None:
    """ "the KRI's independence referendum": the article says "the Kurdistan Region (KRI)"; the question,
    read without the article, says the name (both blind reviewers of sets 319-320 noted the bare acronym)."""
    bank = build(
        "Farmers in the Loma Alta District (LAD) want to stay in Peru. "
        "A referendum on the status of the LAD was held in 1994."
    )
    asked = [q.prompt for q in bank.questions if q.kind == "date"]
    assert "In what year was a referendum on the status of the Loma Alta District held?" in asked, asked

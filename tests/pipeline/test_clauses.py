"""Plain statements turned into questions about one of their parts. Sentences are written for these
tests; none comes from the course's or any unseen article."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.clauses import ask_how_many, ask_which, ask_year, parse, past_tense_lemma
from studyapp.pipeline.model import Source, SourceMeta


def build(body: str) -> tuple[Bank, BuildReport]:
    meta = SourceMeta(title="Rocks in dispute", author="Jane Roe", publisher="Test Gazette", date="2019-06")
    bank, report = build_from_sources([Source(id="a", path="a.txt", text=f"Rocks in dispute\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return bank, report


def span(sentence: str, part: str) -> tuple[int, int]:
    i = sentence.index(part)
    return i, i + len(part)


@pytest.mark.parametrize(
    ("sentence", "date", "question"),
    [
        (
            "In 1875, Japan and Russia signed a treaty that swapped Sakhalin for the northern Kurils.",
            "1875",
            "In what year did Japan and Russia sign a treaty that swapped Sakhalin for the northern Kurils?",
        ),
        (
            "Argentina invaded the Falkland Islands in April 1982.",
            "April 1982",
            "In what year did Argentina invade the Falkland Islands?",
        ),
        (
            "The Hans Island dispute was settled by Canada and Denmark in June 2022, ending a long quarrel.",
            "June 2022",
            "In what year was the Hans Island dispute settled by Canada and Denmark?",
        ),
        (
            "Miguel Ortega, a former defence minister, visited the atoll on 3 May 2011.",
            "3 May 2011",
            "In what year did Miguel Ortega visit the atoll?",
        ),
        (
            "Britain formally leased the territory for 99 years in 1898.",
            "1898",
            "In what year did Britain formally lease the territory for 99 years?",
        ),
    ],
)
def test_a_dated_statement_becomes_a_year_question(sentence: str, date: str, question: str) -> None:
    assert ask_year(sentence, span(sentence, date)) == question


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("He visited the atoll again in 2013.", "2013"),  # who? another sentence says
        ("Ortega said in 2013 that the atoll was theirs.", "2013"),  # a stance, not an act
        ("Canada and Denmark signed the 2022 Hans Island Agreement.", "2022"),  # the year is in the name
        ("Britain had built a runway on the island by 1985.", "1985"),  # "by": an upper bound
        ("The garrison was enlarged after the landing in 1982.", "1982"),  # the date is in a tacked-on clause
        ("Minister Ortega was shown the harbour in 2014.", "2014"),  # true, dated, but trivia
        ("Chile signed a treaty in 1881 and a protocol in 1893.", "1881"),  # another year stays in the question
    ],
)
def test_no_year_question_when_the_statement_is_not_plain(sentence: str, date: str) -> None:
    assert ask_year(sentence, span(sentence, date)) is None


def test_counted_figure_becomes_how_many() -> None:
    s = "The new government expelled 4,000 Dutch settlers from the coast."
    assert parse(s) is None  # "The new government" is no named subject
    s = "Indonesia expelled 4,000 Dutch settlers from the coast, which angered The Hague."
    asked = ask_how_many(s, span(s, "4,000"), "settlers")
    assert asked == "How many Dutch settlers did Indonesia expel from the coast?"


def test_place_after_the_verb_becomes_which_island() -> None:
    s = "In August 2012, Lee Myung-bak visited Dokdo, the first president to do so."
    got = ask_which(s, span(s, "Dokdo"), "island", span(s, "August 2012"))
    assert got == "Which island did Lee Myung-bak visit in August 2012?"
    s = "Lee Myung-bak flew to Dokdo in August 2012."
    assert ask_which(s, span(s, "Dokdo"), "island") == "Which island did Lee Myung-bak fly to in August 2012?"
    s = "Lee Myung-bak spoke about Dokdo in August 2012."  # not the object of an act
    assert ask_which(s, span(s, "Dokdo"), "island") is None


def test_verbs_are_put_in_their_base_form_by_a_lexicon_not_by_stripping_letters() -> None:
    assert past_tense_lemma("ceded") == "cede"
    assert past_tense_lemma("occupied") == "occupy"
    assert past_tense_lemma("held") == "hold"
    assert past_tense_lemma("expelled") == "expel"
    assert past_tense_lemma("hundred") is None
    assert past_tense_lemma("Ceded") is None  # a capitalised word is part of a name


def test_an_act_dated_twice_is_not_asked_by_year() -> None:
    body = (
        "Lee Myung-bak visited Dokdo in August 2012. "
        "Lee Myung-bak visited Dokdo in May 2013 to open a lighthouse.\n\n"
        "In 1905, Japan incorporated Dokdo into Shimane Prefecture. "
        "Dokdo is also called Takeshima in Japan. Dokdo lies between Korea and Japan."
    )
    bank, report = build(body)
    years = [q.prompt for q in bank.questions if q.prompt.startswith("In what year")]
    assert "In what year did Japan incorporate Dokdo into Shimane Prefecture?" in years
    assert not any("Lee Myung-bak" in p for p in years)
    assert report.dropped["date: an act the articles date to more than one year"] == 2


def test_a_named_body_may_carry_where_it_sits() -> None:
    s = "In 1994, the International Court of Justice in The Hague ruled that the strip belonged to Chad."
    assert ask_year(s, (3, 7)) == (
        "In what year did the International Court of Justice in The Hague rule that the strip belonged to Chad?"
    )

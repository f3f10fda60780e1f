"""A document whose name is only common words ("the Comprehensive Package Agreement") says neither
whose nor which; its year is asked with the two countries its sentence says it is between, or not
at all. A division told with nothing of its parts is not dated either. Sentences are written for
these tests; none comes from the course's or any unseen article."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.control import capitals_as_countries
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.questions.documents import is_generic_document


def build(body: str) -> tuple[list[str], BuildReport]:
    title = "Sea border settled"
    meta = SourceMeta(title=title, author="Jane Roe", publisher="Test Gazette", date="2019-06")
    bank, report = build_from_sources([Source(id="a", path="a.txt", text=f"{title}\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return [q.prompt for q in bank.questions if q.kind == "date"], report


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("the Comprehensive Package Agreement", True),  # everyday words: which one, and whose?
        ("the Maritime Boundary Treaty", True),
        ("the Joint Declaration", True),
        ("the Good Friday Agreement", False),  # a day's name is no everyday word
        ("the Helsinki Final Act", False),
        ("the Soviet-Japanese Joint Declaration", False),
    ],
)
def test_a_name_of_everyday_words_is_a_documents_kind_not_its_name(name: str, generic: bool) -> None:
    assert is_generic_document(name) is generic


def test_a_document_named_in_common_words_is_dated_with_the_countries_it_is_between() -> None:
    asked, _ = build(
        "The Comprehensive Package Agreement of 14 May 2009 ended a long maritime dispute between Norway "
        "and Iceland over the Klow Shoal, Icelandic officials said."
    )
    assert "In what year was the Comprehensive Package Agreement between Norway and Iceland signed?" in asked


def test_a_document_named_in_common_words_with_no_two_countries_is_not_dated() -> None:
    asked, report = build(
        "The Comprehensive Package Agreement of 14 May 2009 ended a long maritime dispute over the Klow Shoal, "
        "officials said."
    )
    assert not any("Package Agreement" in a for a in asked)
    assert any("whose is not said" in d for d in map(str, report.dropped))


def test_a_documents_name_is_asked_whole_not_cut_at_its_first_comma() -> None:
    asked, _ = build(
        "In 1871, the Treaty of Trade, Fishing and Borders between Norway and Iceland drew the line between "
        "the Klow Shoal and the islands to its north."
    )
    assert "In what year was the Treaty of Trade, Fishing and Borders between Norway and Iceland signed?" in asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The Klow Shoal was a part of Norway when Iceland was divided in 1931.",
        "The shoal changed hands in 1931, when the old kingdom was split.",
    ],
)
def test_a_division_with_nothing_said_of_its_parts_is_not_dated(sentence: str) -> None:
    asked, _ = build(sentence)
    assert not any(a.endswith(("divided?", "split?")) for a in asked)


def test_another_name_of_a_country_is_not_read_as_its_capital() -> None:
    assert capitals_as_countries("did Timor-Leste and Australia sign it") == "did Timor-Leste and Australia sign it"
    assert capitals_as_countries("did Burma protest") == "did Burma protest"

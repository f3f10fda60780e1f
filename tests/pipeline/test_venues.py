"""Where two people met: "Where in Japan did Kenji Sato host Ivan Petrov in June 2019?", its wrong
choices other towns of the same country and size. Sentences are written for these tests; none comes
from the course's or any unseen article."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.towns import town_in, towns_like
from studyapp.pipeline.venues import find_venues

_PEOPLE = (
    "Japanese Prime Minister Kenji Sato and Russian President Ivan Petrov have long argued over the Habomai "
    "islets, which Russia has held since 1945.\n\n"
)


def build(body: str, date: str = "2019-06-10") -> tuple[Bank, BuildReport]:
    title = "Leaders meet again over the islands"
    meta = SourceMeta(title=title, author="Jane Roe", publisher="Test Gazette", date=date)
    text = f"{title}\n\n{_PEOPLE}{body}\n"
    bank, report = build_from_sources([Source(id="a", path="a.txt", text=text, meta=meta)])
    assert check_bank(bank) == []
    return bank, report


def venue_questions(bank: Bank) -> list:  # type: ignore[type-arg]
    return [q for q in bank.questions if q.kind == "venue"]


@pytest.mark.parametrize(
    ("sentence", "host", "guest", "ahead", "towns"),
    [
        (
            "Sato will host Petrov at a mountain inn in his home town of Hagi on Thursday.",
            "Sato",
            "Petrov",
            True,
            ["Hagi"],
        ),
        ("In May 2014, Sato and Petrov met in Sochi.", "Sato", "Petrov", False, ["Sochi"]),
        ("Sato met Petrov on the sidelines of a forum in Vladivostok.", "Sato", "Petrov", False, ["Vladivostok"]),
        ("The summit between Sato and Petrov in Krasnoyarsk went well.", "Sato", "Petrov", False, ["Krasnoyarsk"]),
        ("Sato hosted Petrov in Tokyo and in his hometown of Hagi.", "Sato", "Petrov", False, ["Tokyo", "Hagi"]),
    ],
)
def test_the_meeting_its_people_and_its_towns_are_read(
    sentence: str, host: str, guest: str, ahead: bool, towns: list[str]
) -> None:
    (venue,) = find_venues(sentence)
    assert (venue.host.split()[-1], venue.guest, venue.ahead) == (host, guest, ahead)
    assert [t for t, _, _ in venue.towns] == towns


@pytest.mark.parametrize(
    "sentence",
    [
        "Sato did not host Petrov in Hagi.",  # it did not happen
        "Sato could meet Petrov in Hagi.",  # it may never
        "Sato hosted Petrov, but the talks in Hagi were cancelled.",  # Hagi is another clause's
        "Sato hosted Petrov for three days of talks that ended with a dinner attended by the mayor in Hagi.",  # too far
    ],
)
def test_no_meeting_place_is_read_where_none_is_told(sentence: str) -> None:
    assert find_venues(sentence) == []


def test_where_a_dated_meeting_took_place_is_asked_with_towns_of_its_country_as_wrong_choices() -> None:
    bank, _ = build("In May 2014, Sato hosted Petrov at a hot spring inn in his home town of Hagi.")
    (mc,) = venue_questions(bank)  # multiple choice only: typed, "Yamaguchi" (the prefecture) is right too
    assert mc.prompt == "Where in Japan did Kenji Sato host Ivan Petrov in May 2014?"
    assert (mc.answer, mc.format) == ("Hagi", "mc")
    hagi = town_in("Hagi", {"Japan"})
    assert hagi is not None
    wrong = [c for c in mc.choices or [] if c != "Hagi"]
    assert len(wrong) == 3
    for name in wrong:
        town = town_in(name, {"Japan"})
        assert town is not None and town.country == "Japan" and not town.capital
        assert name not in bank.questions[0].source.quote  # never a town the article names


def test_a_meeting_still_to_come_is_asked_as_arranged_in_the_article_month() -> None:
    bank, _ = build("Sato will host Petrov at a mountain inn in his home town of Hagi on Thursday.")
    (q, *_) = venue_questions(bank)
    assert q.prompt == "Where in Japan did Kenji Sato arrange to host Ivan Petrov in June 2019?"


def test_two_towns_of_one_meeting_make_a_multiple_choice_question_without_the_other_town() -> None:
    bank, _ = build("In May 2014, Sato hosted Petrov in Osaka and in his hometown of Hagi.")
    (asked,) = venue_questions(bank)  # one meeting, one question
    assert {asked.answer, *(asked.choices or [])} & {"Osaka", "Hagi"} == {asked.answer}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("In May 2014, Sato hosted Petrov in Tokyo.", "a meeting in a capital"),
        ("Sato and Petrov met in Sochi.", "a meeting with no date in its clause"),
        ("In May 2014, Sato and Petrov met in Russia.", "a meeting placed in a country"),
    ],
)
def test_a_meeting_place_not_worth_asking_is_dropped_with_its_reason(body: str, reason: str) -> None:
    bank, report = build(body)
    assert venue_questions(bank) == []
    assert any(reason in d for d in map(str, report.dropped)), report.dropped


def test_wrong_towns_are_of_the_same_country_about_the_same_size_and_never_excluded() -> None:
    sochi = town_in("Sochi", {"Russia"})
    assert sochi is not None and sochi.country_code == "RU"
    wrong = towns_like(sochi, 3, {"Vladimir", "Grozny"}, "seed")
    assert len(wrong) == 3 and not {"Vladimir", "Grozny", "Sochi", "Moscow"} & set(wrong)
    for name in wrong:
        town = town_in(name, {"Russia"})
        assert town is not None and sochi.population / 10 < town.population < sochi.population * 10
    assert towns_like(sochi, 3, set(), "seed") == towns_like(sochi, 3, set(), "seed")  # the same every build


def test_a_capital_spelt_with_an_accent_is_still_its_countrys_capital() -> None:
    bogota = town_in("Bogota", {"Colombia"})  # GeoNames names the city "Bogotá" and the capital "Bogota"
    assert bogota is not None and bogota.capital


def test_the_towns_table_is_what_the_script_cuts_from_geonames() -> None:
    import runpy
    from pathlib import Path

    from studyapp.pipeline import towns

    script = runpy.run_path(str(Path(__file__).resolve().parents[2] / "scripts" / "make_towns.py"))
    assert towns.TABLE.read_text(encoding="utf-8") == script["towns_table"](), "run scripts/make_towns.py"

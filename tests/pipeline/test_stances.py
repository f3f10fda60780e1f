"""A government's position on a territory, and the "Which country …?" question made of it.
Sentences are written for these tests; none comes from the course's or any unseen article."""

from __future__ import annotations

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.model import Source, SourceMeta
from studyapp.pipeline.stances import find_stances


def build(body: str, title: str = "Islands in dispute") -> tuple[Bank, BuildReport]:
    meta = SourceMeta(title=title, author="Jane Roe", publisher="Test Gazette", date="2019-06")
    bank, report = build_from_sources([Source(id="a", path="a.txt", text=f"{title}\n\n{body}\n", meta=meta)])
    assert check_bank(bank) == []
    return bank, report


@pytest.mark.parametrize(
    ("sentence", "country", "verb", "view"),
    [
        (
            "The Greek government maintains the Imia Islets are an inherent part of Greece's territory.",
            "Greece",
            "maintains",
            "the Imia Islets are an inherent part of Greece's territory",
        ),
        (
            "Ankara insists that the Imia Islets belong to Turkey.",
            "Turkey",
            "insists",
            "the Imia Islets belong to Turkey",
        ),
        (
            "Athens does not recognise Turkish sovereignty over the Imia Islets.",
            "Greece",
            "does not recognise",
            "Turkish sovereignty over the Imia Islets",
        ),
        (
            "Turkey's Foreign Ministry said in a statement on Monday that the Imia Islets are Turkish.",
            "Turkey",
            "said",
            "the Imia Islets are Turkish",
        ),
        (  # when it was said, before or after the verb
            "Ankara on Wednesday said the Imia Islets will never be handed over.",
            "Turkey",
            "said",
            "the Imia Islets will never be handed over",
        ),
        (
            "Athens said Monday that the Imia Islets have been Greek since 1947.",
            "Greece",
            "said",
            "the Imia Islets have been Greek since 1947",
        ),
    ],
)
def test_a_governments_position_is_read(sentence: str, country: str, verb: str, view: str) -> None:
    [found] = find_stances(sentence)
    assert (found.country, found.verb, found.view) == (country, verb, view)
    assert sentence[found.view_start : found.view_end] == view


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greeks say the Imia Islets are theirs.",  # people, not a state
        "Turkey claimed the Imia Islets in 1996.",  # an act on a thing, not a position
        # the thing claimed, with a relative clause whose verb is not the position's
        "Turkey claims the two rocky islets off the coast that Athens has been guarding since 1996.",
        "Athens hopes the talks will go well.",  # not a verb of position
        "Greek fishermen insist the Imia Islets are theirs.",
    ],
)
def test_no_position_without_a_state_and_a_verb_of_position(sentence: str) -> None:
    assert find_stances(sentence) == []


def test_which_country_holds_a_position_with_the_other_side_among_the_choices() -> None:
    body = (
        "Russia and Japan both claim Shikotan, which lies off Hokkaido; the United States and China watch.\n\n"
        "The Japanese government maintains the Southern Kurils were illegally occupied after World War II."
    )
    bank, report = build(body)
    asked = [q for q in bank.questions if q.kind == "country_stance"]
    assert [q.prompt for q in asked] == [
        "Which country maintains that the Southern Kurils (Northern Territories) were illegally occupied after "
        "World War II?"
    ], report.lines()
    q = asked[0]
    assert q.answer == "Japan" and q.choices is not None and "Russia" in q.choices
    assert any("“The Japanese government” for Japan" in n for n in q.notes)


def test_a_two_sided_position_is_not_asked() -> None:
    """The United States, China and South Korea beside Japan and Russia are ruled out at a glance, and
    asked typed, "which side holds it?" is the premise of the topic (blind reviews: not worth asking)."""
    body = (
        "Russia and Japan both claim Shikotan, which lies off Hokkaido.\n\n"
        "The Japanese government maintains the Southern Kurils were illegally occupied after the war."
    )
    bank, report = build(body)
    assert not [q for q in bank.questions if q.kind == "country_stance"], report.lines()
    assert any("premise of the topic" in r for r in report.dropped)


@pytest.mark.parametrize(
    ("sentence", "country", "view"),
    [
        ("Tokyo demands the return of the four islands.", "Japan", "the return of the four islands"),
        (
            "Moscow once offered two of the islands, but Japan wants all four returned.",
            "Japan",
            "all four returned",
        ),
        ("Japan has demanded their return and has rejected every offer of aid.", "Japan", "their return"),
    ],
)
def test_a_claimants_demand_for_the_place_back_is_a_position(sentence: str, country: str, view: str) -> None:
    found = find_stances(sentence)
    assert [(st.country, st.view) for st in found] == [(country, view)]
    st = found[0]
    assert sentence[st.view_start : st.view_end] == view


def test_a_wish_for_something_else_is_no_position() -> None:
    assert find_stances("Moscow wants Japanese investment in Siberia.") == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Tokyo insists that Tokyo will never give up the Northern Territories.",
            "a country's position that names the country (gives the key away)",
        ),
        ("Tokyo insists that the talks with Moscow went well overall.", "a country's position that names no place"),
        (
            "Tokyo insists that we will keep the Northern Territories in our hearts.",
            "a country's position in the first person",
        ),
    ],
)
def test_no_country_question_when_the_position_gives_itself_away_or_is_not_territorial(body: str, reason: str) -> None:
    bank, report = build(body)
    assert not [q for q in bank.questions if q.kind == "country_stance"]
    assert any(r.startswith(f"country_stance: {reason}") for r in report.dropped), report.lines()


def test_a_plain_claim_of_ownership_is_not_asked_but_an_asymmetric_position_is() -> None:
    body = (
        "Russia and Japan both claim Shikotan, which lies off Hokkaido; the United States and China watch.\n\n"
        "The Japanese government maintains the Southern Kurils are an inherent part of Japan's territory.\n\n"
        "Moscow insists that its sovereignty over the Southern Kurils is undisputed."
    )
    bank, report = build(body)
    asked = [q for q in bank.questions if q.kind == "country_stance"]
    assert [q.answer for q in asked] == ["Russia"], report.lines()
    # the holder's own name for the place does not lead: Russia's position names Japan's term first
    assert "the Northern Territories (Southern Kurils)" in asked[0].prompt
    assert any("plain claim of ownership" in r for r in report.dropped)


def test_all_four_with_the_noun_left_out_are_the_territorys_islands() -> None:
    body = (
        "Fishermen from Shikotan and Etorofu met on Monday to talk about catch limits and new boats.\n\n"
        "Japan, the United States and China watched the talks closely.\n\n"
        "Moscow once offered two of the islands, but Japan wants all four returned."
    )
    bank, report = build(body)
    asked = [q.prompt for q in bank.questions if q.kind == "country_stance"]
    assert asked == ["Which country wants all four islands of the Northern Territories / Southern Kurils returned?"], (
        report.lines()
    )

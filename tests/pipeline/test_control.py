"""Who holds a place, read from the words around its name (invented sentences only)."""

from __future__ import annotations

import pytest

from studyapp.pipeline.control import also_claims, claimants_near, holder_near, names_of, same_holder


def held(sentence: str, place: str, island: bool = True) -> str | None:
    start = sentence.index(place)
    found = holder_near(sentence, start, start + len(place), island)
    if found is None:
        return None
    country, a, b = found
    assert sentence[a:b]  # the words the country is named by are in the sentence
    return country


@pytest.mark.parametrize(
    ("sentence", "place", "country"),
    [
        ("Fishermen sailed to the Danish-held island of Hans Island at dawn.", "Hans Island", "Denmark"),
        ("Woody Island, which is controlled by Beijing, has a runway.", "Woody Island", "China"),
        (
            "The Paracel Islands, which lie south of Hainan, have been administered by China since 1974.",
            "Paracel Islands",
            "China",
        ),
        ("Ships circled Pag-asa Island, held by Manila since the 1970s.", "Pag-asa Island", "the Philippines"),
    ],
)
def test_the_holder_is_read_before_or_after_the_name(sentence: str, place: str, country: str) -> None:
    assert held(sentence, place) == country


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Both Denmark and Canada claim Hans Island.", "Hans Island"),
        ("Woody Island is claimed by Vietnam.", "Woody Island"),
        ("Pag-asa Island lies near a reef controlled by China.", "Pag-asa Island"),
    ],
)
def test_claims_and_other_places_holders_are_not_read(sentence: str, place: str) -> None:
    assert held(sentence, place) is None


def test_a_held_part_of_a_divided_region_is_not_the_holder_of_the_whole() -> None:
    sentence = "Protests spread across Pakistani-administered Kashmir on Monday."
    assert held(sentence, "Kashmir", island=False) is None
    assert held("Kashmir, controlled by India since 1947, was tense.", "Kashmir", island=False) == "India"


def test_one_holder_under_two_names_is_never_a_wrong_choice() -> None:
    assert same_holder("Russia", "the Soviet Union")
    assert not same_holder("Russia", "Japan")
    assert names_of("Britain") == ["Britain", "the United Kingdom", "the UK"]


def claimed(sentence: str, place: str) -> tuple[str, str] | None:
    start = sentence.index(place)
    return claimants_near(sentence, start, start + len(place))


@pytest.mark.parametrize(
    ("sentence", "place", "pair"),
    [
        ("Hans Island, claimed by both Canada and Denmark, is a bare knoll.", "Hans Island", ("Canada", "Denmark")),
        ("The Hawar Islands, which Bahrain and Qatar both claim, lie offshore.", "Hawar Islands", ("Bahrain", "Qatar")),
        ("The dispute between Athens and Ankara over the Imia islets flared.", "Imia islets", ("Greece", "Turkey")),
        ("Guatemala and Belize both claim the Sapodilla Cayes.", "Sapodilla Cayes", ("Guatemala", "Belize")),
        ("The Spain-Britain row over the Rock of Gibraltar grew.", "Rock of Gibraltar", ("Spain", "Britain")),
    ],
)
def test_two_claimants_are_read_when_the_sentence_names_both(sentence: str, place: str, pair: tuple[str, str]) -> None:
    assert claimed(sentence, place) == pair


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Woody Island is claimed by Vietnam.", "Woody Island"),  # one claimant only
        ("Chile and Peru signed a treaty on the Tacna coast.", "Tacna coast"),  # not a claim
        ("The Soviet Union and Russia held the Kuril Islands.", "Kuril Islands"),
        ("Canada and Denmark both claim waters near Hans Island.", "Hans Island"),  # another thing claimed
    ],
)
def test_no_claimants_without_a_plain_claim_on_the_place(sentence: str, place: str) -> None:
    assert claimed(sentence, place) is None


def test_a_country_said_to_claim_something_is_never_a_wrong_claimant() -> None:
    text = "China and Vietnam both claim the Paracel Islands. Taiwan also claims them."
    assert also_claims(text, "Taiwan")
    assert not also_claims(text, "Malaysia")
    assert also_claims("The reef is claimed by China, Taiwan and Brunei.", "Brunei")


def test_a_country_whose_name_opens_with_the_is_found_opening_a_sentence() -> None:
    from studyapp.pipeline.control import countries_in

    assert countries_in("The United States and China watched. The Soviet Union did not.") == [
        "the United States",
        "China",
        "the Soviet Union",
    ]

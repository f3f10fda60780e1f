"""Back references in a view, resolved from the text before it (invented sentences only)."""

from __future__ import annotations

import re

import pytest

from studyapp.pipeline.antecedents import Place, resolve

_PLACES = ("Hans Island", "Greenland", "Ellesmere Island", "Paracel Islands", "Spratly Islands", "Woody Island")


def _places_found(text: str, groups: dict[str, str]) -> list[Place]:
    """The places of ``groups`` (name -> the group it names, "" for none) in ``text``, in order."""
    out = [
        Place(m.start(), name, name.endswith("s"), group)
        for name, group in groups.items()
        for m in re.finditer(re.escape(name), text)
    ]
    return sorted(out, key=lambda p: p.start)


def places(text: str) -> list[Place]:
    return _places_found(text, dict.fromkeys(_PLACES, ""))


PEOPLE = ["Anders Holm", "Jean Tremblay", "Nguyen Van Minh", "Li Wei"]


def test_the_visit_becomes_whose_visit_to_where() -> None:
    before = "Danish Defence Minister Anders Holm visited Hans Island on Monday. Canada summoned the envoy. "
    out = resolve("the visit was a provocation", before, PEOPLE, places, quoted=False)
    assert out.text == "Holm’s visit to Hans Island was a provocation"


def test_a_possessive_title_and_there_are_part_of_the_reference() -> None:
    before = "Anders Holm's first trip to Hans Island drew protests from Ottawa. "
    out = resolve("the minister’s visit there is deeply regrettable", before, PEOPLE, places, quoted=True)
    assert out.text == "[Holm’s visit to Hans Island] is deeply regrettable"


def test_two_visitors_just_before_leave_the_visit_alone() -> None:
    before = "Anders Holm visited Hans Island in May. Jean Tremblay visited Ellesmere Island in June. "
    out = resolve("the visit was unhelpful", before, PEOPLE, places, quoted=False)
    assert out.text == "the visit was unhelpful"


def test_a_visit_with_its_own_destination_is_not_touched() -> None:
    before = "Anders Holm visited Hans Island. "
    out = resolve("the visit to Greenland went well", before, PEOPLE, places, quoted=False)
    assert out.replaced == []


@pytest.mark.parametrize(
    "words", ["by making the first visit ever by a Danish leader", "after the visit by a minister"]
)
def test_a_visit_that_says_whose_it_is_is_not_touched(words: str) -> None:
    before = "Anders Holm visited Hans Island in May. "
    assert resolve(f"{words} to Hans Island", before, PEOPLE, places, quoted=False).replaced == []


def test_the_title_becomes_the_person_who_holds_it() -> None:
    before = "Vietnamese President Nguyen Van Minh called for talks on the Paracel Islands. "
    out = resolve("the president had misread the situation", before, PEOPLE, places, quoted=False)
    assert out.text == "Vietnamese President Minh had misread the situation"


def test_an_unknown_title_holder_is_not_guessed() -> None:
    before = "The president of the fishing cooperative spoke first. "
    assert resolve("the president was wrong", before, PEOPLE, places, quoted=False).replaced == []


def test_the_islands_becomes_the_latest_plural_place() -> None:
    before = "China has built runways on the Paracel Islands since 2014. "
    out = resolve("the islands belong to Vietnam", before, PEOPLE, places, quoted=True)
    assert out.text == "[the Paracel Islands] belong to Vietnam"
    # some house styles capitalise "the Islands"
    assert resolve("its claim to the Islands is old", before, PEOPLE, places, quoted=False).text == (
        "its claim to the Paracel Islands is old"
    )


def test_an_island_named_again_by_its_name_alone_after_the_latest_leaves_the_island_alone() -> None:
    # "Hans Island … Greenland … the flag on Hans … the island": Hans may be the island meant, not the
    # island named last (sets 108-109: "a garrison on Hawaii" for Clipperton's)
    filler = "The strait is cold and the summers are short, so visits are rare and brief. " * 6
    plain = f"Hans Island lies in the strait. {filler}A ship from Greenland called there. "
    assert resolve("a hut was built on the island", plain, PEOPLE, places, quoted=False).text == (
        "a hut was built on Greenland"
    )
    before = f"{plain}Officers raised the flag on Hans to strengthen the claim. "
    assert resolve("a hut was built on the island", before, PEOPLE, places, quoted=False).replaced == []


def test_two_island_groups_just_before_are_ambiguous() -> None:
    before = "Both the Paracel Islands and the Spratly Islands are claimed by several states. "
    assert resolve("the islands are Vietnamese", before, PEOPLE, places, quoted=False).replaced == []


@pytest.mark.parametrize(
    ("view", "before", "expected"),
    [
        ("the two leaders agreed to meet again", "Anders Holm met Jean Tremblay in Ottawa. ", "Holm and Tremblay"),
        (
            "the two countries should share the island",
            "Denmark and Canada both claim Hans Island. ",
            "Denmark and Canada",
        ),
    ],
)
def test_pairs_become_the_two_named_just_before(view: str, before: str, expected: str) -> None:
    out = resolve(view, before, PEOPLE, places, quoted=False)
    assert out.text.startswith(expected)


def test_a_pairs_possessive_apostrophe_takes_an_s_on_the_names() -> None:
    """ "the two sides' first summit" is "Denmark and Canada's first summit", not "Denmark and Canada' …"."""
    out = resolve(
        "the two sides’ first summit was in Ottawa",
        "Denmark and Canada both claim Hans Island. ",
        PEOPLE,
        places,
        quoted=False,
    )
    assert out.text.startswith("Denmark and Canada’s first summit"), out.text


def test_a_capital_acting_for_its_country_is_that_country_in_a_pair() -> None:
    # (both blind reviewers of sets 100-101 failed "stopped Japan and Tokyo from signing a treaty")
    before = "Russia and Japan signed deals. Tokyo hopes for more. "
    out = resolve("the two countries should share the island", before, PEOPLE, places, quoted=False)
    assert "Tokyo" not in out.text
    assert out.text.startswith("Russia and Japan"), out.text


def test_three_countries_just_before_leave_the_pair_alone() -> None:
    before = "China, Vietnam and the Philippines all claim the reefs. "
    assert resolve("the two countries must talk", before, PEOPLE, places, quoted=False).replaced == []


def test_a_country_named_once_as_a_venue_is_not_one_of_the_pair() -> None:
    """ "… would meet in Brunei during the forum. The two countries agreed …": a country the text
    names once is where something happened (the pair was left unresolved in sets 116-117)."""
    before = "Peru and Chile met on Monday. Peru will send envoys. Chile wants talks, and they will meet in Brunei. "
    out = resolve("the two countries agreed to talk", before, PEOPLE, places, quoted=False)
    assert out.text.startswith("Peru and Chile"), out.text


def test_lowercase_words_after_a_title_are_not_a_name() -> None:
    before = "The prime minister said nothing about Greenland. "
    assert resolve("the prime minister was silent", before, PEOPLE, places, quoted=False).replaced == []


def test_a_counted_reference_gets_the_group_name_put_in() -> None:
    before = "Vietnam protested against new runways on the Paracel Islands. "
    out = resolve("the plan to buy the three islets was illegal", before, PEOPLE, places, quoted=False)
    assert out.text == "the plan to buy the three Paracel islets was illegal"


def test_visits_by_one_person_to_two_places_leave_the_visit_alone() -> None:
    before = "Anders Holm flew to Hans Island on Monday. The trip comes before Holm's visit to Greenland next month. "
    assert resolve("the visit is regrettable", before, PEOPLE, places, quoted=False).replaced == []


def test_a_part_named_after_its_whole_is_the_place_meant() -> None:
    def nested(text: str) -> list[Place]:
        out = []
        for name, group, whole in (
            ("Spratly Islands", "Spratly Islands", ""),
            ("western Spratly Islands", "Western Spratlys", "Spratly Islands"),
            ("Paracel Islands", "Paracel Islands", ""),
        ):
            for m in re.finditer(re.escape(name), text):
                if not text[: m.start()].endswith("western "):  # "Spratly Islands" inside the part's name
                    out.append(Place(m.start(), name, True, group, whole))
        return sorted(out, key=lambda p: p.start)

    before = "Manila has troops on the Spratly Islands. Vietnam claims the western Spratly Islands. "
    assert resolve("its claims to the Islands are old", before, PEOPLE, nested, quoted=False).text == (
        "its claims to the western Spratly Islands are old"
    )
    # two places of which neither is part of the other stay unclear
    before = "Manila has troops on the Paracel Islands. Vietnam claims the western Spratly Islands. "
    assert resolve("its claims to the Islands are old", before, PEOPLE, nested, quoted=False).replaced == []


def _parts(text: str) -> list[Place]:
    """Three islands and an islet group of one (invented) whole, the Ember Isles."""
    out = []
    for name, plural in (("Ashby", False), ("Brant", False), ("Corvo", False), ("Dunmore islets", True)):
        for m in re.finditer(re.escape(name), text):
            out.append(Place(m.start(), name, plural, name.split()[0], "Ember Isles"))
    return sorted(out, key=lambda p: p.start)


def test_the_islands_after_a_list_of_a_wholes_parts_are_the_whole() -> None:
    before = "Life on Ashby, Brant and Corvo islands and the Dunmore islets is hard. "
    out = resolve("Northern troops seized the islands in 1945", before, [], _parts, quoted=False)
    assert out.text == "Northern troops seized the Ember Isles in 1945"


def test_the_islands_in_a_named_sea_say_which_and_are_left_alone() -> None:
    before = "The Paracel Islands lie south of Woody Island. "
    out = resolve("the islands in the South China Sea are claimed", before, PEOPLE, places, quoted=False)
    assert out.text == "the islands in the South China Sea are claimed"


def test_the_proposal_becomes_whose_proposal_to_do_what() -> None:
    """ "Konovalov said the proposal could pave the way …": which proposal, the lead said (an unseen
    article's analyst was asked nothing until it was spelt out)."""
    before = (
        "Experts believe Anders Holm's new proposal to split Hans Island could revive talks. "
        "Copenhagen once rejected a Canadian plan to share the island. "
    )
    out = resolve("the proposal could pave the way for a deal", before, PEOPLE, places, quoted=False)
    assert out.text == "Anders Holm's proposal to split Hans Island could pave the way for a deal"
    # "the plan" is "a Canadian plan", whose owner is no possessive: left alone
    assert resolve("the plan failed", before, PEOPLE, places, quoted=False).text == "the plan failed"


def test_a_proposal_owned_by_a_title_alone_is_left_alone() -> None:
    """ "the Danish defence minister's proposal": which minister, and when? (both blind reviewers of the
    session-21 census of the dev sets failed the question it made)"""
    before = "Experts believe the Danish defence minister's new proposal to split Hans Island could revive talks. "
    out = resolve("the proposal could pave the way for a deal", before, PEOPLE, places, quoted=False)
    assert out.text == "the proposal could pave the way for a deal"


def test_a_proposal_with_another_like_it_named_since_is_left_alone() -> None:
    before = "Anders Holm's proposal to split Hans Island drew protests. Ottawa answered with a proposal of its own. "
    assert resolve("the proposal is unrealistic", before, PEOPLE, places, quoted=False).text == (
        "the proposal is unrealistic"
    )


def _named_places(text: str) -> list[Place]:
    """Places with the group they name: "the Xisha Islands" is China's name for the Paracels."""
    return _places_found(
        text, {"Paracel Islands": "Paracel Islands", "Xisha Islands": "Paracel Islands", "Hainan": "Hainan"}
    )


@pytest.mark.parametrize(
    "aside",
    [
        "which China refers to as the Xisha Islands",
        "which Beijing calls the Xisha Islands",
        "known in China as the Xisha Islands",
        "known to neighbouring China as the Xisha Islands",
        "called by China the Xisha Islands",
    ],
)
def test_a_name_one_side_gives_the_place_is_not_what_the_islands_stand_for(aside: str) -> None:
    # the Vietnamese act is not told in China's name for the islands
    before = f"Fishermen from Hainan sail near the Paracel Islands, {aside}. "
    out = resolve(
        "the National Assembly passed a law declaring the islands part of Vietnam",
        before,
        PEOPLE,
        _named_places,
        quoted=False,
    )
    assert out.text == "the National Assembly passed a law declaring the Paracel Islands part of Vietnam"


def test_a_name_given_only_in_an_aside_is_what_the_islands_stand_for() -> None:
    before = "Fishermen sail near the disputed islands, which China calls the Xisha Islands. "
    out = resolve("the navy patrols the islands", before, PEOPLE, _named_places, quoted=False)
    assert out.text == "the navy patrols the Xisha Islands"


def test_a_name_the_article_itself_uses_is_what_the_islands_stand_for() -> None:
    before = "Fishermen sail near the Paracel Islands. China has built an airstrip on the Xisha Islands. "
    out = resolve("the navy patrols the islands", before, PEOPLE, _named_places, quoted=False)
    assert out.text == "the navy patrols the Xisha Islands"

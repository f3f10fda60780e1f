"""The answer box says what a typed question wants: how many names, in any order, whether the family
name alone will do."""

from __future__ import annotations

import pytest

from studyapp.grading.hints import DEFAULT_HINT, answer_hint


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, DEFAULT_HINT),
        ({"type": "list", "items": [{"type": "place"}, {"type": "place"}]}, "Type the two names in any order"),
        ({"type": "list", "items": [{"type": "place"}] * 4}, "Type the four names in any order"),
        ({"type": "list", "items": [{"type": "place"}] * 9}, "Type the 9 names in any order"),
        ({"type": "place", "name": "Reef"}, "a small spelling slip is forgiven"),
        ({"type": "person", "family": "Marsh", "unique": True}, "the family name alone will do"),
        ({"type": "person", "family": "Kim", "unique": False}, "full name"),
        ({"type": "date", "year": 1956}, "date or year"),
        ({"type": "number", "value": 4}, "in figures or words"),
    ],
)
def test_the_hint_says_what_the_answer_wants(value: dict[str, object] | None, expected: str) -> None:
    assert expected in answer_hint(value)


def test_an_island_group_written_out_in_full_is_the_same_item_of_a_list() -> None:
    """ "the Habomai islet group" as the articles write it (a blind reviewer feared it was refused)."""
    from studyapp.grading.typed import grade_typed

    item = {"type": "place", "name": "Habomai", "names": ["Habomai", "Habomai islets"], "exclude": [], "others": []}
    other = {"type": "place", "name": "Shikotan", "names": ["Shikotan"], "exclude": [], "others": []}
    value = {"type": "list", "items": [other, item]}
    for said in ("Shikotan and the Habomai islet group", "Shikotan and the Habomai group of islets"):
        assert grade_typed(said, "Shikotan and Habomai", ["Shikotan and Habomai"], value).correct, said
    assert not grade_typed(
        "Shikotan and the Kunashiri group", "Shikotan and Habomai", ["Shikotan and Habomai"], value
    ).correct

"""Where a disputed territory lies: the relation reader (the question is tested with the others, in
test_question_quality)."""

from __future__ import annotations

import pytest

from studyapp.pipeline.locations import location_before


@pytest.mark.parametrize(
    ("sentence", "relation", "head"),
    [
        ("Fishing boats crossed to the Russian-held islands off Hokkaido at dawn.", "off", "islands"),
        ("The chain of islands that lie just north of Hokkaido was mapped.", "just north of", "islands"),
        ("The Kuril Islands, which lie northeast of Japan's Hokkaido, were mapped.", "northeast of Japan's", "Islands"),
        ("The islets, 12 miles off the coast of Hokkaido, were mapped.", "12 miles off the coast of", "islets"),
        ("The nearest is about 20 km (12 miles) from Hokkaido.", "about 20 km (12 miles) from", "nearest"),
        ("Four disputed islands to the northeast of Hokkaido remain.", "to the northeast of", "islands"),
    ],
)
def test_a_relation_just_before_a_landmark_is_read(sentence: str, relation: str, head: str) -> None:
    loc = location_before(sentence, sentence.index("Hokkaido"))
    assert loc is not None
    assert (loc.relation, loc.head) == (relation, head)


@pytest.mark.parametrize(
    "sentence",
    [
        "Former residents from Hokkaido flew to Sakhalin.",  # "from" with no distance: where they came from
        "The governor of Hokkaido visited the islands.",
        "Officials in Hokkaido said the islands were quiet.",
    ],
)
def test_words_that_do_not_place_anything_are_no_relation(sentence: str) -> None:
    assert location_before(sentence, sentence.index("Hokkaido")) is None

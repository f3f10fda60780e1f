"""Where a disputed territory lies: "the Russian-held islands off Hokkaido", "The Kuril Islands,
which lie north of Japan's Hokkaido Island", "four islands that sit just north of Hokkaido",
"with the closest just 15 km (9 miles) from Hokkaido".

:func:`location_before` reads the words just before a landmark's name in its sentence and says
whether they place something next to it ("off", "north of", "10 miles off the coast of", "15 km
from"), and what: the head of the phrase before the relation, which the question writer resolves
to a territory ("the islands", "the Kuril Islands", "the closest"). Whether the thing placed is a
territory the article is about, and how the question is worded, is the writer's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_DISTANCE = (
    r"(?:(?:about|some|just|only|around|roughly|less\s+than)\s+)?\d[\d,.]*\s*(?:-\s*)?"
    r"(?:km|kilometres|kilometers|miles|nautical\s+miles)\b(?:\s*\([^()]{1,30}\))?\s+"
)
# "off", "north of", "to the northeast of", "north off"; "from" only after a distance ("15 km from")
_NEAR = rf"(?:off|near|(?:to\s+the\s+)?{_DIRECTION}\s+(?:off|of))"
_FAR = rf"(?:from|{_NEAR})"
_RELATION = re.compile(
    rf"(?:(?:just|immediately|directly|lying|located|situated)\s+)?"
    rf"(?:{_DISTANCE}(?P<far>{_FAR})|(?P<near>{_NEAR}))"
    r"\s*(?:the\s+(?:(?:northern|north-?eastern|eastern|southern)\s+)?coast(?:line)?\s+of\s+)?"
    r"(?:[A-Z][a-z]+[’']s\s+)?(?:(?:(?:far\s+)?(?:northern|northernmost|southern|southernmost|main)\s+)?island\s+of\s+)?$"
)
# What the relation places: "islands", "islets", "the chain", "the closest", or a name ending there,
# with a linking "which lie", "that sit", "lying", a comma or dash between.
_HEAD = re.compile(
    r"(?P<head>\b[\w’'-]+)(?:\s*\([^()]{1,40}\))?\s*[,—–-]*\s*"
    r"(?:(?:(?:which|that)\s+)?(?:now\s+)?(?:lie|lies|lay|lying|sit|sits|are|is|located|situated)\s+)?$"
)


@dataclass(frozen=True)
class Location:
    relation: str  # as written: "just north of", "10 miles off the coast of"
    head: str  # the word the relation attaches to: "islands", "Kurils", "closest"
    head_end: int  # offset in the sentence just after ``head``


def location_before(sentence: str, landmark_start: int) -> Location | None:
    """The relation that places something next to the landmark starting at ``landmark_start``, if the
    words right before it say so ("… islands off Hokkaido"); None otherwise."""
    before = sentence[:landmark_start]
    m = _RELATION.search(before)
    if m is None:
        return None
    head = _HEAD.search(before[: m.start()])
    if head is None:
        return None
    return Location(relation=before[m.start() :].strip(), head=head.group("head"), head_end=head.end("head"))

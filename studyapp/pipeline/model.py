"""Plain data passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a passage is, as far as question generation is concerned."""

    BODY = "body"
    HEADING = "heading"
    BYLINE = "byline"
    CAPTION = "caption"
    REFERENCES = "references"
    BOILERPLATE = "boilerplate"
    COMMENT = "comment"

    @property
    def yields_facts(self) -> bool:
        return self in (Role.BODY, Role.HEADING, Role.BYLINE)


@dataclass(frozen=True)
class SourceMeta:
    title: str
    author: str  # "unknown" when not given
    publisher: str  # "unknown" when not given
    date: str  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or "unknown"
    language: str = "en"
    notes: tuple[tuple[str, str], ...] = ()
    url: str = "unknown"
    inferred: bool = False  # True when no metadata file existed and this was read off the text


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    text: str
    meta: SourceMeta


@dataclass(frozen=True)
class Passage:
    id: str
    source_id: str
    index: int
    start: int
    end: int
    role: Role
    text: str


@dataclass(frozen=True)
class Sentence:
    source_id: str
    passage_id: str
    start: int
    end: int
    text: str


class FactKind(StrEnum):
    DATE = "date"
    ISLAND = "island"
    ISLAND_ALIAS = "island_alias"
    EXPERT_POSITION = "expert_position"
    EXPERT_VIEW = "expert_view"
    NUMBER = "number"
    COUNTRY_STANCE = "country_stance"
    VENUE = "venue"


@dataclass(frozen=True)
class Fact:
    """One checkable statement found in a source.

    ``answer`` is the verbatim text at ``answer_start:answer_end`` in the source, except for
    relative dates resolved against the article date, where ``value`` holds the resolution.
    ``quote_start:quote_end`` is the verbatim context (normally the sentence).
    """

    kind: FactKind
    source_id: str
    passage_id: str
    subject: str  # what the fact is about: event, island group, person, counted thing
    answer: str  # verbatim surface text
    value: str  # normalised value (ISO date, canonical island name, number, position)
    answer_start: int
    answer_end: int
    quote_start: int
    quote_end: int
    attrs: tuple[tuple[str, str], ...] = ()
    accepted: tuple[str, ...] = ()

    def attr(self, key: str, default: str = "") -> str:
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True)
class Dropped:
    """A candidate fact that was not turned into questions, and why."""

    source_id: str
    kind: str
    text: str
    reason: str


@dataclass
class Extraction:
    facts: list[Fact] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)

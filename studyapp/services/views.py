"""Frozen dataclasses handed to the GUI (and to scripts). No ORM objects leave the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studyapp.grading import Grade

KIND_LABELS: dict[str, str] = {
    "date": "Dates and events",
    "island": "Islands",
    "island_alias": "Island names and spellings",
    "expert_position": "Experts' positions",
    "expert_view": "Experts' views",
    "number": "Key figures",
    "country_stance": "Countries' positions",
    "venue": "Meeting places",
}

RATING_LABELS: dict[int, str] = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Learner:
    id: int
    name: str
    desired_retention: float
    new_per_day: int


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    author: str
    publisher: str
    date: str
    url: str

    def byline(self) -> str:
        """ "Author · Publisher · Date", leaving out parts the article does not give."""
        parts = [p for p in (self.author, self.publisher, self.date) if p and p.lower() != "unknown"]
        return " · ".join(parts) if parts else "Author and date not given"


@dataclass(frozen=True)
class Citation:
    """Where a question comes from: the passage, and the quote and answer within it (passage offsets)."""

    source: SourceInfo
    passage_id: str
    passage_index: int
    passage_text: str
    quote: str
    quote_start: int
    quote_end: int
    answer_start: int
    answer_end: int


@dataclass(frozen=True)
class Disagreement:
    source_id: str
    source_title: str
    value: str
    quote: str


@dataclass(frozen=True)
class AlsoIn:
    """Another article (and passage) that states the same fact."""

    source_id: str
    source_title: str
    passage_index: int
    quote: str


@dataclass(frozen=True)
class QuestionView:
    id: str
    kind: str
    format: str
    prompt: str
    answer: str
    accepted: tuple[str, ...]
    choices: tuple[str, ...] | None
    citation: Citation
    disagreements: tuple[Disagreement, ...]
    retired: bool = False
    also_in: tuple[AlsoIn, ...] = ()
    value: dict[str, Any] | None = None  # the answer as a typed value, for grading
    notes: tuple[str, ...] = ()  # for the learner, beside the answer: who a speaker is, what brackets stand for

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True)
class AnswerResult:
    attempt_id: int
    question: QuestionView
    response: str
    grade: Grade
    rating: int
    suggested_rating: int
    duration_ms: int
    next_due: dt.datetime
    in_missed_list: bool
    left_missed_list: bool

    @property
    def correct(self) -> bool:
        return self.grade.correct


@dataclass(frozen=True)
class MasteryRow:
    key: str
    label: str
    total: int
    seen: int
    mastered: int

    @property
    def fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0


@dataclass(frozen=True)
class HomeSummary:
    learner: Learner
    due_today: int
    new_available: int
    new_left_today: int
    missed: int
    total_questions: int
    by_source: tuple[MasteryRow, ...]
    by_kind: tuple[MasteryRow, ...]
    to_study: int = 0  # questions in today's session (siblings of what is met today wait)
    new_unseen: int = 0  # questions never seen, today's or not


@dataclass(frozen=True)
class SessionSummary:
    answered: int
    correct: int
    ratings: dict[int, int]
    seconds: float
    missed_question_ids: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class MissedItem:
    question_id: str
    prompt: str
    kind: str
    source_id: str
    source_title: str
    missed_at: dt.datetime
    right_streak: int
    answer: str = ""
    your_answer: str = ""  # the last wrong answer given ("" when nothing was typed or picked)

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True)
class PassageView:
    id: str
    index: int
    start: int
    end: int
    role: str
    text: str
    question_ids: tuple[str, ...]
    mastery: float | None


@dataclass(frozen=True)
class SourceSummary:
    info: SourceInfo
    question_count: int
    mastery: float


@dataclass(frozen=True)
class SourceDetail:
    info: SourceInfo
    text: str
    passages: tuple[PassageView, ...]


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    answers: int
    correct: int


@dataclass(frozen=True)
class Stats:
    per_day: tuple[DayCount, ...]
    by_source: tuple[MasteryRow, ...]
    by_kind: tuple[MasteryRow, ...]
    forecast: tuple[tuple[dt.date, int], ...]
    total_answers: int
    total_correct: int
    overrides: int = 0  # of the right answers, marked right by the learner against the grader

"""Spaced repetition with `fsrs`: ratings from answers, and card state <-> database columns.

A rating comes from the answer and how long it took; the learner may override it:
- wrong or empty: Again;
- right but with a tolerated typo, or slower than `HARD_AFTER_S`: Hard;
- right within `EASY_WITHIN_S`: Easy;
- otherwise Good.
Typed and blank-fill questions get more time than multiple choice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fsrs import Card, Rating, Scheduler, State

if TYPE_CHECKING:
    from studyapp.grading import Grade

EASY_WITHIN_S = {"mc": 4.0, "typed": 7.0, "cloze": 7.0}
HARD_AFTER_S = {"mc": 15.0, "typed": 25.0, "cloze": 25.0}


def suggest_rating(grade: Grade, question_format: str, duration_ms: int, *, first_sight: bool = False) -> int:
    """Again when wrong; else Hard, Good or Easy by the time taken. Picking the right choice the first
    time a question is seen is at most Good: recognising is not yet knowing."""
    if not grade.correct:
        return int(Rating.Again)
    seconds = duration_ms / 1000
    if grade.verdict.value == "close" or seconds > HARD_AFTER_S.get(question_format, 20.0):
        return int(Rating.Hard)
    if seconds <= EASY_WITHIN_S.get(question_format, 5.0) and not (first_sight and question_format == "mc"):
        return int(Rating.Easy)
    return int(Rating.Good)


@dataclass(frozen=True)
class CardState:
    """The scheduler's part of a card row, as stored (epoch seconds)."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: int
    last_review: int | None

    def to_fsrs(self) -> Card:
        return Card(
            card_id=1,
            state=State(self.state),
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=dt.datetime.fromtimestamp(self.due, tz=dt.UTC),
            last_review=None if self.last_review is None else dt.datetime.fromtimestamp(self.last_review, tz=dt.UTC),
        )

    @classmethod
    def from_fsrs(cls, card: Card) -> CardState:
        return cls(
            state=int(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=int(card.due.timestamp()),
            last_review=None if card.last_review is None else int(card.last_review.timestamp()),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due,
            "last_review": self.last_review,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardState:
        return cls(
            state=int(data["state"]),
            step=data.get("step"),
            stability=data.get("stability"),
            difficulty=data.get("difficulty"),
            due=int(data["due"]),
            last_review=data.get("last_review"),
        )


REVIEW_STATE = int(State.Review)


def new_card_state(now: float) -> CardState:
    return CardState(state=int(State.Learning), step=0, stability=None, difficulty=None, due=int(now), last_review=None)


def review(state: CardState, rating: int, now: float, *, desired_retention: float, fuzz: bool = True) -> CardState:
    scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)
    card, _log = scheduler.review_card(
        state.to_fsrs(), Rating(rating), review_datetime=dt.datetime.fromtimestamp(now, tz=dt.UTC)
    )
    return CardState.from_fsrs(card)

"""Record answers: the attempt row and the learner's card, in one unit of work per answer.

Every answer is committed as it is given. The attempt keeps a snapshot of the card before it, so an
answer can be re-rated (the learner overrides the suggested rating) or undone exactly.
The review-missed list is part of the card: a wrong answer puts the question on it, and two right
answers in a row take it off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studyapp.db.database import Database
from studyapp.errors import NotFound
from studyapp.services.scheduling import REVIEW_STATE, CardState, new_card_state, review
from studyapp.services.views import Learner

if TYPE_CHECKING:
    from studyapp.db.models import Card

RIGHT_IN_A_ROW_TO_CLEAR = 2


@dataclass(frozen=True)
class Recorded:
    attempt_id: int
    card: CardState
    in_missed_list: bool
    left_missed_list: bool


def _snapshot(card: Card) -> dict[str, Any]:
    return {
        **_state_of(card).to_dict(),
        "created_at": card.created_at,
        "reps": card.reps,
        "lapses": card.lapses,
        "missed_at": card.missed_at,
        "right_streak": card.right_streak,
    }


def _state_of(card: Card) -> CardState:
    return CardState(card.state, card.step, card.stability, card.difficulty, card.due, card.last_review)


def _apply_state(card: Card, state: CardState) -> None:
    card.state = state.state
    card.step = state.step
    card.stability = state.stability
    card.difficulty = state.difficulty
    card.due = state.due
    card.last_review = state.last_review


def record_answer(
    db: Database,
    learner: Learner,
    question_id: str,
    *,
    response: str,
    correct: bool,
    verdict: str,
    rating: int,
    duration_ms: int,
    mode: str,
    now: float,
    fuzz: bool = True,
    also_add: Sequence[object] = (),
    uid: str | None = None,
) -> Recorded:
    """Record one answer; `also_add` are further ORM rows committed in the same unit of work."""
    from studyapp.db.models import Attempt, Card

    with db.session() as session:
        card = session.get(Card, (learner.id, question_id))
        prev = _snapshot(card) if card is not None else None
        before = _state_of(card) if card is not None else new_card_state(now)
        after = review(before, rating, now, desired_retention=learner.desired_retention, fuzz=fuzz)
        if card is None:
            card = Card(
                learner_id=learner.id,
                question_id=question_id,
                created_at=int(now),
                reps=0,
                lapses=0,
                right_streak=0,
                missed_at=None,
            )
            session.add(card)
        _apply_state(card, after)
        card.reps += 1
        if not correct and before.state == REVIEW_STATE:
            card.lapses += 1
        left = False
        if not correct:
            card.missed_at = int(now)
            card.right_streak = 0
        elif card.missed_at is not None:
            card.right_streak += 1
            if card.right_streak >= RIGHT_IN_A_ROW_TO_CLEAR:
                card.missed_at = None
                card.right_streak = 0
                left = True
        attempt = Attempt(
            learner_id=learner.id,
            question_id=question_id,
            answered_at=int(now),
            mode=mode,
            response=response,
            correct=correct,
            verdict=verdict,
            rating=rating,
            duration_ms=max(0, int(duration_ms)),
            prev_card=prev,
            uid=uid,
        )
        session.add(attempt)
        session.add_all(also_add)
        session.flush()
        return Recorded(attempt.id, after, card.missed_at is not None, left)


def rerate_attempt(db: Database, learner: Learner, attempt_id: int, rating: int, *, fuzz: bool = True) -> CardState:
    """Replace an attempt's rating and reschedule its card as if that rating had been given."""
    from studyapp.db.models import Attempt, Card

    with db.session() as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None or attempt.learner_id != learner.id:
            raise NotFound(f"no answer {attempt_id} to re-rate")
        card = session.get(Card, (learner.id, attempt.question_id))
        assert card is not None
        before = (
            CardState.from_dict(attempt.prev_card)
            if attempt.prev_card is not None
            else new_card_state(attempt.answered_at)
        )
        after = review(before, rating, attempt.answered_at, desired_retention=learner.desired_retention, fuzz=fuzz)
        _apply_state(card, after)
        attempt.rating = rating
        return after


def undo_attempt(db: Database, learner: Learner, attempt_id: int) -> str:
    """Remove an attempt and put its card back as it was before. Returns the question id."""
    from studyapp.db.models import Attempt, Card

    with db.session() as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None or attempt.learner_id != learner.id:
            raise NotFound(f"no answer {attempt_id} to undo")
        card = session.get(Card, (learner.id, attempt.question_id))
        prev = attempt.prev_card
        if card is not None:
            if prev is None:
                session.delete(card)
            else:
                _apply_state(card, CardState.from_dict(prev))
                card.created_at = int(prev["created_at"])
                card.reps = int(prev["reps"])
                card.lapses = int(prev["lapses"])
                card.missed_at = prev["missed_at"]
                card.right_streak = int(prev["right_streak"])
        question_id = attempt.question_id
        session.delete(attempt)
        return question_id


@dataclass(frozen=True)
class Claim:
    """What "I was right" changed, so that undo puts it back exactly."""

    attempt_id: int
    verdict: str
    rating: int
    card: dict[str, Any]  # the card as the wrong answer left it


OVERRIDE_VERDICT = "override"  # an answer the learner marked right against the grader


def claim_right(
    db: Database, learner: Learner, attempt_id: int, *, rating: int = 3, fuzz: bool = True
) -> tuple[Claim, Recorded]:
    """Mark a wrong answer right ("I was right"): the attempt counts as right (its verdict says it was
    the learner's call), the card is rescheduled as if it had been right, and the miss is taken
    off the missed list. One unit of work; :func:`unclaim` reverses it."""
    from studyapp.db.models import Attempt, Card

    with db.session() as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None or attempt.learner_id != learner.id:
            raise NotFound(f"no answer {attempt_id} to mark right")
        if attempt.correct:
            raise ValueError("this answer is already right")
        card = session.get(Card, (learner.id, attempt.question_id))
        assert card is not None
        claim = Claim(attempt.id, attempt.verdict, attempt.rating, _snapshot(card))
        prev = attempt.prev_card
        before = CardState.from_dict(prev) if prev is not None else new_card_state(attempt.answered_at)
        after = review(before, rating, attempt.answered_at, desired_retention=learner.desired_retention, fuzz=fuzz)
        _apply_state(card, after)
        card.lapses = int(prev["lapses"]) if prev is not None else 0
        missed_before = prev["missed_at"] if prev is not None else None
        left = False
        if missed_before is None:
            card.missed_at, card.right_streak = None, 0
        else:
            card.right_streak = int(prev["right_streak"]) + 1 if prev is not None else 1
            card.missed_at = int(missed_before)
            if card.right_streak >= RIGHT_IN_A_ROW_TO_CLEAR:
                card.missed_at, card.right_streak, left = None, 0, True
        attempt.correct = True
        attempt.verdict = OVERRIDE_VERDICT
        attempt.rating = rating
        return claim, Recorded(attempt.id, after, card.missed_at is not None, left)


def unclaim(db: Database, learner: Learner, claim: Claim) -> CardState:
    """Undo "I was right": the answer is wrong again and the card as the wrong answer left it."""
    from studyapp.db.models import Attempt, Card

    with db.session() as session:
        attempt = session.get(Attempt, claim.attempt_id)
        if attempt is None or attempt.learner_id != learner.id:
            raise NotFound(f"no answer {claim.attempt_id} to restore")
        card = session.get(Card, (learner.id, attempt.question_id))
        assert card is not None
        state = CardState.from_dict(claim.card)
        _apply_state(card, state)
        card.reps = int(claim.card["reps"])
        card.lapses = int(claim.card["lapses"])
        card.missed_at = claim.card["missed_at"]
        card.right_streak = int(claim.card["right_streak"])
        attempt.correct = False
        attempt.verdict = claim.verdict
        attempt.rating = claim.rating
        return state

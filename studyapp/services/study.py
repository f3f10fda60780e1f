"""A study session: a queue of questions, answered one by one, with rating override and undo.

Modes:
- "study": due questions, then new ones up to the learner's daily limit; a question whose next
  review falls within the session (a learning step) comes back at the end.
- "cram": every question of one passage or article ("Quiz me on this"), same requeue rule.
- "review": the missed list; a question comes back until it has been answered right twice in a row.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.db.database import Database
from studyapp.services.clock import Clock, local_day_end, local_day_start, system_clock, to_datetime
from studyapp.services.progress import Claim, claim_right, record_answer, rerate_attempt, unclaim, undo_attempt
from studyapp.services.questions import load_question
from studyapp.services.scheduling import suggest_rating
from studyapp.services.views import AnswerResult, Learner, QuestionView, SessionSummary

if TYPE_CHECKING:
    from studyapp.grading import Grade

LEARN_AHEAD_S = 20 * 60
SESSION_REVIEW_LIMIT = 200  # most due questions in one session, oldest first (like Anki's daily review limit)
NEW_ORDER = "CASE q.format WHEN 'mc' THEN 0 WHEN 'cloze' THEN 1 ELSE 2 END, q.position"


def new_introduced_today(db: Database, learner_id: int, now: float) -> int:
    return int(
        db.scalar(
            "SELECT count(*) FROM cards WHERE learner_id = ? AND created_at >= ?",
            (learner_id, local_day_start(now)),
        )
        or 0
    )


def due_question_ids(db: Database, learner_id: int, before: int, limit: int = -1) -> list[str]:
    rows = db.rows(
        "SELECT c.question_id FROM cards c JOIN questions q ON q.id = c.question_id "
        "WHERE c.learner_id = ? AND c.due < ? AND q.retired = 0 ORDER BY c.due LIMIT ?",
        (learner_id, before, limit),
    )
    return [str(r[0]) for r in rows]


def new_question_ids(db: Database, learner_id: int, limit: int) -> list[str]:
    """Unseen questions: recognition (multiple choice) before recall (blank-fill, typed), then bank order."""
    if limit <= 0:
        return []
    rows = db.rows(
        "SELECT q.id FROM questions q WHERE q.retired = 0 AND NOT EXISTS "
        "(SELECT 1 FROM cards c WHERE c.learner_id = ? AND c.question_id = q.id) "
        f"ORDER BY {NEW_ORDER} LIMIT ?",
        (learner_id, limit),
    )
    return [str(r[0]) for r in rows]


def plan_study(db: Database, learner: Learner, now: float) -> list[str]:
    """Today's queue: everything due by the end of the local day, then new questions within the daily limit."""
    due = due_question_ids(db, learner.id, local_day_end(now), SESSION_REVIEW_LIMIT)
    new_left = max(0, learner.new_per_day - new_introduced_today(db, learner.id, now))
    return due + new_question_ids(db, learner.id, new_left)


@dataclass(frozen=True)
class _Done:
    question_id: str
    attempt_id: int
    correct: bool
    rating: int
    requeued: bool


def grade_response(question: QuestionView, response: str | None) -> Grade:
    from studyapp.grading import grade_choice, grade_typed

    if question.format == "mc":
        return grade_choice(response, question.answer)
    return grade_typed(response or "", question.answer, question.accepted, question.value)


class StudySession:
    """One run through a queue. Not thread-safe; one per screen."""

    def __init__(
        self,
        db: Database,
        learner: Learner,
        queue: Sequence[str],
        *,
        mode: str = "study",
        clock: Clock = system_clock,
        fuzz: bool = True,
    ) -> None:
        self.db = db
        self.learner = learner
        self.mode = mode
        self._clock = clock
        self._fuzz = fuzz
        self._queue: deque[str] = deque(dict.fromkeys(queue))
        self._done: list[_Done] = []
        self._pending: AnswerResult | None = None
        # "I was right" on the answer being shown: what to put back if it is undone
        self._claim: tuple[Claim, AnswerResult, _Done, list[str]] | None = None
        self._current: QuestionView | None = None
        self.total = len(self._queue)
        self.started_at = clock()

    # -- where we are ------------------------------------------------------------------------------
    @property
    def answered(self) -> int:
        return len(self._done)

    @property
    def finished(self) -> bool:
        return not self._queue

    @property
    def pending(self) -> AnswerResult | None:
        """The answer being shown as feedback, before the learner moves on."""
        return self._pending

    def current(self) -> QuestionView | None:
        if not self._queue:
            return None
        qid = self._queue[0]
        if self._current is None or self._current.id != qid:
            self._current = load_question(self.db, qid)
        return self._current

    # -- actions -----------------------------------------------------------------------------------
    def answer(self, response: str | None, duration_ms: int) -> AnswerResult:
        question = self.current()
        if question is None:
            raise RuntimeError("the session is finished")
        if self._pending is not None:
            raise RuntimeError("this question is already answered")
        grade = grade_response(question, response)
        suggested = suggest_rating(grade, question.format, duration_ms)
        now = self._clock()
        recorded = record_answer(
            self.db,
            self.learner,
            question.id,
            response=response or "",
            correct=grade.correct,
            verdict=grade.verdict.value,
            rating=suggested,
            duration_ms=duration_ms,
            mode=self.mode,
            now=now,
            fuzz=self._fuzz,
        )
        requeue = recorded.in_missed_list if self.mode == "review" else recorded.card.due - now <= LEARN_AHEAD_S
        if requeue:
            self._queue.append(question.id)
            self.total += 1
        self._done.append(_Done(question.id, recorded.attempt_id, grade.correct, suggested, requeue))
        self._pending = AnswerResult(
            attempt_id=recorded.attempt_id,
            question=question,
            response=response or "",
            grade=grade,
            rating=suggested,
            suggested_rating=suggested,
            duration_ms=duration_ms,
            next_due=to_datetime(recorded.card.due),
            in_missed_list=recorded.in_missed_list,
            left_missed_list=recorded.left_missed_list,
        )
        return self._pending

    def override(self, rating: int) -> AnswerResult:
        """Change the rating of the answer being shown."""
        pending = self._pending
        if pending is None:
            raise RuntimeError("there is no answer to re-rate")
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1-4, not {rating}")
        card = rerate_attempt(self.db, self.learner, pending.attempt_id, rating, fuzz=self._fuzz)
        last = self._done[-1]
        if self.mode != "review":
            requeue = card.due - self._clock() <= LEARN_AHEAD_S
            if requeue and not last.requeued:
                self._queue.append(last.question_id)
                self.total += 1
            elif last.requeued and not requeue:
                self._remove_last_occurrence(last.question_id)
                self.total -= 1
            last = _Done(last.question_id, last.attempt_id, last.correct, rating, requeue)
        else:
            last = _Done(last.question_id, last.attempt_id, last.correct, rating, last.requeued)
        self._done[-1] = last
        self._pending = AnswerResult(
            attempt_id=pending.attempt_id,
            question=pending.question,
            response=pending.response,
            grade=pending.grade,
            rating=rating,
            suggested_rating=pending.suggested_rating,
            duration_ms=pending.duration_ms,
            next_due=to_datetime(card.due),
            in_missed_list=pending.in_missed_list,
            left_missed_list=pending.left_missed_list,
        )
        return self._pending

    @property
    def can_claim_right(self) -> bool:
        """A typed answer the grader called wrong may be marked right by the learner (not a pick)."""
        p = self._pending
        return p is not None and p.question.format != "mc" and not p.grade.correct and self._claim is None

    def claim_right(self) -> AnswerResult:
        """ "I was right": the answer counts as right, is scheduled as a Good answer, and leaves the
        missed list; undo (Ctrl+Z) takes the claim back, not the answer."""
        from studyapp.grading import Grade, Verdict

        pending = self._pending
        if pending is None or not self.can_claim_right:
            raise RuntimeError("there is no wrong typed answer to mark right")
        claim, recorded = claim_right(self.db, self.learner, pending.attempt_id, rating=3, fuzz=self._fuzz)
        last = self._done[-1]
        queue_before = list(self._queue)
        requeue = recorded.in_missed_list if self.mode == "review" else recorded.card.due - self._clock() <= LEARN_AHEAD_S
        if last.requeued and not requeue:
            self._remove_last_occurrence(last.question_id)
            self.total -= 1
        self._claim = (claim, pending, last, queue_before)
        self._done[-1] = _Done(last.question_id, last.attempt_id, True, 3, last.requeued and requeue)
        grade = Grade(
            Verdict.OVERRIDE, True, pending.grade.matched, pending.grade.distance, pending.grade.diff, "marked right by you"
        )
        self._pending = AnswerResult(
            attempt_id=pending.attempt_id,
            question=pending.question,
            response=pending.response,
            grade=grade,
            rating=3,
            suggested_rating=pending.suggested_rating,
            duration_ms=pending.duration_ms,
            next_due=to_datetime(recorded.card.due),
            in_missed_list=recorded.in_missed_list,
            left_missed_list=recorded.left_missed_list,
        )
        return self._pending

    def advance(self) -> QuestionView | None:
        """Leave the feedback and show the next question (None at the end)."""
        if self._pending is not None:
            self._pending = None
            self._claim = None
            self._queue.popleft()
        return self.current()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    def undo(self) -> QuestionView | None:
        """Take back the last answer: the attempt is removed and the card restored; its question is asked again."""
        if not self._done:
            return self.current()
        if self._claim is not None and self._pending is not None:
            claim, before, done, queue = self._claim
            unclaim(self.db, self.learner, claim)
            self._claim = None
            self.total += len(queue) - len(self._queue)
            self._queue = deque(queue)
            self._done[-1] = done
            self._pending = before
            return self.current()
        last = self._done.pop()
        undo_attempt(self.db, self.learner, last.attempt_id)
        if self._pending is not None:
            self._pending = None
        else:
            self._queue.appendleft(last.question_id)
        if last.requeued:
            self._remove_last_occurrence(last.question_id)
            self.total -= 1
        return self.current()

    def _remove_last_occurrence(self, question_id: str) -> None:
        for i in range(len(self._queue) - 1, 0, -1):
            if self._queue[i] == question_id:
                del self._queue[i]
                return

    def summary(self) -> SessionSummary:
        ratings = Counter(d.rating for d in self._done)
        missed = tuple(dict.fromkeys(d.question_id for d in self._done if not d.correct))
        return SessionSummary(
            answered=len(self._done),
            correct=sum(1 for d in self._done if d.correct),
            ratings={r: ratings.get(r, 0) for r in (1, 2, 3, 4)},
            seconds=self._clock() - self.started_at,
            missed_question_ids=missed,
        )

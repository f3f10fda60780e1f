"""A study session: a queue of questions, answered one by one, with rating override and undo.

Modes:
- "study": due questions, then new ones up to the learner's daily limit; a question whose next
  review falls within the session (a learning step) comes back at the end.
- "cram": every question of one passage or article ("Quiz me on this"), same requeue rule.
- "review": the missed list; a question comes back until it has been answered right twice in a row.
"""

from __future__ import annotations

import json
import random
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
        "WHERE c.learner_id = ? AND c.due < ? AND q.retired = FALSE ORDER BY c.due LIMIT ?",
        (learner_id, before, limit),
    )
    return [str(r[0]) for r in rows]


RECALL_EVERY = 3  # one recall question in three new ones, when there are recall questions to give


def _keys(fact: object, shows: object) -> set[str]:
    """A question's sibling keys: its fact and the name facts its words give away (``shows``, JSON)."""
    return {str(fact), *(json.loads(str(shows)) if shows else [])}


def _siblings_in_play(db: Database, learner_id: int, now: float) -> tuple[set[str], set[tuple[str, int]]]:
    """Facts and sentences already met today (introduced today or due today): their siblings wait,
    and so do questions that would show or be shown the same name (``shows``)."""
    rows = db.rows(
        "SELECT q.fact_id, q.source_id, q.quote_start, q.shows FROM cards c JOIN questions q ON q.id = c.question_id "
        "WHERE c.learner_id = ? AND (c.created_at >= ? OR c.due < ?)",
        (learner_id, local_day_start(now), local_day_end(now)),
    )
    return {k for r in rows for k in _keys(r[0], r[3])}, {(str(r[1]), int(r[2])) for r in rows}


def _names_not_met(db: Database, learner_id: int, facts: set[str], day_start: int) -> set[str]:
    """Of these name facts, those with an active question that the learner met on no earlier day: a
    question that shows their answer waits for them (the name is asked before it is shown)."""
    if not facts:
        return set()
    marks = ", ".join("?" * len(facts))
    active = {
        str(r[0])
        for r in db.rows(
            f"SELECT DISTINCT fact_id FROM questions WHERE fact_id IN ({marks}) AND retired = FALSE", (*facts,)
        )
    }
    met = {
        str(r[0])
        for r in db.rows(
            "SELECT DISTINCT q.fact_id FROM questions q JOIN cards c ON c.question_id = q.id AND c.learner_id = ? "
            f"WHERE q.fact_id IN ({marks}) AND c.created_at < ?",
            (learner_id, *facts, day_start),
        )
    }
    return active - met


def new_question_ids(
    db: Database,
    learner_id: int,
    limit: int,
    now: float | None = None,
    busy: tuple[set[str], set[tuple[str, int]]] | None = None,
) -> list[str]:
    """Unseen questions for today, in bank order, with formats mixed (one recall in three when
    there is one to give) but recognition before recall for each fact: a typed question waits
    until its fact's multiple-choice question was met on an earlier day. Siblings are buried, as
    Anki does: no two questions on the same fact or the same sentence on one day, nor a question
    with the name question whose answer it shows; and it waits until that name was asked on an
    earlier day."""
    if limit <= 0:
        return []
    now = system_clock() if now is None else now
    facts, sentences = busy if busy is not None else _siblings_in_play(db, learner_id, now)
    facts, sentences = set(facts), set(sentences)
    day_start = local_day_start(now)

    def waiting(fact_ids: set[str]) -> set[str]:
        """Of these facts, those whose recognition question was not met before today."""
        if not fact_ids:
            return set()
        marks = ", ".join("?" * len(fact_ids))
        return {
            str(r[0])
            for r in db.rows(
                "SELECT q.fact_id FROM questions q LEFT JOIN cards c ON c.learner_id = ? AND c.question_id = q.id "
                f"WHERE q.fact_id IN ({marks}) AND q.retired = FALSE AND q.format = 'mc' "
                "AND (c.question_id IS NULL OR c.created_at >= ?)",
                (learner_id, *fact_ids, day_start),
            )
        }

    recognition: list[str] = []
    recall: list[str] = []
    keys_of: dict[str, set[str]] = {}
    window = max(200, limit * 20)
    offset = 0
    while True:
        rows = db.rows(
            "SELECT q.id, q.fact_id, q.format, q.source_id, q.quote_start, q.shows FROM questions q "
            "WHERE q.retired = FALSE AND NOT EXISTS "
            "(SELECT 1 FROM cards c WHERE c.learner_id = ? AND c.question_id = q.id) "
            "ORDER BY q.position LIMIT ? OFFSET ?",
            (learner_id, window, offset),
        )
        held = waiting({str(r[1]) for r in rows if r[2] != "mc"})
        keys_of.update({str(r[0]): _keys(r[1], r[5]) for r in rows})
        unmet = _names_not_met(db, learner_id, {k for r in rows for k in keys_of[str(r[0])] - {str(r[1])}}, day_start)
        for qid, fact, fmt, source_id, quote_start, _shows in rows:
            if fmt != "mc" and fact in held:
                continue
            if unmet & (keys_of[str(qid)] - {str(fact)}):
                continue  # it shows a name not yet asked: the name question comes first
            (recognition if fmt == "mc" else recall).append(f"{qid}\t{fact}\t{source_id}\t{quote_start}")
        offset += window
        if len(rows) < window or len(recognition) + len(recall) >= limit * 4:
            break
    picked: list[str] = []
    queues = (recognition, recall)
    turn = 0
    while len(picked) < limit and (recognition or recall):
        prefer_recall = recall and (turn % RECALL_EVERY == RECALL_EVERY - 1 or not recognition)
        queue = queues[1] if prefer_recall else queues[0]
        item = queue.pop(0)
        qid, fact, source_id, quote_start = item.split("\t")
        sentence = (source_id, int(quote_start))
        if keys_of[qid] & facts or sentence in sentences:
            continue
        facts.update(keys_of[qid])
        sentences.add(sentence)
        picked.append(qid)
        turn += 1
    return picked


_PLANS: dict[tuple[object, ...], list[str]] = {}


def plan_study(db: Database, learner: Learner, now: float) -> list[str]:
    """Today's queue: everything due by the end of the local day (one question per fact and
    sentence: a later sibling is buried until tomorrow), then new questions within the daily limit.

    The home screen and the session both ask for it at start: the plan is kept while nothing was
    written (by this app or another) and the minute has not changed."""
    key = (
        db.where,
        learner,
        int(now // 60),
        db.change_count(),
        db.scalar("PRAGMA data_version") if not db.is_server else None,
    )
    if key not in _PLANS:
        _PLANS.clear()
        _PLANS[key] = _plan(db, learner, now)
    return list(_PLANS[key])


def _plan(db: Database, learner: Learner, now: float) -> list[str]:
    due_ids = due_question_ids(db, learner.id, local_day_end(now), SESSION_REVIEW_LIMIT)
    marks = ", ".join("?" * len(due_ids)) or "NULL"
    rows = db.rows(
        "SELECT c.question_id, q.fact_id, q.source_id, q.quote_start, c.created_at >= ?, q.shows "
        "FROM cards c JOIN questions q ON q.id = c.question_id "
        f"WHERE c.learner_id = ? AND (c.created_at >= ? OR c.question_id IN ({marks}))",
        (local_day_start(now), learner.id, local_day_start(now), *due_ids),
    )
    info = {str(r[0]): (_keys(r[1], r[5]), (str(r[2]), int(r[3]))) for r in rows}
    fact_owner: dict[str, str] = {}
    sentence_owner: dict[tuple[str, int], str] = {}
    for qid, _fact, source_id, quote_start, today, _shows in rows:
        if today:  # met today already: its siblings wait
            for key in info[str(qid)][0]:
                fact_owner.setdefault(key, str(qid))
            sentence_owner.setdefault((str(source_id), int(quote_start)), str(qid))
    due: list[str] = []
    for qid in due_ids:
        keys, sentence = info[qid]
        if any(fact_owner.get(k, qid) != qid for k in keys) or sentence_owner.setdefault(sentence, qid) != qid:
            continue  # a sibling is already asked today
        for key in keys:
            fact_owner[key] = qid
        due.append(qid)
    new_left = max(0, learner.new_per_day - new_introduced_today(db, learner.id, now))
    busy = (set(fact_owner), set(sentence_owner))
    return due + new_question_ids(db, learner.id, new_left, now, busy)


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
        shuffle: bool = True,
    ) -> None:
        self.db = db
        self.learner = learner
        self.mode = mode
        self._shuffle = shuffle  # choices in a new order at each showing (tests of key positions turn it off)
        self._clock = clock
        self._fuzz = fuzz
        self._queue: deque[str] = deque(dict.fromkeys(queue))
        self._done: list[_Done] = []
        self._pending: AnswerResult | None = None
        # "I was right" on the answer being shown: what to put back if it is undone
        self._claim: tuple[Claim, AnswerResult, _Done, list[str]] | None = None
        self._current: QuestionView | None = None
        self.total = len(self._queue)
        self._planned = set(self._queue)
        self.started_at = clock()

    # -- where we are ------------------------------------------------------------------------------
    @property
    def answered(self) -> int:
        return len(self._done)

    @property
    def planned(self) -> int:
        """Different questions in the session (a learning step coming back does not add one)."""
        return len(self._planned)

    @property
    def met(self) -> int:
        """Different questions answered at least once."""
        return len({d.question_id for d in self._done})

    @property
    def coming_back(self) -> int:
        """Answers still to give to questions already met (learning steps, missed questions)."""
        met = {d.question_id for d in self._done}
        waiting = list(self._queue)[1:] if self._pending is not None else list(self._queue)
        return sum(1 for q in waiting if q in met)

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
            question = load_question(self.db, qid)
            if (
                question.choices and self._shuffle
            ):  # a new order at each showing: position 3 is not a memory of the answer
                order = list(question.choices)
                random.Random(f"{qid}|{self.learner.id}|{self._clock()}|{len(self._done)}").shuffle(order)
                question = replace(question, choices=tuple(order))
            self._current = question
        return self._current

    # -- actions -----------------------------------------------------------------------------------
    def answer(self, response: str | None, duration_ms: int) -> AnswerResult:
        question = self.current()
        if question is None:
            raise RuntimeError("the session is finished")
        if self._pending is not None:
            raise RuntimeError("this question is already answered")
        grade = grade_response(question, response)
        first_sight = not self.db.scalar(
            "SELECT count(*) FROM cards WHERE learner_id = ? AND question_id = ?", (self.learner.id, question.id)
        )
        suggested = suggest_rating(grade, question.format, duration_ms, first_sight=first_sight)
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
        due_in = recorded.card.due - self._clock()
        requeue = recorded.in_missed_list if self.mode == "review" else due_in <= LEARN_AHEAD_S
        if last.requeued and not requeue:
            self._remove_last_occurrence(last.question_id)
            self.total -= 1
        self._claim = (claim, pending, last, queue_before)
        self._done[-1] = _Done(last.question_id, last.attempt_id, True, 3, last.requeued and requeue)
        old = pending.grade
        grade = Grade(Verdict.OVERRIDE, True, old.matched, old.distance, old.diff, "marked right by you")
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
            self._current = None  # the next showing, even of the same question, is shuffled anew
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

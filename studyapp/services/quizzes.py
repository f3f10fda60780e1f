"""Classroom quizzes: build (reproducibly), list, take (timed, counted toward spaced repetition).

A quiz is a function of its seed and the bank: the candidates matching the chosen sources, kinds
and formats are shuffled with `random.Random(seed)` and taken in that order, one question per fact
(so a quiz never asks the same fact twice in two formats) and never a name question beside a question
whose words print its answer (``shows``); each item's choice order is shuffled
with `random.Random(f"{seed}:{question_id}")`. The items are saved with the quiz, so later bank
changes do not alter a saved quiz.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.db.database import Database
from studyapp.errors import InvalidInput, NotFound
from studyapp.services.clock import Clock, system_clock
from studyapp.services.questions import load_question, parse_choices
from studyapp.services.views import Learner, QuestionView

if TYPE_CHECKING:
    from studyapp.grading import Grade

FORMATS = ("mc", "typed", "cloze")
MAX_NAME = 120


@dataclass(frozen=True)
class QuizSpec:
    name: str
    count: int
    seed: int
    seconds_per_question: int = 30
    sources: tuple[str, ...] = ()  # source ids; empty = all
    kinds: tuple[str, ...] = ()  # empty = all
    formats: tuple[str, ...] = ()  # empty = all


@dataclass(frozen=True)
class QuizItemView:
    position: int
    question: QuestionView
    choices: tuple[str, ...] | None


@dataclass(frozen=True)
class QuizView:
    id: int
    name: str
    seed: int
    seconds_per_question: int
    sources: tuple[str, ...]
    kinds: tuple[str, ...]
    formats: tuple[str, ...]
    items: tuple[QuizItemView, ...]


@dataclass(frozen=True)
class QuizSummary:
    id: int
    name: str
    questions: int
    seed: int
    seconds_per_question: int
    runs: int


def choice_order(seed: int, question_id: str, choices: Sequence[str] | None) -> tuple[str, ...] | None:
    if not choices:
        return None
    shuffled = list(choices)
    random.Random(f"{seed}:{question_id}").shuffle(shuffled)
    return tuple(shuffled)


def resolve_sources(db: Database, wanted: Sequence[str]) -> tuple[str, ...]:
    """Source ids from ids, id prefixes (e.g. "002") or exact titles; unknown ones raise."""
    rows = [(str(r[0]), str(r[1])) for r in db.rows("SELECT id, title FROM sources WHERE retired = FALSE ORDER BY id")]
    found: list[str] = []
    for value in wanted:
        matches = [sid for sid, title in rows if sid == value or sid.startswith(value) or title == value]
        if len(matches) != 1:
            known = ", ".join(sid.split("_")[0] for sid, _ in rows)
            problem = "matches several sources" if matches else "is not a source"
            raise InvalidInput(f"“{value}” {problem}; give an id or its prefix ({known}) or an exact title")
        found.append(matches[0])
    return tuple(dict.fromkeys(found))


def _check_spec(db: Database, spec: QuizSpec) -> QuizSpec:
    name = " ".join(spec.name.split())
    if not name:
        raise InvalidInput("a quiz needs a name")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"a quiz name can have at most {MAX_NAME} characters")
    if db.one("SELECT 1 FROM quizzes WHERE lower(name) = lower(?)", (name,)) is not None:
        raise InvalidInput(f"there is already a quiz called “{name}”")
    if spec.count < 1:
        raise InvalidInput("a quiz needs at least one question")
    if not 5 <= spec.seconds_per_question <= 600:
        raise InvalidInput("time per question must be between 5 and 600 seconds")
    known_kinds = {str(r[0]) for r in db.rows("SELECT DISTINCT kind FROM questions WHERE retired = FALSE")}
    bad_kinds = [k for k in spec.kinds if k not in known_kinds]
    if bad_kinds:
        raise InvalidInput(f"unknown kind {', '.join(bad_kinds)}; kinds are {', '.join(sorted(known_kinds))}")
    bad_formats = [f for f in spec.formats if f not in FORMATS]
    if bad_formats:
        raise InvalidInput(f"unknown format {', '.join(bad_formats)}; formats are {', '.join(FORMATS)}")
    return QuizSpec(
        name=name,
        count=spec.count,
        seed=spec.seed,
        seconds_per_question=spec.seconds_per_question,
        sources=resolve_sources(db, spec.sources),
        kinds=tuple(dict.fromkeys(spec.kinds)),
        formats=tuple(dict.fromkeys(spec.formats)),
    )


def pick_items(db: Database, spec: QuizSpec) -> list[tuple[str, tuple[str, ...] | None]]:
    """The quiz's (question id, choice order) list: deterministic for a seed and a bank."""
    sql = "SELECT id, fact_id, choices, shows FROM questions WHERE retired = FALSE"
    params: list[str] = []
    for column, values in (("source_id", spec.sources), ("kind", spec.kinds), ("format", spec.formats)):
        if values:
            sql += f" AND {column} IN ({', '.join('?' * len(values))})"
            params.extend(values)
    candidates = db.rows(sql + " ORDER BY id", tuple(params))
    if not candidates:
        raise InvalidInput("no questions match these sources, kinds and formats")
    order = list(range(len(candidates)))
    random.Random(spec.seed).shuffle(order)
    seen_facts: set[str] = set()
    shown: set[str] = set()  # name facts whose answer a chosen question's words print
    items: list[tuple[str, tuple[str, ...] | None]] = []
    for i in order:
        qid, fact_id, choices, shows = candidates[i]
        gives_away = set(json.loads(shows)) if shows else set()
        # one question per fact, and never a name question beside a question whose words print its answer
        # ("… the Northern Territories / Southern Kurils …" beside "What does Russia call …?")
        if fact_id in seen_facts or fact_id in shown or gives_away & seen_facts:
            continue
        seen_facts.add(str(fact_id))
        shown |= gives_away
        items.append((str(qid), choice_order(spec.seed, str(qid), parse_choices(choices))))
        if len(items) == spec.count:
            break
    return items


def create_quiz(db: Database, spec: QuizSpec, clock: Clock = system_clock) -> QuizView:
    from studyapp.db.models import Quiz, QuizItem

    checked = _check_spec(db, spec)
    items = pick_items(db, checked)
    with db.session() as session:
        quiz = Quiz(
            name=checked.name,
            created_at=int(clock()),
            seed=checked.seed,
            seconds_per_question=checked.seconds_per_question,
            sources=list(checked.sources),
            kinds=list(checked.kinds),
            formats=list(checked.formats),
        )
        session.add(quiz)
        session.flush()
        session.add_all(
            QuizItem(quiz_id=quiz.id, position=i + 1, question_id=qid, choices=list(choices) if choices else None)
            for i, (qid, choices) in enumerate(items)
        )
    return load_quiz(db, checked.name)


def list_quizzes(db: Database) -> list[QuizSummary]:
    rows = db.rows(
        "SELECT z.id, z.name, (SELECT count(*) FROM quiz_items i WHERE i.quiz_id = z.id), z.seed, "
        "z.seconds_per_question, (SELECT count(*) FROM quiz_runs r WHERE r.quiz_id = z.id) "
        "FROM quizzes z ORDER BY lower(z.name), z.name"
    )
    return [QuizSummary(int(r[0]), str(r[1]), int(r[2]), int(r[3]), int(r[4]), int(r[5])) for r in rows]


def load_quiz(db: Database, name: str) -> QuizView:
    row = db.one(
        "SELECT id, name, seed, seconds_per_question, sources, kinds, formats FROM quizzes "
        "WHERE lower(name) = lower(?)",
        (" ".join(name.split()),),
    )
    if row is None:
        known = ", ".join(q.name for q in list_quizzes(db)) or "none yet"
        raise NotFound(f"no quiz called “{name}” (quizzes: {known})")
    items = tuple(
        QuizItemView(
            int(position),
            load_question(db, str(qid)),
            parse_choices(choices),
        )
        for position, qid, choices in db.rows(
            "SELECT position, question_id, choices FROM quiz_items WHERE quiz_id = ? ORDER BY position", (row[0],)
        )
    )
    return QuizView(
        id=int(row[0]),
        name=str(row[1]),
        seed=int(row[2]),
        seconds_per_question=int(row[3]),
        sources=tuple(json.loads(row[4])),
        kinds=tuple(json.loads(row[5])),
        formats=tuple(json.loads(row[6])),
        items=items,
    )


def delete_quiz(db: Database, name: str) -> None:
    from sqlalchemy import delete

    from studyapp.db.models import Quiz

    quiz = load_quiz(db, name)
    with db.session() as session:
        session.execute(delete(Quiz).where(Quiz.id == quiz.id))


# -- taking a quiz -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizAnswerResult:
    position: int
    correct: bool
    unanswered: bool
    response: str


def start_run(db: Database, quiz: QuizView, learner: Learner, clock: Clock = system_clock) -> str:
    from studyapp.db.models import QuizRun

    run_id = uuid.uuid4().hex
    with db.session() as session:
        session.add(QuizRun(id=run_id, quiz_id=quiz.id, learner_id=learner.id, started_at=int(clock())))
    return run_id


def grade_quiz_item(item: QuizItemView, response: str | None, duration_ms: int) -> tuple[Grade, bool, int]:
    """The grade of a quiz answer, whether it was left unanswered, and the rating it schedules."""
    from studyapp.services.scheduling import suggest_rating
    from studyapp.services.study import grade_response

    unanswered = response is None or not response.strip()
    grade = grade_response(item.question, None if unanswered else response)
    return grade, unanswered, suggest_rating(grade, item.question.format, duration_ms)


def record_quiz_answer(
    db: Database,
    learner: Learner,
    run_id: str,
    position: int,
    question_id: str,
    *,
    response: str,
    correct: bool,
    unanswered: bool,
    verdict: str,
    rating: int,
    duration_ms: int,
    answered_at: float,
    fuzz: bool = True,
) -> None:
    """A quiz answer and its study attempt, in one commit; the attempt's uid (run:position) makes it once only."""
    from studyapp.db.models import QuizAnswer
    from studyapp.services.progress import record_answer

    record_answer(
        db,
        learner,
        question_id,
        response=response,
        correct=correct,
        verdict=verdict,
        rating=rating,
        duration_ms=duration_ms,
        mode="quiz",
        now=answered_at,
        fuzz=fuzz,
        uid=f"{run_id}:{position}",
        also_add=[
            QuizAnswer(
                run_id=run_id,
                position=position,
                question_id=question_id,
                response=response,
                correct=correct,
                unanswered=unanswered,
                duration_ms=max(0, int(duration_ms)),
                answered_at=int(answered_at),
            )
        ],
    )


def answer_item(
    db: Database,
    run_id: str,
    learner: Learner,
    item: QuizItemView,
    response: str | None,
    duration_ms: int,
    *,
    clock: Clock = system_clock,
    fuzz: bool = True,
) -> QuizAnswerResult:
    """Record a quiz answer (None: time ran out) as a quiz answer and as a study attempt, in one commit."""
    grade, unanswered, rating = grade_quiz_item(item, response, duration_ms)
    record_quiz_answer(
        db,
        learner,
        run_id,
        item.position,
        item.question.id,
        response=response or "",
        correct=grade.correct,
        unanswered=unanswered,
        verdict=grade.verdict.value,
        rating=rating,
        duration_ms=duration_ms,
        answered_at=clock(),
        fuzz=fuzz,
    )
    return QuizAnswerResult(item.position, grade.correct, unanswered, response or "")


def finish_run(db: Database, run_id: str, clock: Clock = system_clock) -> None:
    from studyapp.db.models import QuizRun

    with db.session() as session:
        run = session.get(QuizRun, run_id)
        if run is None:
            raise NotFound(f"no quiz run {run_id}")
        run.finished_at = int(clock())

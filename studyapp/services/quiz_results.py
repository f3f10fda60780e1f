"""Quiz results: per-student scores, per-question facility, discrimination and distractor counts;
CSV export, and import that merges results from other laptops without duplicates.

Facility is the share of students who answered an item right (unanswered counts as wrong).
The discrimination index is Kelley's upper-lower index: students are ranked by total score, the
top and bottom 27% (at least one each) form the upper and lower groups, and D = (right in the
upper group - right in the lower group) / group size. It needs at least two students.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studyapp.db.database import Database
from studyapp.errors import ContentError, NotFound
from studyapp.safe_io import read_regular_bytes
from studyapp.services.clock import Clock, system_clock
from studyapp.services.questions import parse_choices
from studyapp.services.quizzes import QuizView, choice_order, load_quiz

GROUP_SHARE = 0.27
CSV_COLUMNS = (
    "run_id", "quiz", "quiz_seed", "seconds_per_question", "student", "started_at", "finished_at", "position",
    "question_id", "prompt", "answer", "response", "correct", "unanswered", "duration_ms", "answered_at",
)  # fmt: skip


POLICIES = ("first", "best", "latest")  # which complete attempt counts for a student who retook a quiz


@dataclass(frozen=True)
class StudentResult:
    run_id: str
    student: str
    score: int
    total: int
    seconds: float
    finished: bool
    attempts: int = 1  # complete attempts by this student (more than one: retakes)
    overrides: int = 0  # typed answers graded wrong that the teacher accepted

    @property
    def percent(self) -> float:
        return self.score / self.total if self.total else 0.0


@dataclass(frozen=True)
class ChoiceCount:
    choice: str
    count: int
    is_answer: bool


@dataclass(frozen=True)
class QuestionResult:
    position: int
    question_id: str
    prompt: str
    answer: str
    format: str
    facility: float | None
    discrimination: float | None
    right: int
    students: int
    unanswered: int
    choices: tuple[ChoiceCount, ...]
    other_responses: int  # typed answers that were wrong, or choices not on the list


@dataclass(frozen=True)
class UnfinishedRun:
    """An attempt left before the end: listed apart, never counted in the statistics."""

    run_id: str
    student: str
    started_at: int
    answered: int
    total: int


@dataclass(frozen=True)
class QuizResults:
    quiz: QuizView
    students: tuple[StudentResult, ...]  # one per student: the attempt the policy chose
    questions: tuple[QuestionResult, ...]  # hardest (lowest facility) first
    unfinished: tuple[UnfinishedRun, ...] = ()
    policy: str = "first"


def item_statistics(matrix: Sequence[Sequence[bool]]) -> list[tuple[float | None, float | None]]:
    """(facility, discrimination) per item, from a students × items matrix of right answers."""
    students = len(matrix)
    items = len(matrix[0]) if matrix else 0
    if students == 0:
        return [(None, None)] * items
    totals = [sum(row) for row in matrix]
    ranked = sorted(range(students), key=lambda s: (-totals[s], s))
    group = max(1, math.floor(GROUP_SHARE * students + 0.5))
    upper, lower = ranked[:group], ranked[-group:]
    stats: list[tuple[float | None, float | None]] = []
    for item in range(items):
        right = sum(1 for row in matrix if row[item])
        facility = right / students
        if students < 2:
            stats.append((facility, None))
            continue
        d = (sum(matrix[s][item] for s in upper) - sum(matrix[s][item] for s in lower)) / group
        stats.append((facility, d))
    return stats


def quiz_results(db: Database, name: str, policy: str = "first") -> QuizResults:
    """Results per student: one complete attempt each (the first by default, or the best or the
    latest), so a retake is not a second student; unfinished attempts are listed apart."""
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {', '.join(POLICIES)}")
    quiz = load_quiz(db, name)
    all_runs = db.rows(
        "SELECT r.id, l.name, r.started_at, r.finished_at, r.learner_id FROM quiz_runs r "
        "JOIN learners l ON l.id = r.learner_id "
        "WHERE r.quiz_id = ? AND EXISTS (SELECT 1 FROM quiz_answers a WHERE a.run_id = r.id) "
        "ORDER BY lower(l.name), l.name, r.started_at, r.id",
        (quiz.id,),
    )
    answers: dict[str, dict[int, tuple[str, bool, bool, int]]] = {str(r[0]): {} for r in all_runs}
    for run_id, position, response, correct, unanswered, duration in db.rows(
        "SELECT a.run_id, a.position, a.response, a.correct, a.unanswered, a.duration_ms FROM quiz_answers a "
        "JOIN quiz_runs r ON r.id = a.run_id WHERE r.quiz_id = ?",
        (quiz.id,),
    ):
        answers[str(run_id)][int(position)] = (str(response), bool(correct), bool(unanswered), int(duration))
    positions = [item.position for item in quiz.items]
    overridden = {
        str(r[0]): int(r[1])
        for r in db.rows(
            "SELECT a.run_id, count(*) FROM quiz_answers a JOIN quiz_runs r ON r.id = a.run_id "
            "WHERE r.quiz_id = ? AND a.overridden = TRUE GROUP BY a.run_id",
            (quiz.id,),
        )
    }

    def score(run_id: str) -> int:
        return sum(1 for p in positions if answers[run_id].get(p, ("", False, True, 0))[1])

    complete: dict[int, list[tuple[object, ...]]] = {}
    unfinished: list[UnfinishedRun] = []
    for r in all_runs:
        if r[3] is None:
            unfinished.append(UnfinishedRun(str(r[0]), str(r[1]), int(r[2]), len(answers[str(r[0])]), len(positions)))
        else:
            complete.setdefault(int(r[4]), []).append(r)
    runs: list[tuple[object, ...]] = []
    tries: dict[str, int] = {}
    for attempts in complete.values():
        if policy == "first":
            chosen = attempts[0]
        elif policy == "latest":
            chosen = attempts[-1]
        else:
            chosen = max(attempts, key=lambda r: (score(str(r[0])), -int(str(r[2]))))
        runs.append(chosen)
        tries[str(chosen[0])] = len(attempts)
    runs.sort(key=lambda r: (str(r[1]).casefold(), int(str(r[2]))))
    matrix = [[answers[str(r[0])].get(p, ("", False, True, 0))[1] for p in positions] for r in runs]
    students = tuple(
        StudentResult(
            run_id=str(r[0]),
            student=str(r[1]),
            score=sum(row),
            total=len(positions),
            seconds=sum(a[3] for a in answers[str(r[0])].values()) / 1000,
            finished=True,
            attempts=tries[str(r[0])],
            overrides=overridden.get(str(r[0]), 0),
        )
        for r, row in zip(runs, matrix, strict=True)
    )
    stats = item_statistics(matrix) if matrix else [(None, None)] * len(positions)
    questions: list[QuestionResult] = []
    for index, item in enumerate(quiz.items):
        given = [answers[str(r[0])].get(item.position, ("", False, True, 0)) for r in runs]
        counts = {choice: 0 for choice in (item.choices or ())}
        other = 0
        for response, correct, unanswered, _ in given:
            if unanswered:
                continue
            if response in counts:
                counts[response] += 1
            elif not correct:
                other += 1
        facility, discrimination = stats[index]
        questions.append(
            QuestionResult(
                position=item.position,
                question_id=item.question.id,
                prompt=item.question.prompt,
                answer=item.question.answer,
                format=item.question.format,
                facility=facility,
                discrimination=discrimination,
                right=sum(1 for g in given if g[1]),
                students=len(given),
                unanswered=sum(1 for g in given if g[2]),
                choices=tuple(ChoiceCount(c, n, c == item.question.answer) for c, n in counts.items()),
                other_responses=other,
            )
        )
    questions.sort(key=lambda q: (q.facility if q.facility is not None else 2.0, q.position))
    return QuizResults(quiz, students, tuple(questions), tuple(unfinished), policy)


@dataclass(frozen=True)
class RemovedRun:
    """An unfinished attempt taken out, with everything needed to put it back (undo)."""

    run: dict[str, object]
    answers: tuple[dict[str, object], ...]
    student: str


def remove_unfinished_run(db: Database, run_id: str) -> RemovedRun:
    """Take an unfinished attempt out of the results (a finished one is never removed this way)."""
    from sqlalchemy import select

    from studyapp.db.models import Learner as LearnerRow
    from studyapp.db.models import QuizAnswer, QuizRun

    with db.session() as session:
        run = session.get(QuizRun, run_id)
        if run is None:
            raise NotFound(f"no attempt {run_id}")
        if run.finished_at is not None:
            raise ValueError("a finished attempt is part of the results and is not removed")
        learner = session.get(LearnerRow, run.learner_id)
        rows = list(session.scalars(select(QuizAnswer).where(QuizAnswer.run_id == run_id)))
        removed = RemovedRun(
            run={c: getattr(run, c) for c in ("id", "quiz_id", "learner_id", "started_at", "finished_at")},
            answers=tuple(
                {c: getattr(a, c) for c in ("run_id", "position", "question_id", "response", "correct",
                                             "unanswered", "duration_ms", "answered_at")}
                for a in rows
            ),
            student=learner.name if learner is not None else "",
        )  # fmt: skip
        for a in rows:
            session.delete(a)
        session.flush()
        session.delete(run)
        return removed


def restore_run(db: Database, removed: RemovedRun) -> None:
    """Undo :func:`remove_unfinished_run`."""
    from studyapp.db.models import QuizAnswer, QuizRun

    with db.session() as session:
        session.add(QuizRun(**removed.run))
        session.flush()
        session.add_all(QuizAnswer(**a) for a in removed.answers)


# -- CSV: export, and import that merges -------------------------------------------------------------


MAX_CSV_BYTES = 200 * 1024 * 1024
_RANGES = {
    "quiz_seed": (0, 2**31 - 1),
    "seconds_per_question": (1, 86_400),
    "position": (1, 10_000),
    "duration_ms": (0, 86_400_000),
}
SUMMARY_COLUMNS = (
    "student", "counted_attempt", "attempts", "score", "total", "percent", "minutes", "started_at", "finished_at",
    "run_id", "accepted_by_teacher",
)  # fmt: skip
# A cell a spreadsheet would run as a formula: it is written with a leading apostrophe, which
# spreadsheets show as text and the import takes off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _iso(epoch: int | None) -> str:
    """Local time with its UTC offset ("2026-11-30T09:15:00+01:00"): what the teacher's clock said."""
    return "" if epoch is None else dt.datetime.fromtimestamp(epoch).astimezone().isoformat()


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def summary_path(path: Path) -> Path:
    """Where the per-student summary goes beside an answers file: "Friday results.csv" ->
    "Friday results summary.csv"."""
    return path.with_name(f"{path.stem} summary{path.suffix or '.csv'}")


def export_results_csv(db: Database, name: str, path: Path, policy: str = "first") -> int:
    """Every answer of every student to this quiz, one row each, and beside it a summary with one
    row per student (score, percent, minutes; the attempt ``policy`` chooses). UTF-8 with a byte-order
    mark (spreadsheets read “ ” and é right), local times with their offset, and no cell that a
    spreadsheet would run as a formula. Returns the number of answer rows."""
    quiz = load_quiz(db, name)
    items = {item.position: item for item in quiz.items}
    rows = db.rows(
        "SELECT r.id, l.name, r.started_at, r.finished_at, a.position, a.question_id, a.response, a.correct, "
        "a.unanswered, a.duration_ms, a.answered_at FROM quiz_answers a JOIN quiz_runs r ON r.id = a.run_id "
        "JOIN learners l ON l.id = r.learner_id WHERE r.quiz_id = ? ORDER BY lower(l.name), l.name, r.id, a.position",
        (quiz.id,),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for run_id, student, started, finished, position, qid, response, correct, unanswered, ms, at in rows:
            item = items.get(int(position))
            writer.writerow(
                map(
                    _cell,
                    [
                        run_id,
                        quiz.name,
                        quiz.seed,
                        quiz.seconds_per_question,
                        student,
                        _iso(started),
                        _iso(finished),
                        position,
                        qid,
                        item.question.prompt if item else "",
                        item.question.answer if item else "",
                        response,
                        int(correct),
                        int(unanswered),
                        ms,
                        _iso(at),
                    ],
                )
            )
    results = quiz_results(db, name, policy)
    runs = {str(r[0]): (int(r[1]), r[2]) for r in db.rows("SELECT id, started_at, finished_at FROM quiz_runs")}
    with summary_path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_COLUMNS)
        for s in results.students:
            started, finished = runs.get(s.run_id, (0, None))
            writer.writerow(
                map(
                    _cell,
                    [s.student, policy, s.attempts, s.score, s.total, f"{s.percent * 100:.1f}",
                     f"{s.seconds / 60:.2f}", _iso(started), _iso(finished), s.run_id, s.overrides],
                )
            )  # fmt: skip
        for u in results.unfinished:
            writer.writerow(
                map(_cell, [u.student, "unfinished", "", "", u.total, "", "", _iso(u.started_at), "", u.run_id, ""])
            )
    return len(rows)


@dataclass(frozen=True)
class ImportReport:
    answers_added: int
    answers_already_there: int
    runs_added: int
    quizzes_created: tuple[str, ...]
    learners_created: tuple[str, ...]


def _epoch(text: str, path: Path, line: int, column: str) -> int | None:
    if not text:
        return None
    try:
        return int(dt.datetime.fromisoformat(text).timestamp())
    except (ValueError, OverflowError, OSError):
        raise ContentError(path, f"{column} is not a date and time: {text!r}", line) from None


def import_results_csv(db: Database, path: Path, clock: Clock = system_clock) -> ImportReport:
    """Merge exported results. Rows already present (same run and position) are skipped, so importing the
    same file twice changes nothing. A bad file is refused whole, naming the line."""
    from studyapp.db.models import Learner, Quiz, QuizAnswer, QuizItem, QuizRun

    raw = read_regular_bytes(path, MAX_CSV_BYTES, "results file")
    try:
        text = raw.decode("utf-8-sig")  # with or without a byte-order mark
        records = [[_uncell(cell) for cell in record] for record in csv.reader(io.StringIO(text, newline=""))]
    except UnicodeDecodeError as exc:
        raise ContentError(path, f"cannot read the file (not UTF-8: {exc.reason})") from exc
    except csv.Error as exc:
        raise ContentError(path, f"not a CSV file ({exc})") from exc
    if not records or tuple(records[0]) != CSV_COLUMNS:
        raise ContentError(path, "not a studyapp results file (the first line must be the column names)", 1)

    parsed = []
    for line, record in enumerate(records[1:], start=2):
        if not any(record):
            continue
        if len(record) != len(CSV_COLUMNS):
            raise ContentError(path, f"expected {len(CSV_COLUMNS)} columns, found {len(record)}", line)
        row = dict(zip(CSV_COLUMNS, record, strict=True))
        try:
            numbers = {k: int(row[k]) for k in ("quiz_seed", "seconds_per_question", "position", "duration_ms")}
            flags = {k: bool(int(row[k])) for k in ("correct", "unanswered")}
        except ValueError as exc:
            raise ContentError(path, f"a number is expected ({str(exc)[:80]})", line) from None
        for key, (low, high) in _RANGES.items():
            if not low <= numbers[key] <= high:
                raise ContentError(path, f"{key} {numbers[key]} is outside {low}–{high}", line)
        student = " ".join(row["student"].split())
        if not student or len(student) > 80:
            raise ContentError(path, "the student's name must be 1 to 80 characters", line)
        row["student"] = student
        if len(row["run_id"]) > 32 or len(row["quiz"]) > 120:
            raise ContentError(path, "run_id (32 characters at most) or quiz name (120) too long", line)
        if not row["run_id"] or not row["quiz"] or not row["student"] or not row["question_id"]:
            raise ContentError(path, "run_id, quiz, student and question_id must not be empty", line)
        if db.one("SELECT 1 FROM questions WHERE id = ?", (row["question_id"],)) is None:
            raise ContentError(path, f"question {row['question_id']} is not in this computer's question bank", line)
        times = [_epoch(row[c], path, line, c) for c in ("started_at", "finished_at", "answered_at")]
        parsed.append((line, row, numbers, flags, times[0], times[1], times[2]))

    quizzes: dict[str, int] = {str(r[1]).lower(): int(r[0]) for r in db.rows("SELECT id, name FROM quizzes")}
    learners: dict[str, int] = {str(r[1]).lower(): int(r[0]) for r in db.rows("SELECT id, name FROM learners")}
    created_quizzes: list[str] = []
    created_learners: list[str] = []
    added = skipped = runs_added = 0
    with db.session() as session:
        # quizzes this laptop does not have are rebuilt from the rows: items by position, choices from the seed
        items_by_quiz: dict[str, dict[int, str]] = {}
        for line, row, numbers, _flags, *_ in parsed:
            positions = items_by_quiz.setdefault(row["quiz"].lower(), {})
            if positions.setdefault(numbers["position"], row["question_id"]) != row["question_id"]:
                raise ContentError(path, f"two questions at position {numbers['position']} of {row['quiz']}", line)
        for _line, row, numbers, _flags, *_ in parsed:
            key = row["quiz"].lower()
            if key in quizzes:
                continue
            quiz = Quiz(
                name=row["quiz"], created_at=int(clock()), seed=numbers["quiz_seed"],
                seconds_per_question=numbers["seconds_per_question"], sources=[], kinds=[], formats=[],
            )  # fmt: skip
            session.add(quiz)
            session.flush()
            quizzes[key] = quiz.id
            created_quizzes.append(row["quiz"])
            for position, qid in sorted(items_by_quiz[key].items()):
                stored = db.scalar("SELECT choices FROM questions WHERE id = ?", (qid,))
                choices = choice_order(numbers["quiz_seed"], qid, parse_choices(stored))
                session.add(
                    QuizItem(
                        quiz_id=quiz.id, position=position, question_id=qid, choices=list(choices) if choices else None
                    )
                )
        session.flush()
        known_items = {
            (int(q), int(p)): str(qid)
            for q, p, qid in session.execute(
                QuizItem.__table__.select().with_only_columns(QuizItem.quiz_id, QuizItem.position, QuizItem.question_id)
            )
        }
        for line, row, numbers, _flags, *_ in parsed:
            quiz_id = quizzes[row["quiz"].lower()]
            expected = known_items.get((quiz_id, numbers["position"]))
            if expected != row["question_id"]:
                raise ContentError(
                    path,
                    f"position {numbers['position']} of quiz “{row['quiz']}” is {expected or 'missing'} on this "
                    f"computer, not {row['question_id']}: the quizzes differ",
                    line,
                )
        for _line, row, numbers, flags, started, finished, answered in parsed:
            name_key = row["student"].lower()
            if name_key not in learners:
                learner = Learner(name=row["student"], created_at=int(clock()), desired_retention=0.9, new_per_day=20)
                session.add(learner)
                session.flush()
                learners[name_key] = learner.id
                created_learners.append(row["student"])
            run = session.get(QuizRun, row["run_id"])
            owner = (quizzes[row["quiz"].lower()], learners[name_key])
            if run is not None and (run.quiz_id, run.learner_id) != owner:
                raise ContentError(
                    path,
                    f"attempt {row['run_id']} is already here for another quiz or another student; "
                    "nothing was imported",
                    _line,
                )
            if run is None:
                run = QuizRun(
                    id=row["run_id"], quiz_id=quizzes[row["quiz"].lower()], learner_id=learners[name_key],
                    started_at=started or 0, finished_at=finished,
                )  # fmt: skip
                session.add(run)
                runs_added += 1
            elif run.finished_at is None and finished is not None:
                run.finished_at = finished
            if session.get(QuizAnswer, (row["run_id"], numbers["position"])) is not None:
                skipped += 1
                continue
            session.add(
                QuizAnswer(
                    run_id=row["run_id"],
                    position=numbers["position"],
                    question_id=row["question_id"],
                    response=row["response"],
                    correct=flags["correct"],
                    unanswered=flags["unanswered"],
                    duration_ms=numbers["duration_ms"],
                    answered_at=answered or 0,
                )
            )
            session.flush()
            added += 1
    return ImportReport(added, skipped, runs_added, tuple(created_quizzes), tuple(created_learners))


@dataclass(frozen=True)
class StudentAnswer:
    run_id: str
    position: int
    prompt: str
    answer: str
    response: str
    correct: bool
    unanswered: bool
    overridden: bool
    typed: bool


def student_answers(db: Database, run_id: str) -> list[StudentAnswer]:
    """One attempt's answers in quiz order, for the teacher to read (and accept a typed one)."""
    rows = db.named(
        "SELECT a.run_id, a.position, q.prompt, q.answer, a.response, a.correct, a.unanswered, a.overridden, "
        "q.format FROM quiz_answers a JOIN questions q ON q.id = a.question_id WHERE a.run_id = ? "
        "ORDER BY a.position",
        (run_id,),
    )
    return [
        StudentAnswer(
            r["run_id"], int(r["position"]), r["prompt"], r["answer"], r["response"], bool(r["correct"]),
            bool(r["unanswered"]), bool(r["overridden"]), r["format"] != "mc",
        )
        for r in rows
    ]  # fmt: skip


def accept_answer(db: Database, run_id: str, position: int, accepted: bool = True) -> None:
    """The teacher accepts a typed answer the grader called wrong ("I was right"), or takes that back.
    It then counts as right in the results, marked as an override."""
    from studyapp.db.models import QuizAnswer

    with db.session() as session:
        answer = session.get(QuizAnswer, (run_id, position))
        if answer is None:
            raise NotFound(f"no answer {position} in attempt {run_id}")
        if accepted:
            if answer.correct or answer.unanswered:
                raise ValueError("only a typed answer graded wrong can be accepted")
            answer.correct, answer.overridden = True, True
        elif answer.overridden:
            answer.correct, answer.overridden = False, False

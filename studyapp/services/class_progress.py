"""Each student's self-study at a glance, for the teacher: due today, on the missed list, answers in
the last seven days, and mastery by source. On a class server it covers the class's students; on a
laptop, every learner on it."""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.db.database import Database
from studyapp.services.clock import Clock, local_day_end, system_clock
from studyapp.services.overview import mastery
from studyapp.services.views import MasteryRow

WEEK_S = 7 * 86400


@dataclass(frozen=True)
class StudentProgress:
    learner_id: int
    name: str
    due_today: int
    missed: int
    answers_week: int
    right_week: int
    last_active: int | None
    by_source: tuple[MasteryRow, ...]

    @property
    def mastered(self) -> float:
        total = sum(m.total for m in self.by_source)
        return sum(m.mastered for m in self.by_source) / total if total else 0.0


@dataclass(frozen=True)
class ClassProgress:
    sources: tuple[tuple[str, str], ...]  # (id, title) in bank order
    students: tuple[StudentProgress, ...]  # by name


def _students(db: Database) -> list[tuple[int, str]]:
    teacher = None
    if db.is_server:
        from studyapp.db.class_server import TEACHER_KEY

        teacher = db.scalar("SELECT value FROM app_state WHERE key = ?", (TEACHER_KEY,))
    rows = db.rows("SELECT id, name, owner FROM learners ORDER BY lower(name), name")
    return [(int(r[0]), str(r[1])) for r in rows if teacher is None or r[2] != teacher]


def class_progress(db: Database, clock: Clock = system_clock) -> ClassProgress:
    now = clock()
    day_end = local_day_end(now)
    week = int(now) - WEEK_S
    # an article with no question (a teacher's article the build found nothing in) has no mastery
    # to show: a column of 0% would read as a class that has learnt nothing of it
    sources = tuple(
        (str(r[0]), str(r[1]))
        for r in db.rows(
            "SELECT s.id, s.title FROM sources s WHERE s.retired = FALSE AND EXISTS "
            "(SELECT 1 FROM questions q WHERE q.source_id = s.id AND q.retired = FALSE) ORDER BY s.position"
        )
    )
    due = dict(
        db.rows(
            "SELECT c.learner_id, count(*) FROM cards c JOIN questions q ON q.id = c.question_id "
            "WHERE c.due < ? AND q.retired = FALSE GROUP BY c.learner_id",
            (day_end,),
        )
    )
    missed = dict(
        db.rows(
            "SELECT c.learner_id, count(*) FROM cards c JOIN questions q ON q.id = c.question_id "
            "WHERE c.missed_at IS NOT NULL AND q.retired = FALSE GROUP BY c.learner_id"
        )
    )
    activity = {
        int(r[0]): (int(r[1]), int(r[2]))
        for r in db.rows(
            "SELECT learner_id, sum(answers), sum(correct) FROM attempt_quarters WHERE quarter >= ? "
            "GROUP BY learner_id",
            (week // 900,),
        )
    }
    last = dict(db.rows("SELECT learner_id, max(answered_at) FROM attempts GROUP BY learner_id"))
    students = []
    for learner_id, name in _students(db):
        by_source, _by_kind = mastery(db, learner_id)
        answers, right = activity.get(learner_id, (0, 0))
        students.append(
            StudentProgress(
                learner_id,
                name,
                int(due.get(learner_id, 0)),
                int(missed.get(learner_id, 0)),
                answers,
                right,
                None if last.get(learner_id) is None else int(last[learner_id]),
                by_source,
            )
        )
    return ClassProgress(sources, tuple(students))

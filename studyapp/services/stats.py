"""Stats: answers per day, accuracy over time, mastery by source and kind, and the forecast of due questions."""

from __future__ import annotations

import datetime as dt

from studyapp.db.database import Database
from studyapp.services.clock import Clock, local_day_start, system_clock, utc_offset_seconds
from studyapp.services.overview import mastery
from studyapp.services.views import DayCount, Stats

FORECAST_DAYS = 30


def answers_per_day(db: Database, learner_id: int, now: float, days: int | None = None) -> tuple[DayCount, ...]:
    offset = utc_offset_seconds(now)
    since = 0 if days is None else local_day_start(now) - (days - 1) * 86400
    rows = db.rows(
        "SELECT (quarter * 900 + ?) / 86400 AS day, sum(answers), sum(correct) FROM attempt_quarters "
        "WHERE learner_id = ? AND quarter >= ? GROUP BY day HAVING sum(answers) > 0 ORDER BY day",
        (offset, learner_id, since // 900),
    )
    epoch = dt.date(1970, 1, 1)
    return tuple(DayCount(epoch + dt.timedelta(days=int(r[0])), int(r[1]), int(r[2] or 0)) for r in rows)


def due_forecast(
    db: Database, learner_id: int, now: float, days: int = FORECAST_DAYS
) -> tuple[tuple[dt.date, int], ...]:
    """Questions falling due on each of the next `days` local days; today includes the overdue ones."""
    start = local_day_start(now)
    end = start + days * 86400
    offset = utc_offset_seconds(now)
    counts = dict(
        db.rows(
            "SELECT CASE WHEN c.due < ? THEN ? ELSE (c.due + ?) / 86400 END AS day, count(*) "
            "FROM cards c JOIN questions q ON q.id = c.question_id "
            "WHERE c.learner_id = ? AND c.due < ? AND q.retired = FALSE GROUP BY day",
            (start, (start + offset) // 86400, offset, learner_id, end),
        )
    )
    today = dt.date.fromtimestamp(now)
    first = (start + offset) // 86400
    return tuple((today + dt.timedelta(days=i), int(counts.get(first + i, 0))) for i in range(days))


def learner_stats(db: Database, learner_id: int, clock: Clock = system_clock) -> Stats:
    now = clock()
    per_day = answers_per_day(db, learner_id, now)
    by_source, by_kind = mastery(db, learner_id)
    return Stats(
        per_day=per_day,
        by_source=by_source,
        by_kind=by_kind,
        forecast=due_forecast(db, learner_id, now),
        total_answers=sum(d.answers for d in per_day),
        total_correct=sum(d.correct for d in per_day),
        overrides=overrides(db, learner_id),
    )


def overrides(db: Database, learner_id: int) -> int:
    """Answers the grader called wrong and the learner marked right ("I was right")."""
    row = db.one("SELECT count(*) FROM attempts WHERE learner_id = ? AND verdict = 'override'", (learner_id,))
    return int(row[0]) if row else 0

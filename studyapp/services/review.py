"""The review-missed list: every question the learner got wrong and has not yet answered right twice in a row."""

from __future__ import annotations

from studyapp.db.database import Database
from studyapp.services.clock import to_datetime
from studyapp.services.views import MissedItem


def missed_items(
    db: Database, learner_id: int, *, source_id: str | None = None, kind: str | None = None
) -> list[MissedItem]:
    """Most recently missed first."""
    sql = (
        "SELECT q.id, q.prompt, q.kind, s.id, s.title, c.missed_at, c.right_streak, q.answer, "
        "(SELECT a.response FROM attempts a WHERE a.learner_id = c.learner_id AND a.question_id = q.id "
        "AND a.correct = FALSE ORDER BY a.answered_at DESC, a.id DESC LIMIT 1) "
        "FROM cards c JOIN questions q ON q.id = c.question_id JOIN sources s ON s.id = q.source_id "
        "WHERE c.learner_id = ? AND c.missed_at IS NOT NULL AND q.retired = FALSE"
    )
    params: list[object] = [learner_id]
    if source_id is not None:
        sql += " AND q.source_id = ?"
        params.append(source_id)
    if kind is not None:
        sql += " AND q.kind = ?"
        params.append(kind)
    sql += " ORDER BY c.missed_at DESC, q.position"
    return [
        MissedItem(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            to_datetime(int(r[5])),
            int(r[6]),
            answer=str(r[7]),
            your_answer=str(r[8] or ""),
        )
        for r in db.rows(sql, tuple(params))
    ]

"""The teacher's view of everyone's self-study: due, missed, recent answers, mastery by source."""

from __future__ import annotations

from studyapp.db.database import Database
from studyapp.services.class_progress import class_progress
from studyapp.services.clock import ManualClock
from studyapp.services.learners import create_learner
from studyapp.services.study import StudySession


def test_each_learner_has_a_row_with_their_own_figures(db: Database, clock: ManualClock) -> None:
    ada = create_learner(db, "Ada", clock)
    bo = create_learner(db, "bo", clock)
    ids = [str(r[0]) for r in db.rows("SELECT id FROM questions WHERE retired = FALSE ORDER BY position LIMIT 4")]
    session = StudySession(db, ada, ids, clock=clock, fuzz=False)
    for i in range(4):
        question = session.current()
        assert question is not None
        session.answer(question.answer if i else "surely not this", 3000)
        session.advance()
        clock.advance(10)
    progress = class_progress(db, clock)
    assert [s.name for s in progress.students] == ["Ada", "bo"]
    a, b = progress.students
    assert (a.missed, a.answers_week, a.right_week) == (1, 4, 3)
    assert a.due_today >= 1 and a.last_active == int(clock()) - 10
    assert (b.due_today, b.missed, b.answers_week, b.last_active, b.mastered) == (0, 0, 0, None, 0.0)
    assert [m.key for m in a.by_source] == [s[0] for s in progress.sources]
    assert sum(m.seen for m in a.by_source) == 4
    clock.advance(8 * 86400)
    assert class_progress(db, clock).students[0].answers_week == 0  # a week later: nothing recent
    assert bo.id != ada.id


def test_an_article_without_questions_has_no_mastery_column(db: Database, clock: ManualClock) -> None:
    create_learner(db, "Ada", clock)
    first = str(db.scalar("SELECT id FROM sources WHERE retired = FALSE ORDER BY position LIMIT 1"))
    from sqlalchemy import text

    with db.session() as session:
        session.execute(text("UPDATE questions SET retired = TRUE WHERE source_id = :s"), {"s": first})
    shown = [source_id for source_id, _title in class_progress(db, clock).sources]
    assert first not in shown and shown

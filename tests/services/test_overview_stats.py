"""Home numbers, mastery, stats and the reader's view of sources, against hand-made progress."""

from __future__ import annotations

import datetime as dt

from studyapp.db.database import Database
from studyapp.services.clock import ManualClock
from studyapp.services.overview import home_summary
from studyapp.services.progress import record_answer
from studyapp.services.reader import list_sources, source_detail
from studyapp.services.stats import learner_stats
from studyapp.services.study import plan_study
from studyapp.services.views import Learner


def _answer(db: Database, learner: Learner, clock: ManualClock, qid: str, correct: bool, rating: int = 3) -> None:
    record_answer(
        db, learner, qid, response="r", correct=correct, verdict="exact" if correct else "wrong", rating=rating,
        duration_ms=4000, mode="study", now=clock(), fuzz=False,
    )  # fmt: skip


def _ids(db: Database, n: int) -> list[str]:
    return [str(r[0]) for r in db.rows("SELECT id FROM questions ORDER BY position LIMIT ?", (n,))]


def test_home_summary_of_a_new_learner(db: Database, learner: Learner, clock: ManualClock, bank_size: int) -> None:
    summary = home_summary(db, learner, clock)
    planned = len(plan_study(db, learner, clock()))  # one question per fact and sentence a day
    assert (summary.due_today, summary.new_available, summary.missed, summary.total_questions) == (
        0,
        planned,
        0,
        bank_size,
    )
    assert summary.to_study == planned
    assert sum(row.total for row in summary.by_source) == bank_size
    assert sum(row.total for row in summary.by_kind) == bank_size
    assert all(row.mastered == 0 for row in summary.by_kind)


def test_home_summary_counts_due_new_and_missed(db: Database, learner: Learner, clock: ManualClock) -> None:
    a, b = _ids(db, 2)
    c = str(db.scalar("SELECT id FROM questions WHERE format != 'mc' ORDER BY position DESC LIMIT 1"))
    _answer(db, learner, clock, a, True)
    _answer(db, learner, clock, b, False, rating=1)
    summary = home_summary(db, learner, clock)
    assert summary.missed == 1
    plan = plan_study(db, learner, clock())
    assert summary.new_available == len([q for q in plan if q not in (a, b)])
    assert summary.due_today == 2  # both are in learning steps, due again today
    # a question mastered: graduate c (a recall question) with Easy reviews
    _answer(db, learner, clock, c, True, rating=4)
    kind = str(db.scalar("SELECT kind FROM questions WHERE id = ?", (c,)))
    by_kind = {row.key: row for row in home_summary(db, learner, clock).by_kind}
    assert by_kind[kind].mastered == 1 and by_kind[kind].seen >= 1


def test_stats_per_day_accuracy_and_forecast(db: Database, learner: Learner, clock: ManualClock) -> None:
    ids = _ids(db, 6)
    for qid in ids[:4]:
        _answer(db, learner, clock, qid, qid != ids[0])
    clock.advance(86400)
    for qid in ids[4:]:
        _answer(db, learner, clock, qid, False, rating=1)
    stats = learner_stats(db, learner.id, clock)
    assert [(d.answers, d.correct) for d in stats.per_day] == [(4, 3), (2, 0)]
    assert stats.per_day[1].day - stats.per_day[0].day == dt.timedelta(days=1)
    assert (stats.total_answers, stats.total_correct) == (6, 3)
    assert len(stats.forecast) == 30
    assert sum(count for _, count in stats.forecast) == 6  # every card falls due within 30 days
    assert stats.forecast[0][1] >= 2  # the two missed today are due again today


def test_reader_lists_sources_and_marks_passages_with_mastery(
    db: Database, learner: Learner, clock: ManualClock, bank_size: int
) -> None:
    sources = list_sources(db, learner.id)
    assert len(sources) == 5
    assert sum(s.question_count for s in sources) == bank_size
    first = sources[0]
    detail = source_detail(db, learner.id, first.info.id)
    with_questions = [p for p in detail.passages if p.question_ids]
    assert with_questions and all(p.mastery == 0.0 for p in with_questions)
    assert all(p.mastery is None for p in detail.passages if not p.question_ids)
    assert all(detail.text[p.start : p.end] == p.text for p in detail.passages)
    target = with_questions[0]
    for qid in target.question_ids:
        _answer(db, learner, clock, qid, True, rating=4)
    again = {p.id: p for p in source_detail(db, learner.id, first.info.id).passages}
    assert again[target.id].mastery == 1.0


def test_a_choice_question_is_mastered_only_with_its_recall_question(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    mc, typed = db.one(
        "SELECT m.id, t.id FROM questions m JOIN questions t ON t.fact_id = m.fact_id "
        "WHERE m.format = 'mc' AND t.format = 'typed' LIMIT 1"
    ) or ("", "")
    kind = str(db.scalar("SELECT kind FROM questions WHERE id = ?", (mc,)))

    def mastered() -> int:
        return {row.key: row for row in home_summary(db, learner, clock).by_kind}[kind].mastered

    _answer(db, learner, clock, str(mc), True, rating=4)
    assert db.scalar("SELECT state FROM cards WHERE question_id = ?", (mc,)) == 2  # graduated...
    assert mastered() == 0  # ...but recognising is not knowing
    _answer(db, learner, clock, str(typed), True, rating=4)
    assert mastered() == 2

"""Study sessions: grading, ratings, scheduling, undo, and what comes back when."""

from __future__ import annotations

import json

import pytest

from studyapp.db.database import Database
from studyapp.services.clock import ManualClock
from studyapp.services.learners import update_settings
from studyapp.services.questions import load_question
from studyapp.services.scheduling import REVIEW_STATE
from studyapp.services.study import StudySession, plan_study
from studyapp.services.views import Learner


def _first(db: Database, fmt: str) -> str:
    return str(db.scalar("SELECT id FROM questions WHERE format = ? ORDER BY position LIMIT 1", (fmt,)))


def _session(db: Database, learner: Learner, clock: ManualClock, ids: list[str], mode: str = "study") -> StudySession:
    return StudySession(db, learner, ids, mode=mode, clock=clock, fuzz=False)


def _wrong_choice(db: Database, qid: str) -> str:
    q = load_question(db, qid)
    assert q.choices is not None
    return next(c for c in q.choices if c != q.answer)


def _facts(db: Database, ids: list[str]) -> list[tuple[str, tuple[str, int], str]]:
    rows = {
        str(r[0]): (str(r[1]), (str(r[2]), int(r[3])), str(r[4]))
        for r in db.rows("SELECT id, fact_id, source_id, quote_start, format FROM questions")
    }
    return [rows[i] for i in ids]


def test_a_new_learners_first_week(db: Database, learner: Learner, clock: ManualClock) -> None:
    """Seven days of study, every question answered right in 8 s: no two siblings (same fact or
    same sentence) on one day, recall mixed in from day one where a fact has no choice question,
    recognition before recall for each fact, no Easy on first sight, and choices shuffled."""
    seen_mc_day: dict[str, int] = {}
    orders: dict[str, set[tuple[str, ...]]] = {}
    recall_days: list[int] = []
    for day in range(7):
        queue = plan_study(db, learner, clock())
        if day == 0:
            assert 0 < len(queue) <= learner.new_per_day
        facts = _facts(db, list(dict.fromkeys(queue)))
        assert len({f for f, _, _ in facts}) == len(facts), f"day {day}: two questions on one fact"
        assert len({s for _, s, _ in facts}) == len(facts), f"day {day}: two questions on one sentence"
        for fact, _, fmt in facts:
            if fmt != "mc":
                recall_days.append(day)
                has_mc = db.scalar("SELECT count(*) FROM questions WHERE fact_id = ? AND format = 'mc'", (fact,))
                assert not has_mc or seen_mc_day.get(fact, day) < day, "recall before recognition"
        session = StudySession(db, learner, queue, clock=clock, fuzz=False)
        while (question := session.current()) is not None:
            first = not db.scalar("SELECT count(*) FROM cards WHERE question_id = ?", (question.id,))
            if question.choices:
                orders.setdefault(question.id, set()).add(question.choices)
            result = session.answer(question.answer, duration_ms=2500 if question.format == "mc" else 8000)
            if first and question.format == "mc":
                assert result.rating <= 3, "Easy on first sight"
                seen_mc_day.setdefault(next(f for f, _, _ in _facts(db, [question.id])), day)
            session.advance()
            clock.advance(60)
        clock.advance(86400 - 60 * session.answered)
    assert recall_days and recall_days[0] == 0  # typed questions from the first day
    assert any(len(o) > 1 for o in orders.values())  # choices in another order when shown again


def test_daily_new_limit(db: Database, learner: Learner, clock: ManualClock) -> None:
    learner = update_settings(db, learner.id, desired_retention=0.9, new_per_day=3)
    assert len(plan_study(db, learner, clock())) == 3


def test_right_answer_is_committed_with_a_rating_from_the_time_taken(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    qid = _first(db, "mc")
    session = _session(db, learner, clock, [qid])
    question = session.current()
    assert question is not None
    fast = session.answer(question.answer, duration_ms=2000)
    assert fast.correct and fast.rating == 3  # first sight of a choice question: Good at most
    row = db.one("SELECT question_id, correct, rating, duration_ms, mode FROM attempts")
    assert row == (qid, 1, 3, 2000, "study")
    assert db.scalar("SELECT reps FROM cards WHERE question_id = ?", (qid,)) == 1


@pytest.mark.parametrize(("ms", "rating", "first"), [(3000, 4, 3), (9000, 3, 3), (30_000, 2, 2)])
def test_rating_depends_on_response_time(
    db: Database, learner: Learner, clock: ManualClock, ms: int, rating: int, first: int
) -> None:
    qid = _first(db, "mc")
    session = _session(db, learner, clock, [qid])
    question = session.current()
    assert question is not None
    assert session.answer(question.answer, ms).rating == first  # first sight: never Easy
    clock.advance(86400 * 3)
    again = _session(db, learner, clock, [qid])
    question = again.current()
    assert question is not None
    assert again.answer(question.answer, ms).rating == rating


def test_wrong_answer_is_again_goes_on_the_missed_list_and_comes_back(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    qid = _first(db, "mc")
    other = _first(db, "typed")
    session = _session(db, learner, clock, [qid, other])
    result = session.answer(_wrong_choice(db, qid), 5000)
    assert not result.correct and result.rating == 1 and result.in_missed_list
    assert session.total == 3  # it comes back within the session (learning step)
    assert db.scalar("SELECT missed_at FROM cards WHERE question_id = ?", (qid,)) == int(clock())
    session.advance()
    assert session.current() is not None and session.current().id == other  # type: ignore[union-attr]


def test_typed_answers_are_graded_leniently(db: Database, learner: Learner, clock: ManualClock) -> None:
    qid = _first(db, "typed")
    q = load_question(db, qid)
    session = _session(db, learner, clock, [qid])
    result = session.answer("  " + q.answer.upper() + "! ", 8000)
    assert result.correct


def test_override_replaces_the_rating_and_reschedules(db: Database, learner: Learner, clock: ManualClock) -> None:
    qid = _first(db, "mc")
    session = _session(db, learner, clock, [qid])
    q = session.current()
    assert q is not None
    good = session.answer(q.answer, 9000)
    assert good.rating == 3
    easy = session.override(4)
    assert easy.rating == 4 and easy.suggested_rating == 3
    assert db.scalar("SELECT rating FROM attempts") == 4
    assert easy.next_due > good.next_due
    again = session.override(1)
    assert again.next_due < good.next_due
    assert db.scalar("SELECT count(*) FROM attempts") == 1


def test_undo_restores_the_card_and_removes_the_attempt(db: Database, learner: Learner, clock: ManualClock) -> None:
    a, b = (str(r[0]) for r in db.rows("SELECT id FROM questions WHERE format='mc' ORDER BY position LIMIT 2"))
    session = _session(db, learner, clock, [a, b])
    session.answer(load_question(db, a).answer, 9000)
    session.advance()
    clock.advance(30)
    before = db.rows("SELECT * FROM cards WHERE question_id = ?", (a,))
    session.answer(_wrong_choice(db, b), 9000)
    session.advance()
    assert db.scalar("SELECT count(*) FROM attempts") == 2
    # undo after moving on: b is asked again and its card is gone (it was new)
    shown = session.undo()
    assert shown is not None and shown.id == b
    assert db.scalar("SELECT count(*) FROM attempts") == 1
    assert db.scalar("SELECT count(*) FROM cards WHERE question_id = ?", (b,)) == 0
    assert session.total == 3  # a (a new card in its learning steps) still comes back; b's return is gone
    # undo again: a's card goes back to exactly what it was before its answer (nothing)
    shown = session.undo()
    assert shown is not None and shown.id == a
    assert db.scalar("SELECT count(*) FROM attempts") == 0
    assert db.rows("SELECT * FROM cards") == []
    assert before  # a had a card after its answer
    assert not session.can_undo
    assert session.total == 2


def test_undo_of_a_review_restores_the_previous_state_exactly(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    qid = _first(db, "mc")
    session = _session(db, learner, clock, [qid])
    session.answer(load_question(db, qid).answer, 2000)
    session.advance()
    snapshot = db.rows("SELECT * FROM cards")
    clock.advance(5 * 86400)
    again = _session(db, learner, clock, [qid])
    again.answer(_wrong_choice(db, qid), 2000)
    assert db.rows("SELECT * FROM cards") != snapshot
    again.undo()
    assert db.rows("SELECT * FROM cards") == snapshot
    assert again.current() is not None and again.pending is None


def test_good_answers_graduate_and_leave_the_queue(db: Database, learner: Learner, clock: ManualClock) -> None:
    qid = _first(db, "mc")
    session = _session(db, learner, clock, [qid])
    answer = load_question(db, qid).answer
    rounds = 0
    while not session.finished and rounds < 10:
        session.answer(answer, 9000)
        session.advance()
        clock.advance(15 * 60)
        rounds += 1
    assert session.finished
    assert db.scalar("SELECT state FROM cards") == REVIEW_STATE
    summary = session.summary()
    assert summary.answered == rounds and summary.correct == rounds


def test_review_mode_drills_until_right_twice_in_a_row(db: Database, learner: Learner, clock: ManualClock) -> None:
    from studyapp.services.review import missed_items

    qid = _first(db, "mc")
    first = _session(db, learner, clock, [qid])
    first.answer(_wrong_choice(db, qid), 3000)
    assert [m.question_id for m in missed_items(db, learner.id)] == [qid]
    drill = _session(db, learner, clock, [qid], mode="review")
    answer = load_question(db, qid).answer
    r1 = drill.answer(answer, 3000)
    assert r1.in_missed_list and not r1.left_missed_list and drill.total == 2
    drill.advance()
    r2 = drill.answer(answer, 3000)
    assert r2.left_missed_list and not r2.in_missed_list
    drill.advance()
    assert drill.finished
    assert missed_items(db, learner.id) == []


def test_a_wrong_answer_resets_the_drill_streak(db: Database, learner: Learner, clock: ManualClock) -> None:
    qid = _first(db, "mc")
    drill = _session(db, learner, clock, [qid], mode="review")
    answer, wrong = load_question(db, qid).answer, _wrong_choice(db, qid)
    for response in (wrong, answer, wrong, answer):
        drill.answer(response, 3000)
        drill.advance()
    assert db.scalar("SELECT right_streak FROM cards") == 1
    assert not drill.finished


def test_each_learner_has_their_own_cards(db: Database, learner: Learner, clock: ManualClock) -> None:
    from studyapp.services.learners import create_learner

    other = create_learner(db, "Bob", clock)
    qid = _first(db, "mc")
    _session(db, learner, clock, [qid]).answer(load_question(db, qid).answer, 3000)
    assert db.scalar("SELECT count(*) FROM cards WHERE learner_id = ?", (other.id,)) == 0
    assert qid in plan_study(db, other, clock())


def test_i_was_right_counts_the_answer_right_leaves_the_missed_list_and_undoes(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    qid = _first(db, "typed")
    session = _session(db, learner, clock, [qid])
    before_card = db.one("SELECT count(*) FROM cards")
    wrong = session.answer("something else entirely", duration_ms=5000)
    assert not wrong.correct and session.can_claim_right
    card_after_wrong = db.one("SELECT state, due, missed_at, lapses, reps FROM cards WHERE question_id = ?", (qid,))
    assert card_after_wrong is not None and card_after_wrong[2] is not None  # on the missed list
    stats_after_wrong = db.one("SELECT sum(answers), sum(correct) FROM attempt_quarters")

    claimed = session.claim_right()
    assert claimed.correct and claimed.rating == 3 and claimed.grade.note == "marked right by you"
    assert not session.can_claim_right
    assert db.one("SELECT correct, verdict, rating FROM attempts") == (1, "override", 3)
    assert db.scalar("SELECT missed_at FROM cards WHERE question_id = ?", (qid,)) is None
    assert db.one("SELECT sum(answers), sum(correct) FROM attempt_quarters") == (1, 1)
    assert session.summary().missed_question_ids == ()

    session.undo()  # takes back the claim, not the answer
    assert session.pending is not None and not session.pending.correct
    assert db.one("SELECT correct, verdict FROM attempts") == (0, "wrong")
    assert db.one("SELECT state, due, missed_at, lapses, reps FROM cards WHERE question_id = ?", (qid,)) == (
        card_after_wrong
    )
    assert db.one("SELECT sum(answers), sum(correct) FROM attempt_quarters") == stats_after_wrong
    assert session.can_claim_right
    session.undo()  # and then the answer itself
    assert db.one("SELECT count(*) FROM attempts") == (0,)
    assert db.one("SELECT count(*) FROM cards") == before_card


def test_i_was_right_is_not_offered_for_a_pick_or_a_right_answer(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    mc = _first(db, "mc")
    session = _session(db, learner, clock, [mc])
    session.answer(_wrong_choice(db, mc), duration_ms=3000)
    assert not session.can_claim_right
    with pytest.raises(RuntimeError):
        session.claim_right()
    typed = _first(db, "typed")
    session = _session(db, learner, clock, [typed])
    question = session.current()
    assert question is not None
    session.answer(question.answer, duration_ms=3000)
    assert not session.can_claim_right


def test_a_question_that_shows_a_names_answer_comes_a_day_after_the_name_question(
    db: Database, learner: Learner, clock: ManualClock
) -> None:
    """A prompt that prints both names of a place ("… the Northern Territories / Southern Kurils …")
    gives away the question that asks one for the other: the name question is met first, and the
    two are never on one day."""
    shows = {str(r[0]): json.loads(r[1]) for r in db.rows("SELECT id, shows FROM questions") if json.loads(r[1])}
    assert shows, "the course has a question whose words show a name another asks for"
    first_day: dict[str, int] = {}
    for day in range(21):
        queue = plan_study(db, learner, clock())
        facts_today = {f for f, _, _ in _facts(db, queue)}
        for qid in queue:
            first_day.setdefault(qid, day)
            assert not set(shows.get(qid, [])) & facts_today, f"day {day}: {qid} beside the name it shows"
        session = StudySession(db, learner, queue, clock=clock, fuzz=False)
        while (question := session.current()) is not None:
            session.answer(question.answer, duration_ms=8000)
            session.advance()
            clock.advance(60)
        clock.advance(86400 - 60 * session.answered)
    fact_of = {str(r[0]): str(r[1]) for r in db.rows("SELECT id, fact_id FROM questions")}
    for qid, facts in shows.items():
        assert qid in first_day, f"{qid} never came"
        for fact in facts:
            met = [d for q, d in first_day.items() if fact_of[q] == fact]
            assert met and min(met) < first_day[qid], f"{qid} came before the name question {fact}"

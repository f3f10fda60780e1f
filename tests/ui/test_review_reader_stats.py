"""Review missed, the source reader, home and stats, driven as a learner would."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.services.clock import ManualClock
from studyapp.services.learners import update_settings
from studyapp.services.progress import record_answer
from studyapp.services.questions import load_question
from studyapp.services.study import plan_study
from studyapp.ui.context import AppContext
from studyapp.ui.home import HomeScreen
from studyapp.ui.reader import ReaderScreen
from studyapp.ui.review import ReviewScreen
from studyapp.ui.stats import StatsScreen
from ui.helpers import activate


def _answer(ctx: AppContext, clock: ManualClock, qid: str, correct: bool, rating: int = 3) -> None:
    assert ctx.learner is not None
    record_answer(
        ctx.db, ctx.learner, qid, response="r", correct=correct, verdict="exact" if correct else "wrong",
        rating=rating, duration_ms=3000, mode="study", now=clock(), fuzz=False,
    )  # fmt: skip


def _one_per_kind(ctx: AppContext, n: int = 6) -> list[str]:
    """One question of each kind, then more in bank order, ``n`` in all."""
    rows = ctx.db.rows("SELECT kind, min(position) FROM questions GROUP BY kind ORDER BY kind")
    ids = [str(ctx.db.scalar("SELECT id FROM questions WHERE position = ?", (pos,))) for _kind, pos in rows]
    ids += [str(r[0]) for r in ctx.db.rows("SELECT id FROM questions ORDER BY position") if str(r[0]) not in ids]
    return ids[:n]


def _kinds(ctx: AppContext) -> int:
    return int(ctx.db.scalar("SELECT count(DISTINCT kind) FROM questions WHERE retired = FALSE"))


def _sources_asked(ctx: AppContext) -> int:
    """The articles with at least one question (an article may yield none)."""
    return int(ctx.db.scalar("SELECT count(DISTINCT source_id) FROM questions WHERE retired = FALSE"))


# -- review missed ------------------------------------------------------------------------------


def test_review_lists_misses_most_recent_first_and_filters(
    qtbot: QtBot, ctx: AppContext, clock: ManualClock, qtmodeltester: ModelTester
) -> None:
    ids = _one_per_kind(ctx)[:3]
    for qid in ids:
        _answer(ctx, clock, qid, False, rating=1)
        clock.advance(60)
    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert screen.visible_question_ids() == list(reversed(ids))
    qtmodeltester.check(screen.model)
    assert screen.drill_button.text() == "Drill all (3)"
    kind = load_question(ctx.db, ids[0]).kind
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData(kind))
    assert screen.visible_question_ids() == [ids[0]]
    screen.kind_filter.setCurrentIndex(0)
    # sort by the "Missed" column ascending: oldest first
    screen.table.horizontalHeader().sectionClicked.emit(3)
    screen.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert screen.visible_question_ids() == ids
    activate(qtbot, screen)
    with qtbot.waitSignal(screen.drill_requested) as drill:
        qtbot.keyClick(screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert drill.args == [ids]
    screen.table.setFocus()
    screen.table.selectRow(0)
    with qtbot.waitSignal(screen.open_question_requested) as opened:
        screen.table.activated.emit(screen.table.currentIndex())
    question = load_question(ctx.db, ids[0])
    assert opened.args == [question.citation.source.id, question.id]


def test_review_empty_state(qtbot: QtBot, ctx: AppContext) -> None:
    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert screen.body.currentWidget() is screen.empty
    assert not screen.drill_button.isEnabled()


def test_source_filter_narrows_the_list(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    rows = ctx.db.rows("SELECT source_id, min(id) FROM questions GROUP BY source_id ORDER BY source_id LIMIT 2")
    for _source, qid in rows:
        _answer(ctx, clock, str(qid), False, rating=1)
    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.source_filter.setCurrentIndex(screen.source_filter.findData(rows[1][0]))
    assert screen.visible_question_ids() == [rows[1][1]]


# -- reader -------------------------------------------------------------------------------------


def test_reader_shows_sources_passages_and_mastery(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    screen = ReaderScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.refresh()
    assert screen.source_list.count() == 5
    assert screen.detail is not None
    first_title = screen.detail.info.title
    assert screen.title.text() == first_title
    marks = screen.passage_marks()
    marked = [pid for pid, mastery in marks if mastery is not None]
    assert marked and all(m == 0.0 for _p, m in marks if m is not None)
    target = next(p for p in screen.detail.passages if p.id == marked[0])
    for qid in target.question_ids:
        _answer(ctx, clock, qid, True, rating=4)
    screen.refresh()
    assert dict(screen.passage_marks())[target.id] == 1.0
    screen.source_list.setCurrentRow(2)
    assert screen.title.text() != first_title


def test_reader_jumps_to_a_question_and_highlights_its_quote(qtbot: QtBot, ctx: AppContext) -> None:
    qid = str(ctx.db.scalar("SELECT id FROM questions WHERE source_id LIKE '003%' ORDER BY position LIMIT 1"))
    question = load_question(ctx.db, qid)
    screen = ReaderScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    screen.show_source(question.citation.source.id, qid)
    assert screen.title.text() == question.citation.source.title
    citation = question.citation
    in_source = citation.passage_text[citation.answer_start : citation.answer_end]  # "this year" for 2016
    assert dict(screen.article.highlighted_text()) == {"quote": citation.quote, "answer": in_source}
    assert screen.selected_passage is not None
    assert (
        screen.detail is not None and screen.detail.passages[screen.selected_passage].id == question.citation.passage_id
    )
    activate(qtbot, screen)
    screen.article.setFocus()
    with qtbot.waitSignal(screen.quiz_requested) as quiz:
        qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    passage_ids = [
        str(r[0])
        for r in ctx.db.rows(
            "SELECT id FROM questions WHERE passage_id = ? AND retired = FALSE ORDER BY position",
            (question.citation.passage_id,),
        )
    ]
    assert quiz.args[0] == passage_ids and "passage" in quiz.args[1]
    with qtbot.waitSignal(screen.quiz_requested) as article:
        screen.quiz_article_button.click()
    count = ctx.db.scalar(
        "SELECT count(*) FROM questions WHERE source_id = ? AND retired = FALSE", (question.citation.source.id,)
    )
    assert len(article.args[0]) == count and qid in article.args[0]


# -- home ---------------------------------------------------------------------------------------


def test_home_numbers_follow_the_database(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    home = HomeScreen(ctx)
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    assert ctx.learner is not None
    planned = len(plan_study(ctx.db, ctx.learner, clock()))
    assert (home.due.number.text(), home.new.number.text(), home.missed.number.text()) == ("0", str(planned), "0")
    assert home.study_button.text() == f"Study {planned} questions"
    _answer(ctx, clock, _one_per_kind(ctx)[0], False, rating=1)
    home.refresh()
    planned = len(plan_study(ctx.db, ctx.learner, clock()))
    assert (home.due.number.text(), home.new.number.text(), home.missed.number.text()) == ("1", str(planned - 1), "1")
    assert home.review_button.text() == "Review missed (1)"
    assert len(home.by_source.rows) == _sources_asked(ctx) and len(home.by_kind.rows) == _kinds(ctx)


def test_home_buttons_and_keys_emit_their_signals(qtbot: QtBot, ctx: AppContext) -> None:
    home = HomeScreen(ctx)
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    activate(qtbot, home)
    for key, signal in ((Qt.Key.Key_S, home.study_requested), (Qt.Key.Key_R, home.review_requested),
                        (Qt.Key.Key_O, home.sources_requested), (Qt.Key.Key_T, home.stats_requested)):  # fmt: skip
        with qtbot.waitSignal(signal):
            qtbot.keyClick(home, key)
    with qtbot.waitSignal(home.study_requested):
        qtbot.mouseClick(home.study_button, Qt.MouseButton.LeftButton)


def test_home_with_nothing_to_study(qtbot: QtBot, ctx: AppContext) -> None:
    assert ctx.learner is not None
    ctx.learner = update_settings(ctx.db, ctx.learner.id, desired_retention=0.9, new_per_day=0)
    home = HomeScreen(ctx)
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    assert not home.study_button.isEnabled()
    assert "Nothing due" in home.study_button.text()
    activate(qtbot, home)
    with qtbot.assertNotEmitted(home.study_requested):
        qtbot.keyClick(home, Qt.Key.Key_S)


def test_home_does_not_load_the_charts() -> None:
    code = "import studyapp.ui.home, studyapp.ui.main_window, sys; print('studyapp.ui.charts' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- stats --------------------------------------------------------------------------------------


def test_stats_charts_reflect_answers_over_days(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _one_per_kind(ctx)
    for qid in ids[:4]:
        _answer(ctx, clock, qid, True)
    clock.advance(86400)
    _answer(ctx, clock, ids[4], False, rating=1)
    screen = StatsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1024, 640)
    screen.show()
    screen.refresh()
    assert screen.totals.text() == "5 answers in all, 80% right."
    assert "highest 4" in screen.per_day.summary()
    assert len(screen.per_day.bars) == 30 and [b.value for b in screen.per_day.bars][-2:] == [4, 1]
    assert [round(b.value, 2) for b in screen.accuracy.bars] == [1.0, 0.0]
    assert len(screen.by_source.bars) == _sources_asked(ctx) and len(screen.by_kind.bars) == _kinds(ctx)
    assert screen.forecast.bars and sum(b.value for b in screen.forecast.bars) == 5
    image = screen.per_day.grab().toImage()
    assert len({image.pixel(x, image.height() - 40) for x in range(0, image.width(), 3)}) > 1


def test_stats_empty_state(qtbot: QtBot, ctx: AppContext) -> None:
    screen = StatsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert screen.per_day.summary().endswith("no data yet")
    assert "No answers yet" in screen.totals.text()

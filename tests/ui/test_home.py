"""The home screen: today's numbers follow the database, the buttons and keys lead on, the empty states."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from studyapp.services.clock import ManualClock
from studyapp.services.learners import update_settings
from studyapp.services.progress import record_answer
from studyapp.services.study import plan_study
from studyapp.ui.context import AppContext
from studyapp.ui.home import NOTHING_TO_STUDY, HomeScreen
from ui.helpers import activate

ROOT = Path(__file__).resolve().parents[2]


def _answer(ctx: AppContext, clock: ManualClock, qid: str, correct: bool, rating: int = 3) -> None:
    assert ctx.learner is not None
    record_answer(
        ctx.db, ctx.learner, qid, response="r", correct=correct, verdict="exact" if correct else "wrong",
        rating=rating, duration_ms=3000, mode="study", now=clock(), fuzz=False,
    )  # fmt: skip


def _question_ids(ctx: AppContext, n: int) -> list[str]:
    rows = ctx.db.rows("SELECT id FROM questions WHERE retired = FALSE ORDER BY position LIMIT ?", (n,))
    return [str(r[0]) for r in rows]


def _numbers(home: HomeScreen) -> tuple[str, str, str]:
    return home.due.number.text(), home.new.number.text(), home.missed.number.text()


def _home(qtbot: QtBot, ctx: AppContext) -> HomeScreen:
    home = HomeScreen(ctx)
    qtbot.addWidget(home)
    home.resize(1024, 640)
    home.show()
    home.refresh()
    return home


# -- numbers ------------------------------------------------------------------------------------


def test_a_new_learner_has_twenty_new_questions_and_nothing_due(qtbot: QtBot, ctx: AppContext, bank_size: int) -> None:
    home = _home(qtbot, ctx)
    assert ctx.learner is not None
    planned = len(plan_study(ctx.db, ctx.learner, ctx.clock()))  # one question per fact and sentence a day
    assert 0 < planned <= 20
    assert _numbers(home) == ("0", str(planned), "0")
    assert home.greeting.text() == "Hello, Ada"
    assert home.study_button.text() == f"Study {planned} questions" and home.study_button.isEnabled()
    assert home.review_button.text() == "Review missed (0)"
    assert home.summary is not None and home.summary.total_questions == bank_size
    asked = int(ctx.db.scalar("SELECT count(DISTINCT source_id) FROM questions WHERE retired = FALSE"))
    assert f"{bank_size} questions from {asked} sources" in home.subtitle.text()
    assert len(home.by_source.rows) == asked and len(home.by_kind.rows) == int(
        ctx.db.scalar("SELECT count(DISTINCT kind) FROM questions")
    )
    assert all(bar.value() == 0 and bar.text().startswith("0/") for _label, bar in home.by_source.rows)
    assert sum(bar.maximum() for _label, bar in home.by_source.rows) == bank_size


def test_a_wrong_answer_counts_as_due_and_missed(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    home = _home(qtbot, ctx)
    qid = _question_ids(ctx, 1)[0]
    _answer(ctx, clock, qid, False, rating=1)
    home.refresh()
    assert ctx.learner is not None
    assert _numbers(home) == ("1", str(len(plan_study(ctx.db, ctx.learner, clock())) - 1), "1")
    assert home.review_button.text() == "Review missed (1)"
    assert ctx.learner is not None
    planned = len(plan_study(ctx.db, ctx.learner, clock()))  # 1 due + new ones, one per fact and sentence
    assert home.study_button.text() == f"Study {planned} questions"  # the session the button starts
    # two right answers in a row take it off the missed list
    _answer(ctx, clock, qid, True)
    _answer(ctx, clock, qid, True)
    home.refresh()
    assert home.missed.number.text() == "0"
    assert home.review_button.text() == "Review missed (0)"


def test_an_easy_answer_masters_a_question(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    home = _home(qtbot, ctx)
    qid = str(ctx.db.scalar("SELECT id FROM questions WHERE format != 'mc' ORDER BY position LIMIT 1"))
    source_id = str(ctx.db.scalar("SELECT source_id FROM questions WHERE id = ?", (qid,)))
    _answer(ctx, clock, qid, True, rating=4)  # Easy: straight to fsrs's Review state, due in days
    home.refresh()
    assert ctx.learner is not None
    assert _numbers(home) == ("0", str(len(plan_study(ctx.db, ctx.learner, clock()))), "0")
    assert home.summary is not None
    row = next(i for i, r in enumerate(home.summary.by_source) if r.key == source_id)
    label, bar = home.by_source.rows[row]
    assert bar.value() == 1 and bar.text() == f"1/{bar.maximum()} mastered"
    assert label.text() == home.summary.by_source[row].label
    assert "1 of" in bar.accessibleDescription() and "1 seen" in bar.accessibleDescription()
    assert sum(bar.value() for _label, bar in home.by_kind.rows) == 1


def test_the_daily_limit_of_new_questions_runs_out(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    assert ctx.learner is not None
    ctx.learner = update_settings(ctx.db, ctx.learner.id, desired_retention=0.9, new_per_day=8)
    home = _home(qtbot, ctx)
    for qid in _question_ids(ctx, 8):
        _answer(ctx, clock, qid, True, rating=4)
    home.refresh()
    assert _numbers(home) == ("0", "0", "0")
    assert not home.study_button.isEnabled() and home.study_button.text() == NOTHING_TO_STUDY
    clock.advance(86400)  # a new day brings new questions
    home.refresh()
    assert ctx.learner is not None
    plan = plan_study(ctx.db, ctx.learner, clock())
    fresh = [q for q in plan if not ctx.db.scalar("SELECT count(*) FROM cards WHERE question_id = ?", (q,))]
    assert fresh and home.new.number.text() == str(len(fresh))
    assert home.study_button.isEnabled()


def test_nothing_to_study_disables_study(qtbot: QtBot, ctx: AppContext) -> None:
    assert ctx.learner is not None
    ctx.learner = update_settings(ctx.db, ctx.learner.id, desired_retention=0.9, new_per_day=0)
    home = _home(qtbot, ctx)
    assert _numbers(home) == ("0", "0", "0")
    assert not home.study_button.isEnabled()
    assert home.study_button.text() == "Nothing due — come back later"
    assert home.study_button.accessibleName() == home.study_button.text()
    activate(qtbot, home)
    assert QApplication.focusWidget() is home.review_button  # focus skips the disabled button
    with qtbot.assertNotEmitted(home.study_requested):
        qtbot.keyClick(home, Qt.Key.Key_S)
        qtbot.keyClick(home.scroll_area, Qt.Key.Key_Return)
        qtbot.mouseClick(home.study_button, Qt.MouseButton.LeftButton)


# -- buttons and keys ---------------------------------------------------------------------------


def test_each_button_emits_its_signal(qtbot: QtBot, ctx: AppContext) -> None:
    home = _home(qtbot, ctx)
    for button, signal in (
        (home.study_button, home.study_requested),
        (home.review_button, home.review_requested),
        (home.sources_button, home.sources_requested),
        (home.stats_button, home.stats_requested),
        (home.quizzes_button, home.quizzes_requested),
    ):
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("key", "signal"),
    [
        (Qt.Key.Key_S, "study_requested"),
        (Qt.Key.Key_R, "review_requested"),
        (Qt.Key.Key_O, "sources_requested"),
        (Qt.Key.Key_T, "stats_requested"),
        (Qt.Key.Key_Q, "quizzes_requested"),
    ],
)
def test_each_shortcut_emits_its_signal(qtbot: QtBot, ctx: AppContext, key: Qt.Key, signal: str) -> None:
    home = _home(qtbot, ctx)
    activate(qtbot, home)
    with qtbot.waitSignal(getattr(home, signal)):
        qtbot.keyClick(home, key)


def test_enter_studies(qtbot: QtBot, ctx: AppContext) -> None:
    home = _home(qtbot, ctx)
    activate(qtbot, home)
    assert QApplication.focusWidget() is home.study_button
    with qtbot.waitSignal(home.study_requested):
        qtbot.keyClick(home.study_button, Qt.Key.Key_Return)
    with qtbot.waitSignal(home.study_requested):  # with no button focused, Enter still studies
        qtbot.keyClick(home.scroll_area, Qt.Key.Key_Enter)
    with qtbot.waitSignal(home.stats_requested), qtbot.assertNotEmitted(home.study_requested):
        qtbot.keyClick(home.stats_button, Qt.Key.Key_Return)  # Enter on another button means that button


def test_shortcuts_are_in_the_tooltips(qtbot: QtBot, ctx: AppContext) -> None:
    home = _home(qtbot, ctx)
    assert "(S or Enter)" in home.study_button.toolTip()
    for button, key in ((home.review_button, "R"), (home.sources_button, "O"), (home.stats_button, "T"),
                        (home.quizzes_button, "Q")):  # fmt: skip
        assert button.toolTip().endswith(f"({key})")
        assert key in home.shortcuts


# -- no learner ---------------------------------------------------------------------------------


def test_no_learner(qtbot: QtBot, ctx: AppContext) -> None:
    learner = ctx.learner
    ctx.learner = None
    home = _home(qtbot, ctx)
    assert home.greeting.text() == "Create a learner to start"
    assert home.summary is None
    assert not home.counts.isVisible() and not home.mastery.isVisible()
    assert not any(b.isEnabled() for b in (home.study_button, home.review_button, home.sources_button,
                                           home.stats_button))  # fmt: skip
    assert home.quizzes_button.isEnabled()  # classroom quizzes need no learner
    activate(qtbot, home)
    assert QApplication.focusWidget() is home.quizzes_button
    with (
        qtbot.assertNotEmitted(home.study_requested),
        qtbot.assertNotEmitted(home.review_requested),
        qtbot.assertNotEmitted(home.sources_requested),
        qtbot.assertNotEmitted(home.stats_requested),
    ):
        for key in (Qt.Key.Key_S, Qt.Key.Key_R, Qt.Key.Key_O, Qt.Key.Key_T):
            qtbot.keyClick(home, key)
    # a learner is created: the next refresh shows the numbers
    ctx.learner = learner
    home.refresh()
    assert home.greeting.text() == "Hello, Ada"
    assert home.counts.isVisible() and home.mastery.isVisible()
    assert home.study_button.isEnabled() and home.sources_button.isEnabled()


# -- accessibility and layout -------------------------------------------------------------------


def test_everything_has_an_accessible_name_and_plain_text(qtbot: QtBot, ctx: AppContext) -> None:
    home = _home(qtbot, ctx)
    for widget in home.findChildren(QPushButton) + home.findChildren(QProgressBar):
        assert widget.accessibleName(), widget
    for box, caption in ((home.due, "Due today"), (home.new, "New today"), (home.missed, "Missed")):
        assert box.accessibleName().startswith(f"{caption}: ")
    for label in home.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert home.greeting.font().pointSizeF() > QApplication.font().pointSizeF()


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800)])
def test_fits_without_clipping(qtbot: QtBot, ctx: AppContext, clock: ManualClock, size: tuple[int, int]) -> None:
    _answer(ctx, clock, _question_ids(ctx, 1)[0], False, rating=1)
    home = _home(qtbot, ctx)
    home.resize(*size)
    qtbot.waitUntil(lambda: home.study_button.width() > 0)
    QApplication.processEvents()
    assert not home.scroll_area.verticalScrollBar().isVisible()
    for button in home.findChildren(QPushButton):
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), button.text()
    for label, bar in home.by_source.rows + home.by_kind.rows:
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
        assert bar.fontMetrics().horizontalAdvance(bar.text()) < bar.width(), bar.text()
    content = home.scroll_area.widget()
    assert content is not None
    right_edge = home.scroll_area.viewport().width()
    for widget in content.findChildren(QWidget):
        if widget.isVisible():
            assert widget.mapTo(content, widget.rect().topRight()).x() <= right_edge, widget


def test_importing_home_does_not_load_the_charts() -> None:
    code = "import studyapp.ui.home, sys; print('studyapp.ui.charts' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"

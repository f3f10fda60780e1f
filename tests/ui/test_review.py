"""Review missed, driven as a learner would: the list, its filters and sorting, drilling and opening a passage."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.db.database import Database
from studyapp.services.clock import ManualClock
from studyapp.services.learners import create_learner
from studyapp.services.progress import record_answer
from studyapp.services.questions import load_question
from studyapp.services.views import kind_label
from studyapp.ui.context import AppContext
from studyapp.ui.review import EMPTY_FILTERED_TEXT, EMPTY_TEXT, MissedTableModel, ReviewScreen
from ui.helpers import activate


def _answer(ctx: AppContext, clock: ManualClock, qid: str, correct: bool) -> None:
    assert ctx.learner is not None
    record_answer(
        ctx.db, ctx.learner, qid, response="r", correct=correct, verdict="exact" if correct else "wrong",
        rating=3 if correct else 1, duration_ms=3000, mode="study", now=clock(), fuzz=False,
    )  # fmt: skip


def _spread(db: Database) -> list[str]:
    """Four questions from four different sources, each of a different kind (first such set in bank order)."""
    rows = [
        (str(q), str(s), str(k))
        for q, s, k in db.rows("SELECT id, source_id, kind FROM questions WHERE retired = FALSE ORDER BY position")
    ]

    def search(start: int, chosen: list[tuple[str, str, str]]) -> list[tuple[str, str, str]] | None:
        if len(chosen) == 4:
            return chosen
        for i in range(start, len(rows)):
            _q, s, k = rows[i]
            if all(s != c[1] and k != c[2] for c in chosen):
                found = search(i + 1, [*chosen, rows[i]])
                if found:
                    return found
        return None

    found = search(0, [])
    assert found is not None
    return [q for q, _s, _k in found]


def _miss(ctx: AppContext, clock: ManualClock, ids: list[str]) -> None:
    """Answer each wrong, an hour and a half apart (so the first is the oldest)."""
    for qid in ids:
        _answer(ctx, clock, qid, False)
        clock.advance(5400)


def _screen(qtbot: QtBot, ctx: AppContext) -> ReviewScreen:
    screen = ReviewScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1024, 640)
    screen.show()
    screen.refresh()
    return screen


def _cell(screen: ReviewScreen, row: int, column: int) -> str:
    return str(screen.proxy.index(row, column).data())


def _click_header(qtbot: QtBot, screen: ReviewScreen, column: int) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_lists_missed_questions_most_recent_first(
    qtbot: QtBot, ctx: AppContext, clock: ManualClock, qtmodeltester: ModelTester
) -> None:
    ids = _spread(ctx.db)
    _miss(ctx, clock, ids)
    screen = _screen(qtbot, ctx)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)
    assert screen.body.currentWidget() is screen.table and screen.table.isVisible()
    assert screen.visible_question_ids() == list(reversed(ids))
    newest = load_question(ctx.db, ids[-1])
    missed_at = dt.datetime.fromtimestamp(clock() - 5400).astimezone()
    assert [_cell(screen, 0, c) for c in range(7)] == [
        newest.prompt,
        "r",  # what was answered
        newest.answer,  # and what is right
        kind_label(newest.kind),
        newest.citation.source.title,
        missed_at.strftime("%Y-%m-%d %H:%M"),
        "0 of 2",
    ]
    assert screen.model.headerData(5, Qt.Orientation.Horizontal) == "Missed"
    assert screen.model.headerData(1, Qt.Orientation.Horizontal) == "Your answer"
    assert screen.drill_button.text() == "Drill all (4)"
    assert "two right answers in a row" in screen.caption.text()
    assert screen.caption.isVisible()


def test_right_answers_count_up_and_two_take_a_question_off(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _spread(ctx.db)[:2]
    _miss(ctx, clock, ids)
    _answer(ctx, clock, ids[0], True)
    screen = _screen(qtbot, ctx)
    row = screen.visible_question_ids().index(ids[0])
    assert _cell(screen, row, MissedTableModel.STREAK) == "1 of 2"
    _answer(ctx, clock, ids[0], True)
    screen.refresh()
    assert screen.visible_question_ids() == [ids[1]]


def test_filters_narrow_the_list(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _spread(ctx.db)
    _miss(ctx, clock, ids)
    screen = _screen(qtbot, ctx)
    sources = [str(r[0]) for r in ctx.db.rows("SELECT title FROM sources WHERE retired = FALSE ORDER BY position")]
    assert [screen.source_filter.itemText(i) for i in range(screen.source_filter.count())] == ["All sources", *sources]
    kinds = [str(r[0]) for r in ctx.db.rows("SELECT DISTINCT kind FROM questions WHERE retired = FALSE ORDER BY kind")]
    assert [screen.kind_filter.itemText(i) for i in range(screen.kind_filter.count())] == [
        "All kinds",
        *[kind_label(k) for k in kinds],
    ]
    # by kind, from the keyboard: the combo box has the focus and the arrow keys move through it
    wanted = load_question(ctx.db, ids[1])
    screen.kind_filter.setFocus()
    while screen.kind_filter.currentData() != wanted.kind:
        qtbot.keyClick(screen.kind_filter, Qt.Key.Key_Down)
    assert screen.visible_question_ids() == [ids[1]]
    assert screen.drill_button.text() == "Drill all (1)"
    # by source as well: nothing matches both
    other = load_question(ctx.db, ids[2]).citation.source.id
    screen.source_filter.setCurrentIndex(screen.source_filter.findData(other))
    assert screen.visible_question_ids() == []
    assert screen.body.currentWidget() is screen.empty and screen.empty.text() == EMPTY_FILTERED_TEXT
    assert not screen.drill_button.isEnabled()
    screen.kind_filter.setCurrentIndex(0)
    assert screen.visible_question_ids() == [ids[2]]
    # the filters survive a refresh
    screen.refresh()
    assert screen.source_filter.currentData() == other and screen.visible_question_ids() == [ids[2]]


def test_header_clicks_sort_the_list(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _spread(ctx.db)
    _miss(ctx, clock, ids)
    _answer(ctx, clock, ids[1], True)  # one right answer since its miss
    screen = _screen(qtbot, ctx)
    header = screen.table.horizontalHeader()
    assert header.sortIndicatorSection() == MissedTableModel.MISSED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    _click_header(qtbot, screen, MissedTableModel.MISSED)
    assert screen.visible_question_ids() == ids  # oldest first
    _click_header(qtbot, screen, MissedTableModel.MISSED)
    assert screen.visible_question_ids() == list(reversed(ids))
    _click_header(qtbot, screen, MissedTableModel.QUESTION)
    prompts = [_cell(screen, r, MissedTableModel.QUESTION) for r in range(4)]
    assert prompts == sorted(prompts, key=str.casefold)
    _click_header(qtbot, screen, MissedTableModel.STREAK)
    streaks = [_cell(screen, r, MissedTableModel.STREAK) for r in range(4)]
    assert sorted(streaks) == streaks and streaks[-1] == "1 of 2"


def test_missed_sorts_by_the_real_time(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _spread(ctx.db)[:3]
    _answer(ctx, clock, ids[0], False)
    clock.advance(20)  # within the same minute: the shown times are equal, the order is still right
    _answer(ctx, clock, ids[1], False)
    clock.advance(86400 * 40)
    _answer(ctx, clock, ids[2], False)
    screen = _screen(qtbot, ctx)
    _click_header(qtbot, screen, MissedTableModel.MISSED)
    assert screen.visible_question_ids() == ids


def test_drill_all_emits_the_questions_in_the_order_shown(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _spread(ctx.db)
    _miss(ctx, clock, ids)
    screen = _screen(qtbot, ctx)
    with qtbot.waitSignal(screen.drill_requested) as drill:
        qtbot.mouseClick(screen.drill_button, Qt.MouseButton.LeftButton)
    assert drill.args == [list(reversed(ids))]
    _click_header(qtbot, screen, MissedTableModel.MISSED)
    activate(qtbot, screen)
    with qtbot.waitSignal(screen.drill_requested) as drill:
        qtbot.keyClick(screen.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert drill.args == [ids]
    assert "Ctrl+D" in screen.drill_button.toolTip()


def test_enter_and_double_click_open_the_passage(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _spread(ctx.db)
    _miss(ctx, clock, ids)
    screen = _screen(qtbot, ctx)
    activate(qtbot, screen)
    assert screen.table.hasFocus() and screen.table.currentIndex().row() == 0
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.open_question_requested) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    second = load_question(ctx.db, ids[-2])
    assert opened.args == [second.citation.source.id, second.id]
    rect = screen.table.visualRect(screen.proxy.index(3, 1))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.open_question_requested) as opened:
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    oldest = load_question(ctx.db, ids[0])
    assert opened.args == [oldest.citation.source.id, oldest.id]
    with qtbot.waitSignal(screen.open_question_requested) as opened:
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [oldest.citation.source.id, oldest.id]


def test_empty_state_for_a_learner_with_no_misses(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    _miss(ctx, clock, _spread(ctx.db))  # another learner's misses are not this one's
    ctx.learner = create_learner(ctx.db, "Bea", clock)
    screen = _screen(qtbot, ctx)
    assert screen.body.currentWidget() is screen.empty
    assert screen.empty.isVisible() and not screen.table.isVisible()
    assert screen.empty.text() == EMPTY_TEXT
    assert "Nothing to review" in EMPTY_TEXT
    assert not screen.drill_button.isEnabled() and not screen.open_button.isEnabled()
    assert screen.drill_button.text() == "Drill all (0)"
    activate(qtbot, screen)
    with qtbot.assertNotEmitted(screen.drill_requested):
        qtbot.keyClick(screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def test_every_control_has_an_accessible_name(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _screen(qtbot, ctx)

    def inside_a_combo_box(w: QWidget) -> bool:
        parent = w.parentWidget()
        while parent is not None and not isinstance(parent, QComboBox):
            parent = parent.parentWidget()
        return parent is not None

    controls = [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractItemView | QComboBox)
        and not w.objectName().startswith("qt_")  # Qt's own parts (the table's corner button)
        and not inside_a_combo_box(w)
    ]
    assert len(controls) >= 5
    assert all(w.accessibleName() for w in controls), [w for w in controls if not w.accessibleName()]


def test_a_long_prompt_is_shown_around_its_blank() -> None:
    from studyapp.ui.review import prompt_excerpt

    before = " ".join(f"word{i}" for i in range(60))
    prompt = f"{before} in _____ the treaty was signed, {before}."
    shown = prompt_excerpt(prompt)
    assert "_____" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 182
    assert prompt_excerpt("Short question?") == "Short question?"

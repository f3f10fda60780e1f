"""The stats screen: charts that follow the answers over several days, the empty states, the layout."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from studyapp.services.clock import ManualClock
from studyapp.services.progress import record_answer
from studyapp.ui.context import AppContext
from studyapp.ui.stats import DAYS_SHOWN, StatsScreen

ROOT = Path(__file__).resolve().parents[2]


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


def _screen(qtbot: QtBot, ctx: AppContext, size: tuple[int, int] = (1024, 640)) -> StatsScreen:
    screen = StatsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    screen.refresh()
    return screen


def _three_days(ctx: AppContext, clock: ManualClock) -> list[str]:
    """Day 1: 4 right; day 2: 1 wrong; day 3 (today): 1 right, 1 wrong. Six questions, seven answers."""
    ids = _one_per_kind(ctx, n=5)
    # the sixth is a typed question: one answered Easy is mastered at once (a choice question also needs its
    # fact's typed sibling)
    typed = [str(r[0]) for r in ctx.db.rows("SELECT id FROM questions WHERE format != 'mc' ORDER BY position")]
    ids.append(next(q for q in typed if q not in ids))
    for qid in ids[:4]:
        _answer(ctx, clock, qid, True)
    clock.advance(86400)
    _answer(ctx, clock, ids[4], False, rating=1)
    clock.advance(86400)
    _answer(ctx, clock, ids[5], True, rating=4)  # Easy: mastered at once
    _answer(ctx, clock, ids[4], False, rating=1)
    return ids


def test_charts_reflect_answers_over_days(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    _three_days(ctx, clock)
    screen = _screen(qtbot, ctx)
    assert screen.totals.text() == "7 answers in all, 71% right."

    today = dt.date.fromtimestamp(clock())
    per_day = screen.per_day.bars
    assert len(per_day) == DAYS_SHOWN
    assert [b.value for b in per_day[-3:]] == [4, 1, 2] and sum(b.value for b in per_day) == 7
    assert [b.secondary for b in per_day[-3:]] == [4, 0, 1]  # the right ones, drawn solid
    assert per_day[-1].label == f"{today.day} {today:%b}"
    assert per_day[-1].tooltip.endswith(": 2 answers, 1 right")
    assert per_day[-2].tooltip.endswith(": 1 answer, 0 right")
    assert per_day[0].tooltip.endswith(": 0 answers, 0 right")  # days without answers are there too
    assert "30 bars, highest 4" in screen.per_day.summary()

    assert [round(b.value, 2) for b in screen.accuracy.bars] == [1.0, 0.0, 0.5]  # only days with answers
    assert screen.accuracy.summary().startswith(f"{screen.accuracy.title}: 3 points, latest 50%")

    asked = int(ctx.db.scalar("SELECT count(DISTINCT source_id) FROM questions WHERE retired = FALSE"))
    assert len(screen.by_source.bars) == asked and len(screen.by_kind.bars) == _kinds(ctx)
    assert sum(1 for b in screen.by_kind.bars if b.value > 0) == 1
    assert "of" in screen.by_kind.bars[0].tooltip and "mastered" in screen.by_kind.bars[0].tooltip
    assert screen.by_kind.summary().startswith(f"{screen.by_kind.title}: {_kinds(ctx)} bars, highest ")

    forecast = screen.forecast.bars
    assert len(forecast) == 30 and sum(b.value for b in forecast) == 6  # every card falls due within 30 days
    assert forecast[0].value >= 2 and "with the overdue ones" in forecast[0].tooltip
    for chart in screen.charts:
        assert chart.accessibleDescription() == chart.summary()


def test_refresh_follows_new_answers(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    ids = _one_per_kind(ctx)
    _answer(ctx, clock, ids[0], True)
    screen = _screen(qtbot, ctx)
    assert screen.totals.text() == "1 answer in all, 100% right."
    assert "highest 1" in screen.per_day.summary()
    for qid in ids[1:4]:
        _answer(ctx, clock, qid, False, rating=1)
    screen.refresh()
    assert screen.totals.text() == "4 answers in all, 25% right."
    assert "highest 4" in screen.per_day.summary()
    assert [round(b.value, 2) for b in screen.accuracy.bars] == [0.25]


def test_old_answers_fall_out_of_the_last_thirty_days(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    _answer(ctx, clock, _one_per_kind(ctx)[0], True)
    clock.advance(40 * 86400)
    screen = _screen(qtbot, ctx)
    assert screen.totals.text() == "1 answer in all, 100% right."  # all time
    assert len(screen.per_day.bars) == DAYS_SHOWN and not any(b.value for b in screen.per_day.bars)
    assert screen.accuracy.summary().endswith("no data yet")
    assert screen.forecast.bars[0].value == 1  # overdue, so due today


def test_empty_state(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _screen(qtbot, ctx)
    assert "No answers yet" in screen.totals.text()
    for chart in screen.charts:
        assert chart.summary().endswith("no data yet"), chart.title
        assert not chart.bars


def test_no_learner(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    _answer(ctx, clock, _one_per_kind(ctx)[0], True)
    screen = _screen(qtbot, ctx)
    assert screen.per_day.bars
    ctx.learner = None
    screen.refresh()
    assert "Create a learner" in screen.totals.text()
    assert screen.stats is None
    assert all(not chart.bars for chart in screen.charts)


def test_two_columns_collapse_to_one_on_narrow_windows(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    _three_days(ctx, clock)
    screen = _screen(qtbot, ctx, (1024, 640))
    qtbot.waitUntil(lambda: screen.per_day.width() > 0)
    assert screen.columns == 2
    assert screen.per_day.y() == screen.accuracy.y() and screen.per_day.x() < screen.accuracy.x()
    assert screen.by_source.width() > screen.per_day.width()  # the long source titles get a full row
    content = screen.scroll_area.widget()
    assert content is not None and content.width() <= screen.scroll_area.viewport().width()
    screen.resize(700, 600)
    qtbot.waitUntil(lambda: screen.columns == 1)
    QApplication.processEvents()
    xs = {chart.x() for chart in screen.charts}
    assert len(xs) == 1
    assert screen.per_day.y() < screen.accuracy.y() < screen.forecast.y() < screen.by_source.y()
    screen.resize(1280, 800)
    qtbot.waitUntil(lambda: screen.columns == 2)


def test_charts_paint_with_data(qtbot: QtBot, ctx: AppContext, clock: ManualClock) -> None:
    _three_days(ctx, clock)
    screen = _screen(qtbot, ctx)
    qtbot.waitUntil(lambda: screen.per_day.height() > 100)
    image = screen.per_day.grab().toImage()
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 2)}
    assert len(colours) > 2


def test_focus_and_plain_text(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _screen(qtbot, ctx)
    with qtbot.waitActive(screen):
        screen.activateWindow()
    screen.focus_default()
    assert QApplication.focusWidget() is screen.scroll_area
    for label in screen.findChildren(QLabel):
        assert label.textFormat().name == "PlainText"
    for chart in screen.charts:
        assert chart.accessibleName() == chart.title


def test_importing_stats_does_not_load_the_charts() -> None:
    code = "import studyapp.ui.stats, sys; print('studyapp.ui.charts' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"

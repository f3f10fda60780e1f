"""The QPainter charts: they paint, summarise their data, cope with no data and with a lot of it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from array import array
from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from studyapp.ui.charts import Bar, BarChart, HBarChart, LineChart
from studyapp.ui.theme import dark_palette, light_palette

Chart = BarChart | LineChart | HBarChart

DAYS = [
    Bar(f"{d} Nov", v, f"{d} Nov: {v:.0f} answers") for d, v in zip(range(14, 21), (3, 0, 12, 42, 7, 1, 5), strict=True)
]
ACCURACY = [Bar(f"{d} Nov", v) for d, v in zip(range(14, 21), (0.5, 0.75, 1.0, 0.25, 0.8, 0.9, 0.6), strict=True)]
SOURCES = [
    Bar("The Structure of Scientific Revolutions, second edition, with a long subtitle", 0.82, "Structure: 9 of 11"),
    Bar("Origin of Species", 1.0),
    Bar("Cosmos", 0.0),
    Bar("Silent Spring", 0.45),
]


def _make(kind: str, qtbot: QtBot) -> Chart:
    chart: Chart
    if kind == "bar":
        chart = BarChart("Answers per day")
    elif kind == "line":
        chart = LineChart("Accuracy per day")
    else:
        chart = HBarChart("Mastery by source")
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    return chart


def _fill(chart: Chart, bars: list[Bar]) -> None:
    if isinstance(chart, LineChart):
        chart.set_points(bars)
    else:
        chart.set_bars(bars)


SAMPLES = {"bar": DAYS, "line": ACCURACY, "hbar": SOURCES}
KINDS = list(SAMPLES)


def _colours(chart: QWidget) -> set[int]:
    """Every colour (0xAARRGGBB) in a rendering of the widget."""
    pixmap = chart.grab()
    assert not pixmap.isNull()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    words = array("I", bytes(image.constBits()))
    return set(words)


def _rgb(color: QColor) -> int:
    return color.rgb() & 0xFFFFFFFF


def _accent(chart: QWidget) -> int:
    return _rgb(chart.palette().color(QPalette.ColorRole.Highlight))


@pytest.mark.parametrize("kind", KINDS)
def test_each_chart_paints_its_data(qtbot: QtBot, kind: str) -> None:
    chart = _make(kind, qtbot)
    _fill(chart, SAMPLES[kind])
    colours = _colours(chart)
    assert len(colours) > 2  # background, text, bars at least
    assert _accent(chart) in colours  # the bars / points are drawn in the palette's highlight colour


@pytest.mark.parametrize("kind", KINDS)
def test_empty_chart_shows_title_and_message_but_no_data(qtbot: QtBot, kind: str) -> None:
    chart = _make(kind, qtbot)
    _fill(chart, [])
    assert chart.summary() == f"{chart.title}: no data yet"
    colours = _colours(chart)
    assert _accent(chart) not in colours
    middle = chart.grab().toImage().copy(0, 100, 480, 60)  # the centred "No data yet"
    assert len({middle.pixel(x, y) for x in range(middle.width()) for y in range(0, middle.height(), 2)}) > 2


@pytest.mark.parametrize("kind", KINDS)
def test_setting_no_data_after_data_clears_the_chart(qtbot: QtBot, kind: str) -> None:
    chart = _make(kind, qtbot)
    _fill(chart, SAMPLES[kind])
    _fill(chart, [])
    assert chart.bars == []
    assert chart.accessibleDescription() == f"{chart.title}: no data yet"
    assert _accent(chart) not in _colours(chart)


@pytest.mark.parametrize("kind", KINDS)
def test_accessible_name_and_description_follow_the_data(qtbot: QtBot, kind: str) -> None:
    chart = _make(kind, qtbot)
    assert chart.accessibleName() == chart.title
    assert chart.accessibleDescription() == chart.summary()
    _fill(chart, SAMPLES[kind])
    assert chart.accessibleDescription() == chart.summary() != f"{chart.title}: no data yet"


def test_summaries_name_the_extremes(qtbot: QtBot) -> None:
    bars = _make("bar", qtbot)
    assert isinstance(bars, BarChart)
    bars.set_bars(DAYS)
    assert bars.summary() == "Answers per day: 7 bars, highest 42 on 17 Nov"
    bars.set_bars(DAYS[:1])
    assert bars.summary() == "Answers per day: 1 bar, highest 3 on 14 Nov"

    line = _make("line", qtbot)
    assert isinstance(line, LineChart)
    line.set_points(ACCURACY)
    assert line.summary() == (
        "Accuracy per day: 7 points, latest 60% on 20 Nov, highest 100% on 16 Nov, lowest 25% on 17 Nov"
    )
    line.set_points(ACCURACY[-1:])
    assert line.summary() == "Accuracy per day: 1 point, 60% on 20 Nov"

    hbars = _make("hbar", qtbot)
    assert isinstance(hbars, HBarChart)
    hbars.set_bars(SOURCES[1:])
    assert hbars.summary() == "Mastery by source: 3 bars, highest 100% for Origin of Species, lowest 0% for Cosmos"


def test_formats_apply_to_summary_and_axis(qtbot: QtBot) -> None:
    chart = BarChart("Hours", y_format="{:.1f} h")
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Mon", 0.25), Bar("Tue", 0.5)])
    assert chart.summary() == "Hours: 2 bars, highest 0.5 h on Tue"
    chart.resize(480, 260)
    ticks = chart._axis().ticks
    assert ticks[0] == 0 and ticks[-1] >= 0.5
    assert len({chart._fmt(t) for t in ticks}) == len(ticks)  # no repeated axis labels
    hbar = HBarChart("Scores", v_max=10, v_format="{:.0f}/10")
    qtbot.addWidget(hbar)
    hbar.set_bars([Bar("Ann", 7), Bar("Ben", 10)])
    assert hbar.summary() == "Scores: 2 bars, highest 10/10 for Ben, lowest 7/10 for Ann"


def test_integer_axis_of_small_counts_has_whole_steps(qtbot: QtBot) -> None:
    chart = BarChart("Due")
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.set_bars([Bar("Mon", 1), Bar("Tue", 0)])
    assert [chart._fmt(t) for t in chart._axis().ticks] == ["0", "1"]
    chart.set_bars([Bar("Mon", 0), Bar("Tue", 0)])  # all zero still gets an axis
    assert len(chart._axis().ticks) >= 2
    chart.set_bars([Bar("Mon", 42)])
    assert chart._axis().ticks[-1] >= 42


def test_stacked_bar_chart_draws_both_parts(qtbot: QtBot) -> None:
    chart = BarChart("Answers, right ones solid", stacked_secondary=True)
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.set_bars([Bar("Mon", 10, secondary=4), Bar("Tue", 6, secondary=6)])
    colours = _colours(chart)
    soft = _rgb(chart._colors().accent_soft)
    assert _accent(chart) in colours and soft in colours
    plain = BarChart("Answers")
    qtbot.addWidget(plain)
    plain.resize(480, 260)
    plain.set_bars(chart.bars)
    assert _rgb(plain._colors().accent_soft) not in _colours(plain)


def test_line_chart_clamps_values_outside_its_range(qtbot: QtBot) -> None:
    chart = _make("line", qtbot)
    assert isinstance(chart, LineChart)
    chart.set_points([Bar("a", -1.0), Bar("b", 3.0)])
    axis = chart._axis()
    assert axis.y(-1.0) == pytest.approx(axis.plot.bottom()) and axis.y(3.0) == pytest.approx(axis.plot.top())
    assert _accent(chart) in _colours(chart)


@pytest.mark.parametrize("kind", KINDS)
def test_two_hundred_bars_paint_without_overlapping_labels(qtbot: QtBot, kind: str) -> None:
    chart = _make(kind, qtbot)
    bars = [Bar(f"Label number {i}", (i * 37 % 101) / 100) for i in range(200)]
    _fill(chart, bars)
    assert f": 200 {'points' if kind == 'line' else 'bars'}," in chart.summary()
    assert _accent(chart) in _colours(chart)
    if isinstance(chart, HBarChart):
        labelled = [row.label_rect for row in chart._rows() if row.label_rect is not None]
    else:
        labels = chart._x_labels(chart._axis())
        assert labels[-1][0] == 199  # the last label always shows
        labelled = [rect for _i, rect, _text in labels]
    assert 1 < len(labelled) < 200
    for a, b in pairwise(labelled):
        assert not a.intersects(b)
        assert a.left() >= 0 and a.right() <= chart.width()


def test_x_labels_of_a_few_wide_bars_are_all_shown_and_elided(qtbot: QtBot) -> None:
    chart = _make("bar", qtbot)
    assert isinstance(chart, BarChart)
    chart.set_bars([Bar(s.label, s.value * 10) for s in SOURCES[:3]])
    labels = chart._x_labels(chart._axis())
    assert [i for i, _rect, _text in labels] == [0, 1, 2]
    assert labels[0][2].endswith("…") and labels[1][2] == "Origin of Species"
    for a, b in pairwise(labels):
        assert not a[1].intersects(b[1])


def test_hbar_labels_are_elided_to_at_most_forty_percent(qtbot: QtBot) -> None:
    chart = _make("hbar", qtbot)
    assert isinstance(chart, HBarChart)
    chart.set_bars(SOURCES)
    rows = chart._rows()
    first = rows[0]
    assert first.label.endswith("…") and len(first.label) < len(SOURCES[0].label)
    assert first.label_rect is not None and first.label_rect.width() <= 0.4 * chart.width()
    assert chart.fontMetrics().horizontalAdvance(first.label) <= first.label_rect.width()
    assert rows[1].label == "Origin of Species"
    for row in rows:  # the value sits just past the end of the filled bar, inside the widget
        assert row.value_rect is not None
        assert row.value_rect.left() >= row.filled.right() and row.value_rect.right() <= chart.width()


def test_size_hints(qtbot: QtBot) -> None:
    for kind in ("bar", "line"):
        chart = _make(kind, qtbot)
        assert chart.sizeHint() == QSize(480, 260)
        assert chart.minimumSizeHint() == QSize(240, 160)
    hbar = _make("hbar", qtbot)
    assert isinstance(hbar, HBarChart)
    assert hbar.minimumSizeHint() == QSize(240, 160)
    heights = []
    for n in (0, 3, 10, 40):
        hbar.set_bars([Bar(f"Source {i}", 0.5) for i in range(n)])
        heights.append(hbar.sizeHint().height())
    assert heights[0] >= 160 and heights[0] <= heights[1] < heights[2] < heights[3]
    small = hbar.sizeHint().height()
    font = QFont(hbar.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    hbar.setFont(font)  # the hint follows the font size
    assert hbar.sizeHint().height() > small


@pytest.mark.parametrize("kind", KINDS)
def test_hovering_a_bar_shows_its_tooltip(qtbot: QtBot, kind: str) -> None:
    chart = _make(kind, qtbot)
    _fill(chart, SAMPLES[kind])
    chart.show()
    qtbot.waitExposed(chart)
    boxes = chart._hit_boxes()
    assert len(boxes) == len(SAMPLES[kind])
    rect, _text = boxes[0]
    expected = SAMPLES[kind][0].tooltip or f"{SAMPLES[kind][0].label}: {chart._fmt(SAMPLES[kind][0].value)}"
    assert chart.tooltip_at(rect.center()) == expected
    assert chart.tooltip_at(QPointF(1, 1)) == ""  # over the title
    pos = rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos))
    assert QApplication.sendEvent(chart, event)
    assert QToolTip.isVisible() and QToolTip.text() == expected
    title_pos = QPoint(2, 2)  # over the title: no bar, so the event is left to Qt and the tooltip hidden
    over_title = QHelpEvent(QEvent.Type.ToolTip, title_pos, chart.mapToGlobal(title_pos))
    QApplication.sendEvent(chart, over_title)
    assert not over_title.isAccepted()


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
@pytest.mark.parametrize("kind", KINDS)
def test_colours_come_from_the_palette(qtbot: QtBot, kind: str, palette: Callable[[], QPalette]) -> None:
    chart = _make(kind, qtbot)
    chart.setPalette(palette())
    _fill(chart, SAMPLES[kind])
    colours = _colours(chart)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Highlight, QPalette.ColorRole.Text):
        assert _rgb(chart.palette().color(role)) in colours, role

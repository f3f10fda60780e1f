"""Small charts painted with QPainter: vertical bars, a line, horizontal bars.

Colours come from the widget's palette and text from its font, so the charts follow the light and dark
themes and the system font size. Each chart has a one-line `summary()`, also its accessible description.
Loaded only by the screens that show charts, so start-up never pays for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

NO_DATA = "No data yet"
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Bar:
    """One value of a chart: a bar, or a point of a line.

    `secondary` is the part of `value` drawn in the solid colour when a BarChart is `stacked_secondary`
    (say the right answers out of all answers); the rest of the bar is drawn lighter. Other charts ignore it.
    """

    label: str
    value: float
    tooltip: str = ""
    secondary: float = 0.0


@dataclass(frozen=True)
class _Colors:
    text: QColor
    muted: QColor  # axis labels, the empty-state message
    grid: QColor
    baseline: QColor
    accent: QColor
    accent_soft: QColor
    track: QColor
    base: QColor
    border: QColor


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _nice_scale(v_max: float, max_intervals: int, fmt: Callable[[float], str]) -> list[float]:
    """Tick values 0, step, 2*step ... covering `v_max`: step a 1, 2 or 5 times a power of ten, labels distinct."""
    v_max = v_max if v_max > 0 and math.isfinite(v_max) else 1.0
    exponent = math.floor(math.log10(v_max / max_intervals))
    for power in range(exponent - 1, exponent + 3):
        for mantissa in (1, 2, 5):
            step = mantissa * 10.0**power
            intervals = max(1, math.ceil(v_max / step - 1e-9))
            if intervals > max_intervals:
                continue
            ticks = [i * step for i in range(intervals + 1)]
            if len({fmt(t) for t in ticks}) == len(ticks):
                return ticks
    return [0.0, v_max]


class _Chart(QWidget):
    """The frame every chart shares: a card, a bold title, the empty state, the summary and tooltips."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleDescription(self.summary())

    # -- data and text -------------------------------------------------------------------------

    def _set(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """One line saying what the chart shows; also the accessible description."""
        if not self.bars:
            return f"{self.title}: no data yet"
        return f"{self.title}: {self._describe()}"

    def _describe(self) -> str:
        raise NotImplementedError

    def _fmt(self, value: float) -> str:
        raise NotImplementedError

    def _tooltip(self, bar: Bar) -> str:
        return bar.tooltip or f"{bar.label}: {self._fmt(bar.value)}"

    # -- sizes and geometry --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def _margin(self) -> float:
        return float(max(6, round(self.fontMetrics().height() * 0.6)))

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_height(self) -> float:
        return float(QFontMetrics(self._title_font(), self).height())

    def _header_height(self) -> float:
        """From the top of the widget to the top of the plot: margin, title, a gap."""
        title_h = self._title_height()
        return self._margin() + title_h + self.fontMetrics().height() * 0.6

    def _content_rect(self) -> QRectF:
        margin = self._margin()
        top = self._header_height()
        return QRectF(margin, top, max(1.0, self.width() - 2 * margin), max(1.0, self.height() - top - margin))

    def _hit_boxes(self) -> list[tuple[QRectF, str]]:
        return []

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip of the bar or point under `pos` (widget coordinates), or "" over nothing."""
        for rect, text in self._hit_boxes():
            if rect.contains(pos):
                return text
        return ""

    # -- events --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            for rect, text in self._hit_boxes():
                if rect.contains(pos) and text:
                    QToolTip.showText(event.globalPos(), text, self, rect.toAlignedRect())
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    # -- painting ------------------------------------------------------------------------------

    def _colors(self) -> _Colors:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        return _Colors(
            text=text,
            muted=_mix(text, base, 0.25),
            grid=_mix(base, text, 0.13),
            baseline=_mix(base, text, 0.45),
            accent=accent,
            accent_soft=_mix(accent, base, 0.55),
            track=_mix(base, text, 0.08),
            base=base,
            border=palette.color(QPalette.ColorRole.Mid),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            colors = self._colors()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colors.border, 1))
            painter.setBrush(colors.base)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            margin = self._margin()
            title_font = self._title_font()
            painter.setFont(title_font)
            painter.setPen(colors.text)
            width = max(1.0, self.width() - 2 * margin)
            title = painter.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(margin, margin, width, self._title_height()), _LEFT_MIDDLE, title)
            painter.setFont(self.font())
            area = self._content_rect()
            if self.bars:
                self._paint_data(painter, colors, area)
            else:
                painter.setPen(colors.muted)
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, NO_DATA)
        finally:
            painter.end()

    def _paint_data(self, painter: QPainter, colors: _Colors, area: QRectF) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class _Axis:
    plot: QRectF
    low: float
    high: float
    ticks: list[float]
    label_width: float  # room for the y labels, left of the plot
    x_texts: list[str]  # the x labels, elided

    def y(self, value: float) -> float:
        span = self.high - self.low
        fraction = (min(self.high, max(self.low, value)) - self.low) / span if span > 0 else 0.0
        return self.plot.bottom() - self.plot.height() * fraction


class _VerticalChart(_Chart):
    """Values left to right in equal slots, a y axis with a few grid lines, x labels thinned to fit."""

    def __init__(self, title: str, parent: QWidget | None, *, y_format: str) -> None:
        self.y_format = y_format
        super().__init__(title, parent)

    def _fmt(self, value: float) -> str:
        return self.y_format.format(value)

    def _ticks(self, max_intervals: int) -> list[float]:
        raise NotImplementedError

    def _axis(self) -> _Axis:
        fm = self.fontMetrics()
        area = self._content_rect()
        top = area.top() + fm.height() / 2  # the top tick label is centred on the top grid line
        bottom = area.bottom() - fm.height() - fm.height() * 0.4  # room for the x labels
        height = max(1.0, bottom - top)
        max_intervals = max(1, min(5, int(height // (fm.height() * 1.6))))
        ticks = self._ticks(max_intervals)
        label_width = max(fm.horizontalAdvance(self._fmt(t)) for t in ticks) + fm.horizontalAdvance("  ")
        width = max(1.0, area.width() - label_width)
        x_texts = self._x_texts(width)
        # room at the right for the last x label, centred under the last slot
        width -= max(0.0, fm.horizontalAdvance(x_texts[-1]) / 2 - width / len(self.bars) / 2)
        plot = QRectF(area.left() + label_width, top, max(1.0, width), height)
        return _Axis(plot, ticks[0], ticks[-1], ticks, label_width, x_texts)

    def _x_texts(self, plot_width: float) -> list[str]:
        """The x labels, elided to fit."""
        fm = self.fontMetrics()
        slot = plot_width / len(self.bars)
        # a wide slot's label fits its slot; a narrow one's keeps about 8 characters (and the labels thin out)
        cap = max(
            min(slot - fm.horizontalAdvance("  "), plot_width / 3), min(fm.horizontalAdvance("0" * 8), plot_width)
        )
        return [fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(cap)) for bar in self.bars]

    def _centres(self, axis: _Axis) -> list[float]:
        slot = axis.plot.width() / len(self.bars)
        return [axis.plot.left() + (i + 0.5) * slot for i in range(len(self.bars))]

    def _hit_boxes(self) -> list[tuple[QRectF, str]]:
        if not self.bars:
            return []
        axis = self._axis()
        slot = axis.plot.width() / len(self.bars)
        return [
            (QRectF(axis.plot.left() + i * slot, axis.plot.top(), slot, axis.plot.height()), self._tooltip(bar))
            for i, bar in enumerate(self.bars)
        ]

    def _x_labels(self, axis: _Axis) -> list[tuple[int, QRectF, str]]:
        """The x labels that fit without overlapping: every k-th one, counted back from the last."""
        fm = self.fontMetrics()
        area = self._content_rect()
        texts = axis.x_texts
        widths = [fm.horizontalAdvance(text) for text in texts]
        gap = fm.horizontalAdvance("  ")
        slot = axis.plot.width() / len(self.bars)
        stride = max(1, math.ceil((max(widths) + gap) / slot))
        top = axis.plot.bottom() + fm.height() * 0.4
        labels: list[tuple[int, QRectF, str]] = []
        left_of_last = math.inf
        centres = self._centres(axis)
        for i in range(len(self.bars) - 1, -1, -stride):
            if not texts[i]:
                continue
            left = min(max(centres[i] - widths[i] / 2, area.left()), area.right() - widths[i])
            if left + widths[i] + gap > left_of_last:
                continue
            labels.append((i, QRectF(left, top, widths[i], fm.height()), texts[i]))
            left_of_last = left
        return labels[::-1]

    def _paint_axis(self, painter: QPainter, colors: _Colors, axis: _Axis) -> None:
        fm = painter.fontMetrics()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for i, tick in enumerate(axis.ticks):
            y = round(axis.y(tick)) + 0.5
            painter.setPen(QPen(colors.baseline if i == 0 else colors.grid, 1))
            painter.drawLine(QPointF(axis.plot.left(), y), QPointF(axis.plot.right(), y))
            painter.setPen(colors.muted)
            label_rect = QRectF(axis.plot.left() - axis.label_width, y - fm.height() / 2, axis.label_width, fm.height())
            painter.drawText(label_rect.adjusted(0, 0, -fm.horizontalAdvance(" "), 0), _RIGHT_MIDDLE, self._fmt(tick))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_x_labels(self, painter: QPainter, colors: _Colors, axis: _Axis) -> None:
        painter.setPen(colors.muted)
        for _i, rect, text in self._x_labels(axis):
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class BarChart(_VerticalChart):
    """Vertical bars from zero, e.g. answers per day or questions due per day."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        y_format: str = "{:.0f}",
        stacked_secondary: bool = False,
    ) -> None:
        self.stacked_secondary = stacked_secondary
        super().__init__(title, parent, y_format=y_format)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._set(bars)

    def _describe(self) -> str:
        top = max(self.bars, key=lambda b: b.value)
        return f"{_plural(len(self.bars), 'bar')}, highest {self._fmt(top.value)} on {top.label}"

    def _ticks(self, max_intervals: int) -> list[float]:
        return _nice_scale(max(b.value for b in self.bars), max_intervals, self._fmt)

    def _paint_data(self, painter: QPainter, colors: _Colors, area: QRectF) -> None:
        axis = self._axis()
        self._paint_axis(painter, colors, axis)
        slot = axis.plot.width() / len(self.bars)
        width = slot * 0.7 if slot >= 4 else slot  # dense bars touch rather than vanish
        base_y = round(axis.y(0.0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for i, bar in enumerate(self.bars):
            if bar.value <= 0:
                continue
            left = axis.plot.left() + i * slot + (slot - width) / 2
            top = min(round(axis.y(bar.value)), base_y - 1)  # a tiny value still shows as a sliver
            rect = QRectF(left, top, max(1.0, width), base_y - top)
            if self.stacked_secondary:
                solid_top = round(axis.y(min(max(bar.secondary, 0.0), bar.value)))
                painter.fillRect(
                    QRectF(rect.left(), rect.top(), rect.width(), solid_top - rect.top()), colors.accent_soft
                )
                painter.fillRect(QRectF(rect.left(), solid_top, rect.width(), base_y - solid_top), colors.accent)
            else:
                painter.fillRect(rect, colors.accent)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_x_labels(painter, colors, axis)


class LineChart(_VerticalChart):
    """A line through values in a fixed range, e.g. accuracy per day from 0 to 100%."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        y_min: float = 0.0,
        y_max: float = 1.0,
        y_format: str = "{:.0%}",
    ) -> None:
        self.y_min = y_min
        self.y_max = y_max if y_max > y_min else y_min + 1.0
        super().__init__(title, parent, y_format=y_format)

    def set_points(self, points: Sequence[Bar]) -> None:
        self._set(points)

    def _describe(self) -> str:
        if len(self.bars) == 1:
            only = self.bars[0]
            return f"1 point, {self._fmt(only.value)} on {only.label}"
        top = max(self.bars, key=lambda b: b.value)
        low = min(self.bars, key=lambda b: b.value)
        last = self.bars[-1]
        return (
            f"{len(self.bars)} points, latest {self._fmt(last.value)} on {last.label}, "
            f"highest {self._fmt(top.value)} on {top.label}, lowest {self._fmt(low.value)} on {low.label}"
        )

    def _ticks(self, max_intervals: int) -> list[float]:
        intervals = next(n for n in (4, 2, 1) if n <= max_intervals)
        return [self.y_min + (self.y_max - self.y_min) * i / intervals for i in range(intervals + 1)]

    def _paint_data(self, painter: QPainter, colors: _Colors, area: QRectF) -> None:
        axis = self._axis()
        self._paint_axis(painter, colors, axis)
        points = [QPointF(x, axis.y(bar.value)) for x, bar in zip(self._centres(axis), self.bars, strict=True)]
        if len(points) > 1:
            fill = QPainterPath(QPointF(points[0].x(), axis.plot.bottom()))
            for point in points:
                fill.lineTo(point)
            fill.lineTo(QPointF(points[-1].x(), axis.plot.bottom()))
            fill.closeSubpath()
            shade = QColor(colors.accent)
            shade.setAlphaF(0.15)
            painter.fillPath(fill, shade)
            line = QPainterPath(points[0])
            for point in points[1:]:
                line.lineTo(point)
            painter.setPen(
                QPen(colors.accent, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            )
            painter.drawPath(line)
        slot = axis.plot.width() / len(self.bars)
        if slot >= 6 or len(points) == 1:
            radius = min(3.5, max(2.0, slot / 3))
            painter.setPen(QPen(colors.base, 1))
            painter.setBrush(colors.accent)
            for point in points:
                painter.drawEllipse(point, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_x_labels(painter, colors, axis)


@dataclass(frozen=True)
class _Row:
    bar: Bar
    label_rect: QRectF | None  # None when rows are too thin for every label
    label: str
    track: QRectF
    filled: QRectF
    value_rect: QRectF | None
    hit: QRectF


class HBarChart(_Chart):
    """Horizontal bars against a full-scale track, labels at left, e.g. mastery by source."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, v_max: float = 1.0, v_format: str = "{:.0%}"
    ) -> None:
        self.v_max = v_max if v_max > 0 else 1.0
        self.v_format = v_format
        super().__init__(title, parent)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._set(bars)

    def _fmt(self, value: float) -> str:
        return self.v_format.format(value)

    def _describe(self) -> str:
        if len(self.bars) == 1:
            only = self.bars[0]
            return f"1 bar, {self._fmt(only.value)} for {only.label}"
        top = max(self.bars, key=lambda b: b.value)
        low = min(self.bars, key=lambda b: b.value)
        return (
            f"{len(self.bars)} bars, highest {self._fmt(top.value)} for {top.label}, "
            f"lowest {self._fmt(low.value)} for {low.label}"
        )

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 1.6

    def sizeHint(self) -> QSize:
        height = self._header_height() + self._row_height() * max(2, len(self.bars)) + self._margin()
        return QSize(480, max(160, math.ceil(height)))

    def _rows(self) -> list[_Row]:
        if not self.bars:
            return []
        fm = self.fontMetrics()
        area = self._content_rect()
        gap = fm.horizontalAdvance("  ")
        row = min(self._row_height(), area.height() / len(self.bars))
        text_every = max(1, math.ceil(fm.height() * 1.05 / row))  # squeezed rows label every k-th bar
        label_width = min(max(fm.horizontalAdvance(b.label) for b in self.bars), area.width() * 0.4)
        value_width = max(fm.horizontalAdvance(self._fmt(v)) for v in [self.v_max, *(b.value for b in self.bars)])
        track_left = area.left() + label_width + gap
        track_width = max(1.0, area.right() - value_width - gap / 2 - track_left)
        bar_height = max(1.0, min(row * 0.7, fm.height() * 0.9))
        rows = []
        for i, bar in enumerate(self.bars):
            top = area.top() + i * row
            middle = top + row / 2
            track = QRectF(track_left, middle - bar_height / 2, track_width, bar_height)
            fraction = min(1.0, max(0.0, bar.value / self.v_max))
            filled = QRectF(track.left(), track.top(), track.width() * fraction, bar_height)
            labelled = i % text_every == 0
            # the value at the bar's end; in a column at the right when rows are squeezed, clear of other bars
            value_left = (filled.right() if text_every == 1 else track.right()) + gap / 2
            text_top = middle - fm.height() / 2
            rows.append(
                _Row(
                    bar=bar,
                    label_rect=QRectF(area.left(), text_top, label_width, fm.height()) if labelled else None,
                    label=fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width)),
                    track=track,
                    filled=filled,
                    value_rect=QRectF(value_left, text_top, value_width, fm.height()) if labelled else None,
                    hit=QRectF(area.left(), top, area.width(), row),
                )
            )
        return rows

    def _hit_boxes(self) -> list[tuple[QRectF, str]]:
        return [(row.hit, self._tooltip(row.bar)) for row in self._rows()]

    def _paint_data(self, painter: QPainter, colors: _Colors, area: QRectF) -> None:
        for row in self._rows():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.track)
            radius = min(3.0, row.track.height() / 2)
            painter.drawRoundedRect(row.track, radius, radius)
            if row.filled.width() > 0:
                painter.setBrush(colors.accent)
                painter.drawRoundedRect(row.filled, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if row.label_rect is not None:
                painter.setPen(colors.text)
                painter.drawText(row.label_rect, _LEFT_MIDDLE, row.label)
            if row.value_rect is not None:
                painter.setPen(colors.text)
                painter.drawText(row.value_rect, _LEFT_MIDDLE, self._fmt(row.bar.value))

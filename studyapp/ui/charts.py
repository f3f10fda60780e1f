"""Small charts drawn with QPainter: vertical bars, a line, horizontal bars. Colours from the palette.

Loaded only by the stats screen, so start-up never pays for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    tooltip: str = ""


class _Chart(QWidget):
    """Common frame: title, plot rectangle, empty state, tooltips over hit boxes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self._hits: list[tuple[QRectF, str]] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def summary(self) -> str:
        if not self.bars:
            return f"{self.title}: no data yet"
        top = max(self.bars, key=lambda b: b.value)
        return f"{self.title}: {len(self.bars)} values, highest {self._fmt(top.value)} ({top.label})"

    def _fmt(self, value: float) -> str:
        return f"{value:.0f}"

    def _set(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(self.summary())
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, text in self._hits:
                if rect.contains(QPointF(event.pos())) and text:
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def _colors(self) -> tuple[QColor, QColor, QColor, QColor]:
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Mid),
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.Base),
        )

    def _begin(self, painter: QPainter) -> QRectF:
        text, _grid, _accent, base = self._colors()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), base)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(8, 4, self.width() - 16, metrics.height() + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        top = metrics.height() + 12
        if not self.bars:
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter, "No data yet"
            )
        return QRectF(8, top, self.width() - 16, self.height() - top - 8)


class _VerticalChart(_Chart):
    def __init__(self, title: str, parent: QWidget | None = None, *, y_format: str, y_min: float, y_max: float | None):
        super().__init__(title, parent)
        self.y_format = y_format
        self.y_min = y_min
        self.y_max = y_max

    def _fmt(self, value: float) -> str:
        return self.y_format.format(value)

    def _plot_area(self, painter: QPainter, area: QRectF) -> tuple[QRectF, float, float]:
        text, grid, _accent, _base = self._colors()
        metrics = painter.fontMetrics()
        high = self.y_max if self.y_max is not None else max(1.0, max(b.value for b in self.bars))
        if self.y_max is None:  # four whole-number steps of a tidy size
            raw = math.ceil(high / 4)
            magnitude = 10 ** max(0, len(str(raw)) - 1)
            step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
            high = step * 4
        low = self.y_min
        label_w = max(metrics.horizontalAdvance(self._fmt(v)) for v in (low, high)) + 6
        plot = QRectF(
            area.left() + label_w, area.top() + 4, area.width() - label_w, area.height() - metrics.height() - 10
        )
        for i in range(5):
            value = low + (high - low) * i / 4
            y = plot.bottom() - plot.height() * i / 4
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(area.left(), y - metrics.height() / 2, label_w - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._fmt(value),
            )
        return plot, low, high

    def _x_labels(self, painter: QPainter, plot: QRectF, xs: list[float]) -> None:
        metrics = painter.fontMetrics()
        painter.setPen(self._colors()[0])
        widest = max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8
        slot = plot.width() / max(1, len(self.bars))
        every = max(1, int(widest // max(1.0, slot)) + 1)
        for i, (bar, x) in enumerate(zip(self.bars, xs, strict=True)):
            if i % every and i != len(self.bars) - 1:
                continue
            if i != len(self.bars) - 1 and len(self.bars) - 1 - i < every:
                continue
            left = min(max(x - widest / 2, 0.0), self.width() - widest)  # keep the end labels inside
            painter.drawText(
                QRectF(left, plot.bottom() + 4, widest, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                bar.label,
            )


class BarChart(_VerticalChart):
    def __init__(self, title: str, parent: QWidget | None = None, *, y_format: str = "{:.0f}") -> None:
        super().__init__(title, parent, y_format=y_format, y_min=0.0, y_max=None)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._set(bars)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        area = self._begin(painter)
        self._hits = []
        if self.bars:
            plot, low, high = self._plot_area(painter, area)
            slot = plot.width() / len(self.bars)
            accent = self._colors()[2]
            xs = []
            for i, bar in enumerate(self.bars):
                h = plot.height() * (bar.value - low) / (high - low) if high > low else 0
                rect = QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, max(1.0, slot * 0.7), h)
                painter.fillRect(rect, accent)
                self._hits.append((QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), bar.tooltip))
                xs.append(plot.left() + i * slot + slot / 2)
            self._x_labels(painter, plot, xs)
        painter.end()


class LineChart(_VerticalChart):
    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        y_min: float = 0.0,
        y_max: float = 1.0,
        y_format: str = "{:.0%}",
    ) -> None:
        super().__init__(title, parent, y_format=y_format, y_min=y_min, y_max=y_max)

    def set_points(self, points: Sequence[Bar]) -> None:
        self._set(points)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        area = self._begin(painter)
        self._hits = []
        if self.bars:
            plot, low, high = self._plot_area(painter, area)
            n = len(self.bars)
            step = plot.width() / max(1, n - 1) if n > 1 else 0
            xs = [plot.left() + (i * step if n > 1 else plot.width() / 2) for i in range(n)]
            ys = [
                plot.bottom() - plot.height() * (min(high, max(low, b.value)) - low) / (high - low) for b in self.bars
            ]
            accent = self._colors()[2]
            path = QPainterPath(QPointF(xs[0], ys[0]))
            for x, y in zip(xs[1:], ys[1:], strict=True):
                path.lineTo(QPointF(x, y))
            painter.setPen(QPen(accent, 2))
            painter.drawPath(path)
            painter.setBrush(accent)
            for x, y, bar in zip(xs, ys, self.bars, strict=True):
                painter.drawEllipse(QPointF(x, y), 3, 3)
                self._hits.append((QRectF(x - 8, plot.top(), 16, plot.height()), bar.tooltip))
            self._x_labels(painter, plot, xs)
        painter.end()


class HBarChart(_Chart):
    def __init__(
        self, title: str, parent: QWidget | None = None, *, v_max: float = 1.0, v_format: str = "{:.0%}"
    ) -> None:
        super().__init__(title, parent)
        self.v_max = v_max
        self.v_format = v_format

    def _fmt(self, value: float) -> str:
        return self.v_format.format(value)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._set(bars)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        row = self.fontMetrics().height() + 10
        return QSize(480, self.fontMetrics().height() + 24 + row * max(2, len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        area = self._begin(painter)
        self._hits = []
        if self.bars:
            text, grid, accent, _base = self._colors()
            metrics = painter.fontMetrics()
            label_w = min(area.width() * 0.4, max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8)
            value_w = metrics.horizontalAdvance(self._fmt(self.v_max)) + 8
            row = area.height() / len(self.bars)
            bar_h = min(row * 0.7, metrics.height() + 4)
            for i, bar in enumerate(self.bars):
                y = area.top() + i * row
                painter.setPen(text)
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
                painter.drawText(
                    QRectF(area.left(), y, label_w - 8, row),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    label,
                )
                track = QRectF(area.left() + label_w, y + (row - bar_h) / 2, area.width() - label_w - value_w, bar_h)
                painter.fillRect(track, grid)
                filled = QRectF(
                    track.left(), track.top(), track.width() * max(0.0, min(1.0, bar.value / self.v_max)), bar_h
                )
                painter.fillRect(filled, accent)
                painter.setPen(text)
                painter.drawText(
                    QRectF(track.right() + 4, y, value_w, row), Qt.AlignmentFlag.AlignVCenter, self._fmt(bar.value)
                )
                self._hits.append((QRectF(area.left(), y, area.width(), row), bar.tooltip or bar.label))
        painter.end()

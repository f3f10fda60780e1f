"""Labels and fonts shared by every screen: plain text only, sizes relative to the system font."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written: Qt would render "<b>x</b>" in a tooltip as bold."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled relative to itself (so it follows the system font size)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setBold(True)
    return font


def heading(text: str = "", parent: QWidget | None = None, *, factor: float = 1.4, wrap: bool = True) -> QLabel:
    """A screen's title: a plain-text label in a bold font `factor` times the system font."""
    label = plain_label(text, parent, wrap=wrap)
    label.setFont(scaled_font(label, factor, bold=True))
    return label

"""A read-only plain-text view of a passage or article with highlighted ranges (quote, answer)."""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget


def highlight_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(quote, answer) background colours that read well on the palette's base colour."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if dark:
        return QColor("#5c4a12"), QColor("#2f6b2f")
    return QColor("#fff1a8"), QColor("#b9e8b0")


class PassageText(QPlainTextEdit):
    """Shows text as plain text only; `highlight` marks ranges and scrolls the first into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName("Source passage")
        self._ranges: list[tuple[int, int, str]] = []

    def set_text(self, text: str) -> None:
        self._ranges = []
        self.setExtraSelections([])
        self.setPlainText(text)

    def highlight(self, ranges: Sequence[tuple[int, int, str]], *, scroll: bool = True) -> None:
        """`ranges` are (start, end, role) in the text, role "quote" or "answer" (answer drawn on top)."""
        quote_color, answer_color = highlight_colors(self.palette())
        selections: list[QTextEdit.ExtraSelection] = []
        length = len(self.toPlainText())
        for start, end, role in sorted(ranges, key=lambda r: r[2] == "answer"):
            start, end = max(0, min(start, length)), max(0, min(end, length))
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(answer_color if role == "answer" else quote_color)
            fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
            if role == "answer":
                fmt.setFontWeight(700)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selection.format = fmt
            selections.append(selection)
        self._ranges = [(s, e, r) for s, e, r in ranges]
        self.setExtraSelections(selections)
        if scroll and ranges:
            first = min(max(0, r[0]) for r in ranges)
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(first, length))
            self.setTextCursor(cursor)
            self.centerCursor()

    def highlighted_text(self) -> list[tuple[str, str]]:
        """(role, text) of each highlighted range, for tests and accessibility."""
        text = self.toPlainText()
        return [(role, text[s:e]) for s, e, role in self._ranges]


class HighlightedLabel(QLabel):
    """A passage as a word-wrapped label (it reports the height it needs for a width, so a layout can
    fit it without a scroll bar) with the quote and answer marked; the text is escaped, never markup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName("Source passage")
        self._text = ""
        self._ranges: list[tuple[int, int, str]] = []

    def set_text(self, text: str) -> None:
        self._text = text
        self._ranges = []
        self.setText(html.escape(text))
        self.setAccessibleDescription(text)

    def highlight(self, ranges: Sequence[tuple[int, int, str]]) -> None:
        quote_color, answer_color = highlight_colors(self.palette())
        text = self._text
        cuts = sorted({0, len(text), *(max(0, min(len(text), p)) for s, e, _ in ranges for p in (s, e))})
        pieces: list[str] = []
        for a, b in itertools.pairwise(cuts):
            roles = {role for s, e, role in ranges if s <= a and b <= e}
            piece = html.escape(text[a:b])
            if "answer" in roles:
                piece = f"<span style='background:{answer_color.name()}; font-weight:bold'>{piece}</span>"
            elif "quote" in roles:
                piece = f"<span style='background:{quote_color.name()}'>{piece}</span>"
            pieces.append(piece)
        self._ranges = [(s, e, r) for s, e, r in ranges]
        self.setText("".join(pieces))

    def highlighted_text(self) -> list[tuple[str, str]]:
        return [(role, self._text[s:e]) for s, e, role in self._ranges]


def excerpt_around(text: str, start: int, end: int, room: int = 600) -> tuple[str, int]:
    """``text`` cut to about ``room`` characters around ``start:end`` at sentence or word bounds, with
    "…" where it was cut; returns the excerpt and how far its positions moved."""
    if len(text) <= room:
        return text, 0
    spare = max(0, room - (end - start)) // 2
    a, b = max(0, start - spare), min(len(text), end + spare)
    if a > 0:
        cut = text.rfind(". ", a, start)
        a = cut + 2 if cut >= 0 else (text.find(" ", a, start) + 1 or a)
    if b < len(text):
        cut = text.find(". ", end, b)
        b = cut + 1 if cut >= 0 else (text.rfind(" ", end, b) if text.rfind(" ", end, b) > 0 else b)
    head = "… " if a > 0 else ""
    tail = " …" if b < len(text) else ""
    return f"{head}{text[a:b]}{tail}", a - len(head)

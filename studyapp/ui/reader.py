"""The source reader: each article with its metadata, its passages shaded by this learner's mastery.

Text is inserted as plain text, one block per passage. Passages that have questions get a tinted
background from "not yet learned" to "mastered"; a quote opened from an answer is highlighted and
scrolled into view. "Quiz me" starts a session on the selected passage or the whole article.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.reader import list_sources, source_detail
from studyapp.services.views import PassageView, SourceDetail
from studyapp.ui.feedback import plain_label
from studyapp.ui.passage import highlight_colors


def mastery_color(palette: QPalette, mastery: float) -> QColor:
    """Tint for a passage with questions: amber (not yet learned) to green (mastered)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    start, end = (QColor("#4d3a1c"), QColor("#1e4d2b")) if dark else (QColor("#fbe3c0"), QColor("#c9ebcb"))
    t = max(0.0, min(1.0, mastery))
    return QColor(
        round(start.red() + (end.red() - start.red()) * t),
        round(start.green() + (end.green() - start.green()) * t),
        round(start.blue() + (end.blue() - start.blue()) * t),
    )


class _WrappingDelegate(QStyledItemDelegate):
    """List items as tall as their wrapped text at the list's current width."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data() or "")
        width = max(80, self.view.viewport().width() - 16)
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, rect.height() + 12)


class ArticleView(QTextEdit):
    """One article, one block per passage; knows which passage a text position belongs to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article text")
        self.passages: list[PassageView] = []
        self._block_starts: list[int] = []
        self._highlight: list[tuple[str, str]] = []

    def show_article(self, detail: SourceDetail) -> None:
        self.clear()
        self.passages = list(detail.passages)
        self._block_starts = []
        self._highlight = []
        self.setExtraSelections([])
        cursor = QTextCursor(self.document())
        palette = self.palette()
        for i, passage in enumerate(self.passages):
            block = QTextBlockFormat()
            block.setBottomMargin(10)
            block.setLeftMargin(8)
            block.setRightMargin(8)
            if passage.question_ids:
                block.setBackground(mastery_color(palette, passage.mastery or 0.0))
            char = QTextCharFormat()
            if passage.role == "heading":
                char.setFontWeight(QFont.Weight.Bold)
            elif passage.role in ("boilerplate", "comment", "byline"):
                char.setForeground(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if i == 0:
                cursor.setBlockFormat(block)
                cursor.setBlockCharFormat(char)
            else:
                cursor.insertBlock(block, char)
            self._block_starts.append(cursor.position())
            cursor.insertText(passage.text, char)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def passage_at(self, position: int) -> int | None:
        block = self.document().findBlock(position).blockNumber()
        return block if 0 <= block < len(self.passages) else None

    def highlight_range(self, passage_index: int, ranges: list[tuple[int, int, str]]) -> None:
        """`ranges` are (start, end, role) in article offsets, within passage `passage_index`."""
        passage = self.passages[passage_index]
        base = self._block_starts[passage_index]
        quote_color, answer_color = highlight_colors(self.palette())
        selections = []
        self._highlight = []
        for start, end, role in sorted(ranges, key=lambda r: r[2] == "answer"):
            lo = max(0, min(len(passage.text), start - passage.start))
            hi = max(0, min(len(passage.text), end - passage.start))
            if hi <= lo:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(base + lo)
            cursor.setPosition(base + hi, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(answer_color if role == "answer" else quote_color)
            fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
            if role == "answer":
                fmt.setFontWeight(QFont.Weight.Bold)
            selection.format = fmt
            selections.append(selection)
            self._highlight.append((role, passage.text[lo:hi]))
        self.setExtraSelections(selections)
        if ranges:
            cursor = QTextCursor(self.document())
            cursor.setPosition(base + max(0, min(len(passage.text), ranges[0][0] - passage.start)))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            # bring the quote to the upper third of the view, with its context above it
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect().top() - self.viewport().height() // 4)

    def highlighted_text(self) -> list[tuple[str, str]]:
        return list(self._highlight)


class ReaderScreen(QWidget):
    quiz_requested = Signal(list, str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: SourceDetail | None = None
        self.selected_passage: int | None = None

        self.source_list = QListWidget(self)
        self.source_list.setAccessibleName("Sources")
        self.source_list.setWordWrap(True)
        self.source_list.setSpacing(4)
        self.source_list.setMinimumWidth(220)
        self.source_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the items when the width changes
        self.source_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.source_list.setItemDelegate(_WrappingDelegate(self.source_list))

        self.title = plain_label("", self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName("Article title")
        self.byline = plain_label("", self)
        self.byline.setAccessibleName("Author, publisher and date")
        self.url = plain_label("", self)
        self.url.setAccessibleName("Article address")
        self.legend = plain_label(
            "Shaded passages have questions: amber = not learned yet, green = mastered. "
            "Click a passage (or move the cursor into it) to select it.",
            self,
        )
        self.article = ArticleView(self)
        self.passage_info = plain_label("", self, wrap=False)
        self.passage_info.setAccessibleName("Selected passage")
        self.quiz_passage_button = QPushButton("Quiz me on this passage", self)
        self.quiz_passage_button.setAccessibleName("Quiz me on this passage")
        self.quiz_passage_button.setToolTip("Study the selected passage's questions (Ctrl+P)")
        self.quiz_article_button = QPushButton("Quiz me on this article", self)
        self.quiz_article_button.setAccessibleName("Quiz me on this article")
        self.quiz_article_button.setToolTip("Study every question from this article (Ctrl+Shift+A)")
        actions = QHBoxLayout()
        actions.addWidget(self.passage_info, 1)
        actions.addWidget(self.quiz_passage_button)
        actions.addWidget(self.quiz_article_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.byline)
        right_layout.addWidget(self.url)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.article, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter(self)
        splitter.addWidget(self.source_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

        self.source_list.currentRowChanged.connect(self._on_source_list_current_row_changed)
        self.article.cursorPositionChanged.connect(self._on_article_cursor_position_changed)
        self.quiz_passage_button.clicked.connect(self._on_quiz_passage_clicked)
        self.quiz_article_button.clicked.connect(self._on_quiz_article_clicked)
        for keys, slot in (("Ctrl+P", self._on_quiz_passage_clicked), ("Ctrl+Shift+A", self._on_quiz_article_clicked)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._source_ids: list[str] = []

    def focus_default(self) -> None:
        self.source_list.setFocus()

    def refresh(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        try:
            summaries = list_sources(self.ctx.db, learner.id)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read the sources", str(exc))
            return
        current = self.detail.info.id if self.detail else None
        self.source_list.blockSignals(True)
        self.source_list.clear()
        self._source_ids = []
        for summary in summaries:
            item = QListWidgetItem(
                f"{summary.info.title}\n{summary.info.byline()}\n"
                f"{summary.question_count} questions · {summary.mastery:.0%} mastered"
            )
            item.setToolTip(summary.info.title)
            self.source_list.addItem(item)
            self._source_ids.append(summary.info.id)
        self.source_list.blockSignals(False)
        if self._source_ids:
            row = self._source_ids.index(current) if current in self._source_ids else 0
            self.source_list.setCurrentRow(row)
            self._load(self._source_ids[row])

    def _on_source_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._source_ids):
            self._load(self._source_ids[row])

    def _load(self, source_id: str) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        try:
            detail = source_detail(self.ctx.db, learner.id, source_id)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot open the article", str(exc))
            return
        self.detail = detail
        self.title.setText(detail.info.title)
        self.byline.setText(detail.info.byline())
        url = detail.info.url
        self.url.setText(url if url and url != "unknown" else "No web address given")
        self.article.show_article(detail)
        self._select_passage(None)
        self.quiz_article_button.setEnabled(any(p.question_ids for p in detail.passages))

    def show_source(self, source_id: str, question_id: str | None = None) -> None:
        if not self._source_ids:
            self.refresh()
        if source_id in self._source_ids:
            row = self._source_ids.index(source_id)
            if self.source_list.currentRow() != row:
                self.source_list.setCurrentRow(row)
            elif self.detail is None or self.detail.info.id != source_id:
                self._load(source_id)
        if question_id is None or self.detail is None:
            return
        from studyapp.services.questions import load_question

        question = load_question(self.ctx.db, question_id)
        citation = question.citation
        index = next((i for i, p in enumerate(self.detail.passages) if p.id == citation.passage_id), None)
        if index is None:
            return
        start = self.detail.passages[index].start
        self.article.highlight_range(
            index,
            [
                (start + citation.quote_start, start + citation.quote_end, "quote"),
                (start + citation.answer_start, start + citation.answer_end, "answer"),
            ],
        )
        self._select_passage(index)
        self.article.setFocus()

    def _on_article_cursor_position_changed(self) -> None:
        self._select_passage(self.article.passage_at(self.article.textCursor().position()))

    def _select_passage(self, index: int | None) -> None:
        self.selected_passage = index
        passage = self.detail.passages[index] if self.detail is not None and index is not None else None
        if passage is None:
            self.passage_info.setText("No passage selected")
            self.quiz_passage_button.setEnabled(False)
            return
        count = len(passage.question_ids)
        if count:
            mastery = passage.mastery or 0.0
            self.passage_info.setText(
                f"Passage {passage.index + 1}: {count} question{'s' if count != 1 else ''}, {mastery:.0%} mastered"
            )
        else:
            self.passage_info.setText(f"Passage {passage.index + 1}: no questions")
        self.quiz_passage_button.setEnabled(bool(count))

    def passage_marks(self) -> list[tuple[str, float | None]]:
        """(passage id, mastery) of the article shown; mastery is None for passages without questions."""
        return [(p.id, p.mastery) for p in self.detail.passages] if self.detail else []

    def _on_quiz_passage_clicked(self) -> None:
        if self.detail is None or self.selected_passage is None:
            return
        passage = self.detail.passages[self.selected_passage]
        if passage.question_ids:
            self.quiz_requested.emit(
                list(passage.question_ids), f"Quiz: passage {passage.index + 1} of “{self.detail.info.title}”"
            )

    def _on_quiz_article_clicked(self) -> None:
        if self.detail is None:
            return
        ids = [q for p in self.detail.passages for q in p.question_ids]
        if ids:
            self.quiz_requested.emit(ids, f"Quiz: “{self.detail.info.title}”")

"""The source reader: each article with its metadata, its passages shaded by this learner's mastery.

Left, the sources (a real list model). Right, the article: its text inserted as plain text, one block
per passage. Passages that have questions get a tint and a bar in the left margin whose colour runs
from "not learned yet" (amber) to "mastered" (the palette's highlight colour); passages without
questions stay plain. The passage under the text cursor is the selected one (outlined); "Quiz me"
starts a session on it or on the whole article. A quote opened from an answer is highlighted (quote
and answer) and scrolled into view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.questions import active_question_ids, load_question
from studyapp.services.reader import list_sources, source_detail
from studyapp.services.views import PassageView, SourceDetail, SourceSummary
from studyapp.ui.context import AppContext
from studyapp.ui.labels import heading, plain_label, plain_tip
from studyapp.ui.passage import highlight_colors

AnyIndex = QModelIndex | QPersistentModelIndex

# a line break inside a passage stays inside its block (one character for one, so offsets still match)
_ONE_BLOCK = str.maketrans({"\n": "\u2028", "\r": "\u2028", "\u2029": "\u2028"})

MUTED_ROLES = frozenset({"boilerplate", "comment", "byline", "caption", "references"})

QUIZ_PASSAGE_KEYS = "Ctrl+P"
QUIZ_ARTICLE_KEYS = "Ctrl+Shift+A"


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def mastery_color(palette: QPalette, mastery: float) -> QColor:
    """The strong colour of a passage with questions (its margin bar): amber when nothing is learned yet,
    the palette's highlight colour when every question is mastered, mixed in between."""
    start = QColor("#e0a040") if _dark(palette) else QColor("#c77800")
    return _mix(start, palette.color(QPalette.ColorRole.Highlight), mastery)


def mastery_tint(palette: QPalette, mastery: float) -> QColor:
    """The light background of a passage with questions: its mastery colour faded into the base colour."""
    base = palette.color(QPalette.ColorRole.Base)
    return _mix(base, mastery_color(palette, mastery), 0.26 if _dark(palette) else 0.17)


def _muted(palette: QPalette) -> QColor:
    return _mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.4)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# -- the list of sources ------------------------------------------------------------------------


class SourceListModel(QAbstractListModel):
    """The sources, in bank order, with this learner's question count and mastery."""

    SourceIdRole = Qt.ItemDataRole.UserRole + 1
    BylineRole = Qt.ItemDataRole.UserRole + 2
    StatsRole = Qt.ItemDataRole.UserRole + 3
    MasteryRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SourceSummary] = []

    def set_rows(self, rows: list[SourceSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, source_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.info.id == source_id), None)

    @staticmethod
    def stats_text(summary: SourceSummary) -> str:
        if not summary.question_count:  # "0 questions · 0% mastered" would read as nothing learnt
            return "No questions from this article (read only)"
        return f"{_plural(summary.question_count, 'question')} · {summary.mastery:.0%} mastered"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self.rows):
            return None
        summary = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.info.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{summary.info.title}\n{summary.info.byline()}\n{self.stats_text(summary)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.info.title}. {summary.info.byline()}. {self.stats_text(summary)}."
        if role == self.SourceIdRole:
            return summary.info.id
        if role == self.BylineRole:
            return summary.info.byline()
        if role == self.StatsRole:
            return self.stats_text(summary)
        if role == self.MasteryRole:
            return summary.mastery if summary.question_count else None  # no bar for an article never asked
        return None


class SourceDelegate(QStyledItemDelegate):
    """A source as three wrapped lines: the title in bold, the byline, and questions · mastery with a small bar."""

    PAD = 8
    BAR = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _texts(self, index: AnyIndex) -> tuple[str, str, str]:
        return (
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            str(index.data(SourceListModel.BylineRole) or ""),
            str(index.data(SourceListModel.StatsRole) or ""),
        )

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        return max(80, width - 2 * self.PAD - 4)

    def _heights(self, option: QStyleOptionViewItem, index: AnyIndex, width: int) -> list[int]:
        flags = Qt.TextFlag.TextWordWrap
        heights = []
        for font, text in zip((*self._fonts(option), QFont(option.font)), self._texts(index), strict=True):
            heights.append(QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height())
        return heights

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._width(option)
        heights = self._heights(option, index, width)
        return QSize(width, sum(heights) + 2 * self.PAD + 4 + self.BAR + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else _muted(palette)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        heights = self._heights(option, index, rect.width())
        title, byline, stats = self._texts(index)
        bold, normal = self._fonts(option)
        painter.save()
        y = rect.top()
        for font, color, text, height in (
            (bold, text_color, title, heights[0]),
            (normal, muted, byline, heights[1]),
            (normal, text_color, stats, heights[2]),
        ):
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(QRect(rect.left(), y, rect.width(), height), Qt.TextFlag.TextWordWrap, text)
            y += height + 2
        shown = index.data(SourceListModel.MasteryRole)
        if shown is None:
            painter.restore()
            return
        mastery = float(shown)
        track = QRectF(rect.left(), y + 2, min(rect.width(), 160), self.BAR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.18))
        painter.drawRoundedRect(track, 2, 2)
        if mastery > 0:
            painter.setBrush(text_color if selected else mastery_color(palette, 1.0))
            painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * mastery, track.height()), 2, 2)
        painter.restore()


class SourceList(QListView):
    """The list of sources; `count`, `currentRow` and `setCurrentRow` work by row like QListWidget's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the items when the width changes
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(SourceDelegate(self))

    def count(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # item heights depend on the width (wrapped titles)


# -- the article -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassageMark:
    """How a passage is drawn: `mastery` is None for a passage without questions (drawn plain)."""

    passage_id: str
    mastery: float | None
    bar: QColor | None
    tint: QColor | None


class ArticleView(QTextEdit):
    """One article, one block per passage, plain text only. Passages with questions are tinted and get
    a bar in the left margin; the selected passage is outlined. Ctrl+Down / Ctrl+Up go to the next /
    previous passage that has questions."""

    MARGIN = 18  # left margin of every block: room for the mastery bar
    BAR_WIDTH = 6

    passage_selected = Signal(object)  # passage index in the article (int) or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setAcceptRichText(False)
        self.setAccessibleName("Article text")
        self.setAccessibleDescription(
            "The article, one paragraph per passage. Ctrl+Down and Ctrl+Up go to the next or previous "
            "passage that has questions."
        )
        self.document().setDocumentMargin(10)
        self.passages: list[PassageView] = []
        self._detail: SourceDetail | None = None
        self._building = False
        self._ranges: tuple[int, list[tuple[int, int, str]]] | None = None
        self.selected: int | None = None
        self._chosen = False  # outline the selected passage once the learner has picked one (or has the focus here)
        self._highlight: list[tuple[str, str]] = []
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)

    # building --------------------------------------------------------------------------------------
    def show_article(self, detail: SourceDetail) -> None:
        self.passages = []
        self._detail = detail
        self.selected = None
        self._chosen = False
        self.clear_highlight()
        self._building = True  # no passage selection while the text is rebuilt
        try:
            self.clear()
            cursor = QTextCursor(self.document())
            palette = self.palette()
            for i, passage in enumerate(detail.passages):
                block = QTextBlockFormat()
                block.setLeftMargin(self.MARGIN)
                block.setRightMargin(6)
                block.setTopMargin(6)
                block.setBottomMargin(10)
                char = QTextCharFormat()
                char.setForeground(palette.color(QPalette.ColorRole.Text))
                if passage.role == "heading":
                    char.setFontWeight(QFont.Weight.Bold)
                    char.setFontPointSize(self.font().pointSizeF() * 1.15)
                elif passage.role in MUTED_ROLES:
                    char.setForeground(_muted(palette))
                if i == 0:
                    cursor.setBlockFormat(block)
                    cursor.setBlockCharFormat(char)
                else:
                    cursor.insertBlock(block, char)
                cursor.insertText(passage.text.translate(_ONE_BLOCK), char)
        finally:
            self._building = False
        self.passages = list(detail.passages)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._select(self.passage_at(0))
        self._chosen = False

    def marks(self) -> list[PassageMark]:
        palette = self.palette()
        marks = []
        for p in self.passages:
            if p.question_ids:
                m = p.mastery or 0.0
                marks.append(PassageMark(p.id, m, mastery_color(palette, m), mastery_tint(palette, m)))
            else:
                marks.append(PassageMark(p.id, None, None, None))
        return marks

    # geometry --------------------------------------------------------------------------------------
    def passage_at(self, position: int) -> int | None:
        if not self.passages:
            return None
        block = self.document().findBlock(position).blockNumber()
        return block if 0 <= block < len(self.passages) else None

    def passage_start(self, index: int) -> int:
        """Document position of the first character of passage `index`."""
        return self.document().findBlockByNumber(index).position()

    def passage_rect(self, index: int) -> QRect:
        """Where passage `index` is drawn in the viewport (its tinted box, bar included)."""
        block = self.document().findBlockByNumber(index)
        layout = block.layout()
        if layout is None or not block.isValid():
            return QRect()
        pos = layout.position()
        box = layout.boundingRect()  # the lines, placed after the block's left margin
        left = pos.x() + box.left() - self.MARGIN + 2
        top = pos.y() + box.top() - 4
        bottom = pos.y() + box.bottom() + 4
        right = self.document().textWidth() - self.document().documentMargin() + 2
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        return QRectF(left - dx, top - dy, right - left, bottom - top).toAlignedRect()

    # painting --------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        visible = self.viewport().rect()
        for i, mark in enumerate(self.marks()):
            if mark.tint is None or mark.bar is None:
                continue
            rect = self.passage_rect(i)
            if not rect.intersects(visible):
                continue
            painter.fillRect(rect, mark.tint)
            painter.fillRect(QRect(rect.left(), rect.top(), self.BAR_WIDTH, rect.height()), mark.bar)
        if self.selected is not None and (self._chosen or self.hasFocus()):
            rect = self.passage_rect(self.selected)
            if rect.intersects(visible):
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()
        super().paintEvent(event)  # the text (and the quote highlight) on top of the tints

    # keyboard --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.go_to_passage_with_questions(1 if event.key() == Qt.Key.Key_Down else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def go_to_passage_with_questions(self, step: int) -> None:
        if not self.passages:
            return
        current = self.selected if self.selected is not None else -1 if step > 0 else len(self.passages)
        i = current + step
        while 0 <= i < len(self.passages):
            if self.passages[i].question_ids:
                cursor = QTextCursor(self.document())
                cursor.setPosition(self.passage_start(i))
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return
            i += step

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        """Build the article again with the current palette, keeping the place, selection and highlight."""
        assert self._detail is not None
        position, scroll, chosen, ranges = (
            self.textCursor().position(),
            self.verticalScrollBar().value(),
            self._chosen,
            self._ranges,
        )
        self.show_article(self._detail)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        if ranges is not None:
            self.highlight(*ranges, scroll=False)
        self._chosen = chosen
        self.verticalScrollBar().setValue(scroll)

    def _on_cursor_position_changed(self) -> None:
        if self._building:
            return
        self._chosen = True
        self._select(self.passage_at(self.textCursor().position()))

    def _select(self, index: int | None) -> None:
        if index == self.selected:
            return
        self.selected = index
        self.viewport().update()
        self.passage_selected.emit(index)

    # quote -----------------------------------------------------------------------------------------
    def highlight(self, passage_index: int, ranges: list[tuple[int, int, str]], *, scroll: bool = True) -> None:
        """Highlight `ranges` (start, end, role "quote"/"answer"; passage-relative offsets) of one passage,
        select that passage and scroll the quote into the upper part of the view."""
        passage = self.passages[passage_index]
        base = self.passage_start(passage_index)
        quote_color, answer_color = highlight_colors(self.palette())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        selections = []
        self._highlight = []
        for start, end, role in sorted(ranges, key=lambda r: r[2] == "answer"):
            lo, hi = max(0, min(len(passage.text), start)), max(0, min(len(passage.text), end))
            if hi <= lo:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(base + lo)
            cursor.setPosition(base + hi, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(answer_color if role == "answer" else quote_color)
            fmt.setForeground(text_color)
            if role == "answer":
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setFontUnderline(True)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            self._highlight.append((role, passage.text[lo:hi]))
        self.setExtraSelections(selections)
        self._ranges = (passage_index, list(ranges))
        if not scroll:
            return
        first = min((max(0, min(len(passage.text), r[0])) for r in ranges), default=0)
        cursor = QTextCursor(self.document())
        cursor.setPosition(base + first)
        self.setTextCursor(cursor)
        self._chosen = True
        self._select(passage_index)
        self.scroll_into_view(passage_index, base + first)

    def scroll_into_view(self, passage_index: int, position: int) -> None:
        """Bring `position` to the upper third of the view, with the start of its passage if it fits."""
        self.ensureCursorVisible()
        bar = self.verticalScrollBar()
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        target_top = self.cursorRect(cursor).top() - self.viewport().height() // 4
        passage_top = self.passage_rect(passage_index).top() - 8
        if passage_top > target_top - self.viewport().height() // 4:
            target_top = min(target_top, passage_top)
        bar.setValue(bar.value() + target_top)

    def highlighted_text(self) -> list[tuple[str, str]]:
        """(role, text) of each highlighted range, for tests and accessibility."""
        return list(self._highlight)

    def clear_highlight(self) -> None:
        self._highlight = []
        self._ranges = None
        self.setExtraSelections([])


class MasteryLegend(QWidget):
    """ "Passages with questions: [not learned yet ▬▬▬ mastered]; plain passages have none"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(
            "Passages with questions are shaded with a bar on the left, from amber (not learned yet) to "
            "blue (mastered). Passages without questions are not shaded."
        )
        self.label = QLabel("Passages with questions:", self)
        self.low = QLabel("not learned yet", self)
        self.ramp = _Ramp(self)
        self.high = QLabel("mastered", self)
        self.note = QLabel("· unshaded passages have no questions", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for w in (self.label, self.low, self.ramp, self.high, self.note):
            layout.addWidget(w)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.ramp.update()


class _Ramp(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(96, 14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        gradient = QLinearGradient(0, 0, self.width(), 0)
        for stop in (0.0, 0.25, 0.5, 0.75, 1.0):
            gradient.setColorAt(stop, mastery_color(palette, stop))
        painter.fillRect(self.rect(), gradient)
        painter.end()


# -- the screen -----------------------------------------------------------------------------------


class ReaderScreen(QWidget):
    quiz_requested = Signal(list, str)  # question ids, session title

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: SourceDetail | None = None
        self._syncing = False

        self.sources_model = SourceListModel(self)
        self.source_list = SourceList(self)
        self.source_list.setModel(self.sources_model)
        self.source_list.setAccessibleName("Sources")
        self.source_list.setAccessibleDescription("The articles. Arrow keys choose one; Enter goes to its text.")
        self.source_list.setMinimumWidth(230)

        self.title = heading("", self, factor=1.45)
        self.title.setAccessibleName("Article title")
        self.byline = plain_label("", self)
        self.byline.setAccessibleName("Author, publisher and date")
        self.url = plain_label("", self)
        self.url.setAccessibleName("Article address")
        self.legend = MasteryLegend(self)
        self.article = ArticleView(self)

        self.passage_info = plain_label("", self)
        self.passage_info.setAccessibleName("Selected passage")
        self.passage_info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.quiz_passage_button = QPushButton("Quiz me on this passage", self)
        self.quiz_passage_button.setAccessibleName("Quiz me on this passage")
        self.quiz_passage_button.setToolTip(
            f"Study the questions of the selected passage ({QKeySequence(QUIZ_PASSAGE_KEYS).toString()})"
        )
        self.quiz_article_button = QPushButton("Quiz me on this article", self)
        self.quiz_article_button.setAccessibleName("Quiz me on this article")
        self.quiz_article_button.setToolTip(
            f"Study every question of this article ({QKeySequence(QUIZ_ARTICLE_KEYS).toString()})"
        )
        actions = QHBoxLayout()
        actions.addWidget(self.passage_info, 1)
        actions.addWidget(self.quiz_passage_button)
        actions.addWidget(self.quiz_article_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.byline)
        right_layout.addWidget(self.url)
        right_layout.addSpacing(4)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.article, 1)
        right_layout.addSpacing(2)
        right_layout.addLayout(actions)
        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.source_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 900])
        self.empty = plain_label("There are no sources yet. Build and load the question bank first.", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName("No sources")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        self.article.setFrameShape(QFrame.Shape.StyledPanel)

        selection = self.source_list.selectionModel()
        selection.currentRowChanged.connect(self._on_source_list_current_row_changed)
        self.source_list.activated.connect(self._on_source_list_activated)
        self.article.passage_selected.connect(self._on_article_passage_selected)
        self.quiz_passage_button.clicked.connect(self._on_quiz_passage_clicked)
        self.quiz_article_button.clicked.connect(self._on_quiz_article_clicked)
        for keys, slot in (
            (QUIZ_PASSAGE_KEYS, self._on_quiz_passage_clicked),
            (QUIZ_ARTICLE_KEYS, self._on_quiz_article_clicked),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Ctrl+Down / Ctrl+Up go to the next / previous passage with questions wherever the focus is
        # (the article list would otherwise take them as "next article").
        self.source_list.installEventFilter(self)
        self._show_passage_info(None)
        self.quiz_article_button.setEnabled(False)

    # public ----------------------------------------------------------------------------------------
    @property
    def selected_passage(self) -> int | None:
        """Index (in the article's passages) of the selected passage."""
        return self.article.selected

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
        self._syncing = True  # the list follows the data; no article is loaded on the way
        try:
            self.sources_model.set_rows(summaries)
        finally:
            self._syncing = False
        self.splitter.setVisible(bool(summaries))
        self.empty.setVisible(not summaries)
        if not summaries:
            self.detail = None
            return
        row = self.sources_model.row_of(current) if current is not None else None
        self._set_current_row(row or 0)
        self._load(self.sources_model.rows[row or 0].info.id, keep_position=row is not None)

    def show_source(self, source_id: str, question_id: str | None = None) -> None:
        """Open an article; with a question, highlight its quote (and answer) and scroll to it."""
        if not self.sources_model.rows:
            self.refresh()
        row = self.sources_model.row_of(source_id)
        if row is None:
            return
        if self.detail is None or self.detail.info.id != source_id:
            self._set_current_row(row)
            self._load(source_id)
        else:
            self._set_current_row(row)
        if question_id is None or self.detail is None:
            return
        try:
            citation = load_question(self.ctx.db, question_id).citation
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot find the question", str(exc))
            return
        index = next((i for i, p in enumerate(self.detail.passages) if p.id == citation.passage_id), None)
        if index is None:
            return
        self.article.highlight(
            index,
            [
                (citation.quote_start, citation.quote_end, "quote"),
                (citation.answer_start, citation.answer_end, "answer"),
            ],
        )
        self.article.setFocus()

    def passage_marks(self) -> list[tuple[str, float | None]]:
        """(passage id, mastery) of the article shown; mastery is None for passages without questions."""
        return [(m.passage_id, m.mastery) for m in self.article.marks()]

    # slots -----------------------------------------------------------------------------------------
    def _set_current_row(self, row: int) -> None:
        """Show `row` as the current source without loading it (the caller does)."""
        self._syncing = True
        try:
            self.source_list.setCurrentIndex(self.sources_model.index(row, 0))
        finally:
            self._syncing = False

    def _on_source_list_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self._load(str(current.data(SourceListModel.SourceIdRole)))

    def _on_source_list_activated(self, _index: QModelIndex) -> None:
        self.article.setFocus()

    def _load(self, source_id: str, *, keep_position: bool = False) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        try:
            detail = source_detail(self.ctx.db, learner.id, source_id)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot open the article", str(exc))
            return
        position = self.article.textCursor().position() if keep_position else 0
        scroll = self.article.verticalScrollBar().value() if keep_position else 0
        self.detail = detail
        self.title.setText(detail.info.title)
        self.byline.setText(detail.info.byline())
        url = detail.info.url
        self.url.setText(url if url and url.lower() != "unknown" else "No web address given")
        self.article.show_article(detail)
        if keep_position:
            cursor = QTextCursor(self.article.document())
            cursor.setPosition(min(position, self.article.document().characterCount() - 1))
            self.article.setTextCursor(cursor)
            self.article.verticalScrollBar().setValue(scroll)
            self.article.ensureCursorVisible()  # the passage the status line names is the one in view
        self._show_passage_info(self.article.selected)
        count = sum(len(p.question_ids) for p in detail.passages)
        self.quiz_article_button.setEnabled(bool(count))
        self.quiz_article_button.setText(f"Quiz me on this article ({count})" if count else "Quiz me on this article")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.source_list and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key_event = cast(QKeyEvent, event)
            if key_event.modifiers() == Qt.KeyboardModifier.ControlModifier and key_event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
            ):
                if event.type() == QEvent.Type.KeyPress:
                    self._on_passage_key(1 if key_event.key() == Qt.Key.Key_Down else -1)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _on_passage_key(self, step: int) -> None:
        self.article.go_to_passage_with_questions(step)
        self.article.setFocus()  # the keys go on from the article

    def _on_article_passage_selected(self, index: int | None) -> None:
        self._show_passage_info(index)

    def _show_passage_info(self, index: int | None) -> None:
        passage = self.detail.passages[index] if self.detail is not None and index is not None else None
        if passage is None or self.detail is None:
            self.passage_info.setText("Select a passage to quiz yourself on it.")
            self.quiz_passage_button.setEnabled(False)
            return
        count = len(passage.question_ids)
        where = f"Passage {passage.index + 1} of {len(self.detail.passages)}"
        if count:
            self.passage_info.setText(f"{where}: {_plural(count, 'question')}, {passage.mastery or 0.0:.0%} mastered.")
            self.quiz_passage_button.setText(f"Quiz me on this passage ({count})")
        else:
            self.passage_info.setText(
                f"{where}: no questions. Click a shaded passage, or press Ctrl+Down to go to the next one."
            )
            self.quiz_passage_button.setText("Quiz me on this passage")
        self.quiz_passage_button.setEnabled(bool(count))

    def _on_quiz_passage_clicked(self) -> None:
        index = self.selected_passage
        if self.detail is None or index is None:
            return
        passage = self.detail.passages[index]
        if passage.question_ids:
            self.quiz_requested.emit(
                list(passage.question_ids), f"Quiz: passage {passage.index + 1} of {self.detail.info.title}"
            )

    def _on_quiz_article_clicked(self) -> None:
        if self.detail is None:
            return
        ids = active_question_ids(self.ctx.db, source_id=self.detail.info.id)
        if ids:
            self.quiz_requested.emit(ids, f"Quiz: {self.detail.info.title}")

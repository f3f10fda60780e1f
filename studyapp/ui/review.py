"""Review missed: every question the learner got wrong, most recent first, filterable, drillable.

A table model over `MissedItem` rows behind a sort proxy (the "Missed" column sorts by the real
time, "Right in a row" by number). The filters ask the service again; "Drill all" emits the
questions in the order they are shown, and Enter (or a double-click) opens a question's passage.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.progress import RIGHT_IN_A_ROW_TO_CLEAR
from studyapp.services.questions import kinds, sources
from studyapp.services.review import missed_items
from studyapp.services.views import MissedItem, kind_label
from studyapp.ui.context import AppContext
from studyapp.ui.labels import heading, plain_label, plain_tip

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DRILL_KEYS = "Ctrl+D"

EMPTY_TEXT = "Nothing to review — questions you get wrong appear here."
EMPTY_FILTERED_TEXT = "No missed questions match these filters."


def missed_time_text(item: MissedItem) -> str:
    """When the question was last missed, in local time."""
    return item.missed_at.astimezone().strftime("%Y-%m-%d %H:%M")


BLANK = "_____"
EXCERPT_CHARS = 180


def prompt_excerpt(prompt: str, limit: int = EXCERPT_CHARS) -> str:
    """The prompt as the list can show it: whole when short; else the part around the blank (a
    blank is what the question asks, so it is never cut off), or the beginning."""
    if len(prompt) <= limit:
        return prompt
    at = prompt.find(BLANK)
    if at < 0:
        return prompt[: limit - 1].rsplit(" ", 1)[0] + "…"
    start = max(0, at - limit // 2)
    end = min(len(prompt), start + limit)
    start = max(0, end - limit)
    head = "…" if start > 0 else ""
    tail = "…" if end < len(prompt) else ""
    piece = prompt[start:end]
    if head:
        piece = piece.split(" ", 1)[1] if " " in piece[: at - start] else piece
    if tail:
        piece = piece.rsplit(" ", 1)[0] if " " in piece[at - start + len(BLANK) :] else piece
    return f"{head}{piece}{tail}"


class MissedTableModel(QAbstractTableModel):
    """One row per missed question, in the order the service gives (most recently missed first)."""

    HEADERS = ("Question", "Your answer", "Right answer", "Kind", "Source", "Missed", "Right in a row")
    QUESTION, YOURS, ANSWER, KIND, SOURCE, MISSED, STREAK = range(7)
    QuestionIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[MissedItem] = []

    def set_items(self, items: list[MissedItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.STREAK:
                return f"Right answers in a row since the last miss; {RIGHT_IN_A_ROW_TO_CLEAR} take it off the list"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _text(self, item: MissedItem, column: int) -> str:
        if column == self.QUESTION:
            return prompt_excerpt(item.prompt)
        if column == self.YOURS:
            return item.your_answer or "(no answer)"
        if column == self.ANSWER:
            return item.answer
        if column == self.KIND:
            return item.kind_label
        if column == self.SOURCE:
            return item.source_title
        if column == self.MISSED:
            return missed_time_text(item)
        return f"{item.right_streak} of {RIGHT_IN_A_ROW_TO_CLEAR}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(item.prompt if column == self.QUESTION else self._text(item, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == SORT_ROLE:
            if column == self.MISSED:
                return item.missed_at.timestamp()
            if column == self.STREAK:
                return item.right_streak
            return self._text(item, column).casefold()
        if role == self.QuestionIdRole:
            return item.question_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.STREAK:
            return Qt.AlignmentFlag.AlignCenter
        return None


class ReviewScreen(QWidget):
    drill_requested = Signal(list)  # question ids, in the order shown
    open_question_requested = Signal(str, str)  # source id, question id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False

        title = heading("Review missed questions", self)
        self.caption = plain_label(
            "Every question you got wrong, most recently missed first. A question leaves this list after "
            "two right answers in a row. Enter (or a double-click) opens its passage in the article.",
            self,
        )
        self.caption.setAccessibleName("About this list")

        self.source_filter = QComboBox(self)
        self.source_filter.setAccessibleName("Filter by source")
        self.source_filter.setToolTip("Show only the questions from one article")
        self.source_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_filter.setMinimumContentsLength(18)
        self.source_filter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName("Filter by kind")
        self.kind_filter.setToolTip("Show only one kind of fact")
        source_label = QLabel("&Source:", self)
        source_label.setBuddy(self.source_filter)
        kind_label_widget = QLabel("&Kind:", self)
        kind_label_widget.setBuddy(self.kind_filter)

        self.open_button = QPushButton("&Open passage", self)
        self.open_button.setAccessibleName("Open passage")
        self.open_button.setAccessibleDescription("Show the selected question's passage in its article")
        self.open_button.setToolTip("Show the selected question's passage in its article (Enter or double-click)")
        self.drill_button = QPushButton("Drill all", self)
        self.drill_button.setAccessibleName("Drill all")
        self.drill_button.setAccessibleDescription("Study the questions in the list, in the order shown")
        self.drill_button.setToolTip(
            f"Study the questions shown, in this order ({QKeySequence(DRILL_KEYS).toString()})"
        )
        self.drill_button.setDefault(True)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(source_label)
        filters.addWidget(self.source_filter, 3)
        filters.addSpacing(8)
        filters.addWidget(kind_label_widget)
        filters.addWidget(self.kind_filter, 1)
        filters.addSpacing(16)
        filters.addWidget(self.open_button)
        filters.addWidget(self.drill_button)

        self.model = MissedTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Missed questions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.setCornerButtonEnabled(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MissedTableModel.MISSED, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is in the tooltip
        self.table.setAlternatingRowColors(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setAccessibleName("Row numbers")
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 12)  # three lines of a wrapped prompt
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setAccessibleName("Columns")
        header.setAccessibleDescription("Click a column's title to sort by it; click again to reverse")
        header.setSectionResizeMode(MissedTableModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (
            MissedTableModel.YOURS,
            MissedTableModel.ANSWER,
            MissedTableModel.KIND,
            MissedTableModel.SOURCE,
            MissedTableModel.MISSED,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MissedTableModel.STREAK, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(MissedTableModel.MISSED, self.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 24)
        self._fit_columns()

        self.empty = plain_label(EMPTY_TEXT, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName("No missed questions")
        empty_font = self.empty.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty.setFont(empty_font)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty.setAutoFillBackground(True)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.caption)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)

        self.source_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.kind_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.drill_button.clicked.connect(self._on_drill_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.table.activated.connect(self._on_table_activated)  # Enter or double-click
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        drill = QShortcut(QKeySequence(DRILL_KEYS), self)
        drill.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        drill.activated.connect(self._on_drill_clicked)
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The answers, Kind and Source take a share of the width (the prompt gets the rest)."""
        em = self.fontMetrics().horizontalAdvance("M")
        width = self.table.viewport().width()
        header = self.table.horizontalHeader()
        header.resizeSection(MissedTableModel.YOURS, max(em * 8, min(em * 14, width * 12 // 100)))
        header.resizeSection(MissedTableModel.ANSWER, max(em * 8, min(em * 14, width * 12 // 100)))
        header.resizeSection(MissedTableModel.KIND, max(em * 8, min(em * 12, width * 10 // 100)))
        header.resizeSection(MissedTableModel.SOURCE, max(em * 10, min(em * 20, width * 15 // 100)))

    def focus_default(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self._select_row(0)
        else:
            self.source_filter.setFocus()

    def refresh(self) -> None:
        """Re-read the filters' choices and the missed questions (keeping the chosen filters)."""
        if self.ctx.learner is None:
            return
        self._filling = True
        try:
            current_source = self.source_filter.currentData()
            current_kind = self.kind_filter.currentData()
            self.source_filter.clear()
            self.source_filter.addItem("All sources", None)
            for info in sources(self.ctx.db):
                self.source_filter.addItem(info.title, info.id)
                tip = plain_tip(info.title)
                self.source_filter.setItemData(self.source_filter.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            self.kind_filter.clear()
            self.kind_filter.addItem("All kinds", None)
            for kind in kinds(self.ctx.db):
                self.kind_filter.addItem(kind_label(kind), kind)
            self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(current_source)))
            self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current_kind)))
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read the sources", str(exc))
        finally:
            self._filling = False
        self._reload()

    def visible_question_ids(self) -> list[str]:
        """The question ids in the order the table shows them."""
        return [
            str(self.proxy.index(row, 0).data(MissedTableModel.QuestionIdRole)) for row in range(self.proxy.rowCount())
        ]

    # slots -----------------------------------------------------------------------------------------
    def _on_filter_changed(self, _index: int) -> None:
        if not self._filling:
            self._reload()

    def _reload(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        try:
            items = missed_items(
                self.ctx.db,
                learner.id,
                source_id=self.source_filter.currentData(),
                kind=self.kind_filter.currentData(),
            )
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot read the missed questions", str(exc))
            return
        had_focus = self.table.hasFocus()
        self.model.set_items(items)
        filtered = self.source_filter.currentIndex() > 0 or self.kind_filter.currentIndex() > 0
        if items:
            self.body.setCurrentWidget(self.table)
            self._select_row(0)
            if had_focus:
                self.table.setFocus()
        else:
            self.empty.setText(EMPTY_FILTERED_TEXT if filtered else EMPTY_TEXT)
            self.body.setCurrentWidget(self.empty)
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        count = self.proxy.rowCount()
        self.drill_button.setText(f"Drill all ({count})")
        self.drill_button.setEnabled(bool(count))
        self.open_button.setEnabled(self._selected() is not None)

    def _selected(self) -> MissedItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.items[self.proxy.mapToSource(index).row()]

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self._on_open_clicked()

    def _on_drill_clicked(self) -> None:
        ids = self.visible_question_ids()
        if ids:
            self.drill_requested.emit(ids)

    def _on_open_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_question_requested.emit(item.source_id, item.question_id)

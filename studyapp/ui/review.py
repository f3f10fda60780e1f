"""Review missed: every question the learner got wrong, most recent first, filterable, drillable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyappError
from studyapp.services.questions import kinds, sources
from studyapp.services.review import missed_items
from studyapp.services.views import MissedItem, kind_label
from studyapp.ui.feedback import plain_label

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class MissedTableModel(QAbstractTableModel):
    HEADERS = ("Question", "Kind", "Source", "Missed", "Right in a row")

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
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return item.prompt
            if column == 1:
                return item.kind_label
            if column == 2:
                return item.source_title
            if column == 3:
                return item.missed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            return f"{item.right_streak} of 2"
        if role == SORT_ROLE:
            if column == 3:
                return item.missed_at.timestamp()
            if column == 4:
                return item.right_streak
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class ReviewScreen(QWidget):
    drill_requested = Signal(list)
    open_question_requested = Signal(str, str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = plain_label("Review missed questions", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        caption = plain_label(
            "Every question you got wrong, most recent first. Drill them: a question leaves this list "
            "once you answer it right twice in a row. Enter opens a question's passage in its article.",
            self,
        )
        self.source_filter = QComboBox(self)
        self.source_filter.setAccessibleName("Filter by source")
        self.source_filter.setToolTip("Show only the questions from one article")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName("Filter by kind")
        self.kind_filter.setToolTip("Show only one kind of fact")
        self.drill_button = QPushButton("Drill all", self)
        self.drill_button.setAccessibleName("Drill the questions in the list")
        self.drill_button.setToolTip("Drill the questions shown, in this order (Ctrl+D)")
        self.open_button = QPushButton("Open passage", self)
        self.open_button.setAccessibleName("Open the passage of the selected question")
        self.open_button.setToolTip("Show the selected question's passage in its article (Enter)")
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Source:", self))
        filters.addWidget(self.source_filter, 2)
        filters.addWidget(QLabel("Kind:", self))
        filters.addWidget(self.kind_filter, 1)
        filters.addStretch(0)
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
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full prompt is in the tooltip
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.resizeSection(2, 220)
        header.resizeSection(3, 130)
        header.resizeSection(4, 110)
        self.empty = plain_label("Nothing to review — the questions you get wrong will appear here.", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName("No missed questions")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(caption)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)

        self.source_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.kind_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.drill_button.clicked.connect(self._on_drill_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.table.activated.connect(lambda _index: self._on_open_clicked())  # Enter or double-click
        drill = QShortcut(QKeySequence("Ctrl+D"), self)
        drill.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        drill.activated.connect(self._on_drill_clicked)
        self._filling = False

    def focus_default(self) -> None:
        (self.table if self.proxy.rowCount() else self.source_filter).setFocus()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def refresh(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        self._filling = True
        try:
            current_source = self.source_filter.currentData()
            current_kind = self.kind_filter.currentData()
            self.source_filter.clear()
            self.source_filter.addItem("All sources", None)
            for info in sources(self.ctx.db):
                self.source_filter.addItem(info.title, info.id)
            self.kind_filter.clear()
            self.kind_filter.addItem("All kinds", None)
            for kind in kinds(self.ctx.db):
                self.kind_filter.addItem(kind_label(kind), kind)
            self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(current_source)))
            self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current_kind)))
        finally:
            self._filling = False
        self._reload()

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
        self.model.set_items(items)
        filtered = self.source_filter.currentIndex() > 0 or self.kind_filter.currentIndex() > 0
        if items:
            self.body.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                "No missed questions match these filters."
                if filtered
                else "Nothing to review — the questions you get wrong will appear here."
            )
            self.body.setCurrentWidget(self.empty)
        self.drill_button.setText(f"Drill all ({len(items)})")
        self.drill_button.setEnabled(bool(items))
        self.open_button.setEnabled(bool(items))

    def visible_question_ids(self) -> list[str]:
        ids = []
        for row in range(self.proxy.rowCount()):
            source_row = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            ids.append(self.model.items[source_row].question_id)
        return ids

    def _selected(self) -> MissedItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.items[self.proxy.mapToSource(index).row()]

    def _on_drill_clicked(self) -> None:
        ids = self.visible_question_ids()
        if ids:
            self.drill_requested.emit(ids)

    def _on_open_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_question_requested.emit(item.source_id, item.question_id)

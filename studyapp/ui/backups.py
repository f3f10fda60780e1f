"""File › Backups…: the progress database's backups, newest first; back up now, or restore one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from studyapp.db import backups
from studyapp.errors import StudyappError
from studyapp.ui.dialogs import fit_title
from studyapp.ui.labels import plain_label


class BackupsDialog(QDialog):
    restore_requested = Signal(str)  # the backup's path

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Backups of your progress")
        fit_title(self, self.windowTitle())
        self.resize(560, 380)
        path = ctx.db.location.path
        self.info = plain_label(
            f"Taken on closing and every 30 minutes of use; the last {backups.KEEP_LAST} and one a day for a week "
            f"are kept in {backups.backup_folder(path)}.",
            self,
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName("Backups, newest first")
        self.backup_button = QPushButton("Back up now", self)
        self.restore_button = QPushButton("Restore…", self)
        self.restore_button.setToolTip("Put the selected backup in place of your progress (the current file is kept)")
        self.close_button = QPushButton("Close", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.close_button.clicked.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self._on_restore_clicked())
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for b in backups.list_backups(self.ctx.db.location.path):
            item = QListWidgetItem(b.label)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem("No backups yet.")
        self.restore_button.setEnabled(self.list.currentItem() is not None and self._chosen() is not None)

    def _chosen(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _on_backup_clicked(self) -> None:
        try:
            backups.make_backup(self.ctx.db)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot back up", str(exc))
            return
        self.fill()

    def _on_restore_clicked(self) -> None:
        chosen = self._chosen()
        item = self.list.currentItem()
        if chosen is None or item is None:
            return
        if self.ctx.dialogs.confirm(
            self,
            "Restore a backup",
            f"Put the backup of {item.text()} in place of your progress? Answers given since then are not in it; "
            "the current file is kept as a backup first.",
            "Restore",
        ):
            self.restore_requested.emit(chosen)
            self.accept()

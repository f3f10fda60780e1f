"""Modal dialogs behind one small object, so tests can answer them without blocking.

Screens call `ctx.dialogs.confirm(...)` etc. The app uses `QtDialogs`; tests use `ScriptedDialogs`.
All text is shown as plain text.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs(Protocol):
    def confirm(self, parent: QWidget | None, title: str, text: str, ok_label: str) -> bool: ...

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None: ...

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None: ...

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str) -> Path | None: ...


class QtDialogs:
    def confirm(self, parent: QWidget | None, title: str, text: str, ok_label: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        ok = box.addButton(ok_label, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, sentence(text), QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, sentence(text), QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        fit_title(dialog, title)
        return dialog.textValue() if dialog.exec() else None

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(path) if path else None

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(path) if path else None


def sentence(text: str) -> str:
    """A message as a sentence: "no question with id x" reads "No question with id x"."""
    return text[:1].upper() + text[1:] if text else text


def fit_title(dialog: QWidget, title: str) -> None:
    """Wide enough that a window manager shows the whole title ("Next student", "Settings for Ada")."""
    room = dialog.fontMetrics().horizontalAdvance(title) + 160  # the title bar's buttons and margins
    dialog.setMinimumWidth(max(dialog.minimumWidth(), room, 360))


class ScriptedDialogs:
    """For tests and scripts: answers come from queues; everything shown is recorded."""

    def __init__(self) -> None:
        self.confirms: deque[bool] = deque()
        self.texts: deque[str | None] = deque()
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.paths: deque[Path | None] = deque()

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_label: str) -> bool:
        self.asked.append(text)
        return self.confirms.popleft() if self.confirms else False

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.infos.append((title, text))

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(label)
        return self.texts.popleft() if self.texts else None

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        self.asked.append(title)
        return self.paths.popleft() if self.paths else None

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.asked.append(title)
        return self.paths.popleft() if self.paths else None

"""Helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Shortcuts need an active window with the focus inside the screen, as on a real desktop."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    focus = getattr(widget, "focus_default", None)
    if callable(focus):
        focus()

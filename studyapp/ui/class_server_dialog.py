"""File › Class server…: sign in to a class's PostgreSQL server with the connection string the
teacher handed out (once; it is remembered in a file only this user can read), or go back to
keeping progress on this laptop."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studyapp.db.server import ServerLocation, is_server_url
from studyapp.errors import StudyappError
from studyapp.ui.dialogs import fit_title
from studyapp.ui.labels import plain_label

INTRO = (
    "A class can keep everyone's progress on one server: the teacher sees who has answered, live, "
    "and no results file has to be carried around. Paste the connection string your teacher gave you "
    "(it starts with postgresql://). It is remembered on this computer, in a file only you can read."
)


class ClassServerDialog(QDialog):
    switch_requested = Signal(str)  # a server URL, or "" to keep progress on this laptop again

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Class server")
        fit_title(self, self.windowTitle())
        self.setMinimumWidth(640)
        intro = plain_label(INTRO, self)
        self.current = plain_label(self._current_text(), self)
        self.current.setAccessibleName("Where progress is kept now")
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://name:password@server:5432/class")
        self.url.setAccessibleName("Connection string")
        self.url.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # the password is not left on screen
        self.url.setClearButtonEnabled(True)
        self.message = plain_label("", self)
        self.message.setAccessibleName("Sign-in result")
        self.message.setVisible(False)
        self.sign_in_button = QPushButton("Sign in", self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setToolTip("Check the connection string and use the class server from now on")
        self.local_button = QPushButton("Use this laptop only", self)
        self.local_button.setToolTip("Forget the class server here; progress is kept in a file on this laptop again")
        self.local_button.setEnabled(bool(ctx.db.is_server))
        close = QPushButton("Close", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(plain_label("Connection string:", self, wrap=False))
        layout.addWidget(self.url)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.local_button.clicked.connect(self.use_this_laptop)
        close.clicked.connect(self.reject)
        self.url.setFocus()

    def _current_text(self) -> str:
        db = self.ctx.db
        if db.is_server:
            who = self.ctx.learner.name if self.ctx.learner else db.server.user
            return f"Now: the class server {db.where}, signed in as {who}."
        return f"Now: this laptop only. Progress is kept in {db.where}."

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b91c1c;" if error else "color: #15803d;")
        self.message.setVisible(True)

    def sign_in(self) -> None:
        from studyapp.db.class_login import save_url
        from studyapp.db.server import open_server_database
        from studyapp.services.learners import current_learner

        url = self.url.text().strip()
        if not is_server_url(url):
            self._say("A connection string starts with postgresql:// — ask your teacher for yours.", error=True)
            self.url.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_server_database(ServerLocation(url))
            try:
                me = current_learner(db)
            finally:
                db.close()
        except StudyappError as exc:
            message = getattr(exc, "message", str(exc))
            self._say(f"Could not sign in: {message}.", error=True)
            self.url.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        try:
            save_url(url)
        except OSError as exc:
            self._say(f"Signed in, but it could not be remembered here ({exc.strerror or exc}).", error=True)
        who = me.name if me else ServerLocation(url).user
        self._say(f"Signed in as {who}.", error=False)
        self.switch_requested.emit(url)
        self.accept()

    def use_this_laptop(self) -> None:
        from studyapp.db.class_login import forget

        forget()
        self.switch_requested.emit("")
        self.accept()

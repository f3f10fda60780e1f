"""The app's link to a class server: where quiz answers go, the outbox while the server is away,
the live feed of answers for the teacher's screens, and the status shown in the status bar."""

from __future__ import annotations

import queue
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from studyapp.db.server import ServerDatabase
from studyapp.services.clock import Clock, system_clock
from studyapp.services.live import QuizListener
from studyapp.services.outbox import Outbox, OutboxSender, QuizSubmitter
from studyapp.services.quizzes import QuizAnswerResult, QuizItemView, QuizView
from studyapp.services.views import Learner


def waiting_text(n: int) -> str:
    return f"{n} answer{'s' if n != 1 else ''} waiting"


class Classroom(QObject):
    """The listener and the sender report from their threads into a queue that the GUI thread drains
    every 50 ms (a local hand-over; the server itself is never polled): the signals below are
    emitted on the GUI thread."""

    quiz_event = Signal(object)  # a QuizEvent: an answer given, a run started or finished
    status_changed = Signal(str)

    def __init__(self, db: ServerDatabase, clock: Clock = system_clock, *, teacher: bool, outbox: Outbox | None = None):
        super().__init__()
        self.db = db
        self.teacher = teacher
        self.outbox = outbox or Outbox.for_database(db)
        self.submitter = QuizSubmitter(db, self.outbox, clock)
        self.waiting = self.outbox.answers_waiting()
        self.online = True
        self.user = db.server.user
        self._inbox: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._drain = QTimer(self)
        self._drain.setInterval(50)
        self._drain.timeout.connect(self._deliver)
        self._drain.start()
        self.outbox_sender = OutboxSender(
            db.server, self.outbox, lambda waiting, online: self._inbox.put(("sent", (waiting, online)))
        ).start()
        self.listener = (
            QuizListener(db.server, lambda event: self._inbox.put(("quiz", event))).start() if teacher else None
        )
        if self.waiting:
            self.outbox_sender.wake()

    # -- quiz answers ------------------------------------------------------------------------------
    def start(self, quiz: QuizView, learner: Learner) -> str:
        try:
            return self.submitter.start(quiz, learner)
        finally:
            self._after_write()

    def answer(
        self, run_id: str, learner: Learner, item: QuizItemView, response: str | None, duration_ms: int
    ) -> QuizAnswerResult:
        try:
            return self.submitter.answer(run_id, learner, item, response, duration_ms)
        finally:
            self._after_write()

    def finish(self, run_id: str) -> None:
        try:
            self.submitter.finish(run_id)
        finally:
            self._after_write()

    def _after_write(self) -> None:
        waiting = self.outbox.answers_waiting()
        queued = len(self.outbox) > 0
        if queued:
            self.online = False
            self.outbox_sender.wake()
        self.waiting = waiting
        self.status_changed.emit(self.status_text())

    def _deliver(self) -> None:
        while True:
            try:
                kind, value = self._inbox.get_nowait()
            except queue.Empty:
                return
            if kind == "quiz":
                self.quiz_event.emit(value)
            else:
                self._on_sender_report(*value)

    def _on_sender_report(self, waiting: int, online: bool) -> None:
        self.waiting, self.online = waiting, online
        self.status_changed.emit(self.status_text())

    # -- status ------------------------------------------------------------------------------------
    def status_text(self) -> str:
        if self.waiting or not self.online:
            return f"Offline — {waiting_text(self.waiting)}" if self.waiting else "Offline — reconnecting…"
        role = "teacher" if self.teacher else "student"
        return f"Class server · {role}"

    def close(self) -> None:
        self._drain.stop()
        self.outbox_sender.stop()
        if self.listener is not None:
            self.listener.stop()
        self.outbox.close()

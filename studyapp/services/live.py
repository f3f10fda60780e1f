"""The live classroom on a class server: who has answered, told by the server as it happens.

Every quiz answer (and every run started or finished) makes PostgreSQL send a notification on the
channel ``studyapp_quiz`` (a trigger, migration 0005). `QuizListener` listens on a connection of its
own, in a thread, and calls back within milliseconds: no polling. When the connection drops it
reconnects and says so, and the screens count again from the tables.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studyapp.db.database import Database
from studyapp.db.server import ServerLocation

CHANNEL = "studyapp_quiz"
EARLY_START_S = 15 * 60  # students who opened the quiz on their laptops before the teacher began presenting


@dataclass(frozen=True)
class QuizEvent:
    quiz_id: int | None  # None: the connection came back; anything may have changed
    run_id: str = ""
    position: int = -1  # -1: a run started or finished
    finished: bool = False
    received_at: float = 0.0


@dataclass(frozen=True)
class AnsweredCount:
    answered: int  # students who answered this question
    expected: int  # the class's students (or, without a class, those who started the quiz)

    @property
    def text(self) -> str:
        return f"{self.answered} of {self.expected} answered"


@dataclass(frozen=True)
class QuizProgress:
    started: int
    finished: int
    expected: int

    @property
    def text(self) -> str:
        answering = self.started - self.finished
        now = f" · {answering} answering now" if answering else ""
        return f"{self.finished} of {self.expected} finished{now}"


def class_size(db: Database) -> int:
    """Students with a login in this class (the teacher's own profile excluded); 0 without a class."""
    if not db.is_server:
        return 0
    from studyapp.db.class_server import TEACHER_KEY

    teacher = db.scalar("SELECT value FROM app_state WHERE key = ?", (TEACHER_KEY,))
    return int(db.scalar("SELECT count(*) FROM learners WHERE owner IS NOT NULL AND owner <> ?", (teacher or "",)) or 0)


def answered_count(db: Database, quiz_id: int, position: int, since: float) -> AnsweredCount:
    """How many students answered the question at ``position`` in runs started after ``since``."""
    start = int(since) - EARLY_START_S
    row = db.one(
        "SELECT count(DISTINCT r.learner_id), "
        "count(DISTINCT CASE WHEN a.position = ? THEN r.learner_id END) "
        "FROM quiz_runs r LEFT JOIN quiz_answers a ON a.run_id = r.id "
        "WHERE r.quiz_id = ? AND r.started_at >= ?",
        (position, quiz_id, start),
    )
    started, answered = (int(row[0]), int(row[1])) if row else (0, 0)
    return AnsweredCount(answered, max(class_size(db), started))


def quiz_progress(db: Database, quiz_id: int, since: float) -> QuizProgress:
    start = int(since) - EARLY_START_S
    row = db.one(
        "SELECT count(DISTINCT learner_id), count(DISTINCT CASE WHEN finished_at IS NOT NULL THEN learner_id END) "
        "FROM quiz_runs WHERE quiz_id = ? AND started_at >= ?",
        (quiz_id, start),
    )
    started, finished = (int(row[0]), int(row[1])) if row else (0, 0)
    return QuizProgress(started, finished, max(class_size(db), started))


class QuizListener:
    """LISTEN on the class server in a thread; ``on_event`` is called from that thread."""

    def __init__(self, location: ServerLocation, on_event: Callable[[QuizEvent], None]) -> None:
        self.location = location
        self.on_event = on_event
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()

    def start(self) -> QuizListener:
        self._thread = threading.Thread(target=self._run, name="studyapp-live", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        from studyapp.db.server import connect_raw
        from studyapp.errors import DatabaseError

        first = True
        while not self._stop.is_set():
            try:
                conn = connect_raw(self.location)
            except DatabaseError:
                self._stop.wait(1.0)
                continue
            try:
                with conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    if not first:
                        self.on_event(QuizEvent(None, received_at=time.time()))  # count again: we were away
                    first = False
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.25):
                            self.on_event(_event(note.payload))
            except psycopg.Error:
                self.connected.clear()
                self._stop.wait(0.5)


def _event(payload: str) -> QuizEvent:
    try:
        data: dict[str, Any] = json.loads(payload)
        return QuizEvent(
            int(data["quiz"]) if data.get("quiz") is not None else None,
            str(data.get("run", "")),
            int(data.get("position", -1)),
            bool(data.get("finished", False)),
            time.time(),
        )
    except (ValueError, KeyError, TypeError):
        return QuizEvent(None, received_at=time.time())

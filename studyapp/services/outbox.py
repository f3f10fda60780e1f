"""Answers kept on the laptop while the class server cannot be reached, sent when it is back.

Each quiz action (a run started, an answer, a run finished) that fails with `DatabaseUnreachable`
is written to a small SQLite file in the user's data folder (synchronous=FULL: once `put` returns,
a power cut does not lose it), in order. `flush` replays them in that order, each in one server
transaction that first checks whether it is already there (the run id is a UUID, an answer is its
run and position), and removes it from the file only after the commit. An answer is therefore
stored exactly once, even if the app dies between the server's commit and the local removal.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studyapp.db.database import Database
from studyapp.errors import DatabaseUnreachable, NotFound
from studyapp.services.clock import Clock, system_clock
from studyapp.services.quizzes import (
    QuizAnswerResult,
    QuizItemView,
    QuizView,
    answer_item,
    finish_run,
    grade_quiz_item,
    record_quiz_answer,
    start_run,
)
from studyapp.services.views import Learner

ANSWER_KINDS = ("answer",)


@dataclass(frozen=True)
class Pending:
    seq: int
    kind: str  # run | answer | finish
    payload: dict[str, Any]


def outbox_path(where: str) -> Path:
    """One file per server, database and login, in the user's data folder."""
    import platformdirs

    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    return platformdirs.user_data_path("studyapp", appauthor=False) / "outbox" / f"{digest}.sqlite3"


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "payload TEXT NOT NULL)"
        )
        self._lock = threading.RLock()

    @classmethod
    def for_database(cls, db: Database) -> Outbox:
        return cls(outbox_path(db.where))

    def put(self, kind: str, payload: dict[str, Any]) -> None:
        with self._lock:
            self._conn.execute("INSERT INTO pending (kind, payload) VALUES (?, ?)", (kind, json.dumps(payload)))

    def items(self) -> list[Pending]:
        with self._lock:
            rows = self._conn.execute("SELECT seq, kind, payload FROM pending ORDER BY seq").fetchall()
        return [Pending(int(r[0]), str(r[1]), json.loads(r[2])) for r in rows]

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM pending").fetchone()[0])

    def answers_waiting(self) -> int:
        with self._lock:
            marks = ",".join("?" * len(ANSWER_KINDS))
            return int(
                self._conn.execute(f"SELECT count(*) FROM pending WHERE kind IN ({marks})", ANSWER_KINDS).fetchone()[0]
            )

    def remove(self, seq: int) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM pending WHERE seq = ?", (seq,))

    def close(self) -> None:
        self._conn.close()

    # -- sending -----------------------------------------------------------------------------------
    def flush(self, db: Database, *, on_sent: Callable[[Pending], None] | None = None) -> int:
        """Send what waits, oldest first; stop at the first failure to reach the server (it stays
        queued). Returns how many items were sent (or found already there)."""
        sent = 0
        with self._lock:
            for item in self.items():
                _apply(db, item)  # raises DatabaseUnreachable: the rest waits for the next try
                self.remove(item.seq)
                sent += 1
                if on_sent is not None:
                    on_sent(item)
        return sent


def _apply(db: Database, item: Pending) -> None:
    from studyapp.db.models import QuizRun

    p = item.payload
    if item.kind == "run":
        with db.session() as session:
            if session.get(QuizRun, p["run_id"]) is None:
                session.add(
                    QuizRun(
                        id=p["run_id"], quiz_id=p["quiz_id"], learner_id=p["learner_id"], started_at=p["started_at"]
                    )
                )
    elif item.kind == "answer":
        if db.one("SELECT 1 FROM quiz_answers WHERE run_id = ? AND position = ?", (p["run_id"], p["position"])):
            return  # sent before; the app stopped before it could strike it off
        record_quiz_answer(
            db,
            Learner(p["learner_id"], p["learner_name"], p["desired_retention"], 20),
            p["run_id"],
            p["position"],
            p["question_id"],
            response=p["response"],
            correct=p["correct"],
            unanswered=p["unanswered"],
            verdict=p["verdict"],
            rating=p["rating"],
            duration_ms=p["duration_ms"],
            answered_at=p["answered_at"],
        )
    elif item.kind == "finish":
        with db.session() as session:
            run = session.get(QuizRun, p["run_id"])
            if run is None:
                raise NotFound(f"no quiz run {p['run_id']}")
            if run.finished_at is None:
                run.finished_at = p["finished_at"]


class DirectSubmitter:
    """The same calls straight to the database, for a SQLite file on this laptop (nothing to wait for)."""

    def __init__(self, db: Database, clock: Clock = system_clock, *, fuzz: bool = True) -> None:
        self.db = db
        self.clock = clock
        self.fuzz = fuzz

    def start(self, quiz: QuizView, learner: Learner) -> str:
        return start_run(self.db, quiz, learner, self.clock)

    def answer(
        self, run_id: str, learner: Learner, item: QuizItemView, response: str | None, duration_ms: int
    ) -> QuizAnswerResult:
        return answer_item(self.db, run_id, learner, item, response, duration_ms, clock=self.clock, fuzz=self.fuzz)

    def finish(self, run_id: str) -> None:
        finish_run(self.db, run_id, self.clock)


class OutboxSender:
    """Sends what waits in the outbox from a thread of its own, on connections of its own, every
    ``interval`` seconds while something waits: a server that does not answer never freezes the app.
    ``on_change(waiting, online)`` is called from that thread after each try."""

    def __init__(
        self,
        location: Any,
        outbox: Outbox,
        on_change: Callable[[int, bool], None],
        *,
        interval: float = 2.0,
    ) -> None:
        self.location = location
        self.outbox = outbox
        self.on_change = on_change
        self.interval = interval
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> OutboxSender:
        self._thread = threading.Thread(target=self._run, name="studyapp-outbox", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        from studyapp.errors import DatabaseError

        db: Database | None = None
        while not self._stop.is_set():
            self._wake.wait(self.interval)
            self._wake.clear()
            if self._stop.is_set() or len(self.outbox) == 0:
                continue
            online = True
            try:
                if db is None:
                    from studyapp.db.server import open_server_database

                    db = open_server_database(self.location, migrate=False)
                self.outbox.flush(db)
            except DatabaseUnreachable:
                online = False
            except DatabaseError:
                online = False
            self.on_change(self.outbox.answers_waiting(), online)
        if db is not None:
            db.close()


class QuizSubmitter:
    """Start, answer and finish a quiz run on the server, or keep them in the outbox while it is
    unreachable. Once something waits, what follows waits behind it (a run's answers keep their order)."""

    def __init__(self, db: Database, outbox: Outbox, clock: Clock = system_clock) -> None:
        self.db = db
        self.outbox = outbox
        self.clock = clock

    def _queued(self) -> bool:
        """Something waits: what follows waits behind it (`OutboxSender` sends them, in order)."""
        return len(self.outbox) > 0

    def start(self, quiz: QuizView, learner: Learner) -> str:
        import uuid

        if not self._queued():
            try:
                return start_run(self.db, quiz, learner, self.clock)
            except DatabaseUnreachable:
                pass
        run_id = uuid.uuid4().hex
        self.outbox.put(
            "run", {"run_id": run_id, "quiz_id": quiz.id, "learner_id": learner.id, "started_at": int(self.clock())}
        )
        return run_id

    def answer(
        self, run_id: str, learner: Learner, item: QuizItemView, response: str | None, duration_ms: int
    ) -> QuizAnswerResult:
        if not self._queued():
            try:
                return answer_item(self.db, run_id, learner, item, response, duration_ms, clock=self.clock)
            except DatabaseUnreachable:
                pass
        question = item.question
        grade, unanswered, rating = grade_quiz_item(item, response, duration_ms)
        self.outbox.put(
            "answer",
            {
                "run_id": run_id,
                "position": item.position,
                "question_id": question.id,
                "learner_id": learner.id,
                "learner_name": learner.name,
                "desired_retention": learner.desired_retention,
                "response": response or "",
                "correct": grade.correct,
                "unanswered": unanswered,
                "verdict": grade.verdict.value,
                "rating": rating,
                "duration_ms": max(0, int(duration_ms)),
                "answered_at": self.clock(),
            },
        )
        return QuizAnswerResult(item.position, grade.correct, unanswered, response or "")

    def finish(self, run_id: str) -> None:
        if not self._queued():
            try:
                finish_run(self.db, run_id, self.clock)
                return
            except DatabaseUnreachable:
                pass
        self.outbox.put("finish", {"run_id": run_id, "finished_at": int(self.clock())})

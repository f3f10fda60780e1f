"""Open the progress database: locate it, check it, upgrade it, and hand out connections.

Start-up needs only the standard library: the file is opened with `sqlite3`, its schema revision is
compared with `SCHEMA_REVISION`, and reads run on that connection. SQLAlchemy and its ORM are
imported on the first write (`Database.session`); Alembic only when the schema must be created or
upgraded. A file that is not ours, damaged, locked, read-only or from a newer version raises a
`DatabaseError` and is never written.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.db.schema import KNOWN_REVISIONS, SCHEMA_REVISION
from studyapp.errors import (
    DatabaseCorrupt,
    DatabaseDamaged,
    DatabaseError,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from studyapp.db.server import ServerLocation

ENV_VAR = "STUDYAPP_DB"
BUSY_TIMEOUT_MS = 10_000  # another instance holding the write lock is waited for, not reported
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseLocation:
    path: Path

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def default_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("studyapp", appauthor=False) / "studyapp.sqlite3"


def resolve_location(
    arg: str | None, environ: Mapping[str, str] | None = None, *, saved: bool = True
) -> DatabaseLocation | ServerLocation:
    """`--db` wins over `STUDYAPP_DB`, which wins over the class server this user signed in to
    (File › Class server…), which wins over the file in the user data directory.

    Accepts a file path, a SQLite URL (`sqlite:///relative.db`, `sqlite:////abs/path.db`) or a
    PostgreSQL URL (`postgresql://user:password@host/class`, `postgresql+psycopg://…`).
    """
    from studyapp.db.server import ServerLocation, is_server_url

    env = os.environ if environ is None else environ
    value = arg or env.get(ENV_VAR) or ""
    if not value and saved:
        from studyapp.db.class_login import saved_url

        value = saved_url() or ""
    if not value:
        return DatabaseLocation(default_path())
    if is_server_url(value):
        return ServerLocation(value)
    if value.startswith("sqlite:///"):
        rest = value[len("sqlite:///") :].split("?", 1)[0]
        if not rest or rest == ":memory:":
            raise DatabaseError(value, "an in-memory database would lose your progress; give a file")
        return DatabaseLocation(Path(rest).expanduser().absolute())
    if "://" in value:
        raise DatabaseError(
            value.split("://", 1)[0] + "://…",
            "give a file path, sqlite:///path or a PostgreSQL URL (postgresql://user:password@host/database)",
        )
    return DatabaseLocation(Path(value).expanduser().absolute())


def classify(exc: BaseException, where: str) -> DatabaseError:
    """Turn a driver error (sqlite3 or SQLAlchemy-wrapped) into an error the user can act on."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(where, "the database is in use by another program (locked); close it and try again")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return DatabaseReadOnly(where, f"the database cannot be written ({orig})")
    if "malformed" in text or "disk image" in text:
        return DatabaseDamaged(
            where,
            f"the database is damaged ({orig}); it was left untouched. Restore a backup (studyapp db restore, or "
            "File › Backups…) or save what can still be read into a new file (studyapp db recover).",
        )
    if "not a database" in text or "no such table" in text:
        return DatabaseCorrupt(where, f"the database is damaged or not a studyapp database ({orig})")
    if "full" in text:
        return DatabaseError(where, "the disk is full; free some space and try again")
    return DatabaseError(where, str(orig))


class Database:
    """One open progress database (a SQLite file; `ServerDatabase` is the class server's). Use
    `open_database`; close with `close()`."""

    is_server = False
    dialect = "sqlite"

    def __init__(self, location: DatabaseLocation, conn: sqlite3.Connection) -> None:
        self.location = location
        self.conn = conn
        self._engine: Engine | None = None
        self.notes: list[str] = []  # what opening did that the user should hear of (a file re-created)

    @property
    def where(self) -> str:
        return str(self.location.path)

    def change_count(self) -> int:
        """Grows with every change this connection made: a cache key for what was read before."""
        return self.conn.total_changes

    # -- reads: plain SQL on the shared connection ------------------------------------------------
    def rows(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.where) from exc

    def one(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> tuple[Any, ...] | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def named(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        """Rows read by column name (``row["prompt"]``), not by position in a long tuple."""
        try:
            cursor = self.conn.cursor()
            cursor.row_factory = sqlite3.Row
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.where) from exc

    def scalar(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    # -- writes: the ORM, on the same connection --------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy import create_engine, event
            from sqlalchemy.pool import StaticPool

            conn = self.conn
            conn.isolation_level = None  # the driver starts no transaction of its own: the engine does
            engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

            @event.listens_for(engine, "begin")
            def _begin_immediate(connection: Any) -> None:
                # One user action is one transaction that takes the write lock first, so what it reads
                # (a card's state) cannot change under it before it writes: two app instances never
                # overwrite each other's updates; the other waits (busy timeout) instead.
                connection.exec_driver_sql("BEGIN IMMEDIATE")

            self._engine = engine
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on error, and reports driver errors in words."""
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise classify(exc, self.where) from exc
        except sqlite3.Error as exc:
            raise classify(exc, self.where) from exc

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.conn.close()


def warm_up_in_background() -> threading.Thread:
    """Import the ORM and models on a helper thread while the first screen is painted."""

    def work() -> None:
        import sqlalchemy.orm  # noqa: F401

        import studyapp.db.models  # noqa: F401

    thread = threading.Thread(target=work, name="studyapp-warm-up", daemon=True)
    thread.start()
    return thread


def _check_file(path: Path) -> bool:
    """Raise if an existing file cannot be ours or cannot be written; return whether it exists."""
    where = str(path)
    if not path.exists():
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseReadOnly(where, f"cannot create the folder {parent} ({exc.strerror})") from exc
        if not os.access(parent, os.W_OK):
            raise DatabaseReadOnly(where, f"the folder {parent} is read-only")
        return False
    if path.is_dir():
        raise DatabaseCorrupt(where, "this is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseReadOnly(where, f"cannot read the file ({exc.strerror})") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseCorrupt(where, "this file is not a SQLite database; it was left untouched")
    if not os.access(path, os.W_OK):
        raise DatabaseReadOnly(where, "the database file is read-only; studyapp needs to record your answers")
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(where, f"the folder {path.parent} is read-only (SQLite needs it for its journal)")
    return bool(header)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise DatabaseLocked(str(path), "could not switch the database to WAL mode; is another program using it?")
        # WAL with synchronous=NORMAL survives a killed process; only a power cut may lose the last answers.
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        raise classify(exc, str(path)) from exc
    except DatabaseError:
        conn.close()
        raise
    return conn


APPLICATION_ID = 0x53545944  # "STYD" in the file header: this file is a studyapp database


def read_revision(conn: sqlite3.Connection, where: str) -> str | None:
    """The database's schema revision, None for a brand-new empty file."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error as exc:
        raise classify(exc, where) from exc
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseCorrupt(where, "this SQLite file belongs to another program; it was left untouched")
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None and tables == {"alembic_version"}:
        return None  # migrated all the way down: empty
    if row is None:
        raise DatabaseCorrupt(where, "the schema revision is missing; the database was left untouched")
    return str(row[0])


@dataclass(frozen=True)
class Inspection:
    revision: str | None
    half_made: bool = False  # tables of ours without a revision: a creation that was cut short
    answers: int = 0  # rows of learners, answers and quiz attempts a half-made file already holds


def inspect_file(path: Path, *, full: bool = False) -> Inspection:
    """Look at an existing file without writing to it or changing its journal mode: is it a sound
    studyapp database, and at which revision? ``full`` runs ``integrity_check`` instead of the
    quicker ``quick_check``. Raises a ``DatabaseError`` saying what is wrong and what to do."""
    where = str(path)
    _check_size(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise classify(exc, where) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise DatabaseCorrupt(where, "this SQLite file belongs to another program; it was left untouched")
        small = path.stat().st_size <= QUICK_CHECK_UP_TO
        check = (
            conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            if (full or small)
            else [("ok",)]
        )
        if [tuple(r) for r in check] != [("ok",)]:
            raise DatabaseDamaged(
                where,
                "the database is damaged; it was left untouched. Restore a backup (studyapp db restore, or "
                "File › Backups…) or save what can still be read into a new file (studyapp db recover).",
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = {"learners", "questions", "cards", "attempts", "sources"}
        unversioned = (
            "alembic_version" not in tables or conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0
        )
        if unversioned and tables & ours:
            kept = sum(
                conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("attempts", "learners", "quiz_runs")
                if t in tables
            )
            return Inspection(None, half_made=True, answers=int(kept))
        return Inspection(read_revision(conn, where))
    except sqlite3.Error as exc:
        raise classify(exc, where) from exc
    finally:
        conn.close()


# quick_check reads every page: ~5 ms for a class's few MB, ~0.7 s for 340 MB. Above this size the
# opening check is the header and file size only; `studyapp db check` does the full one.
QUICK_CHECK_UP_TO = 256 * 1024**2


def _check_size(path: Path) -> None:
    """The size the header promises must be there: a file cut short by a full disk or a bad copy."""
    where = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseReadOnly(where, f"cannot read the file ({exc.strerror})") from exc
    if len(header) < 100:
        raise DatabaseDamaged(where, "the database file is cut short; it was left untouched. Restore a backup.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change = int.from_bytes(header[24:28], "big")
    if pages and valid_for == change and size < pages * page_size:
        raise DatabaseDamaged(
            where,
            f"the database file is cut short ({size:,} of {pages * page_size:,} bytes); it was left untouched. "
            "Restore a backup (studyapp db restore, or File › Backups…) or recover what can be read "
            "(studyapp db recover).",
        )


def open_database(location: DatabaseLocation | ServerLocation, *, backup_before_upgrade: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at ``location``.

    An existing file is inspected before anything is written or its journal mode changed. Creating
    and upgrading work on a copy that replaces the file only when complete, so a crash at any
    point leaves the file as it was. A class server is opened by `open_server_database`.
    """
    if not isinstance(location, DatabaseLocation):
        from studyapp.db.server import open_server_database

        return open_server_database(location)
    path = location.path
    where = str(path)
    had_data = _check_file(path)
    revision: str | None = None
    notes: list[str] = []
    if had_data:
        found = inspect_file(path)
        if found.half_made:
            if found.answers:
                raise DatabaseCorrupt(
                    where,
                    "the schema revision is missing (an earlier start was cut short, or another program changed "
                    "the file); it holds learners or answers, so it was left untouched. Restore a backup "
                    "(studyapp db restore, or File › Backups…).",
                )
            notes.append("An earlier start was cut short while creating the database; it was created again.")
            had_data = False
        else:
            revision = found.revision
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            where,
            f"this database was written by a newer version of studyapp (schema {revision}); "
            "update studyapp to open it. The file was left untouched.",
        )
    if revision != SCHEMA_REVISION:
        if revision is not None and backup_before_upgrade:
            _backup(path, revision)
        _migrate_on_a_copy(path, had_data)
    conn = _connect(path)
    db = Database(location, conn)
    db.notes = notes
    return db


def _migrate_on_a_copy(path: Path, had_data: bool) -> None:
    """Create or upgrade the schema in ``path.upgrading`` (a consistent copy of the file), then put
    it in place with one rename. Killed at any statement, the original file is as it was."""
    where = str(path)
    work = path.with_name(path.name + ".upgrading")
    for leftover in (work, work.with_name(work.name + "-journal")):
        leftover.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(work)
        if had_data:
            source = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                source.backup(copy)  # consistent even with a write-ahead log
            finally:
                source.close()
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.execute("PRAGMA foreign_keys=ON")
        from studyapp.db.migrate import upgrade

        upgrade(Database(DatabaseLocation(work), copy))
        copy.execute(f"PRAGMA application_id={APPLICATION_ID}")
        copy.commit()
        copy.execute("PRAGMA journal_mode=WAL")
        copy.close()
        _fsync(work)
        if had_data:
            original = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                original.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing of the old log may apply to the new file
            finally:
                original.close()
            for side in ("-wal", "-shm"):
                Path(f"{path}{side}").unlink(missing_ok=True)
        os.replace(work, path)
        _fsync(path.parent)
    except sqlite3.Error as exc:
        work.unlink(missing_ok=True)
        raise classify(exc, where) from exc
    except OSError as exc:
        work.unlink(missing_ok=True)
        raise DatabaseError(where, f"cannot write the database ({exc.strerror or exc})") from exc


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _backup(path: Path, revision: str) -> Path:
    """A copy of the file as it is, before an upgrade (SQLite's online backup: consistent in use)."""
    target = path.with_name(f"{path.name}.before-{SCHEMA_REVISION}-{int(time.time())}.bak")
    source = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        with sqlite3.connect(target) as dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    shutil.copymode(path, target)
    return target

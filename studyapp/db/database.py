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
    DatabaseError,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

ENV_VAR = "STUDYAPP_DB"
BUSY_TIMEOUT_MS = 3000
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


def resolve_location(arg: str | None, environ: Mapping[str, str] | None = None) -> DatabaseLocation:
    """`--db` wins over `STUDYAPP_DB`, which wins over the user data directory.

    Accepts a file path or a SQLite URL (`sqlite:///relative.db`, `sqlite:////abs/path.db`).
    """
    env = os.environ if environ is None else environ
    value = arg or env.get(ENV_VAR) or ""
    if not value:
        return DatabaseLocation(default_path())
    if value.startswith("sqlite:///"):
        rest = value[len("sqlite:///") :].split("?", 1)[0]
        if not rest or rest == ":memory:":
            raise DatabaseError(value, "an in-memory database would lose your progress; give a file")
        return DatabaseLocation(Path(rest).expanduser().absolute())
    if "://" in value:
        raise DatabaseError(value, "only SQLite databases are supported: give a file path or sqlite:///path")
    return DatabaseLocation(Path(value).expanduser().absolute())


def classify(exc: BaseException, where: str) -> DatabaseError:
    """Turn a driver error (sqlite3 or SQLAlchemy-wrapped) into an error the user can act on."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(where, "the database is in use by another program (locked); close it and try again")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return DatabaseReadOnly(where, f"the database cannot be written ({orig})")
    if "not a database" in text or "malformed" in text or "disk image" in text or "no such table" in text:
        return DatabaseCorrupt(where, f"the database is damaged or not a studyapp database ({orig})")
    if "full" in text:
        return DatabaseError(where, "the disk is full; free some space and try again")
    return DatabaseError(where, str(orig))


class Database:
    """One open progress database. Use `open_database`; close with `close()`."""

    def __init__(self, location: DatabaseLocation, conn: sqlite3.Connection) -> None:
        self.location = location
        self.conn = conn
        self._engine: Engine | None = None

    @property
    def where(self) -> str:
        return str(self.location.path)

    # -- reads: plain SQL on the shared connection ------------------------------------------------
    def rows(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.where) from exc

    def one(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> tuple[Any, ...] | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    # -- writes: the ORM, on the same connection --------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import StaticPool

            conn = self.conn
            self._engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
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


def open_database(location: DatabaseLocation, *, backup_before_upgrade: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at `location`."""
    path = location.path
    where = str(path)
    had_data = _check_file(path)
    conn = _connect(path)
    try:
        revision = read_revision(conn, where)
        if revision != SCHEMA_REVISION:
            if revision is not None and revision not in KNOWN_REVISIONS:
                raise DatabaseTooNew(
                    where,
                    f"this database was written by a newer version of studyapp (schema {revision}); "
                    "update studyapp to open it. The file was left untouched.",
                )
            db = Database(location, conn)
            if revision is not None and had_data and backup_before_upgrade:
                _backup(conn, path, revision)
            from studyapp.db.migrate import upgrade

            upgrade(db)
            return db
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise classify(exc, where) from exc
    return Database(location, conn)


def _backup(conn: sqlite3.Connection, path: Path, revision: str) -> Path:
    target = path.with_name(f"{path.name}.before-{SCHEMA_REVISION}-{int(time.time())}.bak")
    with sqlite3.connect(target) as dest:
        conn.backup(dest)
    dest.close()
    shutil.copymode(path, target)
    return target

"""A progress database on a PostgreSQL server: a class shares one, each student sees their own rows.

`ServerDatabase` offers what `Database` offers (plain-SQL reads, ORM sessions) on a psycopg
connection. Reads run in autocommit on one connection, with JSON columns read as text so the
services parse them exactly as they do from SQLite. Writes go through SQLAlchemy's pool. Driver
errors become `DatabaseError`s in words: an unreachable server is `DatabaseUnreachable`, which
callers catch to keep answers locally (`studyapp.services.outbox`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studyapp.db.database import Database
from studyapp.db.dialect import to_pyformat
from studyapp.db.schema import KNOWN_REVISIONS, SCHEMA_REVISION
from studyapp.errors import DatabaseError, DatabaseForbidden, DatabaseTooNew, DatabaseUnreachable

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

CONNECT_TIMEOUT_S = 5
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


@dataclass(frozen=True)
class ServerLocation:
    """A PostgreSQL database named by a URL; `where` never shows the password."""

    url: str

    @property
    def sqlalchemy_url(self) -> str:
        return "postgresql+psycopg://" + self.url.split("://", 1)[1]

    @property
    def conninfo(self) -> str:
        return "postgresql://" + self.url.split("://", 1)[1]

    @property
    def where(self) -> str:
        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1@", self.sqlalchemy_url)

    @property
    def user(self) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.sqlalchemy_url).username or ""


def is_server_url(value: str) -> bool:
    return value.startswith(SERVER_SCHEMES)


def classify_server(exc: BaseException, where: str) -> DatabaseError:
    """A psycopg error (possibly wrapped by SQLAlchemy) in words the user can act on."""
    import psycopg

    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    lowered = str(orig).lower()
    if isinstance(orig, psycopg.errors.InsufficientPrivilege) or "permission denied" in lowered:
        return DatabaseForbidden(where, f"the class server refused this ({text}); only the teacher may do it")
    if "row-level security" in lowered:
        return DatabaseForbidden(where, f"the class server refused this ({text})")
    if "password authentication failed" in lowered or ("role" in lowered and "does not exist" in lowered):
        return DatabaseForbidden(
            where, "the class server refused the sign-in (wrong name or password); ask your teacher for a new one"
        )
    if isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError):  # refused, timed out, shut down
        return DatabaseUnreachable(where, f"the class server cannot be reached ({text})")
    return DatabaseError(where, text)


class NamedRow(tuple[Any, ...]):
    """A row read by position or by column name, like `sqlite3.Row`."""

    _names: dict[str, int]

    def __new__(cls, values: tuple[Any, ...], names: dict[str, int]) -> NamedRow:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


class ServerDatabase(Database):
    """One open class-server database. Use `open_server_database`."""

    is_server = True
    dialect = "postgresql"

    def __init__(self, location: ServerLocation, engine: Engine) -> None:
        self.location = location  # type: ignore[assignment]
        self.server = location
        self._pool = engine
        self._read: psycopg.Connection[Any] | None = None
        self._lock = threading.RLock()
        self._change_count = 0
        self.notes = []

    @property
    def where(self) -> str:
        return self.server.where

    def change_count(self) -> int:
        return self._change_count

    # -- reads ---------------------------------------------------------------------------------------
    def _reader(self) -> psycopg.Connection[Any]:
        if self._read is None or self._read.closed or self._read.broken:
            self._read = connect_raw(self.server)
        return self._read

    def _read_rows(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any]) -> tuple[list[Any], list[str]]:
        """Run a read; a connection the server dropped (it restarted) is replaced once, then retried."""
        import psycopg

        query, args = to_pyformat(sql, params)
        with self._lock:
            for attempt in (1, 2):
                conn = self._reader()
                try:
                    with conn.cursor() as cur:
                        cur.execute(query, args)
                        names = [d.name for d in cur.description or []]
                        return (list(cur.fetchall()) if cur.description else []), names
                except psycopg.OperationalError as exc:
                    if attempt == 1 and (conn.closed or conn.broken):
                        continue
                    raise classify_server(exc, self.where) from exc
                except psycopg.Error as exc:
                    raise classify_server(exc, self.where) from exc
        raise AssertionError("unreachable")

    def rows(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> list[tuple[Any, ...]]:
        return self._read_rows(sql, params)[0]

    def named(self, sql: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> list[Any]:
        rows, names = self._read_rows(sql, params)
        index = {name: i for i, name in enumerate(names)}
        return [NamedRow(tuple(r), index) for r in rows]

    # -- writes --------------------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        return self._pool

    @contextmanager
    def session(self) -> Iterator[Session]:
        import psycopg
        from sqlalchemy.exc import DBAPIError, OperationalError
        from sqlalchemy.orm import Session

        try:
            with Session(self._pool, expire_on_commit=False) as session, session.begin():
                yield session
        except (DBAPIError, OperationalError) as exc:
            raise classify_server(exc, self.where) from exc
        except psycopg.Error as exc:
            raise classify_server(exc, self.where) from exc
        self._change_count += 1

    def current_user(self) -> str:
        return str(self.scalar("SELECT current_user"))

    def close(self) -> None:
        if self._read is not None and not self._read.closed:
            self._read.close()
        self._pool.dispose()


def connect_raw(location: ServerLocation, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A psycopg connection whose JSON columns come back as text (as SQLite gives them)."""
    import psycopg
    from psycopg.types.string import TextLoader

    try:
        conn = psycopg.connect(
            location.conninfo, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S, application_name="studyapp"
        )
    except psycopg.Error as exc:
        raise classify_server(exc, location.where) from exc
    conn.adapters.register_loader("json", TextLoader)
    conn.adapters.register_loader("jsonb", TextLoader)
    return conn


def make_engine(location: ServerLocation) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(
        location.sqlalchemy_url,
        pool_pre_ping=True,
        pool_size=1,  # one laptop writes one answer at a time: a class of 30 holds about 60 connections
        max_overflow=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "studyapp"},
    )


def read_server_revision(db: ServerDatabase) -> str | None:
    if db.scalar("SELECT to_regclass('alembic_version')") is None:
        return None
    row = db.one("SELECT version_num FROM alembic_version")
    return None if row is None else str(row[0])


def open_server_database(location: ServerLocation, *, migrate: bool = True) -> ServerDatabase:
    """Connect, check the schema revision, and create or upgrade the schema when this user may.

    PostgreSQL runs schema changes in a transaction: an upgrade cut short leaves the schema as it was.
    A student cannot change the schema; an old one then asks for the teacher."""
    db = ServerDatabase(location, make_engine(location))
    try:
        revision = read_server_revision(db)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                db.where,
                f"the class server was set up by a newer version of studyapp (schema {revision}); update studyapp.",
            )
        if revision != SCHEMA_REVISION:
            if not migrate:
                raise DatabaseError(db.where, f"the class server's schema is {revision or 'missing'}")
            from sqlalchemy.exc import DBAPIError

            from studyapp.db.migrate import upgrade

            try:
                upgrade(db)
            except DBAPIError as exc:
                error = classify_server(exc, db.where)
                if not isinstance(error, DatabaseForbidden):
                    raise error from exc
                raise DatabaseForbidden(
                    db.where,
                    "the class server's schema is older than this version of studyapp; ask your teacher to run "
                    "`studyapp class upgrade` (or open it once in the app as the teacher)",
                ) from exc
            from studyapp.db.class_server import refresh_class_rules

            refresh_class_rules(db)
    except BaseException:
        db.close()
        raise
    return db

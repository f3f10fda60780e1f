"""Creating and upgrading the database is all or nothing: the process is killed at every SQL statement
of creation and of every upgrade, and the file then opens with its data."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from studyapp.db.database import Database, DatabaseLocation, open_database
from studyapp.db.schema import KNOWN_REVISIONS, SCHEMA_REVISION

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child")


def _killed_at(path: Path, statement: int) -> int:
    """Open ``path`` in a child killed (os._exit, no clean-up) at the given SQL statement of the schema
    work; returns the child's exit code (0: it finished before reaching that statement)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            count = [0]
            real = sqlite3.connect

            def connect(target: Any, *args: Any, **kwargs: Any) -> Any:
                conn = real(target, *args, **kwargs)
                if str(target).endswith(".upgrading"):

                    def trace(_sql: str) -> None:
                        count[0] += 1
                        if count[0] == statement:
                            os._exit(9)

                    conn.set_trace_callback(trace)
                return conn

            setattr(sqlite3, "connect", connect)  # noqa: B010 - only in this child process
            open_database(DatabaseLocation(path), backup_before_upgrade=False).close()
            os._exit(0)
        except BaseException:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _at_revision(path: Path, revision: str) -> None:
    from alembic import command

    from studyapp.db.migrate import alembic_config

    conn = sqlite3.connect(path)
    old = Database(DatabaseLocation(path), conn)
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    conn.commit()
    conn.execute(
        "INSERT INTO learners (name, created_at, desired_retention, new_per_day) VALUES ('Veteran', 0, 0.9, 20)"
    )
    conn.commit()
    old.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _kill_at_each_statement(path: Path, check: Callable[[int], None]) -> int:
    """Kill the schema work at statement 1, 2, … until it completes; ``check`` runs after each kill.
    Returns the statement at which the child finished on its own (one past the last)."""
    statement = 1
    while True:
        code = _killed_at(path, statement)
        assert code in (0, 9)
        if code == 0:
            return statement
        check(statement)
        statement += 1


def test_killed_at_every_statement_of_creation(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"

    def no_half_made_file(statement: int) -> None:
        assert not path.exists() or path.stat().st_size == 0, f"a half-made file after statement {statement}"

    assert _kill_at_each_statement(path, no_half_made_file) > 20  # the whole schema was gone through
    db = open_database(DatabaseLocation(path))
    assert db.scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
    db.close()


@pytest.mark.parametrize("revision", [r for r in KNOWN_REVISIONS if r != SCHEMA_REVISION])
def test_killed_at_every_statement_of_an_upgrade(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite3"
    _at_revision(path, revision)
    before = _digest(path)

    def unchanged(statement: int) -> None:
        assert _digest(path) == before, f"the file changed when killed at statement {statement}"

    assert _kill_at_each_statement(path, unchanged) > 3
    db = open_database(DatabaseLocation(path))
    try:
        assert db.scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
        assert db.scalar("SELECT name FROM learners") == "Veteran"
    finally:
        db.close()
    assert not path.with_name(path.name + ".upgrading").exists()

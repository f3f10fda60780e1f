"""The service layer runs on both databases: every test here runs once on a SQLite file and once on
a real PostgreSQL server (a fresh database holding the bank, as its administrator)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.db.database import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    from studyapp.db.database import DatabaseLocation, open_database

    if request.param == "sqlite":
        database = open_database(DatabaseLocation(db_path))
    else:
        database = request.getfixturevalue("pg_db")
    yield database
    if request.param == "sqlite":
        database.close()

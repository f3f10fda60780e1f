"""Shared fixtures: the real content built once per session, and small article helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from studyapp.bank.model import Bank
from studyapp.db.class_server import Login
from studyapp.pipeline.build import BuildReport, build_bank
from studyapp.pipeline.model import Source
from studyapp.pipeline.sources import load_sources
from studyapp.services.clock import ManualClock

if TYPE_CHECKING:
    from studyapp.db.database import Database
    from studyapp.db.local_postgres import LocalPostgres
    from studyapp.services.views import Learner

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SOURCES_DIR = CONTENT / "sources"
CURATION = CONTENT / "curation.toml"


def curation_path() -> Path | None:
    return CURATION if CURATION.exists() else None


@pytest.fixture(scope="session")
def real_build() -> tuple[Bank, BuildReport]:
    return build_bank(SOURCES_DIR, curation_path())


@pytest.fixture(scope="session")
def real_bank(real_build: tuple[Bank, BuildReport]) -> Bank:
    return real_build[0]


@pytest.fixture(scope="session")
def bank_size() -> int:
    """How many questions the checked-in bank holds (the tests never hard-code it)."""
    from studyapp.bank.model import load_bank

    return len(load_bank(CONTENT / "bank.json").questions)


@pytest.fixture(scope="session")
def real_sources() -> list[Source]:
    return load_sources(SOURCES_DIR)


@pytest.fixture
def make_sources(tmp_path: Path) -> Callable[..., Path]:
    """Write ``{name: text-or-bytes}`` files into a fresh sources directory and return it."""

    def make(files: dict[str, str | bytes]) -> Path:
        d = tmp_path / "sources"
        d.mkdir(exist_ok=True)
        for name, content in files.items():
            p = d / name
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return d

    return make


# -- progress database ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database holding the checked-in bank, copied for each test (built once per run)."""
    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.bank_sync import sync_bank_file

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(DatabaseLocation(path))
    sync_bank_file(db, CONTENT / "bank.json")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "progress.sqlite3"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    from studyapp.db.database import DatabaseLocation, open_database

    database = open_database(DatabaseLocation(db_path))
    yield database
    database.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def learner(db: Database, clock: ManualClock) -> Learner:
    from studyapp.services.learners import create_learner

    return create_learner(db, "Ada", clock)


@pytest.fixture(scope="session")
def bank_file() -> Path:
    """The checked-in question bank."""
    return CONTENT / "bank.json"


@pytest.fixture(autouse=True)
def _own_config_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A class-server sign-in saved by one test (or by the person running the tests) reaches no other."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))  # outboxes, default database


# -- a real PostgreSQL server (class server) -----------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[LocalPostgres]:
    """One PostgreSQL server for the whole run, in a temporary folder, on loopback only: Debian's
    binaries where they are installed, else those of the `pgserver` package (a test dependency)."""
    from studyapp.db.local_postgres import LocalPostgres

    server = LocalPostgres().start()
    yield server
    server.remove()


@pytest.fixture(scope="session")
def pg_template(pg_server: LocalPostgres) -> str:
    """A migrated database holding the checked-in bank; each test gets a copy (CREATE DATABASE … TEMPLATE)."""
    from studyapp.db.database import open_database
    from studyapp.db.server import ServerLocation
    from studyapp.services.bank_sync import sync_bank_file

    url = pg_server.create_database("studyapp_template")
    db = open_database(ServerLocation(url))
    sync_bank_file(db, CONTENT / "bank.json")
    db.close()
    return "studyapp_template"


@pytest.fixture
def pg_url(pg_server: LocalPostgres, pg_template: str) -> Iterator[str]:
    """The administrator's URL of a fresh database holding the bank, dropped after the test."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name, template=pg_template)
    yield url
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    from studyapp.db.database import open_database
    from studyapp.db.server import ServerLocation

    database = open_database(ServerLocation(pg_url))
    yield database
    database.close()


@dataclass
class Klass:
    """A class on the test server: the administrator's URL and the logins of a teacher and two students."""

    admin: str
    teacher: Login
    anna: Login
    ben: Login


@pytest.fixture
def klass(pg_url: str) -> Klass:
    from studyapp.db.class_server import add_student, init_class

    teacher = init_class(pg_url, "Ms Tanaka")
    return Klass(pg_url, teacher, add_student(teacher.url, "Anna Lee"), add_student(teacher.url, "Ben"))

"""Opening the progress database: locations, creation, upgrades, and files we must not touch."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.bank.model import Bank, load_bank
from studyapp.db.database import DatabaseLocation, default_path, open_database, read_revision, resolve_location
from studyapp.db.schema import KNOWN_REVISIONS, SCHEMA_REVISION
from studyapp.db.server import ServerLocation
from studyapp.errors import DatabaseCorrupt, DatabaseError, DatabaseLocked, DatabaseReadOnly, DatabaseTooNew


def test_location_prefers_flag_then_environment_then_class_sign_in_then_user_folder(tmp_path: Path) -> None:
    from studyapp.db.class_login import forget, save_url, saved_path

    flag, env = tmp_path / "flag.db", tmp_path / "env.db"
    assert resolve_location(str(flag), {"STUDYAPP_DB": str(env)}) == DatabaseLocation(flag)
    assert resolve_location(None, {"STUDYAPP_DB": str(env)}) == DatabaseLocation(env)
    assert resolve_location(None, {}) == DatabaseLocation(default_path())
    assert resolve_location(f"sqlite:///{flag}", {}) == DatabaseLocation(flag)
    server = "postgresql://anna:secret@school.example/history"
    assert resolve_location(server, {}) == ServerLocation(server)
    save_url(server)
    assert saved_path().stat().st_mode & 0o777 == 0o600  # the password is readable by this user only
    assert resolve_location(None, {}) == ServerLocation(server)
    assert resolve_location(None, {"STUDYAPP_DB": str(env)}) == DatabaseLocation(env)
    assert ServerLocation(server).where == "postgresql+psycopg://anna@school.example/history"  # no password
    forget()
    assert resolve_location(None, {}) == DatabaseLocation(default_path())


def test_location_rejects_urls_we_cannot_store_progress_in() -> None:
    with pytest.raises(DatabaseError, match="PostgreSQL URL"):
        resolve_location("mysql://localhost/x", {})
    with pytest.raises(DatabaseError, match="in-memory"):
        resolve_location("sqlite:///:memory:", {})


def test_new_database_is_created_at_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "progress.sqlite3"
    db = open_database(DatabaseLocation(path))
    try:
        assert db.scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA foreign_keys") == 1
    finally:
        db.close()


def test_schema_constant_matches_the_migration_scripts() -> None:
    from studyapp.db.migrate import head_revision

    assert head_revision() == SCHEMA_REVISION
    assert KNOWN_REVISIONS[-1] == SCHEMA_REVISION


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from studyapp.db.models import Base

    db = open_database(DatabaseLocation(tmp_path / "m.sqlite3"))
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_opening_a_current_database_does_not_import_alembic_or_the_orm(db_path: Path, bank_size: int) -> None:
    code = (
        "import sys\n"
        "from studyapp.db.database import DatabaseLocation, open_database\n"
        f"db = open_database(DatabaseLocation(__import__('pathlib').Path({str(db_path)!r})))\n"
        "print(db.scalar('SELECT count(*) FROM questions'))\n"
        "print('alembic' in sys.modules, 'sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(bank_size), "False", "False"]


def _downgrade_to_base(db_path: Path) -> None:
    from alembic import command

    from studyapp.db.migrate import alembic_config

    db = open_database(DatabaseLocation(db_path))
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    db.conn.commit()
    db.close()


def test_migrations_run_down_and_up_again(db_path: Path) -> None:
    _downgrade_to_base(db_path)
    conn = sqlite3.connect(db_path)
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")} == {"alembic_version"}
    conn.close()
    db = open_database(DatabaseLocation(db_path))
    assert db.scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
    assert db.scalar("SELECT count(*) FROM questions") == 0
    db.close()


def test_a_file_without_a_revision_is_made_again_when_empty_and_refused_untouched_when_not(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM alembic_version")  # a creation cut short, by an older version
    conn.commit()
    conn.close()
    db = open_database(DatabaseLocation(db_path))  # nothing of a learner's in it: made again, and said so
    assert db.notes and "created again" in db.notes[0]
    assert db.scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
    db.conn.execute(
        "INSERT INTO learners (name, created_at, desired_retention, new_per_day) VALUES ('Ann', 0, 0.9, 20)"
    )
    db.conn.execute("DELETE FROM alembic_version")
    db.conn.commit()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseCorrupt, match="revision is missing"):
        open_database(DatabaseLocation(db_path))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(DatabaseLocation(db_path))
    assert db_path.read_bytes() == before


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="not a SQLite database"):
        open_database(DatabaseLocation(path))
    assert path.read_bytes() == before


def test_damaged_database_is_refused(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    for extra in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        extra.unlink(missing_ok=True)
    with pytest.raises(DatabaseCorrupt):
        open_database(DatabaseLocation(db_path))


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorrupt, match="another program"):
        open_database(DatabaseLocation(path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_database_is_refused(db_path: Path) -> None:
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnly):
            open_database(DatabaseLocation(db_path))
    finally:
        db_path.chmod(0o644)


def test_read_only_check_uses_access_rights(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access

    def fake_access(path: object, mode: int) -> bool:
        if Path(str(path)) == db_path and mode == os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", fake_access)
    with pytest.raises(DatabaseReadOnly, match="read-only"):
        open_database(DatabaseLocation(db_path))


def test_locked_database_gives_a_clear_error(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import studyapp.db.database as database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    db = open_database(DatabaseLocation(db_path))
    other = sqlite3.connect(db_path, timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")
    try:
        from studyapp.services.learners import create_learner

        db.conn.execute("PRAGMA busy_timeout=50")
        with pytest.raises(DatabaseLocked, match="in use by another program"):
            create_learner(db, "Blocked")
    finally:
        other.rollback()
        other.close()
    # the lock is gone: the same action now works, nothing was lost
    from studyapp.services.learners import create_learner, list_learners

    create_learner(db, "Unblocked")
    assert [learner.name for learner in list_learners(db)] == ["Unblocked"]
    db.close()


def test_revision_of_an_empty_file_is_none(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "empty.db")
    assert read_revision(conn, "empty.db") is None
    conn.close()


def seed_old_questions(conn: sqlite3.Connection, bank: Bank) -> None:
    """The bank's sources, passages and questions in the columns of the first schema."""
    conn.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        [
            (s.id, s.title, s.author, s.publisher, s.date, s.url, s.language, s.text, i)
            for i, s in enumerate(bank.sources)
        ],
    )
    conn.executemany(
        'INSERT INTO passages (id, source_id, "index", start, "end", role, retired) VALUES (?, ?, ?, ?, ?, ?, 0)',
        [(p.id, s.id, p.index, p.start, p.end, p.role) for s in bank.sources for p in s.passages],
    )
    conn.executemany(
        "INSERT INTO questions (id, fact_id, kind, format, prompt, answer, accepted, choices, source_id, passage_id,"
        " quote, quote_start, quote_end, answer_start, answer_end, disagreements, position, retired)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        [
            (
                q.id,
                q.fact_id,
                q.kind,
                q.format,
                q.prompt,
                q.answer,
                json.dumps(q.accepted),
                json.dumps(q.choices),
                q.source.source_id,
                q.source.passage_id,
                q.source.quote,
                q.source.start,
                q.source.end,
                q.source.answer_start,
                q.source.answer_end,
                json.dumps(q.disagreements),
                i,
            )
            for i, q in enumerate(bank.questions)
        ],
    )
    conn.commit()


def test_an_older_database_is_backed_up_and_upgraded_keeping_progress(tmp_path: Path, bank_file: Path) -> None:
    from alembic import command

    from studyapp.db.database import Database
    from studyapp.db.migrate import alembic_config
    from studyapp.services.bank_sync import sync_bank_file
    from studyapp.services.learners import list_learners

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    old = Database(DatabaseLocation(path), conn)
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, KNOWN_REVISIONS[0])
    conn.commit()
    bank = load_bank(bank_file)
    seed_old_questions(conn, bank)  # written as a 0001 app wrote them: no later columns
    conn.execute(  # as a 0001 app wrote it: no later columns
        "INSERT INTO learners (name, created_at, desired_retention, new_per_day) VALUES ('Veteran', 0, 0.9, 20)"
    )
    conn.commit()
    old.close()
    assert KNOWN_REVISIONS[0] != SCHEMA_REVISION

    db = open_database(DatabaseLocation(path))
    try:
        assert db.scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
        assert [learner.name for learner in list_learners(db)] == ["Veteran"]
        assert db.scalar("SELECT count(*) FROM questions") == len(bank.questions)
        assert db.scalar("SELECT count(*) FROM questions WHERE also = '[]'") == len(bank.questions)
        assert db.scalar("SELECT count(*) FROM questions WHERE notes = '[]'") == len(bank.questions)
        sync_bank_file(db, bank_file)  # the current app fills the new columns
        assert db.scalar("SELECT count(*) FROM questions WHERE also != '[]'") > 0
        assert db.scalar("SELECT count(*) FROM questions WHERE notes != '[]'") > 0
    finally:
        db.close()
    backups = list(tmp_path.glob("old.sqlite3.before-*.bak"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (KNOWN_REVISIONS[0],)
    backup.close()


def test_a_bank_read_under_an_older_schema_is_read_again(tmp_path: Path, bank_file: Path) -> None:
    """The signature of the bank file names the schema it was read into: after an upgrade that adds
    columns (notes), the unchanged bank file is read again to fill them."""
    import json

    from studyapp.services.bank_sync import SIGNATURE_KEY, bank_is_current, bank_signature, sync_bank_file

    db = open_database(DatabaseLocation(tmp_path / "s.sqlite3"))
    try:
        sync_bank_file(db, bank_file)
        assert bank_is_current(db, bank_file)
        older = json.loads(bank_signature(bank_file))
        older["schema"] = KNOWN_REVISIONS[-2]
        db.conn.execute("UPDATE app_state SET value = ? WHERE key = ?", (json.dumps(older), SIGNATURE_KEY))
        db.conn.commit()
        assert not bank_is_current(db, bank_file)
    finally:
        db.close()

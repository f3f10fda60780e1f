"""A damaged database is refused untouched; backups are taken, rotated, restored; what can still be
read from a damaged file is recovered into a new one."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.db import backups
from studyapp.db.database import DatabaseLocation, open_database
from studyapp.errors import DatabaseCorrupt
from studyapp.services.clock import ManualClock
from studyapp.services.learners import create_learner
from studyapp.services.progress import record_answer


def _with_answers(path: Path, bank_file: Path, answers: int) -> None:
    from studyapp.services.bank_sync import sync_bank_file

    db = open_database(DatabaseLocation(path))
    sync_bank_file(db, bank_file)
    clock = ManualClock()
    learner = create_learner(db, "Ann", clock)
    ids = [str(r[0]) for r in db.rows("SELECT id FROM questions")]
    for i in range(answers):
        clock.advance(3600)
        record_answer(
            db, learner, ids[i % len(ids)], response=f"answer {i}", correct=i % 3 != 0, verdict="exact",
            rating=3, duration_ms=4000, mode="study", now=clock(),
        )  # fmt: skip
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damaged_per_sqlite(path: Path) -> bool:
    scratch = path.with_name("scratch-" + path.name)
    shutil.copyfile(path, scratch)
    try:
        conn = sqlite3.connect(scratch)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True
    finally:
        scratch.unlink(missing_ok=True)


def test_damaged_pages_are_refused_untouched_and_a_backup_or_the_readable_rows_come_back(
    tmp_path: Path, bank_file: Path
) -> None:
    good = tmp_path / "progress.sqlite3"
    _with_answers(good, bank_file, 400)
    assert main(["db", "backup", "--db", str(good)]) == 0
    (backup,) = backups.list_backups(good)
    page_size = int.from_bytes(good.read_bytes()[16:18], "big")
    pages = good.stat().st_size // page_size
    rng = random.Random(7)
    refused = 0
    for page in range(2, pages + 1):
        victim = tmp_path / f"damaged-{page}.sqlite3"
        data = bytearray(good.read_bytes())
        start = (page - 1) * page_size
        data[start : start + 16] = bytes(rng.randrange(256) for _ in range(16))  # the page's b-tree header
        victim.write_bytes(bytes(data))
        if not _damaged_per_sqlite(victim):
            continue
        before = _sha(victim)
        with pytest.raises(DatabaseCorrupt, match="damaged"):
            open_database(DatabaseLocation(victim))
        assert _sha(victim) == before  # refused untouched: not written, not switched to another journal mode
        assert not Path(f"{victim}-wal").exists()
        assert main(["db", "check", "--db", str(victim)]) == 1
        refused += 1
    assert refused >= pages // 2
    # the last damaged file: its readable rows are saved into a new one...
    damaged = victim
    out = tmp_path / "recovered.sqlite3"
    assert main(["db", "recover", str(out), "--db", str(damaged)]) == 0
    recovered = open_database(DatabaseLocation(out))
    try:
        saved = recovered.scalar("SELECT count(*) FROM attempts")
        assert 0 < saved <= 400 and recovered.scalar("SELECT name FROM learners") == "Ann"
    finally:
        recovered.close()
    # ...or the backup is put in its place
    shutil.copyfile(damaged, good)
    assert main(["db", "restore", "latest", "--db", str(good)]) == 0
    restored = open_database(DatabaseLocation(good))
    try:
        assert restored.scalar("SELECT count(*) FROM attempts") == 400
    finally:
        restored.close()
    assert backup.path.exists()


def test_a_file_cut_short_is_refused_untouched(tmp_path: Path, bank_file: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    _with_answers(path, bank_file, 50)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a full disk, or a copy that stopped half way
    before = _sha(path)
    with pytest.raises(DatabaseCorrupt, match="cut short"):
        open_database(DatabaseLocation(path))
    assert _sha(path) == before


def test_backups_rotate_the_last_ten_and_one_a_day_for_a_week(tmp_path: Path, bank_file: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    _with_answers(path, bank_file, 5)
    start = dt.datetime(2026, 11, 1, 9, 0)
    taken = [start + dt.timedelta(days=day, hours=hour) for day in range(10) for hour in range(4)]
    for when in taken:
        backups.make_backup(path, now=when)
    kept = backups.list_backups(path)
    newest = kept[0].taken_at
    assert newest == max(taken)
    assert set(sorted(taken)[-10:]) <= {b.taken_at for b in kept}  # the last ten
    days = {b.taken_at.date() for b in kept}
    assert days == {(newest - dt.timedelta(days=d)).date() for d in range(7)}  # and a day each for a week
    assert all(oct(b.path.stat().st_mode)[-3:] == "600" for b in kept)
    assert not backups.due_for_backup(path, newest + dt.timedelta(minutes=29))
    assert backups.due_for_backup(path, newest + dt.timedelta(minutes=31))

"""Backups of the progress database, as Anki keeps them: taken with SQLite's online backup API
(consistent while the app is writing), kept in a ``backups`` folder beside the database, rotated
(the last ten, and one a day for the past week), restorable; and recovery of what can still be
read from a damaged file into a new one.

Qt-free: the CLI (``studyapp db check|backup|restore|recover``) and the GUI (File › Backups…) call
these.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studyapp.db.database import BUSY_TIMEOUT_MS, Database, DatabaseLocation, inspect_file, open_database
from studyapp.errors import DatabaseCorrupt, DatabaseError

KEEP_LAST = 10
KEEP_DAILY_DAYS = 7
EVERY_SECONDS = 30 * 60  # at most one automatic backup per half hour of use
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")
# the tables that hold what a learner did, in an order that keeps foreign keys satisfied
RECOVER_ORDER = (
    "sources", "passages", "questions", "learners", "cards", "attempts", "quizzes", "quiz_items", "quiz_runs",
    "quiz_answers", "app_state",
)  # fmt: skip


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    size: int

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S} · {self.size / 1024:,.0f} KB"


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Backup]:
    """This database's backups, newest first."""
    folder = backup_folder(db_path)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m or m.group("stem") != db_path.stem or not path.is_file():
            continue
        taken = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
        found.append(Backup(path, taken, path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def make_backup(source: Database | Path, *, now: dt.datetime | None = None, rotate: bool = True) -> Path:
    """Copy the database (open or not) into its backups folder; returns the copy's path."""
    db_path = source.location.path if isinstance(source, Database) else source
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    conn = source.conn if isinstance(source, Database) else sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _copy(conn, partial, "DELETE")
        os.replace(partial, target)  # a backup is whole or not there
        os.chmod(target, 0o600)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(str(db_path), f"the backup could not be written ({exc})") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(str(db_path), f"the backup could not be written ({exc.strerror or exc})") from exc
    finally:
        if not isinstance(source, Database):
            conn.close()
    if rotate:
        rotate_backups(db_path)
    return target


def _copy(source: sqlite3.Connection, target: Path, journal_mode: str) -> None:
    """SQLite's online backup of ``source`` into a new file (consistent while others write)."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute(f"PRAGMA journal_mode={journal_mode}")
    finally:
        dest.close()


def rotate_backups(db_path: Path) -> list[Path]:
    """Keep the last ``KEEP_LAST`` and the newest of each of the last ``KEEP_DAILY_DAYS`` days; returns
    what was deleted."""
    backups = list_backups(db_path)
    keep = {b.path for b in backups[:KEEP_LAST]}
    days: set[dt.date] = set()
    if backups:
        newest = backups[0].taken_at.date()
        for b in backups:
            day = b.taken_at.date()
            if (newest - day).days < KEEP_DAILY_DAYS and day not in days:
                days.add(day)
                keep.add(b.path)
    deleted = [b.path for b in backups if b.path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def due_for_backup(db_path: Path, now: dt.datetime | None = None) -> bool:
    latest = list_backups(db_path)
    return not latest or ((now or dt.datetime.now()) - latest[0].taken_at).total_seconds() >= EVERY_SECONDS


def restore_backup(db_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database (which must not be open). The file replaced is kept as
    a backup first when it can still be read. Returns that safety copy, if one was made."""
    inspect_file(backup, full=True)  # never restore a damaged backup
    safety: Path | None = None
    if db_path.exists():
        try:
            inspect_file(db_path)
            safety = make_backup(db_path, rotate=False)
        except DatabaseError:
            safety = None  # the current file is damaged: nothing worth keeping as a backup
    work = db_path.with_name(db_path.name + ".restoring")
    source = sqlite3.connect(backup)
    try:
        _copy(source, work, "WAL")
    finally:
        source.close()
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    os.replace(work, db_path)
    return safety


@dataclass(frozen=True)
class Recovery:
    path: Path
    rows: dict[str, int]  # table -> rows saved
    lost: dict[str, int]  # table -> rows that could not be read (when known)


def recover(damaged: Path, target: Path) -> Recovery:
    """Save what can still be read from a damaged database into a new one at ``target`` (which must not
    exist): table by table, row by row where a whole table cannot be read."""
    if target.exists():
        raise DatabaseError(str(target), "the file to recover into already exists; choose a new name")
    fresh = open_database(DatabaseLocation(target))
    fresh.close()
    out = sqlite3.connect(target)
    out.execute("PRAGMA foreign_keys=OFF")
    try:
        src = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(str(damaged), f"nothing can be read from this file ({exc})") from exc
    rows: dict[str, int] = {}
    lost: dict[str, int] = {}
    try:
        columns_of = {t: [r[1] for r in out.execute(f'PRAGMA table_info("{t}")')] for t in RECOVER_ORDER}
        for table in RECOVER_ORDER:
            wanted = columns_of.get(table) or []
            if not wanted:
                continue
            try:
                have = {r[1] for r in src.execute(f'PRAGMA table_info("{table}")')}
            except sqlite3.Error:
                continue
            cols = [c for c in wanted if c in have]
            if not cols:
                continue
            names = ", ".join(f'"{c}"' for c in cols)
            insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})'
            saved = missing = 0
            try:
                for row in src.execute(f'SELECT {names} FROM "{table}"'):
                    out.execute(insert, row)
                    saved += 1
            except sqlite3.Error:
                if table == "cards":  # no rowid: look each card up by its key
                    saved, missing = _cards_by_key(src, out, names, insert)
                else:
                    saved, missing = _row_by_row(src, out, table, names, insert)
            rows[table], lost[table] = saved, missing
        out.commit()
    finally:
        src.close()
        out.close()
    return Recovery(target, rows, lost)


def _one_at_a_time(
    src: sqlite3.Connection, out: sqlite3.Connection, select: str, keys: Iterable[tuple[object, ...]], insert: str
) -> tuple[int, int]:
    """Read rows one key at a time, skipping what cannot be read: (saved, unreadable)."""
    saved = missing = 0
    for key in keys:
        try:
            row = src.execute(select, key).fetchone()
        except sqlite3.Error:
            missing += 1
            continue
        if row is not None:
            out.execute(insert, row)
            saved += 1
    return saved, missing


def _row_by_row(
    src: sqlite3.Connection, out: sqlite3.Connection, table: str, names: str, insert: str
) -> tuple[int, int]:
    """A table with rowids, one rowid at a time."""
    try:
        low, high = src.execute(f'SELECT min(rowid), max(rowid) FROM "{table}"').fetchone()
    except sqlite3.Error:
        return 0, 0
    if low is None:
        return 0, 0
    select = f'SELECT {names} FROM "{table}" WHERE rowid = ?'
    return _one_at_a_time(src, out, select, ((r,) for r in range(int(low), int(high) + 1)), insert)


def _cards_by_key(src: sqlite3.Connection, out: sqlite3.Connection, names: str, insert: str) -> tuple[int, int]:
    """Cards have no rowid: each learner's card of each question recovered so far."""
    learners = [r[0] for r in out.execute("SELECT id FROM learners")]
    questions = [r[0] for r in out.execute("SELECT id FROM questions")]
    select = f"SELECT {names} FROM cards WHERE learner_id = ? AND question_id = ?"
    return _one_at_a_time(src, out, select, ((lr, q) for lr in learners for q in questions), insert)

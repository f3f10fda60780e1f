"""The GUI entry point: bad databases and bank files give clear messages and touch nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from studyapp.ui.app import run
from studyapp.ui.dialogs import ScriptedDialogs


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(qtbot: QtBot, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n" * 50)
    dialogs = ScriptedDialogs()
    code = run(str(notes), settings=_settings(tmp_path), dialogs=dialogs, quit_when_ready=True)
    assert code == 2
    title, text = dialogs.errors[0]
    assert "Cannot open your progress" in title
    assert "not a SQLite database" in text and str(notes) in text
    assert notes.read_text() == "my notes\n" * 50


def test_a_malformed_bank_is_reported_and_the_app_keeps_the_questions_it_had(
    qtbot: QtBot, tmp_path: Path, db_path: Path
) -> None:
    bad = tmp_path / "bank.json"
    bad.write_text('{"sources": [], "questions": [ {"id": 1 ')
    dialogs = ScriptedDialogs()
    code = run(str(db_path), bad, settings=_settings(tmp_path), dialogs=dialogs, quit_when_ready=True)
    assert code == 0
    title, text = dialogs.errors[0]
    assert "could not be loaded" in title and str(bad) in text
    assert "continues with the questions loaded before" in text


def test_the_app_starts_and_syncs_the_bank_into_a_new_database(
    qtbot: QtBot, tmp_path: Path, bank_file: Path, bank_size: int
) -> None:
    import sqlite3

    path = tmp_path / "new.sqlite3"
    dialogs = ScriptedDialogs()
    assert run(str(path), bank_file, settings=_settings(tmp_path), dialogs=dialogs, quit_when_ready=True) == 0
    assert dialogs.errors == []
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM questions").fetchone() == (bank_size,)
    conn.close()


def test_qt_is_imported_only_by_the_gui_package() -> None:
    root = Path(__file__).resolve().parents[2] / "studyapp"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8") and path.relative_to(root).parts[0] != "ui"
    ]
    assert offenders == []


def test_starting_on_a_current_database_does_not_import_alembic(tmp_path: Path, db_path: Path, bank_file: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from studyapp.ui.app import run\n"
        "from studyapp.ui.dialogs import ScriptedDialogs\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"code = run({str(db_path)!r}, Path({str(bank_file)!r}), study=True, settings=settings,\n"
        "          dialogs=ScriptedDialogs(), quit_when_ready=True)\n"
        "print(code, 'alembic' in sys.modules)\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["0", "False"]


def test_a_bug_in_a_slot_is_logged_and_shown_not_silent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    import studyapp.ui.app as app_module

    dialogs = ScriptedDialogs()
    import studyapp.crashlog as crashlog

    monkeypatch.setattr(crashlog, "crash_log_path", lambda: tmp_path / "logs" / "crash.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_crash_handler(dialogs)
    try:
        raise ValueError("boom")
    except ValueError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        sys.excepthook(kind, value, tb)
    assert dialogs.errors and "ValueError: boom" in dialogs.errors[0][1]
    log = tmp_path / "logs" / "crash.log"
    assert "ValueError: boom" in log.read_text(encoding="utf-8")
    assert oct(log.stat().st_mode)[-3:] == "600"  # this user's only
    assert str(log) in dialogs.errors[0][1]


def test_the_crash_log_is_per_user() -> None:
    import tempfile

    from studyapp.crashlog import crash_log_path

    path = crash_log_path()
    assert not str(path).startswith(tempfile.gettempdir()) and "studyapp" in str(path)


def test_a_damaged_database_at_start_offers_its_latest_backup(tmp_path: Path, db_path: Path) -> None:
    import shutil

    from studyapp.db import backups
    from studyapp.ui.app import run

    backups.make_backup(db_path)
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 + 16] = b"\xff" * 16  # a page's b-tree header
    db_path.write_bytes(bytes(data))
    kept = tmp_path / "kept.sqlite3"
    shutil.copyfile(db_path, kept)
    refused = ScriptedDialogs()
    refused.confirms.append(False)
    assert run(str(db_path), quit_when_ready=True, dialogs=refused, settings=_settings(tmp_path)) == 2
    assert refused.errors and "damaged" in refused.errors[-1][1] and "db recover" in refused.errors[-1][1]
    assert db_path.read_bytes() == kept.read_bytes()  # declined: untouched
    accepted = ScriptedDialogs()
    accepted.confirms.append(True)
    assert run(str(db_path), quit_when_ready=True, dialogs=accepted, settings=_settings(tmp_path)) == 0
    assert not accepted.errors
    assert db_path.with_name(db_path.name + ".damaged").exists()  # the damaged file is kept for recovery

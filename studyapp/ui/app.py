"""The GUI entry point: open the database, bring the bank up to date, show the main window.

Start-up is kept lean: the database is opened with `sqlite3`, the first screen is built, and the
ORM is imported on a helper thread after the window is shown (see `studyapp.db.database`).
"""

from __future__ import annotations

import shutil
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from studyapp.crashlog import write_crash_log
from studyapp.errors import ContentError, DatabaseDamaged, DatabaseError
from studyapp.ui.dialogs import Dialogs, QtDialogs

DEFAULT_BANK = Path(__file__).resolve().parents[2] / "content" / "bank.json"


def install_crash_handler(dialogs: Dialogs) -> None:
    """A bug in a slot must not pass silently: log the traceback, say so, and keep the app running."""

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        written = write_crash_log(text)
        sys.stderr.write(text)
        where = f" Details were written to {written}." if written else ""
        dialogs.show_error(
            None,
            "Something went wrong",
            f"studyapp hit an unexpected error ({kind.__name__}: {value}). This is a bug; your answers so far "
            f"are saved.{where}",
        )

    sys.excepthook = handle


def default_bank() -> Path:
    return DEFAULT_BANK


def run(
    db: str | None = None,
    bank: Path | None = None,
    *,
    study: bool = False,
    theme: str | None = None,
    settings: QSettings | None = None,
    dialogs: Dialogs | None = None,
    quit_when_ready: bool = False,
) -> int:
    """Run the app until its window closes; returns the process exit code."""
    from studyapp.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("studyapp")
    app.setOrganizationName("studyapp")
    app.setApplicationDisplayName("studyapp")
    settings = settings or QSettings()
    apply_theme(app, theme or str(settings.value("theme", "system")))
    dialogs = dialogs or QtDialogs()
    previous_hook = sys.excepthook
    install_crash_handler(dialogs)
    try:
        return _run(db, bank, app, settings, dialogs, study=study, quit_when_ready=quit_when_ready)
    finally:
        sys.excepthook = previous_hook


def _location(db: str | None, dialogs: Dialogs) -> Any:
    """Where the database is, or None (said in a dialog) when ``db`` cannot be one."""
    from studyapp.db.database import resolve_location

    try:
        return resolve_location(db)
    except DatabaseError as exc:
        dialogs.show_error(None, "Cannot open your progress", f"{exc.message}\n\nDatabase: {exc.location}")
        return None


def _offer_latest_backup(path: Path, exc: DatabaseError, dialogs: Dialogs) -> Any:
    """A damaged database: offer its latest backup (the damaged file is kept aside), else say what to do."""
    from studyapp.db import backups
    from studyapp.db.database import DatabaseLocation, open_database

    found = backups.list_backups(path)
    if found and dialogs.confirm(
        None,
        "Your progress file is damaged",
        f"{exc.message}\n\nDatabase: {exc.location}\n\nRestore the latest backup, from "
        f"{found[0].taken_at:%Y-%m-%d %H:%M}? Answers given after it are not in it.",
        "Restore the backup",
    ):
        try:
            damaged = path.with_name(f"{path.name}.damaged")
            shutil.copyfile(path, damaged)  # kept for `studyapp db recover`
            backups.restore_backup(path, found[0].path)
            return open_database(DatabaseLocation(path))
        except (DatabaseError, OSError) as again:
            dialogs.show_error(None, "The backup could not be restored", str(again))
            return None
    dialogs.show_error(
        None,
        "Your progress file is damaged",
        f"{exc.message}\n\nDatabase: {exc.location}\n\n"
        + ("" if found else "There is no backup of it yet. ")
        + "Nothing was changed. `studyapp db recover NEW.sqlite3` saves what can still be read.",
    )
    return None


def _run(
    db: str | None,
    bank: Path | None,
    app: QApplication,
    settings: QSettings,
    dialogs: Dialogs,
    *,
    study: bool,
    quit_when_ready: bool,
) -> int:
    from studyapp.db.database import open_database, warm_up_in_background
    from studyapp.services.bank_sync import sync_bank_file
    from studyapp.services.learners import current_learner
    from studyapp.ui.context import AppContext
    from studyapp.ui.main_window import MainWindow

    location = _location(db, dialogs)
    if location is None:
        return 2
    try:
        database = open_database(location)
    except DatabaseDamaged as exc:
        restored = _offer_latest_backup(location.path, exc, dialogs)
        if restored is None:
            return 2
        database = restored
    except DatabaseError as exc:
        dialogs.show_error(
            None,
            "Cannot open your progress",
            f"{exc.message}\n\nDatabase: {exc.location}\n\n"
            "Nothing was changed. Choose another database with --db PATH or the STUDYAPP_DB variable.",
        )
        return 2

    bank_path = bank or default_bank()
    try:
        if bank_path.exists():
            sync_bank_file(database, bank_path)
        elif database.scalar("SELECT count(*) FROM questions") == 0:
            dialogs.show_error(None, "No questions", f"The question bank {bank_path} is missing.")
    except (ContentError, DatabaseError) as exc:
        has_questions = bool(database.scalar("SELECT count(*) FROM questions"))
        dialogs.show_error(
            None,
            "The question bank could not be loaded",
            f"{exc}\n\n"
            + (
                "Studying continues with the questions loaded before."
                if has_questions
                else "There are no questions to study until the bank is fixed."
            ),
        )

    for note in database.notes:  # e.g. a database whose creation was cut short, made again
        dialogs.show_info(None, "Your progress file", f"{note}\n\nDatabase: {database.where}")
    ctx = AppContext(db=database, dialogs=dialogs, learner=current_learner(database))
    window = MainWindow(ctx, settings, study=study and ctx.learner is not None)
    window.show()
    window.raise_()
    window.activateWindow()  # keyboard shortcuts need an active window, even without a window manager
    QTimer.singleShot(0, warm_up_in_background)
    if quit_when_ready:  # tests and benchmarks: one pass of the event loop, leaving the application usable
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        code = loop.exec()
        database.close()
        return int(code)
    code = app.exec()
    database.close()
    return int(code)

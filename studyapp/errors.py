"""Errors a user can act on. Anything else is a bug and reaches the crash handler."""

from __future__ import annotations

from pathlib import Path


class StudyappError(Exception):
    """Base class for errors shown to the user in words, never as a traceback."""


class ContentError(StudyappError):
    """A content file (source, metadata, curation, bank) is malformed.

    Carries the file and, where known, the line so the message points at the problem.
    """

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")


class DatabaseError(StudyappError):
    """The progress database cannot be used as it is; the file is left untouched."""

    def __init__(self, location: str, message: str) -> None:
        self.location = location
        self.message = message
        super().__init__(f"{location}: {message}")


class DatabaseLocked(DatabaseError):
    """Another program holds a lock on the database."""


class DatabaseReadOnly(DatabaseError):
    """The database file or its folder cannot be written."""


class DatabaseCorrupt(DatabaseError):
    """The file is not a SQLite database, or it is damaged."""


class DatabaseDamaged(DatabaseCorrupt):
    """Our database, damaged (a failed integrity check, a file cut short): a backup can replace it."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer studyapp whose schema this version does not know."""


class NotFound(StudyappError):
    """A learner, question or source named by the user does not exist."""


class InvalidInput(StudyappError):
    """A value typed by the user is not acceptable (empty name, duplicate name...)."""


class DatabaseUnreachable(DatabaseError):
    """The class server cannot be reached (down, no network, wrong address): answers wait locally."""


class DatabaseForbidden(DatabaseError):
    """The class server refused: a wrong password, or a student asking for what only the teacher may do."""

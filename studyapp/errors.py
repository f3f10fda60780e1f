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

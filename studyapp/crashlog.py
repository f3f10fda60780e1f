"""The crash log: per user, in the platform's log folder, readable by that user only (0600)."""

from __future__ import annotations

import os
from pathlib import Path


def crash_log_path() -> Path:
    """Per user (not a shared temp folder another user could own or read)."""
    import platformdirs

    return platformdirs.user_log_path("studyapp", appauthor=False) / "crash.log"


def write_crash_log(text: str, path: Path | None = None) -> Path | None:
    """Append ``text``; returns where, or None when the log cannot be written (never raises)."""
    path = path or crash_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(text + "\n")
        os.chmod(path, 0o600)
    except OSError:
        return None
    return path

"""The class server a student signed in to, remembered in a file only this user can read.

The connection string holds the student's password, so the file is created with mode 0600 in the
user's configuration folder, written whole (a temporary file renamed over it) and never logged.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_NAME = "class-server.url"


def saved_path() -> Path:
    import platformdirs

    return platformdirs.user_config_path("studyapp", appauthor=False) / FILE_NAME


def saved_url() -> str | None:
    path = saved_path()
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def save_url(url: str) -> Path:
    """Remember ``url`` for the next start; only this user can read the file."""
    path = saved_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an older file of that name may have had wider rights
        os.write(fd, (url.strip() + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)
    return path


def forget() -> None:
    saved_path().unlink(missing_ok=True)

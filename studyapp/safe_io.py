"""Reading files a user hands us without hanging or crashing: regular files only (a FIFO or a device
would block), a size limit, and parsers whose failures on hostile input (arrays nested a thousand
deep, integers of thousands of digits) become a ContentError naming the file."""

from __future__ import annotations

import json
import stat
import tomllib
from pathlib import Path
from typing import Any

from studyapp.errors import ContentError

MiB = 1024 * 1024


def read_regular_bytes(path: Path, limit: int, what: str = "file") -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ContentError(path, f"{what} not found") from exc
    except OSError as exc:
        raise ContentError(path, f"cannot read the {what}: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ContentError(path, f"this is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise ContentError(path, f"not a regular file (a pipe or a device cannot be a {what})")
    if info.st_size > limit:
        raise ContentError(
            path, f"the {what} is too large ({info.st_size / MiB:,.1f} MB; at most {limit / MiB:,.0f} MB)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ContentError(path, f"cannot read the {what}: {exc.strerror or exc}") from exc


def parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from exc
    except RecursionError as exc:
        raise ContentError(path, "invalid JSON: nested too deeply") from exc
    except ValueError as exc:  # an integer of thousands of digits
        raise ContentError(path, f"invalid JSON: {exc}") from exc


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """``tomllib.loads`` with hostile input turned into errors; TOML syntax errors are the caller's."""
    try:
        return tomllib.loads(text)
    except RecursionError as exc:
        raise ContentError(path, "invalid TOML: nested too deeply") from exc
    except ValueError as exc:
        if isinstance(exc, tomllib.TOMLDecodeError):
            raise
        raise ContentError(path, f"invalid TOML: {exc}") from exc

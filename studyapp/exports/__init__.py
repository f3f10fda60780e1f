"""Questions written for other systems: Anki packages, Moodle XML, GIFT (Moodle and others).

Qt-free. ``write_export`` picks the writer; each writer takes the questions chosen by
``studyapp.services.exports.select_for_export``.
"""

from __future__ import annotations

from pathlib import Path

from studyapp.services.exports import Exported


def write_export(kind: str, items: list[Exported], path: Path, title: str, *, by_source: bool = True) -> int:
    """Write ``items`` as ``kind`` ("anki", "moodle", "gift") to ``path``; returns how many were written.
    Moodle and GIFT put each source's questions in a category of its own (``by_source``), or all
    in one category named ``title`` (a quiz, in its order)."""
    if path.is_dir():
        raise IsADirectoryError(21, "this is a folder; give the file's name", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "anki":
        from studyapp.exports.anki import write_apkg

        return write_apkg(items, path, title)
    if kind == "moodle":
        from studyapp.exports.moodle import write_moodle_xml

        return write_moodle_xml(items, path, title, by_source=by_source)
    if kind == "gift":
        from studyapp.exports.gift import write_gift

        return write_gift(items, path, title, by_source=by_source)
    raise ValueError(f"unknown export format {kind!r}")

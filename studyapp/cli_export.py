"""`studyapp export anki|moodle|gift -o FILE [--sources …] [--kinds …] [--formats …] [--quiz NAME]`."""

from __future__ import annotations

import argparse

from studyapp.cli_quiz import open_with_bank
from studyapp.exports import write_export
from studyapp.services.exports import select_for_export


def run_export_command(args: argparse.Namespace) -> int:
    db = open_with_bank(args)
    try:
        items = select_for_export(db, sources=args.sources, kinds=args.kinds, formats=args.formats, quiz=args.quiz)
        title = args.quiz or "Course questions"
        written = write_export(args.action, items, args.output, title, by_source=args.quiz is None)
    finally:
        db.close()
    print(f"wrote {args.output}: {written} question{'s' if written != 1 else ''} ({args.action})")
    return 0

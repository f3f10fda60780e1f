"""`studyapp db check|backup|restore|recover`: look after the progress database (all honour --db)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studyapp.db import backups
from studyapp.db.database import DatabaseLocation, inspect_file, resolve_location
from studyapp.errors import DatabaseError


def run_db_command(args: argparse.Namespace) -> int:
    location = resolve_location(getattr(args, "db", None))
    if not isinstance(location, DatabaseLocation):
        print(
            f"studyapp: error: {location.where}: `studyapp db` looks after a SQLite file; a class server is "
            "checked and backed up by its administrator (pg_dump, pg_basebackup)",
            file=sys.stderr,
        )
        return 2
    path = location.path
    action = args.action
    if action == "check":
        if not path.exists():
            print(f"studyapp: error: {path}: no database there yet", file=sys.stderr)
            return 2
        try:
            found = inspect_file(path, full=True)
        except DatabaseError as exc:
            print(f"{path}: {exc.message}", file=sys.stderr)
            return 1
        print(
            f"{path}: OK (schema {found.revision}); "
            f"{len(backups.list_backups(path))} backups in {backups.backup_folder(path)}"
        )
        return 0
    if action == "backup":
        target = backups.make_backup(path)
        print(f"wrote {target}")
        return 0
    if action == "restore":
        kept = backups.list_backups(path)
        if args.backup is None:
            if not kept:
                print(f"no backups of {path} in {backups.backup_folder(path)}")
                return 0
            for b in kept:
                print(f"{b.path}\t{b.label}")
            print("restore one with: studyapp db restore FILE (or: latest)")
            return 0
        chosen = kept[0].path if args.backup == "latest" and kept else Path(args.backup)
        if not chosen.is_file():
            print(f"studyapp: error: {chosen}: no such backup", file=sys.stderr)
            return 2
        safety = backups.restore_backup(path, chosen)
        note = f"; the file it replaced is kept as {safety}" if safety else ""
        print(f"restored {path} from {chosen}{note}")
        return 0
    if action == "recover":
        report = backups.recover(path, args.output)
        saved = ", ".join(f"{t} {n}" for t, n in report.rows.items() if n)
        lost = sum(report.lost.values())
        print(f"wrote {args.output}: {saved}" + (f"; {lost} rows could not be read" if lost else ""))
        print(f"open it with: studyapp --db {args.output}")
        return 0
    return 2

"""`studyapp class init|add-student|remove-student|list|upgrade`: a class on a PostgreSQL server.

`init` takes the server administrator's URL; the other commands act as the teacher, whose URL comes
from --db, STUDYAPP_DB or the app's sign-in (File › Class server…), in that order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from studyapp.db import class_server
from studyapp.db.database import resolve_location
from studyapp.db.server import ServerLocation
from studyapp.errors import InvalidInput


def _teacher_url(args: argparse.Namespace) -> str:
    location = resolve_location(getattr(args, "db", None))
    if not isinstance(location, ServerLocation):
        raise InvalidInput(
            "give the teacher's connection string with --db (or STUDYAPP_DB, or sign in with File › Class server…)"
        )
    return location.url


def run_class_command(args: argparse.Namespace) -> int:
    action = args.action
    if action == "init":
        from studyapp.cli_quiz import INSTALLED_BANK

        bank = args.bank or INSTALLED_BANK
        login = class_server.init_class(args.url, args.teacher, bank=bank if bank.exists() else None)
        print(f"class ready: teacher {login.name} (login {login.role})")
        print("the teacher's connection string (shown once; paste it in File › Class server…, keep it private):")
        print(f"  {login.url}")
        print("next: studyapp class add-student NAME --db <that connection string>")
        return 0
    url = _teacher_url(args)
    if action == "add-student":
        print("one connection string per student, shown once: hand each to its student (File › Class server…)")
        for name in args.names:
            login = class_server.add_student(url, name)
            print(f"{login.name}\t{login.url}")
        return 0
    if action == "remove-student":
        role = class_server.remove_student(url, args.name, delete_progress=args.delete_progress)
        kept = "their progress and results were deleted" if args.delete_progress else "their results are kept"
        print(f"removed the login {role} of {args.name}; {kept}")
        return 0
    if action == "list":
        students = class_server.list_students(url)
        if not students:
            print("no students yet: studyapp class add-student NAME")
            return 0
        width = max(len(s.name) for s in students)
        print(f"{'student':<{width}}  {'login':<24} {'answers':>8} {'quiz answers':>12}  last active")
        for s in students:
            last = (
                dt.datetime.fromtimestamp(s.last_active).astimezone().strftime("%Y-%m-%d %H:%M")
                if s.last_active
                else "never"
            )
            print(f"{s.name:<{width}}  {s.role:<24} {s.answers:>8} {s.quiz_answers:>12}  {last}")
        return 0
    if action == "upgrade":
        from studyapp.db.server import open_server_database

        db = open_server_database(ServerLocation(url))
        try:
            class_server.refresh_class_rules(db)
            print(f"{db.where}: schema and class rules are current")
        finally:
            db.close()
        return 0
    print(f"studyapp: error: unknown class command {action}", file=sys.stderr)
    return 2

"""Command line. With no command, `studyapp` opens the app; `studyapp bank build|check` manage the bank.

`--db URL` (or `STUDYAPP_DB`) chooses the progress database for every command.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn

from studyapp.errors import StudyappError

DEFAULT_SOURCES = Path("content/sources")
DEFAULT_BANK = Path("content/bank.json")
DEFAULT_CURATION = Path("content/curation.toml")


class _Parser(argparse.ArgumentParser):
    """Bad arguments give one line on stderr and exit status 2, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"studyapp: error: {message} (see: {self.prog} --help)\n")


def _db_options() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="progress database (file, sqlite:///path or postgresql://…)",
    )
    common.add_argument("--bank", type=Path, default=argparse.SUPPRESS, help="question bank file")
    return common


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="studyapp",
        description="Study source documents through questions. With no command, open the app.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="progress database: a file path, sqlite:///path or a class server's postgresql://user:password@host/db "
        "(default: $STUDYAPP_DB, else the class server you signed in to, else the user data folder)",
    )
    parser.add_argument(
        "--bank", type=Path, default=None, help="question bank file the app loads (default: content/bank.json)"
    )
    parser.add_argument("--study", action="store_true", help="open straight into today's study session")
    parser.add_argument("--theme", choices=["system", "light", "dark"], default=None, help="colour theme")
    sub = parser.add_subparsers(dest="command")
    bank = sub.add_parser("bank", help="build and check the question bank")
    bank_sub = bank.add_subparsers(dest="action", required=True)
    build = bank_sub.add_parser("build", help="generate the bank from source articles")
    build.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES)
    build.add_argument("-o", "--output", type=Path, default=DEFAULT_BANK)
    build.add_argument(
        "--curation",
        type=Path,
        default=None,
        help="curation file (default: curation.toml beside the sources' parent, if any)",
    )
    check = bank_sub.add_parser("check", help="validate a bank file")
    check.add_argument("bank", nargs="?", type=Path, default=DEFAULT_BANK)

    common = _db_options()
    quiz = sub.add_parser("quiz", help="classroom quizzes: create, list, print")
    quiz_sub = quiz.add_subparsers(dest="action", required=True)
    create = quiz_sub.add_parser("create", parents=[common], help="build and save a quiz")
    create.add_argument("name")
    create.add_argument("--count", type=int, required=True, help="number of questions")
    create.add_argument("--seed", type=int, default=None, help="shuffle seed (default: random, printed)")
    create.add_argument("--seconds", type=int, default=30, help="time per question (default 30)")
    create.add_argument("--sources", nargs="+", default=[], metavar="SOURCE", help="source ids, id prefixes or titles")
    create.add_argument("--kinds", nargs="+", default=[], metavar="KIND", help="date, island, island_alias, ...")
    create.add_argument("--formats", nargs="+", default=[], metavar="FORMAT", choices=["mc", "typed", "cloze"])
    quiz_sub.add_parser("list", parents=[common], help="saved quizzes")
    print_cmd = quiz_sub.add_parser("print", parents=[common], help="write a quiz and its answer key to PDF")
    print_cmd.add_argument("name")
    print_cmd.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")

    results = sub.add_parser("results", help="quiz results: export to CSV, import from other laptops")
    results_sub = results.add_subparsers(dest="action", required=True)
    export = results_sub.add_parser("export", parents=[common], help="every answer to a quiz, as CSV")
    export.add_argument("name")
    export.add_argument("--csv", type=Path, required=True, dest="csv_path", help="CSV file to write")
    imp = results_sub.add_parser("import", parents=[common], help="merge results exported on another laptop")
    imp.add_argument("file", type=Path)
    export = sub.add_parser("export", help="questions for Anki (.apkg), Moodle (XML) or GIFT")
    export_sub = export.add_subparsers(dest="action", required=True)
    for name, what in (("anki", "an Anki package (.apkg)"), ("moodle", "Moodle XML"), ("gift", "GIFT text")):
        target = export_sub.add_parser(name, parents=[common], help=f"write the questions as {what}")
        target.add_argument("-o", "--output", type=Path, required=True, help="file to write")
        target.add_argument("--sources", nargs="+", default=[], help="source ids (or unique prefixes)")
        target.add_argument("--kinds", nargs="+", default=[], help="kinds of question")
        target.add_argument("--formats", nargs="+", default=[], choices=["mc", "typed", "cloze"], help="formats")
        target.add_argument("--quiz", default=None, help="a saved quiz, in its order (the filters are ignored)")
    db = sub.add_parser("db", help="the progress database: check it, back it up, restore or recover it")
    db_sub = db.add_subparsers(dest="action", required=True)
    db_sub.add_parser("check", parents=[common], help="a full integrity check (the file is not changed)")
    db_sub.add_parser("backup", parents=[common], help="copy the database into its backups folder now")
    restore = db_sub.add_parser("restore", parents=[common], help="list the backups, or put one in place")
    restore.add_argument("backup", nargs="?", help="a backup file, or 'latest' (none: list them)")
    rec = db_sub.add_parser("recover", parents=[common], help="save what can be read of a damaged file")
    rec.add_argument("output", type=Path, help="the new database file to write")
    klass = sub.add_parser("class", help="a class on a PostgreSQL server: set it up, add and remove students")
    class_sub = klass.add_subparsers(dest="action", required=True)
    init = class_sub.add_parser("init", help="create the schema, the teacher's login and the student group")
    init.add_argument("url", help="the server administrator's URL, e.g. postgresql://postgres:PW@host/history")
    init.add_argument("--teacher", required=True, help="the teacher's name (it names their login)")
    init.add_argument("--bank", type=Path, default=None, help="question bank to load (default: content/bank.json)")
    add = class_sub.add_parser("add-student", parents=[common], help="a login per student; prints its connection")
    add.add_argument("names", nargs="+", metavar="NAME", help="the student's name, as the app shows it")
    remove = class_sub.add_parser("remove-student", parents=[common], help="take away a student's login")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--delete-progress", action="store_true", help="also delete their progress and results")
    class_sub.add_parser("list", parents=[common], help="the students, their logins and when they last answered")
    class_sub.add_parser("upgrade", parents=[common], help="bring the schema and the class rules up to date")
    return parser


def _cmd_build(args: argparse.Namespace) -> int:
    from studyapp.pipeline.build import build_bank

    curation = args.curation
    if curation is None:
        candidate = args.sources.parent / "curation.toml"
        curation = candidate if candidate.exists() else None
    bank, report = build_bank(args.sources, curation)
    bank.save(args.output)
    for line in report.lines():
        print(line)
    print(f"wrote {args.output}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from studyapp.bank.check import check_bank
    from studyapp.bank.model import load_bank

    bank = load_bank(args.bank)
    problems = check_bank(bank)
    for p in problems:
        print(f"{args.bank}: {p}", file=sys.stderr)
    if problems:
        print(f"{args.bank}: {len(problems)} problem(s) in {len(bank.questions)} questions", file=sys.stderr)
        return 1
    print(f"{args.bank}: OK, {len(bank.questions)} questions from {len(bank.sources)} sources")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from studyapp.ui.app import run

        code = run(args.db, args.bank, study=args.study, theme=args.theme)
        if argv is None:  # the real process: progress is committed and closed, settings synced
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)  # skip tearing down thousands of Qt wrappers one by one (it took ~1.7 s)
        return code
    try:
        if args.command == "bank" and args.action == "build":
            return _cmd_build(args)
        if args.command == "bank" and args.action == "check":
            return _cmd_check(args)
        if args.command == "export":
            from studyapp.cli_export import run_export_command

            return run_export_command(args)
        if args.command == "db":
            from studyapp.cli_db import run_db_command

            return run_db_command(args)
        if args.command == "class":
            from studyapp.cli_class import run_class_command

            return run_class_command(args)
        if args.command in ("quiz", "results"):
            from studyapp.cli_quiz import run_quiz_command

            return run_quiz_command(args)
    except StudyappError as exc:
        print(f"studyapp: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an output path that is a folder, under a file, on a read-only disk, …
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"studyapp: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the crash handler: a bug, not bad input
        import traceback

        from studyapp.crashlog import write_crash_log

        log = write_crash_log(traceback.format_exc())
        what = str(exc) if len(str(exc)) <= 200 else str(exc)[:200] + "…"
        details = f" Details: {log}" if log else ""
        print(f"studyapp: internal error ({type(exc).__name__}: {what}); this is a bug.{details}", file=sys.stderr)
        return 3
    return 2

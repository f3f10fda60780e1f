"""`studyapp quiz create|list|print` and `studyapp results export|import` (all honour --db and --bank)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from studyapp.db.database import Database, open_database, resolve_location

INSTALLED_BANK = Path(__file__).resolve().parent.parent / "content" / "bank.json"


def open_with_bank(args: argparse.Namespace) -> Database:
    from studyapp.services.bank_sync import sync_bank_file

    db = open_database(resolve_location(getattr(args, "db", None)))
    bank: Path = getattr(args, "bank", None) or INSTALLED_BANK
    if bank.exists():
        sync_bank_file(db, bank)
    return db


def run_quiz_command(args: argparse.Namespace) -> int:
    db = open_with_bank(args)
    try:
        return _dispatch(db, args)
    finally:
        db.close()


def _dispatch(db: Database, args: argparse.Namespace) -> int:
    from studyapp.services import quiz_results, quizzes

    if args.command == "quiz" and args.action == "create":
        seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
        spec = quizzes.QuizSpec(
            name=args.name,
            count=args.count,
            seed=seed,
            seconds_per_question=args.seconds,
            sources=tuple(args.sources),
            kinds=tuple(args.kinds),
            formats=tuple(args.formats),
        )
        quiz = quizzes.create_quiz(db, spec)
        short = len(quiz.items) < args.count
        print(
            f"created quiz “{quiz.name}”: {len(quiz.items)} questions"
            + (f" (only {len(quiz.items)} match)" if short else "")
            + f", {quiz.seconds_per_question} s each, seed {quiz.seed}"
        )
        return 0
    if args.command == "quiz" and args.action == "list":
        found = quizzes.list_quizzes(db)
        if not found:
            print("no quizzes yet: studyapp quiz create NAME --count N")
        for q in found:
            print(f"{q.name}\t{q.questions} questions\t{q.seconds_per_question} s each\tseed {q.seed}\t{q.runs} taken")
        return 0
    if args.command == "quiz" and args.action == "print":
        from studyapp.ui.print_quiz import write_quiz_pdf

        quiz = quizzes.load_quiz(db, args.name)
        pages = write_quiz_pdf(quiz, args.output)
        print(f"wrote {args.output}: {len(quiz.items)} questions and the answer key, {pages} pages")
        return 0
    if args.command == "results" and args.action == "export":
        rows = quiz_results.export_results_csv(db, args.name, args.csv_path)
        summary = quiz_results.summary_path(args.csv_path)
        print(f"wrote {args.csv_path}: {rows} answers; {summary}: one line per student")
        return 0
    if args.command == "results" and args.action == "import":
        report = quiz_results.import_results_csv(db, args.file)
        extra = ""
        if report.quizzes_created:
            extra += f"; new quizzes: {', '.join(report.quizzes_created)}"
        if report.learners_created:
            extra += f"; new learners: {', '.join(report.learners_created)}"
        print(
            f"imported {report.answers_added} answers ({report.runs_added} new runs), "
            f"{report.answers_already_there} already there{extra}"
        )
        return 0
    return 2

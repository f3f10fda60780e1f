"""Render every screen of the app to PNG, offscreen, at laptop sizes, for looking at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out shots] [--theme light|dark]

Builds a throwaway database with the real bank and a learner with a few days of answers, then
walks the main window through each screen: home, study (question, feedback, summary), review
missed, sources (with a highlighted quote), stats, the welcome screen and the shortcuts page.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "shots")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--sizes", default="1280x800,1024x640")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.bank_sync import sync_bank_file
    from studyapp.services.clock import ManualClock
    from studyapp.services.learners import create_learner
    from studyapp.services.progress import record_answer
    from studyapp.ui.context import AppContext
    from studyapp.ui.dialogs import ScriptedDialogs
    from studyapp.ui.help import ShortcutsDialog
    from studyapp.ui.main_window import MainWindow, Screen
    from studyapp.ui.theme import apply_theme

    apply_theme(app, args.theme)
    tmp = Path(tempfile.mkdtemp())
    db = open_database(DatabaseLocation(tmp / "shots.sqlite3"))
    sync_bank_file(db, ROOT / "content" / "bank.json")
    clock = ManualClock(1_795_000_000.0 - 6 * 86400)
    learner = create_learner(db, "Ada", clock)
    ids = [str(r[0]) for r in db.rows("SELECT id FROM questions ORDER BY position LIMIT 60")]
    for day in range(6):
        for i, qid in enumerate(ids[day * 10 : day * 10 + 10]):
            correct = (i + day) % 4 != 0
            record_answer(
                db, learner, qid, response="", correct=correct, verdict="exact" if correct else "wrong",
                rating=4 if correct else 1, duration_ms=3000, mode="study", now=clock(), fuzz=False,
            )  # fmt: skip
            clock.advance(120)
        clock.advance(86400 - 1200)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db=db, dialogs=ScriptedDialogs(), clock=clock, fuzz=False, learner=learner)

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = args.out / f"{name}-{args.theme}-{widget.width()}x{widget.height()}.png"
        widget.grab().save(str(path))
        print(path)

    for size in args.sizes.split(","):
        width, height = (int(v) for v in size.split("x"))
        window = MainWindow(ctx, settings)
        window.resize(width, height)
        window.show()
        window.move_to(Screen.HOME)
        save(window, "home")
        window.start_study()
        save(window, "study-question")
        window.study._on_choice_key(1)
        save(window, "study-feedback")
        session = window.study.session
        assert session is not None
        typed = next(  # a typed question whose fact other articles state too ("also in …")
            str(r[0])
            for r in db.rows("SELECT id FROM questions WHERE format='typed' AND also != '[]' ORDER BY position")
        )
        from studyapp.services.study import StudySession

        window.start_session(StudySession(db, learner, [typed], clock=clock, fuzz=False), "Today's study")
        question = window.study.session.current() if window.study.session else None
        assert question is not None
        window.study.answer_edit.setText(question.answer[:-1])
        save(window, "study-typed")
        window.study._on_check_clicked()
        save(window, "study-typed-feedback")
        window.study.advance()
        noted = next(  # who a quoted expert is, by each article, in the notes beside the answer
            str(r[0])
            for r in db.rows(
                "SELECT id FROM questions WHERE format='mc' AND notes LIKE '%University%' ORDER BY position"
            )
        )
        window.start_session(StudySession(db, learner, [noted], clock=clock, fuzz=False), "Today's study")
        window.study._on_choice_key(1)
        save(window, "study-feedback-notes")
        window.study.advance()
        # where two leaders met: the town among others of its country, then the source passage's feedback
        venue = str(db.scalar("SELECT id FROM questions WHERE format='mc' AND kind='venue' ORDER BY position"))
        window.start_session(StudySession(db, learner, [venue], clock=clock, fuzz=False), "Today's study")
        save(window, "study-venue")
        window.study._on_choice_key(2)
        save(window, "study-venue-feedback")
        window.study.advance()
        # typed answers graded by value: another form, a typo, a near miss, "I was right"
        alias = str(
            db.scalar("SELECT id FROM questions WHERE format='typed' AND kind='island_alias' ORDER BY position")
        )
        pair = str(db.scalar("SELECT id FROM questions WHERE format='typed' AND kind='island' ORDER BY position"))
        person = str(
            db.scalar("SELECT id FROM questions WHERE format='typed' AND kind='expert_view' ORDER BY position")
        )
        for name, qid, typed_answer, claim in (
            ("typed-other-form", pair, "habomai & shikotan", False),
            ("typed-near-miss", alias, "Iturup", False),
            ("typed-person-title", person, "President Putin", False),
            ("typed-override", person, "Mr Putn of Russia", True),
        ):
            window.start_session(StudySession(db, learner, [qid], clock=clock, fuzz=False), "Today's study")
            window.study.answer_edit.setText(typed_answer)
            window.study._on_check_clicked()
            if claim:
                window.study._on_feedback_claim_right_clicked()
            save(window, f"study-{name}")
            window.study.advance()
        clock.advance(3600)
        while window.study.session and not window.study.session.finished:
            current = window.study.session.current()
            assert current is not None
            window.study._answer(current.answer)
            window.study.advance()
            clock.advance(3600)
        save(window, "study-summary")
        window.move_to(Screen.REVIEW)
        save(window, "review")
        window.open_source(question.citation.source.id, question.id)
        save(window, "sources")
        window.move_to(Screen.STATS)
        save(window, "stats")
        dialog = ShortcutsDialog(window)
        dialog.show()
        save(dialog, "shortcuts")
        dialog.close()
        window.close()
    # classroom quizzes: a quiz taken by a few students, then builder, results, taking and presentation
    import random

    from studyapp.services.quizzes import QuizSpec, answer_item, create_quiz, finish_run, load_quiz, start_run
    from studyapp.ui.present import PresentationWindow

    quiz = create_quiz(db, QuizSpec(name="Week 3 – the Nagato summit", count=10, seed=2016), clock)
    rng = random.Random(1)
    students = {name: create_learner(db, name, clock) for name in ("Ann", "Ben", "Cat", "Dan", "Eve", "Fay")}
    for name in ("Ann", "Ben", "Cat", "Dan", "Eve", "Fay", "Ann"):  # Ann retakes it
        student = students[name]
        clock.advance(900)
        run = start_run(db, quiz, student, clock)
        for item in quiz.items:
            guess = rng.choice(item.choices) if item.choices else "no idea"
            response = item.question.answer if rng.random() < 0.6 else guess
            answer_item(db, run, student, item, response, rng.randint(3000, 25000), clock=clock, fuzz=False)
        finish_run(db, run, clock)
    walked_away = start_run(db, quiz, students["Ben"], clock)  # and Ben leaves an attempt unfinished
    answer_item(db, walked_away, students["Ben"], quiz.items[0], "no idea", 4000, clock=clock, fuzz=False)
    for size in args.sizes.split(","):
        width, height = (int(v) for v in size.split("x"))
        window = MainWindow(ctx, settings)
        window.resize(width, height)
        window.show()
        window.move_to(Screen.QUIZZES)
        save(window, "quizzes-preview")
        window.show_results(quiz.name)
        save(window, "quiz-results-retake-unfinished")
        window.take_quiz(quiz.name)
        save(window, "quiz-ready")
        take = window.screen_widget(Screen.TAKE_QUIZ)
        take.name_edit.setText("Gus")  # type: ignore[attr-defined]
        take._on_start_clicked()  # type: ignore[attr-defined]
        save(window, "quiz-take")
        for _ in range(quiz.seconds_per_question - 4):
            take.tick()  # type: ignore[attr-defined]
        save(window, "quiz-hurry")
        for _ in range(4):
            take.tick()  # type: ignore[attr-defined]
        save(window, "quiz-times-up")
        while take.running:  # type: ignore[attr-defined]
            take.tick()  # type: ignore[attr-defined]
        save(window, "quiz-summary")
        take.next_student_button.click()  # type: ignore[attr-defined]
        save(window, "quiz-hand-over")
        ctx.dialogs.confirms.append(True)  # type: ignore[attr-defined]
        window.move_to(Screen.HOME)
        window.set_learner(learner)
        window.close()
    presentation = PresentationWindow(load_quiz(db, quiz.name))
    presentation.resize(1920, 1080)
    presentation.show()
    for _ in range(7):
        presentation.tick()
    save(presentation, "present-question")
    presentation.forward()
    save(presentation, "present-answer")
    presentation.close()

    from studyapp.ui.learners import WelcomeScreen

    welcome = WelcomeScreen(ctx)
    welcome.resize(1024, 640)
    welcome.show()
    save(welcome, "welcome")


if __name__ == "__main__":
    main()

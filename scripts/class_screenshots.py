"""Render the class-server screens to PNG, offscreen, against a real PostgreSQL server of its own:
the sign-in dialog, the live "answered" count in a presentation and in the results, a student's
offline status, and the teacher's class progress.

    .venv/bin/python scripts/class_screenshots.py [--out benchmarks/out/shots] [--theme light|dark]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def shot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "shots")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # the sign-in is saved here, not in your folder
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    from studyapp.db.class_server import add_student, init_class
    from studyapp.db.database import open_database
    from studyapp.db.local_postgres import LocalPostgres
    from studyapp.db.server import ServerLocation
    from studyapp.services.clock import ManualClock
    from studyapp.services.learners import current_learner
    from studyapp.services.quizzes import QuizSpec, answer_item, create_quiz, finish_run, load_quiz, start_run
    from studyapp.services.study import StudySession, plan_study
    from studyapp.ui.class_server_dialog import ClassServerDialog
    from studyapp.ui.context import AppContext
    from studyapp.ui.dialogs import ScriptedDialogs
    from studyapp.ui.main_window import MainWindow, Screen
    from studyapp.ui.theme import apply_theme

    apply_theme(app, args.theme)
    suffix = "" if args.theme == "light" else "-dark"
    names = (
        "Aiko Sato, Ben Carter, Chloé Martin, Daniel Kim, Emma Novak, Farid Haddad, Grace Liu, Hugo Lambert, "
        "Ines Costa, Jonas Weber, Kaito Mori, Lena Fischer, Maya Patel, Noah Schmidt, Olga Ivanova, Paul Dubois, "
        "Quinn Murphy, Rosa Álvarez, Sven Berg, Tara Singh, Umar Farouk, Vera Novak, Will Evans, Yuki Tanaka"
    ).split(", ")
    clock = ManualClock(time.time())
    rng = random.Random(7)
    with LocalPostgres() as server:
        teacher = init_class(server.create_database("history"), "Ms Tanaka", bank=ROOT / "content" / "bank.json")
        students = [add_student(teacher.url, name) for name in names]
        teacher_db = open_database(ServerLocation(teacher.url))
        create_quiz(teacher_db, QuizSpec(name="Nagato summit", count=10, seed=4, formats=("mc",)), clock)
        for login in students[:12]:  # some self-study, for the class progress
            db = open_database(ServerLocation(login.url))
            me = current_learner(db)
            assert me is not None
            session = StudySession(db, me, plan_study(db, me, clock()), clock=clock, fuzz=False)
            for _ in range(rng.randint(3, 12)):
                question = session.current()
                if question is None:
                    break
                session.answer(question.answer if rng.random() < 0.7 else "not sure", 4000)
                session.advance()
            db.close()

        ctx = AppContext(
            db=teacher_db, dialogs=ScriptedDialogs(), clock=clock, fuzz=False, learner=current_learner(teacher_db)
        )
        window = MainWindow(ctx, QSettings(str(tmp / "t.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        assert ctx.classroom is not None and ctx.classroom.listener is not None
        ctx.classroom.listener.connected.wait(10)
        window.present_quiz("Nagato summit")
        presentation = window.presentation
        assert presentation is not None
        presentation.showNormal()
        presentation.resize(1280, 720)
        runs = []
        for login in students[:17]:
            db = open_database(ServerLocation(login.url))
            me = current_learner(db)
            assert me is not None
            quiz = load_quiz(db, "Nagato summit")
            run = start_run(db, quiz, me, clock)
            item = quiz.items[0]
            answer_item(db, run, me, item, item.question.answer, 5000, clock=clock)
            runs.append((db, me, quiz, run))
        for _ in range(40):
            QTest.qWait(50)
        shot(presentation, args.out / f"class-present-live-answered{suffix}.png")
        presentation.close()
        for db, me, quiz, run in runs[:11]:
            for item in quiz.items[1:]:
                pick = item.question.answer if rng.random() < 0.7 else (item.choices or ("x",))[0]
                answer_item(db, run, me, item, pick, 5000, clock=clock)
            finish_run(db, run, clock)
        for db, *_ in runs:
            db.close()
        window.show_results("Nagato summit")
        for _ in range(20):
            QTest.qWait(50)
        shot(window, args.out / f"class-results-live{suffix}.png")
        window.move_to(Screen.CLASS)
        shot(window, args.out / f"class-progress{suffix}.png")
        window.close()
        ctx.classroom = None

        # a student's laptop: the sign-in dialog, then a quiz while the server is away
        from studyapp.db.database import DatabaseLocation

        local = open_database(DatabaseLocation(tmp / "local.sqlite3"))
        sctx = AppContext(db=local, dialogs=ScriptedDialogs(), clock=clock, fuzz=False, learner=None)
        student_window = MainWindow(sctx, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
        student_window.resize(1024, 640)
        student_window.show()
        dialog = ClassServerDialog(sctx, student_window)
        dialog.switch_requested.connect(student_window.switch_database)
        dialog.show()
        dialog.url.setText(students[17].url)
        shot(dialog, args.out / f"class-server-dialog{suffix}.png")
        dialog.url.setText(students[17].url.replace("@", "x@", 1))
        dialog.sign_in()
        shot(dialog, args.out / f"class-server-dialog-refused{suffix}.png")
        dialog.url.setText(students[17].url)
        dialog.sign_in()
        student_window.take_quiz("Nagato summit")
        take = student_window.screen_widget(Screen.TAKE_QUIZ)
        shot(student_window, args.out / f"class-quiz-ready{suffix}.png")  # the signed-in student's name, fixed
        take.start_button.click()  # type: ignore[attr-defined]
        quiz = take.quiz  # type: ignore[attr-defined]
        take._record(quiz.items[0].question.answer)  # type: ignore[attr-defined]
        server.stop("immediate")
        for item in quiz.items[1:4]:
            take._record(item.question.answer)  # type: ignore[attr-defined]
        shot(student_window, args.out / f"class-offline-status{suffix}.png")
        student_window.close()
        teacher_db.close()


if __name__ == "__main__":
    main()

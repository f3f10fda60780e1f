"""The app on a class server: signing in, the live "answered" count, and the offline status."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from studyapp.db.class_login import saved_path
from studyapp.db.database import Database, open_database
from studyapp.db.server import ServerLocation
from studyapp.services.clock import ManualClock
from studyapp.services.learners import current_learner
from studyapp.services.quizzes import QuizSpec, answer_item, create_quiz, load_quiz, start_run
from studyapp.ui.class_server_dialog import ClassServerDialog
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import ScriptedDialogs
from studyapp.ui.main_window import MainWindow, Screen
from studyapp.ui.present import PresentationWindow
from studyapp.ui.quiz_results_screen import QuizResultsScreen
from studyapp.ui.take_quiz import TakeQuizScreen
from ui.helpers import activate

if TYPE_CHECKING:
    from conftest import Klass


def _window(qtbot: QtBot, db: Database, tmp_path: Path, clock: ManualClock) -> MainWindow:
    ctx = AppContext(db=db, dialogs=ScriptedDialogs(), clock=clock, fuzz=False, learner=current_learner(db))
    window = MainWindow(ctx, QSettings(str(tmp_path / f"{id(db)}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def test_signing_in_moves_the_app_to_the_class_server_and_back(
    qtbot: QtBot, ctx: AppContext, klass: Klass, tmp_path: Path
) -> None:
    window = _window(qtbot, ctx.db, tmp_path, ManualClock())
    assert not window.class_status.isVisible() and window.class_server_action.isEnabled()
    dialog = ClassServerDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.switch_requested.connect(window.switch_database)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.url.hasFocus() or dialog.focusWidget() is dialog.url
    assert dialog.current.text().startswith("Now: this laptop only")
    assert not dialog.local_button.isEnabled()
    qtbot.keyClicks(dialog.url, "anna:secret@school/history")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    assert "starts with postgresql://" in dialog.message.text() and not window.ctx.db.is_server
    dialog.url.setText(klass.anna.url.replace(klass.anna.url.split(":")[2].split("@")[0], "wrongpassword"))
    dialog.sign_in_button.click()
    assert "Could not sign in" in dialog.message.text() and "refused" in dialog.message.text()
    assert not saved_path().exists()
    dialog.url.setText(klass.anna.url)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.ctx.db.is_server and window.ctx.learner is not None and window.ctx.learner.name == "Anna Lee"
    assert window.class_status.isVisible()
    assert window.class_status.text() == "Class server · student"
    assert klass.anna.role in window.class_status.toolTip()
    assert "student" in window.class_status.text()
    assert saved_path().stat().st_mode & 0o777 == 0o600
    assert not window.new_learner_action.isEnabled() and not window.backups_action.isEnabled()
    assert window.state is Screen.HOME
    # the quiz page names the signed-in student; nobody else can take it on her login
    teacher = open_database(ServerLocation(klass.teacher.url))
    try:
        create_quiz(teacher, QuizSpec(name="Class quiz", count=2, seed=3, formats=("mc",)), ManualClock())
    finally:
        teacher.close()
    window.take_quiz("Class quiz")
    take = window.screen_widget(Screen.TAKE_QUIZ)
    assert isinstance(take, TakeQuizScreen)
    assert take.name_edit.text() == "Anna Lee" and take.name_edit.isReadOnly()
    back = ClassServerDialog(window.ctx, window)
    qtbot.addWidget(back)
    back.switch_requested.connect(window.switch_database)
    assert back.current.text().startswith("Now: the class server") and "Anna Lee" in back.current.text()
    window.ctx.dialogs.confirms.append(True)
    back.local_button.click()
    assert not window.ctx.db.is_server and not saved_path().exists()
    assert not window.class_status.isVisible()
    window.close()


def test_the_presentation_and_results_count_who_has_answered_live(qtbot: QtBot, klass: Klass, tmp_path: Path) -> None:
    clock = ManualClock(time.time())
    teacher_db = open_database(ServerLocation(klass.teacher.url))
    quiz = create_quiz(teacher_db, QuizSpec(name="Class quiz", count=3, seed=6, formats=("mc",)), clock)
    window = _window(qtbot, teacher_db, tmp_path, clock)
    assert window.ctx.classroom is not None and window.ctx.classroom.teacher
    assert "teacher" in window.class_status.text()
    assert window.ctx.classroom.listener is not None
    assert window.ctx.classroom.listener.connected.wait(10)
    window.present_quiz("Class quiz")
    presentation = window.presentation
    assert isinstance(presentation, PresentationWindow)
    assert presentation.answered.isVisible() and presentation.answered.text() == "0 of 2 answered"
    anna = open_database(ServerLocation(klass.anna.url))
    try:
        me = current_learner(anna)
        assert me is not None
        run = start_run(anna, load_quiz(anna, "Class quiz"), me, clock)
        item = load_quiz(anna, "Class quiz").items[0]
        answer_item(anna, run, me, item, item.question.answer, 3000, clock=clock)
        qtbot.waitUntil(lambda: presentation.answered.text() == "1 of 2 answered", timeout=3000)
        presentation.forward()
        presentation.forward()  # the next question: nobody has answered it yet
        assert presentation.answered.text() == "0 of 2 answered"
        presentation.close()
        window.show_results("Class quiz")
        results = window.screen_widget(Screen.RESULTS)
        assert isinstance(results, QuizResultsScreen)
        assert results.live.text() == "Live, today: 0 of 2 finished · 1 answering now."
        for item in load_quiz(anna, "Class quiz").items[1:]:
            answer_item(anna, run, me, item, item.question.answer, 3000, clock=clock)
        from studyapp.services.quizzes import finish_run

        finish_run(anna, run, clock)
        qtbot.waitUntil(lambda: results.live.text() == "Live, today: 1 of 2 finished.", timeout=3000)
        assert [s.student for s in results.results.students] == ["Anna Lee"]  # type: ignore[union-attr]
        assert quiz.id == results.results.quiz.id  # type: ignore[union-attr]
    finally:
        anna.close()
        window.close()
        teacher_db.close()


def test_answers_wait_offline_with_a_visible_status_and_go_when_the_server_is_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from studyapp.db.class_server import add_student, init_class
    from studyapp.db.local_postgres import LocalPostgres
    from studyapp.services.bank_sync import sync_bank_file

    with LocalPostgres() as server:
        teacher = init_class(server.create_database("offline"), "Mr Ito")
        teacher_db = open_database(ServerLocation(teacher.url))
        sync_bank_file(teacher_db, Path(__file__).resolve().parents[2] / "content" / "bank.json")
        create_quiz(teacher_db, QuizSpec(name="Class quiz", count=4, seed=2, formats=("mc",)), ManualClock())
        teacher_db.close()
        student = add_student(teacher.url, "Kai")
        window = _window(qtbot, open_database(ServerLocation(student.url)), tmp_path, ManualClock(time.time()))
        classroom = window.ctx.classroom
        assert classroom is not None
        classroom.outbox_sender.interval = 0.2
        window.take_quiz("Class quiz")
        take = window.screen_widget(Screen.TAKE_QUIZ)
        assert isinstance(take, TakeQuizScreen)
        take.start_button.click()
        activate(qtbot, window)
        quiz = take.quiz
        assert quiz is not None

        def pick(index: int) -> None:
            item = quiz.items[index]
            assert item.choices is not None
            qtbot.keyClick(take, getattr(Qt.Key, f"Key_{item.choices.index(item.question.answer) + 1}"))

        pick(0)
        assert window.class_status.text().startswith("Class server")
        server.stop("immediate")
        pick(1)
        pick(2)
        assert window.class_status.text() == "Offline — 2 answers waiting"
        assert "sent, once each" in window.class_status.toolTip()
        assert take.pages.currentIndex() == 0  # the quiz goes on
        server.start()
        pick(3)
        qtbot.waitUntil(lambda: window.class_status.text().startswith("Class server"), timeout=20000)
        assert take.score.text().startswith("4 of 4 right")
        check = open_database(ServerLocation(teacher.url))
        try:
            assert check.rows("SELECT position FROM quiz_answers ORDER BY position") == [(1,), (2,), (3,), (4,)]
            assert check.scalar("SELECT count(*) FROM quiz_runs WHERE finished_at IS NOT NULL") == 1
        finally:
            check.close()
            window.close()
            window.ctx.db.close()


def test_the_teacher_sees_each_students_self_study(qtbot: QtBot, klass: Klass, tmp_path: Path) -> None:
    from studyapp.services.study import StudySession, plan_study
    from studyapp.ui.class_progress import ClassProgressScreen

    clock = ManualClock(time.time())
    anna = open_database(ServerLocation(klass.anna.url))
    try:
        me = current_learner(anna)
        assert me is not None
        session = StudySession(anna, me, plan_study(anna, me, clock()), clock=clock, fuzz=False)
        for _ in range(3):
            question = session.current()
            assert question is not None
            session.answer("wrong on purpose", 3000)
            session.advance()
    finally:
        anna.close()
    window = _window(qtbot, open_database(ServerLocation(klass.teacher.url)), tmp_path, clock)
    try:
        assert window.go_class_action.isEnabled()
        window.go_class_action.trigger()
        screen = window.screen_widget(Screen.CLASS)
        assert isinstance(screen, ClassProgressScreen) and window.state is Screen.CLASS

        def cell(row: int, column: int) -> str:
            item = screen.table.item(row, column)
            assert item is not None
            return item.text()

        rows = {cell(r, 0): r for r in range(screen.table.rowCount())}
        assert set(rows) == {"Anna Lee", "Ben"}  # the teacher's own profile is not a student
        anna_row = rows["Anna Lee"]
        assert cell(anna_row, 2) == "3"  # missed
        assert cell(anna_row, 3) == "3" and cell(anna_row, 4) == "0%"
        assert cell(rows["Ben"], 5) == "never"
        assert screen.summary.text().startswith("2 students in this class")
        asked = "SELECT count(DISTINCT source_id) FROM questions WHERE retired = FALSE"  # one column per asked article
        assert screen.table.columnCount() == 7 + int(window.ctx.db.scalar(asked))
    finally:
        window.close()
        window.ctx.db.close()
    student = _window(qtbot, open_database(ServerLocation(klass.ben.url)), tmp_path, clock)
    try:
        assert not student.go_class_action.isEnabled()
    finally:
        student.close()
        student.ctx.db.close()

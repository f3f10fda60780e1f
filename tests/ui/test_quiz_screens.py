"""Classroom quizzes in the GUI: builder, presentation, timed taking (with time running out), results."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.grading.hints import answer_hint
from studyapp.services.clock import ManualClock
from studyapp.services.learners import create_learner
from studyapp.services.quiz_results import quiz_results
from studyapp.services.quizzes import QuizSpec, QuizView, answer_item, create_quiz, finish_run, load_quiz, start_run
from studyapp.services.review import missed_items
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import ScriptedDialogs
from studyapp.ui.main_window import MainWindow, Screen
from studyapp.ui.present import PresentationWindow
from studyapp.ui.quiz_results_screen import QuizResultsScreen
from studyapp.ui.quizzes import QuizzesScreen
from studyapp.ui.take_quiz import TakeQuizScreen
from ui.helpers import activate


@pytest.fixture
def quiz(ctx: AppContext, clock: ManualClock) -> QuizView:
    return create_quiz(ctx.db, QuizSpec(name="Friday", count=4, seed=8, seconds_per_question=10), clock)


def test_builder_creates_a_quiz_from_the_form(qtbot: QtBot, ctx: AppContext) -> None:
    screen = QuizzesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert screen.quiz_list.count() == 0 and not screen.present_button.isEnabled()
    qtbot.keyClicks(screen.name_edit, "Monday test")
    screen.count_spin.setValue(4)
    screen.seed_spin.setValue(1234)
    screen.seconds_spin.setValue(20)
    for kind, box in screen.kind_boxes.items():
        box.setChecked(kind == "expert_view")
    screen.format_boxes["typed"].setChecked(False)
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    assert "Created “Monday test”" in screen.error_label.text()
    saved = load_quiz(ctx.db, "Monday test")
    available = int(
        ctx.db.scalar(
            "SELECT count(*) FROM questions WHERE kind = 'expert_view' AND format != 'typed' AND retired = FALSE"
        )
    )
    assert available >= 2  # the bank has enough for a quiz that is not all of it
    assert (saved.seed, saved.seconds_per_question, len(saved.items)) == (1234, 20, min(4, available))
    assert {i.question.kind for i in saved.items} == {"expert_view"}
    assert "typed" not in {i.question.format for i in saved.items}
    assert screen.selected_name() == "Monday test"
    # the same choices again: a clear error, nothing saved twice
    qtbot.keyClicks(screen.name_edit, "monday TEST")
    screen.create_button.click()
    assert "already" in screen.error_label.text()
    for box in screen.format_boxes.values():
        box.setChecked(False)
    qtbot.keyClicks(screen.name_edit, "x")
    screen.create_button.click()
    assert "Tick at least one format" in screen.error_label.text()


def test_actions_on_a_saved_quiz(
    qtbot: QtBot, ctx: AppContext, quiz: QuizView, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    screen = QuizzesScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    activate(qtbot, screen)
    with qtbot.waitSignal(screen.present_requested) as present:
        qtbot.keyClick(screen.quiz_list, Qt.Key.Key_F5)
    assert present.args == ["Friday"]
    with qtbot.waitSignal(screen.take_requested):
        screen.take_button.click()
    with qtbot.waitSignal(screen.results_requested):
        qtbot.keyClick(
            screen.quiz_list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    pdf = tmp_path / "friday.pdf"
    dialogs.paths.append(pdf)
    screen.print_button.click()
    assert pdf.exists() and dialogs.infos and "answer key" in dialogs.infos[-1][1]
    dialogs.confirms.append(True)
    screen.delete_button.click()
    assert screen.quiz_list.count() == 0


def test_presentation_counts_down_reveals_and_is_driven_by_keys(qtbot: QtBot, quiz: QuizView) -> None:
    window = PresentationWindow(quiz)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    first = quiz.items[0]
    assert window.prompt.text() == first.question.prompt
    assert window.countdown.text() == "0:10"
    assert not window.answer.isVisible()
    for _ in range(9):
        window.tick()
    assert window.countdown.text() == "0:01" and not window.revealed
    window.tick()  # time is up: the answer shows itself
    assert window.revealed and window.answer.isVisible()
    assert first.question.answer in window.answer.text()
    assert dict(window.passage.highlighted_text())["quote"] == first.question.citation.quote
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.index == 1 and not window.revealed and window.countdown.text() == "0:10"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.revealed
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.index == 0 and not window.revealed
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_taking_a_timed_quiz_records_answers_and_unanswered(
    qtbot: QtBot, ctx: AppContext, quiz: QuizView, clock: ManualClock
) -> None:
    screen = TakeQuizScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1024, 640)
    screen.start(quiz)
    activate(qtbot, screen)
    assert ctx.learner is not None
    for position, item in enumerate(quiz.items, 1):
        assert screen.prompt.text().startswith(f"{position}. ")
        if position == 2:  # let the time run out on question 2
            for _ in range(quiz.seconds_per_question):
                screen.tick()
            continue
        if item.choices:
            key = item.choices.index(item.question.answer) + 1
            qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{key}"))
        else:
            # the answer box says what the typed question wants, as in study
            assert screen.answer_edit.placeholderText() == answer_hint(item.question.value)
            screen.answer_edit.setFocus()
            qtbot.keyClicks(screen.answer_edit, item.question.answer)
            qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.pages.currentIndex() == 1
    assert screen.score.text().startswith("3 of 4 right")
    rows = ctx.db.rows("SELECT position, correct, unanswered FROM quiz_answers ORDER BY position")
    assert rows == [(1, 1, 0), (2, 0, 1), (3, 1, 0), (4, 1, 0)]
    assert ctx.db.scalar("SELECT finished_at FROM quiz_runs") is not None
    assert ctx.db.scalar("SELECT count(*) FROM attempts WHERE mode = 'quiz' AND learner_id = ?", (ctx.learner.id,)) == 4
    assert quiz.items[1].question.id in {m.question_id for m in missed_items(ctx.db, ctx.learner.id)}
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen.done_button, Qt.Key.Key_Return)


def test_results_screen_tables_chart_export_and_import(
    qtbot: QtBot,
    ctx: AppContext,
    quiz: QuizView,
    clock: ManualClock,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    for name, right in (("Ann", 4), ("Ben", 2), ("Cat", 1)):
        learner = create_learner(ctx.db, name, clock)
        run = start_run(ctx.db, quiz, learner, clock)
        for index, item in enumerate(quiz.items):
            response = item.question.answer if index < right else "nope"
            answer_item(ctx.db, run, learner, item, response, 5000, clock=clock, fuzz=False)
        finish_run(ctx.db, run, clock)
    screen = QuizResultsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_quiz("Friday")
    qtmodeltester.check(screen.question_model)
    qtmodeltester.check(screen.student_model)
    assert screen.student_model.rowCount() == 3
    first_row = [screen.question_proxy.index(0, c).data() for c in range(3)]
    assert (first_row[0], first_row[2]) == ("3", "33%")  # hardest first: only Ann got questions 3 and 4
    assert len(screen.chart.bars) == 4 and screen.chart.bars[0].value == pytest.approx(1 / 3)
    screen.questions.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert screen.question_proxy.index(0, 0).data() == "1"
    expected = quiz_results(ctx.db, "Friday")
    assert {q.position: q.facility for q in expected.questions}[1] == 1.0
    out = tmp_path / "friday.csv"
    dialogs.paths.append(out)
    screen.export_button.click()
    assert out.exists() and "12 answers" in dialogs.infos[-1][1]
    dialogs.paths.append(out)
    screen.import_button.click()
    assert "0 answers added" in dialogs.infos[-1][1] and "12 were already here" in dialogs.infos[-1][1]
    bad = tmp_path / "bad.csv"
    bad.write_text("not,a,results,file\n", encoding="utf-8")
    dialogs.paths.append(bad)
    screen.import_button.click()
    assert dialogs.errors and "Nothing was imported" in dialogs.errors[-1][1]


def test_main_window_quiz_flow_with_next_student(
    qtbot: QtBot, ctx: AppContext, quiz: QuizView, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = MainWindow(ctx, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.go_quizzes_action.trigger()
    assert window.state is Screen.QUIZZES
    window.take_quiz("Friday")  # a stray Enter on the quiz list: nothing starts yet
    assert window.state is Screen.TAKE_QUIZ
    take = window.screen_widget(Screen.TAKE_QUIZ)
    assert isinstance(take, TakeQuizScreen)
    assert take.pages.currentIndex() == 2 and not take.start_button.isEnabled()
    take.tick()
    assert ctx.db.scalar("SELECT count(*) FROM quiz_runs") == 0 and not take.timer.isActive()
    qtbot.keyClicks(take.name_edit, "Lea")
    qtbot.keyClick(take.name_edit, Qt.Key.Key_Return)
    assert window.ctx.learner is not None and window.ctx.learner.name == "Lea"
    assert take.pages.currentIndex() == 0 and ctx.db.scalar("SELECT count(*) FROM quiz_runs") == 1
    for _ in range(len(quiz.items) * quiz.seconds_per_question):
        take.tick()  # the student walks away: every question times out
    assert take.pages.currentIndex() == 1 and take.review.count() == len(quiz.items)
    take.next_student_button.click()
    # hand-over: a neutral page, nothing of Lea's attempt on screen
    assert take.pages.currentIndex() == 2 and take.ready_title.text() == "Next student"
    assert take.review.count() == 0 and take.score.text() == "" and take.name_edit.text() == ""
    assert window.learner_label.text() == "Learner: the next student"
    assert window.windowTitle() == "Classroom quiz — the next student"
    qtbot.keyClicks(take.name_edit, "Noor")
    qtbot.mouseClick(take.start_button, Qt.MouseButton.LeftButton)
    assert window.ctx.learner is not None and window.ctx.learner.name == "Noor"
    assert window.state is Screen.TAKE_QUIZ and take.pages.currentIndex() == 0
    assert ctx.db.scalar("SELECT count(*) FROM quiz_runs") == 2
    window.present_quiz("Friday")
    assert isinstance(window.presentation, PresentationWindow)
    window.presentation.close()
    dialogs.confirms.append(True)  # Noor's quiz is still running: leaving it is confirmed
    window.show_results("Friday")
    assert window.state is Screen.RESULTS


def test_results_count_students_not_attempts(
    qtbot: QtBot, ctx: AppContext, quiz: QuizView, clock: ManualClock, dialogs: ScriptedDialogs
) -> None:
    ann, ben = create_learner(ctx.db, "Ann", clock), create_learner(ctx.db, "Ben", clock)
    for learner, rights in ((ann, 1), (ann, 4), (ben, 2)):  # Ann retakes it
        clock.advance(600)
        run = start_run(ctx.db, quiz, learner, clock)
        for index, item in enumerate(quiz.items):
            answer = item.question.answer if index < rights else "nope"
            answer_item(ctx.db, run, learner, item, answer, 5000, clock=clock, fuzz=False)
        finish_run(ctx.db, run, clock)
    walked_away = start_run(ctx.db, quiz, ben, clock)
    answer_item(ctx.db, walked_away, ben, quiz.items[0], "nope", 5000, clock=clock, fuzz=False)
    screen = QuizResultsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_quiz("Friday")

    def rows() -> list[tuple[str, str, str]]:
        model = screen.student_proxy
        return sorted((model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 4).data())
                      for r in range(model.rowCount()))  # fmt: skip

    assert rows() == [("Ann", "1 / 4", "2 (retook)"), ("Ben", "2 / 4", "1")]
    assert screen.summary.text().startswith("2 students took “Friday”") and "1 retook it" in screen.summary.text()
    screen.policy_combo.setCurrentIndex(screen.policy_combo.findData("best"))
    assert rows()[0] == ("Ann", "4 / 4", "2 (retook)")
    # the unfinished attempt is apart, and can be removed (confirmed) and put back (Ctrl+Z)
    assert screen.unfinished.isVisible() and screen.unfinished.count() == 1
    assert (
        screen.unfinished.item(0).text().startswith("Ben — started")
        and "1 of 4 answered" in screen.unfinished.item(0).text()
    )
    dialogs.confirms.append(False)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert screen.unfinished.count() == 1  # not confirmed: nothing removed
    dialogs.confirms.append(True)
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert not screen.unfinished.isVisible() and ctx.db.scalar("SELECT count(*) FROM quiz_runs") == 3
    assert screen.undo_button.isVisible()
    activate(qtbot, screen)
    qtbot.keyClick(screen.students, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.unfinished.count() == 1 and ctx.db.scalar("SELECT count(*) FROM quiz_runs") == 4


def test_the_last_seconds_warn_times_up_says_so_and_leaving_asks(
    qtbot: QtBot, ctx: AppContext, quiz: QuizView, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = MainWindow(ctx, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.take_quiz("Friday")
    take = window.screen_widget(Screen.TAKE_QUIZ)
    assert isinstance(take, TakeQuizScreen)
    qtbot.keyClicks(take.name_edit, "Lea")
    qtbot.keyClick(take.name_edit, Qt.Key.Key_Return)
    for _ in range(quiz.seconds_per_question - 5):
        take.tick()
    assert take.countdown.text() == "0:05  — hurry!"  # said in words, not only in colour
    for _ in range(5):
        take.tick()
    assert take.notice.isVisible() and take.notice.text().startswith("Time's up on question 1")
    assert take.index == 1 and take.countdown.text() == f"0:{quiz.seconds_per_question:02d}"
    # Ctrl+H (Home) in the middle of a quiz asks first; declining keeps the quiz going
    dialogs.confirms.append(False)
    window.go_home_action.trigger()
    assert window.state is Screen.TAKE_QUIZ and take.running and "still running" in dialogs.asked[-1]
    dialogs.confirms.append(True)
    window.go_home_action.trigger()
    assert window.state is Screen.HOME and not take.timer.isActive()
    assert quiz_results(ctx.db, "Friday").unfinished[0].student == "Lea"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_question_of_the_bank_fits_the_presentation(
    qtbot: QtBot, ctx: AppContext, clock: ManualClock, bank_size: int, size: tuple[int, int]
) -> None:
    everything = create_quiz(ctx.db, QuizSpec(name="All", count=bank_size, seed=1), clock)
    window = PresentationWindow(everything)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    longest = max(
        range(len(everything.items)),
        key=lambda i: len(everything.items[i].question.prompt) + sum(map(len, everything.items[i].choices or ())),
    )
    scales = {}
    for index in range(len(everything.items)):
        window.index = index
        window._show_question()
        assert window.fits(), f"question {index + 1} does not fit at {size}"
        assert window.header.geometry().right() < window.countdown.geometry().left()
        window.reveal()
        assert window.fits(), f"the answer of question {index + 1} does not fit at {size}"
        assert window.passage.highlighted_text()  # the quote is shown, marked
        scales[index] = window.scale
    assert min(scales.values()) >= 1.0
    assert scales[longest] <= max(scales.values())  # long questions get smaller type, not a cut
    window.close()


def test_presentation_fills_the_screen(qtbot: QtBot, ctx: AppContext, quiz: QuizView, tmp_path: Path) -> None:
    window = MainWindow(ctx, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.present_quiz("Friday")
    assert window.presentation is not None
    assert window.presentation.geometry() == window.screen().geometry()
    window.presentation.close()


def test_the_teacher_previews_a_quiz_before_presenting_it(qtbot: QtBot, ctx: AppContext, quiz: QuizView) -> None:
    screen = QuizzesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert screen.selected_name() == "Friday"
    assert screen.preview.isVisible() and screen.preview.count() == len(quiz.items)
    for row, item in enumerate(quiz.items):
        text = screen.preview.item(row).text()
        assert text.startswith(f"{item.position}. {item.question.prompt}")
        assert f"{item.question.answer}   ✓" in text
        if item.choices:
            assert all(c in text for c in item.choices)


def test_the_teacher_accepts_a_typed_answer_and_it_counts_as_an_override(
    qtbot: QtBot, ctx: AppContext, clock: ManualClock
) -> None:
    from studyapp.ui.student_answers import StudentAnswersDialog

    quiz = create_quiz(ctx.db, QuizSpec(name="Typed", count=3, seed=4, formats=("typed",)), clock)
    ann = create_learner(ctx.db, "Ann", clock)
    run = start_run(ctx.db, quiz, ann, clock)
    for item in quiz.items:
        answer_item(ctx.db, run, ann, item, "Putin, I think", 5000, clock=clock, fuzz=False)
    finish_run(ctx.db, run, clock)
    before = quiz_results(ctx.db, "Typed").students[0].score
    dialog = StudentAnswersDialog(ctx, run, "Ann")
    qtbot.addWidget(dialog)
    dialog.show()
    wrong = next(i for i, a in enumerate(dialog.answers) if not a.correct)
    dialog.list.setCurrentRow(wrong)
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "(accepted by you)" in dialog.list.item(wrong).text() and dialog.list.item(wrong).text().startswith("✓")
    after = quiz_results(ctx.db, "Typed").students[0]
    assert (after.score, after.overrides) == (before + 1, 1)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # takes it back
    assert quiz_results(ctx.db, "Typed").students[0].overrides == 0
    dialog.close()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)  # again, then the results screen says so
    screen = QuizResultsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_quiz("Typed")
    assert "1 typed answer accepted by you" in screen.summary.text()

"""The main window: one small state machine that says which screen is showing and swaps it.

Screens are built on first use (their modules imported then), so start-up pays only for the home
screen. A screen whose data may have changed is marked dirty and refreshed when it is shown next.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from studyapp.errors import StudyappError
from studyapp.services import learners as learner_service
from studyapp.services.views import Learner
from studyapp.ui.context import AppContext

if TYPE_CHECKING:
    from studyapp.services.study import StudySession
    from studyapp.ui.home import HomeScreen
    from studyapp.ui.reader import ReaderScreen
    from studyapp.ui.review import ReviewScreen
    from studyapp.ui.stats import StatsScreen
    from studyapp.ui.study import StudyScreen


class Screen(Enum):
    WELCOME = "welcome"
    HOME = "home"
    STUDY = "study"
    REVIEW = "review"
    SOURCES = "sources"
    STATS = "stats"
    QUIZZES = "quizzes"
    TAKE_QUIZ = "take_quiz"
    RESULTS = "results"
    CLASS = "class"


TITLES = {
    Screen.WELCOME: "Welcome",
    Screen.HOME: "Home",
    Screen.STUDY: "Study",
    Screen.REVIEW: "Review missed",
    Screen.SOURCES: "Sources",
    Screen.STATS: "Stats",
    Screen.QUIZZES: "Quizzes",
    Screen.TAKE_QUIZ: "Quiz",
    Screen.RESULTS: "Quiz results",
    Screen.CLASS: "Class progress",
}


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: AppContext, settings: QSettings | None = None, parent: QWidget | None = None, *, study: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._screens: dict[Screen, QWidget] = {}
        self._dirty: set[Screen] = set()
        self._history: list[Screen] = []
        self.state: Screen | None = None
        self.learner_label = QLabel(self)
        self.learner_label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.learner_label.setAccessibleName("Current learner")
        self.statusBar().addPermanentWidget(self.learner_label)
        self.class_status = QLabel(self)
        self.class_status.setTextFormat(Qt.TextFormat.PlainText)
        self.class_status.setAccessibleName("Class server status")
        self.class_status.setContentsMargins(16, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.class_status)
        self._attach_classroom()
        self._say_where_progress_is()
        self._build_menus()
        self.setMinimumSize(720, 480)
        self.resize(1280, 800)
        self._restore_geometry()
        self._update_title()
        if study and ctx.learner is not None:
            self.start_study()  # straight into today's session; home is read when first shown
            self._dirty.add(Screen.HOME)
        else:
            self.move_to(Screen.HOME if ctx.learner is not None else Screen.WELCOME)

    # -- menus ------------------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_learner_action = self._action(file_menu, "&New learner…", self._on_new_learner, "Ctrl+N")
        self.rename_learner_action = self._action(file_menu, "&Rename learner…", self._on_rename_learner)
        self.delete_learner_action = self._action(file_menu, "&Delete learner…", self._on_delete_learner)
        self.switch_menu = file_menu.addMenu("&Switch learner")
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, "Se&ttings…", self._on_settings, "Ctrl+,")
        self.export_action = self._action(file_menu, "&Export questions…", self.show_export, "Ctrl+E")
        self.backups_action = self._action(file_menu, "&Backups…", self.show_backups)
        self.class_server_action = self._action(file_menu, "C&lass server…", self.show_class_server)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence(QKeySequence.StandardKey.Quit))

        go = bar.addMenu("&Go")
        self.go_home_action = self._action(go, "&Home", lambda: self.move_to(Screen.HOME), "Ctrl+H")
        self.go_back_action = self._action(go, "&Back", self.go_back, "Alt+Left")
        go.addSeparator()
        self.go_study_action = self._action(go, "&Study", self.start_study, "Ctrl+Shift+S")
        self.go_review_action = self._action(go, "&Review missed", lambda: self.move_to(Screen.REVIEW), "Ctrl+R")
        self.go_sources_action = self._action(go, "S&ources", lambda: self.move_to(Screen.SOURCES), "Ctrl+Shift+O")
        self.go_stats_action = self._action(go, "S&tats", lambda: self.move_to(Screen.STATS), "Ctrl+T")
        go.addSeparator()
        self.go_quizzes_action = self._action(
            go, "Classroom &quizzes", lambda: self.move_to(Screen.QUIZZES), "Ctrl+Shift+K"
        )
        self.go_results_action = self._action(go, "Quiz res&ults", lambda: self.move_to(Screen.RESULTS), "Ctrl+Shift+U")
        self.go_class_action = self._action(go, "&Class progress", lambda: self.move_to(Screen.CLASS), "Ctrl+Shift+P")
        self._learner_actions = [
            self.rename_learner_action,
            self.delete_learner_action,
            self.settings_action,
            self.go_home_action,
            self.go_study_action,
            self.go_review_action,
            self.go_sources_action,
            self.go_stats_action,
        ]
        self.presentation: QWidget | None = None
        self.backup_timer = QTimer(self)  # a backup at most every 30 minutes of use
        self.backup_timer.setInterval(30 * 60 * 1000)
        self.backup_timer.timeout.connect(self.back_up_if_due)
        self.backup_timer.start()

        view = bar.addMenu("&View")
        theme_menu = view.addMenu("&Theme")
        group = QActionGroup(self)
        current = self._setting("theme", "system")
        for name in ("system", "light", "dark"):
            action = QAction(name.capitalize() if name != "system" else "Follow the system", self, checkable=True)
            action.setChecked(name == current)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            group.addAction(action)
            theme_menu.addAction(action)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, "F1")
        self._action(help_menu, "&About studyapp", self.show_about)

    def _fill_switch_menu(self) -> None:
        self.switch_menu.clear()
        current = self.ctx.learner.id if self.ctx.learner else None
        group = QActionGroup(self.switch_menu)  # one learner at a time: shown as radio buttons
        group.setExclusive(True)
        for learner in learner_service.list_learners(self.ctx.db):
            action = QAction(learner.name, self.switch_menu, checkable=True)
            group.addAction(action)
            action.setChecked(learner.id == current)
            action.triggered.connect(lambda _checked=False, lid=learner.id: self.switch_learner(lid))
            self.switch_menu.addAction(action)

    # -- state machine ----------------------------------------------------------------------------
    def screen_widget(self, which: Screen) -> QWidget:
        """The screen widget, built on first use."""
        if which not in self._screens:
            widget = self._build_screen(which)
            self._screens[which] = widget
            self.stack.addWidget(widget)
            self._dirty.add(which)
        return self._screens[which]

    def _build_screen(self, which: Screen) -> Any:
        if which is Screen.WELCOME:
            from studyapp.ui.learners import WelcomeScreen

            welcome = WelcomeScreen(self.ctx, self)
            welcome.learner_created.connect(self._on_welcome_learner_created)
            return welcome
        if which is Screen.HOME:
            from studyapp.ui.home import HomeScreen

            home = HomeScreen(self.ctx, self)
            home.study_requested.connect(self.start_study)
            home.review_requested.connect(lambda: self.move_to(Screen.REVIEW))
            home.sources_requested.connect(lambda: self.move_to(Screen.SOURCES))
            home.stats_requested.connect(lambda: self.move_to(Screen.STATS))
            home.quizzes_requested.connect(lambda: self.move_to(Screen.QUIZZES))
            return home
        if which is Screen.STUDY:
            from studyapp.ui.study import StudyScreen

            study = StudyScreen(self.ctx, self)
            study.open_source_requested.connect(self.open_source)
            study.leave_requested.connect(self._on_study_leave_requested)
            study.progress_changed.connect(self._on_progress_changed)
            return study
        if which is Screen.REVIEW:
            from studyapp.ui.review import ReviewScreen

            review = ReviewScreen(self.ctx, self)
            review.drill_requested.connect(self._on_review_drill_requested)
            review.open_question_requested.connect(self.open_source)
            return review
        if which is Screen.SOURCES:
            from studyapp.ui.reader import ReaderScreen

            reader = ReaderScreen(self.ctx, self)
            reader.quiz_requested.connect(self._on_reader_quiz_requested)
            return reader
        if which is Screen.QUIZZES:
            from studyapp.ui.quizzes import QuizzesScreen

            quizzes = QuizzesScreen(self.ctx, self)
            quizzes.present_requested.connect(self.present_quiz)
            quizzes.take_requested.connect(self.take_quiz)
            quizzes.results_requested.connect(self.show_results)
            return quizzes
        if which is Screen.TAKE_QUIZ:
            from studyapp.ui.take_quiz import TakeQuizScreen

            take = TakeQuizScreen(self.ctx, self)
            take.leave_requested.connect(self._on_take_leave_requested)
            take.start_requested.connect(self._on_take_start_requested)
            take.handing_over.connect(self._on_take_handing_over)
            take.progress_changed.connect(self._on_progress_changed)
            return take
        if which is Screen.CLASS:
            from studyapp.ui.class_progress import ClassProgressScreen

            return ClassProgressScreen(self.ctx, self)
        if which is Screen.RESULTS:
            from studyapp.ui.quiz_results_screen import QuizResultsScreen

            return QuizResultsScreen(self.ctx, self)
        from studyapp.ui.stats import StatsScreen

        return StatsScreen(self.ctx, self)

    def move_to(self, which: Screen, *, remember: bool = True) -> None:
        if which not in (Screen.WELCOME, Screen.QUIZZES, Screen.RESULTS, Screen.CLASS) and self.ctx.learner is None:
            which = Screen.WELCOME
        if self.state is Screen.TAKE_QUIZ and which is not Screen.TAKE_QUIZ:
            take = self._screens.get(Screen.TAKE_QUIZ)
            running = take is not None and take.running  # type: ignore[attr-defined]
            if running and not self.ctx.dialogs.confirm(
                self,
                "Leave the quiz?",
                "The quiz is still running. The answers given so far are kept and this attempt is "
                "listed as unfinished in the results.",
                "Leave the quiz",
            ):
                return
            if take is not None:
                take.stop()  # type: ignore[attr-defined]
        if which is Screen.STUDY and self._study_screen_session() is None:
            which = Screen.HOME
        if remember and self.state is not None and self.state is not which:
            self._history.append(self.state)
            del self._history[:-20]
        widget = self.screen_widget(which)
        if which in self._dirty:
            self._dirty.discard(which)
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
        self.stack.setCurrentWidget(widget)
        self.state = which
        self.go_back_action.setEnabled(bool(self._history))
        self._update_title()
        focus = getattr(widget, "focus_default", None)
        if callable(focus):
            focus()

    def go_back(self) -> None:
        while self._history:
            previous = self._history.pop()
            if previous is Screen.STUDY and self._study_screen_session() is None:
                continue
            self.move_to(previous, remember=False)
            return
        if self.state is not Screen.HOME:
            self.move_to(Screen.HOME, remember=False)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.state not in (
            Screen.HOME,
            Screen.WELCOME,
            Screen.STUDY,
            Screen.TAKE_QUIZ,
        ):
            self.go_back()
            return
        super().keyPressEvent(event)

    def mark_dirty(self, *screens: Screen) -> None:
        """Data changed: these screens refresh when shown next (the visible one refreshes now)."""
        for which in screens or tuple(self._screens):
            if which not in self._screens:
                continue
            if which is self.state and which is not Screen.STUDY:
                refresh = getattr(self._screens[which], "refresh", None)
                if callable(refresh):
                    refresh()
            else:
                self._dirty.add(which)

    # -- study sessions ---------------------------------------------------------------------------
    def _study_screen_session(self) -> StudySession | None:
        widget = self._screens.get(Screen.STUDY)
        return None if widget is None else cast("StudyScreen", widget).session

    def start_session(self, session: StudySession, title: str) -> None:
        study = cast("StudyScreen", self.screen_widget(Screen.STUDY))
        study.start(session, title)
        self._dirty.discard(Screen.STUDY)
        self.move_to(Screen.STUDY)

    def start_study(self) -> None:
        from studyapp.services.study import StudySession, plan_study

        learner = self.ctx.learner
        if learner is None:
            return
        try:
            queue = plan_study(self.ctx.db, learner, self.ctx.clock())
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot start studying", str(exc))
            return
        session = StudySession(self.ctx.db, learner, queue, mode="study", clock=self.ctx.clock, fuzz=self.ctx.fuzz)
        self.start_session(session, "Today's study")

    def _on_review_drill_requested(self, question_ids: list[str]) -> None:
        from studyapp.services.study import StudySession

        learner = self.ctx.learner
        if learner is None or not question_ids:
            return
        session = StudySession(
            self.ctx.db, learner, question_ids, mode="review", clock=self.ctx.clock, fuzz=self.ctx.fuzz
        )
        self.start_session(session, "Review missed")

    def _on_reader_quiz_requested(self, question_ids: list[str], title: str) -> None:
        from studyapp.services.study import StudySession

        learner = self.ctx.learner
        if learner is None or not question_ids:
            return
        session = StudySession(
            self.ctx.db, learner, question_ids, mode="cram", clock=self.ctx.clock, fuzz=self.ctx.fuzz
        )
        self.start_session(session, title)

    def _on_study_leave_requested(self) -> None:
        self._history = [s for s in self._history if s is not Screen.STUDY]
        self.move_to(Screen.HOME, remember=False)

    def _on_progress_changed(self) -> None:
        self._dirty.update(s for s in self._screens if s is not Screen.STUDY)

    def open_source(self, source_id: str, question_id: str) -> None:
        reader = cast("ReaderScreen", self.screen_widget(Screen.SOURCES))
        self.move_to(Screen.SOURCES)
        reader.show_source(source_id, question_id or None)

    # -- classroom quizzes ------------------------------------------------------------------------
    def _load_quiz(self, name: str) -> Any:
        from studyapp.services.quizzes import load_quiz

        try:
            return load_quiz(self.ctx.db, name)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot open the quiz", str(exc))
            return None

    def present_quiz(self, name: str) -> None:
        from studyapp.ui.present import PresentationWindow

        quiz = self._load_quiz(name)
        if quiz is None or not quiz.items:
            return
        classroom = self.ctx.classroom
        window = PresentationWindow(
            quiz, live=classroom, db=self.ctx.db if classroom is not None else None, clock=self.ctx.clock
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._on_presentation_closed)
        self.presentation = window
        screen = self.screen()  # the whole screen, even when no window manager honours full screen
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        window.activateWindow()

    def _on_presentation_closed(self) -> None:
        self.presentation = None
        self.activateWindow()

    def take_quiz(self, name: str) -> None:
        from studyapp.ui.take_quiz import TakeQuizScreen

        quiz = self._load_quiz(name)
        if quiz is None:
            return
        take = cast("TakeQuizScreen", self.screen_widget(Screen.TAKE_QUIZ))
        self._dirty.discard(Screen.TAKE_QUIZ)
        take.prepare(quiz)  # a neutral page asks who is taking it; nothing is timed or recorded yet
        self.move_to(Screen.TAKE_QUIZ)

    def show_results(self, name: str) -> None:
        from studyapp.ui.quiz_results_screen import QuizResultsScreen

        results = cast("QuizResultsScreen", self.screen_widget(Screen.RESULTS))
        self._dirty.discard(Screen.RESULTS)
        results.show_quiz(name)
        self.move_to(Screen.RESULTS)

    def _on_take_leave_requested(self) -> None:
        self._history = [s for s in self._history if s is not Screen.TAKE_QUIZ]
        self.move_to(Screen.QUIZZES, remember=False)

    def _on_take_handing_over(self) -> None:
        """The laptop changes hands: nothing on screen names the last student."""
        self.learner_label.setText("Learner: the next student")
        self.setWindowTitle("Classroom quiz — the next student")

    def _on_take_start_requested(self, quiz_name: str, name: str) -> None:
        """The student named on the ready page takes the quiz on their own profile (created if new)."""
        from studyapp.ui.take_quiz import TakeQuizScreen

        quiz = self._load_quiz(quiz_name)
        if quiz is None:
            return
        wanted = " ".join(name.split()).lower()
        existing = next((lr for lr in learner_service.list_learners(self.ctx.db) if lr.name.lower() == wanted), None)
        try:
            learner = (
                learner_service.switch_learner(self.ctx.db, existing.id)
                if existing is not None
                else learner_service.create_learner(self.ctx.db, name, self.ctx.clock)
            )
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot switch to that student", str(exc))
            return
        if self.ctx.learner is None or self.ctx.learner.id != learner.id:
            self._use_learner(learner)
        take = cast("TakeQuizScreen", self.screen_widget(Screen.TAKE_QUIZ))
        take.start(quiz)
        self.move_to(Screen.TAKE_QUIZ, remember=False)

    # -- learners ---------------------------------------------------------------------------------
    def set_learner(self, learner: Learner | None) -> None:
        self._use_learner(learner)
        take = self._screens.get(Screen.TAKE_QUIZ)
        if take is not None:
            take.stop()  # type: ignore[attr-defined]
        self.state = None
        self.move_to(Screen.HOME if learner is not None else Screen.WELCOME, remember=False)

    def _use_learner(self, learner: Learner | None) -> None:
        """Make ``learner`` current: the previous one's study session goes, every screen re-reads."""
        self.ctx.learner = learner
        self._history.clear()
        study = self._screens.get(Screen.STUDY)
        if study is not None:
            study.deleteLater()
            self.stack.removeWidget(study)
            del self._screens[Screen.STUDY]
        self._dirty.update(self._screens)
        self._fill_switch_menu()
        self._update_title()

    def _on_welcome_learner_created(self, learner: Learner) -> None:
        self.set_learner(learner)

    def _on_new_learner(self) -> None:
        name = self.ctx.dialogs.ask_text(self, "New learner", "Name of the new learner:")
        if name is None:
            return
        try:
            learner = learner_service.create_learner(self.ctx.db, name, self.ctx.clock)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot create the learner", str(exc))
            return
        self.set_learner(learner)

    def _on_rename_learner(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        name = self.ctx.dialogs.ask_text(self, "Rename learner", "New name:", learner.name)
        if name is None:
            return
        try:
            renamed = learner_service.rename_learner(self.ctx.db, learner.id, name)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot rename the learner", str(exc))
            return
        self.ctx.learner = renamed
        self.mark_dirty()
        self._update_title()

    def _on_delete_learner(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        confirmed = self.ctx.dialogs.confirm(
            self,
            "Delete learner",
            f"Delete “{learner.name}” and all of their progress? This cannot be undone.",
            "Delete learner",
        )
        if not confirmed:
            return
        try:
            following = learner_service.delete_learner(self.ctx.db, learner.id)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot delete the learner", str(exc))
            return
        self.set_learner(following)

    def switch_learner(self, learner_id: int) -> None:
        try:
            learner = learner_service.switch_learner(self.ctx.db, learner_id)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot switch learner", str(exc))
            return
        self.set_learner(learner)

    def _on_settings(self) -> None:
        from studyapp.ui.learners import SettingsDialog

        learner = self.ctx.learner
        if learner is None:
            return
        dialog = SettingsDialog(self.ctx, learner, self)
        if dialog.exec() and dialog.result_learner is not None:
            self.ctx.learner = dialog.result_learner
            self.mark_dirty()

    # -- help, theme, geometry --------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from studyapp.ui.help import ShortcutsDialog

        ShortcutsDialog(self).exec()
        self._take_keys_back()

    def _take_keys_back(self) -> None:
        """After a dialog, the window gets the keyboard back, with or without a window manager."""
        self.activateWindow()
        screen = self.stack.currentWidget()
        focus = getattr(screen, "focus_default", None)
        if callable(focus):
            focus()

    def show_about(self) -> None:
        from studyapp.ui.help import AboutDialog

        AboutDialog(self.ctx.db.where, self).exec()
        self._take_keys_back()

    def set_theme(self, theme: str) -> None:
        from studyapp.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        if self.settings is not None:
            self.settings.setValue("theme", theme)
        self.mark_dirty()

    def _setting(self, key: str, default: str) -> str:
        if self.settings is None:
            return default
        return str(self.settings.value(key, default))

    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.sync()
        self.back_up_if_due()
        self._detach_classroom()
        super().closeEvent(event)

    # -- class server -------------------------------------------------------------------------------
    def _attach_classroom(self) -> None:
        """On a class server: answers go through the outbox, the teacher's screens follow the class live."""
        self.class_status.setVisible(self.ctx.db.is_server)
        if not self.ctx.db.is_server or self.ctx.classroom is not None:
            if self.ctx.classroom is not None:
                self._show_class_status(self.ctx.classroom.status_text())
            return
        from studyapp.db.class_server import is_teacher
        from studyapp.ui.classroom import Classroom

        try:
            teacher = is_teacher(self.ctx.db)
        except StudyappError:
            teacher = False
        classroom = Classroom(self.ctx.db, self.ctx.clock, teacher=teacher)  # type: ignore[arg-type]
        classroom.status_changed.connect(self._show_class_status)
        self.ctx.classroom = classroom
        self._show_class_status(classroom.status_text())

    def _detach_classroom(self) -> None:
        if self.ctx.classroom is not None:
            self.ctx.classroom.close()
            self.ctx.classroom = None

    def _say_where_progress_is(self) -> None:
        # a server's address is long: it is in the class status's tooltip, not over the status bar
        where = "on the class server" if self.ctx.db.is_server else f"in {self.ctx.db.where}"
        self.statusBar().showMessage(f"Progress is saved {where}", 8000)

    def _show_class_status(self, text: str) -> None:
        self.class_status.setText(text)
        offline = text.startswith("Offline")
        self.class_status.setStyleSheet("color: #b45309; font-weight: bold;" if offline else "")
        self.class_status.setToolTip(
            "The class server cannot be reached. Your answers are kept on this laptop and sent, once each, "
            "as soon as it is back."
            if offline
            else f"Answers are stored on {self.ctx.db.where}"
        )

    # -- backups ------------------------------------------------------------------------------------
    def back_up_if_due(self) -> None:
        """On closing and every half hour of use (a timer calls this): at most one backup per 30 minutes."""
        from studyapp.db import backups

        if self.ctx.db.is_server:
            return  # the server's administrator backs up a class server
        try:
            if backups.due_for_backup(self.ctx.db.location.path):
                backups.make_backup(self.ctx.db)
        except StudyappError as exc:
            self.statusBar().showMessage(f"The automatic backup failed: {exc}", 15000)

    def show_export(self) -> None:
        from studyapp.ui.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).exec()
        self._take_keys_back()

    def show_class_server(self) -> None:
        from studyapp.ui.class_server_dialog import ClassServerDialog

        dialog = ClassServerDialog(self.ctx, self)
        dialog.switch_requested.connect(self.switch_database)
        dialog.exec()
        self._take_keys_back()

    def switch_database(self, url: str) -> None:
        """Close this database and open the class server at ``url`` ("": the file on this laptop);
        every screen starts afresh. If the new one cannot be opened, the old one is opened again."""
        from studyapp.db.database import DatabaseLocation, default_path, open_database
        from studyapp.db.server import ServerLocation
        from studyapp.services.bank_sync import sync_bank_file
        from studyapp.services.learners import current_learner
        from studyapp.ui.app import default_bank

        before = self.ctx.db.location
        self._detach_classroom()
        self.ctx.db.close()
        target = ServerLocation(url) if url else DatabaseLocation(default_path())
        try:
            self.ctx.db = open_database(target)
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "Cannot open that database", f"{exc}\n\nYou stay where you were.")
            self.ctx.db = open_database(before)
        try:
            if default_bank().exists():
                sync_bank_file(self.ctx.db, default_bank())
        except StudyappError as exc:
            self.statusBar().showMessage(f"The question bank could not be loaded: {exc}", 15000)
        for widget in list(self._screens.values()):
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._screens.clear()
        self._history.clear()
        self.state = None
        self._attach_classroom()
        self.set_learner(current_learner(self.ctx.db))
        self._say_where_progress_is()

    def show_backups(self) -> None:
        from studyapp.ui.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()
        self._take_keys_back()

    def restore_backup(self, backup: str) -> None:
        """Close the database, put the backup in place, open it again, and start every screen afresh."""
        from pathlib import Path

        from studyapp.db import backups
        from studyapp.db.database import open_database
        from studyapp.services.learners import current_learner

        location = self.ctx.db.location
        self.ctx.db.close()
        try:
            backups.restore_backup(location.path, Path(backup))
        except StudyappError as exc:
            self.ctx.dialogs.show_error(self, "The backup could not be restored", f"{exc}\n\nNothing was changed.")
        self.ctx.db = open_database(location)
        for widget in list(self._screens.values()):
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._screens.clear()
        self.set_learner(current_learner(self.ctx.db))
        self.statusBar().showMessage("Backup restored.", 8000)

    def _update_title(self) -> None:
        learner = self.ctx.learner
        screen = TITLES.get(self.state, "") if self.state else ""
        who = learner.name if learner else "no learner"
        # the application's display name ("studyapp") is added by Qt after this, once
        self.setWindowTitle(f"{screen} — {who}" if screen else "")
        self.learner_label.setText(f"Learner: {who}")
        for action in self._learner_actions:
            action.setEnabled(learner is not None)
        server = self.ctx.db.is_server  # a class's students are added by the teacher (studyapp class add-student)
        for action in (self.new_learner_action, self.rename_learner_action, self.delete_learner_action):
            action.setEnabled(not server and (learner is not None or action is self.new_learner_action))
        self.switch_menu.setEnabled(not server)
        self.backups_action.setEnabled(not server)
        student = server and (self.ctx.classroom is None or not self.ctx.classroom.teacher)
        self.go_class_action.setEnabled(not student)  # a student sees only their own rows anyway

    # typed accessors for tests and the app
    @property
    def home(self) -> HomeScreen:
        return cast("HomeScreen", self.screen_widget(Screen.HOME))

    @property
    def study(self) -> StudyScreen:
        return cast("StudyScreen", self.screen_widget(Screen.STUDY))

    @property
    def review(self) -> ReviewScreen:
        return cast("ReviewScreen", self.screen_widget(Screen.REVIEW))

    @property
    def reader(self) -> ReaderScreen:
        return cast("ReaderScreen", self.screen_widget(Screen.SOURCES))

    @property
    def stats(self) -> StatsScreen:
        return cast("StatsScreen", self.screen_widget(Screen.STATS))

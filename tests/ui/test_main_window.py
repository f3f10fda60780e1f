"""The main window: learners, navigation between screens, settings, help, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from studyapp.db.database import Database
from studyapp.services.clock import ManualClock
from studyapp.services.learners import list_learners
from studyapp.services.study import plan_study
from studyapp.services.views import Learner
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import ScriptedDialogs
from studyapp.ui.main_window import MainWindow, Screen


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> MainWindow:
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_opens_on_home_for_the_last_learner(window: MainWindow, learner: Learner) -> None:
    assert window.state is Screen.HOME
    assert learner.name in window.windowTitle()
    assert window.learner_label.text() == f"Learner: {learner.name}"


def test_first_start_asks_for_a_name_and_creates_the_learner(
    qtbot: QtBot, db: Database, clock: ManualClock, dialogs: ScriptedDialogs, settings: QSettings
) -> None:
    from studyapp.ui.learners import WelcomeScreen

    win = MainWindow(AppContext(db=db, dialogs=dialogs, clock=clock, fuzz=False), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.state is Screen.WELCOME
    welcome = win.screen_widget(Screen.WELCOME)
    assert isinstance(welcome, WelcomeScreen)
    welcome.create_button.click()
    assert "needs a name" in welcome.error_label.text()
    qtbot.keyClicks(welcome.name_edit, "Grace")
    qtbot.keyClick(welcome.name_edit, Qt.Key.Key_Return)
    assert win.state is Screen.HOME
    assert [learner.name for learner in list_learners(db)] == ["Grace"]
    assert win.ctx.learner is not None and win.ctx.learner.name == "Grace"


def test_new_rename_switch_and_delete_learners(
    window: MainWindow, dialogs: ScriptedDialogs, db: Database, learner: Learner
) -> None:
    dialogs.texts.append("Bob")
    window.new_learner_action.trigger()
    assert window.ctx.learner is not None and window.ctx.learner.name == "Bob"
    dialogs.texts.append("Robert")
    window.rename_learner_action.trigger()
    assert window.ctx.learner.name == "Robert"
    assert "Robert" in window.windowTitle()
    window.switch_learner(learner.id)
    assert window.ctx.learner == learner
    # delete asks first; saying no keeps everything
    dialogs.confirms.append(False)
    window.delete_learner_action.trigger()
    assert len(list_learners(db)) == 2
    assert "all of their progress" in dialogs.asked[-1]
    dialogs.confirms.append(True)
    window.delete_learner_action.trigger()
    assert [learner.name for learner in list_learners(db)] == ["Robert"]
    assert window.ctx.learner is not None and window.ctx.learner.name == "Robert"
    assert window.state is Screen.HOME


def test_duplicate_learner_name_shows_an_error(window: MainWindow, dialogs: ScriptedDialogs, learner: Learner) -> None:
    dialogs.texts.append(learner.name.upper())
    window.new_learner_action.trigger()
    assert dialogs.errors and "already" in dialogs.errors[-1][1]
    assert window.ctx.learner == learner


def test_deleting_the_last_learner_returns_to_the_welcome_screen(window: MainWindow, dialogs: ScriptedDialogs) -> None:
    dialogs.confirms.append(True)
    window.delete_learner_action.trigger()
    assert window.state is Screen.WELCOME
    assert not window.go_study_action.isEnabled()


def test_navigation_between_screens_and_back(qtbot: QtBot, window: MainWindow) -> None:
    window.go_sources_action.trigger()
    assert window.state is Screen.SOURCES
    window.go_stats_action.trigger()
    assert window.state is Screen.STATS
    window.go_back_action.trigger()
    assert window.state is Screen.SOURCES
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.state is Screen.HOME
    window.go_review_action.trigger()
    assert window.state is Screen.REVIEW
    window.go_home_action.trigger()
    assert window.state is Screen.HOME


def test_study_from_home_records_answers_and_refreshes_home(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.go_study_action.trigger()
    assert window.state is Screen.STUDY
    session = window.study.session
    learner = window.ctx.learner
    assert learner is not None and session is not None
    assert session.total == len(plan_study(db, learner, window.ctx.clock()))
    qtbot.keyClick(window.study, Qt.Key.Key_1)
    assert db.scalar("SELECT count(*) FROM attempts") == 1
    window.go_home_action.trigger()
    assert window.state is Screen.HOME
    # home was marked dirty by the answer and shows the new count of new questions
    assert window.home.isVisible()


def test_open_in_source_goes_to_the_reader_and_back_to_the_session(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.start_study()
    session = window.study.session
    assert session is not None
    question = session.current()
    assert question is not None
    window.open_source(question.citation.source.id, question.id)
    assert window.state is Screen.SOURCES
    window.go_back()
    assert window.state is Screen.STUDY
    assert window.study.session is session


def test_settings_change_the_daily_limit(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.ui.learners import SettingsDialog

    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.new_per_day.setValue(7)
        dialog.retention.setValue(85)
        dialog._on_buttons_accepted()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.settings_action.trigger()
    assert window.ctx.learner is not None
    assert (window.ctx.learner.new_per_day, window.ctx.learner.desired_retention) == (7, 0.85)
    assert db.one("SELECT new_per_day, desired_retention FROM learners") == (7, 0.85)


def test_geometry_is_remembered(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> None:
    first = MainWindow(ctx, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(777, 655)
    first.close()
    second = MainWindow(ctx, settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (777, 655)


def test_shortcuts_page_and_about(qtbot: QtBot, window: MainWindow) -> None:
    from studyapp.ui.help import AboutDialog, ShortcutsDialog

    shortcuts = ShortcutsDialog(window)
    qtbot.addWidget(shortcuts)
    keys = {item.text() for r in range(shortcuts.table.rowCount()) if (item := shortcuts.table.item(r, 1))}
    assert {"Ctrl+Z", "1 – 4", "Space / Enter"} <= keys
    about = AboutDialog(window.ctx.db.where, window)
    qtbot.addWidget(about)
    assert "studyapp" in about.label.text() and window.ctx.db.where in about.label.text()
    assert about.label.textFormat() == Qt.TextFormat.PlainText


def test_dark_theme_switch(window: MainWindow, settings: QSettings) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.set_theme("dark")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
    assert settings.value("theme") == "dark"
    window.set_theme("light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_every_menu_action_with_a_shortcut_names_it_in_its_tooltip(window: MainWindow) -> None:
    for action in window.findChildren(type(window.go_home_action)):
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in action.toolTip()


def test_markup_in_a_name_or_a_title_is_shown_as_written(
    qtbot: QtBot, ctx: AppContext, settings: QSettings, db: Database
) -> None:
    from studyapp.services.learners import rename_learner

    assert ctx.learner is not None
    ctx.learner = rename_learner(db, ctx.learner.id, '<b>x</b><img src="y">')
    from sqlalchemy import text

    with db.session() as session:
        session.execute(text("UPDATE sources SET title = '<i>Slanted</i> & <b>bold</b>' WHERE position = 0"))
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.learner_label.textFormat() == Qt.TextFormat.PlainText
    assert win.learner_label.text() == 'Learner: <b>x</b><img src="y">'
    tips = [label.toolTip() for label, _bar in win.home.by_source.rows]
    assert any("&lt;i&gt;Slanted&lt;/i&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in t for t in tips)
    assert not any("<i>" in t or "<b>" in t for t in tips)


def test_title_menus_and_keys_after_help(
    qtbot: QtBot, window: MainWindow, learner: Learner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.dialogs import sentence

    # Qt adds the application's name to the title bar; the window's own title does not repeat it
    assert "studyapp" not in window.windowTitle() and learner.name in window.windowTitle()
    # one learner at a time: the Switch learner menu is a radio group
    window._fill_switch_menu()
    actions = window.switch_menu.actions()
    assert actions and all(a.actionGroup() is not None and a.actionGroup().isExclusive() for a in actions)
    # after F1's help closes, the keys work again without a click
    window.activateWindow()
    qtbot.waitActive(window)
    from studyapp.ui.help import ShortcutsDialog

    shown: list[str] = []

    def exec_and_close(dialog: ShortcutsDialog) -> int:  # the user reads the help and closes it
        dialog.show()
        qtbot.waitExposed(dialog)
        shown.append(dialog.windowTitle())
        dialog.close()
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_and_close)
    window.show_shortcuts()  # what F1 does
    assert shown == ["Keyboard shortcuts"]
    qtbot.waitUntil(lambda: window.home.isAncestorOf(QApplication.focusWidget() or window), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)
    assert window.state is Screen.STUDY
    assert sentence("no question with id x") == "No question with id x"


def test_dialog_titles_fit(qtbot: QtBot, ctx: AppContext, learner: Learner) -> None:
    from studyapp.ui.learners import SettingsDialog

    dialog = SettingsDialog(ctx, learner)
    qtbot.addWidget(dialog)
    assert dialog.minimumWidth() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100


def test_radio_buttons_and_check_boxes_can_be_seen_in_the_dark_theme(qtbot: QtBot) -> None:
    """Fusion draws an indicator's outline a shade darker than the window: on a dark window the
    unchecked radio buttons of the export dialog were next to invisible."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    from studyapp.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for theme in ("dark", "light"):
            apply_theme(app, theme)
            window_color = app.palette().color(QPalette.ColorRole.Window)
            for widget, element in (
                (QRadioButton("Moodle XML"), QStyle.SubElement.SE_RadioButtonIndicator),
                (QCheckBox("Typed answer"), QStyle.SubElement.SE_CheckBoxIndicator),
            ):
                qtbot.addWidget(widget)
                widget.resize(200, 30)
                image = widget.grab().toImage()
                option = QStyleOptionButton()
                option.initFrom(widget)
                rect = widget.style().subElementRect(element, option, widget)
                contrast = max(
                    abs(image.pixelColor(x, y).lightness() - window_color.lightness())
                    for x in range(rect.left(), rect.right() + 1)
                    for y in range(rect.top(), rect.bottom() + 1)
                )
                assert contrast >= 45, (theme, type(widget).__name__, contrast)
    finally:
        apply_theme(app, "light")

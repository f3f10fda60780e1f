"""The study screen driven by keys and clicks: what the learner sees, then what the database holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.errors import DatabaseLocked
from studyapp.grading import normalize_answer
from studyapp.services.clock import ManualClock
from studyapp.services.questions import load_question
from studyapp.services.study import StudySession
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import ScriptedDialogs
from studyapp.ui.study import StudyScreen
from ui.helpers import add_cloze_question, add_disagreement


def _ids(ctx: AppContext, sql: str) -> list[str]:
    return [str(r[0]) for r in ctx.db.rows(sql)]


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> StudyScreen:
    widget = StudyScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    return widget


def _start(screen: StudyScreen, ctx: AppContext, clock: ManualClock, ids: list[str], mode: str = "study") -> None:
    assert ctx.learner is not None
    session = StudySession(ctx.db, ctx.learner, ids, mode=mode, clock=clock, fuzz=False, shuffle=False)
    screen.start(session, "Test session")


def _mc(ctx: AppContext, n: int = 1) -> list[str]:
    return _ids(ctx, f"SELECT id FROM questions WHERE format='mc' AND disagreements='[]' ORDER BY position LIMIT {n}")


def test_multiple_choice_by_key_then_space_continues(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    ids = _mc(ctx, 2)
    _start(screen, ctx, clock, ids)
    question = load_question(ctx.db, ids[0])
    assert question.choices is not None
    assert screen.prompt.text() == question.prompt
    assert screen.progress.value() == 0 and screen.progress.maximum() == 2
    right_key = question.choices.index(question.answer) + 1
    qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{right_key}"))
    assert screen.feedback.isVisible()
    assert screen.feedback.verdict.text().startswith("✓ Right")
    assert screen.feedback.correct_answer.text() == f"Correct answer: {question.answer}"
    assert ctx.db.rows("SELECT question_id, correct, mode FROM attempts") == [(ids[0], 1, "study")]
    assert screen.progress.value() == 1
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert screen.prompt.text() == load_question(ctx.db, ids[1]).prompt
    assert not screen.feedback.isVisible()


def test_wrong_choice_by_click_shows_the_passage_and_source(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    ids = _mc(ctx)
    _start(screen, ctx, clock, ids)
    question = load_question(ctx.db, ids[0])
    assert question.choices is not None
    wrong = next(i for i, c in enumerate(question.choices) if c != question.answer)
    qtbot.mouseClick(screen.choice_buttons[wrong], Qt.MouseButton.LeftButton)
    assert screen.feedback.verdict.text() == "✗ Wrong"
    assert "your choice" in screen.choice_buttons[wrong].text()
    assert screen.feedback.source_title.text() == question.citation.source.title
    assert question.citation.source.publisher in screen.feedback.source_byline.text()
    highlighted = dict(screen.feedback.passage.highlighted_text())
    assert highlighted["quote"] == question.citation.quote
    assert highlighted["answer"] == question.answer
    assert ctx.db.one("SELECT correct, rating FROM attempts") == (0, 1)
    assert ctx.db.scalar("SELECT missed_at FROM cards") is not None
    with qtbot.waitSignal(screen.open_source_requested) as blocker:
        qtbot.keyClick(screen, Qt.Key.Key_O)
    assert blocker.args == [question.citation.source.id, question.id]


def test_typed_answer_with_a_typo_is_accepted_and_the_difference_shown(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    typed = _ids(ctx, "SELECT id FROM questions WHERE format='typed' ORDER BY position")
    question = next(
        q for q in map(lambda i: load_question(ctx.db, i), typed) if q.answer.isalpha() and len(q.answer) >= 6
    )
    qid = question.id
    _start(screen, ctx, clock, [qid])
    assert screen.answer_edit.hasFocus()
    typo = question.answer[:-1]  # one letter missing
    qtbot.keyClicks(screen.answer_edit, typo)
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert "typo" in screen.feedback.verdict.text()
    assert screen.feedback.diff.isVisible()
    assert screen.feedback.diff.toPlainText() == normalize_answer(question.answer)  # what grading compares
    assert ctx.db.one("SELECT response, correct, verdict, rating FROM attempts") == (typo, 1, "close", 2)


def test_digits_typed_go_into_the_answer_box(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    qid = _ids(ctx, "SELECT id FROM questions WHERE format='typed' ORDER BY position LIMIT 1")[0]
    _start(screen, ctx, clock, [qid])
    qtbot.keyClicks(screen.answer_edit, "1956")
    assert screen.answer_edit.text() == "1956"
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 0
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.feedback.verdict.text() == "✗ Wrong"


def test_rating_override_with_ctrl_digit(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    ids = _mc(ctx)
    _start(screen, ctx, clock, ids)
    question = load_question(ctx.db, ids[0])
    assert question.choices is not None
    qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{question.choices.index(question.answer) + 1}"))
    qtbot.keyClick(screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert ctx.db.scalar("SELECT rating FROM attempts") == 3
    assert screen.feedback.rating_buttons[3].isChecked()
    assert screen.feedback.next_due.text().startswith("Good:")


def test_undo_removes_the_attempt_and_asks_again(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    qid = add_cloze_question(ctx.db)
    _start(screen, ctx, clock, [qid])
    qtbot.keyClicks(screen.answer_edit, "nonsense")
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 1
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 0
    assert ctx.db.scalar("SELECT count(*) FROM cards") == 0
    assert not screen.feedback.isVisible()
    assert screen.answer_edit.isEnabled() and screen.answer_edit.text() == "nonsense"
    assert screen.progress.value() == 0 and screen.progress.maximum() == 1


def test_ctrl_z_from_the_next_question_undoes_the_previous_answer(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    first = _mc(ctx)[0]
    typed = _ids(ctx, "SELECT id FROM questions WHERE format='typed' ORDER BY position LIMIT 1")[0]
    _start(screen, ctx, clock, [first, typed])
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Return)
    assert screen.answer_edit.hasFocus()
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 0
    assert screen.prompt.text() == load_question(ctx.db, first).prompt


def test_disagreeing_sources_are_shown(qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock) -> None:
    qid = add_disagreement(ctx.db)
    question = load_question(ctx.db, qid)
    _start(screen, ctx, clock, [qid])
    qtbot.keyClick(screen, Qt.Key.Key_1)
    assert screen.feedback.disagreement_box.isVisible()
    texts = [label.text() for label in screen.feedback.disagreement_labels]
    other = question.disagreements[0]
    assert any(other.value in t and other.source_title in t and other.quote in t for t in texts)


def test_summary_at_the_end_and_back_home(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    ids = _mc(ctx, 2)
    _start(screen, ctx, clock, ids)
    for qid in ids:
        question = load_question(ctx.db, qid)
        assert question.choices is not None
        wrong = next(i for i, c in enumerate(question.choices) if c != question.answer) + 1
        qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{wrong}"))
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    clock.advance(3600)
    while screen.session is not None and not screen.session.finished:
        current = screen.session.current()
        assert current is not None and current.choices is not None
        qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{current.choices.index(current.answer) + 1}"))
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
        clock.advance(3600)
    assert screen.pages.currentIndex() == 1
    assert screen.summary_title.text() == "Session complete"
    assert screen.missed_list.count() == 2
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen.home_button, Qt.Key.Key_Return)


def test_empty_session_says_so(qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock) -> None:
    _start(screen, ctx, clock, [])
    assert screen.summary_title.text() == "Nothing due right now"


def test_escape_leaves(qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock) -> None:
    _start(screen, ctx, clock, _mc(ctx))
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)


def test_a_locked_database_is_reported_and_the_answer_can_be_retried(
    qtbot: QtBot,
    screen: StudyScreen,
    ctx: AppContext,
    clock: ManualClock,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import studyapp.services.study as study

    ids = _mc(ctx)
    _start(screen, ctx, clock, ids)
    real = study.record_answer  # type: ignore[attr-defined]

    def locked(*args: object, **kwargs: object) -> object:
        raise DatabaseLocked("progress.sqlite3", "the database is in use by another program (locked)")

    monkeypatch.setattr(study, "record_answer", locked)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    assert dialogs.errors and "could not be saved" in dialogs.errors[0][0]
    assert "locked" in dialogs.errors[0][1]
    assert not screen.feedback.isVisible()
    monkeypatch.setattr(study, "record_answer", real)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    assert screen.feedback.isVisible()
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 1


def test_controls_have_accessible_names_and_shortcut_tooltips(screen: StudyScreen) -> None:
    for button in (screen.feedback.next_button, screen.feedback.undo_button, screen.feedback.open_source_button):
        assert button.accessibleName()
    assert "Space" in screen.feedback.next_button.toolTip()
    assert "Ctrl+Z" in screen.feedback.undo_button.toolTip()
    assert all(f"Press {n}" == b.toolTip() for n, b in enumerate(screen.choice_buttons, 1))


def test_content_text_is_never_rich_text(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    assert screen.prompt.textFormat() == Qt.TextFormat.PlainText
    assert screen.feedback.correct_answer.textFormat() == Qt.TextFormat.PlainText
    assert screen.feedback.source_title.textFormat() == Qt.TextFormat.PlainText


def test_i_was_right_from_the_feedback_and_ctrl_z_takes_it_back(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    qid = _ids(ctx, "SELECT id FROM questions WHERE format='typed' ORDER BY position LIMIT 1")[0]
    _start(screen, ctx, clock, [qid])
    qtbot.keyClicks(screen.answer_edit, "no idea at all")
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.feedback.verdict.text() == "✗ Wrong"
    assert screen.feedback.claim_button.isVisible()
    qtbot.mouseClick(screen.feedback.claim_button, Qt.MouseButton.LeftButton)
    assert screen.feedback.verdict.text() == "✓ Marked right by you"
    assert not screen.feedback.claim_button.isVisible()
    assert ctx.db.one("SELECT correct, verdict FROM attempts") == (1, "override")
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.feedback.verdict.text() == "✗ Wrong"  # still on the feedback, the claim taken back
    assert ctx.db.one("SELECT correct, verdict FROM attempts") == (0, "wrong")
    qtbot.keyClick(screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert screen.feedback.verdict.text() == "✓ Marked right by you"


def test_the_headline_says_why_an_answer_in_another_form_is_right(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    qid = _ids(ctx, "SELECT id FROM questions WHERE format='typed' AND kind = 'island_alias' ORDER BY position")[0]
    question = load_question(ctx.db, qid)
    other = next(a for a in question.accepted if normalize_answer(a) != normalize_answer(question.answer))
    _start(screen, ctx, clock, [qid])
    qtbot.keyClicks(screen.answer_edit, other)
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.feedback.verdict.text() == f"✓ Right — other spelling of {question.answer}"
    assert not screen.feedback.claim_button.isVisible()


def test_choices_come_in_a_new_order_and_first_sight_is_at_most_good(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock
) -> None:
    qid = _ids(ctx, "SELECT id FROM questions WHERE format='mc' ORDER BY position LIMIT 1")[0]
    orders = set()
    learner = ctx.learner
    assert learner is not None
    for showing in range(6):
        screen.start(StudySession(ctx.db, learner, [qid], clock=clock, fuzz=False), "Test session")
        labels = tuple(b.text().split("  ", 1)[1] for b in screen.choice_buttons)
        orders.add(labels)
        right = labels.index(load_question(ctx.db, qid).answer) + 1
        qtbot.keyClick(screen, getattr(Qt.Key, f"Key_{right}"))  # right, within a second
        if showing == 0:  # first sight: Good, not Easy, however quick
            assert screen.feedback.rating_buttons[3].isChecked()
        clock.advance(86400 * 30)
    assert len(orders) > 1

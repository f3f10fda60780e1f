"""The study screen, driven like a learner drives it (keys and clicks), then checked on screen and in the database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from studyapp.errors import DatabaseLocked
from studyapp.grading import Verdict, grade_typed, normalize_answer
from studyapp.grading.hints import DEFAULT_HINT, answer_hint
from studyapp.services.clock import ManualClock
from studyapp.services.questions import load_question
from studyapp.services.study import StudySession
from studyapp.services.views import QuestionView
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import ScriptedDialogs
from studyapp.ui.feedback import verdict_colors
from studyapp.ui.study import StudyScreen
from studyapp.ui.theme import dark_palette
from ui.helpers import add_cloze_question, add_disagreement


def _ids(ctx: AppContext, sql: str, params: tuple[object, ...] = ()) -> list[str]:
    return [str(r[0]) for r in ctx.db.rows(sql, params)]


def _questions(ctx: AppContext, fmt: str) -> list[QuestionView]:
    return [load_question(ctx.db, qid) for qid in _ids(ctx, "SELECT id FROM questions WHERE format = ?", (fmt,))]


def _first(ctx: AppContext, fmt: str, test: Callable[[QuestionView], bool]) -> QuestionView:
    return next(q for q in _questions(ctx, fmt) if test(q))


def _mc_ids(ctx: AppContext, n: int = 1) -> list[str]:
    return _ids(
        ctx, "SELECT id FROM questions WHERE format='mc' AND disagreements='[]' ORDER BY position LIMIT ?", (n,)
    )


def _key(number: int) -> Qt.Key:
    key: Qt.Key = getattr(Qt.Key, f"Key_{number}")
    return key


def _right_key(question: QuestionView) -> Qt.Key:
    assert question.choices is not None
    return _key(question.choices.index(question.answer) + 1)


def _wrong_index(question: QuestionView) -> int:
    assert question.choices is not None
    return next(i for i, c in enumerate(question.choices) if c != question.answer)


def _typo_of(question: QuestionView) -> str | None:
    """A response with one letter dropped that the grader accepts as a typo, if there is one."""
    answer = question.answer
    for i in range(1, len(answer) - 1):
        response = answer[:i] + answer[i + 1 :]
        if grade_typed(response, answer, question.accepted).verdict is Verdict.CLOSE:
            return response
    return None


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> StudyScreen:
    widget = StudyScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    return widget


@pytest.fixture
def start(screen: StudyScreen, ctx: AppContext, clock: ManualClock) -> Callable[..., StudySession]:
    def begin(ids: list[str], title: str = "Today's study", mode: str = "study") -> StudySession:
        assert ctx.learner is not None
        session = StudySession(ctx.db, ctx.learner, ids, mode=mode, clock=clock, fuzz=False, shuffle=False)
        screen.start(session, title)
        return session

    return begin


def _attempts(ctx: AppContext) -> list[tuple[object, ...]]:
    return ctx.db.rows("SELECT question_id, response, correct, verdict, rating FROM attempts ORDER BY id")


def _card(ctx: AppContext, qid: str) -> tuple[object, ...] | None:
    return ctx.db.one(
        "SELECT state, step, stability, difficulty, due, last_review, reps, lapses, missed_at, right_streak "
        "FROM cards WHERE question_id = ?",
        (qid,),
    )


# -- multiple choice ----------------------------------------------------------------------------------


def test_multiple_choice_shows_the_question_with_numbered_choices(
    screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    assert question.choices is not None
    start([qid])
    assert screen.prompt.text() == question.prompt
    assert screen.kind.text().startswith(question.kind_label)
    assert screen.choices_box.isVisible() and not screen.typed_box.isVisible()
    assert [b.text() for b in screen.choice_buttons] == [f"{n}  {c}" for n, c in enumerate(question.choices, 1)]
    assert [b.label.text() for b in screen.choice_buttons] == [b.text() for b in screen.choice_buttons]
    assert not screen.feedback.isVisible()
    # the keys answer; focus is not on a choice, so a stray Space answers nothing
    assert not isinstance(screen.focusWidget(), QAbstractButton)


def test_right_choice_by_key(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    start([qid])
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 0
    qtbot.keyClick(screen, _right_key(question))
    assert screen.feedback.isVisible()
    assert screen.feedback.verdict.text() == "✓ Right"
    assert screen.feedback.your_answer.text() == f"Your answer: {question.answer}"
    assert screen.feedback.correct_answer.text() == f"Correct answer: {question.answer}"
    assert not screen.feedback.diff.isVisible()
    right = screen.choice_buttons[int(_right_key(question)) - int(Qt.Key.Key_1)]
    assert "✓ your choice, correct" in right.text()
    assert screen.feedback.next_button.hasFocus()
    rows = _attempts(ctx)
    assert len(rows) == 1 and rows[0][:4] == (qid, question.answer, 1, "exact")
    assert ctx.db.scalar("SELECT count(*) FROM cards WHERE question_id = ?", (qid,)) == 1
    assert ctx.db.scalar("SELECT duration_ms FROM attempts") >= 0
    # another key does not answer twice
    qtbot.keyClick(screen, _key(1))
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 1


def test_wrong_choice_by_click(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    assert question.choices is not None
    start([qid])
    wrong = _wrong_index(question)
    qtbot.mouseClick(screen.choice_buttons[wrong], Qt.MouseButton.LeftButton)
    assert screen.feedback.verdict.text() == "✗ Wrong"
    assert screen.feedback.your_answer.text() == f"Your answer: {question.choices[wrong]}"
    assert screen.choice_buttons[wrong].text().endswith("✗ your choice")
    right = question.choices.index(question.answer)
    assert screen.choice_buttons[right].text().endswith("✓ correct answer")
    assert screen.feedback.rating_buttons[1].isChecked()
    assert _attempts(ctx) == [(qid, question.choices[wrong], 0, "wrong", 1)]
    assert ctx.db.scalar("SELECT missed_at FROM cards WHERE question_id = ?", (qid,)) is not None


# -- typed and blank-fill -----------------------------------------------------------------------------


def test_typed_answer_with_a_typo_is_accepted_and_the_difference_shown(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    question = _first(ctx, "typed", lambda q: _typo_of(q) is not None)
    typo = _typo_of(question)
    assert typo is not None
    start([question.id])
    assert screen.typed_box.isVisible() and not screen.choices_box.isVisible()
    assert screen.answer_edit.hasFocus()
    assert screen.answer_edit.placeholderText() == answer_hint(question.value)
    assert screen.answer_edit.placeholderText() != DEFAULT_HINT  # the real bank's typed answers all say more
    qtbot.keyClicks(screen.answer_edit, typo)
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.feedback.verdict.text() == "✓ Almost — accepted with a typo"
    assert screen.feedback.your_answer.text() == f"Your answer: {typo}"
    assert screen.feedback.diff.isVisible()
    # the missing letter is added (underlined); nothing is struck out
    assert screen.feedback.diff.toPlainText() == normalize_answer(question.answer)  # what grading compares
    assert screen.feedback.diff.toHtml().count("text-decoration: underline") == 1
    assert "line-through" not in screen.feedback.diff.toHtml()
    assert _attempts(ctx) == [(question.id, typo, 1, "close", 2)]
    assert screen.feedback.next_button.hasFocus()


def test_a_near_miss_typed_answer_is_wrong_and_shows_the_difference(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    question = _first(ctx, "typed", lambda q: q.answer.isalpha() and len(q.answer) >= 7)
    near = question.answer[:-3] + "xyz"
    assert grade_typed(near, question.answer, question.accepted).verdict is Verdict.WRONG
    start([question.id])
    qtbot.keyClicks(screen.answer_edit, near)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.feedback.verdict.text() == "✗ Wrong"
    assert screen.feedback.correct_answer.text() == f"Correct answer: {question.answer}"
    assert screen.feedback.diff.isVisible()
    assert "line-through" in screen.feedback.diff.toHtml()
    assert not screen.answer_edit.isEnabled() and not screen.check_button.isEnabled()
    assert _attempts(ctx) == [(question.id, near, 0, "wrong", 1)]


def test_a_different_answer_is_wrong_without_a_letter_by_letter_difference(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    question = load_question(ctx.db, add_cloze_question(ctx.db))
    assert not question.answer.lower().startswith("q")
    start([question.id])
    assert "_____" in screen.prompt.text()
    qtbot.keyClicks(screen.answer_edit, "qqqq")
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Enter)
    assert screen.feedback.verdict.text() == "✗ Wrong"
    assert not screen.feedback.diff.isVisible()
    assert _attempts(ctx)[0][2:4] == (0, "wrong")


def test_an_empty_answer_can_be_submitted_and_counts_as_wrong(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    question = _questions(ctx, "typed")[0]
    start([question.id])
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.feedback.verdict.text() == "✗ No answer"
    assert screen.feedback.your_answer.text() == "Your answer: (none)"
    assert _attempts(ctx) == [(question.id, "", 0, "empty", 1)]


def test_digits_and_letters_typed_go_into_the_answer_box(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    opened: list[tuple[str, str]] = []
    screen.open_source_requested.connect(lambda s, q: opened.append((s, q)))
    mc = _mc_ids(ctx)[0]
    typed = _ids(ctx, "SELECT id FROM questions WHERE format='typed' ORDER BY position LIMIT 1")[0]
    start([mc, typed])
    mc_question = load_question(ctx.db, mc)
    qtbot.keyClick(screen, _right_key(mc_question))
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert screen.answer_edit.hasFocus()
    qtbot.keyClicks(screen.answer_edit, "1 2 3 4 Oslo 1956")
    assert screen.answer_edit.text() == "1 2 3 4 Oslo 1956"
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 1  # only the multiple-choice answer
    assert opened == []
    assert not screen.feedback.isVisible()
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert ctx.db.scalar("SELECT response FROM attempts WHERE question_id = ?", (typed,)) == "1 2 3 4 Oslo 1956"


# -- rating, next, undo -------------------------------------------------------------------------------


def test_rating_override_with_ctrl_3(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    start([qid])
    qtbot.mouseClick(screen.choice_buttons[_wrong_index(question)], Qt.MouseButton.LeftButton)
    assert ctx.db.scalar("SELECT rating FROM attempts") == 1
    due_before = ctx.db.scalar("SELECT due FROM cards")
    qtbot.keyClick(screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert ctx.db.scalar("SELECT rating FROM attempts") == 3
    assert ctx.db.scalar("SELECT due FROM cards") > due_before
    assert screen.feedback.rating_buttons[3].isChecked()
    assert not screen.feedback.rating_buttons[1].isChecked()
    assert screen.feedback.next_due.text().startswith("Good:")
    # clicking a rating button does the same
    qtbot.mouseClick(screen.feedback.rating_buttons[4], Qt.MouseButton.LeftButton)
    assert ctx.db.scalar("SELECT rating FROM attempts") == 4
    assert ctx.db.scalar("SELECT count(*) FROM attempts") == 1


def test_space_continues_and_the_progress_bar_counts(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    progressed: list[None] = []
    screen.progress_changed.connect(lambda: progressed.append(None))
    ids = _mc_ids(ctx, 3)
    start(ids)
    assert (screen.progress.value(), screen.progress.maximum(), screen.progress_text.text()) == (0, 3, "0 of 3")
    assert not screen.progress.isTextVisible()  # the count is beside the bar, not under its fill
    first = load_question(ctx.db, ids[0])
    qtbot.keyClick(screen, _right_key(first))
    # first sight of a choice question is at most Good: it comes back once as a learning step,
    # which is said beside the bar; the bar's total does not grow
    assert (screen.progress.value(), screen.progress.maximum()) == (1, 3)
    assert screen.progress_text.text() == "1 of 3  ·  1 coming back"
    assert len(progressed) == 1
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert screen.prompt.text() == load_question(ctx.db, ids[1]).prompt
    assert not screen.feedback.isVisible()
    assert all(b.isEnabled() and "✓" not in b.text() for b in screen.choice_buttons)
    second = load_question(ctx.db, ids[1])
    qtbot.keyClick(screen, _right_key(second))
    # Enter continues too
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Return)
    assert screen.prompt.text() == load_question(ctx.db, ids[2]).prompt
    assert screen.progress_text.text() == "2 of 3  ·  2 coming back"


def test_undo_after_a_first_answer_deletes_the_attempt_and_the_card(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    progressed: list[None] = []
    screen.progress_changed.connect(lambda: progressed.append(None))
    question = load_question(ctx.db, add_cloze_question(ctx.db))
    start([question.id])
    qtbot.keyClicks(screen.answer_edit, "nonsense")
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert len(_attempts(ctx)) == 1 and _card(ctx, question.id) is not None
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _attempts(ctx) == []
    assert _card(ctx, question.id) is None
    assert not screen.feedback.isVisible()
    assert screen.prompt.text() == question.prompt
    assert screen.answer_edit.isEnabled() and screen.answer_edit.hasFocus()
    assert screen.answer_edit.text() == "nonsense" and screen.answer_edit.selectedText() == "nonsense"
    assert (screen.progress.value(), screen.progress.maximum()) == (0, 1)
    assert len(progressed) == 2
    # answering again works, and the Undo button does the same as Ctrl+Z
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert _attempts(ctx) == []


def test_undo_restores_the_card_as_it_was(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    start([qid])
    qtbot.keyClick(screen, _right_key(question))
    qtbot.keyClick(screen, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Easy: not back today
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert screen.pages.currentIndex() == 1
    before = _card(ctx, qid)
    clock.advance(30 * 86400)
    start([qid], "Review")
    qtbot.mouseClick(screen.choice_buttons[_wrong_index(question)], Qt.MouseButton.LeftButton)
    assert _card(ctx, qid) != before
    assert len(_attempts(ctx)) == 2
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _card(ctx, qid) == before
    assert len(_attempts(ctx)) == 1
    assert screen.prompt.text() == question.prompt
    assert all(b.isEnabled() and b.text().startswith(f"{n}  ") for n, b in enumerate(screen.choice_buttons, 1))
    assert not any("your choice" in b.text() for b in screen.choice_buttons)


def test_ctrl_z_in_the_next_question_takes_back_the_previous_answer(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    typed = _questions(ctx, "typed")[0]
    mc = _mc_ids(ctx)[0]
    start([typed.id, mc])
    qtbot.keyClicks(screen.answer_edit, "first try")
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert screen.prompt.text() == load_question(ctx.db, mc).prompt
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _attempts(ctx) == []
    assert screen.prompt.text() == typed.prompt
    assert screen.answer_edit.text() == "first try"


def test_ctrl_z_while_typing_undoes_the_typing_first(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    mc = _mc_ids(ctx)[0]
    typed = _questions(ctx, "typed")[0]
    start([mc, typed.id])
    qtbot.keyClick(screen, _key(1))
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClicks(screen.answer_edit, "abc")
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.answer_edit.text() == ""
    assert len(_attempts(ctx)) == 1
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _attempts(ctx) == []
    assert screen.prompt.text() == load_question(ctx.db, mc).prompt


# -- the source ---------------------------------------------------------------------------------------


def test_feedback_shows_the_source_and_opens_it(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    citation = question.citation
    start([qid])
    qtbot.keyClick(screen, _right_key(question))
    assert screen.feedback.source_title.text() == citation.source.title
    byline = screen.feedback.source_byline.text()
    assert byline.startswith(citation.source.byline()) and f"passage {citation.passage_index + 1}" in byline
    # (QTextDocument.toPlainText gives no-break spaces back as plain spaces)
    assert screen.feedback.passage.toPlainText() == citation.passage_text.replace("\N{NO-BREAK SPACE}", " ")
    assert screen.feedback.passage.isReadOnly()
    highlighted = dict(screen.feedback.passage.highlighted_text())
    assert highlighted["quote"] == citation.quote
    assert highlighted["answer"] == citation.passage_text[citation.answer_start : citation.answer_end]
    assert not screen.feedback.disagreement_box.isVisible()
    with qtbot.waitSignal(screen.open_source_requested) as blocker:
        qtbot.keyClick(screen, Qt.Key.Key_O)
    assert blocker.args == [citation.source.id, qid]
    with qtbot.waitSignal(screen.open_source_requested) as blocker:
        qtbot.mouseClick(screen.feedback.open_source_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [citation.source.id, qid]


def test_disagreeing_sources_are_shown_in_a_marked_box(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = add_disagreement(ctx.db)
    question = load_question(ctx.db, qid)
    start([qid])
    if question.format == "mc":
        qtbot.keyClick(screen, _right_key(question))
    else:
        qtbot.keyClicks(screen.answer_edit, question.answer)
        qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    box = screen.feedback.disagreement_box
    assert box.isVisible()
    assert screen.feedback.disagreement_title.text().endswith("Sources disagree:")
    texts = [label.text() for label in screen.feedback.disagreement_labels]
    assert len(texts) == len(question.disagreements)
    for other, text in zip(question.disagreements, texts, strict=True):
        assert other.source_title in text and other.value in text and other.quote in text
    assert "border" in box.styleSheet()


# -- the end ------------------------------------------------------------------------------------------


def test_summary_at_the_end(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, clock: ManualClock, start: Callable[..., StudySession]
) -> None:
    ids = _mc_ids(ctx, 2)
    first, second = (load_question(ctx.db, qid) for qid in ids)
    session = start(ids)
    qtbot.mouseClick(screen.choice_buttons[_wrong_index(first)], Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(screen, _right_key(second))
    qtbot.keyClick(screen, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    while not session.finished:  # the missed question comes back at the end of the session
        clock.advance(600)
        current = session.current()
        assert current is not None and screen.prompt.text() == current.prompt
        qtbot.keyClick(screen, _right_key(current))
        qtbot.keyClick(screen, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert screen.pages.currentIndex() == 1
    answered = session.answered
    assert answered >= 3
    assert screen.summary_title.text() == "Session complete"
    assert screen.answered_value.text() == str(answered)
    assert screen.right_value.text() == f"{answered - 1} of {answered}  ({(answered - 1) / answered:.0%})"
    assert screen.time_value.text().endswith(" min") or screen.time_value.text().endswith(" s")
    assert screen.ratings_value.text() == f"Again 1   Hard 0   Good 0   Easy {answered - 1}"
    assert [screen.missed_list.item(i).text() for i in range(screen.missed_list.count())] == [first.prompt]
    assert screen.home_button.hasFocus()
    assert screen.progress_text.text() == "2 of 2"  # two questions met, nothing coming back
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen.home_button, Qt.Key.Key_Return)


def test_an_empty_session_says_nothing_is_due(
    qtbot: QtBot, screen: StudyScreen, start: Callable[..., StudySession]
) -> None:
    start([])
    assert screen.pages.currentIndex() == 1
    assert screen.summary_title.text() == "Nothing due right now"
    assert not screen.missed_list.isVisible() and not screen.figures.isVisible()
    assert screen.home_button.isVisible() and screen.home_button.hasFocus()
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen.home_button, Qt.Key.Key_Return)


def test_escape_leaves_from_the_question_and_from_the_answer_box(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    start([_mc_ids(ctx)[0], _questions(ctx, "typed")[0].id])
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
    qtbot.keyClick(screen, _key(1))
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    with qtbot.waitSignal(screen.leave_requested):
        qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Escape)


# -- errors -------------------------------------------------------------------------------------------


def test_a_locked_database_is_reported_and_the_answer_can_be_retried(
    qtbot: QtBot,
    screen: StudyScreen,
    ctx: AppContext,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
    start: Callable[..., StudySession],
) -> None:
    import studyapp.services.study as study

    question = _questions(ctx, "typed")[0]
    start([question.id])
    real = study.record_answer  # type: ignore[attr-defined]

    def locked(*args: object, **kwargs: object) -> object:
        raise DatabaseLocked("progress.sqlite3", "the database is locked by another program")

    monkeypatch.setattr(study, "record_answer", locked)
    qtbot.keyClicks(screen.answer_edit, question.answer)
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert "could not be saved" in title and "locked" in text
    assert not screen.feedback.isVisible()
    assert screen.answer_edit.isEnabled() and screen.answer_edit.text() == question.answer
    assert _attempts(ctx) == []
    monkeypatch.setattr(study, "record_answer", real)
    qtbot.keyClick(screen.answer_edit, Qt.Key.Key_Return)
    assert screen.feedback.isVisible() and screen.feedback.verdict.text() == "✓ Right"
    assert len(_attempts(ctx)) == 1


def test_a_rating_that_cannot_be_saved_keeps_the_old_one(
    qtbot: QtBot,
    screen: StudyScreen,
    ctx: AppContext,
    dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch,
    start: Callable[..., StudySession],
) -> None:
    import studyapp.services.study as study

    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    start([qid])
    qtbot.mouseClick(screen.choice_buttons[_wrong_index(question)], Qt.MouseButton.LeftButton)

    def locked(*args: object, **kwargs: object) -> object:
        raise DatabaseLocked("progress.sqlite3", "locked")

    monkeypatch.setattr(study, "rerate_attempt", locked)
    qtbot.mouseClick(screen.feedback.rating_buttons[3], Qt.MouseButton.LeftButton)
    assert dialogs.errors and "rating" in dialogs.errors[0][0]
    assert screen.feedback.rating_buttons[1].isChecked()
    assert ctx.db.scalar("SELECT rating FROM attempts") == 1


# -- how it is built ----------------------------------------------------------------------------------


def test_every_control_has_an_accessible_name_and_a_tooltip(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    start([qid])
    qtbot.keyClick(screen, _key(1))
    controls = [*screen.findChildren(QAbstractButton), *screen.findChildren(QLineEdit)]
    controls.append(screen.missed_list)
    assert len(controls) >= 4 + 4 + 5
    for control in controls:
        assert control.accessibleName(), control
        assert control.toolTip(), control.accessibleName()
    assert [b.toolTip() for b in screen.choice_buttons] == [f"Press {n}" for n in range(1, 5)]
    shortcuts = {
        screen.feedback.next_button: "Space",
        screen.feedback.undo_button: "Ctrl+Z",
        screen.feedback.open_source_button: "(O)",
        screen.check_button: "Enter",
        screen.home_button: "Enter",
        **{b: f"Ctrl+{v}" for v, b in screen.feedback.rating_buttons.items()},
    }
    for button, key in shortcuts.items():
        assert key in button.toolTip()


def test_content_is_shown_as_plain_text(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = add_disagreement(ctx.db)
    start([qid])
    qtbot.keyClick(screen, _key(1))
    labels = screen.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert screen.feedback.diff.isReadOnly()


def test_the_layout_fits_1024_by_640_with_long_text(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    def size(q: QuestionView) -> int:
        return len(q.prompt) + max(map(len, q.choices or ("",)))

    longest = max(_questions(ctx, "mc"), key=size)
    title = max((str(r[0]) for r in ctx.db.rows("SELECT title FROM sources")), key=len)
    start([longest.id], f"Quiz: {title}")
    qtbot.keyClick(screen, _key(1))
    assert screen.minimumSizeHint().width() <= 1024
    inner: QWidget | None = screen.scroll_area.widget()
    assert inner is not None
    assert inner.width() <= screen.scroll_area.viewport().width()
    for label in (screen.title, screen.prompt, screen.feedback.source_title):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    for button in screen.choice_buttons:
        assert button.height() >= button.heightForWidth(button.width())
    lines = screen.feedback.passage.fontMetrics().lineSpacing()
    assert screen.feedback.passage.height() >= 3 * lines
    assert screen.feedback.next_button.isVisible()
    assert screen.prompt.font().pointSizeF() > screen.font().pointSizeF()


def test_colours_follow_a_dark_palette(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _mc_ids(ctx)[0]
    question = load_question(ctx.db, qid)
    start([qid])
    wrong = _wrong_index(question)
    qtbot.mouseClick(screen.choice_buttons[wrong], Qt.MouseButton.LeftButton)
    light_wrong = screen.feedback.verdict.palette().color(QPalette.ColorRole.WindowText)
    screen.setPalette(dark_palette())
    _right, dark_wrong = verdict_colors(dark_palette())
    assert dark_wrong != light_wrong
    assert screen.feedback.verdict.palette().color(QPalette.ColorRole.WindowText) == dark_wrong
    label = screen.choice_buttons[wrong].label
    assert label.palette().color(QPalette.ColorRole.ButtonText) == dark_wrong


def test_missed_list_is_a_list_of_prompts(screen: StudyScreen) -> None:
    assert isinstance(screen.missed_list, QListWidget)
    assert screen.missed_list.wordWrap()


def test_feedback_names_the_other_articles_that_state_the_same_fact(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = _ids(ctx, "SELECT id FROM questions WHERE format = 'mc' AND also != '[]' ORDER BY position LIMIT 1")[0]
    question = load_question(ctx.db, qid)
    others = {a.source_title for a in question.also_in if a.source_id != question.citation.source.id}
    assert others  # the fact is stated in another article too
    start([qid])
    qtbot.keyClick(screen, _right_key(question))
    assert screen.feedback.also_in.isVisible()
    text = screen.feedback.also_in.text()
    assert text.startswith("Also in: ")
    assert all(f"“{title}”" in text for title in others)
    assert "(passage " in text
    # a question whose fact only this passage states shows no such line
    alone = _ids(ctx, "SELECT id FROM questions WHERE format = 'mc' AND also = '[]' ORDER BY position LIMIT 1")[0]
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    start([alone])
    qtbot.keyClick(screen, _right_key(load_question(ctx.db, alone)))
    assert not screen.feedback.also_in.isVisible()


def test_notes_say_who_the_speaker_is_after_answering(
    qtbot: QtBot, screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    qid = next(
        q
        for q in _ids(ctx, "SELECT id FROM questions WHERE kind = 'expert_view' AND format = 'mc' ORDER BY position")
        if any("University of Niigata" in n for n in load_question(ctx.db, q).notes)
    )
    question = load_question(ctx.db, qid)
    start([qid])
    assert not screen.feedback.notes.isVisible()
    qtbot.keyClick(screen, _right_key(question))
    assert screen.feedback.notes.isVisible()
    assert "University of Niigata" in screen.feedback.notes.text()
    assert screen.feedback.notes.text() == "\n".join(question.notes)


def test_a_typed_list_says_how_many_names_and_that_order_does_not_matter(
    screen: StudyScreen, ctx: AppContext, start: Callable[..., StudySession]
) -> None:
    question = _first(ctx, "typed", lambda q: (q.value or {}).get("type") == "list")
    count = len(question.value["items"]) if question.value else 0
    start([question.id])
    hint = screen.answer_edit.placeholderText()
    assert f"Type the {['two', 'three', 'four'][count - 2]} names in any order" in hint, hint
    assert "spelling" in hint

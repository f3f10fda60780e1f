"""The source reader, driven as a learner would: pick an article, read it, jump to a quote, quiz yourself."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QTextEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.db.database import Database
from studyapp.services.clock import ManualClock
from studyapp.services.questions import load_question
from studyapp.services.reader import source_detail
from studyapp.ui.context import AppContext
from studyapp.ui.reader import ReaderScreen, SourceListModel, mastery_color, mastery_tint
from studyapp.ui.theme import dark_palette, light_palette
from ui.helpers import activate


def _screen(qtbot: QtBot, ctx: AppContext, width: int = 1280, height: int = 800) -> ReaderScreen:
    screen = ReaderScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(width, height)
    screen.show()
    screen.refresh()
    return screen


def _source_rows(db: Database) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1])) for r in db.rows("SELECT id, title FROM sources WHERE retired = FALSE ORDER BY position")
    ]


def _question_ids(db: Database, column: str, value: str) -> list[str]:
    sql = f"SELECT id FROM questions WHERE {column} = ? AND retired = FALSE ORDER BY position"
    return [str(r[0]) for r in db.rows(sql, (value,))]


def _counts_as_mastered(db: Database, chosen: list[str]) -> int:
    """Of the graduated ``chosen`` questions, those mastered: a choice question needs its fact's recall
    question graduated too."""
    n = 0
    for qid in chosen:
        fmt, fact = db.one("SELECT format, fact_id FROM questions WHERE id = ?", (qid,)) or ("", "")
        recall = {str(r[0]) for r in db.rows("SELECT id FROM questions WHERE fact_id = ? AND format != 'mc'", (fact,))}
        n += fmt != "mc" or recall <= set(chosen)
    return n


def _master(db: Database, learner_id: int, question_ids: list[str], now: float) -> None:
    """Graduated cards (state 2, review) without a miss: what "mastered" means."""
    with db.conn:
        db.conn.executemany(
            "INSERT INTO cards (learner_id, question_id, state, due, created_at, reps, lapses, right_streak) "
            "VALUES (?, ?, 2, ?, ?, 3, 0, 0)",
            [(learner_id, qid, int(now) + 5 * 86400, int(now)) for qid in question_ids],
        )


def _pixel(screen: ReaderScreen, point: QPoint) -> QColor:
    image = screen.article.viewport().grab().toImage()
    return QColor(image.pixel(point))


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# -- the list of sources ------------------------------------------------------------------------------


def test_lists_every_source_with_byline_and_mastery(
    qtbot: QtBot, ctx: AppContext, db: Database, qtmodeltester: ModelTester
) -> None:
    screen = _screen(qtbot, ctx)
    qtmodeltester.check(screen.sources_model)
    rows = _source_rows(db)
    assert len(rows) == 5 and screen.source_list.count() == 5
    model = screen.sources_model
    assert [model.index(i, 0).data() for i in range(5)] == [title for _id, title in rows]
    for i, (source_id, _title) in enumerate(rows):
        total = len(_question_ids(db, "source_id", source_id))
        index = model.index(i, 0)
        expected = f"{total} questions · 0% mastered" if total else "No questions from this article (read only)"
        assert index.data(SourceListModel.StatsRole) == expected
        assert index.data(SourceListModel.BylineRole) == model.rows[i].info.byline()
        assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(model.rows[i].info.title)
    # the first article is open
    assert screen.source_list.currentRow() == 0
    assert screen.title.text() == rows[0][1]
    assert screen.title.isVisible() and screen.byline.isVisible()


def test_arrow_keys_choose_an_article_and_enter_goes_to_its_text(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx)
    activate(qtbot, screen)
    assert screen.source_list.hasFocus()
    rows = _source_rows(db)
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Down)
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Down)
    assert screen.source_list.currentRow() == 2
    assert ctx.learner is not None
    detail = source_detail(db, ctx.learner.id, rows[2][0])
    assert screen.title.text() == detail.info.title
    assert (
        screen.byline.text()
        == detail.info.byline()
        == "Akihiro Iwashita · U.S.-Japan Research Institute (USJI), USJI Voice Vol.22 · 2017-02-15"
    )
    assert screen.url.text() == "No web address given"  # the bank gives no address for these articles
    # the full text, one block per passage, as plain text
    assert screen.article.document().blockCount() == len(detail.passages)
    assert screen.article.toPlainText() == "\n".join(p.text for p in detail.passages)
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Return)
    assert screen.focusWidget() is screen.article
    # Tab from the list goes to the article too
    screen.source_list.setFocus()
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Tab)
    assert screen.focusWidget() is screen.article


def test_clicking_a_source_opens_it(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx)
    rect = screen.source_list.visualRect(screen.sources_model.index(4, 0))
    qtbot.mouseClick(screen.source_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.title.text() == _source_rows(db)[4][1]
    assert screen.detail is not None and screen.detail.info.id == _source_rows(db)[4][0]


# -- passages and mastery -----------------------------------------------------------------------------


def test_passages_with_questions_are_marked_and_follow_mastery(
    qtbot: QtBot, ctx: AppContext, db: Database, clock: ManualClock
) -> None:
    screen = _screen(qtbot, ctx)
    # an article with a passage that has two questions or more, so that half of them can be mastered
    rows = db.rows(
        "SELECT source_id FROM questions WHERE retired = FALSE GROUP BY source_id, passage_id HAVING count(*) >= 2"
    )
    screen.show_source(str(rows[0][0]))
    assert screen.detail is not None and ctx.learner is not None
    source_id = screen.detail.info.id
    marks = screen.passage_marks()
    assert [pid for pid, _m in marks] == [p.id for p in screen.detail.passages]
    for pid, mastery in marks:
        has_questions = bool(_question_ids(db, "passage_id", pid))
        assert (mastery is not None) == has_questions
        assert mastery in (None, 0.0)
    marked = [pid for pid, m in marks if m is not None]
    half = next(pid for pid in marked if len(_question_ids(db, "passage_id", pid)) >= 2)  # one half mastered
    full = next(pid for pid in marked if pid != half)
    half_ids = _question_ids(db, "passage_id", half)
    assert len(half_ids) >= 2
    _master(db, ctx.learner.id, _question_ids(db, "passage_id", full), clock())
    _master(db, ctx.learner.id, half_ids[: len(half_ids) // 2], clock())
    screen.refresh()
    assert screen.detail.info.id == source_id  # the same article stays open
    after = dict(screen.passage_marks())
    assert after[full] == 1.0
    half_mastered = _counts_as_mastered(db, half_ids[: len(half_ids) // 2])
    assert after[half] == half_mastered / len(half_ids)
    assert all(m == 0.0 for pid, m in after.items() if m is not None and pid not in (full, half))
    mastered = len(_question_ids(db, "passage_id", full)) + half_mastered
    total = len(_question_ids(db, "source_id", source_id))
    row = screen.sources_model.row_of(source_id)
    assert row is not None
    stats = screen.sources_model.index(row, 0).data(SourceListModel.StatsRole)
    assert stats == f"{total} questions · {mastered / total:.0%} mastered"


def test_the_marks_are_drawn_in_the_mastery_colour(
    qtbot: QtBot, ctx: AppContext, db: Database, clock: ManualClock
) -> None:
    screen = _screen(qtbot, ctx)
    assert screen.detail is not None and ctx.learner is not None
    passages = screen.detail.passages
    first_marked = next(i for i, p in enumerate(passages) if p.question_ids)
    plain = next(i for i, p in enumerate(passages) if not p.question_ids)
    _master(db, ctx.learner.id, list(passages[first_marked].question_ids), clock())
    screen.refresh()
    palette = screen.article.palette()
    bar = screen.article.passage_rect(first_marked)
    assert screen.article.viewport().rect().contains(bar.center())
    assert _pixel(screen, QPoint(bar.left() + 2, bar.center().y())) == mastery_color(palette, 1.0)
    assert _pixel(screen, QPoint(bar.right() - 4, bar.top() + 2)) == mastery_tint(palette, 1.0)
    plain_rect = screen.article.passage_rect(plain)
    base = palette.color(QPalette.ColorRole.Base)
    assert _pixel(screen, QPoint(plain_rect.left() + 2, plain_rect.center().y())) == base
    assert mastery_color(palette, 0.0) != mastery_color(palette, 1.0)
    assert screen.legend.isVisible()


def test_mastery_colours_are_legible_in_light_and_dark(qtbot: QtBot) -> None:
    for palette in (light_palette(), dark_palette()):
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        for mastery in (0.0, 0.5, 1.0):
            assert _contrast(text, mastery_tint(palette, mastery)) >= 7
            assert _contrast(base, mastery_color(palette, mastery)) >= 2  # the bar stands out from the page


def test_clicking_a_passage_selects_it_and_quizzes_on_it(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx)
    assert screen.detail is not None
    index, passage = next((i, p) for i, p in enumerate(screen.detail.passages) if p.question_ids)
    rect = screen.article.passage_rect(index)
    qtbot.mouseClick(screen.article.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.selected_passage == index
    count = len(passage.question_ids)
    assert (
        f"Passage {passage.index + 1} of {len(screen.detail.passages)}: {count} questions" in screen.passage_info.text()
    )
    assert screen.quiz_passage_button.isEnabled()
    assert screen.quiz_passage_button.text() == f"Quiz me on this passage ({count})"
    with qtbot.waitSignal(screen.quiz_requested) as quiz:
        qtbot.mouseClick(screen.quiz_passage_button, Qt.MouseButton.LeftButton)
    assert quiz.args == [
        _question_ids(db, "passage_id", passage.id),
        f"Quiz: passage {passage.index + 1} of {screen.detail.info.title}",
    ]


def test_a_passage_without_questions_cannot_be_quizzed(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _screen(qtbot, ctx)
    assert screen.detail is not None
    index = next(i for i, p in enumerate(screen.detail.passages) if not p.question_ids)
    rect = screen.article.passage_rect(index)
    qtbot.mouseClick(screen.article.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.selected_passage == index
    assert "no questions" in screen.passage_info.text()
    assert not screen.quiz_passage_button.isEnabled()
    activate(qtbot, screen)
    screen.article.setFocus()
    with qtbot.assertNotEmitted(screen.quiz_requested):
        qtbot.keyClick(screen.article, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_keyboard_goes_from_passage_to_passage_and_quizzes(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx)
    activate(qtbot, screen)
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Down)
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Return)
    assert screen.article.hasFocus() and screen.detail is not None
    with_questions = [i for i, p in enumerate(screen.detail.passages) if p.question_ids]
    qtbot.keyClick(screen.article, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_passage == with_questions[0]
    qtbot.keyClick(screen.article, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_passage == with_questions[1]
    qtbot.keyClick(screen.article, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_passage == with_questions[0]
    passage = screen.detail.passages[with_questions[0]]
    with qtbot.waitSignal(screen.quiz_requested) as quiz:
        qtbot.keyClick(screen.article, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert quiz.args[0] == _question_ids(db, "passage_id", passage.id)
    with qtbot.waitSignal(screen.quiz_requested) as article:
        qtbot.keyClick(
            screen.article, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert article.args == [_question_ids(db, "source_id", screen.detail.info.id), f"Quiz: {screen.detail.info.title}"]


def test_quiz_me_on_this_article(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx)
    screen.source_list.setCurrentRow(3)
    assert screen.detail is not None
    expected = _question_ids(db, "source_id", screen.detail.info.id)
    assert screen.quiz_article_button.text() == f"Quiz me on this article ({len(expected)})"
    with qtbot.waitSignal(screen.quiz_requested) as quiz:
        qtbot.mouseClick(screen.quiz_article_button, Qt.MouseButton.LeftButton)
    assert quiz.args == [expected, f"Quiz: {screen.detail.info.title}"]
    assert "Ctrl+P" in screen.quiz_passage_button.toolTip()
    assert "Ctrl+Shift+A" in screen.quiz_article_button.toolTip()


# -- jumping to a question's quote ----------------------------------------------------------------------


def test_show_source_highlights_exactly_the_quote_and_the_answer(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx, 1024, 640)
    asked = [(source_id, title) for source_id, title in _source_rows(db) if _question_ids(db, "source_id", source_id)]
    assert asked
    for source_id, title in asked:
        # the last question of each article: far down, so the view has to scroll to it
        qid = _question_ids(db, "source_id", source_id)[-1]
        citation = load_question(db, qid).citation
        screen.show_source(source_id, qid)
        assert screen.title.text() == title
        assert screen.source_list.currentRow() == screen.sources_model.row_of(source_id)
        answer = citation.passage_text[citation.answer_start : citation.answer_end]
        assert dict(screen.article.highlighted_text()) == {"quote": citation.quote, "answer": answer}
        # what is drawn is that text too
        drawn = {s.cursor.selectedText() for s in screen.article.extraSelections()}
        assert drawn == {citation.quote, answer}
        assert screen.detail is not None and screen.selected_passage is not None
        assert screen.detail.passages[screen.selected_passage].id == citation.passage_id
        # scrolled into view
        quote_start = min(s.cursor.selectionStart() for s in screen.article.extraSelections())
        cursor = screen.article.textCursor()
        assert cursor.position() == quote_start
        assert screen.article.viewport().rect().contains(screen.article.cursorRect().center())
        assert screen.article.verticalScrollBar().value() > 0


def test_show_source_without_a_question_opens_the_article_at_the_top(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    screen = ReaderScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    source_id, title = _source_rows(db)[3]
    screen.show_source(source_id)  # before any refresh: the screen reads the sources itself
    assert screen.title.text() == title
    assert screen.article.highlighted_text() == []
    assert screen.article.verticalScrollBar().value() == 0


def test_a_new_article_clears_the_old_highlight(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    screen = _screen(qtbot, ctx)
    rows = _source_rows(db)
    qid = _question_ids(db, "source_id", rows[1][0])[0]
    screen.show_source(rows[1][0], qid)
    assert screen.article.highlighted_text()
    screen.source_list.setCurrentRow(2)
    assert screen.article.highlighted_text() == [] and screen.article.extraSelections() == []


# -- plain text and accessibility ---------------------------------------------------------------------


def test_article_text_is_never_interpreted_as_markup(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    source_id = _source_rows(db)[1][0]
    start = int(db.scalar('SELECT start FROM passages WHERE source_id = ? ORDER BY "index" LIMIT 1', (source_id,)))
    markup = "<b>hi</b>"  # replaces as many characters, so every offset still holds
    with db.conn:
        db.conn.execute(
            "UPDATE sources SET text = substr(text, 1, ?) || ? || substr(text, ?) WHERE id = ?",
            (start, markup, start + len(markup) + 1, source_id),
        )
    screen = _screen(qtbot, ctx)
    screen.show_source(source_id)
    assert screen.article.toPlainText().startswith(markup)


def test_every_control_has_an_accessible_name(qtbot: QtBot, ctx: AppContext) -> None:
    screen = _screen(qtbot, ctx)
    controls = [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractItemView | QTextEdit | QComboBox)
    ]
    assert len(controls) >= 4
    assert all(w.accessibleName() for w in controls), [w for w in controls if not w.accessibleName()]
    for label in (screen.title, screen.byline, screen.url, screen.passage_info, screen.legend):
        assert label.accessibleName()


def test_switching_to_a_dark_palette_keeps_the_text_legible_and_the_place(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    screen = _screen(qtbot, ctx, 1024, 640)
    source_id = _source_rows(db)[0][0]
    qid = _question_ids(db, "source_id", source_id)[-1]
    screen.show_source(source_id, qid)
    before = (screen.selected_passage, screen.article.highlighted_text(), screen.article.verticalScrollBar().value())
    screen.setPalette(dark_palette())
    dark = screen.article.palette()
    assert screen.detail is not None
    body = next(i for i, p in enumerate(screen.detail.passages) if p.role == "body")
    cursor = QTextCursor(screen.article.document())
    cursor.setPosition(screen.article.passage_start(body) + 1)
    assert cursor.charFormat().foreground().color() == dark.color(QPalette.ColorRole.Text)
    assert (
        screen.selected_passage,
        screen.article.highlighted_text(),
        screen.article.verticalScrollBar().value(),
    ) == before
    assert len(screen.article.extraSelections()) == 2


def test_ctrl_down_from_the_article_list_goes_to_the_next_passage_not_the_next_article(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    screen = _screen(qtbot, ctx)
    assert screen.detail is not None
    source_id = screen.detail.info.id
    screen.source_list.setFocus()
    qtbot.keyClick(screen.source_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert screen.detail.info.id == source_id  # still the same article
    chosen = screen.selected_passage
    assert chosen is not None and screen.detail.passages[chosen].question_ids
    assert screen.passage_info.text().startswith(f"Passage {chosen + 1} of")
    assert screen.focusWidget() is screen.article
    # the passage named is in view
    rect = screen.article.cursorRect()
    assert screen.article.viewport().rect().intersects(rect)
    qtbot.keyClick(screen.article, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = screen.selected_passage
    assert after is not None and after > chosen
    qtbot.keyClick(screen.article, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_passage == chosen


def test_an_article_without_questions_says_so_and_shows_no_mastery(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    from sqlalchemy import text

    source_id, _title = _source_rows(db)[0]
    with db.session() as session:
        session.execute(text("UPDATE questions SET retired = TRUE WHERE source_id = :s"), {"s": source_id})
    screen = _screen(qtbot, ctx)
    model = screen.sources_model
    row = model.row_of(source_id)
    assert row is not None
    index = model.index(row, 0)
    assert model.data(index, SourceListModel.StatsRole) == "No questions from this article (read only)"
    assert model.data(index, SourceListModel.MasteryRole) is None  # no bar: nothing to master
    other = model.index(1 if row == 0 else 0, 0)
    assert "mastered" in str(model.data(other, SourceListModel.StatsRole))
    screen.source_list.grab()  # the delegate paints a row without a bar

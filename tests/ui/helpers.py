"""Helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studyapp.db.database import Database


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Shortcuts need an active window with the focus inside the screen, as on a real desktop."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    focus = getattr(widget, "focus_default", None)
    if callable(focus):
        focus()


def add_cloze_question(db: Database) -> str:
    """A cloze question (a sentence with its answer blanked) in the test database, made from the
    first typed question whose answer is written in its quote. The course bank may have none, but
    a teacher's curated bank can, so the study screen must handle them."""
    for qid, answer, quote in db.rows(
        "SELECT id, answer, quote FROM questions WHERE format = 'typed' ORDER BY position"
    ):
        if answer in quote:
            cloze_id = f"{qid}-as-cloze"
            prompt = " ".join(quote.replace(answer, "_____", 1).split())
            db.conn.execute(
                "INSERT INTO questions (id, fact_id, kind, format, prompt, answer, accepted, choices, source_id,"
                " passage_id, quote, quote_start, quote_end, answer_start, answer_end, disagreements, also, position,"
                " retired) SELECT ?, fact_id, kind, 'cloze', ?, answer, accepted, NULL, source_id, passage_id, quote,"
                " quote_start, quote_end, answer_start, answer_end, disagreements, also, position, retired"
                " FROM questions WHERE id = ?",
                (cloze_id, prompt, qid),
            )
            db.conn.commit()
            return cloze_id
    raise AssertionError("no typed question whose answer is in its quote")

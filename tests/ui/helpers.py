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


def add_disagreement(db: Database) -> str:
    """An mc question whose fact another article gives differently, in the test database: the
    first date question gets the first sentence of another source as a disagreeing citation. (The
    course bank's sources happen to agree; a teacher's articles often do not.)"""
    import json

    qid, source_id = db.rows(
        "SELECT id, source_id FROM questions WHERE format = 'mc' AND kind = 'date' ORDER BY position LIMIT 1"
    )[0]
    other_id, text = db.rows("SELECT id, text FROM sources WHERE id != ? ORDER BY id LIMIT 1", (source_id,))[0]
    quote = str(text).strip().split("\n")[0][:120]
    disagreement = [{"source_id": str(other_id), "value": "1957", "quote": quote}]
    db.conn.execute("UPDATE questions SET disagreements = ? WHERE id = ?", (json.dumps(disagreement), qid))
    db.conn.commit()
    return str(qid)

"""Questions taken elsewhere: an Anki package read by the real Anki, Moodle XML parsed against what
Moodle's format requires, and GIFT read back by a small reader; special characters survive."""

from __future__ import annotations

import html
import json
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui.helpers import add_cloze_question

from studyapp.cli import main
from studyapp.db.database import Database
from studyapp.exports import write_export
from studyapp.services.exports import select_for_export

TRICKY_PROMPT = "Which “treaty” & {pact}: a=b ~ c # d \\ e, near Étorofu?"
TRICKY_CHOICES = ["Tōkyō {1993}", "A=B: ~C", "#hash \\ back", "“Curly” & 'straight'"]
TRICKY_ANSWER = "Shikotan {and} Habomai: =~#\\ é"


def _add_tricky(db: Database) -> tuple[str, str]:
    mc = str(db.scalar("SELECT id FROM questions WHERE format = 'mc' ORDER BY position LIMIT 1"))
    typed = str(db.scalar("SELECT id FROM questions WHERE format = 'typed' ORDER BY position LIMIT 1"))
    copy = (
        "INSERT INTO questions (id, fact_id, kind, format, prompt, answer, accepted, choices, source_id, passage_id,"
        " quote, quote_start, quote_end, answer_start, answer_end, disagreements, also, position, retired)"
        " SELECT ?, fact_id || ?, kind, format, ?, ?, ?, ?, source_id, passage_id, quote, quote_start, quote_end,"
        " answer_start, answer_end, disagreements, also, position + 1000, 0 FROM questions WHERE id = ?"
    )
    db.conn.execute(
        copy, ("tricky-mc", "-t", TRICKY_PROMPT, TRICKY_CHOICES[3], json.dumps([TRICKY_CHOICES[3]]),
               json.dumps(TRICKY_CHOICES), mc),
    )  # fmt: skip
    db.conn.execute(
        copy, ("tricky-typed", "-t", TRICKY_PROMPT, TRICKY_ANSWER, json.dumps([TRICKY_ANSWER, "Habomai & Shikotan"]),
               None, typed),
    )  # fmt: skip
    return "tricky-mc", "tricky-typed"


@pytest.fixture
def exported(db: Database) -> Database:
    _add_tricky(db)
    add_cloze_question(db)
    return db


# -- Anki ----------------------------------------------------------------------------------------
def _anki_import(collection_path: Path, package: Path) -> Any:
    from anki import import_export_pb2 as ie
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    always = ie.ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
    col = Collection(str(collection_path))
    try:
        options = ImportAnkiPackageOptions(with_scheduling=False, update_notes=always, update_notetypes=always)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))
        notes = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            kind = note.note_type()
            assert kind is not None
            notes[note["Id"]] = (kind["name"], dict(note.items()), sorted(note.tags), len(note.cards()))
        return notes
    finally:
        col.close()


def test_anki_package_opens_in_anki_and_updates_instead_of_duplicating(exported: Database, tmp_path: Path) -> None:
    pytest.importorskip("anki")
    items = select_for_export(exported)
    package = tmp_path / "course.apkg"
    assert write_export("anki", items, package, "Course") == len(items)
    collection = tmp_path / "collection.anki2"
    notes = _anki_import(collection, package)
    assert isinstance(notes, dict) and len(notes) == len(items)
    kinds = {q.question.id: q.question for q in items}
    for qid, (model, fields, tags, cards) in notes.items():
        q = kinds[qid]
        assert f"studyapp::kind::{q.kind}" in tags and f"studyapp::source::{q.citation.source.id}" in tags
        assert "<mark>" in fields["Passage"] and q.citation.source.title.split()[0] in fields["Source"]
        if q.format == "cloze":
            assert model == "studyapp cloze" and "{{c1::" in fields["Text"] and cards == 1
        elif q.choices:
            assert model == "studyapp multiple choice" and fields["Choices"].count("<li>") == len(q.choices)
        else:
            assert model == "studyapp typed answer" and fields["Answer"]
    tricky = notes["tricky-typed"][1]
    assert "{and}" in tricky["Answer"] and "é" in tricky["Answer"]  # escaped as HTML, not lost
    # the same export again: no copies; an edited question: its note changes
    assert len(_anki_import(collection, package)) == len(items)
    exported.conn.execute("UPDATE questions SET prompt = 'Edited prompt?' WHERE id = 'tricky-typed'")
    time.sleep(1.1)  # Anki keeps the newer note: the export's modification time must move on
    write_export("anki", select_for_export(exported), package, "Course")
    again = _anki_import(collection, package)
    assert isinstance(again, dict) and len(again) == len(items)
    assert again["tricky-typed"][1]["Question"] == "Edited prompt?"


# -- Moodle XML ----------------------------------------------------------------------------------
REQUIRED = {
    "multichoice": ["name/text", "questiontext/text", "generalfeedback/text", "defaultgrade", "penalty", "hidden",
                    "single", "shuffleanswers", "answernumbering", "answer"],
    "shortanswer": ["name/text", "questiontext/text", "generalfeedback/text", "defaultgrade", "penalty", "hidden",
                    "usecase", "answer"],
}  # fmt: skip


def test_moodle_xml_has_what_moodle_requires_and_round_trips(exported: Database, tmp_path: Path) -> None:
    items = select_for_export(exported)
    path = tmp_path / "course.xml"
    write_export("moodle", items, path, "Course")
    root = ET.parse(path).getroot()
    assert root.tag == "quiz"
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    categories = [str(q.findtext("category/text")) for q in root.findall("question[@type='category']")]
    assert len(questions) == len(items)
    assert {c.rsplit("/", 1)[-1] for c in categories} >= {i.question.citation.source.title for i in items}
    for element, item in zip(questions, items, strict=True):
        q = item.question
        kind = element.get("type")
        assert kind == ("multichoice" if item.choices else "shortanswer")
        for required in REQUIRED[str(kind)]:
            assert element.find(required) is not None, (kind, required)
        assert element.findtext("idnumber") == q.id
        text = element.findtext("questiontext/text") or ""
        assert ("_______" if q.format == "cloze" else html.escape(q.prompt)[:20]) in text
        answers = element.findall("answer")
        if kind == "multichoice":
            assert len(answers) == len(item.choices or ())
            right = [a for a in answers if a.get("fraction") == "100"]
            assert len(right) == 1 and element.findtext("single") == "true"
        else:
            assert element.findtext("usecase") == "0"
            assert all(a.get("fraction") == "100" for a in answers)
            assert {a.findtext("text") for a in answers} == set(dict.fromkeys([q.answer, *q.accepted]))
        assert "<mark>" in (element.findtext("generalfeedback/text") or "")
    tricky = next(e for e in questions if e.findtext("idnumber") == "tricky-mc")
    assert "&amp;" in (tricky.findtext("questiontext/text") or "")  # HTML-escaped inside the XML-escaped text


# -- GIFT ----------------------------------------------------------------------------------------
def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def read_gift(text: str) -> list[dict[str, Any]]:
    """A small GIFT reader for the subset written: ::title::text {answers ####feedback} [tail]."""
    out: list[dict[str, Any]] = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block or block.startswith(("//", "$CATEGORY")):
            continue
        m = re.match(r"::((?:\\.|[^:\\])*)::(.*)$", block, re.S)
        assert m, block
        body = m.group(2)
        open_at = next(i for i, ch in enumerate(body) if ch == "{" and (i == 0 or body[i - 1] != "\\"))
        depth_end = next(i for i in range(open_at + 1, len(body)) if body[i] == "}" and body[i - 1] != "\\")
        inside = body[open_at + 1 : depth_end]
        answers_part, _, feedback = (
            re.split(r"(?<!\\)(####)", inside, maxsplit=1) if "####" in inside else (inside, "", "")
        )
        answers = [
            (tok[0], _unescape(tok[1:]).strip()) for tok in re.findall(r"(?<!\\)[=~](?:\\.|[^=~\\])*", answers_part)
        ]
        out.append(
            {
                "title": _unescape(m.group(1)),
                "text": _unescape(body[:open_at]).strip(),
                "after": _unescape(body[depth_end + 1 :]).strip(),
                "answers": answers,
                "feedback": _unescape(feedback),
            }
        )
    return out


def test_gift_reads_back_with_every_special_character(exported: Database, tmp_path: Path) -> None:
    items = select_for_export(exported)
    path = tmp_path / "course.gift"
    write_export("gift", items, path, "Course")
    read = read_gift(path.read_text(encoding="utf-8"))
    assert len(read) == len(items)
    for got, item in zip(read, items, strict=True):
        q = item.question
        if q.format == "cloze":
            before, _, after = q.prompt.partition("_____")
            assert (got["text"], got["after"]) == (" ".join(before.split()), " ".join(after.split()))
        else:
            assert got["text"] == " ".join(q.prompt.split())
        if item.choices:
            assert got["answers"] == [("=" if c == q.answer else "~", c) for c in item.choices]
        else:
            assert got["answers"] == [("=", a) for a in dict.fromkeys([q.answer, *q.accepted])]
        assert q.citation.source.title in str(got["feedback"])
    tricky = next(g for g, i in zip(read, items, strict=True) if i.question.id == "tricky-mc")
    assert tricky["text"] == TRICKY_PROMPT
    assert [a for _, a in tricky["answers"]] == TRICKY_CHOICES


# -- the command ---------------------------------------------------------------------------------
def test_export_commands_and_their_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "teacher.sqlite3"
    assert main(["--db", str(db), "quiz", "create", "Week 1", "--count", "5", "--seed", "3"]) == 0
    out = tmp_path / "week1.gift"
    assert main(["export", "gift", "-o", str(out), "--quiz", "Week 1", "--db", str(db)]) == 0
    assert "5 questions" in capsys.readouterr().out
    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.quizzes import load_quiz

    database = open_database(DatabaseLocation(db))
    try:
        quiz = load_quiz(database, "Week 1")
    finally:
        database.close()
    read = read_gift(out.read_text(encoding="utf-8"))
    assert [r["text"] for r in read] == [" ".join(i.question.prompt.split()) for i in quiz.items]  # seeded order
    for item, got in zip(quiz.items, read, strict=True):
        if item.choices:
            assert [a for _, a in got["answers"]] == list(item.choices)
    assert main(["export", "moodle", "-o", str(tmp_path), "--db", str(db)]) == 2  # a folder
    assert "folder" in capsys.readouterr().err
    assert main(["export", "anki", "-o", str(tmp_path / "x.apkg"), "--kinds", "nope", "--db", str(db)]) == 2
    assert main(["export", "anki", "-o", str(tmp_path / "x.apkg"), "--sources", "999", "--db", str(db)]) == 2
    assert main(["export", "anki", "-o", str(tmp_path / "x.apkg"), "--quiz", "Nope", "--db", str(db)]) == 2


def test_the_export_dialog_writes_what_is_ticked(qtbot: Any, exported: Database, tmp_path: Path) -> None:
    from studyapp.ui.context import AppContext
    from studyapp.ui.dialogs import ScriptedDialogs
    from studyapp.ui.export_dialog import ExportDialog

    dialogs = ScriptedDialogs()
    ctx = AppContext(db=exported, dialogs=dialogs)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_buttons["gift"].setChecked(True)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind == "date")
    out = tmp_path / "dates.gift"
    dialogs.paths.append(out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dates = exported.scalar("SELECT count(*) FROM questions WHERE kind = 'date' AND retired = FALSE")
    assert dialog.message.text() == f"Wrote {dates} questions to {out}."
    assert len(read_gift(out.read_text(encoding="utf-8"))) == dates
    for box in dialog.format_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Nothing exported: tick at least one")

"""An Anki package (.apkg) written with genanki: a note per question, GUIDs from the question ids, so
that importing a newer export updates the notes instead of adding copies.

- multiple choice: the lettered choices on the front, the key on the back;
- typed answer: Anki's type-in-the-answer field;
- a blank: an Anki Cloze note ({{c1::answer}} where the blank was).

Every back carries the accepted answers, the source passage with the quote marked and the citation.
Tags: ``studyapp::kind::<kind>`` and ``studyapp::source::<source id>``.
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import genanki  # type: ignore[import-untyped]

from studyapp.exports.passage_html import passage_html
from studyapp.services.exports import Exported, citation_text, other_answers

BLANK = "_____"
LETTERS = "ABCDEFGH"
STYLE = ".card { font-family: sans-serif; font-size: 20px; text-align: left; } mark { background: #fff1a8; }"
_BACK = (
    "{{#Accepted}}<p>Also accepted: {{Accepted}}</p>{{/Accepted}}"
    "<blockquote>{{Passage}}</blockquote><p><small>Source: {{Source}}</small></p>"
)


def _model(model_id: int, name: str, fields: str, front: str, back: str, cloze: bool = False) -> genanki.Model:
    return genanki.Model(
        model_id,
        name,
        fields=[{"name": n} for n in fields.split()],
        templates=[{"name": "Cloze" if cloze else "Card 1", "qfmt": front, "afmt": back + _BACK}],
        css=STYLE,
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
    )


MC_MODEL = _model(
    1_607_392_311,
    "studyapp multiple choice",
    "Question Choices Answer Accepted Passage Source Id",
    "{{Question}}<ol type='A'>{{Choices}}</ol>",
    "{{FrontSide}}<hr id='answer'><p><b>{{Answer}}</b></p>",
)
TYPED_MODEL = _model(
    1_607_392_312,
    "studyapp typed answer",
    "Question Answer Accepted Passage Source Id",
    "{{Question}}<br>{{type:Answer}}",
    "{{Question}}<hr id='answer'>{{type:Answer}}",
)
CLOZE_MODEL = _model(
    1_607_392_313, "studyapp cloze", "Text Accepted Passage Source Id", "{{cloze:Text}}", "{{cloze:Text}}", cloze=True
)


def note_guid(question_id: str) -> str:
    """The same question always gets the same note: re-importing updates it."""
    return str(genanki.guid_for("studyapp", question_id))


def _tag(text: str) -> str:
    return re.sub(r"[^\w:-]+", "_", text)


def _note(item: Exported) -> genanki.Note:
    q = item.question
    accepted = html.escape(" / ".join(other_answers(q)))
    passage, source = passage_html(q), html.escape(citation_text(q))
    tags = [_tag(f"studyapp::kind::{q.kind}"), _tag(f"studyapp::source::{q.citation.source.id}")]
    guid = note_guid(q.id)
    if q.format == "cloze" and BLANK in q.prompt:
        before, _, after = q.prompt.partition(BLANK)
        text = f"{html.escape(before)}{{{{c1::{html.escape(q.answer)}}}}}{html.escape(after)}"
        return genanki.Note(CLOZE_MODEL, [text, accepted, passage, source, q.id], tags=tags, guid=guid)
    if item.choices:
        choices = "".join(f"<li>{html.escape(c)}</li>" for c in item.choices)
        letter = LETTERS[item.choices.index(q.answer)] if q.answer in item.choices else "?"
        answer = f"{letter}. {html.escape(q.answer)}"
        fields = [html.escape(q.prompt), choices, answer, "", passage, source, q.id]
        return genanki.Note(MC_MODEL, fields, tags=tags, guid=guid)
    fields = [html.escape(q.prompt), html.escape(q.answer), accepted, passage, source, q.id]
    return genanki.Note(TYPED_MODEL, fields, tags=tags, guid=guid)


def deck_id(title: str) -> int:
    return int(hashlib.sha1(f"studyapp:{title}".encode()).hexdigest()[:8], 16)


def write_apkg(items: list[Exported], path: Path, title: str) -> int:
    deck = genanki.Deck(deck_id(title), f"studyapp::{title}")
    for item in items:
        deck.add_note(_note(item))
    genanki.Package(deck).write_to_file(str(path))
    return len(items)

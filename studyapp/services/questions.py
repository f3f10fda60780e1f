"""Read questions with their citation (source, passage, quote) from the database."""

from __future__ import annotations

import json

from studyapp.db.database import Database
from studyapp.errors import NotFound
from studyapp.services.views import AlsoIn, Citation, Disagreement, QuestionView, SourceInfo

_SQL = """
SELECT q.id, q.kind, q.format, q.prompt, q.answer, q.accepted, q.choices, q.quote,
       q.quote_start, q.quote_end, q.answer_start, q.answer_end, q.disagreements, q.also, q.retired, q.value,
       s.id, s.title, s.author, s.publisher, s.date, s.url,
       p.id, p.idx, p.start, substr(s.text, p.start + 1, p."end" - p.start)
FROM questions q
JOIN sources s ON s.id = q.source_id
JOIN (SELECT id, "index" AS idx, start, "end" FROM passages) p ON p.id = q.passage_id
WHERE q.id = ?
"""


def parse_choices(stored: str | None) -> tuple[str, ...] | None:
    """Choices as stored in a JSON column: NULL, the JSON text "null", or a list."""
    parsed = json.loads(stored) if stored else None
    return tuple(parsed) if parsed else None


def load_question(db: Database, question_id: str) -> QuestionView:
    row = db.one(_SQL, (question_id,))
    if row is None:
        raise NotFound(f"no question with id {question_id}")
    (qid, kind, fmt, prompt, answer, accepted, choices, quote, q_start, q_end, a_start, a_end, disagreements,
     also, retired, value, s_id, title, author, publisher, date, url, p_id, p_index, p_start, p_text) = row  # fmt: skip
    info = SourceInfo(s_id, title, author, publisher, date, url)
    base = int(p_start)
    citation = Citation(
        source=info,
        passage_id=p_id,
        passage_index=int(p_index),
        passage_text=p_text,
        quote=quote,
        quote_start=max(0, int(q_start) - base),
        quote_end=max(0, int(q_end) - base),
        answer_start=max(0, int(a_start) - base),
        answer_end=max(0, int(a_end) - base),
    )
    titles: dict[str, str] = {}
    found: list[Disagreement] = []
    for d in json.loads(disagreements):
        sid = str(d.get("source_id", ""))
        if sid not in titles:
            title_row = db.one("SELECT title FROM sources WHERE id = ?", (sid,))
            titles[sid] = str(title_row[0]) if title_row else sid
        found.append(Disagreement(sid, titles[sid], str(d.get("value", "")), str(d.get("quote", ""))))
    cited = json.loads(also or "[]")
    places: dict[str, tuple[str, int]] = {}
    if cited:  # one query for every other passage cited, not one per passage
        ids = [str(c.get("passage_id", "")) for c in cited]
        sql = 'SELECT p.id, s.title, p."index" FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id IN '
        for pid, ptitle, pindex in db.rows(sql + f"({', '.join('?' * len(ids))})", tuple(ids)):
            places[str(pid)] = (str(ptitle), int(pindex))
    also_in = [
        AlsoIn(str(c.get("source_id", "")), *places[str(c.get("passage_id", ""))], str(c.get("quote", "")))
        for c in cited
        if str(c.get("passage_id", "")) in places
    ]
    return QuestionView(
        id=qid,
        kind=kind,
        format=fmt,
        prompt=prompt,
        answer=answer,
        accepted=tuple(json.loads(accepted)),
        choices=parse_choices(choices),
        citation=citation,
        disagreements=tuple(found),
        retired=bool(retired),
        also_in=tuple(also_in),
        value=json.loads(value) if value else None,
    )


def active_question_ids(db: Database, *, source_id: str | None = None, passage_id: str | None = None) -> list[str]:
    """Active questions in bank order, optionally of one source or one passage."""
    sql = "SELECT id FROM questions WHERE retired = 0"
    params: list[str] = []
    if source_id is not None:
        sql += " AND source_id = ?"
        params.append(source_id)
    if passage_id is not None:
        sql += " AND passage_id = ?"
        params.append(passage_id)
    return [str(r[0]) for r in db.rows(sql + " ORDER BY position", tuple(params))]


def kinds(db: Database) -> list[str]:
    return [str(r[0]) for r in db.rows("SELECT DISTINCT kind FROM questions WHERE retired = 0 ORDER BY kind")]


def sources(db: Database) -> list[SourceInfo]:
    rows = db.rows("SELECT id, title, author, publisher, date, url FROM sources WHERE retired = 0 ORDER BY position")
    return [SourceInfo(*(str(v) for v in r)) for r in rows]

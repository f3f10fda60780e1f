"""Read questions with their citation (source, passage, quote) from the database."""

from __future__ import annotations

import json

from studyapp.db.database import Database
from studyapp.errors import NotFound
from studyapp.services.views import AlsoIn, Citation, Disagreement, QuestionView, SourceInfo

_SQL = """
SELECT q.id, q.kind, q.format, q.prompt, q.answer, q.accepted, q.choices, q.quote,
       q.quote_start, q.quote_end, q.answer_start, q.answer_end, q.disagreements, q.also, q.retired, q.value, q.notes,
       s.id AS source_id, s.title, s.author, s.publisher, s.date, s.url,
       p.id AS passage_id, p.idx AS passage_index, p.start AS passage_start,
       substr(s.text, p.start + 1, p."end" - p.start) AS passage_text
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
    rows = db.named(_SQL, (question_id,))
    if not rows:
        raise NotFound(f"no question with id {question_id}")
    row = rows[0]
    info = SourceInfo(row["source_id"], row["title"], row["author"], row["publisher"], row["date"], row["url"])
    base = int(row["passage_start"])
    citation = Citation(
        source=info,
        passage_id=row["passage_id"],
        passage_index=int(row["passage_index"]),
        passage_text=row["passage_text"],
        quote=row["quote"],
        quote_start=max(0, int(row["quote_start"]) - base),
        quote_end=max(0, int(row["quote_end"]) - base),
        answer_start=max(0, int(row["answer_start"]) - base),
        answer_end=max(0, int(row["answer_end"]) - base),
    )
    titles: dict[str, str] = {}
    found: list[Disagreement] = []
    for d in json.loads(row["disagreements"]):
        sid = str(d.get("source_id", ""))
        if sid not in titles:
            title_row = db.one("SELECT title FROM sources WHERE id = ?", (sid,))
            titles[sid] = str(title_row[0]) if title_row else sid
        found.append(Disagreement(sid, titles[sid], str(d.get("value", "")), str(d.get("quote", ""))))
    cited = json.loads(row["also"] or "[]")
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
    value = row["value"]
    return QuestionView(
        id=row["id"],
        kind=row["kind"],
        format=row["format"],
        prompt=row["prompt"],
        answer=row["answer"],
        accepted=tuple(json.loads(row["accepted"])),
        choices=parse_choices(row["choices"]),
        citation=citation,
        disagreements=tuple(found),
        retired=bool(row["retired"]),
        also_in=tuple(also_in),
        value=json.loads(value) if value else None,
        notes=tuple(json.loads(row["notes"] or "[]")),
    )


def active_question_ids(db: Database, *, source_id: str | None = None, passage_id: str | None = None) -> list[str]:
    """Active questions in bank order, optionally of one source or one passage."""
    sql = "SELECT id FROM questions WHERE retired = FALSE"
    params: list[str] = []
    if source_id is not None:
        sql += " AND source_id = ?"
        params.append(source_id)
    if passage_id is not None:
        sql += " AND passage_id = ?"
        params.append(passage_id)
    return [str(r[0]) for r in db.rows(sql + " ORDER BY position", tuple(params))]


def kinds(db: Database) -> list[str]:
    return [str(r[0]) for r in db.rows("SELECT DISTINCT kind FROM questions WHERE retired = FALSE ORDER BY kind")]


def sources(db: Database) -> list[SourceInfo]:
    rows = db.rows(
        "SELECT id, title, author, publisher, date, url FROM sources WHERE retired = FALSE ORDER BY position"
    )
    return [SourceInfo(*(str(v) for v in r)) for r in rows]

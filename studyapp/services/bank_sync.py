"""Bring the database's copy of the question bank in line with the bank file.

History refers to questions by their stable id. A question that is no longer in the bank is marked
retired (never deleted), so old attempts keep their text and their source passage; one that comes
back is reactivated. The file's size and modification time are remembered so an unchanged bank
costs one `stat` at start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from studyapp.bank.model import Bank, load_bank
from studyapp.db.database import Database
from studyapp.db.schema import SCHEMA_REVISION

SIGNATURE_KEY = "bank_signature"


@dataclass(frozen=True)
class SyncReport:
    added: int
    updated: int
    retired: int
    total_active: int
    skipped: bool = False


def bank_signature(path: Path) -> str:
    """The bank file as last read, and the schema it was read into: a database migrated to a schema
    with new columns (notes, shows) reads the same file again to fill them."""
    stat = path.stat()
    return json.dumps(
        {"path": str(path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "schema": SCHEMA_REVISION}
    )


def bank_is_current(db: Database, path: Path) -> bool:
    stored = db.scalar("SELECT value FROM app_state WHERE key = ?", (SIGNATURE_KEY,))
    return bool(stored == bank_signature(path))


def sync_bank_file(db: Database, path: Path, *, force: bool = False) -> SyncReport:
    """Load the bank file into the database unless it is unchanged since the last sync."""
    if (not force and bank_is_current(db, path)) or not _may_change_bank(db):
        # on a class server only the teacher changes the bank; a student's app uses the teacher's
        active = int(db.scalar("SELECT count(*) FROM questions WHERE retired = FALSE") or 0)
        return SyncReport(0, 0, 0, active, skipped=True)
    bank = load_bank(path)
    return sync_bank(db, bank, signature=bank_signature(path))


def _may_change_bank(db: Database) -> bool:
    if not db.is_server:
        return True
    from studyapp.db.class_server import is_teacher

    return is_teacher(db)


def sync_bank(db: Database, bank: Bank, *, signature: str | None = None) -> SyncReport:
    from sqlalchemy import update

    if db.is_server:
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]

    from studyapp.db.models import AppState, Passage, Question, Source

    known = {row[0] for row in db.rows("SELECT id FROM questions")}
    was_active = {row[0] for row in db.rows("SELECT id FROM questions WHERE retired = FALSE")}
    source_rows = [
        {
            "id": s.id,
            "title": s.title,
            "author": s.author,
            "publisher": s.publisher,
            "date": s.date,
            "url": s.url,
            "language": s.language,
            "text": s.text,
            "position": i,
            "retired": False,
        }
        for i, s in enumerate(bank.sources)
    ]
    passage_rows = [
        {
            "id": p.id,
            "source_id": s.id,
            "index": p.index,
            "start": p.start,
            "end": p.end,
            "role": p.role,
            "retired": False,
        }
        for s in bank.sources
        for p in s.passages
    ]
    question_rows = [
        {
            "id": q.id,
            "fact_id": q.fact_id,
            "kind": q.kind,
            "format": q.format,
            "prompt": q.prompt,
            "answer": q.answer,
            "accepted": list(q.accepted),
            "choices": list(q.choices) if q.choices is not None else None,
            "source_id": q.source.source_id,
            "passage_id": q.source.passage_id,
            "quote": q.source.quote,
            "quote_start": q.source.start,
            "quote_end": q.source.end,
            "answer_start": q.source.answer_start,
            "answer_end": q.source.answer_end,
            "disagreements": [dict(d) for d in q.disagreements],
            "also": [{"source_id": c.source_id, "passage_id": c.passage_id, "quote": c.quote} for c in q.also],
            "value": q.value,
            "notes": list(q.notes),
            "shows": list(q.shows),
            "position": i,
            "retired": False,
        }
        for i, q in enumerate(bank.questions)
    ]
    current_ids = {row["id"] for row in question_rows}
    with db.session() as session:
        session.execute(update(Source).values(retired=True))
        session.execute(update(Passage).values(retired=True))
        for model, rows in ((Source, source_rows), (Passage, passage_rows), (Question, question_rows)):
            for chunk_start in range(0, len(rows), 500):
                chunk = rows[chunk_start : chunk_start + 500]
                stmt = insert(model).values(chunk)
                columns = {c: stmt.excluded[c] for c in chunk[0] if c != "id"}
                session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=columns))
        gone = was_active - current_ids
        if gone:
            ids = sorted(gone)
            for chunk_start in range(0, len(ids), 500):
                session.execute(
                    update(Question).where(Question.id.in_(ids[chunk_start : chunk_start + 500])).values(retired=True)
                )
        if signature is not None:
            session.merge(AppState(key=SIGNATURE_KEY, value=signature))
    added = len(current_ids - known)
    return SyncReport(
        added=added,
        updated=len(current_ids) - added,
        retired=len(gone),
        total_active=len(current_ids),
    )

"""The source reader: articles with their metadata, split into passages, with this learner's mastery."""

from __future__ import annotations

from collections import defaultdict

from studyapp.db.database import Database
from studyapp.errors import NotFound
from studyapp.services.overview import MASTERED, OPEN_RECALL
from studyapp.services.views import PassageView, SourceDetail, SourceInfo, SourceSummary

_SOURCE_COLUMNS = "s.id, s.title, s.author, s.publisher, s.date, s.url"


def list_sources(db: Database, learner_id: int) -> list[SourceSummary]:
    rows = db.rows(
        f"WITH {OPEN_RECALL} SELECT {_SOURCE_COLUMNS}, count(q.id), "
        f"coalesce(sum({MASTERED}), 0) "
        "FROM sources s LEFT JOIN questions q ON q.source_id = s.id AND q.retired = FALSE "
        "LEFT JOIN cards c ON c.question_id = q.id AND c.learner_id = ?1 "
        "WHERE s.retired = FALSE GROUP BY s.id ORDER BY s.position",
        (learner_id,),
    )
    return [
        SourceSummary(SourceInfo(*(str(v) for v in r[:6])), int(r[6]), (int(r[7]) / int(r[6])) if r[6] else 0.0)
        for r in rows
    ]


def source_detail(db: Database, learner_id: int, source_id: str) -> SourceDetail:
    row = db.one(f"SELECT {_SOURCE_COLUMNS}, s.text FROM sources s WHERE s.id = ?", (source_id,))
    if row is None:
        raise NotFound(f"no source with id {source_id}")
    info = SourceInfo(*(str(v) for v in row[:6]))
    text = str(row[6])
    by_passage: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for qid, pid, mastered in db.rows(
        f"WITH {OPEN_RECALL} SELECT q.id, q.passage_id, {MASTERED} "
        "FROM questions q LEFT JOIN cards c ON c.question_id = q.id AND c.learner_id = ?1 "
        "WHERE q.source_id = ?2 AND q.retired = FALSE ORDER BY q.position",
        (learner_id, source_id),
    ):
        by_passage[str(pid)].append((str(qid), bool(mastered)))
    passages = []
    for pid, index, start, end, role in db.rows(
        'SELECT id, "index", start, "end", role FROM passages WHERE source_id = ? AND retired = FALSE ORDER BY "index"',
        (source_id,),
    ):
        questions = by_passage.get(str(pid), [])
        mastery = sum(m for _, m in questions) / len(questions) if questions else None
        passages.append(
            PassageView(
                id=str(pid),
                index=int(index),
                start=int(start),
                end=int(end),
                role=str(role),
                text=text[int(start) : int(end)],
                question_ids=tuple(q for q, _ in questions),
                mastery=mastery,
            )
        )
    return SourceDetail(info=info, text=text, passages=tuple(passages))

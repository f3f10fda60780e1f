"""Which questions leave the app, in which order: filters by source, kind and format, or a saved quiz
in its seeded order (with its choice order). The writers are in ``studyapp.exports``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.db.database import Database
from studyapp.errors import InvalidInput
from studyapp.grading.values import other_accepted
from studyapp.services.questions import active_question_ids, load_question
from studyapp.services.quizzes import load_quiz, resolve_sources
from studyapp.services.views import QuestionView


@dataclass(frozen=True)
class Exported:
    question: QuestionView
    choices: tuple[str, ...] | None  # in the order shown (a quiz's seeded order)
    position: int  # 1-based, in the export


def select_for_export(
    db: Database,
    *,
    sources: Sequence[str] = (),
    kinds: Sequence[str] = (),
    formats: Sequence[str] = (),
    quiz: str | None = None,
) -> list[Exported]:
    """The questions to export; raises ``InvalidInput`` when the selection is empty."""
    if quiz:
        view = load_quiz(db, quiz)
        picked = [(item.question, item.choices) for item in view.items]
    else:
        wanted_sources = set(resolve_sources(db, sources)) if sources else None
        picked = []
        for qid in active_question_ids(db):
            q = load_question(db, qid)
            if wanted_sources is not None and q.citation.source.id not in wanted_sources:
                continue
            if kinds and q.kind not in kinds:
                continue
            if formats and q.format not in formats:
                continue
            picked.append((q, q.choices))
    if quiz is None and kinds:
        known = {str(r[0]) for r in db.rows("SELECT DISTINCT kind FROM questions")}
        unknown = [k for k in kinds if k not in known]
        if unknown:
            raise InvalidInput(f"unknown kind {unknown[0]!r} (kinds: {', '.join(sorted(known))})")
    if not picked:
        raise InvalidInput("no question matches that selection; nothing was written")
    return [Exported(q, choices, i) for i, (q, choices) in enumerate(picked, 1)]


def citation_text(q: QuestionView) -> str:
    """ "“Title”, Author, Publisher, 2016-12-13, passage 4" (what is unknown is said so)."""
    s = q.citation.source
    author = s.author if s.author and s.author != "unknown" else "author not given"
    date = s.date if s.date and s.date != "unknown" else "date not given"
    return f"“{s.title}”, {author}, {s.publisher}, {date}, passage {q.citation.passage_index + 1}"


def other_answers(q: QuestionView, limit: int = 12) -> list[str]:
    """The other accepted answers to show on a card's back or in feedback (not the grading list)."""
    return other_accepted(q.answer, q.accepted, q.value)[:limit]

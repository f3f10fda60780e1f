"""The home screen's numbers: due today, new, missed, and mastery by source and by kind.

A question counts as mastered when its card has graduated to fsrs's Review state and it is not on
the missed list -- and, for a multiple-choice question whose fact is also asked for recall (typed),
when that recall question is mastered too: recognising the answer among four is not knowing it.
"""

from __future__ import annotations

from studyapp.db.database import Database
from studyapp.services.clock import Clock, local_day_end, system_clock
from studyapp.services.study import new_introduced_today, plan_study
from studyapp.services.views import HomeSummary, Learner, MasteryRow, kind_label

# Mastered: Review state, not on the missed list, and (for a choice question) no recall question of
# its fact still open. The facts with open recall are found once (``?1`` is the learner), and the rule
# is read from a covering index: a quarter of a second on 100,000 questions.
OPEN_RECALL = """open_recall AS (
    SELECT DISTINCT q.fact_id FROM questions q LEFT JOIN cards c ON c.learner_id = ?1 AND c.question_id = q.id
    WHERE q.retired = FALSE AND q.format != 'mc' AND NOT (coalesce(c.state, 0) = 2 AND c.missed_at IS NULL)
)"""
MASTERED = """CASE WHEN c.state = 2 AND c.missed_at IS NULL
                   AND (q.format != 'mc' OR q.fact_id NOT IN (SELECT fact_id FROM open_recall)) THEN 1 ELSE 0 END"""
_MASTERY = f"""
WITH {OPEN_RECALL}
SELECT q.source_id, q.kind, count(*), count(c.question_id), coalesce(sum({MASTERED}), 0)
FROM questions q LEFT JOIN cards c ON c.learner_id = ?1 AND c.question_id = q.id
WHERE q.retired = FALSE GROUP BY q.source_id, q.kind
"""


def mastery(db: Database, learner_id: int) -> tuple[tuple[MasteryRow, ...], tuple[MasteryRow, ...]]:
    """Mastery by source (in bank order) and by kind, from one pass over the questions."""
    sources = {str(r[0]): (str(r[1]), int(r[2])) for r in db.rows("SELECT id, title, position FROM sources")}
    by_source: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}
    for source_id, kind, total, seen, mastered in db.rows(_MASTERY, (learner_id,)):
        for table, key in ((by_source, str(source_id)), (by_kind, str(kind))):
            counts = table.setdefault(key, [0, 0, 0])
            counts[0] += int(total)
            counts[1] += int(seen)
            counts[2] += int(mastered)
    source_rows = sorted(
        (MasteryRow(k, sources.get(k, (k, 0))[0], *v) for k, v in by_source.items()),
        key=lambda m: sources.get(m.key, ("", 0))[1],
    )
    kind_rows = sorted((MasteryRow(k, kind_label(k), *v) for k, v in by_kind.items()), key=lambda m: m.key)
    return tuple(source_rows), tuple(kind_rows)


def home_summary(db: Database, learner: Learner, clock: Clock = system_clock) -> HomeSummary:
    now = clock()
    due = db.scalar(
        "SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id "
        "WHERE c.learner_id = ? AND c.due < ? AND q.retired = FALSE",
        (learner.id, local_day_end(now)),
    )
    total = int(db.scalar("SELECT count(*) FROM questions WHERE retired = FALSE") or 0)
    seen = int(
        db.scalar(
            "SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id "
            "WHERE c.learner_id = ? AND q.retired = FALSE",
            (learner.id,),
        )
        or 0
    )
    missed = db.scalar(
        "SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id "
        "WHERE c.learner_id = ? AND c.missed_at IS NOT NULL AND q.retired = FALSE",
        (learner.id,),
    )
    new_left = max(0, learner.new_per_day - new_introduced_today(db, learner.id, now))
    by_source, by_kind = mastery(db, learner.id)
    plan = plan_study(db, learner, now)
    with_card = (
        {
            str(r[0])
            for r in db.rows(
                f"SELECT question_id FROM cards WHERE learner_id = ? AND question_id IN ({', '.join('?' * len(plan))})",
                (learner.id, *plan),
            )
        }
        if plan
        else set()
    )
    return HomeSummary(
        learner=learner,
        due_today=int(due or 0),
        new_available=min(new_left, total - seen, sum(1 for q in plan if q not in with_card)),
        new_unseen=total - seen,
        new_left_today=new_left,
        missed=int(missed or 0),
        total_questions=total,
        by_source=by_source,
        by_kind=by_kind,
        to_study=len(plan),
    )

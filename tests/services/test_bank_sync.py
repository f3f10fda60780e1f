"""The bank in the database follows the bank file; history survives regenerated banks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from studyapp.bank.model import Bank, load_bank
from studyapp.db.database import Database
from studyapp.services.bank_sync import sync_bank, sync_bank_file
from studyapp.services.clock import ManualClock
from studyapp.services.progress import record_answer
from studyapp.services.views import Learner


def test_unchanged_bank_file_is_skipped(db: Database, tmp_path: Path, bank_file: Path, bank_size: int) -> None:
    copy = tmp_path / "bank.json"
    copy.write_bytes(bank_file.read_bytes())
    first = sync_bank_file(db, copy)
    assert not first.skipped and first.total_active == bank_size
    second = sync_bank_file(db, copy)
    assert second.skipped and second.total_active == bank_size


def test_vanished_questions_are_retired_not_deleted_and_history_stays(
    db: Database, learner: Learner, clock: ManualClock, bank_file: Path, bank_size: int
) -> None:
    bank = load_bank(bank_file)
    gone = bank.questions[0]
    record_answer(
        db, learner, gone.id, response="x", correct=False, verdict="wrong", rating=1, duration_ms=500, mode="study",
        now=clock(),
    )  # fmt: skip
    smaller = Bank(sources=bank.sources, questions=bank.questions[1:])
    report = sync_bank(db, smaller)
    assert report.retired == 1 and report.total_active == bank_size - 1
    assert db.one("SELECT retired, prompt FROM questions WHERE id = ?", (gone.id,)) == (1, gone.prompt)
    assert db.scalar("SELECT count(*) FROM attempts WHERE question_id = ?", (gone.id,)) == 1
    # missed list and due counts ignore retired questions
    from studyapp.services.review import missed_items

    assert missed_items(db, learner.id) == []
    # it comes back when the bank has it again, with its history
    report = sync_bank(db, bank)
    assert report.added == 0 and report.total_active == bank_size
    assert [m.question_id for m in missed_items(db, learner.id)] == [gone.id]


def test_changed_question_text_is_updated_in_place(db: Database, bank_file: Path) -> None:
    bank = load_bank(bank_file)
    first = bank.questions[0]
    changed = dataclasses.replace(first, prompt=first.prompt + " (reworded)")
    sync_bank(db, Bank(sources=bank.sources, questions=[changed, *bank.questions[1:]]))
    assert db.scalar("SELECT prompt FROM questions WHERE id = ?", (first.id,)) == changed.prompt


def test_extra_citations_reach_the_question_view(db: Database, bank_file: Path) -> None:
    from studyapp.services.questions import load_question

    bank = load_bank(bank_file)
    cited = [q for q in bank.questions if q.also]
    assert cited
    for q in cited:
        view = load_question(db, q.id)
        assert [(a.source_id, a.quote) for a in view.also_in] == [(c.source_id, c.quote) for c in q.also]
        titles = {s.id: s.title for s in bank.sources}
        assert all(a.source_title == titles[a.source_id] for a in view.also_in)

"""Learner profiles: each has its own progress; the last one used comes back."""

from __future__ import annotations

import pytest

from studyapp.db.database import Database
from studyapp.errors import InvalidInput
from studyapp.services.clock import ManualClock
from studyapp.services.learners import (
    create_learner,
    current_learner,
    delete_learner,
    list_learners,
    rename_learner,
    switch_learner,
    update_settings,
)
from studyapp.services.progress import record_answer


def test_create_makes_the_new_learner_current(db: Database, clock: ManualClock) -> None:
    assert current_learner(db) is None
    ada = create_learner(db, "  Ada   Lovelace ", clock)
    assert ada.name == "Ada Lovelace"
    assert current_learner(db) == ada
    bob = create_learner(db, "Bob", clock)
    assert current_learner(db) == bob
    assert [learner.name for learner in list_learners(db)] == ["Ada Lovelace", "Bob"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_bad_names_are_refused(db: Database, clock: ManualClock, name: str) -> None:
    with pytest.raises(InvalidInput):
        create_learner(db, name, clock)


def test_names_are_unique_ignoring_case(db: Database, clock: ManualClock) -> None:
    create_learner(db, "Ada", clock)
    bob = create_learner(db, "Bob", clock)
    with pytest.raises(InvalidInput, match="already"):
        create_learner(db, "ADA", clock)
    with pytest.raises(InvalidInput, match="already"):
        rename_learner(db, bob.id, "ada")
    assert rename_learner(db, bob.id, "Bobby").name == "Bobby"
    assert rename_learner(db, bob.id, "BOBBY").name == "BOBBY"  # own name in another case is fine


def test_switch_is_remembered(db: Database, clock: ManualClock) -> None:
    ada = create_learner(db, "Ada", clock)
    create_learner(db, "Bob", clock)
    switch_learner(db, ada.id)
    assert current_learner(db) == ada


def test_delete_removes_progress_of_that_learner_only(db: Database, clock: ManualClock) -> None:
    ada = create_learner(db, "Ada", clock)
    bob = create_learner(db, "Bob", clock)
    qid = str(db.scalar("SELECT id FROM questions ORDER BY position LIMIT 1"))
    for who in (ada, bob):
        record_answer(
            db, who, qid, response="x", correct=False, verdict="wrong", rating=1, duration_ms=900, mode="study",
            now=clock(),
        )  # fmt: skip
    following = delete_learner(db, bob.id)
    assert following == ada
    assert current_learner(db) == ada
    assert db.rows("SELECT learner_id FROM attempts") == [(ada.id,)]
    assert db.rows("SELECT learner_id FROM cards") == [(ada.id,)]
    assert delete_learner(db, ada.id) is None
    assert db.scalar("SELECT count(*) FROM attempts") == 0


def test_settings_are_validated_and_per_learner(db: Database, clock: ManualClock) -> None:
    ada = create_learner(db, "Ada", clock)
    bob = create_learner(db, "Bob", clock)
    updated = update_settings(db, ada.id, desired_retention=0.85, new_per_day=5)
    assert (updated.desired_retention, updated.new_per_day) == (0.85, 5)
    assert current_learner(db) == bob and bob.new_per_day == 20
    with pytest.raises(InvalidInput):
        update_settings(db, ada.id, desired_retention=0.5, new_per_day=5)
    with pytest.raises(InvalidInput):
        update_settings(db, ada.id, desired_retention=0.9, new_per_day=-1)

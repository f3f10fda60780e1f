"""Learner profiles: create, rename, switch, delete, settings. Each profile's progress is its own."""

from __future__ import annotations

from studyapp.db.database import Database
from studyapp.errors import InvalidInput, NotFound
from studyapp.services.clock import Clock, system_clock
from studyapp.services.views import Learner

CURRENT_KEY = "current_learner"
MAX_NAME = 80
RETENTION_RANGE = (0.70, 0.99)
NEW_PER_DAY_RANGE = (0, 999)

_COLUMNS = "id, name, desired_retention, new_per_day"


def _learner(row: tuple[object, ...]) -> Learner:
    return Learner(int(str(row[0])), str(row[1]), float(str(row[2])), int(str(row[3])))


def list_learners(db: Database) -> list[Learner]:
    return [_learner(r) for r in db.rows(f"SELECT {_COLUMNS} FROM learners ORDER BY lower(name), name")]


def get_learner(db: Database, learner_id: int) -> Learner:
    row = db.one(f"SELECT {_COLUMNS} FROM learners WHERE id = ?", (learner_id,))
    if row is None:
        raise NotFound(f"no learner with id {learner_id}")
    return _learner(row)


def current_learner(db: Database) -> Learner | None:
    """The profile used last; if it is gone, the first one by name; None when there are none.

    On a class server it is the profile of the signed-in role (a student sees only their own)."""
    if db.is_server:
        row = db.one(f"SELECT {_COLUMNS} FROM learners WHERE owner = current_user")
        if row is not None:
            return _learner(row)
    value = db.scalar("SELECT value FROM app_state WHERE key = ?", (CURRENT_KEY,))
    if value is not None:
        row = db.one(f"SELECT {_COLUMNS} FROM learners WHERE id = ?", (int(value),))
        if row is not None:
            return _learner(row)
    learners = list_learners(db)
    return learners[0] if learners else None


def _clean_name(db: Database, name: str, exclude_id: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("a learner needs a name")
    if len(clean) > MAX_NAME:
        raise InvalidInput(f"a name can have at most {MAX_NAME} characters")
    clash = db.one(
        "SELECT id FROM learners WHERE lower(name) = lower(?) AND id != ?",
        (clean, -1 if exclude_id is None else exclude_id),
    )
    if clash is not None:
        raise InvalidInput(f"there is already a learner called “{clean}”")
    return clean


def create_learner(db: Database, name: str, clock: Clock = system_clock) -> Learner:
    """Create a profile and make it the current one."""
    from studyapp.db.models import AppState
    from studyapp.db.models import Learner as LearnerRow

    clean = _clean_name(db, name)
    with db.session() as session:
        row = LearnerRow(name=clean, created_at=int(clock()), desired_retention=0.9, new_per_day=20)
        session.add(row)
        session.flush()
        session.merge(AppState(key=CURRENT_KEY, value=str(row.id)))
        learner_id = row.id
    return get_learner(db, learner_id)


def rename_learner(db: Database, learner_id: int, name: str) -> Learner:
    from studyapp.db.models import Learner as LearnerRow

    get_learner(db, learner_id)
    clean = _clean_name(db, name, exclude_id=learner_id)
    with db.session() as session:
        row = session.get(LearnerRow, learner_id)
        assert row is not None
        row.name = clean
    return get_learner(db, learner_id)


def switch_learner(db: Database, learner_id: int) -> Learner:
    from studyapp.db.models import AppState

    learner = get_learner(db, learner_id)
    if db.is_server and db.one("SELECT 1 FROM learners WHERE owner = current_user") is not None:
        return learner  # signed in to a class: the profile is the login's own; nothing to remember
    with db.session() as session:
        session.merge(AppState(key=CURRENT_KEY, value=str(learner_id)))
    return learner


def delete_learner(db: Database, learner_id: int) -> Learner | None:
    """Delete a profile with all its progress. Returns the learner that is current afterwards."""
    from sqlalchemy import delete

    from studyapp.db.models import AppState, Attempt, Card
    from studyapp.db.models import Learner as LearnerRow

    get_learner(db, learner_id)
    with db.session() as session:
        session.execute(delete(Attempt).where(Attempt.learner_id == learner_id))
        session.execute(delete(Card).where(Card.learner_id == learner_id))
        session.execute(delete(LearnerRow).where(LearnerRow.id == learner_id))
        current = session.get(AppState, CURRENT_KEY)
        if current is not None and current.value == str(learner_id):
            session.delete(current)
    following = current_learner(db)
    if following is not None:
        switch_learner(db, following.id)
    return following


def update_settings(db: Database, learner_id: int, *, desired_retention: float, new_per_day: int) -> Learner:
    from studyapp.db.models import Learner as LearnerRow

    low, high = RETENTION_RANGE
    if not low <= desired_retention <= high:
        raise InvalidInput(f"desired retention must be between {low:.0%} and {high:.0%}")
    if not NEW_PER_DAY_RANGE[0] <= new_per_day <= NEW_PER_DAY_RANGE[1]:
        raise InvalidInput(f"new questions per day must be between 0 and {NEW_PER_DAY_RANGE[1]}")
    with db.session() as session:
        row = session.get(LearnerRow, learner_id)
        if row is None:
            raise NotFound(f"no learner with id {learner_id}")
        row.desired_retention = desired_retention
        row.new_per_day = new_per_day
    return get_learner(db, learner_id)

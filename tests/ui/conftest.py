"""GUI fixtures: offscreen Qt, an application context over a fresh database, scripted dialogs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from studyapp.db.database import Database
from studyapp.services.clock import ManualClock
from studyapp.services.views import Learner
from studyapp.ui.context import AppContext
from studyapp.ui.dialogs import ScriptedDialogs


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def ctx(db: Database, learner: Learner, clock: ManualClock, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(db=db, dialogs=dialogs, clock=clock, fuzz=False, learner=learner)

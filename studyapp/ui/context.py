"""What every screen needs: the database, the current learner, the clock and the dialog service."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studyapp.db.database import Database
from studyapp.services.clock import Clock, system_clock
from studyapp.services.views import Learner
from studyapp.ui.dialogs import Dialogs


@dataclass
class AppContext:
    db: Database
    dialogs: Dialogs
    clock: Clock = system_clock
    fuzz: bool = True
    learner: Learner | None = field(default=None)
    classroom: Any = None  # a `studyapp.ui.classroom.Classroom` when the database is a class server

    def submitter(self) -> Any:
        """Where quiz answers go: the class server (or its outbox while it is away), else the file."""
        if self.classroom is not None:
            return self.classroom
        from studyapp.services.outbox import DirectSubmitter

        return DirectSubmitter(self.db, self.clock, fuzz=self.fuzz)

    def require_learner(self) -> Learner:
        if self.learner is None:
            raise RuntimeError("no learner is selected")
        return self.learner

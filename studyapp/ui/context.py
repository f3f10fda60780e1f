"""What every screen needs: the database, the current learner, the clock and the dialog service."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def require_learner(self) -> Learner:
        if self.learner is None:
            raise RuntimeError("no learner is selected")
        return self.learner

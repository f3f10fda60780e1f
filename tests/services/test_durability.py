"""Each answer is committed as it is given: a process killed mid-session loses nothing answered."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_answers_survive_a_killed_process(db_path: Path) -> None:
    code = f"""
import os, signal
from pathlib import Path
from studyapp.db.database import DatabaseLocation, open_database
from studyapp.services.learners import create_learner
from studyapp.services.study import StudySession, plan_study
from studyapp.services.questions import load_question
db = open_database(DatabaseLocation(Path({str(db_path)!r})))
learner = create_learner(db, "Kim")
session = StudySession(db, learner, plan_study(db, learner, 1_795_000_000.0)[:3], clock=lambda: 1_795_000_000.0)
for _ in range(3):
    q = session.current()
    session.answer(q.answer, 2500)
    session.advance()
print("answered", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL
    assert proc.stdout.strip() == "answered"
    from studyapp.db.database import DatabaseLocation, open_database

    db = open_database(DatabaseLocation(db_path))
    try:
        assert db.scalar("SELECT count(*) FROM attempts") == 3
        assert db.scalar("SELECT count(*) FROM cards") == 3
        assert db.scalar("SELECT sum(answers) FROM attempt_quarters") == 3
    finally:
        db.close()

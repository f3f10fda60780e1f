"""Two (here four) app instances answering for the same learner at once lose no card update and
raise no error: each answer reads its card inside the transaction that writes it (BEGIN IMMEDIATE)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from studyapp.db.database import DatabaseLocation, open_database
from studyapp.services.learners import create_learner

WRITER = textwrap.dedent(
    """
    import random, sys, time
    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.learners import list_learners
    from studyapp.services.progress import record_answer

    path, seconds, seed = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    db = open_database(DatabaseLocation(__import__("pathlib").Path(path)))
    learner = list_learners(db)[0]
    ids = [r[0] for r in db.rows("SELECT id FROM questions ORDER BY position LIMIT 12")]
    rng = random.Random(seed)
    end = time.monotonic() + seconds
    done = 0
    while time.monotonic() < end:
        qid = rng.choice(ids)  # few questions: the writers keep meeting on the same cards
        record_answer(db, learner, qid, response="x", correct=rng.random() < 0.7, verdict="exact", rating=3,
                      duration_ms=1000, mode="study", now=time.time(), fuzz=False)
        done += 1
        time.sleep(0.002)  # even the fastest learner pauses between answers
    db.close()
    print(done)
    """
)


def test_four_instances_answering_for_one_learner_lose_nothing(db_path: Path) -> None:
    db = open_database(DatabaseLocation(db_path))
    create_learner(db, "Ann")
    db.close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), "20", str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(4)
    ]
    done = 0
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err  # no "database is locked", no "UNIQUE constraint failed"
        done += int(out.strip())
    db = open_database(DatabaseLocation(db_path))
    try:
        assert db.scalar("SELECT count(*) FROM attempts") == done > 400
        # every answer moved its card on: a card's count of answers equals its attempts (a lost update
        # would leave reps behind)
        lost = db.rows(
            "SELECT c.question_id, c.reps, (SELECT count(*) FROM attempts a WHERE a.learner_id = c.learner_id "
            "AND a.question_id = c.question_id) AS n FROM cards c WHERE c.reps != n"
        )
        assert lost == []
        assert db.scalar("SELECT sum(answers) FROM attempt_quarters") == done
    finally:
        db.close()

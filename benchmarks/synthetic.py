"""Synthetic progress data for the large-scale benchmarks: a big bank and a long answer history.

    .venv/bin/python benchmarks/synthetic.py --questions 100000 --answers 1000000 --out benchmarks/out/large

writes `bank.json` (the bank file the app loads) and `progress.sqlite3` (a migrated database with the
bank synced, one learner, a card for most questions and the answer history spread over a year).
The same seed gives the same data. Questions are copies of the real bank's questions under new ids,
so every one has a real source passage; cards and attempts are written with plain SQL in bulk.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studyapp.bank.model import Bank, load_bank  # noqa: E402
from studyapp.db.database import DatabaseLocation, open_database  # noqa: E402
from studyapp.services.bank_sync import sync_bank_file  # noqa: E402
from studyapp.services.learners import create_learner, update_settings  # noqa: E402

DAY = 86400


def make_bank(n_questions: int, seed: int) -> Bank:
    real = load_bank(ROOT / "content" / "bank.json")
    rng = random.Random(seed)
    questions = []
    for i in range(n_questions):
        base = real.questions[i % len(real.questions)] if i < len(real.questions) else rng.choice(real.questions)
        questions.append(dataclasses.replace(base, id=f"{base.id}-syn{i:06d}", fact_id=f"{base.fact_id}-{i}"))
    return Bank(sources=real.sources, questions=questions)


def generate(out: Path, n_questions: int, n_answers: int, seed: int, now: float) -> dict[str, float]:
    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    db_path = out / "progress.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    t = time.perf_counter()
    bank = make_bank(n_questions, seed)
    bank_path = out / "bank.json"
    bank.save(bank_path)
    figures["write_bank_s"] = time.perf_counter() - t

    db = open_database(DatabaseLocation(db_path))
    t = time.perf_counter()
    sync_bank_file(db, bank_path)
    figures["sync_bank_s"] = time.perf_counter() - t

    learner = create_learner(db, "Benchmark learner", lambda: now - 400 * DAY)
    update_settings(db, learner.id, desired_retention=0.9, new_per_day=20)
    rng = random.Random(seed + 1)
    ids = [str(r[0]) for r in db.rows("SELECT id FROM questions ORDER BY position")]
    seen = ids[: int(len(ids) * 0.9)]
    t = time.perf_counter()
    cards = []
    for qid in seen:
        stability = rng.uniform(0.5, 200.0)
        last = now - rng.uniform(0, 120) * DAY
        due = last + stability * DAY * rng.uniform(0.5, 1.5)
        missed = int(last) if rng.random() < 0.03 else None
        cards.append(
            (learner.id, qid, 2, None, stability, rng.uniform(1, 10), int(due), int(last), int(now - 365 * DAY),
             rng.randint(1, 30), rng.randint(0, 4), missed, 0)
        )  # fmt: skip
    db.conn.executemany(
        "INSERT INTO cards (learner_id, question_id, state, step, stability, difficulty, due, last_review, "
        "created_at, reps, lapses, missed_at, right_streak) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        cards,
    )
    db.conn.commit()
    figures["write_cards_s"] = time.perf_counter() - t

    t = time.perf_counter()
    start = now - 365 * DAY
    batch: list[tuple[object, ...]] = []
    for i in range(n_answers):
        when = int(start + (i / n_answers) * 365 * DAY)
        correct = rng.random() < 0.82
        batch.append(
            (learner.id, rng.choice(seen), when, "study", "", correct, "exact" if correct else "wrong",
             3 if correct else 1, rng.randint(1500, 20000), None)
        )  # fmt: skip
        if len(batch) == 50_000:
            _insert_attempts(db.conn, batch)
            batch.clear()
    if batch:
        _insert_attempts(db.conn, batch)
    db.conn.commit()
    figures["write_attempts_s"] = time.perf_counter() - t
    db.conn.execute("ANALYZE")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    figures["db_mib"] = db_path.stat().st_size / 2**20
    figures["bank_mib"] = bank_path.stat().st_size / 2**20
    return figures


def _insert_attempts(conn: object, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO attempts (learner_id, question_id, answered_at, mode, response, correct, verdict, rating, "
        "duration_ms, prev_card) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20161215)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "large")
    args = parser.parse_args()
    figures = generate(args.out, args.questions, args.answers, args.seed, time.time())
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()

"""Interaction latency: answer -> feedback on screen, next question, stats screen. Offscreen, in process.

    .venv/bin/python benchmarks/bench_interaction.py [--answers 300] [--large benchmarks/out/large]

For each database (the real 386-question bank with a fresh learner; and, when present, the
synthetic 100,000-question / 1,000,000-answer one from `benchmarks/synthetic.py`):
- answer -> feedback: a key press on the study screen (QTest.keyClick) until the feedback panel
  has been laid out and painted (`repaint()`), the answer's database commit included;
- next question: Space on the feedback until the next question is painted, and planning a session;
- stats: building the stats screen (chart module included on first use) and refreshing it, painted.
The ORM is imported before timing, as the app's start-up warm-up does; the first answer of a fresh
process (which pays for that import when the warm-up has not finished) is reported on its own.
Figures go to `benchmarks/out/interaction.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def figures(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "median_ms": statistics.median(ms), "p95_ms": pct(ms, 0.95), "max_ms": max(ms)}


def run_case(db_path: Path, answers: int, first_answer: bool) -> dict[str, object]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.clock import ManualClock
    from studyapp.services.learners import current_learner, update_settings
    from studyapp.services.study import StudySession, plan_study
    from studyapp.ui.context import AppContext
    from studyapp.ui.dialogs import ScriptedDialogs
    from studyapp.ui.study import StudyScreen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(DatabaseLocation(db_path))
    learner = current_learner(db)
    assert learner is not None
    learner = update_settings(db, learner.id, desired_retention=0.9, new_per_day=999)
    clock = ManualClock(time.time())
    ctx = AppContext(db=db, dialogs=ScriptedDialogs(), clock=clock, fuzz=True, learner=learner)
    result: dict[str, object] = {}

    plan_times = []
    for _ in range(5):
        t = time.perf_counter()
        queue = plan_study(db, learner, clock())
        plan_times.append(time.perf_counter() - t)
    result["plan_session"] = figures(plan_times)

    screen = StudyScreen(ctx)
    screen.resize(1280, 800)
    screen.show()
    screen.start(StudySession(db, learner, queue, clock=clock), "Benchmark")
    app.processEvents()

    answer_times: list[float] = []
    next_times: list[float] = []
    first: float | None = None
    for i in range(answers):
        session = screen.session
        assert session is not None
        question = session.current()
        if question is None:
            break
        if question.format == "mc" and question.choices:
            key = getattr(Qt.Key, f"Key_{(i % len(question.choices)) + 1}")
            t = time.perf_counter()
            QTest.keyClick(screen, key)
        else:
            screen.answer_edit.setText(question.answer if i % 3 else "wrong")
            t = time.perf_counter()
            QTest.keyClick(screen.answer_edit, Qt.Key.Key_Return)
        screen.repaint()
        elapsed = time.perf_counter() - t
        assert screen.feedback.isVisible()
        if first_answer and first is None:
            first = elapsed
        else:
            answer_times.append(elapsed)
        clock.advance(30)
        t = time.perf_counter()
        QTest.keyClick(screen.feedback.next_button, Qt.Key.Key_Space)
        screen.repaint()
        next_times.append(time.perf_counter() - t)
    result["answer_to_feedback"] = figures(answer_times)
    if first is not None:
        result["first_answer_ms"] = first * 1000
    result["next_question"] = figures(next_times)

    stats_times = []
    t = time.perf_counter()
    from studyapp.ui.stats import StatsScreen

    stats = StatsScreen(ctx)
    stats.resize(1280, 800)
    stats.show()
    stats.refresh()
    stats.repaint()
    result["stats_first_open_ms"] = (time.perf_counter() - t) * 1000
    for _ in range(5):
        t = time.perf_counter()
        stats.refresh()
        stats.repaint()
        stats_times.append(time.perf_counter() - t)
    result["stats_refresh"] = figures(stats_times)
    screen.close()
    stats.close()
    db.close()
    return result


def prepare_small(tmp: Path) -> Path:
    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.bank_sync import sync_bank_file
    from studyapp.services.learners import create_learner

    path = tmp / "small.sqlite3"
    db = open_database(DatabaseLocation(path))
    sync_bank_file(db, ROOT / "content" / "bank.json")
    create_learner(db, "Benchmark learner")
    db.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--large", type=Path, default=OUT / "large")
    args = parser.parse_args()
    import sqlalchemy.orm  # noqa: F401 - as the app's warm-up does after the first screen

    import studyapp.db.models  # noqa: F401

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        results["small"] = run_case(prepare_small(tmp), args.answers, first_answer=True)
        large = args.large / "progress.sqlite3"
        if large.exists():
            copy = tmp / "large.sqlite3"
            shutil.copyfile(large, copy)
            results["large"] = run_case(copy, args.answers, first_answer=False)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "interaction.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

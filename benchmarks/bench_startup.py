"""Start-up time and memory of the app against a bare PySide6 window, measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--large benchmarks/out/large]

Each measurement is a fresh process (`python -c ...`), timed from spawn until it prints READY:
- bare: QApplication plus one QLabel shown, then the event loop's first turn;
- app: `studyapp.ui.app.run(..., study=True)` — the main window showing today's first question,
  ready for input (the event loop's first turn after the window is shown), on a database copied
  from a prepared one (schema current, bank synced, one learner), so it is the everyday start;
- app-large: the same on the synthetic 100,000-question / 1,000,000-answer database
  (`benchmarks/synthetic.py`), when present.
Peak memory is the process's maximum resident set size at READY (`ru_maxrss`).
Figures go to `benchmarks/out/startup.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("hello")
label.show()
def ready():
    print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

APP = """
import os, resource, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from studyapp.ui import app as studyapp_app
def ready():
    window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
    print("READY", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
settings = QSettings(os.environ["BENCH_SETTINGS"], QSettings.Format.IniFormat)
sys.exit(studyapp_app.run(os.environ["BENCH_DB"], None if os.environ.get("BENCH_BANK") is None else
         __import__("pathlib").Path(os.environ["BENCH_BANK"]), study=True, settings=settings))
"""


def measure(code: str, env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = proc.communicate(timeout=60)
    if not line.startswith("READY"):
        raise RuntimeError(f"no READY line: {line!r} {err[-2000:]}")
    return elapsed, int(line.split()[1]) / 1024


def prepare_small(tmp: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.bank_sync import sync_bank_file
    from studyapp.services.learners import create_learner

    path = tmp / "small.sqlite3"
    db = open_database(DatabaseLocation(path))
    sync_bank_file(db, ROOT / "content" / "bank.json")
    create_learner(db, "Benchmark learner")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def summarize(samples: list[tuple[float, float]]) -> dict[str, float]:
    times = [s[0] for s in samples]
    return {
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "peak_rss_mib": max(s[1] for s in samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large", type=Path, default=OUT / "large")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        template = prepare_small(tmp)
        cases: dict[str, tuple[str, Path | None, Path | None]] = {
            "bare": (BARE, None, None),
            "app": (APP, template, ROOT / "content" / "bank.json"),
        }
        large_db = args.large / "progress.sqlite3"
        if large_db.exists():
            cases["app-large"] = (APP, large_db, args.large / "bank.json")
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        measure(BARE, env)  # warm the file cache once
        for run in range(args.runs):
            for name, (code, db, bank) in cases.items():  # interleaved, so drift hits all alike
                case_env = dict(env, BENCH_SETTINGS=str(tmp / f"settings-{run}.ini"))
                if db is not None:
                    copy = tmp / f"{name}-{run}.sqlite3"
                    shutil.copyfile(db, copy)
                    case_env["BENCH_DB"] = str(copy)
                    case_env["BENCH_BANK"] = str(bank)
                samples[name].append(measure(code, case_env))
                if db is not None:
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{tmp / f'{name}-{run}.sqlite3'}{suffix}").unlink(missing_ok=True)
        for name, found in samples.items():
            results[name] = summarize(found)
    bare = results["bare"]["median_s"]
    for figures in results.values():
        figures["x_bare"] = figures["median_s"] / bare
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"{'case':<10} {'median s':>9} {'min s':>7} {'max s':>7} {'x bare':>7} {'peak MiB':>9}")
    for name, f in results.items():
        print(
            f"{name:<10} {f['median_s']:>9.3f} {f['min_s']:>7.3f} {f['max_s']:>7.3f} "
            f"{f['x_bare']:>7.2f} {f['peak_rss_mib']:>9.1f}"
        )


if __name__ == "__main__":
    main()

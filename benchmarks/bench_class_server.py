"""A class on one PostgreSQL server, on loopback: a timed quiz and self-study at the same time.

    .venv/bin/python benchmarks/bench_class_server.py [--quiz-students 30] [--study-students 30]
        [--questions 20] [--think-ms 1500] [--study-answers 20] [--processes 0] [--seed 7]
        [--no-recount] [--out benchmarks/out/class_server.json] [--dump FILE]

Starts a throwaway PostgreSQL server (`LocalPostgres`), sets up a class (`init_class` with the
checked-in bank), gives every simulated student a login of their own (`add_student`) and has the
teacher create a quiz. Then, all at once, ``--quiz-students`` take the timed quiz (`start_run`,
`answer_item` per question, `finish_run`) while ``--study-students`` study (`plan_study`,
`StudySession.answer`), each on their own `open_database(ServerLocation(login.url))`, waiting a
random think time between answers. The teacher listens for the live quiz feed (`QuizListener`) and,
as the presentation screen does, counts who has answered (`answered_count`) on every event.

Students run as threads in worker processes: by default one process per student (like one laptop
each, with no shared GIL); ``--processes 1`` puts them all in one process as threads.

The answering call's time is split, from Linux's per-thread schedstat, into the student's own CPU
time, the time the student waited for a CPU (60 simulated laptops share this machine's cores), and
the rest: the server, loopback and (with threads) the GIL. A probe fsyncs a small file next to the
server's files four times a second, to tell a slow disk from a slow server.

Reports answers lost (what the students submitted against the rows on the server: `quiz_answers`
and their `attempts` for quiz takers, `attempts` for studiers), answer-to-commit latency, and the
teacher's live-view lag (NOTIFY received minus the answering call's return, wall clock).
Figures go to `benchmarks/out/class_server.json`. Not a test: nothing fails on time.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import platform
import queue
import random
import resource
import sys
import threading
import time
import traceback
from dataclasses import asdict, dataclass, field
from multiprocessing.queues import Queue as MPQueue
from multiprocessing.synchronize import Event as MPEvent
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out"
BANK = ROOT / "content" / "bank.json"

from studyapp.db.class_server import Login, add_student, init_class  # noqa: E402
from studyapp.db.database import Database, open_database  # noqa: E402
from studyapp.db.local_postgres import LocalPostgres  # noqa: E402
from studyapp.db.server import ServerLocation, connect_raw  # noqa: E402
from studyapp.services.clock import system_clock  # noqa: E402
from studyapp.services.learners import current_learner  # noqa: E402
from studyapp.services.live import QuizEvent, QuizListener, answered_count  # noqa: E402
from studyapp.services.quizzes import (  # noqa: E402
    QuizItemView,
    QuizSpec,
    answer_item,
    create_quiz,
    finish_run,
    load_quiz,
    start_run,
)
from studyapp.services.study import StudySession, plan_study  # noqa: E402
from studyapp.services.views import QuestionView  # noqa: E402

QUIZ_NAME = "Load test quiz"
SECONDS_PER_QUESTION = 30
RIGHT_SHARE = 0.7
WRONG_TYPED = ("no idea", "the other one", "1066", "Hokkaido Prefecture", "I forgot")


# -- what the students do ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    kind: str  # quiz | study
    index: int
    name: str
    url: str
    seed: int
    think_ms: float
    study_answers: int


@dataclass
class Answer:
    kind: str  # quiz | study
    student: str
    question_id: str
    response: str
    client_correct: bool | None
    started: float  # time.time() when the submit call began
    returned: float  # time.time() when it returned (after the commit)
    latency_ms: float  # perf_counter between the two
    run_id: str = ""
    position: int = -1
    attempt_id: int | None = None
    error: str | None = None
    first: bool = False  # the student's first answer (cold: new write connection, statements compiled)
    cpu_ms: float | None = None  # CPU time of the answering thread during the call
    runqueue_ms: float | None = None  # time that thread was runnable but waited for a CPU


@dataclass
class StudentReport:
    kind: str
    name: str
    learner_id: int | None = None
    run_id: str = ""
    answers: list[Answer] = field(default_factory=list)
    planned_out: bool = False  # a studier ran out of questions before --study-answers
    ready: bool = False  # said it is ready to start
    error: str | None = None


def think_seconds(rng: random.Random, mean_ms: float, cap_s: float | None = None) -> float:
    """Half the mean fixed (reading the question), plus an exponential wait with the other half as mean."""
    seconds = mean_ms / 1000 * (0.5 + rng.expovariate(2.0))
    return min(seconds, cap_s) if cap_s is not None else seconds


def pick_response(rng: random.Random, question: QuestionView, choices: tuple[str, ...] | None) -> str:
    """The right answer about 70% of the time; otherwise another choice, or a wrong string to type."""
    if rng.random() < RIGHT_SHARE:
        return question.answer
    wrong = [c for c in (choices or ()) if c != question.answer]
    return rng.choice(wrong) if wrong else rng.choice(WRONG_TYPED)


def schedstat() -> tuple[float, float] | None:
    """(CPU ms, run-queue wait ms) of the calling thread so far, from Linux's schedstat; None elsewhere."""
    try:
        on_cpu, waiting = Path("/proc/thread-self/schedstat").read_text().split()[:2]
    except (OSError, ValueError):
        return None
    return int(on_cpu) / 1e6, int(waiting) / 1e6


def timed(report: StudentReport, answer: Answer, call: Any) -> Any:
    """Run the submit call, filling in the answer's times (and its error, when it raised)."""
    answer.first = not report.answers
    s0 = schedstat()
    answer.started = time.time()
    p0 = time.perf_counter()
    result: Any = None
    try:
        result = call()
    except Exception as exc:
        answer.error = f"{type(exc).__name__}: {exc}"
    answer.latency_ms = (time.perf_counter() - p0) * 1000
    answer.returned = time.time()
    s1 = schedstat()
    if s0 is not None and s1 is not None:
        answer.cpu_ms, answer.runqueue_ms = s1[0] - s0[0], s1[1] - s0[1]
    report.answers.append(answer)
    return result


def take_quiz(job: Job, db: Database, report: StudentReport, go: MPEvent, ready: MPQueue[Any]) -> None:
    rng = random.Random(f"{job.seed}:quiz:{job.index}")
    learner = current_learner(db)
    if learner is None:
        raise RuntimeError(f"{job.name} has no profile")
    report.learner_id = learner.id
    quiz = load_quiz(db, QUIZ_NAME)
    report.ready = True
    ready.put(("ready", job.name))
    go.wait()
    time.sleep(rng.uniform(0, 1.0))  # the class opens the quiz within a second of the teacher's "go"
    run_id = start_run(db, quiz, learner, clock=system_clock)
    report.run_id = run_id
    for item in quiz.items:
        think = think_seconds(rng, job.think_ms, SECONDS_PER_QUESTION - 1)
        time.sleep(think)
        response = pick_response(rng, item.question, item.choices)
        answer = Answer("quiz", job.name, item.question.id, response, None, 0.0, 0.0, 0.0, run_id, item.position)

        def submit(it: QuizItemView = item, said: str = response, ms: int = int(think * 1000)) -> Any:
            return answer_item(db, run_id, learner, it, said, ms, clock=system_clock, fuzz=False)

        result = timed(report, answer, submit)
        if result is not None:
            answer.client_correct = bool(result.correct)
    finish_run(db, run_id, clock=system_clock)


def study(job: Job, db: Database, report: StudentReport, go: MPEvent, ready: MPQueue[Any]) -> None:
    rng = random.Random(f"{job.seed}:study:{job.index}")
    learner = current_learner(db)
    if learner is None:
        raise RuntimeError(f"{job.name} has no profile")
    report.learner_id = learner.id
    report.ready = True
    ready.put(("ready", job.name))
    go.wait()
    time.sleep(rng.uniform(0, job.think_ms / 1000))
    session = StudySession(db, learner, plan_study(db, learner, time.time()), clock=system_clock, fuzz=False)
    while sum(1 for a in report.answers if a.error is None) < job.study_answers:
        question = session.current()
        if question is None:  # the plan ran out: plan again, as the app's next session would
            session = StudySession(db, learner, plan_study(db, learner, time.time()), clock=system_clock, fuzz=False)
            question = session.current()
            if question is None:
                report.planned_out = True
                return
        think = think_seconds(rng, job.think_ms)
        time.sleep(think)
        response = pick_response(rng, question, question.choices)
        answer = Answer("study", job.name, question.id, response, None, 0.0, 0.0, 0.0)

        def submit(current: StudySession = session, said: str = response, ms: int = int(think * 1000)) -> Any:
            return current.answer(said, ms)

        result = timed(report, answer, submit)
        if result is not None:
            answer.attempt_id = int(result.attempt_id)
            answer.client_correct = bool(result.grade.correct)
            session.advance()
        if len(report.answers) >= 3 * job.study_answers:  # failing again and again: give up
            return


def student(job: Job, go: MPEvent, results: MPQueue[Any]) -> None:
    report = StudentReport(job.kind, job.name)
    db: Database | None = None
    try:
        db = open_database(ServerLocation(job.url))
        (take_quiz if job.kind == "quiz" else study)(job, db, report, go, results)
    except Exception:
        report.error = traceback.format_exc(limit=4)
        if not report.ready:  # a student who failed before the start does not hold the others up
            results.put(("ready", job.name))
    finally:
        if db is not None:
            db.close()
        results.put(("done", report))


def worker(jobs: list[Job], go: MPEvent, results: MPQueue[Any]) -> None:
    """One worker process: its students as threads; reports the CPU time it used from the start to the end."""
    threads = [threading.Thread(target=student, args=(job, go, results), name=job.name) for job in jobs]
    for t in threads:
        t.start()
    go.wait()
    before = resource.getrusage(resource.RUSAGE_SELF)
    for t in threads:
        t.join()
    after = resource.getrusage(resource.RUSAGE_SELF)
    results.put(("cpu", os.getpid(), after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    results.close()
    results.join_thread()


# -- the teacher's screen ------------------------------------------------------------------------------


@dataclass
class Teacher:
    """Events as the listener thread receives them, and the presentation's recount on each of them."""

    url: str
    quiz_id: int
    since: float
    refresh: bool
    events: list[QuizEvent] = field(default_factory=list)
    recounts: list[tuple[str, int, float, float]] = field(default_factory=list)  # run, position, ms, done at
    errors: list[str] = field(default_factory=list)
    _inbox: queue.SimpleQueue[QuizEvent | None] = field(default_factory=queue.SimpleQueue)
    _thread: threading.Thread | None = None

    def on_event(self, event: QuizEvent) -> None:  # the listener's thread: keep it short, as the app does
        self.events.append(event)
        self._inbox.put(event)

    def start(self) -> None:
        if self.refresh:
            self._thread = threading.Thread(target=self._recount, name="teacher-screen", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._inbox.put(None)
        if self._thread is not None:
            self._thread.join(30)

    def _recount(self) -> None:
        db = open_database(ServerLocation(self.url))
        try:
            while (event := self._inbox.get()) is not None:
                if event.quiz_id != self.quiz_id or event.position < 0:
                    continue
                p0 = time.perf_counter()
                try:
                    answered_count(db, self.quiz_id, event.position, self.since)
                except Exception as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                done = time.time()
                self.recounts.append((event.run_id, event.position, (time.perf_counter() - p0) * 1000, done))
        finally:
            db.close()


class FsyncProbe:
    """Writes and fsyncs 4 KB every quarter second next to the server's files: when commits stall, was
    it the disk (shared with whatever else runs on the machine)?"""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "fsync-probe"
        self.samples: list[tuple[float, float]] = []  # (time.time() when it returned, ms)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fsync-probe", daemon=True)

    def start(self) -> FsyncProbe:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        self.path.unlink(missing_ok=True)

    def _run(self) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while not self._stop.wait(0.25):
                os.pwrite(fd, os.urandom(4096), 0)
                p0 = time.perf_counter()
                os.fsync(fd)
                self.samples.append((time.time(), (time.perf_counter() - p0) * 1000))
        finally:
            os.close(fd)


def wal_stats(conn: Any) -> tuple[int, float]:
    """(WAL syncs, ms spent in them) so far (pg_stat_wal, with track_wal_io_timing on)."""
    row = conn.execute("SELECT wal_sync, wal_sync_time FROM pg_stat_wal").fetchone()
    return int(row[0]), float(row[1])


# -- figures -------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest rank: the smallest value with at least q of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def spread(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"n": 0, "p50_ms": None, "p95_ms": None, "max_ms": None, "mean_ms": None}
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 0.50), 1),
        "p95_ms": round(percentile(values, 0.95), 1),
        "max_ms": round(max(values), 1),
        "mean_ms": round(sum(values) / len(values), 1),
    }


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat (zeros where there is none)."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def server_cpu_seconds(server: LocalPostgres) -> float | None:
    """CPU seconds used so far by the PostgreSQL server: the postmaster, its backends still running and
    (through the postmaster's children counters) those that have ended. None without /proc."""
    try:
        postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
        tick = os.sysconf("SC_CLK_TCK")
        total = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, ppid = int(entry.name), int(fields[1])
            if pid == postmaster:
                total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
            elif ppid == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / tick
    except (OSError, ValueError, IndexError):
        return None


def check_server(teacher_url: str, reports: list[StudentReport]) -> dict[str, Any]:
    """Every answer a student submitted, against the rows on the server (read as the teacher, who sees all)."""
    with connect_raw(ServerLocation(teacher_url)) as conn:
        quiz_rows = {
            (str(r[0]), int(r[1])): (str(r[2]), str(r[3]), bool(r[4]))
            for r in conn.execute("SELECT run_id, position, question_id, response, correct FROM quiz_answers")
        }
        attempts = conn.execute("SELECT id, learner_id, question_id, response, mode, uid FROM attempts").fetchall()
        runs = {str(r[0]): r[1] is not None for r in conn.execute("SELECT id, finished_at FROM quiz_runs")}
    by_uid = {str(r[5]): (str(r[2]), str(r[3])) for r in attempts if r[5] is not None}
    by_id = {int(r[0]): (int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in attempts}
    out: dict[str, Any] = {}
    for kind in ("quiz", "study"):
        mine = [r for r in reports if r.kind == kind]
        submitted = [a for r in mine for a in r.answers]
        lost: list[str] = []
        mismatched_grades: int | None = None
        unfinished: int | None = None
        if kind == "quiz":
            expected_keys = {(a.run_id, a.position) for a in submitted}
            mismatched_grades = 0
            for a in submitted:
                row = quiz_rows.get((a.run_id, a.position))
                attempt = by_uid.get(f"{a.run_id}:{a.position}")
                if row is None or row[:2] != (a.question_id, a.response):
                    lost.append(f"quiz answer {a.student} #{a.position}: {a.error or 'no row in quiz_answers'}")
                elif attempt != (a.question_id, a.response):
                    lost.append(f"quiz answer {a.student} #{a.position}: its attempt row is missing")
                elif a.client_correct is not None and row[2] != a.client_correct:
                    mismatched_grades += 1  # the server grades a picked choice itself
            run_ids = {r.run_id for r in mine if r.run_id}
            extra = sum(1 for key in quiz_rows if key[0] in run_ids and key not in expected_keys)
            stored = sum(1 for key in quiz_rows if key[0] in run_ids)
            unfinished = sum(1 for run in run_ids if not runs.get(run, False))
        else:
            learners = {r.learner_id for r in mine}
            expected_ids = {a.attempt_id for a in submitted if a.attempt_id is not None}
            for a in submitted:
                stored_row = by_id.get(a.attempt_id) if a.attempt_id is not None else None
                if stored_row is None or stored_row[1:3] != (a.question_id, a.response):
                    lost.append(f"study answer {a.student} {a.question_id}: {a.error or 'no row in attempts'}")
            own = [i for i, (learner_id, *_rest) in by_id.items() if learner_id in learners]
            extra = sum(1 for i in own if i not in expected_ids)
            stored = len(own)
        out[kind] = {
            "students": len(mine),
            "students_failed": sum(1 for r in mine if r.error),
            "answers_submitted": len(submitted),
            "answers_stored": stored,
            "answers_lost": len(lost),
            "submit_errors": sum(1 for a in submitted if a.error),
            "rows_not_submitted": extra,
            "server_grade_differs": mismatched_grades,
            "runs_unfinished": unfinished,
            "right_share": round(
                sum(1 for a in submitted if a.client_correct) / max(1, sum(1 for a in submitted if not a.error)), 3
            ),
            "lost_examples": lost[:5],
        }
    return out


def disk_figures(
    samples: list[tuple[float, float]], wal0: tuple[int, float], wal1: tuple[int, float], answers: list[Answer]
) -> dict[str, Any]:
    """The probe's fsync times, PostgreSQL's WAL syncs, and how many slow answers a slow fsync overlapped."""
    slow_fsyncs = [(done - ms / 1000, done) for done, ms in samples if ms > 100]
    slow_answers = [
        a for a in answers if a.error is None and a.latency_ms - (a.cpu_ms or 0.0) - (a.runqueue_ms or 0.0) > 100
    ]
    overlapped = sum(1 for a in slow_answers if any(s < a.returned and a.started < e for s, e in slow_fsyncs))
    syncs = wal1[0] - wal0[0]
    return {
        "probe_fsync": spread([ms for _t, ms in samples]),
        "probe_fsyncs_over_100ms": len(slow_fsyncs),
        "wal_syncs": syncs,
        "wal_sync_mean_ms": round((wal1[1] - wal0[1]) / syncs, 2) if syncs else None,
        "answers_over_100ms_outside_the_student": len(slow_answers),
        "of_which_during_a_probe_fsync_over_100ms": overlapped,
    }


def live_view(teacher: Teacher, reports: list[StudentReport]) -> dict[str, Any]:
    received: dict[tuple[str, int], list[float]] = {}
    for e in teacher.events:
        if e.quiz_id == teacher.quiz_id:
            received.setdefault((e.run_id, e.position), []).append(e.received_at)
    answers = [a for r in reports if r.kind == "quiz" for a in r.answers if a.error is None]
    lag, from_submit, screen = [], [], []
    missing = 0
    for a in answers:
        times = received.get((a.run_id, a.position))
        if not times:
            missing += 1
            continue
        lag.append((min(times) - a.returned) * 1000)
        from_submit.append((min(times) - a.started) * 1000)
    returned = {(a.run_id, a.position): a.returned for a in answers}
    for run_id, position, _ms, done in teacher.recounts:
        if (run_id, position) in returned:
            screen.append((done - returned[(run_id, position)]) * 1000)
    runs = [r.run_id for r in reports if r.kind == "quiz" and r.run_id]
    run_events = sum(len(received.get((run, -1), [])) for run in runs)
    return {
        "answer_events_expected": len(answers),
        "answer_events_missing": missing,
        "answer_events_duplicated": sum(len(t) - 1 for k, t in received.items() if k[1] >= 0 and len(t) > 1),
        "run_events": f"{run_events} of {2 * len(runs)} (started + finished)",
        "notify_lag_after_return": spread(lag),
        "notify_lag_after_submit": spread(from_submit),
        "notified_before_return": sum(1 for v in lag if v < 0),
        "recount_query": spread([ms for _r, _p, ms, _d in teacher.recounts]),
        "recount_done_after_return": spread(screen),
        "recount_errors": len(teacher.errors),
    }


# -- the run -------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quiz-students", type=int, default=30)
    ap.add_argument("--study-students", type=int, default=30)
    ap.add_argument("--questions", type=int, default=20, help="questions asked for in the quiz")
    ap.add_argument("--think-ms", type=float, default=1500, help="mean think time between answers")
    ap.add_argument("--study-answers", type=int, default=20, help="answers each studier gives")
    ap.add_argument("--processes", type=int, default=0, help="worker processes for the students (0: one each)")
    ap.add_argument("--no-recount", action="store_true", help="the teacher only listens, without recounting")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=OUT / "class_server.json")
    ap.add_argument("--dump", type=Path, help="also write every answer and event (JSON) to this file")
    args = ap.parse_args()

    t_setup = time.perf_counter()
    server = LocalPostgres().start()
    try:
        result = run(args, server, t_setup)
    finally:
        server.remove()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print_table(result)
    print(f"\nfigures written to {args.out}")


def run(args: argparse.Namespace, server: LocalPostgres, t_setup: float) -> dict[str, Any]:
    admin = server.create_database("class_bench")
    with connect_raw(ServerLocation(admin)) as conn:
        pg_version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
        conn.execute("ALTER SYSTEM SET track_wal_io_timing = on")  # a throwaway server: for pg_stat_wal's times
        conn.execute("SELECT pg_reload_conf()")
    teacher_login = init_class(admin, "Ms Bench", bank=BANK)
    logins: list[tuple[str, Login]] = [
        ("quiz", add_student(teacher_login.url, f"Quiz {i:02d}")) for i in range(args.quiz_students)
    ]
    logins += [("study", add_student(teacher_login.url, f"Study {i:02d}")) for i in range(args.study_students)]
    tdb = open_database(ServerLocation(teacher_login.url))
    try:
        quiz = create_quiz(
            tdb,
            QuizSpec(QUIZ_NAME, args.questions, args.seed, SECONDS_PER_QUESTION, formats=("mc", "typed")),
            system_clock,
        )
    finally:
        tdb.close()
    jobs = [
        Job(kind, i, login.name, login.url, args.seed, args.think_ms, args.study_answers)
        for i, (kind, login) in enumerate(logins)
    ]
    n_proc = len(jobs) if args.processes <= 0 else min(args.processes, len(jobs))
    groups = [jobs[i::n_proc] for i in range(n_proc)]

    # Fork the workers while this process has no other thread and no open connection.
    assert threading.active_count() == 1
    ctx = multiprocessing.get_context("fork")
    go = ctx.Event()
    results: MPQueue[Any] = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(group, go, results), daemon=True) for group in groups if group]
    for p in procs:
        p.start()

    teacher = Teacher(teacher_login.url, quiz.id, time.time(), refresh=not args.no_recount)
    listener = QuizListener(ServerLocation(teacher_login.url), teacher.on_event).start()
    if not listener.connected.wait(30):
        raise RuntimeError("the teacher's listener did not connect")
    teacher.start()

    reports: list[StudentReport] = []
    cpu: dict[int, float] = {}
    ready = 0
    peak_connections = 0

    def collect(done: Any, seconds: float, watch: Any = None) -> None:
        """Take the workers' messages until ``done()``; ``watch`` samples the server's connections."""
        nonlocal ready, peak_connections
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the students did not finish within {seconds:.0f} s")
            if not any(p.is_alive() for p in procs) and results.empty():
                raise RuntimeError("the worker processes ended without reporting")
            if watch is not None:
                count = watch.execute("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")
                peak_connections = max(peak_connections, int(count.fetchone()[0]))
            try:
                message = results.get(timeout=0.5)
            except queue.Empty:
                continue
            if message[0] == "ready":
                ready += 1
            elif message[0] == "done":
                reports.append(message[1])
            elif message[0] == "cpu":
                cpu[int(message[1])] = float(message[2])

    collect(lambda: ready >= len(jobs), 120)
    setup_s = time.perf_counter() - t_setup

    busy0, total0 = cpu_ticks()
    server0 = server_cpu_seconds(server)
    main0 = resource.getrusage(resource.RUSAGE_SELF)
    t_go = time.perf_counter()
    go_at = time.time()
    probe = FsyncProbe(server.root).start()
    with connect_raw(ServerLocation(admin)) as watch:
        wal0 = wal_stats(watch)
        go.set()
        expected_s = args.think_ms / 1000 * max(len(quiz.items), args.study_answers)
        collect(lambda: len(reports) >= len(jobs) and len(cpu) >= len(procs), 120 + 4 * expected_s, watch)
        run_s = time.perf_counter() - t_go
        busy1, total1 = cpu_ticks()
        server1 = server_cpu_seconds(server)
        probe.stop()
        for p in procs:
            p.join(10)
        time.sleep(1.0)  # backends report their WAL figures as they end
        wal1 = wal_stats(watch)

    expected_events = sum(1 for r in reports if r.kind == "quiz" for a in r.answers if a.error is None)
    wait_until = time.monotonic() + 5  # the last notifications may still be on their way
    while time.monotonic() < wait_until and sum(1 for e in teacher.events if e.position >= 0) < expected_events:
        time.sleep(0.05)
    listener.stop()
    teacher.stop()
    main1 = resource.getrusage(resource.RUSAGE_SELF)

    answers = [a for r in reports for a in r.answers]
    if args.dump:
        args.dump.parent.mkdir(parents=True, exist_ok=True)
        raw = {
            "go": go_at,
            "answers": [asdict(a) for a in answers],
            "events": [asdict(e) for e in teacher.events],
            "recounts": teacher.recounts,
        }
        args.dump.write_text(json.dumps(raw) + "\n", encoding="utf-8")
    checks = check_server(teacher_login.url, reports)
    for kind in ("quiz", "study"):
        ok = [a for a in answers if a.kind == kind and a.error is None]
        checks[kind]["latency"] = spread([a.latency_ms for a in ok])
        checks[kind]["latency_first_answer"] = spread([a.latency_ms for a in ok if a.first])
        checks[kind]["latency_later_answers"] = spread([a.latency_ms for a in ok if not a.first])
        split = [a for a in ok if a.cpu_ms is not None and a.runqueue_ms is not None]
        checks[kind]["latency_split"] = {
            "student_cpu": spread([a.cpu_ms or 0.0 for a in split]),
            "student_waiting_for_a_cpu": spread([a.runqueue_ms or 0.0 for a in split]),
            "rest (server, loopback, GIL)": spread(
                [a.latency_ms - (a.cpu_ms or 0.0) - (a.runqueue_ms or 0.0) for a in split]
            ),
        }
    checks["disk"] = disk_figures(probe.samples, wal0, wal1, answers)
    checks["quiz"]["questions_requested"] = args.questions
    checks["quiz"]["questions_in_quiz"] = len(quiz.items)
    checks["study"]["students_out_of_questions"] = sum(1 for r in reports if r.kind == "study" and r.planned_out)
    busy_share = (busy1 - busy0) / (total1 - total0) if total1 > total0 else None
    client_cpu = sum(cpu.values())
    main_cpu = (main1.ru_utime + main1.ru_stime) - (main0.ru_utime + main0.ru_stime)
    cores = os.cpu_count() or 1
    return {
        "machine": {
            "cpus": cores,
            "python": platform.python_version(),
            "postgresql": pg_version,
            "platform": platform.platform(),
        },
        "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "worker_processes": len(procs),
        "setup_s": round(setup_s, 1),
        "run_s": round(run_s, 1),
        "answers_per_s": round(len([a for a in answers if a.error is None]) / run_s, 1),
        "server_connections_peak": peak_connections,
        "quiz": checks["quiz"],
        "study": checks["study"],
        "live_view": live_view(teacher, reports),
        "disk": checks["disk"],
        "cpu": {
            "machine_busy_share_all_processes": None if busy_share is None else round(busy_share, 3),
            "students_cpu_s": round(client_cpu, 1),
            "teacher_process_cpu_s": round(main_cpu, 1),
            "server_cpu_s": None if server0 is None or server1 is None else round(server1 - server0, 1),
        },
        "student_errors": [r.error for r in reports if r.error][:5],
        "submit_errors": sorted({a.error for a in answers if a.error})[:10],
        "teacher_errors": teacher.errors[:5],
    }


def print_table(result: dict[str, Any]) -> None:
    q, s, live = result["quiz"], result["study"], result["live_view"]
    print(
        f"class server on loopback: {q['students']} quiz takers ({q['questions_in_quiz']} questions, "
        f"{q['questions_requested']} asked for) and {s['students']} studiers; {result['machine']['cpus']} CPUs, "
        f"PostgreSQL {result['machine']['postgresql']}, {result['worker_processes']} worker processes"
    )
    print(
        f"set-up {result['setup_s']} s, run {result['run_s']} s, {result['answers_per_s']} answers/s, "
        f"at most {result['server_connections_peak']} connections to the server\n"
    )
    print(f"{'':36}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    rows = [
        ("quiz answer -> commit", q["latency"]),
        ("  first answer of each student", q["latency_first_answer"]),
        ("  later answers", q["latency_later_answers"]),
        *((f"  {part}", f) for part, f in q["latency_split"].items()),
        ("study answer -> commit", s["latency"]),
        ("  first answer of each student", s["latency_first_answer"]),
        ("  later answers", s["latency_later_answers"]),
        *((f"  {part}", f) for part, f in s["latency_split"].items()),
        ("teacher NOTIFY after commit", live["notify_lag_after_return"]),
        ("teacher NOTIFY after submit", live["notify_lag_after_submit"]),
        ("teacher recount query", live["recount_query"]),
        ("teacher recount done after commit", live["recount_done_after_return"]),
    ]
    for label, f in rows:
        print(f"{label:36}{f['n']:>6}{f['p50_ms']!s:>10}{f['p95_ms']!s:>10}{f['max_ms']!s:>10}")
    print()
    for kind, c in (("quiz", q), ("study", s)):
        print(
            f"{kind:6} submitted {c['answers_submitted']}, stored {c['answers_stored']}, "
            f"LOST {c['answers_lost']} (errors {c['submit_errors']}), rows not submitted {c['rows_not_submitted']}, "
            f"right {c['right_share']:.0%}"
        )
    print(
        f"live feed: {live['answer_events_missing']} answer events missing, "
        f"{live['answer_events_duplicated']} duplicated, run events {live['run_events']}"
    )
    d = result["disk"]
    f = d["probe_fsync"]
    print(
        f"disk: probe fsync p50 {f['p50_ms']} / p95 {f['p95_ms']} / max {f['max_ms']} ms "
        f"({d['probe_fsyncs_over_100ms']} over 100 ms); {d['wal_syncs']} WAL syncs, mean {d['wal_sync_mean_ms']} ms; "
        f"{d['answers_over_100ms_outside_the_student']} answers waited > 100 ms outside the student, "
        f"{d['of_which_during_a_probe_fsync_over_100ms']} of them during a slow probe fsync"
    )
    c = result["cpu"]
    print(
        f"CPU: machine busy {c['machine_busy_share_all_processes']}, students {c['students_cpu_s']} s, "
        f"teacher {c['teacher_process_cpu_s']} s, PostgreSQL {c['server_cpu_s']} s (over {result['run_s']} s)"
    )
    for key in ("student_errors", "submit_errors", "teacher_errors"):
        for e in result[key]:
            print(f"{key}: {e}")


if __name__ == "__main__":
    main()

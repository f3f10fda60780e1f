"""A class on a real PostgreSQL server: roles, row-level security, the command line, the live feed,
and answers kept while the server is away (tests start their own server; see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import psycopg
import pytest

from studyapp.db.class_server import add_student, init_class, list_students, remove_student
from studyapp.db.database import Database, open_database
from studyapp.db.server import ServerLocation, connect_raw
from studyapp.errors import DatabaseForbidden
from studyapp.services.clock import ManualClock
from studyapp.services.learners import current_learner
from studyapp.services.quizzes import QuizSpec, answer_item, create_quiz, finish_run, load_quiz, start_run
from studyapp.services.study import StudySession
from studyapp.services.views import Learner

if TYPE_CHECKING:
    from conftest import Klass


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    dbs: list[Database] = []
    yield dbs
    for db in dbs:
        db.close()


def _open(url: str, opened: list[Database]) -> Database:
    db = open_database(ServerLocation(url))
    opened.append(db)
    return db


def _me(db: Database) -> Learner:
    learner = current_learner(db)
    assert learner is not None
    return learner


def _study(db: Database, clock: ManualClock, n: int = 3) -> None:
    from studyapp.services.study import plan_study

    session = StudySession(db, _me(db), plan_study(db, _me(db), clock()), clock=clock, fuzz=False)
    for _ in range(n):
        question = session.current()
        assert question is not None
        session.answer(question.answer, 4000)
        session.advance()
        clock.advance(5)


def _take_quiz(db: Database, clock: ManualClock, *, right: bool) -> str:
    quiz = load_quiz(db, "Class quiz")
    run = start_run(db, quiz, _me(db), clock)
    for item in quiz.items:
        wrong = next(c for c in item.choices or () if c != item.question.answer) if item.choices else "no idea"
        answer_item(db, run, _me(db), item, item.question.answer if right else wrong, 3000, clock=clock, fuzz=False)
    finish_run(db, run, clock)
    return run


def _fails(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...] = ()) -> str:
    with pytest.raises(psycopg.Error) as error:
        conn.execute(sql, params)
    return str(error.value)


def _count(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...] = ()) -> int:
    return int(conn.execute(sql, params).fetchone()[0])  # type: ignore[index]


def _affected(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...] = ()) -> int:
    return conn.execute(sql, params).rowcount


def test_each_student_reads_and_writes_only_their_own_rows(klass: Klass, opened: list[Database]) -> None:
    clock = ManualClock()
    teacher = _open(klass.teacher.url, opened)
    create_quiz(teacher, QuizSpec(name="Class quiz", count=4, seed=5, formats=("mc",)), clock)
    anna, ben = _open(klass.anna.url, opened), _open(klass.ben.url, opened)
    assert (_me(anna).name, _me(ben).name) == ("Anna Lee", "Ben")
    _study(anna, clock)
    _study(ben, clock)
    _take_quiz(anna, clock, right=True)
    ben_run = _take_quiz(ben, clock, right=True)
    ben_id = _me(ben).id

    with connect_raw(ServerLocation(klass.anna.url)) as conn:
        assert conn.execute("SELECT name FROM learners").fetchall() == [("Anna Lee",)]
        for table in ("cards", "attempts", "attempt_quarters", "quiz_runs"):
            assert _count(conn, f"SELECT count(*) FROM {table} WHERE learner_id = %s", (ben_id,)) == 0, table
            assert _count(conn, f"SELECT count(*) FROM {table}") > 0, table  # her own are there
        assert _count(conn, "SELECT count(*) FROM quiz_answers WHERE run_id = %s", (ben_run,)) == 0
        assert _count(conn, "SELECT count(*) FROM quiz_answers") == 4
        # Ben's rows cannot be changed or removed: they are not there for her
        assert _affected(conn, "UPDATE cards SET due = 0 WHERE learner_id = %s", (ben_id,)) == 0
        assert _affected(conn, "DELETE FROM attempts WHERE learner_id = %s", (ben_id,)) == 0
        assert _affected(conn, "UPDATE quiz_runs SET finished_at = NULL WHERE id = %s", (ben_run,)) == 0
        assert _affected(conn, "UPDATE learners SET new_per_day = 1 WHERE id = %s", (ben_id,)) == 0
        # nor written in his name
        question = str(conn.execute("SELECT id FROM questions LIMIT 1").fetchone()[0])  # type: ignore[index]
        assert "row-level security" in _fails(
            conn,
            "INSERT INTO cards (learner_id, question_id, state, due, created_at, reps, lapses, right_streak) "
            "VALUES (%s, %s, 1, 0, 0, 0, 0, 0)",
            (ben_id, question),
        )
        assert "row-level security" in _fails(
            conn,
            "INSERT INTO quiz_runs (id, quiz_id, learner_id, started_at) "
            "VALUES ('x', (SELECT min(id) FROM quizzes), %s, 0)",
            (ben_id,),
        )
        assert "permission denied" in _fails(conn, "UPDATE learners SET owner = 'someone'")
        assert "permission denied" in _fails(conn, "DELETE FROM learners")

    # the teacher reads everything
    with connect_raw(ServerLocation(klass.teacher.url)) as conn:
        assert {r[0] for r in conn.execute("SELECT name FROM learners").fetchall()} == {"Ms Tanaka", "Anna Lee", "Ben"}
        assert _count(conn, "SELECT count(DISTINCT learner_id) FROM attempts") == 2
        assert _count(conn, "SELECT count(*) FROM quiz_answers") == 8
    from studyapp.services.quiz_results import quiz_results

    assert sorted((s.student, s.score) for s in quiz_results(teacher, "Class quiz").students) == [
        ("Anna Lee", 4),
        ("Ben", 4),
    ]


def test_a_student_cannot_raise_their_grade_or_change_a_quiz_or_the_bank(klass: Klass, opened: list[Database]) -> None:
    clock = ManualClock()
    teacher = _open(klass.teacher.url, opened)
    create_quiz(teacher, QuizSpec(name="Class quiz", count=3, seed=2, formats=("mc",)), clock)
    anna = _open(klass.anna.url, opened)
    run = _take_quiz(anna, clock, right=False)
    with connect_raw(ServerLocation(klass.anna.url)) as conn:
        assert _count(conn, "SELECT count(*) FROM quiz_answers WHERE correct") == 0
        for sql in (
            "UPDATE quiz_answers SET correct = TRUE",
            "UPDATE quiz_answers SET overridden = TRUE",
            "DELETE FROM quiz_answers",
            "UPDATE questions SET answer = 'anything'",
            "DELETE FROM questions",
            "INSERT INTO quiz_items (quiz_id, position, question_id) SELECT id, 99, 'x' FROM quizzes",
            "UPDATE quizzes SET seconds_per_question = 999",
            "DELETE FROM quizzes",
            "UPDATE sources SET title = 'x'",
            "INSERT INTO app_state (key, value) VALUES ('x', 'y')",
            "UPDATE quiz_runs SET started_at = 0",
        ):
            assert "permission denied" in _fails(conn, sql), sql
        # a new answer claiming to be right is graded by the server: a wrong pick stays wrong
        item = conn.execute(
            "SELECT qi.question_id, q.answer, q.choices, qi.position FROM quiz_items qi "
            "JOIN questions q ON q.id = qi.question_id "
            "WHERE qi.quiz_id = (SELECT id FROM quizzes WHERE name = 'Class quiz') ORDER BY qi.position LIMIT 1"
        ).fetchone()
        assert item is not None
        import json

        wrong = next(c for c in json.loads(item[2]) if c != item[1])
        conn.execute(
            "INSERT INTO quiz_runs (id, quiz_id, learner_id, started_at) "
            "SELECT 'again', quiz_id, learner_id, 1 FROM quiz_runs WHERE id = %s",
            (run,),
        )
        conn.execute(
            "INSERT INTO quiz_answers (run_id, position, question_id, response, correct, unanswered, duration_ms, "
            "answered_at) VALUES ('again', %s, %s, %s, TRUE, FALSE, 1000, 1)",
            (item[3], item[0], wrong),
        )
        assert conn.execute("SELECT correct FROM quiz_answers WHERE run_id = 'again'").fetchone() == (False,)
        assert "permission denied" in _fails(
            conn,
            "INSERT INTO quiz_answers (run_id, position, question_id, response, correct, unanswered, duration_ms, "
            "answered_at, overridden) VALUES ('again', %s, %s, %s, TRUE, FALSE, 1000, 1, TRUE)",
            (item[3] + 1, item[0], wrong),
        )
    # the teacher may accept an answer
    from studyapp.services.quiz_results import accept_answer

    first = int(teacher.scalar("SELECT min(position) FROM quiz_answers WHERE run_id = ?", (run,)))
    accept_answer(teacher, run, first, True)
    assert teacher.scalar("SELECT overridden FROM quiz_answers WHERE run_id = ? AND position = ?", (run, first)) is True


def test_only_the_class_signs_in_and_a_removed_student_keeps_their_results(
    klass: Klass, opened: list[Database], pg_server: Any
) -> None:
    clock = ManualClock()
    teacher = _open(klass.teacher.url, opened)
    create_quiz(teacher, QuizSpec(name="Class quiz", count=2, seed=1, formats=("mc",)), clock)
    ben = open_database(ServerLocation(klass.ben.url))
    _take_quiz(ben, clock, right=True)
    ben.close()
    assert [(s.name, s.quiz_answers) for s in list_students(klass.teacher.url)] == [("Anna Lee", 0), ("Ben", 2)]
    role = remove_student(klass.teacher.url, "ben")
    with pytest.raises(DatabaseForbidden, match="refused the sign-in"):
        open_database(ServerLocation(klass.ben.url))
    assert [s.name for s in list_students(klass.teacher.url)] == ["Anna Lee"]
    from studyapp.services.quiz_results import quiz_results

    assert [(s.student, s.score) for s in quiz_results(teacher, "Class quiz").students] == [("Ben", 2)]
    assert not role.endswith("_2")
    # a login of the same server that is not in this class cannot even connect
    with psycopg.connect(klass.admin, autocommit=True) as conn:
        conn.execute("CREATE ROLE outsider_" + role[-6:] + " LOGIN PASSWORD 'pw'")
    outsider = klass.admin.replace("postgres:", f"outsider_{role[-6:]}:").split("@")
    url = f"postgresql://outsider_{role[-6:]}:pw@{outsider[1]}"
    with pytest.raises(DatabaseForbidden):
        open_database(ServerLocation(url))


def test_a_student_gets_the_teachers_bank_and_cannot_replace_it(
    klass: Klass, opened: list[Database], tmp_path: Any
) -> None:
    from studyapp.bank.model import load_bank
    from studyapp.services.bank_sync import sync_bank

    anna = _open(klass.anna.url, opened)
    bank = load_bank(__import__("pathlib").Path(__file__).resolve().parents[2] / "content" / "bank.json")
    with pytest.raises(DatabaseForbidden):
        sync_bank(anna, bank)
    from studyapp.services.bank_sync import sync_bank_file

    other = tmp_path / "other.json"
    other.write_text(
        (__import__("pathlib").Path(__file__).resolve().parents[2] / "content" / "bank.json").read_text() + "\n"
    )
    report = sync_bank_file(anna, other)  # a different file on her laptop: the teacher's bank stays
    assert report.skipped


def test_class_commands_set_up_a_class_from_the_shell(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.cli import main

    assert main(["class", "init", pg_url, "--teacher", "Mr Okada"]) == 0
    out = capsys.readouterr().out
    teacher_url = next(line.strip() for line in out.splitlines() if line.strip().startswith("postgresql://"))
    assert "Mr Okada" in out
    monkeypatch.setenv("STUDYAPP_DB", teacher_url)
    assert main(["class", "add-student", "Chloé Martin", "Dan"]) == 0
    logins = dict(line.split("\t") for line in capsys.readouterr().out.splitlines() if "\t" in line)
    assert set(logins) == {"Chloé Martin", "Dan"}
    assert all(
        url.startswith("postgresql://") and "_chloe_martin:" in logins["Chloé Martin"] for url in logins.values()
    )
    chloe = open_database(ServerLocation(logins["Chloé Martin"]))
    try:
        assert _me(chloe).name == "Chloé Martin"
    finally:
        chloe.close()
    assert main(["class", "add-student", "dan"]) == 2  # one login per student
    assert "already has a login" in capsys.readouterr().err
    assert main(["class", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Chloé Martin" in listing and "Dan" in listing and "never" in listing
    assert main(["class", "remove-student", "Dan", "--delete-progress"]) == 0
    assert "deleted" in capsys.readouterr().out
    assert main(["class", "upgrade"]) == 0
    assert main(["class", "list", "--db", logins["Chloé Martin"]]) == 2  # a student is not the teacher
    assert "only the teacher" in capsys.readouterr().err
    monkeypatch.setenv("STUDYAPP_DB", "/tmp/not-a-server.sqlite3")
    assert main(["class", "list"]) == 2
    assert "teacher's connection string" in capsys.readouterr().err


def test_the_teacher_hears_each_answer_within_a_second(klass: Klass, opened: list[Database]) -> None:
    import queue
    import time

    from studyapp.services.live import QuizEvent, QuizListener, answered_count, quiz_progress

    clock = ManualClock(time.time())
    teacher = _open(klass.teacher.url, opened)
    quiz = create_quiz(teacher, QuizSpec(name="Class quiz", count=3, seed=4, formats=("mc",)), clock)
    events: queue.Queue[QuizEvent] = queue.Queue()
    listener = QuizListener(ServerLocation(klass.teacher.url), events.put).start()
    try:
        assert listener.connected.wait(10)
        anna = _open(klass.anna.url, opened)
        since = clock()
        assert answered_count(teacher, quiz.id, quiz.items[0].position, since).text == "0 of 2 answered"
        run = start_run(anna, load_quiz(anna, "Class quiz"), _me(anna), clock)
        started = events.get(timeout=5)
        assert (started.quiz_id, started.run_id, started.position) == (quiz.id, run, -1)
        item = load_quiz(anna, "Class quiz").items[0]
        sent = time.time()
        answer_item(anna, run, _me(anna), item, item.question.answer, 2000, clock=clock)
        heard = events.get(timeout=5)
        assert (heard.quiz_id, heard.position) == (quiz.id, item.position)
        assert heard.received_at - sent < 1.0
        assert answered_count(teacher, quiz.id, item.position, since).text == "1 of 2 answered"
        assert quiz_progress(teacher, quiz.id, since).text == "0 of 2 finished · 1 answering now"
    finally:
        listener.stop()


def test_answers_wait_while_the_server_is_away_and_arrive_exactly_once(tmp_path: Any) -> None:
    """The fault test: the server stops in the middle of a quiz and starts again."""
    import time

    from studyapp.db.local_postgres import LocalPostgres
    from studyapp.services.bank_sync import sync_bank_file
    from studyapp.services.outbox import Outbox, OutboxSender, QuizSubmitter

    clock = ManualClock()
    with LocalPostgres() as server:
        url = server.create_database("faulty")
        teacher = init_class(url, "Ms Sato")
        admin = open_database(ServerLocation(teacher.url))
        sync_bank_file(admin, __import__("pathlib").Path(__file__).resolve().parents[2] / "content" / "bank.json")
        create_quiz(admin, QuizSpec(name="Class quiz", count=6, seed=8, formats=("mc",)), clock)
        admin.close()
        student = add_student(teacher.url, "Eve")
        db = open_database(ServerLocation(student.url))
        outbox = Outbox(tmp_path / "outbox.sqlite3")
        submit = QuizSubmitter(db, outbox, clock)
        quiz = load_quiz(db, "Class quiz")
        me = _me(db)
        run = submit.start(quiz, me)
        for item in quiz.items[:2]:
            submit.answer(run, me, item, item.question.answer, 1000)
        assert len(outbox) == 0
        server.stop("immediate")  # the server goes away mid-quiz
        for item in quiz.items[2:5]:
            result = submit.answer(run, me, item, item.question.answer, 1000)
            assert result.correct  # graded on the laptop meanwhile
        assert outbox.answers_waiting() == 3
        server.start()
        submit.answer(run, me, quiz.items[5], quiz.items[5].question.answer, 1000)  # waits behind the others
        submit.finish(run)
        assert outbox.answers_waiting() == 4
        waiting: list[tuple[int, bool]] = []
        sender = OutboxSender(ServerLocation(student.url), outbox, lambda n, online: waiting.append((n, online)))
        sender.start().wake()
        deadline = time.monotonic() + 20
        while len(outbox) and time.monotonic() < deadline:
            time.sleep(0.05)
        sender.stop()
        assert len(outbox) == 0 and waiting[-1] == (0, True)
        # a retry of something already sent (the app died before striking it off) changes nothing
        outbox.put(
            "answer",
            {
                "run_id": run, "position": quiz.items[3].position, "question_id": quiz.items[3].question.id,
                "learner_id": me.id, "learner_name": me.name, "desired_retention": 0.9, "response": "x",
                "correct": False, "unanswered": False, "verdict": "wrong", "rating": 1, "duration_ms": 1,
                "answered_at": clock(),
            },
        )  # fmt: skip
        assert outbox.flush(db) == 1
        teacher_db = open_database(ServerLocation(teacher.url))
        try:
            rows = teacher_db.rows(
                "SELECT position, correct FROM quiz_answers WHERE run_id = ? ORDER BY position", (run,)
            )
            assert [r[0] for r in rows] == [i.position for i in quiz.items]  # each answer once, none lost
            assert all(r[1] for r in rows)
            assert teacher_db.scalar("SELECT count(*) FROM attempts WHERE mode = 'quiz'") == 6
            assert teacher_db.scalar("SELECT finished_at FROM quiz_runs WHERE id = ?", (run,)) is not None
        finally:
            teacher_db.close()
            db.close()
            outbox.close()

"""Classroom quizzes: reproducible building, scoring by hand, CSV export and merging imports."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from studyapp.db.database import Database, DatabaseLocation, open_database
from studyapp.errors import ContentError, InvalidInput, NotFound
from studyapp.services.clock import ManualClock
from studyapp.services.learners import create_learner
from studyapp.services.quiz_results import (
    export_results_csv,
    import_results_csv,
    item_statistics,
    quiz_results,
    remove_unfinished_run,
    restore_run,
    summary_path,
)
from studyapp.services.quizzes import (
    QuizSpec,
    answer_item,
    create_quiz,
    delete_quiz,
    finish_run,
    list_quizzes,
    load_quiz,
    pick_items,
    start_run,
)
from studyapp.services.review import missed_items
from studyapp.services.views import Learner


def test_same_seed_and_bank_give_the_same_quiz(db: Database, db_path: Path, tmp_path: Path) -> None:
    spec = QuizSpec(name="Week 1", count=10, seed=42, formats=("mc", "cloze"))
    first = pick_items(db, spec)
    assert first == pick_items(db, spec)
    assert len(first) == 10
    assert pick_items(db, QuizSpec(name="x", count=10, seed=43, formats=("mc", "cloze"))) != first
    # another laptop with the same bank builds the same quiz
    other_path = tmp_path / "other.sqlite3"
    shutil.copyfile(db_path, other_path)
    other = open_database(DatabaseLocation(other_path))
    try:
        assert pick_items(other, spec) == first
    finally:
        other.close()


def test_quiz_items_follow_the_filters_and_never_repeat_a_fact(db: Database, clock: ManualClock) -> None:
    quiz = create_quiz(db, QuizSpec(name="Islands", count=200, seed=7, kinds=("island",), formats=("mc",)), clock)
    assert all(item.question.kind == "island" and item.question.format == "mc" for item in quiz.items)
    facts = [db.scalar("SELECT fact_id FROM questions WHERE id = ?", (i.question.id,)) for i in quiz.items]
    assert len(facts) == len(set(facts))
    for item in quiz.items:
        assert item.choices is not None and sorted(item.choices) == sorted(item.question.choices or ())
    assert [i.position for i in quiz.items] == list(range(1, len(quiz.items) + 1))
    saved = load_quiz(db, "islands")
    assert saved == quiz
    assert [q.name for q in list_quizzes(db)] == ["Islands"]


def test_a_quiz_never_asks_a_name_beside_a_question_whose_words_print_it(db: Database) -> None:
    shows = {str(r[0]): set(json.loads(r[1])) for r in db.rows("SELECT id, shows FROM questions") if json.loads(r[1])}
    assert shows, "the course has a question whose words show a name another asks for"
    fact_of = {str(r[0]): str(r[1]) for r in db.rows("SELECT id, fact_id FROM questions")}
    both = 0
    for seed in range(40):
        chosen = [qid for qid, _ in pick_items(db, QuizSpec(name="x", count=12, seed=seed))]
        facts = {fact_of[qid] for qid in chosen}
        for qid in chosen:
            assert not shows.get(qid, set()) & facts, f"seed {seed}: {qid} prints the answer of a name question"
        both += sum(1 for qid in chosen if qid in shows)
    assert both, "the questions that show a name are still asked, only never beside the name question"


def test_sources_by_prefix_and_bad_arguments(db: Database, clock: ManualClock) -> None:
    quiz = create_quiz(db, QuizSpec(name="EAF", count=5, seed=1, sources=("001",)), clock)
    assert {i.question.citation.source.id[:3] for i in quiz.items} == {"001"}
    with pytest.raises(InvalidInput, match="already"):
        create_quiz(db, QuizSpec(name="eaf", count=5, seed=1), clock)
    with pytest.raises(InvalidInput, match="not a source"):
        create_quiz(db, QuizSpec(name="x", count=5, seed=1, sources=("zzz",)), clock)
    with pytest.raises(InvalidInput, match="unknown kind"):
        create_quiz(db, QuizSpec(name="x", count=5, seed=1, kinds=("dates",)), clock)
    with pytest.raises(InvalidInput, match="unknown format"):
        create_quiz(db, QuizSpec(name="x", count=5, seed=1, formats=("essay",)), clock)
    with pytest.raises(InvalidInput, match="at least one"):
        create_quiz(db, QuizSpec(name="x", count=0, seed=1), clock)
    with pytest.raises(NotFound, match="no quiz called"):
        load_quiz(db, "nope")
    delete_quiz(db, "EAF")
    assert list_quizzes(db) == []


def test_item_statistics_by_hand() -> None:
    # 4 students (rows) × 3 items. Totals: A=3, B=2, C=1, D=0. Groups: 27% of 4 -> 1 student each.
    matrix = [
        [True, True, True],  # A
        [True, True, False],  # B
        [True, False, False],  # C
        [False, False, False],  # D
    ]
    stats = item_statistics(matrix)
    assert stats[0] == (0.75, 1.0)  # upper A right, lower D wrong
    assert stats[1] == (0.5, 1.0)
    assert stats[2] == (0.25, 1.0)
    # 10 students: groups of 3 (27% of 10 = 2.7 -> 3)
    rows = [[i < 7, i >= 5] for i in range(10)]  # item 1: first 7 right; item 2: last 5 right
    # totals: s0-4 =1, s5-6 = 2, s7-9 = 1 -> upper = s5, s6, s0 ; lower = s7, s8, s9
    (f1, d1), (f2, d2) = item_statistics(rows)
    assert (f1, f2) == (0.7, 0.5)
    assert d1 == pytest.approx((3 - 0) / 3)
    assert d2 == pytest.approx((2 - 3) / 3)
    assert item_statistics([[True, False]]) == [(1.0, None), (0.0, None)]
    assert item_statistics([]) == []


def _take(db: Database, quiz_name: str, learner: Learner, clock: ManualClock, responses: Sequence[str | None]) -> str:
    quiz = load_quiz(db, quiz_name)
    clock.advance(60)
    run = start_run(db, quiz, learner, clock)
    for item, response in zip(quiz.items, responses, strict=True):
        clock.advance(10)
        answer_item(db, run, learner, item, response, 4000, clock=clock, fuzz=False)
    finish_run(db, run, clock)
    return run


def _answers(db: Database, name: str) -> list[str]:
    return [i.question.answer for i in load_quiz(db, name).items]


def _wrong(db: Database, name: str) -> list[str]:
    return [next(c for c in (i.choices or ()) if c != i.question.answer) for i in load_quiz(db, name).items]


def test_scores_facility_discrimination_and_distractors(db: Database, clock: ManualClock) -> None:
    create_quiz(db, QuizSpec(name="Q", count=3, seed=5, formats=("mc",)), clock)
    right, wrong = _answers(db, "Q"), _wrong(db, "Q")
    people = {name: create_learner(db, name, clock) for name in ("Ann", "Ben", "Cat", "Dan")}
    _take(db, "Q", people["Ann"], clock, right)
    _take(db, "Q", people["Ben"], clock, [right[0], right[1], wrong[2]])
    _take(db, "Q", people["Cat"], clock, [right[0], wrong[1], None])  # time ran out on the last one
    _take(db, "Q", people["Dan"], clock, [wrong[0], wrong[1], wrong[2]])
    results = quiz_results(db, "Q")
    assert [(s.student, s.score, s.total) for s in results.students] == [
        ("Ann", 3, 3),
        ("Ben", 2, 3),
        ("Cat", 1, 3),
        ("Dan", 0, 3),
    ]
    assert results.students[0].seconds == 12.0
    by_position = {q.position: q for q in results.questions}
    assert [q.position for q in results.questions] == [3, 2, 1]  # hardest first
    assert (by_position[1].facility, by_position[1].discrimination) == (0.75, 1.0)
    assert (by_position[3].facility, by_position[3].unanswered) == (0.25, 1)
    third = {c.choice: c.count for c in by_position[3].choices}
    assert third[right[2]] == 1 and third[wrong[2]] == 2 and sum(third.values()) == 3
    # quiz answers count toward spaced repetition and the missed list
    cat = people["Cat"]
    assert db.scalar("SELECT count(*) FROM attempts WHERE learner_id = ? AND mode = 'quiz'", (cat.id,)) == 3
    last = load_quiz(db, "Q").items[2].question.id
    assert last in {m.question_id for m in missed_items(db, cat.id)}
    assert db.one("SELECT response, correct, verdict FROM attempts WHERE learner_id = ? AND question_id = ?",
                  (cat.id, last)) == ("", 0, "empty")  # fmt: skip


def test_results_are_per_student_with_retakes_and_unfinished_attempts_apart(db: Database, clock: ManualClock) -> None:
    create_quiz(db, QuizSpec(name="Q", count=3, seed=5, formats=("mc",)), clock)
    right, wrong = _answers(db, "Q"), _wrong(db, "Q")
    ann, ben = create_learner(db, "Ann", clock), create_learner(db, "Ben", clock)
    _take(db, "Q", ann, clock, [right[0], wrong[1], wrong[2]])  # Ann's first attempt: 1 of 3
    _take(db, "Q", ann, clock, right)  # her retake: 3 of 3
    _take(db, "Q", ann, clock, [wrong[0], right[1], right[2]])  # and a third: 2 of 3
    _take(db, "Q", ben, clock, right)
    quiz = load_quiz(db, "Q")
    half = start_run(db, quiz, ben, clock)  # Ben starts again and walks away
    answer_item(db, half, ben, quiz.items[0], wrong[0], 4000, clock=clock, fuzz=False)

    def scores(policy: str) -> list[tuple[str, int, int]]:
        return [(s.student, s.score, s.attempts) for s in quiz_results(db, "Q", policy).students]

    assert scores("first") == [("Ann", 1, 3), ("Ben", 3, 1)]  # two students, not five
    assert scores("best") == [("Ann", 3, 3), ("Ben", 3, 1)]
    assert scores("latest") == [("Ann", 2, 3), ("Ben", 3, 1)]
    results = quiz_results(db, "Q")
    assert [(u.student, u.answered, u.total) for u in results.unfinished] == [("Ben", 1, 3)]
    by_position = {q.position: q for q in results.questions}
    assert by_position[1].students == 2 and by_position[1].facility == 1.0  # the unfinished 0/3 is not counted
    removed = remove_unfinished_run(db, half)
    assert quiz_results(db, "Q").unfinished == ()
    restore_run(db, removed)  # undo
    assert [u.run_id for u in quiz_results(db, "Q").unfinished] == [half]
    finished = results.students[1].run_id
    with pytest.raises(ValueError):
        remove_unfinished_run(db, finished)


def test_csv_export_has_a_row_per_answer(db: Database, clock: ManualClock, tmp_path: Path) -> None:
    create_quiz(db, QuizSpec(name="Q", count=2, seed=9, formats=("mc",)), clock)
    ann = create_learner(db, "Ann", clock)
    run = _take(db, "Q", ann, clock, [_answers(db, "Q")[0], None])
    out = tmp_path / "q.csv"
    assert export_results_csv(db, "Q", out) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a byte-order mark: spreadsheets read “ ” and é right
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["run_id"], r["student"], r["position"], r["correct"], r["unanswered"]) for r in rows] == [
        (run, "Ann", "1", "1", "0"),
        (run, "Ann", "2", "0", "1"),
    ]
    assert rows[0]["prompt"] == load_quiz(db, "Q").items[0].question.prompt
    # local time with its offset, not UTC
    local = dt.datetime.fromtimestamp(clock()).astimezone()
    assert rows[0]["started_at"].endswith(local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:])
    # and one row per student beside it
    with summary_path(out).open(encoding="utf-8-sig", newline="") as handle:
        summary = list(csv.DictReader(handle))
    assert [(r["student"], r["score"], r["total"], r["percent"], r["attempts"]) for r in summary] == [
        ("Ann", "1", "2", "50.0", "1")
    ]
    assert float(summary[0]["minutes"]) == pytest.approx(8 / 60, abs=0.01)


def test_csv_cells_never_run_as_formulas_and_come_back_as_typed(
    db: Database, clock: ManualClock, tmp_path: Path
) -> None:
    create_quiz(db, QuizSpec(name="Q", count=2, seed=9, formats=("typed",)), clock)
    mallory = create_learner(db, '=HYPERLINK("http://x","y")', clock)
    _take(db, "Q", mallory, clock, ["=1+1", "+cmd|' /C calc'!A0"])
    out = tmp_path / "q.csv"
    export_results_csv(db, "Q", out)
    for path in (out, summary_path(out)):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [c for row in csv.reader(handle) for c in row]
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells), path
    moved = tmp_path / "other.sqlite3"
    other = open_database(DatabaseLocation(moved))
    try:
        from studyapp.services.bank_sync import sync_bank_file

        sync_bank_file(other, Path("content/bank.json"))
        import_results_csv(other, out)
        assert {str(r[0]) for r in other.rows("SELECT response FROM quiz_answers")} == {"=1+1", "+cmd|' /C calc'!A0"}
        assert other.scalar("SELECT name FROM learners WHERE name LIKE '=HYPERLINK%'") == '=HYPERLINK("http://x","y")'
    finally:
        other.close()


def test_results_move_between_laptops_and_a_second_import_changes_nothing(
    db: Database, db_path: Path, template_db: Path, clock: ManualClock, tmp_path: Path
) -> None:
    # the teacher's database (a laptop or the class server) has the quiz; a student's laptop made the
    # same quiz (same name, seed and bank give the same questions and choice order)
    create_quiz(db, QuizSpec(name="Class quiz", count=3, seed=11), clock)
    student_path = tmp_path / "student.sqlite3"
    shutil.copyfile(template_db, student_path)
    student_db = open_database(DatabaseLocation(student_path))
    try:
        create_quiz(student_db, QuizSpec(name="Class quiz", count=3, seed=11), clock)
        assert load_quiz(student_db, "Class quiz").items == load_quiz(db, "Class quiz").items
        zoe = create_learner(student_db, "Zoe", clock)
        quiz = load_quiz(student_db, "Class quiz")
        _take(student_db, "Class quiz", zoe, clock, [i.question.answer for i in quiz.items])
        exported = tmp_path / "zoe.csv"
        export_results_csv(student_db, "Class quiz", exported)
    finally:
        student_db.close()
    first = import_results_csv(db, exported, clock)
    assert (first.answers_added, first.answers_already_there, first.runs_added) == (3, 0, 1)
    assert first.learners_created == ("Zoe",)
    before = db.rows("SELECT * FROM quiz_answers ORDER BY run_id, position")
    second = import_results_csv(db, exported, clock)
    assert (second.answers_added, second.answers_already_there, second.runs_added) == (0, 3, 0)
    assert db.rows("SELECT * FROM quiz_answers ORDER BY run_id, position") == before
    assert [(s.student, s.score) for s in quiz_results(db, "Class quiz").students] == [("Zoe", 3)]


def test_import_into_a_laptop_without_the_quiz_rebuilds_it(
    db: Database, template_db: Path, clock: ManualClock, tmp_path: Path
) -> None:
    create_quiz(db, QuizSpec(name="Pop quiz", count=3, seed=3, formats=("mc",)), clock)
    ann = create_learner(db, "Ann", clock)
    _take(db, "Pop quiz", ann, clock, _wrong(db, "Pop quiz"))
    exported = tmp_path / "pop.csv"
    export_results_csv(db, "Pop quiz", exported)
    fresh_path = tmp_path / "fresh.sqlite3"
    shutil.copyfile(template_db, fresh_path)
    fresh = open_database(DatabaseLocation(fresh_path))
    try:
        report = import_results_csv(fresh, exported, clock)
        assert report.quizzes_created == ("Pop quiz",)
        assert load_quiz(fresh, "Pop quiz").items == load_quiz(db, "Pop quiz").items  # same choice order too
        assert quiz_results(fresh, "Pop quiz").questions == quiz_results(db, "Pop quiz").questions
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,score\nAnn,3\n", "not a studyapp results file"),
        ("", "not a studyapp results file"),
    ],
)
def test_bad_import_files_are_refused_whole(db: Database, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        import_results_csv(db, path)
    assert db.scalar("SELECT count(*) FROM quiz_answers") == 0


def test_a_bad_row_names_its_line_and_nothing_is_imported(db: Database, clock: ManualClock, tmp_path: Path) -> None:
    create_quiz(db, QuizSpec(name="Q", count=2, seed=9, formats=("mc",)), clock)
    ann = create_learner(db, "Ann", clock)
    _take(db, "Q", ann, clock, _answers(db, "Q"))
    out = tmp_path / "q.csv"
    export_results_csv(db, "Q", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",4000,", ",four seconds,")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from sqlalchemy import delete

    from studyapp.db.models import QuizAnswer

    with db.session() as session:
        session.execute(delete(QuizAnswer))
    with pytest.raises(ContentError) as error:
        import_results_csv(db, out)
    assert error.value.line == 3
    assert db.scalar("SELECT count(*) FROM quiz_answers") == 0
    unreadable = tmp_path / "binary.csv"
    unreadable.write_bytes(b"\xff\xfe\x00\x00garbage")
    with pytest.raises(ContentError):
        import_results_csv(db, unreadable)


def _exported(db: Database, clock: ManualClock, tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    create_quiz(db, QuizSpec(name="Q", count=2, seed=9, formats=("mc",)), clock)
    _take(db, "Q", create_learner(db, "Ann", clock), clock, _answers(db, "Q"))
    out = tmp_path / "q.csv"
    export_results_csv(db, "Q", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return out, list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("quiz_seed", str(2**63), "outside"),
        ("position", "-1", "outside"),
        ("duration_ms", "9" * 5000, "a number is expected"),
        ("student", "   ", "1 to 80 characters"),
        ("student", "x" * 1000, "1 to 80 characters"),
        ("started_at", "99999-01-01", "not a date and time"),
    ],
)
def test_hostile_rows_are_refused_naming_their_line(
    db: Database, clock: ManualClock, tmp_path: Path, column: str, value: str, message: str
) -> None:
    _, rows = _exported(db, clock, tmp_path)
    rows[1][column] = value
    bad = tmp_path / "bad.csv"
    _write(bad, rows)
    before = db.scalar("SELECT count(*) FROM quiz_answers")
    with pytest.raises(ContentError, match=message) as error:
        import_results_csv(db, bad)
    assert error.value.line == 3
    assert db.scalar("SELECT count(*) FROM quiz_answers") == before


def test_a_run_id_already_used_by_another_student_is_refused(db: Database, clock: ManualClock, tmp_path: Path) -> None:
    _, rows = _exported(db, clock, tmp_path)
    for row in rows:
        row["student"] = "Mallory"  # the same attempt, claimed for someone else
    bad = tmp_path / "bad.csv"
    _write(bad, rows)
    with pytest.raises(ContentError, match="another quiz or another student"):
        import_results_csv(db, bad)
    assert db.scalar("SELECT count(*) FROM learners WHERE name = 'Mallory'") == 0


def test_a_pipe_is_not_read(db: Database, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "results.csv"
    os.mkfifo(fifo)
    with pytest.raises(ContentError, match="not a regular file"):
        import_results_csv(db, fifo)

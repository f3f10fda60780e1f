"""The teacher's command line: quiz create/list/print and results export/import, all honouring --db."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from studyapp.cli import main
from studyapp.db.database import DatabaseLocation, open_database
from studyapp.services.quizzes import load_quiz


def _flat(text: str) -> str:
    """Ligatures (ﬀ, ﬁ) unfolded and whitespace dropped: where a line wraps, extractors add or lose spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _text(pdf: Path) -> str:
    """The document's text without its page footers ("Week 1 — page 2 of 3"), which the extractor may
    put in the middle of a quote that runs on to the next page."""
    pages = PdfReader(pdf).pages
    text = "".join(_flat(page.extract_text()) for page in pages)
    # the quizzes printed here are named "Week 1"; the page count is exact, so that "…of 3" followed by
    # the next page's "8." does not lose the 8
    return re.sub(rf"Week1—page\d+of{len(pages)}", "", text)


def test_create_list_print_with_db_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "teacher.sqlite3"
    assert main(["--db", str(db), "quiz", "create", "Week 1", "--count", "8", "--seed", "3"]) == 0
    assert "8 questions" in capsys.readouterr().out
    assert main(["quiz", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("Week 1\t8 questions")
    out = tmp_path / "week1.pdf"
    assert main(["quiz", "print", "Week 1", "-o", str(out), "--db", str(db)]) == 0
    text = _text(out)
    database = open_database(DatabaseLocation(db))
    try:
        quiz = load_quiz(database, "Week 1")
    finally:
        database.close()
    key = text[text.index("Answerkey") :]
    for item in quiz.items:
        assert _flat(item.question.prompt) in text
        for choice in item.choices or ():
            assert _flat(choice) in text
        assert f"{item.position}." in key
        assert _flat(item.question.citation.quote) in key
        assert _flat(item.question.citation.source.title) in key
    assert key.count("Source:") == len(quiz.items)
    typed = [i for i in quiz.items if not i.choices]
    assert text.count("Answer:____") == len(typed)
    # printing again gives the same text
    again = tmp_path / "again.pdf"
    assert main(["quiz", "print", "Week 1", "-o", str(again), "--db", str(db)]) == 0
    assert _text(again) == text


def test_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STUDYAPP_DB", str(tmp_path / "env.sqlite3"))
    assert main(["quiz", "create", "Env quiz", "--count", "2", "--seed", "1"]) == 0
    capsys.readouterr()
    assert main(["quiz", "list"]) == 0
    assert "Env quiz" in capsys.readouterr().out
    assert main(["quiz", "list", "--db", str(tmp_path / "other.sqlite3")]) == 0
    assert "no quizzes yet" in capsys.readouterr().out


def test_same_seed_gives_the_same_quiz_on_two_databases(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert main(["quiz", "create", "Q", "--count", "6", "--seed", "99", "--db", str(tmp_path / f"{name}.db")]) == 0
    quizzes = []
    for name in ("a", "b"):
        database = open_database(DatabaseLocation(tmp_path / f"{name}.db"))
        quizzes.append([(i.question.id, i.choices) for i in load_quiz(database, "Q").items])
        database.close()
    assert quizzes[0] == quizzes[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["quiz", "print", "Nope", "-o", "x.pdf"], "no quiz called"),
        (["quiz", "create", "X", "--count", "abc"], "invalid int value"),
        (["quiz", "create", "X", "--count", "3", "--kinds", "dates"], "unknown kind"),
        (["quiz", "create", "X", "--count", "3", "--formats", "essay"], "invalid choice"),
        (["quiz", "create", "X", "--count", "3", "--sources", "999"], "not a source"),
        (["results", "export", "Nope", "--csv", "x.csv"], "no quiz called"),
        (["results", "import", "missing.csv"], "results file not found"),
        (["quiz", "frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_one_line_and_a_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code: int | str | None
    try:
        code = main([*argv, "--db", str(tmp_path / "t.db")] if argv[1] != "frobnicate" else argv)
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert message in err and "Traceback" not in err


def test_results_export_import_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from studyapp.services.learners import create_learner
    from studyapp.services.quizzes import answer_item, finish_run, start_run

    student, teacher = tmp_path / "student.db", tmp_path / "teacher.db"
    for path in (student, teacher):
        assert main(["quiz", "create", "Q", "--count", "3", "--seed", "4", "--db", str(path)]) == 0
    database = open_database(DatabaseLocation(student))
    learner = create_learner(database, "Mia")
    quiz = load_quiz(database, "Q")
    run = start_run(database, quiz, learner)
    for item in quiz.items:
        answer_item(database, run, learner, item, item.question.answer, 3000)
    finish_run(database, run)
    database.close()
    csv_path = tmp_path / "mia.csv"
    assert main(["results", "export", "Q", "--csv", str(csv_path), "--db", str(student)]) == 0
    capsys.readouterr()
    assert main(["results", "import", str(csv_path), "--db", str(teacher)]) == 0
    assert re.search(r"imported 3 answers \(1 new runs\), 0 already there; new learners: Mia", capsys.readouterr().out)
    assert main(["results", "import", str(csv_path), "--db", str(teacher)]) == 0
    assert "imported 0 answers (0 new runs), 3 already there" in capsys.readouterr().out


@pytest.mark.parametrize("seed", [3, 11, 29])
def test_a_question_stays_on_one_page_with_its_choices_or_answer_line(tmp_path: Path, seed: int) -> None:
    db = tmp_path / "teacher.sqlite3"
    assert main(["--db", str(db), "quiz", "create", "Long", "--count", "25", "--seed", str(seed)]) == 0
    out = tmp_path / "long.pdf"
    assert main(["quiz", "print", "Long", "-o", str(out), "--db", str(db)]) == 0
    pages = [_flat(page.extract_text()) for page in PdfReader(out).pages]
    assert len(pages) > 2
    database = open_database(DatabaseLocation(db))
    try:
        quiz = load_quiz(database, "Long")
    finally:
        database.close()
    key_start = next(i for i, p in enumerate(pages) if "Answerkey" in p)
    for item in quiz.items:
        prompt = _flat(item.question.prompt)[:40]
        holding = [i for i, p in enumerate(pages[:key_start]) if prompt in p]
        assert len(holding) == 1, f"question {item.position} is split or missing"
        page = pages[holding[0]]
        after = page[page.index(prompt) :]
        if item.choices:
            assert all(_flat(c)[:30] in after for c in item.choices), f"question {item.position}'s choices"
        else:
            assert "Answer:" in after, f"question {item.position}'s answer line"
        # its answer-key entry: number, answer, source and the quote's opening on one page
        source = _flat(item.question.citation.source.title)[:30]
        quote = _flat(item.question.citation.quote)[:30]
        assert any(source in p and quote in p[p.index(source) :] for p in pages[key_start:])
    # no page holds only a stray line: a short page starts a numbered question or key entry
    assert all(len(p) > 200 or re.match(r"\d+\.", p) for p in pages)

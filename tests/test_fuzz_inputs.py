"""Hostile and careless input, generated: sources, metadata, curation files, bank files and CSV imports.
Every run ends in exit 0, 1 or 2 (never a traceback), and every bank a build writes passes the check.
1,000 cases in all; hypothesis keeps the failing ones small."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studyapp.cli import main

SOURCES = Path(__file__).resolve().parent.parent / "content" / "sources"

FRAGMENTS = [
    "In November 2010, Dmitry Medvedev visited Kunashiri.",
    "Japan and Russia signed the Soviet-Japan Joint Declaration in 1956.",
    "Professor Shigeki Hakamada said that “the islands will not come back soon.”",
    "About 17,000 residents were expelled to Hokkaido.",
    "The islands (Etorofu/Iturup, Kunashiri/Kunashir) are known in Russia as the southern Kurils.",
    "By Jane Roe | Test Gazette | Published: June 22, 2019",
    "PHOTO: Reuters",
    "\t\u00a0  double  spaces\tand tabs\u00a0",
    "9" * 400,
    "$21.3bn (€19bn)",
    "“an unbalanced quote",
    "Mr. Abe met Mr. Putin on Dec. 15.",
    "",
]
META_KEYS = ["title", "author", "publisher", "date", "url", "language", "bogus"]
SETTINGS = settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def _toml_value() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=30).map(json.dumps),
        st.integers().map(str),
        st.sampled_from(["2016-12-15", "2016-13-45", "[1, 2]", "{a = 1}", "true", "[" * 50 + "]" * 50, "9" * 5000]),
    )


@st.composite
def source_files(draw: st.DrawFn) -> tuple[str, str | None]:
    parts = draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80)), min_size=0, max_size=12))
    joiner = draw(st.sampled_from([" ", "\n", "\n\n", "\t"]))
    text = joiner.join(parts)
    meta = None
    if draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(META_KEYS), max_size=6))
        meta = "\n".join(f"{k} = {draw(_toml_value())}" for k in keys)
        if draw(st.booleans()):
            meta += "\n" + draw(st.text(max_size=40))
    return text, meta


@SETTINGS
@given(files=st.lists(source_files(), min_size=1, max_size=3))
@example(files=[("9" * 400 + " The islands (Etorofu/Iturup, Kunashiri/Kunashir) are known in Russia.", None)])
def test_bank_build_on_generated_sources(
    tmp_path_factory: pytest.TempPathFactory, files: list[tuple[str, str | None]]
) -> None:
    root = tmp_path_factory.mktemp("src")
    sources = root / "sources"
    sources.mkdir()
    for i, (text, meta) in enumerate(files):
        (sources / f"a{i}.txt").write_text(text, encoding="utf-8")
        if meta is not None:
            (sources / f"a{i}.toml").write_text(meta, encoding="utf-8")
    out = root / "bank.json"
    code = main(["bank", "build", str(sources), "-o", str(out)])
    assert code in (0, 1, 2)
    if code == 0:
        assert main(["bank", "check", str(out)]) == 0
    shutil.rmtree(root)


CURATION_LINES = [
    '[[reject]]\nid = "{qid}"',
    '[[correct]]\nid = "{qid}"\nanswer = "{answer}"',
    '[[correct]]\nid = "{qid}"\nprompt = ""',
    '[[correct]]\nid = "{qid}"\naccepted = [1, 2]',
    '[[add]]\nid = "new"\nsource = "{source}"\nkind = "date"\nformat = "typed"\nprompt = "When?"\n'
    'answer = "{answer}"\nquote = "{quote}"',
    "reject = [1, 2]",
    '[[add]]\nid = "x"\nanswer = 5',
    "[[correct]]",
    "x = " + "[" * 1200 + "]" * 1200,
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.sampled_from(CURATION_LINES), min_size=1, max_size=4), noise=st.text(max_size=20))
def test_bank_build_with_generated_curation(
    tmp_path_factory: pytest.TempPathFactory, bank_file: Path, picks: list[str], noise: str
) -> None:
    bank = json.loads(bank_file.read_text(encoding="utf-8"))
    q = bank["questions"][0]
    source = bank["sources"][0]
    quote = source["text"][100:160].replace("\\", "").replace('"', "").replace("\n", " ")
    fill = {"qid": q["id"], "answer": quote[5:15], "source": source["id"], "quote": quote}
    root = tmp_path_factory.mktemp("cur")
    curation = root / "curation.toml"
    curation.write_text(
        "\n\n".join(p.format(**fill) for p in picks) + "\n# " + noise.replace("\n", " "), encoding="utf-8"
    )
    out = root / "bank.json"
    code = main(["bank", "build", str(SOURCES), "-o", str(out), "--curation", str(curation)])
    assert code in (0, 1, 2)
    if code == 0:
        assert main(["bank", "check", str(out)]) == 0
    shutil.rmtree(root)


def _mutate(data: object, path: list[object], value: object) -> object:
    if not path:
        return value
    key, rest = path[0], path[1:]
    if isinstance(data, dict) and isinstance(key, str) and key in data:
        return {**data, key: _mutate(data[key], rest, value)}
    if isinstance(data, list) and isinstance(key, int) and data:
        i = key % len(data)
        return [*data[:i], _mutate(data[i], rest, value), *data[i + 1 :]]
    return data


BANK_PATHS = [
    ["version"], ["format"], ["sources"], ["questions"], ["questions", 0], ["questions", 0, "answer"],
    ["questions", 0, "choices"], ["questions", 0, "value"], ["questions", 0, "source", "start"],
    ["questions", 0, "also"], ["sources", 0, "passages"], ["sources", 0, "text"], ["questions", 0, "value", "year"],
]  # fmt: skip
JSON_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.sampled_from(BANK_PATHS), value=JSON_VALUES, raw=st.sampled_from(["", "x", "[" * 3000, "1" * 5000]))
def test_bank_check_on_generated_bank_files(
    tmp_path_factory: pytest.TempPathFactory, bank_file: Path, where: list[object], value: object, raw: str
) -> None:
    data = json.loads(bank_file.read_text(encoding="utf-8"))
    root = tmp_path_factory.mktemp("bank")
    path = root / "bank.json"
    text = json.dumps(_mutate(data, where, value)) if not raw or raw == "x" else raw
    path.write_text(text if raw != "x" else text[: len(text) // 2], encoding="utf-8")
    assert main(["bank", "check", str(path)]) in (0, 1, 2)
    shutil.rmtree(root)


@pytest.fixture(scope="module")
def results_csv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[list[str]]]:
    import csv

    root = tmp_path_factory.mktemp("results")
    db = root / "teacher.sqlite3"
    assert main(["--db", str(db), "quiz", "create", "Q", "--count", "3", "--seed", "3"]) == 0
    from studyapp.db.database import DatabaseLocation, open_database
    from studyapp.services.learners import create_learner
    from studyapp.services.quizzes import answer_item, finish_run, load_quiz, start_run

    database = open_database(DatabaseLocation(db))
    quiz = load_quiz(database, "Q")
    ann = create_learner(database, "Ann")
    run = start_run(database, quiz, ann)
    for item in quiz.items:
        answer_item(database, run, ann, item, item.question.answer, 3000, fuzz=False)
    finish_run(database, run)
    database.close()
    out = root / "q.csv"
    assert main(["results", "export", "Q", "--csv", str(out), "--db", str(db)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return db, rows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    row=st.integers(0, 3),
    column=st.integers(0, 15),
    value=st.one_of(
        st.text(max_size=30), st.integers().map(str), st.sampled_from([str(2**63), "9" * 5000, "=1+1", ""])
    ),
    drop=st.booleans(),
)
def test_results_import_of_generated_csv(
    tmp_path_factory: pytest.TempPathFactory,
    results_csv: tuple[Path, list[list[str]]],
    row: int,
    column: int,
    value: str,
    drop: bool,
) -> None:
    import csv

    db, rows = results_csv
    rows = [list(r) for r in rows]
    target = rows[row % len(rows)]
    if drop and target:
        target.pop(column % len(target))
    elif target:
        target[column % len(target)] = value
    root = tmp_path_factory.mktemp("csv")
    path = root / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    fresh = root / "laptop.sqlite3"
    shutil.copyfile(db, fresh)
    assert main(["results", "import", str(path), "--db", str(fresh)]) in (0, 1, 2)
    shutil.rmtree(root)

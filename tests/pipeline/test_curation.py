"""Teacher curation: reject, correct, add; errors name the line; stale ids are reported."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank, QuestionRecord
from studyapp.errors import ContentError
from studyapp.pipeline.build import BuildReport, build_from_sources
from studyapp.pipeline.curation import load_curation
from studyapp.pipeline.model import Source


def curate(tmp_path: Path, sources: list[Source], toml: str) -> tuple[Bank, BuildReport]:
    p = tmp_path / "curation.toml"
    p.write_text(toml, encoding="utf-8")
    return build_from_sources(sources, load_curation(p))


def pick(bank: Bank, kind: str, fmt: str) -> QuestionRecord:
    return next(q for q in bank.questions if q.kind == kind and q.format == fmt)


def test_missing_curation_file_is_empty(tmp_path: Path) -> None:
    cur = load_curation(tmp_path / "none.toml")
    assert (cur.rejects, cur.corrections, cur.additions) == ([], [], [])


def test_reject_by_question_id(tmp_path: Path, real_sources: list[Source], real_bank: Bank) -> None:
    q = pick(real_bank, "date", "mc")
    bank, report = curate(tmp_path, real_sources, f'[[reject]]\nid = "{q.id}"\nreason = "ambiguous"\n')
    ids = {x.id for x in bank.questions}
    assert q.id not in ids
    assert len(bank.questions) == len(real_bank.questions) - 1
    assert "curation rejected 1 question(s)" in report.curation
    assert check_bank(bank) == []


def test_reject_by_fact_id_removes_all_its_questions(
    tmp_path: Path, real_sources: list[Source], real_bank: Bank
) -> None:
    asked = Counter(x.fact_id for x in real_bank.questions)
    q = next(x for x in real_bank.questions if asked[x.fact_id] > 1)  # a fact asked in two formats
    siblings = {x.id for x in real_bank.questions if x.fact_id == q.fact_id}
    assert len(siblings) > 1
    bank, _ = curate(tmp_path, real_sources, f'[[reject]]\nid = "{q.fact_id}"\n')
    assert not siblings & {x.id for x in bank.questions}
    assert len(bank.questions) == len(real_bank.questions) - len(siblings)


def test_correct_changes_answer(tmp_path: Path, real_sources: list[Source], real_bank: Bank) -> None:
    q = pick(real_bank, "expert_view", "typed")
    surname = q.answer.split()[-1]  # still in the quote
    toml = f'[[correct]]\nid = "{q.id}"\nanswer = "{surname}"\naccepted = ["Mr {surname}"]\nprompt = "New prompt?"\n'
    bank, report = curate(tmp_path, real_sources, toml)
    fixed = next(x for x in bank.questions if x.id == q.id)
    assert fixed.answer == surname
    assert fixed.prompt == "New prompt?"
    assert fixed.accepted == [surname, f"Mr {surname}"]
    assert fixed.origin == "curated"
    assert fixed.source == q.source
    assert len(bank.questions) == len(real_bank.questions)
    assert not [r for r in report.curation if "stale" in r]


def test_add_question(tmp_path: Path, real_sources: list[Source]) -> None:
    src = real_sources[0]
    line = next(ln for ln in src.text.splitlines() if len(ln.split()) > 12)
    quote = " ".join(line.split()[:8])
    assert quote in src.text
    answer = quote.split()[-1]
    toml = (
        "# teacher additions\n[[add]]\n"
        f'id = "teacher-1"\nsource = "{src.id}"\nkind = "number"\nformat = "typed"\n'
        f'prompt = "Which word ends this phrase?"\nanswer = "{answer}"\nquote = "{quote}"\naccepted = ["x"]\n'
    )
    bank, _ = curate(tmp_path, real_sources, toml)
    added = next(q for q in bank.questions if q.id == "teacher-1")
    assert added.origin == "curated"
    assert added.source.quote == quote
    assert src.text[added.source.start : added.source.end] == quote
    assert src.text[added.source.answer_start : added.source.answer_end] == answer
    assert added.accepted == [answer, "x"]
    assert check_bank(bank) == []


def test_add_with_non_verbatim_quote_names_the_line(tmp_path: Path, real_sources: list[Source]) -> None:
    src = real_sources[0]
    toml = (
        '# comment\n[[reject]]\nid = "nothing"\n[[add]]\n'
        f'id = "teacher-2"\nsource = "{src.id}"\nkind = "expert_view"\nformat = "typed"\n'
        'prompt = "Who?"\nanswer = "Nobody"\nquote = "Nobody ever wrote this sentence in any article."\n'
    )
    with pytest.raises(ContentError) as info:
        curate(tmp_path, real_sources, toml)
    assert info.value.line == 4
    assert info.value.path == tmp_path / "curation.toml"
    assert "teacher-2" in info.value.message and "not verbatim" in info.value.message


def test_add_with_answer_outside_quote(tmp_path: Path, real_sources: list[Source]) -> None:
    src = real_sources[0]
    quote = src.text.strip().splitlines()[0][:20]
    toml = (
        f'[[add]]\nid = "t3"\nsource = "{src.id}"\nkind = "date"\nformat = "typed"\n'
        f'prompt = "P?"\nanswer = "zzzz-not-there"\nquote = "{quote}"\n'
    )
    with pytest.raises(ContentError, match="answer must appear") as info:
        curate(tmp_path, real_sources, toml)
    assert info.value.line == 1


def test_add_to_unknown_source(tmp_path: Path, real_sources: list[Source]) -> None:
    toml = (
        '[[add]]\nid = "t4"\nsource = "nope"\nkind = "date"\nformat = "typed"\n'
        'prompt = "P"\nanswer = "a"\nquote = "a"\n'
    )
    with pytest.raises(ContentError, match="unknown source"):
        curate(tmp_path, real_sources, toml)


def test_stale_ids_are_reported(tmp_path: Path, real_sources: list[Source], real_bank: Bank) -> None:
    toml = '[[reject]]\nid = "date-0000000000-mc"\n[[correct]]\nid = "island-0000000000-typed"\nanswer = "x"\n'
    bank, report = curate(tmp_path, real_sources, toml)
    assert len(bank.questions) == len(real_bank.questions)
    stale = [r for r in report.curation if "stale" in r]
    assert len(stale) == 2
    assert any("date-0000000000-mc" in r and ":1:" in r for r in stale)
    assert any("island-0000000000-typed" in r and ":3:" in r for r in stale)
    assert any(line.startswith("curation: ") and "stale" in line for line in report.lines())


@pytest.mark.parametrize(
    ("toml", "words", "line"),
    [
        ('[[remove]]\nid = "x"\n', "unknown table", None),
        ('[[reject]]\nid = "x"\nwhy = "y"\n', "unknown key", 1),
        ('[[reject]]\nreason = "y"\n', "needs an 'id'", 1),
        ('[[correct]]\nid = "x"\naccepted = "y"\n', "list of strings", 1),
        ('[[add]]\nid = "x"\nsource = "y"\n', "missing", 1),
        ("[[reject]\n", "invalid TOML", 1),
    ],
)
def test_malformed_curation(tmp_path: Path, toml: str, words: str, line: int | None) -> None:
    p = tmp_path / "curation.toml"
    p.write_text(toml, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_curation(p)
    assert words in info.value.message
    assert info.value.line == line


def test_a_correction_the_bank_check_would_refuse_fails_the_build_naming_its_line(
    tmp_path: Path, real_sources: list[Source], real_bank: Bank
) -> None:
    q = pick(real_bank, "expert_view", "typed")
    toml = f'# a comment\n\n[[correct]]\nid = "{q.id}"\nanswer = "lighthouse keeper"\n'
    with pytest.raises(ContentError, match="not in its quote") as caught:
        curate(tmp_path, real_sources, toml)
    assert caught.value.line == 3


ADD = '[[add]]\nid = "x"\nsource = "s"\nkind = "{kind}"\nformat = "{fmt}"\nprompt = "p"\nanswer = {answer}\nquote = "q"'


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("reject = [1, 2]", "must be written as"),
        (ADD.format(kind="date", fmt="typed", answer="5"), "non-empty string"),
        (ADD.format(kind="date", fmt="typed", answer='["a"]'), "non-empty string"),
        (ADD.format(kind="colour", fmt="typed", answer='"a"'), "unknown kind"),
        (ADD.format(kind="date", fmt="mc", answer='"a"'), "needs 4"),
        ("x = " + "[" * 2000 + "]" * 2000, "nested too deeply"),
        ("x = " + "9" * 5000, "invalid TOML"),
    ],
)
def test_hostile_curation_files_are_one_clear_error(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "curation.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load_curation(path)

"""The review sample prints what the grader accepts; for a list answer, the rule it prints must be
the grader's own (reviewers judge a typed question by that line)."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path
from types import ModuleType

from studyapp.bank.model import load_bank
from studyapp.grading.text import Verdict
from studyapp.grading.typed import grade_typed

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("review_sample", ROOT / "scripts" / "review_sample.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_answer_the_printed_list_rule_describes_is_graded_right() -> None:
    bank = load_bank(ROOT / "content" / "bank.json")
    lists = [q for q in bank.questions if q.format == "typed" and (q.value or {}).get("type") == "list"]
    assert lists
    script = _script()
    for q in lists:
        text = script.accepted_text(q)
        assert q.value is not None
        assert ("either order" if len(q.value["items"]) == 2 else "any order") in text
        items = [item["names"] for item in q.value["items"]]
        for names in itertools.product(*items):
            for joined in (" and ".join(reversed(names)), ", ".join(names), " & ".join(names)):
                grade = grade_typed(joined, q.answer, q.accepted, q.value)
                assert grade.verdict is not Verdict.WRONG, (joined, text)
            with_the = " and ".join(
                f"the {n}" if n.endswith(("Islands", "islets", "Islets", "islands")) else n for n in names
            )
            assert grade_typed(with_the, q.answer, q.accepted, q.value).verdict is not Verdict.WRONG, with_the
        shared = " and ".join(item["name"] for item in q.value["items"]) + " islands"
        assert grade_typed(shared, q.answer, q.accepted, q.value).verdict is not Verdict.WRONG, shared


def test_a_typed_figure_says_that_words_and_what_it_counts_are_accepted() -> None:
    from studyapp.bank.model import QuestionRecord

    script = _script()
    base = next(q for q in load_bank(ROOT / "content" / "bank.json").questions if q.format == "typed")
    value = {"type": "number", "value": 44.0, "unit": "", "counted": "people including officials", "qualifier": ""}
    q = QuestionRecord(**{**base.__dict__, "answer": "44", "accepted": ["44"], "value": value})
    text = script.accepted_text(q)
    assert "digits or in words" in text
    for written in ("forty-four", "44 people", "Forty-four people"):
        assert grade_typed(written, q.answer, q.accepted, q.value).verdict is not Verdict.WRONG, written


def test_a_typed_person_or_place_says_which_other_writings_are_accepted() -> None:
    from studyapp.bank.model import QuestionRecord

    script = _script()
    base = next(q for q in load_bank(ROOT / "content" / "bank.json").questions if q.format == "typed")
    who = {"type": "person", "given": "Eleni", "family": "Doukas", "unique": True, "others": ["Kaya"]}
    q = QuestionRecord(**{**base.__dict__, "answer": "Eleni Doukas", "accepted": ["Eleni Doukas"], "value": who})
    text = script.accepted_text(q)
    assert "family name alone" in text and "title or post" in text and "either order" in text
    for written in ("Doukas", "Doukas Eleni", "E. Doukas", "Foreign Minister Eleni Doukas", "Eleni Dukas"):
        assert grade_typed(written, q.answer, q.accepted, q.value).verdict is not Verdict.WRONG, written
    assert "never initials alone" in text
    assert grade_typed("E. D.", q.answer, q.accepted, q.value).verdict is Verdict.WRONG
    place = {"type": "place", "name": "Hokkaido", "names": ["Hokkaido"], "exclude": [], "others": ["Honshu"]}
    q = QuestionRecord(**{**base.__dict__, "answer": "Hokkaido", "accepted": ["Hokkaido"], "value": place})
    assert "accents" in script.accepted_text(q)
    for written in ("Hokkaidō", "Hokkaido Island", "the island of Hokkaido", "Hokaido"):
        assert grade_typed(written, q.answer, q.accepted, q.value).verdict is not Verdict.WRONG, written


def test_a_typed_question_shows_what_its_answer_box_says() -> None:
    """Reviewers see what the learner sees: a number cloze's box says a number is wanted (two blind
    reviewers of sets 84-85 judged "its _____ residents" open to an adjective without it)."""
    from studyapp.bank.model import QuestionRecord
    from studyapp.grading.hints import answer_hint

    script = _script()
    bank = load_bank(ROOT / "content" / "bank.json")
    base = next(q for q in bank.questions if q.format == "typed")
    value = {"type": "number", "value": 44.0, "unit": "", "counted": "residents", "qualifier": ""}
    q = QuestionRecord(**{**base.__dict__, "format": "cloze", "answer": "44", "accepted": ["44"], "value": value})
    assert f"answer box says: {answer_hint(value)}" in script.block(bank, q).splitlines()
    mc = next(q for q in bank.questions if q.format == "mc")
    assert not [line for line in script.block(bank, mc).splitlines() if line.startswith("answer box says")]

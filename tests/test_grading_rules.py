"""Lenient grading: what counts as the same answer, and the difference shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.grading import Verdict, grade_choice, grade_typed, normalize_answer


@pytest.mark.parametrize(
    ("response", "answer", "accepted", "verdict"),
    [
        ("  iturup. ", "Iturup", [], Verdict.EXACT),
        ("ETOROFU", "Étorofu", [], Verdict.EXACT),
        ("Iturup", "Etorofu", ["Iturup"], Verdict.EXACT),
        ("the Habomai islands", "Habomai Islands", [], Verdict.EXACT),
        ("Kunashri", "Kunashir", [], Verdict.CLOSE),
        ("Shikotn", "Shikotan", [], Verdict.CLOSE),
        ("Kxxxshir", "Kunashir", [], Verdict.WRONG),
        ("1965", "1956", [], Verdict.WRONG),
        ("18 December", "16 December", [], Verdict.WRONG),
        ("Kuna", "Kunashir", [], Verdict.WRONG),
        ("   ", "Kunashir", [], Verdict.EMPTY),
        ("Abe & Putin", "Abe and Putin", [], Verdict.EXACT),
        ("Yamaguchi-ken", "Yamaguchi ken", [], Verdict.EXACT),
    ],
)
def test_typed_answers(response: str, answer: str, accepted: list[str], verdict: Verdict) -> None:
    grade = grade_typed(response, answer, accepted)
    assert grade.verdict is verdict
    assert grade.correct == (verdict in (Verdict.EXACT, Verdict.CLOSE))


def test_the_closest_spelling_is_the_one_shown() -> None:
    grade = grade_typed("Iturupp", "Etorofu", ["Iturup"])
    assert grade.verdict is Verdict.CLOSE and grade.matched == "Iturup"
    assert [(s.op, s.response, s.expected) for s in grade.diff] == [("equal", "Iturup", "Iturup"), ("delete", "p", "")]


def test_multiple_choice_is_exact() -> None:
    assert grade_choice("Shikotan", "Shikotan").correct
    assert not grade_choice("Shikotan ", "Shikotan").correct
    assert grade_choice(None, "Shikotan").verdict is Verdict.EMPTY


@given(st.text(min_size=1, max_size=40))
def test_an_answer_always_matches_itself(text: str) -> None:
    if normalize_answer(text):
        assert grade_typed(text, text, []).verdict is Verdict.EXACT


@given(st.text(max_size=30), st.text(min_size=1, max_size=30))
def test_the_diff_rebuilds_both_strings(response: str, answer: str) -> None:
    grade = grade_typed(response, answer, [])
    assert "".join(s.response for s in grade.diff) == response
    assert "".join(s.expected for s in grade.diff) == grade.matched

"""studyapp.grading: normalisation, typed and multiple-choice verdicts, and the diff shown to the learner."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.grading import (
    DiffSegment,
    Grade,
    Verdict,
    diff_segments,
    grade_choice,
    grade_typed,
    normalize_answer,
    tolerance,
)


def _rebuilt(grade: Grade) -> tuple[str, str]:
    return "".join(s.response for s in grade.diff), "".join(s.expected for s in grade.diff)


def _shown(response: str, grade: Grade) -> tuple[str, str]:
    """What the diff must show: what grading compares (case, punctuation and spacing ignored);
    an exact answer shows no difference at all."""
    said = normalize_answer(response)
    if grade.verdict is Verdict.EMPTY:
        return response, grade.matched
    return said, said if grade.verdict is Verdict.EXACT else normalize_answer(grade.matched)


# -- normalisation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Iturup", "iturup"),
        ("  iturup. ", "iturup"),
        ("Étorofu", "etorofu"),
        ("ÉTOROFU", "etorofu"),
        ("Straße", "strasse"),
        ("Habomai   Islands!", "habomai islands"),
        ("the Habomai islands", "habomai islands"),
        ("The", "the"),  # an article alone is kept
        ("A", "a"),
        ("an  apple", "apple"),
        ("Theodore", "theodore"),  # only a whole word is an article
        ("Abe & Putin", "abe and putin"),
        ("Abe&Putin", "abe and putin"),
        ("Yamaguchi-ken", "yamaguchi ken"),
        ("1855–1875", "1855 1875"),  # en dash
        ("San Francisco (1951)", "san francisco 1951"),
        ("$100 + 5%", "100 5"),
        ("Ku\u00adnashir", "kunashir"),  # soft hyphen vanishes
        ("ﬁsh", "fish"),  # compatibility ligature
        ("line\nbreak\ttab", "line break tab"),
        ("", ""),
        (" .,;! ", ""),
    ],
)
def test_normalize_answer(text: str, normal: str) -> None:
    assert normalize_answer(text) == normal


# -- typed answers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "accepted", "verdict"),
    [
        # case, punctuation, diacritics
        ("  iturup. ", "Iturup", [], Verdict.EXACT),
        ("Etorofu", "Étorofu", [], Verdict.EXACT),
        ("étorofu", "Etorofu", [], Verdict.EXACT),
        ("KUNASHIR!", "Kunashir", [], Verdict.EXACT),
        ("Abe & Putin", "Abe and Putin", [], Verdict.EXACT),
        ("Yamaguchi-ken", "Yamaguchi ken", [], Verdict.EXACT),
        # articles
        ("the Habomai islands", "Habomai Islands", [], Verdict.EXACT),
        ("Habomai Islands", "The Habomai Islands", [], Verdict.EXACT),
        # alternative spellings
        ("Iturup", "Etorofu", ["Iturup"], Verdict.EXACT),
        ("Etorofu", "Iturup", ["Etorofu", "Etorofu-to"], Verdict.EXACT),
        ("etorofu to", "Iturup", ["Etorofu", "Etorofu-to"], Verdict.EXACT),
        # typos within tolerance
        ("Kunashri", "Kunashir", [], Verdict.CLOSE),  # transposition: distance 2, length 8
        ("Shikotn", "Shikotan", [], Verdict.CLOSE),
        ("Itorup", "Iturup", [], Verdict.CLOSE),  # length 6: one typo
        ("Habomay Islands", "Habomai Islands", [], Verdict.CLOSE),
        ("Treaty of San Fransisko", "Treaty of San Francisco", [], Verdict.CLOSE),  # length 23: three typos
        ("Itorup", "Etorofu", ["Iturup"], Verdict.CLOSE),
        # too many typos
        ("Kxxxshir", "Kunashir", [], Verdict.WRONG),
        ("Itorap", "Iturup", [], Verdict.WRONG),  # length 6: two typos is one too many
        ("Treaty of Sun Fronsosko", "Treaty of San Francisco", [], Verdict.WRONG),
        ("Shikotan", "Kunashir", ["Iturup"], Verdict.WRONG),
        # short answers are never fuzzed
        ("USR", "USA", [], Verdict.WRONG),
        ("cat", "cut", [], Verdict.WRONG),
        # digits are never fuzzed
        ("1965", "1956", [], Verdict.WRONG),
        ("1956", "1965", [], Verdict.WRONG),
        ("18 December", "16 December", [], Verdict.WRONG),
        ("16 Decmber", "16 December", [], Verdict.CLOSE),  # letters still are
        ("Article 9", "Article 19", [], Verdict.WRONG),
        ("19 May 1956", "19 May 1956", [], Verdict.EXACT),
        # a bare beginning is not an answer
        ("Kuna", "Kunashir", [], Verdict.WRONG),
        ("Treaty of San", "Treaty of San Francisco", [], Verdict.WRONG),
        # nothing typed
        ("", "Kunashir", [], Verdict.EMPTY),
        ("   ", "Kunashir", [], Verdict.EMPTY),
        (" ?! ", "Kunashir", [], Verdict.EMPTY),
        ("the", "The Kurils", [], Verdict.WRONG),  # a lone article is something typed
    ],
)
def test_typed_verdicts(response: str, answer: str, accepted: list[str], verdict: Verdict) -> None:
    grade = grade_typed(response, answer, accepted)
    assert grade.verdict is verdict
    assert grade.correct is (verdict in (Verdict.EXACT, Verdict.CLOSE))
    assert _rebuilt(grade) == _shown(response, grade)


def test_exact_reports_the_spelling_that_matched() -> None:
    grade = grade_typed("iturup", "Etorofu", ["Iturup"])
    assert (grade.verdict, grade.matched, grade.distance) == (Verdict.EXACT, "Iturup", 0)
    assert grade.diff == (DiffSegment("equal", "iturup", "iturup"),)  # case is not a mistake


def test_close_reports_the_nearest_spelling_and_its_distance() -> None:
    grade = grade_typed("Iturupp", "Etorofu", ["Iturup"])
    assert (grade.verdict, grade.matched, grade.distance) == (Verdict.CLOSE, "Iturup", 1)
    assert grade.diff == (DiffSegment("equal", "iturup", "iturup"), DiffSegment("delete", "p", ""))


def test_close_prefers_a_spelling_that_passes_over_a_nearer_one_with_other_digits() -> None:
    # "highway 12" is one edit away but its digits differ; "hihgway 1" is two edits away with the same digits.
    grade = grade_typed("Highway 1", "Highway 12", ["Hihgway 1"])
    assert (grade.verdict, grade.matched, grade.distance) == (Verdict.CLOSE, "Hihgway 1", 2)


def test_ties_go_to_the_canonical_answer() -> None:
    grade = grade_typed("Kunashirx", "Kunashir", ["Kunashiri"])  # one edit from either
    assert (grade.verdict, grade.matched, grade.distance) == (Verdict.CLOSE, "Kunashir", 1)


def test_wrong_and_empty_report_the_canonical_answer() -> None:
    wrong = grade_typed("Sakhalin", "Kunashir", ["Kunashiri", "Kunasiri"])
    assert wrong.verdict is Verdict.WRONG and not wrong.correct
    assert wrong.matched == "Kunashir"
    assert wrong.distance == 7  # normalised "sakhalin" to "kunashir"

    digits = grade_typed("1965", "1956", [])
    assert (digits.matched, digits.distance) == ("1956", 2)

    empty = grade_typed("  ", "Kunashir", ["Kunashiri"])
    assert (empty.verdict, empty.correct, empty.matched, empty.distance) == (Verdict.EMPTY, False, "Kunashir", 8)
    assert _rebuilt(empty) == ("  ", "Kunashir")


def test_distance_is_on_normalised_text() -> None:
    grade = grade_typed("  THE  kunashri!! ", "Kunashir", [])
    assert (grade.verdict, grade.distance) == (Verdict.CLOSE, 2)


def test_diff_ignores_what_grading_ignores() -> None:
    grade = grade_typed("kunashri!", "Kunashir", [])
    assert _rebuilt(grade) == ("kunashri", "kunashir")
    assert grade.diff[0] == DiffSegment("equal", "kunash", "kunash")
    assert grade_typed("northern territories", "Northern Territories", []).diff == (
        DiffSegment("equal", "northern territories", "northern territories"),
    )
    assert all(s.op in {"equal", "insert", "delete", "replace"} for s in grade.diff)


def test_diff_segments_are_merged_and_well_formed() -> None:
    segments = diff_segments("abXYcdefgh", "abcdefghZ")
    assert segments == (
        DiffSegment("equal", "ab", "ab"),
        DiffSegment("delete", "XY", ""),
        DiffSegment("equal", "cdefgh", "cdefgh"),
        DiffSegment("insert", "", "Z"),
    )
    assert diff_segments("Kunashir", "Kunashir") == (DiffSegment("equal", "Kunashir", "Kunashir"),)
    assert diff_segments("", "") == ()
    assert diff_segments("", "abc") == (DiffSegment("insert", "", "abc"),)
    assert diff_segments("abc", "") == (DiffSegment("delete", "abc", ""),)


def test_grades_are_frozen() -> None:
    grade = grade_typed("Kunashir", "Kunashir", [])
    with pytest.raises(dataclasses.FrozenInstanceError):
        grade.correct = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        grade.diff[0].op = "insert"  # type: ignore[misc]


@pytest.mark.parametrize(("length", "allowed"), [(0, 0), (3, 0), (4, 1), (7, 1), (8, 2), (15, 2), (16, 3), (200, 3)])
def test_tolerance(length: int, allowed: int) -> None:
    assert tolerance(length) == allowed


# -- multiple choice ---------------------------------------------------------------------------------


def test_choice_right() -> None:
    grade = grade_choice("Shikotan", "Shikotan")
    assert (grade.verdict, grade.correct, grade.matched, grade.distance) == (Verdict.EXACT, True, "Shikotan", 0)
    assert grade.diff == (DiffSegment("equal", "Shikotan", "Shikotan"),)


@pytest.mark.parametrize("chosen", ["Iturup", "Shikotan ", "shikotan", "Shikótan"])
def test_choice_is_compared_exactly(chosen: str) -> None:
    grade = grade_choice(chosen, "Shikotan")
    assert (grade.verdict, grade.correct, grade.matched) == (Verdict.WRONG, False, "Shikotan")
    assert grade.distance > 0
    assert _rebuilt(grade) == (chosen, "Shikotan")


@pytest.mark.parametrize("chosen", [None, ""])
def test_choice_none_is_empty(chosen: str | None) -> None:
    grade = grade_choice(chosen, "Shikotan")
    assert (grade.verdict, grade.correct, grade.matched) == (Verdict.EMPTY, False, "Shikotan")
    assert _rebuilt(grade) == ("", "Shikotan")


# -- properties --------------------------------------------------------------------------------------

_texts = st.text(st.characters(codec="utf-8"), max_size=40)
_mostly_letters = st.text(st.sampled_from("aAeEéÉiIoOuUkKnNsShHrRtT  -.&'19"), max_size=25)


@given(st.one_of(_texts, _mostly_letters).filter(lambda t: normalize_answer(t) != ""))
def test_an_answer_always_matches_itself(text: str) -> None:
    grade = grade_typed(text, text, [])
    assert (grade.verdict, grade.correct, grade.matched, grade.distance) == (Verdict.EXACT, True, text, 0)


@given(_texts)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_answer(text)
    assert once == once.strip() and "  " not in once
    assert normalize_answer(once) in (once, _drop_article(once))


def _drop_article(text: str) -> str:
    for article in ("the ", "a ", "an "):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article) :]
    return text


@given(
    st.one_of(_texts, _mostly_letters),
    st.one_of(_texts, _mostly_letters),
    st.lists(st.one_of(_texts, _mostly_letters), max_size=3),
)
def test_the_diff_rebuilds_both_strings(response: str, answer: str, accepted: list[str]) -> None:
    grade = grade_typed(response, answer, accepted)
    assert _rebuilt(grade) == _shown(response, grade)
    assert grade.matched == answer or grade.matched in accepted
    assert grade.correct is (grade.verdict in (Verdict.EXACT, Verdict.CLOSE))
    assert (grade.verdict is Verdict.EMPTY) is (normalize_answer(response) == "")
    if grade.verdict is not Verdict.EMPTY:
        assert (grade.distance == 0) is (grade.verdict is Verdict.EXACT)
    ops = [s.op for s in grade.diff]
    assert all(a != b for a, b in itertools.pairwise(ops))  # adjacent runs are merged
    for s in grade.diff:
        assert s.op in {"equal", "insert", "delete", "replace"}
        assert (s.response == "") is (s.op == "insert") and (s.expected == "") is (s.op == "delete")
        assert s.op != "equal" or s.response == s.expected


@given(st.one_of(st.none(), _texts), _texts)
def test_choice_diff_rebuilds_both_strings(chosen: str | None, answer: str) -> None:
    grade = grade_choice(chosen, answer)
    assert _rebuilt(grade) == (chosen or "", answer)
    assert grade.correct is (grade.verdict is Verdict.EXACT)

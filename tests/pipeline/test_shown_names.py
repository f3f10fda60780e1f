"""A question whose words print both names of a place, or say whose a name is, gives away the
question asking one for the other. Records are written for these tests; none comes from the course."""

from __future__ import annotations

from typing import Any

from studyapp.bank.model import QuestionRecord, SourceRef
from studyapp.pipeline.shown_names import link_shown_names


def record(fact: str, kind: str, prompt: str, answer: str, **extra: object) -> QuestionRecord:
    ref = SourceRef("a", "a:p000", "quote", 0, 5, 0, 5)
    fields: dict[str, Any] = {"accepted": [answer], "choices": None, **extra}
    return QuestionRecord(f"{fact}-q", fact, kind, "typed", prompt, answer, source=ref, **fields)


NAME = record(
    "malvinas",
    "island_alias",
    "What does Argentina call the islands known in Britain as the Falkland Islands?",
    "the Malvinas",
    accepted=["the Malvinas", "Malvinas", "Islas Malvinas"],
    value={"type": "place", "name": "Malvinas", "exclude": ["Falkland Islands"]},
)


def test_a_prompt_with_both_names_shows_the_name_questions_answer() -> None:
    both = record("view", "expert_view", "Who said that the Falkland Islands / Malvinas must be shared?", "Ana Ruiz")
    in_choices = record(
        "what",
        "expert_view",
        "What did Ana Ruiz say?",
        "That talks must go on",
        choices=["That talks must go on", "That [the Falkland Islands / Islas Malvinas] are Argentine"],
    )
    linked = {q.fact_id: q.shows for q in link_shown_names([NAME, both, in_choices])}
    assert linked == {"malvinas": [], "view": ["malvinas"], "what": ["malvinas"]}


def test_one_name_alone_shows_nothing() -> None:
    british = record("a", "expert_view", "Who said the Falkland Islands will stay British?", "Ana Ruiz")
    malvinas = record("b", "expert_view", "Who said the Malvinas are a matter for the UN?", "Ana Ruiz")
    linked = {q.fact_id: q.shows for q in link_shown_names([NAME, british, malvinas])}
    assert linked == {"malvinas": [], "a": [], "b": []}


def test_one_name_said_to_be_the_sides_own_shows_the_name_questions_answer() -> None:
    """ "… the islands that Argentina calls the Malvinas" answers "What does Argentina call …?" (a blind
    review saw "Which four islands make up the territory that Japan calls …?" give its name question away)."""
    calls = record(
        "b", "island", "Which islands make up the territory that Argentina calls the Malvinas?", "East and West"
    )
    called = record("c", "number", "The islands, called the Malvinas in Argentina, had _____ people.", "2,000")
    other_side = record("d", "island", "Which islands does Britain call the Falkland Islands?", "East and West")
    linked = {q.fact_id: q.shows for q in link_shown_names([NAME, calls, called, other_side])}
    assert linked == {"malvinas": [], "b": ["malvinas"], "c": ["malvinas"], "d": []}


def test_a_name_question_shows_no_other_name_question() -> None:
    other = record(
        "soledad",
        "island_alias",
        "What does Argentina call the island known in Britain as East Falkland, in the Falkland Islands / Malvinas?",
        "Soledad",
        value={"type": "place", "name": "Soledad", "exclude": ["East Falkland"]},
    )
    linked = {q.fact_id: q.shows for q in link_shown_names([NAME, other])}
    assert linked == {"malvinas": [], "soledad": []}

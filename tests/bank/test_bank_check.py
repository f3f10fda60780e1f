"""check_bank flags every kind of broken question, naming it."""

from __future__ import annotations

from dataclasses import replace

from studyapp.bank.check import check_bank
from studyapp.bank.model import Bank, QuestionRecord


def with_question(bank: Bank, index: int, q: QuestionRecord) -> Bank:
    qs = list(bank.questions)
    qs[index] = q
    return Bank(bank.sources, qs)


def first(bank: Bank, kind: str, fmt: str) -> tuple[int, QuestionRecord]:
    return next((i, q) for i, q in enumerate(bank.questions) if q.kind == kind and q.format == fmt)


def problems_for(bank: Bank, qid: str) -> list[str]:
    problems = check_bank(bank)
    assert problems
    assert all(p.startswith(f"question {qid}: ") for p in problems), problems
    return problems


def test_tampered_quote(real_bank: Bank) -> None:
    i, q = first(real_bank, "island_alias", "typed")
    bad = replace(q, source=replace(q.source, quote=q.source.quote.replace(q.answer, q.answer.upper() + "x")))
    problems = problems_for(with_question(real_bank, i, bad), q.id)
    assert any("quote is not verbatim" in p for p in problems)


def test_shifted_offsets(real_bank: Bank) -> None:
    i, q = first(real_bank, "expert_view", "typed")
    bad = replace(q, source=replace(q.source, start=q.source.start + 1, end=q.source.end + 1))
    assert any("not verbatim" in p for p in problems_for(with_question(real_bank, i, bad), q.id))


def test_answer_not_in_quote(real_bank: Bank) -> None:
    i, q = first(real_bank, "island_alias", "typed")
    bad = replace(q, answer="Atlantis", accepted=["Atlantis"])
    problems = problems_for(with_question(real_bank, i, bad), q.id)
    assert any("answer 'Atlantis' is not in its quote" in p for p in problems)


def test_accepted_distractor(real_bank: Bank) -> None:
    i, q = first(real_bank, "date", "mc")
    assert q.choices is not None
    distractor = next(c for c in q.choices if c != q.answer)
    bad = replace(q, accepted=[*q.accepted, distractor.upper()])
    problems = problems_for(with_question(real_bank, i, bad), q.id)
    assert problems == [f"question {q.id}: distractor {distractor!r} is an accepted answer"]


def test_duplicate_ids(real_bank: Bank) -> None:
    q0 = real_bank.questions[0]
    bad = replace(real_bank.questions[1], id=q0.id)
    problems = check_bank(with_question(real_bank, 1, bad))
    assert problems == [f"question {q0.id}: duplicate id"]


def test_other_problems(real_bank: Bank) -> None:
    i, q = first(real_bank, "date", "mc")
    assert q.choices is not None
    cases = {
        "unknown kind 'trivia'": replace(q, kind="trivia"),
        "unknown format 'essay'": replace(q, format="essay"),
        "empty prompt": replace(q, prompt="  "),
        "answer is not among the accepted answers": replace(q, accepted=["something else"]),
        "multiple choice needs exactly 4 choices": replace(q, choices=q.choices[:3]),
        "duplicate choices": replace(q, choices=[q.answer, q.answer, *q.choices[:2]]),
        "unknown source 'ghost'": replace(q, source=replace(q.source, source_id="ghost")),
        "unknown passage 'x:p999'": replace(q, source=replace(q.source, passage_id="x:p999")),
        "answer span is outside the quote": replace(q, source=replace(q.source, answer_end=q.source.end + 5)),
    }
    for words, bad in cases.items():
        problems = check_bank(with_question(real_bank, i, bad))
        assert any(p.startswith(f"question {q.id}: ") and words in p for p in problems), (words, problems)
    j, t = first(real_bank, "island_alias", "typed")
    problems = check_bank(with_question(real_bank, j, replace(t, choices=["a", "b", "c", "d"])))
    assert problems == [f"question {t.id}: typed question must not have choices"]
    k, c = first(real_bank, "expert_view", "typed")
    c = replace(c, format="cloze")  # a cloze whose prompt lost its blank
    problems = check_bank(with_question(real_bank, k, c))
    assert problems == [f"question {c.id}: cloze prompt has no blank"]


def test_shows_must_name_another_fact_of_the_bank(real_bank: Bank) -> None:
    i, q = first(real_bank, "date", "mc")
    for fact in ("no-such-fact", q.fact_id):
        bad = replace(q, shows=[fact])
        assert any("'shows' names" in p for p in problems_for(with_question(real_bank, i, bad), q.id))


def test_a_list_answer_is_grounded_by_each_item_in_its_quote(real_bank: Bank) -> None:
    """ "Chile and Peru" from "…, a claim contested by Peru. The two nations …": each item in the quote,
    by one of its names, grounds the answer; an item the quote never names does not."""
    i, q = next(
        (i, q)
        for i, q in enumerate(real_bank.questions)
        if q.format == "typed" and (q.value or {}).get("type") == "list" and len((q.value or {})["items"]) == 2
    )
    value = q.value or {}
    first_item, second_item = value["items"]
    swapped = f"{second_item['name']} and {first_item['name']}"
    assert swapped not in q.source.quote
    ok = replace(q, answer=swapped, accepted=[swapped, *q.accepted])
    assert check_bank(with_question(real_bank, i, ok)) == []
    unnamed = {**value, "items": [first_item, {**second_item, "name": "Atlantis", "names": ["Atlantis"]}]}
    bad = replace(q, answer=f"{first_item['name']} and Atlantis", accepted=["x"], value=unnamed)
    problems = problems_for(with_question(real_bank, i, bad), q.id)
    assert any("is not in its quote" in p for p in problems)

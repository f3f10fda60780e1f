"""Validate a bank: every quote verbatim in its source, every answer in its quote, no
distractor accepted, ids unique, kinds and formats known."""

from __future__ import annotations

from studyapp.bank.model import FORMATS, KINDS, Bank
from studyapp.pipeline.questions import normalize


def check_bank(bank: Bank) -> list[str]:
    """Problems found, one line each, naming the question. Empty when the bank is sound."""
    problems: list[str] = []
    texts = {s.id: s.text for s in bank.sources}
    passages = {p.id: (s.id, p) for s in bank.sources for p in s.passages}
    for s in bank.sources:
        for p in s.passages:
            if not (0 <= p.start <= p.end <= len(s.text)):
                problems.append(f"source {s.id}: passage {p.id} offsets outside the text")
    seen: set[str] = set()
    facts = {q.fact_id for q in bank.questions}
    for q in bank.questions:

        def bad(msg: str, q_id: str = q.id) -> None:
            problems.append(f"question {q_id}: {msg}")

        if q.id in seen:
            bad("duplicate id")
        seen.add(q.id)
        if q.kind not in KINDS:
            bad(f"unknown kind {q.kind!r}")
        if q.format not in FORMATS:
            bad(f"unknown format {q.format!r}")
        if not q.prompt.strip():
            bad("empty prompt")
        if not q.answer.strip():
            bad("empty answer")
        if q.answer not in q.accepted:
            bad("answer is not among the accepted answers")
        for fact in q.shows:
            if fact not in facts or fact == q.fact_id:
                bad(f"'shows' names {fact!r}, which is not another fact of the bank")
        text = texts.get(q.source.source_id)
        if text is None:
            bad(f"unknown source {q.source.source_id!r}")
            continue
        ref = q.source
        if text[ref.start : ref.end] != ref.quote or not ref.quote:
            bad("quote is not verbatim in its source at the given offsets")
        if ref.passage_id not in passages or passages[ref.passage_id][0] != ref.source_id:
            bad(f"unknown passage {ref.passage_id!r}")
        if not (ref.start <= ref.answer_start <= ref.answer_end <= ref.end):
            bad("answer span is outside the quote")
        in_quote = text[ref.answer_start : ref.answer_end]
        resolved = any(n.startswith(("Resolved relative date", "Normalised")) for n in q.notes)
        worded = normalize(in_quote) and normalize(in_quote) in normalize(q.answer)
        # a list answer ("Chile and Peru") is grounded by each of its items in the quote, by any of its names
        items = (q.value or {}).get("items", []) if (q.value or {}).get("type") == "list" else []
        listed = bool(items) and all(
            isinstance(item, dict) and any(name in ref.quote for name in item.get("names", [])) for item in items
        )
        if q.answer not in ref.quote and not resolved and not worded and not listed:
            bad(f"answer {q.answer!r} is not in its quote")
        for cite in q.also:
            if texts.get(cite.source_id, "")[cite.start : cite.end] != cite.quote or not cite.quote:
                bad(f"'also' citation in {cite.source_id} is not verbatim at its offsets")
            elif cite.passage_id not in passages or passages[cite.passage_id][0] != cite.source_id:
                bad(f"'also' citation names an unknown passage {cite.passage_id!r}")
        if resolved and in_quote not in ref.quote:
            bad("resolved date's source wording is not in its quote")
        if q.format == "mc":
            if not q.choices or len(q.choices) != 4:
                bad("multiple choice needs exactly 4 choices")
            else:
                if q.answer not in q.choices:
                    bad("choices do not include the answer")
                keys = [normalize(c) for c in q.choices]
                if len(set(keys)) != len(keys):
                    bad("duplicate choices")
                accepted = {normalize(a) for a in q.accepted}
                for c in q.choices:
                    if c != q.answer and normalize(c) in accepted:
                        bad(f"distractor {c!r} is an accepted answer")
        elif q.choices is not None:
            bad(f"{q.format} question must not have choices")
        if q.format == "cloze" and "_____" not in q.prompt:
            bad("cloze prompt has no blank")
    return problems

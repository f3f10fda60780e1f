"""Write a blind-review file: a random sample of a bank's questions with their passages.

    python scripts/review_sample.py BANK --seed SEED [--n 60] [-o FILE]

The file holds, per question: id, kind/format, prompt, choices, key, accepted answers, the
source's title, and the paragraph around the quote -- nothing on how the question was made
(the protocol in shared/QUESTION-QUALITY.md). ``--n 0`` writes every question.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from studyapp.bank.model import Bank, QuestionRecord, load_bank
from studyapp.grading.hints import answer_hint


def passage_text(bank: Bank, q: QuestionRecord) -> str:
    source = bank.source(q.source.source_id)
    for p in source.passages:
        if p.id == q.source.passage_id:
            return " ".join(source.text[p.start : p.end].split())
    return q.source.quote


def accepted_text(q: QuestionRecord) -> str:
    """What the grader accepts. A list answer is graded by its items, in any order, each by any of
    its names (``studyapp.grading.typed``), so that rule is printed rather than every combination."""
    value = q.value or {}
    if q.format == "typed" and value.get("type") == "list":
        items = [item for item in value.get("items", []) if isinstance(item, dict)]
        names = "; ".join(f"{item.get('name')}: {' | '.join(item.get('names', []))}" for item in items)
        order = "either order" if len(items) == 2 else "any order"
        return (
            f"the {len(items)} items in {order}, joined by “and”, “&”, commas or spaces, each by any of its "
            f"names, with or without “the” and any of the words “Island(s)”, “Islet(s)”, “Isles”, “Rocks”, "
            f"“Reef(s)”, “Shoal(s)”, “Ridge”, “Cay(s)”, “Atoll”, “Group” or “Archipelago” around it, alone or "
            f"together (“the Habomai islet group”, “the Habomai group of islets”), or with the shared noun "
            f"once (“A and B islands”); a small typo in a name is accepted as close — {names}"
        )
    if q.format != "mc" and value.get("type") == "number":
        return f"{' | '.join(q.accepted)} — the same figure in digits or in words, with or without what it counts"
    if q.format != "mc" and value.get("type") == "person":
        alone = "the family name alone, " if value.get("unique", True) else ""
        return (
            f"{' | '.join(q.accepted)} — or the same person written another way: {alone}given and family "
            "name in either order, the given name as an initial (“J. Brown”, never initials alone), with or without "
            "a title or post, one small typo"
        )
    if q.format != "mc" and value.get("type") == "place":
        return (
            f"{' | '.join(q.accepted)} — or the same place with or without accents, “the”, “Island”, “Islets”, "
            "“Rocks” or “the island of”, one small typo"
        )
    return " | ".join(q.accepted)


def block(bank: Bank, q: QuestionRecord) -> str:
    source = bank.source(q.source.source_id)
    lines = [f"## {q.id}", f"kind/format: {q.kind} / {q.format}", f"prompt: {q.prompt}"]
    if q.choices:
        lines += [f"choices: {' | '.join(q.choices)}"]
    else:  # what the learner's answer box says before he types (studyapp.grading.hints)
        lines += [f"answer box says: {answer_hint(q.value)}"]
    lines += [f"key: {q.answer}", f"accepted answers: {accepted_text(q)}"]
    lines += [f"source: “{source.title}” ({source.publisher}, {source.date})"]
    lines += [f"quote: {q.source.quote}", f"paragraph: {passage_text(bank, q)}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bank", type=Path)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args(argv)
    bank = load_bank(args.bank)
    questions = list(bank.questions)
    if args.n:
        questions = random.Random(args.seed).sample(questions, min(args.n, len(questions)))
    text = f"{len(questions)} questions\n\n" + "\n".join(block(bank, q) for q in questions)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

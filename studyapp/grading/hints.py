"""What the answer box of a typed question says before the learner types: how many names a list
wants, that order does not matter, that a small slip in spelling is forgiven. Qt-free, so the study
screen and the classroom quiz word it the same way."""

from __future__ import annotations

from typing import Any

DEFAULT_HINT = "Type your answer, then press Enter"

_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def answer_hint(value: dict[str, Any] | None) -> str:
    """The placeholder for a typed answer whose value is ``value`` (see docs/bank-format.md)."""
    kind = value.get("type") if value else None
    if kind == "list" and value is not None:
        items = value.get("items") or []
        count = _NUMBER_WORDS.get(len(items), str(len(items)))
        return f"Type the {count} names in any order, then press Enter (small spelling slips are forgiven)"
    if kind == "place":
        return "Type the name, then press Enter (a small spelling slip is forgiven)"
    if kind == "person" and value is not None:
        if value.get("unique", True):
            return "Type the person's name, then press Enter (the family name alone will do)"
        return "Type the person's full name, then press Enter"
    if kind == "date":
        return "Type the date or year, then press Enter"
    if kind == "number":
        return "Type the number, in figures or words, then press Enter"
    return DEFAULT_HINT

"""Answer values: what a question's answer *is*, beside how the source writes it.

Stored in the bank as a small JSON object with a ``type`` (documented in ``docs/bank-format.md``):

- ``{"type": "date", "year": 1956, "month": 10, "day": 19, "last_day": null}``
- ``{"type": "number", "value": 21300000000, "unit": "USD", "counted": "", "qualifier": ""}``
- ``{"type": "person", "given": "James D.", "family": "Brown", "unique": true, "others": ["Putin"]}``
- ``{"type": "place", "name": "Etorofu", "names": [...], "exclude": ["Iturup"], "others": ["Kunashiri"]}``
- ``{"type": "list", "items": [<value>, <value>]}``                  (in any order)
- ``{"type": "phrase", "required": ["associate", "professor"], "any": ["temple"], "optional": [...]}``

The pipeline writes them (``studyapp.pipeline.questions``); the grader compares by type.
"""

from __future__ import annotations

import re
from typing import Any

from studyapp.grading.text import normalize_answer

TYPES = ("date", "number", "person", "place", "list", "phrase")

# Words that name a post or its rank: a different one is a different post ("assistant" is not
# "associate" professor), so they are never typo-matched to each other.
ROLE_WORDS = frozenset(
    (
        *("president", "minister", "secretary", "diplomat", "analyst", "professor", "official", "ambassador"),
        *("spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "chancellor", "premier"),
        *("king", "queen", "emperor", "general", "senator", "governor", "editor", "economist", "expert"),
        *("scholar", "researcher", "director", "chairman", "chairwoman", "chair", "leader", "envoy", "lawmaker"),
        *("mayor", "commentator", "historian", "journalist", "columnist", "lecturer", "fellow", "dean"),
        *("correspondent", "negotiator", "strategist", "specialist", "head", "chief", "founder", "executive"),
        *("officer", "representative", "commissioner", "judge", "politician", "student", "member", "admiral"),
    )
)
RANK_WORDS = frozenset(
    (
        *("assistant", "associate", "adjunct", "visiting", "emeritus", "senior", "junior", "deputy", "vice"),
        *("former", "acting", "principal", "foreign", "defence", "defense", "prime", "finance", "trade"),
        *("research", "full", "honorary"),
    )
)
COUNTRY_WORDS = frozenset(
    (
        *("japan", "japanese", "us", "u", "s", "usa", "american", "america", "united", "states", "russia"),
        *("russian", "china", "chinese", "uk", "britain", "british", "korea", "korean", "south", "north"),
        *("taiwan", "taiwanese", "india", "indian", "pakistan", "pakistani", "soviet", "philippines"),
        *("philippine", "argentina", "argentine", "argentinian", "france", "french", "germany", "german"),
    )
)
_STOP = frozenset(("a", "an", "the", "of", "at", "in", "for", "and", "on", "s", "to", "with", "from", "by", "who"))
_INSTITUTIONS = frozenset(
    (
        *("university", "institute", "college", "school", "center", "centre", "foundation", "council"),
        *("academy", "ministry", "agency", "department", "commission", "society", "association", "fund"),
        *("forum", "club", "endowment", "corporation", "bank", "office", "program", "programme"),
    )
)
_GENERIC_ORG = frozenset(
    (
        *("university", "institute", "college", "school", "center", "centre", "foundation", "council"),
        *("department", "ministry", "agency", "office", "prefecture", "campus", "program", "programme"),
        *("studies", "international", "relations", "political", "science", "affairs", "policy", "government"),
    )
)


def phrase_value(text: str) -> dict[str, Any]:
    """A post or affiliation as key terms: the role and rank words must all be there, at least one
    distinctive name of the affiliation when it has one; countries and the rest may be dropped."""
    capitalised = {normalize_answer(w) for w in re.findall(r"\b[A-Z][\w’'-]*", text)}
    # An institution's name is said whole: every word of "University of Niigata Prefecture".
    institution: list[str] = []
    for run in re.findall(r"[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*", text):
        words = normalize_answer(run).split()
        if any(w in _INSTITUTIONS for w in words):
            institution += [w for w in words if w not in COUNTRY_WORDS and w not in _STOP]
    required: list[str] = []
    distinctive: list[str] = []
    optional: list[str] = []
    for word in normalize_answer(text).split():
        if word in _STOP:
            continue
        if word in ROLE_WORDS or word in RANK_WORDS:
            required.append(word)
        elif word in institution:
            continue
        elif word in COUNTRY_WORDS or word in _GENERIC_ORG or word not in capitalised:
            optional.append(word)
        else:
            distinctive.append(word)
    return {
        "type": "phrase",
        "required": list(dict.fromkeys(required)),
        "any": list(dict.fromkeys(distinctive)),
        "names": list(dict.fromkeys(institution)),
        "optional": list(dict.fromkeys(optional)),
    }


def check_value(value: object, where: str = "value") -> list[str]:
    """Problems with a stored answer value; [] when it can be graded."""
    if not isinstance(value, dict):
        return [f"{where}: must be an object"]
    kind = value.get("type")
    if kind not in TYPES:
        return [f"{where}.type: must be one of {', '.join(TYPES)}"]
    problems: list[str] = []

    def need(key: str, types: tuple[type, ...]) -> None:
        if not isinstance(value.get(key), types) or (isinstance(value.get(key), bool) and bool not in types):
            problems.append(f"{where}.{key}: missing or of the wrong type")

    if kind == "date":
        need("year", (int,))
        for k in ("month", "day", "last_day"):
            if value.get(k) is not None and not isinstance(value.get(k), int):
                problems.append(f"{where}.{k}: must be a whole number or null")
    elif kind == "number":
        need("value", (int, float))
        need("unit", (str,))
    elif kind == "person":
        need("family", (str,))
        need("given", (str,))
    elif kind == "place":
        need("name", (str,))
        need("names", (list,))
    elif kind == "list":
        items = value.get("items")
        if not isinstance(items, list) or len(items) < 2:
            problems.append(f"{where}.items: must list at least two values")
        else:
            for i, item in enumerate(items):
                problems += check_value(item, f"{where}.items[{i}]")
    elif kind == "phrase":
        need("required", (list,))
        need("any", (list,))
    return problems


def other_accepted(answer: str, accepted: list[str] | tuple[str, ...], value: dict[str, Any] | None) -> list[str]:
    """The other accepted answers, as a person reads them. A list answer ("Shikotan and Habomai") is
    graded by its items in any order, each by any of its names, so its every combination is not
    spelt out: one line says the rule and each item's names."""
    if value and value.get("type") == "list":
        items = [item for item in value.get("items", []) if isinstance(item, dict)]
        names = [" / ".join(str(n) for n in item.get("names", []) or [item.get("name", "")]) for item in items]
        order = "either order" if len(items) == 2 else "any order"
        return [f"in {order}, each by any of its names — {'; '.join(names)}"]
    return [a for a in accepted if a != answer]

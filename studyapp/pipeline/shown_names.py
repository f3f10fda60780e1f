"""Questions whose words show the answer of a name question.

"Who argued that only Japan sees the Northern Territories / Southern Kurils as disputed?" prints
"Southern Kurils", the answer of "What does Russia call the territory known in Japan as the Northern
Territories?". Each question lists the facts whose names it shows (``shows``), and the study plan
keeps the two apart: the name question comes first, on an earlier day (`studyapp.services.study`).

Only name questions (``island_alias``) are looked for, and only where both names stand together (the
name the question gives and the one it asks for: "Iturup" with "Etorofu"), or where the words say the
name asked for is that side's ("the territory that Japan calls the Northern Territories" answers "What
does Japan call …?"). "Etorofu" alone among the choices of "Which four islands …?" does not say which
Russian name it goes with. A person's name or a
year in a prompt gives nothing away: who said something else, or what else happened that year, is
another fact. A name question never shows another name question's answer (the names it gives are
one side's; the other way round is not asked), so the links have no cycles and every question can
come in time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from studyapp.bank.model import QuestionRecord

NAME_KINDS = frozenset({"island_alias"})


def _words(text: str) -> str:
    """Lower-case words separated by single spaces, with spaces at both ends for whole-word search."""
    return f" {' '.join(re.findall(r'[0-9a-z]+', text.lower()))} "


def _names(forms: Iterable[str]) -> set[str]:
    """Names as words, without "the" (at least four letters)."""
    out = set()
    for form in forms:
        words = _words(re.sub(r"(?i)^the\s+", "", form))
        if len(words.strip()) >= 4:
            out.add(words)
    return out


def _says_whose(seen: str, side: str, names: set[str]) -> bool:
    """Do the words say the name is that side's ("the territory that Japan calls the Northern
    Territories", "called the Northern Territories in Japan")? Then they answer "What does Japan call
    …?" on their own (a blind review saw the four-islands prompt give the name question away)."""
    if not side:
        return False
    return any(
        re.search(rf" {side} calls?(?: the)?{re.escape(n)}|{re.escape(n)}in {side} ", seen) is not None for n in names
    )


def link_shown_names(questions: Iterable[QuestionRecord]) -> list[QuestionRecord]:
    """The questions, each with ``shows`` set to the name facts its prompt or choices print."""
    questions = list(questions)
    asked: dict[str, set[str]] = {}  # fact -> the names it asks for
    given: dict[str, set[str]] = {}  # fact -> the names it gives (the other side's, never accepted)
    side: dict[str, str] = {}  # fact -> the side whose name it asks for ("What does Japan call …?")
    for q in questions:
        if q.kind in NAME_KINDS:
            asked.setdefault(q.fact_id, set()).update(_names([q.answer, *q.accepted]))
            given.setdefault(q.fact_id, set()).update(_names((q.value or {}).get("exclude") or []))
            m = re.match(r"What does (?:the )?(\w+) call\b", q.prompt)
            if m:
                side[q.fact_id] = m.group(1).lower()
    out = []
    for q in questions:
        shown: list[str] = []
        if q.kind not in NAME_KINDS:
            seen = _words(" ".join([q.prompt, *(q.choices or [])]))
            shown = sorted(
                f
                for f, forms in asked.items()
                if f != q.fact_id
                and any(n in seen for n in forms)
                and (not given[f] or any(n in seen for n in given[f]) or _says_whose(seen, side.get(f, ""), forms))
            )
        out.append(replace(q, shows=shown) if shown != q.shows else q)
    return out

"""An event a sentence says was held, and its date: "A referendum on the status of Loma Alta was held in
1994", "The first round of border talks between Peru and Bolivia took place in Lima in March 2011".

Only an event that happened once is read: a referendum or plebiscite on something named, or a numbered
round ("the first …") of talks, a summit or a conference between parties named. "Talks between Peru and
Bolivia took place in 2009" is one round of many, and "the three-year break" leans on a sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ONCE = r"referendum|plebiscite"
_RECURRING = (
    r"round\s+of\s+(?:[a-z-]+\s+){0,2}(?:talks|negotiations|consultations)|talks|negotiations|consultations|"
    r"meeting|summit|conference"
)
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural)\b")
_HELD = re.compile(
    r"^(?:(?P<opening>(?:In|On|During)\s+[^,]{3,40}),\s+)?"
    r"(?P<subject>(?:(?P<det>[Tt]he|[Aa]n?)\s+|(?=[A-Z]))(?P<pre>(?:[\w’'-]+\s+){0,4}?)"
    rf"(?P<head>(?i:{_ONCE}|{_RECURRING}))"
    r"(?P<mod>\s+(?:of|on|between|over|with|among|about)\s+[^,;:()“”\"\d]{2,120}?)?)"
    r"\s+(?P<verb>was\s+held|were\s+held|took\s+place)\b(?P<rest>[^;:“”\"]*?)\s*\.?$"
)
# "in Lima", "at The Hague", "in Geneva, Switzerland": where, in a name
_PLACE = re.compile(
    r"\s+(?:in|at)\s+(?P<place>(?:the\s+|The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?)$"
)
# words that point back to a sentence before ("this referendum", "their talks", "the new round")
_LEANING = re.compile(
    r"\b(?:this|that|these|those|its|their|his|her|our|such|same|latest|next|previous|new|current|recent|"
    r"another|other|further|last|latter|former|it|they)\b",
    re.I,
)


@dataclass(frozen=True)
class HeldEvent:
    subject: str  # "the first round of border talks between Peru and Bolivia" (as the question words it)
    plural: bool
    held: bool  # "was held" (else "took place")
    place: str  # "Lima", or ""

    def question(self) -> str:
        where = f" in {self.place}" if self.place else ""
        if self.held:
            return f"In what year {'were' if self.plural else 'was'} {self.subject} held{where}?"
        return f"In what year did {self.subject} take place{where}?"


def _bare_the(words: list[str], i: int) -> bool:
    """Is words[i] a "the" whose noun says nothing of which ("after the three-year break", "the islands")?
    "the status of …", "the border between Peru …" and "the Loma Alta district" say which."""
    after = words[i + 1 : i + 4]
    return not any(w in ("of", "between") or w[:1].isupper() for w in after)


def held_event(sentence: str, date_span: tuple[int, int]) -> HeldEvent | None:
    """The event ``sentence`` says was held on the date at ``date_span``, or None."""
    m = _HELD.match(sentence)
    if m is None:
        return None
    a, b = date_span
    rest = m.group("rest")
    if m.group("opening"):
        if not (m.start("opening") <= a and b <= m.end("opening")):
            return None  # the date the question would ask is not the opening's
        leftover = rest
    else:
        r0 = m.start("rest")
        if not (r0 <= a and b <= r0 + len(rest)):
            return None
        before = re.sub(r"\s+(?:in|on)\s+(?:late\s+|early\s+|mid-)?$", "", rest[: a - r0])
        after = rest[b - r0 :]
        if before.strip() and after.strip(" ."):
            return None  # where on both sides of the date, or more than where
        leftover = before if before.strip() else after
    leftover = leftover.rstrip(" .")
    where = _PLACE.fullmatch(leftover) if leftover else None
    if leftover and where is None:
        return None  # "was held for the first time in 2009", "…, after years of war": more than where
    place = where["place"] if where is not None else ""
    subject = m.group("subject")
    words = subject.split()
    head = m.group("head").lower()
    named = any(w[:1].isupper() for w in words[1:]) or bool(place)
    if re.search(r"\d", subject) or _LEANING.search(subject) or len(words) > 18:
        return None
    if any(w.lower() == "the" and _bare_the(words, i) for i, w in enumerate(words) if i > 0):
        return None
    if re.fullmatch(_ONCE, head):
        mod = m.group("mod") or ""
        if not mod or not (place or any(w[:1].isupper() for w in mod.split())):
            # "a referendum on independence was held in 1994": where, the words do not say; "the referendum was
            # held in Lima": which, a sentence before said
            return None
    elif not (_ORDINAL.search(m.group("pre") or "") or _ORDINAL.search(m.group("head"))) or not named:
        return None  # "talks between Peru and Bolivia took place in 2009": one round of many
    if m.group("det"):
        subject = m.group("det").lower() + subject[len(m.group("det")) :]
    else:
        subject = subject[0].lower() + subject[1:]
    plural = m.group("verb").startswith("were") or head in ("talks", "negotiations", "consultations")
    return HeldEvent(subject, plural, "held" in m.group("verb"), place)

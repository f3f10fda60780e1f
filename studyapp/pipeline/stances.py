"""Where a government stands: "The Japanese government maintains the islands are an inherent part of
Japan's territory", "Russia insists its sovereignty over the islands is undisputed", "Tokyo does not
recognise Russia's sovereignty over the islands".

A country's position on a disputed place is one of the facts a class most needs, and the side
that holds it is what a teacher asks: "Which country maintains that …?". :func:`find_stances`
reads a sentence that opens with a government as its subject (the country, its capital, "the
Japanese government", "Russia's Foreign Ministry") and a verb of position, and returns who holds
it and the words of the position. Whether the position is worth asking (it must be about the
territory) and how the question is worded are the question writer's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from studyapp.pipeline.control import country_of_word, country_words, is_country_adjective
from studyapp.pipeline.text import WEEKDAY

# Verbs of a standing position, present or past; "said" is a position only with "that" or a
# clause about the territory, which the question writer checks.
_THAT_VERBS = (
    r"maintains|maintained|insists|insisted|claims|claimed|argues|argued|asserts|asserted|contends|contended|"
    r"holds|held|says|said|considers|considered|stresses|stressed|reiterates|reiterated|regards|regarded|"
    r"believes|believed|maintain|insist|claim|argue|assert|contend|hold|say|consider|regard"
)
# "Japan wants all four returned", "Tokyo has demanded their return": a claimant's demand, a position on
# the territory only when it asks for the place back
_DEMAND_VERBS = r"wants|wanted|demands|demanded|has\s+demanded|have\s+demanded|seeks|sought|has\s+sought|is\s+seeking"
_DEMAND = re.compile(rf"^(?:{_DEMAND_VERBS})$")
# Verbs that take the position as an object: "does not recognise Russia's sovereignty over …".
_OBJECT_VERBS = (
    r"does\s+not\s+recogni[sz]e|did\s+not\s+recogni[sz]e|has\s+never\s+recogni[sz]ed|never\s+recogni[sz]ed|"
    rf"rejects|rejected|disputes|disputed|refuses\s+to\s+recogni[sz]e|refused\s+to\s+recogni[sz]e|{_DEMAND_VERBS}"
)
_GIVE_BACK = re.compile(r"(?i)\b(?:return\w*|back|hand(?:ed|ing)?\s+over|handover|transfer\w*|restor\w*)\b")
# "…, but Japan wants all four returned": a second clause may state a position of its own
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:but|while|whereas)|;)\s+(?=[A-Z])")
# A position stated without "that" must still be a clause: "maintains the islands are Japan's".
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|belong|belongs|belonged|has|have|had|will|would|should|must|cannot|can|remain|remains)\b"
)
_BODY = (
    r"(?:government|foreign\s+ministry|Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs|"
    r"Ministry\s+of\s+External\s+Affairs|authorities|side)"
)
_ADVERB = r"(?:(?:still|also|long|has\s+long|have\s+long|firmly|consistently|repeatedly)\s+)?"
# "India on Wednesday said", "Moscow said Monday that" is read as "Moscow said that": when, not what
_WHEN = rf"(?:(?:on\s+)?{WEEKDAY}|yesterday|today|last\s+(?:week|month)|this\s+week|again)"


@dataclass(frozen=True)
class Stance:
    country: str  # "Russia"
    subject: str  # as written: "The Japanese government", "Tokyo"
    verb: str  # as written: "maintains", "does not recognize"
    view: str  # the position: "the islands are an inherent part of Japan's territory"
    subject_start: int
    subject_end: int
    view_start: int
    view_end: int
    takes_that: bool  # "maintains (that) …" rather than "does not recognise …"


@lru_cache(maxsize=1)
def _subject_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in country_words()), key=len, reverse=True))
    return re.compile(
        rf"^(?P<subject>(?:[Tt]he\s+)?(?P<word>{words})(?:[’']s)?(?:\s+{_BODY})?)\s+(?:{_WHEN}\s+)?{_ADVERB}"
        rf"(?:(?P<that_verb>{_THAT_VERBS})\s+(?:{_WHEN}\s+)?(?:that\s+)?|(?P<object_verb>{_OBJECT_VERBS})\s+)"
        r"(?P<view>[^;:]+?)\s*[.!?]?$"
    )


def find_stances(sentence: str) -> list[Stance]:
    """The government positions ``sentence`` states: in its opening clause, or in a clause after ", but"
    or ";", when that clause opens with a government and a verb of position."""
    found = _stance_at_start(sentence)
    for brk in _CLAUSE_BREAK.finditer(sentence):
        at = brk.end()
        found += [
            replace(
                st,
                subject_start=st.subject_start + at,
                subject_end=st.subject_end + at,
                view_start=st.view_start + at,
                view_end=st.view_end + at,
            )
            for st in _stance_at_start(sentence[at:])
        ]
    return found


def _stance_at_start(sentence: str) -> list[Stance]:
    """The government position ``sentence`` states, if it opens with a government and a verb of position."""
    m = _subject_pattern().match(sentence)
    if m is None:
        return []
    country = country_of_word(m.group("word"))
    subject = m.group("subject")
    if country is None:
        return []
    if is_country_adjective(m.group("word")) and not re.search(_BODY, subject):
        return []  # "The Japanese say …": people, not a state
    verb = m.group("that_verb") or m.group("object_verb")
    view = m.group("view").strip()
    view_start = m.start("view")
    setting = re.match(r"(?:in|at|on|during|after|before)\b[^,;“”\"]{0,60}?\bthat\s+", view)
    if setting:  # "said in its 2024 annual report that …"
        view, view_start = view[setting.end() :], view_start + setting.end()
    elif (
        m.group("that_verb")
        and not re.match(r"that\b", sentence[m.end("that_verb") :].strip())
        and not _CLAUSE.search(re.split(r"\b(?:that|which|who|whom)\b", view)[0])
    ):
        # "claimed the islands in 1945", "claims the islands that Moscow has been occupying": an act on
        # a thing (the verb of a relative clause is not the position's), not a position
        return []
    if re.search(r"[“”\"]", view) and view.count("“") != view.count("”"):
        return []
    second = (
        re.search(r"\s+and\s+(?:has|have|had|is|was|will|would|[a-z]+ed)\b", view) if m.group("object_verb") else None
    )
    if second:  # "has demanded their return and has rejected …": the demand ends where a second act begins
        view = view[: second.start()]
    if _DEMAND.match(verb) and not _GIVE_BACK.search(view):
        return []  # "Moscow wants Japanese investment": a wish, not a claim
    return [
        Stance(
            country=country,
            subject=subject,
            verb=re.sub(r"\s+", " ", verb),
            view=view,
            subject_start=m.start("subject"),
            subject_end=m.end("subject"),
            view_start=view_start,
            view_end=view_start + len(view),
            takes_that=bool(m.group("that_verb")),
        )
    ]

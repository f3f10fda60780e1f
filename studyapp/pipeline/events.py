"""Tie a date to the event it belongs to: "the Tokyo Declaration of 1993",
"the 1960 Japan-US Security Treaty", "Russia's annexation of Crimea in March 2014"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.pipeline.control import opens_with_country

DOCUMENT_NOUNS = {
    "treaty",
    "agreement",
    "accord",
    "pact",
    "declaration",
    "convention",
    "deal",
    "charter",
    "protocol",
    "communique",
    "memorandum",
    "constitution",
    "resolution",
    "act",
}
EVENT_NOUNS = DOCUMENT_NOUNS | {
    "summit",
    "meeting",
    "talks",
    "visit",
    "trip",
    "annexation",
    "surrender",
    "election",
    "elections",
    "war",
    "invasion",
    "occupation",
    "conference",
    "forum",
    "referendum",
    "crisis",
    "attack",
    "bombing",
    "inauguration",
    "negotiations",
    "interview",
    "ceasefire",
    "armistice",
    "revolution",
    "independence",
    "collapse",
    "resignation",
    "abdication",
    "coup",
    "tour",
    "session",
    "congress",
    "ceremony",
    "games",
    "olympics",
    "launch",
    "deployment",
    "protest",
    "protests",
    "earthquake",
    "tsunami",
    "disaster",
    "dissolution",
    "reunification",
    "handover",
    "transfer",
    "normalisation",
    "normalization",
    "anniversary",
    "sanctions",
    "exercise",
    "exercises",
    "expedition",
    "landing",
}
_STOP_WORDS = {
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "that",
    "which",
    "who",
    "when",
    "after",
    "before",
    "since",
    "while",
    "until",
    "because",
    "although",
    "as",
    "but",
    "and",
    "or",
    "it",
    "he",
    "she",
    "they",
    "we",
    "not",
    "also",
    "only",
    "than",
    "then",
    "there",
    "this",
    "these",
    "those",
    "by",
    "for",
    "from",
    "into",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
}
_PAST_VERBS = {
    "began",
    "held",
    "took",
    "made",
    "gave",
    "came",
    "went",
    "saw",
    "met",
    "led",
    "left",
    "brought",
    "sought",
    "fought",
    "won",
    "struck",
    "broke",
    "built",
    "sent",
    "set",
    "put",
    "rose",
    "fell",
    "became",
    "told",
    "said",
    "got",
    "kept",
    "ran",
    "wrote",
    "drew",
    "hit",
    "cut",
    "shut",
    "let",
    "lost",
    "paid",
    "meant",
    "stood",
    "sat",
    "spoke",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "begins",
    "holds",
    "signs",
    "launched",
    "starts",
    "start",
    "begin",
    "hold",
    "sign",
}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our"}
_WEAK = re.compile(r"\b(?:the\s+two|both|these|those|its|their|his|her|our|this|that|it|they|them)\b", re.I)
_WORD = re.compile(r"[\w’'-]+(?:–(?=[A-Z])[\w’'-]+)*|[^\w\s]")  # "Italo–Ethiopian": one word


@dataclass(frozen=True)
class Event:
    phrase: str  # "the Tokyo Declaration"
    head: str  # "declaration"
    strong: bool  # names something specific (a proper noun, no pronoun or "the two")

    @property
    def is_document(self) -> bool:
        return self.head in DOCUMENT_NOUNS


_COMPLEMENT_PREPOSITIONS = frozenset({"on", "of", "for", "to", "with", "between", "over", "about", "in"})


_NAMED_BY_TOWN = re.compile(r"\b(treaty|convention|protocol|pact|accord|peace)(\s+of\s+)(?=[A-Z])")


def _capital_unless_country(m: re.Match[str]) -> str:
    """ "treaty of Nerchinsk" -> "Treaty of Nerchinsk"; "treaty of Japan and Russia" stays as it is."""
    if opens_with_country(m.string[m.end() :]):
        return m.group(0)
    return m.group(1).capitalize() + m.group(2)


def _finish(words: list[str]) -> Event | None:
    heads = [i for i, w in enumerate(words) if w.lower().rstrip("s") in EVENT_NOUNS or w.lower() in EVENT_NOUNS]
    if not heads:
        return None
    # "the agreement on visa-free visits to graves": the head comes before the first preposition; the
    # event nouns after it are what the thing is about
    first_prep = next((i for i, w in enumerate(words) if w in _COMPLEMENT_PREPOSITIONS), len(words))
    heads = [i for i in heads if i < first_prep] or heads
    head = words[heads[-1]].lower()
    after = words[heads[-1] + 1 : heads[-1] + 2]
    if head in DOCUMENT_NOUNS and after and after[0][:1].isupper():
        return None  # "the League of Nations Treaty Series", "the North Atlantic Treaty Organization": no document
    named_from = next(
        (
            i + 1
            for i in range(heads[-1] - 1, 0, -1)
            if words[i] == "of" and words[i - 1][:1].islower() and words[i - 1].lower() not in _DETERMINERS
        ),
        0,
    )
    if head in DOCUMENT_NOUNS and named_from and all(w[:1].isupper() for w in words[named_from : heads[-1]]):
        # "on the basis of Joint Soviet-Japanese Declaration": the document, not "the basis of" it
        words = ["the", *words[named_from:]]
        heads = [heads[-1] - named_from + 1]
    if head in DOCUMENT_NOUNS and "in" in words[heads[-1] :]:
        # "the San Francisco Peace Treaty in San Francisco": where a document was signed is no part of its name
        words = words[: words.index("in", heads[-1])]
    phrase = " ".join(words).replace(" ’s", "’s").replace(" 's", "'s")
    # "the treaty of Nerchinsk": a document named by its town is a name, in capitals (both blind reviewers of
    # sets 280-281 failed the lower-case "treaty" copied from the source); "the treaty of Japan and Russia" is not
    phrase = _NAMED_BY_TOWN.sub(_capital_unless_country, phrase)
    # "the postwar Versailles Treaty": after which war, the question does not say (a blind reviewer of the
    # session-25 pooled sample failed it); the name alone says which treaty
    phrase = re.sub(r"\b(?:post-?war|war-?time|pre-?war)\s+(?=[A-Z])", "", phrase)
    phrase = re.sub(r"^(?:a|an)\s+", "the ", phrase)
    phrase = re.sub(r"^The\s+", "the ", phrase)
    if not re.match(r"^(?:the|[A-Z])", phrase) and not phrase.startswith(("its", "their", "his", "her")):
        phrase = "the " + phrase
    proper = any(w[:1].isupper() for w in words if w.lower() not in _DETERMINERS)
    strong = proper and not _WEAK.search(phrase)
    return Event(phrase=phrase, head=head if head in EVENT_NOUNS else head.rstrip("s"), strong=strong)


def event_before(text: str, date_start: int, date_end: int | None = None) -> Event | None:
    """ "<event phrase> in|of|on <date>": walk back from the preposition before the date."""
    left = text[:date_start]
    date_end = date_start if date_end is None else date_end
    # "at the Yalta conference, February 1945": a date set after the event in commas
    m = re.search(r"\b(?:in|of|on|at)\s+(?:the\s+)?$", left) or re.search(r"(?<=[a-z]),\s+$", left)
    # "the Salomón-Lozano Treaty (1922)": a year in brackets after the document's name
    bracketed = re.search(r"(?<=[A-Za-z])\s+\($", left) if re.match(r"\)", text[date_end:]) else None
    m = m or bracketed
    if not m:
        return None
    apposed = m.group(0).startswith(",") or m is bracketed
    tokens = _WORD.findall(left[: m.start()])
    words: list[str] = []
    acted_by = ""  # the verb before the phrase's determiner ("breaking the … Treaty on …")
    for tok in reversed(tokens):
        low = tok.lower()
        if not re.match(r"[\w’'-]", tok) or low in _STOP_WORDS:
            break
        if tok[:1].islower() and (
            (re.search(r"(?:ed|ing)$", low) and low.rstrip("s") not in EVENT_NOUNS) or low in _PAST_VERBS
        ):
            if words and words[0].lower() not in _DETERMINERS:
                # "it declared war on Japan on August 8, 1945": "war on Japan" is what was declared,
                # not an event's name ("In what year did the war on Japan take place?")
                return None
            break
        words.insert(0, tok)
        if low in _DETERMINERS or (tok.endswith(("’s", "'s")) and tok[:1].isupper()):
            at = len(tokens) - len(words) - 1
            if low in _DETERMINERS and at >= 0 and tokens[at][:1].islower():
                acted_by = tokens[at].lower()
            break
        if len(words) >= 9:
            break
    if apposed and not (words and words[-1].lower().rstrip("s") in EVENT_NOUNS):
        return None  # "…, said officials, February 1945": only an event's own name takes a date in commas
    # Drop words after the last event noun that are not "of/to/with/in + Name" complements.
    event = _finish(words) if words else None
    acted = re.search(r"(?:ing|ed)$", acted_by) and acted_by not in ("signed", "signing", "concluded", "concluding")
    if event is not None and event.is_document and acted and m.group(0).split()[0] in ("in", "on"):
        # "by breaking the Soviet-Japanese Neutrality Treaty on August 9, 1945": the date is the breaking's,
        # not the treaty's (both blind reviewers of sets 84-85 failed "… Neutrality Treaty signed?" 1945)
        return None
    return event


def event_after(text: str, date_end: int) -> Event | None:
    """ "the 1960 Japan-US Security Treaty": the date used as a modifier."""
    before = text[:date_end]
    # ("The 1905 Treaty of Portsmouth, concluded after …": a sentence may open with the phrase)
    if not re.search(r"\b(?:[Tt]he|[Aa]n?|[A-Z][\w]*’s|[A-Z]\w*'s)\s+\S+$", before):
        return None
    m = re.match(r"\s+((?:[\w’'-]+\s*){1,5})", text[date_end:])
    if not m:
        return None
    words = m.group(1).split()
    for i, w in enumerate(words):
        if w.lower() in _STOP_WORDS or w.lower() in ("between", "with", "of", "on", "in"):
            words = words[:i]
            break
    while words and words[-1].lower() not in EVENT_NOUNS:
        words.pop()
    if not words:
        return None
    rest = text[date_end + len(m.group(0)) - len(m.group(1)) :]
    rest = rest[len(" ".join(words)) :] if rest.startswith(" ".join(words)) else ""
    comp = re.match(
        r"(\s+(?:between|with|of|on|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?(?:the\s+)?[A-Z][\w-]*){0,4})", rest
    )
    det = re.search(r"(\S+)\s+\S+$", before)
    lead = re.sub(r"^[“\"‘'(]+", "", det.group(1)) if det else "the"  # "“The 1956 …" opens a quotation
    phrase_words = [lead, *words] + (comp.group(1).split() if comp else [])
    return _finish(phrase_words)


_NAMED_NP = r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*)?"
_PASSIVE_BEFORE = re.compile(
    rf"(?P<np>{_NAMED_NP})(?:\([^()]{{2,80}}\)\s+)?(?:,[^,]{{3,80}},\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:signed|concluded|agreed|ratified|adopted|issued|reached|announced|approved|drawn\s+up|proclaimed)"
    # "signed by the Russian Soviet Federative Socialist Republic (part of the Soviet Union) and Estonia on …": the
    # parties, however long their names, with an aside in brackets
    r"(?:(?:\s+\w+){0,4}?|\s+by\s+(?:the\s+)?[A-Z][^.;:“”\"]{2,110}?)\s+(?:in|on)\s+$"
)
# ("The Treaty of Craiova (Крайовска спогодба; …) was signed on 7 September 1940": its names in other
# languages, in brackets, are no part of the sentence's grammar)
# "the Treaty of Shimoda, signed in 1855, …", "the Simoda Treaty signed by A and B in 1855": a named
# document dated by the participle set after it (its last word may end the phrase, before a comma)
_APPOSED_SIGNED = re.compile(
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    # ("the Soviet-Japanese Neutrality Pact, which was signed in April 1941")
    r",?\s+(?:(?:which|that)\s+(?:was|had\s+been)\s+)?(?:signed|concluded)(?:\s+by\s+[^,;:()“”\"]{3,60}?)?\s+(?:in|on)\s+$"
)
_NP_AFTER_DATE = re.compile(
    r",?\s+(?P<np>the\s+(?:[A-Z][\w’'-]*\s+){1,5}(?:of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
)
# "48 nations signed the San Francisco Peace Treaty at the Opera House in San Francisco, on September 8,
# 1951": a named document signed, then where, then when, in one clause ("and", "after" … start another)
_SIGNED_THEN_DATE = re.compile(
    r"\b(?:signed|concluded|ratified)\s+(?P<np>the\s+(?:[A-Z][\w’'-]*\s+){1,5}(?:of\s+(?:the\s+)?[A-Z][\w’'-]*\s*)?)"
    r"(?:(?!\b(?:and|but|or|after|before|when|while|which|who|that|until|since|following)\b)[^.;:“”\"\d]){0,80}?"
    r"(?:,\s+|\s+)(?:in|on)\s+$"
)
# "In 1951, 48 nations signed the San Francisco Peace Treaty": the document is what the dated clause made
_SIGNED_AFTER_DATE = re.compile(
    r",\s+(?:(?!\b(?:and|but|or|after|before|when|while|which|who|that|said|says)\b)[^,.;:“”\"]){1,60}?\s+"
    r"(?:signed|concluded|ratified)\s+(?P<np>the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)?)"
)


def event_subject(text: str, start: int, end: int) -> Event | None:
    """ "The Treaty of Madrid was signed in 1670", "In 1855, the Treaty of Shimoda…", "the Treaty of
    Shimoda, signed in 1855, …": a named document as the subject of the clause that dates it."""
    m = _PASSIVE_BEFORE.search(text[:start]) or _APPOSED_SIGNED.search(text[:start])
    opening = text[:start][max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1 :]
    # "In 1855, the Treaty of Shimoda …": the date opens the sentence; not "After the U.S. Army seized Mexico
    # City in 1847, the Treaty of Guadalupe Hidalgo ended the war" (the year is the seizure's)
    if m is None and re.search(r"\b[Ii]n\s+$", text[:start]) and len(opening.split()) <= 3:
        m = _NP_AFTER_DATE.match(text, end) or _SIGNED_AFTER_DATE.match(text, end)
    if m is None:
        m = _SIGNED_THEN_DATE.search(text[:start])
    if m is None:
        return None
    words = m.group("np").split()
    ev = _finish(words)
    return ev if ev is not None and ev.is_document and ev.strong else None


def event_for(text: str, start: int, end: int) -> Event | None:
    return event_after(text, end) or event_before(text, start, end) or event_subject(text, start, end)

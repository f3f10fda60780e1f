"""The words a person said, made ready for a question: cleaned of the reporter's glosses, put in
reported speech after a past time, their opening lowered after "that", and a guess at where a
speaker's name comes from (so that wrong choices look like the key).

Qt-free and stateless: the question writer (the ``questions`` package) decides what is asked; this module
only words what it asks.
"""

from __future__ import annotations

import re

from studyapp.pipeline import clauses
from studyapp.pipeline.people import FAMILY_FIRST, JAPANESE_FAMILY, looks_japanese
from studyapp.pipeline.text import capitalize

_HEDGE = re.compile(
    r"\b(?:most\s+likely|probably|perhaps|presumably|reportedly|apparently|allegedly|supposedly|is\s+said\s+to|"
    r"is\s+believed\s+to|may\s+have|might\s+have|must\s+have|it\s+seems|it\s+is\s+likely)\b",
    re.I,
)
# "…, following an interview with an official who reportedly expressed a different view": a hedge
# in a relative clause is about that clause's noun, not about whether the words were said
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which)\s+(?:\w+\s+){0,2}$", re.I)


def hedged(sentence: str) -> bool:
    """Does the sentence only guess that the words were said ("reportedly said", "most likely")? A hedge
    inside the quotation marks is the speaker's own ("“… will probably not go beyond that,” Kimura said")."""
    narration = re.sub(r"“[^“”]*”|\"[^\"]*\"", lambda m: " " * len(m.group(0)), sentence)
    return any(not _RELATIVE_BEFORE.search(narration[: m.start()]) for m in _HEDGE.finditer(narration))


# "will" and "can" as modals outside quotation marks, as reported speech puts them after a past
# "said" ("political will", "the will of the people" are nouns: a verb must follow)
_FUTURE_MODAL = re.compile(
    r"(?<![\w’'-])(?P<modal>will|won[’']t|cannot|can[’']t|can)(?=(?:\s+(?:not|never|also|still|soon|now))?\s+[a-z]+\b)"
)
_NOUN_WILL = re.compile(
    r"\b(?:the|a|political|good|free|own|his|her|its|their|our|my|of|with|without|against)\s+$", re.I
)
_PAST_MODAL = {"will": "would", "won’t": "wouldn’t", "won't": "wouldn't", "can": "could", "cannot": "could not"}
_PAST_MODAL |= {"can’t": "couldn’t", "can't": "couldn't"}


def backshift(view: str) -> str:
    """ "Russia will keep visiting" -> "Russia would keep visiting", "cannot" -> "could not", for
    words reported after a past time; words inside quotation marks stay as they were said."""
    out, quoted = [], False
    for piece in re.split(r"([“”\"])", view):
        if piece in ("“", "”", '"'):
            quoted = piece == "“" or (piece == '"' and not quoted)
            out.append(piece)
        else:
            out.append(piece if quoted else _backshift_unquoted(piece))
    return "".join(out)


def _backshift_unquoted(words: str) -> str:
    def past(m: re.Match[str]) -> str:
        return m.group(0) if _NOUN_WILL.search(words[: m.start()]) else _PAST_MODAL[m.group("modal").lower()]

    return _FUTURE_MODAL.sub(past, words)


# ", which have been claimed by Japan" closing a reported view: the reporter's gloss on a place
CLOSING_ASIDE = re.compile(
    r",\s+which\s+(?:have|has|had|are|is|was|were)\s+[^,;:()“”\"]{3,80}$|"
    # "…, which Moscow considers part of the Chukotka Autonomous territory": the reporter's gloss
    r",\s+which\s+(?:the\s+)?[A-Z][\w’'-]*\s+(?:considers|calls|regards|sees|claims|describes)\s+[^,;:()“”\"]{3,80}$|"
    # "…, following a newspaper interview with an official who …": the reporter's circumstance
    r",\s+(?:following|amid|in\s+the\s+wake\s+of)\s+(?:a|an|the|his|her|their|its|this|last|recent)\b[^;:()“”\"]{3,200}$"
)


# Words that open a quoted sentence and are lower-case inside a reported one ("It's too optimistic …" ->
# "that it's too optimistic …"); a quotation opening with any other word (a name) is not reported.
REPORTABLE_OPENING = re.compile(
    r"^(?:It|It's|It’s|There|There's|There’s|This|That|These|Those|The|A|An|Such|Any|No|Nothing|Both|Neither"
    r"|If|Unless|Without|Whether|Economic|Political|Territorial|Relations|Talks|Progress|Nobody|None"
    r"|One|Two|Three|Four|Some|Many|Most|Every|Each|All|Another)\b"
)


def lower_opening(view: str, text: str) -> str:
    """A reported sentence's opening word in lower case after "that": "One potential area would be
    …, he said" -> "one potential area would be …" (a blind review failed "Who said that One …?"). A
    name keeps its capital: only a word the article also writes in lower case is lowered."""
    m = re.match(r"([A-Z][a-z]+)\b", view)
    if m is None or not (REPORTABLE_OPENING.match(view) or re.search(rf"\b{m.group(1).lower()}\b", text)):
        return view
    return f"{view[:1].lower()}{view[1:]}"


def reported_quote(quote: str) -> str | None:
    """A whole quoted sentence as reported speech, a choice among other people's reported views:
    "It's too optimistic to expect …" -> "That it's too optimistic to expect …"; None when the
    sentence opens with a name (whose capital must stay) or is in the first person."""
    if not REPORTABLE_OPENING.match(quote) or FIRST_PERSON_WORD.search(quote):
        return None
    return capitalize(f"that {quote[:1].lower()}{quote[1:]}".rstrip(" .!"))


def without_speakers_next_act(view: str) -> str:
    """ "the visit was very regrettable and fired its ambassador" -> "the visit was very regrettable":
    after a complement, "and" + a past-tense verb + its object is what the speaker did next."""
    for m in re.finditer(r"\s+and\s+(?:then\s+|also\s+)?([a-z]+)\s+(?:its|his|her|their|the|a|an)\b", view):
        before = re.findall(r"[A-Za-z’'-]+", view[: m.start()])
        previous = before[-1].lower() if before else ""
        if clauses.past_tense_lemma(m.group(1)) and not (
            clauses.past_tense_lemma(previous) or clauses.is_participle(previous)
        ):
            return view[: m.start()]
    return view


def clean_view(text: str) -> str:
    """One line, no closing full stop or comma (also inside a final quotation mark)."""
    view = re.sub(r"\s+", " ", text).strip()
    inner = re.fullmatch(r"['‘](.{8,}?)[.,;:!]*['’]", view)
    if inner:  # "''The sovereignty … remains unclear,''": quotation marks written as two apostrophes
        view = inner.group(1)
    view = re.sub(r"''([^'“”\"]{2,80}?)''", r"“\1”", view)  # "a ''creative approach''" inside the words
    view = re.sub(r"[.,;:!]+([”\"’])$", r"\1", view)
    return view.rstrip(".,;:")


_RUSSIAN_GIVEN = frozenset(
    (
        *("Sergei", "Sergey", "Dmitry", "Dmitri", "Vladimir", "Nikolai", "Nikolay", "Yevgeny", "Evgeny"),
        *("Andrei", "Andrey", "Mikhail", "Boris", "Alexei", "Alexey", "Aleksei", "Yuri", "Yury", "Igor"),
        *("Fyodor", "Viktor", "Anatoly", "Oleg", "Pavel", "Konstantin", "Gennady", "Vyacheslav", "Valentina"),
    )
)


def name_origin(person: str) -> str:
    """A rough guess at where a name comes from, so that wrong choices look like the key:
    "ru" (Lavrov, Lukyanov), "ja" (Hakamada, Iwashita), "zh/ko" (Shen Dingli), else "other"."""
    words = person.split()
    if len(words) >= 2 and (words[0] in JAPANESE_FAMILY or words[-1] in JAPANESE_FAMILY):
        return "ja"
    if len(words) >= 2 and words[0] in FAMILY_FIRST:
        return "zh/ko"
    last = words[-1]
    if re.search(r"(?:ov|ev|yov|in|sky|skiy|skaya|enko|uk|ova|eva|ina)$", last) or (
        len(words) >= 2 and words[0] in _RUSSIAN_GIVEN
    ):
        return "ru"  # "Sergei Shoigu", "Nikolai Patrushev"
    if looks_japanese(person):
        return "ja"
    return "other"


def unquote(text: str) -> str:
    """A reported view's inner quotation marks, which would single the key out among choices."""
    return re.sub(r"[“”\"]", "", text)


def quotes_ok(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


FIRST_PERSON_WORD = re.compile(r"\b(?:I|we|our|us|my|me)\b")

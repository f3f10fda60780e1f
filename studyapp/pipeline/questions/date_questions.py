"""Questions about dates: the year of a dated act, an event or a document, who did a dated act,
and deadlines, with wrong years near the key and none that is also true."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from studyapp.pipeline import clauses, held_events
from studyapp.pipeline import dates as D
from studyapp.pipeline.control import (
    capital_country,
    capitals_as_countries,
    country_mentions,
    country_of_word,
    is_country,
    is_country_adjective,
    same_holder,
    the_two_countries_in,
    without_countries,
)
from studyapp.pipeline.distractors import pick, rotated, year_distractors
from studyapp.pipeline.model import Fact, FactKind
from studyapp.pipeline.people import FULL_NAME, is_demonym, is_name, is_role, surname_of, trim_name
from studyapp.pipeline.places import PlaceGroup, PlaceMention
from studyapp.pipeline.quality import Score, strip_any_connective, words
from studyapp.pipeline.questions.base import _ORG_WORD, _PLURAL_PLACE, _TREATY_HEADS, _not_unique
from studyapp.pipeline.questions.documents import (
    DOCUMENT_KINDS,
    capital_named_document,
    city_of_lower_case_document,
    counted_parties_document,
    generic_document,
    is_generic_document,
)
from studyapp.pipeline.questions.people_questions import _OTHER_SPEAKER, _one_per_family
from studyapp.pipeline.questions.place_questions import _NUMBER_WORDS, _act_kind, _with_the
from studyapp.pipeline.questions.view_questions import ViewQuestions
from studyapp.pipeline.reported_words import name_origin
from studyapp.pipeline.text import capitalize, normalize, the_name

# "The four disputed Pacific islands, known as … in Russia, were …": the islands opening a passive
_ISLANDS_SUBJECT = re.compile(
    r"^(?:The|These|Those)\s+(?:(?P<count>two|three|four|five|six)\s+)?(?:(?!(?:were|was)\b)[a-z][\w’'-]*\s+){0,3}"
    r"(?:[A-Z][a-z]+\s+)?(?:islands|isles|islets)(?:,\s+[^,;:()“”\"]{3,120},)?\s+(?:were|was)\s+(?=[a-z]+ed\b)"
)

# "withdraw from Lebanon", "pull its troops out of Lebanon"
_WITHDRAWN_FROM = re.compile(
    r"\b(?:withdraw|pull)\b(?:\s+(?:its|their|the|all)?\s*(?:[a-z]+\s+){0,2}?(?:troops|forces|soldiers))?"
    r"\s+(?:out\s+)?(?:from|of)\s+(?P<whence>[A-Z][\w’'-]*)\?$"
)

# "In what year did the court rule in favor of Copenhagen?": a ruling for one side, with neither the case
# nor the other side said (both blind reviewers of the late rules of session 21 failed it)
_RULING_FOR_ONE_SIDE = re.compile(r"\b(?:rule|decide|find)\s+(?:in\s+favou?r\s+of|for|against)\s+[^,?]{1,40}\?$")
# Bodies that did not exist before a year: an act of theirs dated earlier is the source's slip ("the
# International Court of Justice, which in 1933 ruled …": the Permanent Court of International Justice)
_FOUNDED = {
    "International Court of Justice": 1946,
    "United Nations": 1945,
    "European Union": 1993,
    "NATO": 1949,
    "Russian Federation": 1991,
}

_INDEPENDENCE = re.compile(
    r"\b(?:become|became)\s+independent\b|\b(?:gain|win|declare|achieve|obtain|proclaim)\s+(?:its\s+|their\s+)?independence\b"
)
# what a visit is to: "to visit the graves of their ancestors" (the words after "visit" up to the end)
_VISIT_OBJECT = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?P<what>[^?]+)\?$")

# "In what year did hundreds of Russians protest against …?": a crowd's rally, one of many, news of its day;
# "… submit a list of investment projects on the … islands?": an office's paperwork (both blind reviewers
# of the session-21 census of the dev sets flagged each as not worth asking)
_NEWS_OF_ITS_DAY = re.compile(
    r"\bdid\s+(?:some\s+|several\s+|many\s+)?(?:hundreds|thousands|dozens|tens\s+of\s+thousands)\s+of\b"
    r"|\b(?:submit|present|send|hand\s+over)\s+(?:a|an|the)\s+list\s+of\b"
)

# "four islands off Hokkaido": the place after it says where another lies
_LOCATOR_BEFORE = re.compile(
    r"\b(?:off|near|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?$"
)

# "In what year did Abe return to power?": a leader's time in office is the country's own politics, not
# the dispute (both blind reviewers of sets 202-203 flagged it as not worth asking)
_TERM_OF_OFFICE = re.compile(
    r"\b(?:return|come|rise|sweep)\s+(?:back\s+)?to\s+power\b|\b(?:take|leave|assume)\s+office\b"
    r"|\bstep\s+down\b|\bbe\s+(?:re-?)?elected\b|\b(?:win|lose)\s+(?:the\s+|a\s+)?(?:\w+\s+)?elections?\b"
)

# "In what year did Russia invade its neighbor?": the other party only by its relation to the doer, so
# which one the question does not say (Georgia in 2008, Ukraine in 2014 and 2022; a blind reviewer of
# sets 192-193 failed it)
_RELATION_ONLY = re.compile(
    r"\b(?:its|their|his|her)\s+(?:\w+\s+)?(?:neighbou?rs?|ally|allies|rivals?|enemy|enemies|adversary|"
    r"adversaries|partners?|foes?)\b(?!\s+(?:of|in)\b)"
)

# Measures one state takes against another time after time
_RENEWED_MEASURE = re.compile(
    r"\b(?:impose|lift|extend|tighten|ease|expand|widen)\b[^?]*\bsanctions\b|\blodge\b[^?]*\bprotests?\b"
    # "agree to start discussions on economic cooperation": sides agree to talk, and to talk again, year
    # after year (both blind reviewers of sets 116-117 found other years as true)
    r"|\bagree\s+to\s+(?:start|begin|hold|open|launch)\s+(?:\w+\s+){0,2}?"
    r"(?:talks|discussions|negotiations|consultations|dialogue)\b"
    # "agree to discuss joint economic activities": an agreement to talk (one blind reviewer of sets
    # 192-193 found the 2018 and 2019 rounds as true)
    r"|\bagree\s+to\s+(?:discuss|talk\s+about|explore|study)\b"
    # "In what year did Putin and Abe hold meetings in Japan?": leaders meet year after year (they met in
    # Japan in 2016 and 2019; a blind review of sets 158-159 failed it)
    r"|\b(?:hold|have)\s+(?:\w+\s+){0,2}?(?:meetings?|talks|summits?|consultations|a\s+summit)\b|\bmeet\s+(?:with\s+)?[A-Z]"
    # "agree to speed up work on a peace treaty": leaders pledge to hurry the talks at summit after summit
    # (2013, 2016, 2018: both blind reviewers of sets 186-187 failed it with 2016 among the choices); "on the
    # basis of the 1956 declaration" says which pledge
    r"|\bagree\s+to\s+(?:speed\s+up|accelerate|step\s+up|intensify|continue|push\s+forward)\b"
    r"(?![^?]*\b(?:on\s+the\s+basis\s+of|based\s+on)\b)"
)

# "In what year did Putin propose to finalise a peace treaty within the year?": the act counts its own
# time by the year asked, and the question reads "year" twice for two things (both blind reviewers of sets
# 246-247 failed it)
_OWN_YEAR_IN_ACT = re.compile(
    r"\b(?:within|by\s+the\s+end\s+of|before\s+the\s+end\s+of|later(?:\s+in)?|earlier(?:\s+in)?)\s+"
    r"(?:the|that|this)\s+(?:same\s+)?year\b|\b(?:that|the\s+same)\s+year\b"
)

# "In what year did the Russian military announce that it had installed further Bastion missiles on Matua?":
# one more of a kind, the first and the others undated (both blind reviewers of sets 244-245 flagged it)
_ONE_MORE = re.compile(r"\b(?:install|deploy|station|send|add|build|place)\w*\s+(?:further|additional|more|extra)\b")

# "In what year did Tajikistan and China agree to the revised border?": which revision, the question leans on
# the article to say (both blind reviewers of the session-24 pooled sample failed it)
_BACK_REFERENCE = re.compile(
    r"\bthe\s+(?:revised|new|amended|proposed|current|final|updated|same|latest|modified|existing)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+\?$"
)

# "In what year did Turkmenistan and Azerbaijan sign a deal?": a deal named by nothing but its kind (the
# two had signed many; both blind reviewers of sets 248-249 failed it)
_UNNAMED_DEAL = re.compile(
    r"\b(?:sign|reach|conclude|strike|make|agree\s+on)\s+(?:a|an)\s+(?:deal|agreement|accord|pact|treaty)\?$"
)

# "In what year did the Security Council pass Resolution 278?": a document known by its number alone says
# nothing of what it was about (both blind reviewers of sets 272-273 failed it as a number to memorise)
_NUMBERED_ONLY = re.compile(
    r"\b(?:[Rr]esolution|[Dd]ecree|[Oo]rder|[Dd]ecision|[Dd]irective|[Bb]ill|[Ll]aw|[Pp]rotocol|[Aa]rticle)\s+"
    r"(?:[Nn]o\.\s*)?\d+(?:/\d+)?\?$"
)

# An agreement made, in a question or a headline: "agree to the revised border", "sign border agreement"
_AGREEMENT_WORD = re.compile(
    r"(?i)\b(?:agree[sd]?|agreements?|sign(?:s|ed)?|treaty|treaties|deal|accord|pact|ratif(?:y|ies|ied)|conclude[sd]?)\b"
)

# "suspend peace treaty negotiations", "resume talks": talks, with whom not said after them
_TALKS_ALONE = re.compile(
    r"\b(?:(?:peace(?:\s+treaty)?\s+)?(?:negotiations|talks)|(?:a|the)\s+peace\s+treaty)\b(?!\s+(?:with|between)\b)"
)
# "launch the first charter flight to …", "open a ferry route": how people get there
_TRANSPORT = re.compile(r"\b(?:charter\s+)?flights?\b|\bferry\b|\bferries\b|\b(?:air|shipping|sea)\s+routes?\b", re.I)

# Acts whose year is not asked, and why (each pattern's comment says which blind review asked for it)
# "In what year was Myanmar divided?": a division with nothing said of its parts (into what, between whom,
# from what) teaches no event (both blind reviewers of sets 300-301 failed it: Burma was separated from
# British India, not divided); "In what year was Korea divided along the 38th parallel?" says which
_BARE_DIVISION = re.compile(r"^In what year (?:was|were) [^?]+? (?:divided|split|partitioned|separated)\?$")

_ACTS_NOT_DATED: tuple[tuple[re.Pattern[str], str], ...] = (
    (_BARE_DIVISION, "a division with nothing said of its parts ('was divided'): into what, from what?"),
    (_RULING_FOR_ONE_SIDE, "a ruling for one side, with neither the case nor the other side said"),
    # "In what year did Croatia become independent?": declared in 1991, recognised in 1992 (a blind reviewer
    # of the pooled dev sets failed it as teaching an inaccurate fact), and no dispute's fact
    (_INDEPENDENCE, "a country's independence: background, not the dispute"),
    (_NEWS_OF_ITS_DAY, "a crowd's rally or an office's list of projects: news of its day, not the dispute"),
    (_TERM_OF_OFFICE, "a leader's term of office (the country's own politics), not the dispute"),
    (_RELATION_ONLY, "the act's other party is named only by its relation ('its neighbor'): which?"),
    # "In what year did Japan impose sanctions on Russia?": sanctions are imposed, widened and lifted again
    # and again (2014 and 2022 both; a blind review failed it as ambiguous)
    (_RENEWED_MEASURE, "a measure taken again and again (sanctions, protests, talks): which time is not said"),
    # "… launch the first charter flight to the Kuril Archipelago for … to visit the graves …": how people got
    # there, not the dispute (both blind reviewers of the session-23 late rules flagged it)
    (_TRANSPORT, "a flight, ferry or route opened: logistics, not the dispute"),
    (_OWN_YEAR_IN_ACT, "the act counts its time by the year asked ('within the year'): the question reads it twice"),
    (_UNNAMED_DEAL, "a deal named by nothing but its kind ('sign a deal'): which one?"),
    (_NUMBERED_ONLY, "a document known by its number alone ('pass Resolution 278'): about what?"),
    (_ONE_MORE, "one more of a kind ('installed further missiles'): the others' years are not said"),
    (_BACK_REFERENCE, "an object the article named before ('the revised border'): which one, the question leans on it"),
)

_CITATION_BEFORE = re.compile(r"\(\s*[A-Z][\w.’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?,?\s*$")

_DATED = ("year", "month", "day", "range")  # precisions that date an event (not weekdays, seasons, decades)

# "Japan's surrender in World War II", "the end of the Second World War": the years every learner
# knows; a question on them tests nothing the articles teach.
_WORLD_LANDMARK = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:[\w’'-]+\s+){0,4}?(?:of|in|during)\s+(?:the\s+)?)?"
    r"(?:World\s+War\s+(?:I|II|One|Two|1|2)|(?:First|Second)\s+World\s+War)$"
    r"|^(?:the\s+)?(?:Japan|Germany)[’']s\s+(?:(?:World\s+War\s+(?:II|Two|2)|wartime)\s+)?(?:surrender|defeat)$"
    # the war's end by its document ("the Terms of Surrender": both blind reviewers of sets 266-267 failed
    # "In what year did the Terms of Surrender take place?", whose surrender unsaid and the year a given)
    r"|^(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:Instrument|Terms)\s+of\s+Surrender$"
    # the peace that ended the First World War ("In what year was the Versailles Treaty signed?": a blind reviewer
    # of the session-25 late rules flagged it as a date every student knows, the article's plebiscite untested)
    r"|^(?:the\s+)?(?:Versailles\s+(?:Peace\s+)?Treaty|(?:Peace\s+)?Treaty\s+of\s+Versailles)$"
    # "the Six-Day War", "the Korean War": a war known by its name is general history, background to a
    # dispute (a blind review of sets 94-95 flagged "In what year did the Six-Day War take place?")
    r"|^(?:the\s+)?(?:[A-Z][\w’'–-]*\s+){1,3}War$"
    # "the October Revolution", "the French Revolution": the same for a revolution known by its name (both
    # blind reviewers of sets 172-173 flagged "In what year did the October Revolution take place?")
    r"|^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,2}Revolution$"
)

# "In what year did Japan surrender in World War II?", "… did Japan formally surrender to the Allied
# Powers?": the same landmark worded as an act.
_LANDMARK_ACT = re.compile(
    r"(?i)\b(?:Japan|Germany)\s+(?:[a-z]+ly\s+)?(?:surrender|capitulate)\b|\b(?:surrender|end)\b[^?]*\b(?:World\s+War|Second\s+World\s+War)\b"
    # "sign an act on Japan's capitulation": the year is the war's end (the relative clause of a general's
    # name, "who signed an act on Japan's capitulation on Sept. 2, 1945"); not "seized the islands after
    # Japan's surrender", the dispute's own act
    # "sign the Japanese Instrument of Surrender": the war's end by its document
    r"|\b(?:Instrument|Terms)\s+of\s+Surrender\b"
    r"|\b(?:act|instrument|documents?|deed)\s+(?:of|on)\s+(?:the\s+)?(?:Japan|Germany)[’']s\s+(?:\w+\s+)?"
    r"(?:surrender|capitulation)\b"
    # "In what year did Japan sign surrender documents?" (both blind reviewers of the pooled dev sets of
    # session 21 flagged it as general knowledge of the war)
    r"|\b(?:Japan|Germany)\s+(?:\w+\s+){0,2}?sign\s+(?:the\s+)?(?:\w+\s+)?(?:surrender|capitulation)\s+"
    r"(?:documents?|instruments?|terms|act)\b"
)

# An office before a person's name in a year question: "President Dmitry Medvedev", "Russian Prime
# Minister Mikhail Mishustin", "then-President Medvedev"
_OFFICE_BEFORE_NAME = re.compile(
    r"\b(?:then-|former\s+)?(?:(?:[A-Z][a-z]+|US|U\.S\.)\s+){0,2}"
    r"(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|Defen[cs]e\s+Minister)\s+"
    r"(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ſ]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)+\b)"  # "Edvard Beneš" too
)

# "In what year did Medvedev first visit Kunashiri?", "… did Gorbachev become the first Soviet leader
# to visit Japan?", "… did Soviet troops seize the Northern Territories?"
_DATED_ACT = re.compile(
    r"In what year did (?P<who>.+?) (?:first )?(?:become the first [\w-]+ (?:leader|president|premier) to )?"
    r"(?P<verb>visit|travel to|go to|fly to|seize|occupy|annex|capture)\b(?P<rest>.*)\?$"
    # "Since what year have Soviet troops occupied …?": the seizure, told by the hold it began
    r"|Since what year (?:have|has) (?P<holder>.+?) (?P<held>occupied|held|controlled)\b(?P<held_rest>.*)\?$"
)


# A holder that is gone: the Soviets, the Soviet Union, the USSR, Soviet troops
# "…, signed in 1297 between …, established new borders and transferred the town of Olivenza to Portugal": what a
# document did to a place, right after its name and an aside
_HANDED_OVER = re.compile(
    r"(?:,[^,;.]{0,100},)?\s+(?:[a-z][^,;.]{0,60}?\s+and\s+)?(?P<verb>transferred|ceded|gave|awarded|assigned)\s+"
    r"(?P<what>(?:the\s+(?:town|city|island|islands|islets?|region|province|territory|village|district)\s+of\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+to\s+(?P<to>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
)

_GONE_HOLDER = re.compile(r"(?:the\s+)?(?:Soviets|Soviet\s+Union|USSR|Soviet\s+(?:troops|forces|army))")
_BEGAN = {"occupied": "occupy", "held": "take", "controlled": "take control of"}


# "a treaty with the Soviet Union ceding Carpathian Ruthenia to the Soviet Union": the party named twice (a blind
# reviewer of the session-25 pooled sample failed it as repeating itself); the receiving end says it once
_WITH_THEN_TO = re.compile(
    r"\s+with\s+(?P<party>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s.*\bto\s+(?P=party)\b)"
)
# "did India give away Katchatheevu": one side's loaded words (the same reviewer); "cede" says the act plainly
_LOADED_VERBS = ((re.compile(r"\bgive away\b"), "cede"), (re.compile(r"\bgave away\b"), "ceded"))


_FIRST_OF_A_BROAD_CLASS = re.compile(
    r"\bthe\s+first\s+(?:[\w-]+\s+){0,2}(?:official|politician|person|figure|dignitary|visitor|lawmaker)s?\s+to\b"
)


def _worded_plainly(prompt: str) -> str:
    """A year question with its party named once and one side's loaded verb put plainly."""
    prompt = _WITH_THEN_TO.sub("", prompt, count=1)
    for loaded, plain in _LOADED_VERBS:
        prompt = loaded.sub(plain, prompt)
    return prompt


def _kind_and_parties_only(event: str) -> bool:
    """ "the declaration between Japan and the Soviet Union", "a Soviet-Japanese agreement": a document's
    kind, in lower case, and its parties, with no name, place or provision; or, in capitals, a treaty
    named by its two parties alone ("the Anglo-German Treaty": the two signed several; a blind review of
    sets 168-169 failed it). "The Soviet-Japanese Joint Declaration" is a name."""
    paired = re.fullmatch(
        r"(?:the\s+|an?\s+)?(?P<pair>[A-Z][a-z]+[-–][A-Z][a-z]+)\s+(?:Treaty|Agreement|Accord|Pact)", event
    )
    if paired and all(_party_half(h) for h in re.split(r"[-–]", paired["pair"])):
        return True
    if not re.search(r"\b(?:declaration|treaty|agreement|accord|pact|communiqu[eé]|statement|deal)\b", event):
        return False  # "the Joint Declaration" in capitals is a name
    cap = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    rest = re.sub(rf"\b(?:between|with)\s+{cap}(?:\s+and\s+{cap})?", "", event)  # the parties, whoever they are
    # "a Russo-Japanese agreement", "the Sino-Soviet treaty": the parties in one hyphenated word
    rest = re.sub(
        r"\b[A-Z][a-z]+[-–][A-Z][a-z]+\b",
        lambda m: "" if all(_party_half(h) for h in re.split(r"[-–]", m.group(0))) else m.group(0),
        rest,
    )
    # ("the secret German-Soviet treaty": "secret" says no more which one; a blind review of sets 274-275)
    rest = re.sub(r"(?i)\b(?:and|signed|the|a|an|joint|peace|of|secret|new|formal)\b", "", without_countries(rest))
    return not re.sub(
        r"\b(?:declaration|treaty|agreement|accord|pact|communiqu[eé]|statement|deal)s?\b", "", rest
    ).strip(" ,.-–")


def _party_half(word: str) -> bool:
    """Is one half of "Russo-Japanese" a side ("Russo", "Japanese", "Soviet", "Siamese")?"""
    return word.lower() in _NOT_NEGOTIATORS or without_countries(word).strip() != word or is_demonym(word)


# Halves of a hyphenated name that are a party or a kind, not a person: "the US-Japan", "the
# Sino-Japanese", "the Non-Aggression Pact"
_NOT_NEGOTIATORS = frozenset({"us", "u.s.", "uk", "u.k.", "ussr", "sino", "anglo", "franco", "russo", "indo"}) | {
    *("austro", "italo", "nippo", "non", "aggression", "joint", "peace", "border", "trade", "security")
}


def _named_apart(event: str) -> bool:
    """Is a document named after two people, neither a party nor its kind ("the Cañas-Jerez Treaty",
    "the Sykes-Picot Agreement")? Then no other document shares the name, and a year written before it
    is a date, not a part of the name ("the 1960 Japan-US Security Treaty"). A place names too little:
    Paris, Geneva and Lausanne each gave their names to several treaties."""
    for m in re.finditer(r"\b([A-Z][^\W\d_]+)-([A-Z][^\W\d_]+)\b", event):
        if not any(w.lower() in _NOT_NEGOTIATORS or without_countries(w).strip() != w for w in m.groups()):
            return True
    return False


def _judge_event(event: str, score: Score) -> None:
    """Is the event phrase English that names one thing?"""
    if re.match(r"(?i)(?:the\s+)?(?:in|of|on|at|to|for|by|with|from|and|or|during|after|before)\b", event):
        score.lose(60, f"event phrase is not a noun phrase ({event!r})")
    if re.search(r"\b(?:visit|trip|meeting|talks|summit|tour|journey|return)\s+[A-Z]", event):
        score.lose(45, f"event phrase is not English ({event!r})")
    if re.search(r"\b(?:his|her|their|its|this|that|these|those|the two)\b", event, re.I):
        score.lose(40, f"event phrase leans on another sentence ({event!r})")
    if re.search(
        r"\b(?:invasion|occupation|annexation|seizure|capture|attack|blockade|bombing|shelling)$", event.strip()
    ):
        # "Saddam's invasion": of what? (both blind reviewers of sets 130-131 failed it; he invaded Iran too)
        score.lose(45, f"the event does not say what it was done to ({event!r})")
    if re.match(
        r"(?i)(?:the\s+|a\s+)?(?:(?:border|civil)\s+)?(?:war|conflict|fighting|clash(?:es)?|hostilities)\s+with\b",
        event,
    ):
        # "the war with Somalia": who fought it? (both blind reviewers of sets 136-137 failed it)
        score.lose(45, f"the event does not say who fought ({event!r})")
    if words(event) > 12:
        score.lose(20, "long event phrase")


def _year_value(year: str) -> dict[str, Any]:
    return {"type": "date", "year": int(year[:4]), "month": None, "day": None, "last_day": None}


# "…, the first Russian or Soviet leader to do so", "the first visit ever by a Russian leader": the
# visitor's first trip there too (a blind review failed a plain "In what year did X travel to Y?" beside
# a later trip it knew of)
_FIRST_OF_KIND = re.compile(
    r"\bthe\s+first\s+(?:[\w-]+\s+){0,4}?(?:leader|president|premier|prime\s+minister|head\s+of\s+state)\s+to\b"
    r"|\bthe\s+first\s+(?:visit|trip)\s+(?:ever\s+)?by\b",
    re.I,
)

_MORE_THAN_ONCE = r"\b(?:twice|(?:two|three|four|five|six|several|many|multiple|\d+)\s+times|repeatedly)\b"
_ONE_OF_SEVERAL = re.compile(r"\b(?:also|again|another|second|third|returned|once\s+more)\b", re.I)

_BARE_DOCUMENT_ACT = re.compile(
    r"\bthe\s+(?:treaty|agreement|accord|deal|document|pact|decree|reserve|plan|proposal|bill|law)\b"
    r"(?!\s+(?:of|on|between|with|to|that|which|designating|declaring|establishing|giving|returning)\b)"
)

_TRAVEL_WORD = re.compile(r"\b(?:visit\w*|trip|travell?\w*|flew|fly|flies|landed|sailed|went|arriv\w*|tour\w*)\b", re.I)


def _head(rest: str) -> str:
    """The first content word after a verb: what an act was done to."""
    for w in re.findall(r"[A-Za-z][\w’'-]*", rest):
        w = str(w)
        if w.lower() not in ("the", "a", "an", "to", "in", "on", "at", "of", "for", "with", "again", "by"):
            return w.lower()
    return ""


# "… maritime dispute between Timor-Leste and Australia": the two a document of the sentence is between
_BETWEEN_TWO = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b"
)


_NAME_GOES_ON = re.compile(r"(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+")


def _with_parties(prompt: str, document: str, sentence: str) -> str:
    """ "In what year was the Comprehensive Package Agreement between East Timor and Australia signed?":
    a document named in common words gets the two countries its sentence says it is between (a blind
    review failed its year with the parties unsaid); ``prompt`` as it was when the sentence names no two."""
    m = _BETWEEN_TWO.search(sentence)
    if m is None:
        return prompt
    a, b = country_of_word(m.group("a")), country_of_word(m.group("b"))
    if a is None or b is None or a == b:
        return prompt
    # the article's own name of a country ("Timor-Leste"); a capital or an adjective gives the country's
    a, b = (
        country if is_country_adjective(word) or capital_country(word) else word
        for word, country in ((m.group("a"), a), (m.group("b"), b))
    )
    # "the Treaty of Commerce, Navigation and Delimitation between …": the whole name, not its first words
    at = sentence.find(document.removeprefix("the "))
    rest = _NAME_GOES_ON.match(sentence, at + len(document.removeprefix("the "))) if at >= 0 else None
    whole = f"{document}{rest.group(0)}" if rest is not None and rest.end() == m.start() - 1 else document
    return prompt.replace(document, f"{whole} between {a} and {b}", 1)


class DateQuestions(ViewQuestions):
    """Year questions (of a dated act, an event, a document, a deadline) and who did a dated act."""

    def _repeated_acts(self) -> dict[tuple[str, str, str], set[str]]:
        """(subject, verb, object) -> the years the articles date it to: an act done twice
        ("visited Kunashiri in 2010 … again in 2012") has no single year."""
        if self._acts is None:
            self._acts = defaultdict(set)
            for g in self.facts:
                if g.kind != FactKind.DATE or g.attr("resolution") or g.attr("role") == "byline":
                    continue
                stmt, off = self._statement(g)
                span = (g.answer_start - off, g.answer_end - off)
                clause = clauses.parse(stmt, span)
                # "has held it since 2006 … incorporated on February 22, 1905": a date in a tacked-on
                # clause dates something else
                if clause is not None and clauses.ask_year(stmt, span) is not None:
                    self._acts[(clause.subject.lower(), clause.lemma + clause.participle, _head(clause.rest))].add(
                        g.value[:4]
                    )
        return self._acts

    def _date_asked(self, f: Fact) -> None:
        """ "In what year did Dmitry Medvedev visit Kunashiri?" from a plain dated statement."""
        stmt, off = self._statement(f)
        if f.answer_start < off:
            return None  # "MOSCOW, August 3 (RIA Novosti) - …": the date of a dateline, not of the act
        bare = strip_any_connective(stmt)
        if bare != stmt and f.answer_start - off >= len(stmt) - len(bare):
            stmt, off = bare, off + len(stmt) - len(bare)  # "Thus, in 1956, …": the date anchors the act
        stmt, span = self._statement_spelt_out(f, stmt, (f.answer_start - off, f.answer_end - off), off)
        asked = clauses.ask_year(stmt, span)
        sub = clauses.subordinate_statement(stmt, span) if asked is None else None
        sub_asked = clauses.ask_year(*sub) if sub is not None else None
        if sub is not None and sub_asked:  # "…, after President X visited Y in 2010, …"
            (stmt, span), asked = sub, sub_asked
        if asked is None and not sub_asked:
            # "It was Hashimoto who, in 1997, launched …", "He visited Kunashiri in 2012" (he: the one
            # person the sentence before names), "X acknowledged … but declared in 2005 that …"
            restated_ways = [
                *clauses.restatements(stmt, span),
                *self._named_pronoun(f, stmt, span),
                *self._the_two_named(f, stmt, span),
                *self._territory_subject(f, stmt, span),
                *filter(None, [clauses.relative_act(stmt, span)]),  # "the Court, which in 1933 ruled …"
            ]
            for restated in restated_ways:
                restated = self._statement_spelt_out(f, *restated, off=off)
                asked = clauses.ask_year(*restated)
                if asked is not None:
                    stmt, span = restated
                    break
        clause = clauses.parse(stmt, span)
        year = f.value[:4]
        held = _DATED_ACT.match(asked or "")
        gone = held if held is not None and held["held"] and _GONE_HOLDER.fullmatch(held["holder"]) else None
        if gone is not None:
            # "Since what year have the Soviets occupied the four islands?" from a 1988 article says a state that
            # is gone holds them today (both blind reviewers of sets 274-275 failed it): the act that began it
            asked = f"In what year did {gone['holder']} {_BEGAN[gone['held']]}{gone['held_rest']}?"
        if asked is not None and _LANDMARK_ACT.search(asked):
            return self.drop(f, "a landmark of world history (every learner knows the year): background, not the topic")
        if asked is not None and self._background(f, asked):
            return None
        withdrawn = _WITHDRAWN_FROM.search(asked or "")
        if withdrawn and is_country(withdrawn.group("whence")):
            # "In what year did Israel withdraw from Lebanon?": troops leave a country, return and leave
            # again (1985, 2000, 2006; both blind reviewers of sets 78-79 failed it as ambiguous); a named
            # territory or zone says which withdrawal
            return self.drop(f, "a withdrawal from a whole country (troops leave more than once): which is not said")
        why_not = self._why_act_not_dated(asked, year) if asked is not None else None
        if why_not:
            return self.drop(f, why_not)
        if asked is not None and clause is None:  # "Having signed a treaty in 1941, the Soviet Union …"
            self._ask_year(f, f"date|{year}|{normalize(asked)}", asked, year, self._judge_asked(asked))
            self._clause_asked[(f.source_id, f.quote_start)].add("when")
            return None
        if asked is None and self._deadline_asked(f, stmt, span, year):
            return None
        if asked is None and self._held_event_asked(f, stmt, span, year):
            return None
        if asked is None or clause is None:
            # (a country's independence is not dated: "became independent in 1992" is contestable, declared
            # in 1991 and recognised in 1992, and tells nothing of the dispute; both blind reviewers of sets
            # 128-129 failed Croatia's, one of sets 104-105 flagged Namibia's as not worthwhile)
            if not self._document_dated(f, stmt, span, year):
                self._place_act_dated(f, stmt, span, year)
            return None
        act = (clause.subject.lower(), clause.lemma + clause.participle, _head(clause.rest))
        if len(self._repeated_acts().get(act, set())) > 1:
            return self.drop(f, "an act the articles date to more than one year")
        other_visits = self._other_visit_years(clause, year) if not clause.participle else []
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
        if other_visits and _ONE_OF_SEVERAL.search(sentence):
            # "Medvedev also visited the islands in 2012" beside his 2015 trip: not the first either
            return self.drop(f, "a visit the sentence tells as one of several ('also', 'again'): which one?")
        if any(int(y) < int(year) for y in other_visits):
            # "In what year did Medvedev travel to Kunashiri?" (2010) beside his 2012 trip to the
            # Kurils in another article: which trip? (a blind review failed it as ambiguous)
            return self.drop(f, "a visit the articles date to another year as well: which one is asked?")
        first_of_kind = _act_kind(clause.lemma) == "visit" and bool(_FIRST_OF_KIND.search(sentence))
        if not clause.participle and (other_visits or first_of_kind or self._done_again_later(f, _head(clause.rest))):
            # "… visited Kunashiri in 2010. … visited Kunashiri again in 2012": this is the first time
            if f.attr("resolution") and not re.search(r"\bfirst\b", sentence, re.I):
                # "visited … in November" dated by the article, "first" from other articles: the passage gives
                # neither the year nor the first (a blind review of the session-24 pooled sample failed it)
                return self.drop(f, "a year worked out from the article's date and 'first' from other articles")
            asked = asked.replace(f" {clause.lemma} ", f" first {clause.lemma} ", 1)
        score = self._judge_asked(asked)
        document = self._documents.get(year, "")
        named = bool(document) and normalize(document) in normalize(stmt)
        # "Japan and the Soviet Union signed a joint declaration" in the year of "the Joint Declaration"
        signed = (
            bool(document)
            and clause.lemma in ("sign", "conclude", "ratify", "adopt")
            and normalize(document).split()[-1:]
            == [w for w in normalize(clause.rest).split()[:4] if w in DOCUMENT_KINDS][:1]
        )
        key = f"date|{year}" if named or signed else f"date|{year}|{clause.key}"
        if key == f"date|{year}":
            score.lose(5, "worded from the sentence, not from the treaty's name")
        # "He visited Kunashiri again in 2012": a year the articles give near the same thing is never
        # a wrong choice, in case the act was repeated in words this reader does not follow.
        self._ask_year(f, key, asked, year, score, exclude=self._years_near(_head(clause.rest)))
        self._clause_asked[(f.source_id, f.quote_start)].add("when")
        return None

    def _held_event_asked(self, f: Fact, stmt: str, span: tuple[int, int], year: str) -> bool:
        """ "In what year was a referendum on the status of Loma Alta held?" from "A referendum on … was held in
        1994": an event that happened once, told by its holding (see held_events); True when handled."""
        held = held_events.held_event(stmt, span)
        if held is None:
            return False
        asked = held.question()
        if self._background(f, asked):
            return True
        why_not = self._why_act_not_dated(asked, year)
        if why_not:
            self.drop(f, why_not)
            return True
        key = f"date|{year}|held|{normalize(held.subject)}"
        self._ask_year(f, key, asked, year, self._judge_asked(asked))
        self._clause_asked[(f.source_id, f.quote_start)].add("when")
        return True

    def _territory_subject(self, f: Fact, stmt: str, span: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
        """ "The four disputed Pacific islands, known as …, were occupied by Soviet troops in 1945" as
        "The Northern Territories were occupied by Soviet troops in 1945": islands an article's one
        territory is made of, opening a passive, are the territory by its name; [] otherwise."""
        m = _ISLANDS_SUBJECT.match(stmt)
        one = self._territory_named_or_implied(f.source_id)
        if m is None or one is None or span[0] < m.end():
            return []
        if m.group("count") and m.group("count").lower() != _NUMBER_WORDS.get(self._size_of(one), ""):
            return []  # "The two islands were occupied …": some of the territory, not all of it
        verb = "were" if _PLURAL_PLACE.search(one.name) else "was"
        opening = f"{capitalize(_with_the(one.name))} {verb} "
        shift = len(opening) - m.end()
        return [(f"{opening}{stmt[m.end() :]}", (span[0] + shift, span[1] + shift))]

    def _named_pronoun(self, f: Fact, stmt: str, span: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
        """The statement with its opening "He"/"She" named, when the sentence before it names one
        person only ("Dmitry Medvedev first visited the islands in 2010. He visited Kunashiri again …"),
        and the date's span in it; [] otherwise."""
        m = re.match(r"(?:He|She)\s+(?=[a-z])", stmt)
        if m is None or span[0] < m.end():
            return []
        text = self.text(f.source_id)
        start = f.quote_start
        previous = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+", text[max(0, start - 400) : start].strip())[-1:]
        people = {p for p in [*self._speakers, *self._leaders, *self._all_posts] if len(p.split()) > 1}
        named = {p for p in people for chunk in previous if re.search(rf"\b{re.escape(surname_of(p))}\b", chunk)}
        full = [p for p in named if not any(p != q and p in q for q in named)]
        unnamed = re.search(
            rf"\b(?:an?|the|his|her)\s+(?:[\w-]+\s+)?{_OTHER_SPEAKER.pattern}(?!\s+[A-Z])",
            previous[0] if previous else "",
            re.I,
        )
        if len(full) != 1 or unnamed:
            return []  # nobody, two people, or "a spokesman" beside the one named
        who = full[0]
        shift = len(who) + 1 - m.end()
        return [(f"{who} {stmt[m.end() :]}", (span[0] + shift, span[1] + shift))]

    def _the_two_named(self, f: Fact, stmt: str, span: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
        """The statement with its opening "The two countries" named, when the article before it names exactly two
        countries ("… ratified a border agreement with China. … The two countries signed the Tonkin Gulf agreement
        in December 2000" -> "Vietnam and China signed …"), and the date's span in it; [] otherwise."""
        m = re.match(r"The\s+two\s+(?:countries|nations|neighbou?rs|states|governments)\s+(?=[a-z])", stmt)
        if m is None or span[0] < m.end():
            return []
        before = self.text(f.source_id)[max(0, f.quote_start - 600) : f.quote_start]
        named = the_two_countries_in(before)
        if named is None:
            return []  # none, one, or three before it: which two is not sure
        two = f"{capitalize(named[0])} and {named[1]} "
        shift = len(two) - m.end()
        return [(f"{two}{stmt[m.end() :]}", (span[0] + shift, span[1] + shift))]

    def _background(self, f: Fact, asked: str) -> bool:
        """Drop (and say so) a question naming a country that is no party to the article's dispute:
        "In what year did Russia annex Ukraine's Crimea region?" in an article on the Kurils."""
        principals = self._principals(f.source_id)
        for country in country_mentions(asked) if len(principals) >= 2 else []:
            if not any(same_holder(country, p) for p in principals):
                self.drop(f, f"an act involving {country}, not a party to the article's dispute: background")
                return True
        for m, place in self._places_acted_in(asked):
            if self._in_passing(f.source_id, place):
                # "In what year did Russia annex Crimea?" in an article on the Kurils (a blind review of the
                # session's late rules flagged it: general knowledge, not the article's point), as for events
                self.drop(f, f"an act elsewhere ({m.surface}): background to this article, not its topic")
                return True
        return False

    def _places_acted_in(self, asked: str) -> list[tuple[PlaceMention, PlaceGroup]]:
        """The places a question's act is done in, with their groups: not one that only says where
        another lies ("four islands off Hokkaido": the act is on the islands, not in Hokkaido)."""
        return [
            (m, place)
            for m in self.gazetteer.mentions(asked)
            if (place := self.group(m.group)) is not None and not _LOCATOR_BEFORE.search(asked[: m.start])
        ]

    def _deadline_asked(self, f: Fact, stmt: str, span: tuple[int, int], year: str) -> bool:
        """ "Yeltsin and Hashimoto agreed to conclude a peace treaty by what year?" from a
        commitment with a deadline; one question per deadline however the articles word it."""
        # ("By 1948, the Soviets had expelled …" is not asked "By what year …?": 1951 and 1957 are as true,
        # both blind reviewers of sets 82-83 failed it; the year it was done, the sentence does not give)
        asked = clauses.ask_deadline(stmt, span) or clauses.ask_deadline_opening(stmt, span)
        if asked is None:
            return False
        if self._background(f, asked):
            return True
        act = re.sub(
            r"^.+? (?:agreed|pledged|promised|vowed|undertook|resolved|committed themselves) to (.+) by what year\?$",
            r"\1",
            asked,
        )
        nouns = [w for w in normalize(act).split() if w in DOCUMENT_KINDS]
        key = f"date|{year}|deadline|{nouns[0] if nouns else _head(act)}"
        # a deadline may lie after the article: the wrong years are not capped at its date; nor may it lie
        # before the pledge: "by 1993" for a 1997 pledge gives itself away (both blind reviewers of the late
        # rules failed it): the wrong years come after the pledge's year, or after the article's
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
        pledged = [int(y) for y in re.findall(r"\b(?:1[5-9]|20)\d\d\b", sentence) if int(y) < int(year)]
        article = self._year_of(f.source_id)
        # (with neither, a few years before the deadline: pledges set near targets)
        earliest = (
            min(pledged) if pledged else article if article is not None and article < int(year) else int(year) - 4
        )
        self._ask_year(f, key, asked, year, self._judge_asked(asked), capped=False, earliest=earliest)
        self._clause_asked[(f.source_id, f.quote_start)].add("when")
        return True

    def _ask_year(
        self,
        f: Fact,
        key: str,
        prompt: str,
        year: str,
        score: Score,
        exclude: Iterable[str] = (),
        capped: bool = True,
        earliest: int | None = None,
    ) -> None:
        """A "when" question as multiple choice: the year shown, what the source wrote accepted too,
        wrong years near the key and from the course, none of ``exclude``. Multiple choice only: a
        typed date is often defensible another way (a treaty signed, then revised) that the article
        does not mention."""
        prompt = _worded_plainly(prompt)
        if _FIRST_OF_A_BROAD_CLASS.search(prompt):
            # "… become the first Russian senior official to visit the Kuril Islands?": ministers and governors
            # had gone before; a first is well defined for a head of state, not for "officials" (both blind
            # reviewers of the session-24 late rules and of the session-25 pooled sample failed it as false)
            return self.drop(f, "a 'first' the article claims for a broad class ('senior official'): contestable")
        resolution = f.attr("resolution")  # "“November” in an article dated 10 February 2011", or ""
        news = self._news_of_the_day(prompt, f.source_id) if resolution else None
        if news:
            return self.drop(f, news)
        if _TRAVEL_WORD.search(prompt) and self._went_more_than_once(f, prompt):
            # "Ivanov visited the disputed Kuril Islands four times … On September 24, Ivanov visited Iturup":
            # which visit, the year alone does not say (both blind reviewers of the late rules failed it)
            return self.drop(f, "the article says the visitor went more than once: which visit is not said")
        others = self._other_years_of_document(prompt, year)
        if others:
            return self.drop(f, f"the articles date the document to other years too ({', '.join(others)}): which?")
        generic = generic_document(prompt)
        if generic and not country_mentions(prompt):
            prompt = _with_parties(prompt, generic, self.text(f.source_id)[f.quote_start : f.quote_end])
        if generic and not country_mentions(prompt):
            # "In what year was the Boundary Treaty signed?" (both blind reviewers of sets 236-243 failed it)
            return self.drop(f, f"a document named only by common words ({generic!r}) and no party: which one?")
        if resolution:
            # the same year stated outright elsewhere in the article makes the better question
            score.lose(10, "the year is worked out from the article's date")
        if re.search(r"\bthat(?:\s+\S+){0,2}\?$", prompt):
            return self.drop(f, "what was announced is cut off ('… announce that Japan?')")
        prompt = capitals_as_countries(prompt, int(year))  # "did Yaounde take Abuja to court" names no country
        prompt = re.sub(r"\bthe former Soviet Union\b", "the Soviet Union", prompt)  # not "former" in its own years
        # "did the Soviet troops seize …": troops named by their side take no "the" (a blind review of the
        # session-23 pooled sample failed it as a lifted fragment)
        prompt = re.sub(
            r"\bdid the ([A-Z][\w-]+) (troops|forces|soldiers|marines)\b",
            lambda m: f"did {m.group(1)} {m.group(2)}" if is_demonym(m.group(1)) else m.group(0),
            prompt,
        )
        # "In what year did Prime Minister Mikhail Mishustin visit Etorofu?": the title dates the act
        # (every wrong year before his premiership; blind review of the pooled bank): the name alone
        prompt = _OFFICE_BEFORE_NAME.sub(
            lambda m: m.group(0) if re.search(r"\bthe\s+(?:\S+\s+)?$", prompt[: m.start()]) else "", prompt
        )  # "the ICJ President X" keeps its title: without it "the ICJ X" is no English
        # ("November", "Friday", "Earlier this year": the words a year was worked out from are no year; both
        # blind reviewers of the session's late rules failed them as accepted answers)
        accepted = [year] if resolution else list(dict.fromkeys([f.answer, *f.accepted, year]))
        exclude = [*exclude, *re.findall(r"\b(?:1[5-9]|20)\d\d\b", prompt)]  # "… the Declaration of 1956?"
        # the year before or after is defensible for an act that ran over the new year or was made formal
        # later (the Kurils, seized in 1945, annexed by decree in 1946: a blind review failed 1946 beside 1945)
        exclude += [str(int(year) - 1), str(int(year) + 1)]
        exclude += self._headline_agreement_year(prompt, f.source_id)
        prompt = self._surnames_in_full(prompt, f.source_id)
        prompt = self._talks_with_the_other_side(prompt, f.source_id)
        latest = self._latest_year(f) if capped else None
        # "Japan and Russia": the Russian Federation dates from the end of 1991, the Soviet Union ended then;
        # a year outside the named state's life is ruled out at a glance (a blind reviewer of the session-26
        # course review flagged 1982 and 1986 beside the 1993 Japan-Russia Tokyo Declaration)
        soviet = re.search(r"\b(?:Soviets?|USSR)\b", prompt) is not None
        if re.search(r"\bRussia\b", prompt) and not soviet and int(year) >= 1992:
            earliest = max(earliest or 0, 1991)
        if soviet and int(year) <= 1991:
            latest = min(latest, 1991) if latest is not None else 1991
        person = self._done_by_a_person(prompt)
        mc = pick(
            year_distractors(int(year), self._dates, key, latest, earliest=earliest, person=person),
            [*accepted, *exclude],
            6,
            key,
        )
        if len(mc) < 3:  # the near years are taken (a key just before the article's year)
            wide = year_distractors(int(year), self._dates, key, latest, wide=True, earliest=earliest, person=person)
            mc = pick(wide, [*accepted, *exclude], 6, key)
        shown = D.display(year)
        if resolution:
            note = [f"Resolved relative date: {resolution}."]
        else:
            note = [f"Normalised date: the source writes “{f.answer}”."] if shown != f.answer else []
        same = self._same_dated_act(prompt, year)
        self._add(
            f, key, "when", "mc", prompt, shown, accepted, score, mc, notes=note, value=_year_value(year), same_as=same
        )

    def _headline_agreement_year(self, prompt: str, source_id: str) -> list[str]:
        """The article's own year, when the question asks when an agreement was made and the headline
        reports one: "In what year did Tajikistan and China agree to the revised border?" (2002) under "China,
        Tajikistan sign border agreement" (2011) makes 2011 defensible (both blind reviewers of sets 248-249
        failed it): the agreement drawn up then may be the one signed in the article's year."""
        own = self._year_of(source_id)
        title = self.texts[source_id].source.meta.title
        if own is None or not (_AGREEMENT_WORD.search(prompt) and _AGREEMENT_WORD.search(title)):
            return []
        return [str(own)]

    def _done_by_a_person(self, prompt: str) -> bool:
        """Whether "In what year did WHO …?" names a person among its doers ("Dmitry Medvedev", "Mr. Abe and
        Mr. Putin"), not only countries, bodies or places ("Saudi Arabia and the UAE")."""
        m = re.match(r"In what year did (.+?) [a-z]", prompt)
        if m is None:
            return False
        for who in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1)):
            if re.match(r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]", who):
                return True
            tokens = who.split()
            if any(is_role(t) and n[:1].isupper() and not is_role(n) for t, n in itertools.pairwise(tokens)):
                return True  # "President Dmitry Medvedev", "King Christian X"
            name = FULL_NAME.search(who)
            if (
                name is not None
                and is_name(name.group(0))
                and not country_mentions(name.group(0))
                and not _ORG_WORD.search(who)
                and self.gazetteer.group_of(name.group(0)) is None
            ):
                return True
        return False

    def _talks_with_the_other_side(self, prompt: str, source_id: str, person: str | None = None) -> str:
        """ "… announce that it would suspend peace treaty negotiations?" -> "… negotiations with Japan?": talks
        of an article's two sides that the question gives one side of (a blind review of sets 240-242 failed
        it as not saying with whom); "who proposed to finalise a peace treaty?" of ``person``, a Russian
        leader, -> "… a peace treaty with Japan?" (a blind review of sets 246-247 failed it)."""
        sides = self._two_sides(source_id)
        m = _TALKS_ALONE.search(prompt)
        if len(sides) != 2 or m is None or re.search(r"\b(?:with|between)\b", prompt[m.end() :]):
            return prompt
        doer = re.match(r"In what year did (?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+[a-z]", prompt)
        who = person or (doer["who"] if doer is not None else None)
        if who is None:
            return prompt
        named = [side for side in sides if same_holder(who, side)]
        known = {*self._speakers, *self._leaders, *self._all_posts}
        if not named and (person or who in known):  # a person: his side, by the post or the name
            demonym = self._demonym_of(who, source_id)
            country = country_of_word(demonym) if demonym else None
            named = [side for side in sides if country and same_holder(country, side)]
            if len(named) != 1 or country_mentions(prompt):
                return prompt  # no side, or a country named in the question already
        elif len(named) != 1 or len(country_mentions(prompt)) != 1:
            return prompt  # a country no side, or another country named too
        other = next(side for side in sides if side != named[0])
        return f"{prompt[: m.end()]} with {other}{prompt[m.end() :]}"

    def _surnames_in_full(self, prompt: str, source_id: str) -> str:
        """ "did Vladimir Putin host Abe for …?" -> "… host Shinzo Abe …": a person the question names by the
        family name alone (a blind review of the session-22 late rules failed "host Abe"), when the article
        names one person of that family in full; a name after another capitalised word is left alone."""
        text = self.text(source_id)
        people = [p for p in {*self._speakers, *self._leaders, *self._all_posts} if len(p.split()) > 1 and p in text]

        def in_full(m: re.Match[str]) -> str:
            before = prompt[: m.start()].split()[-1:]
            if not m.group("honorific") and before and before[0][:1].isupper() and not is_role(before[0]):
                return m.group(0)  # "Shinzo Abe", "Russia Abe": part of a longer name, or no person
            found = {p for p in people if surname_of(p) == m.group("name")}
            # ("Mr. Abe and Mr. Putin": a newspaper's house style goes with the full name; a blind review of
            # the session-25 pooled sample failed it)
            return found.pop() if len(found) == 1 else m.group(0)

        return re.sub(
            r"(?P<honorific>\b(?:Mr|Mrs|Ms)\.?\s+)?(?<![\w’'-])(?P<name>[A-Z][a-z’'-]+)\b(?!\s+[A-Z])", in_full, prompt
        )

    def _news_of_the_day(self, prompt: str, source_id: str) -> str | None:
        """Why the year of an act dated against the article ("on Tuesday", "in November") is not worth
        asking, or None: a relative date marks the news of the day, and only an act on the dispute
        itself is worth its year."""
        if not self._on_the_dispute(prompt):
            # "On Tuesday Abe met Putin", "announced on August 9th that …"
            return "an act dated against the article and naming nothing of the dispute: news of the day"
        for m, place in self._places_acted_in(prompt):
            if not self._central(source_id, place):
                # "In what year did Russia annex Crimea?" from "after Russia annexed Crimea in March" in an article
                # on islet talks: the news behind the news (both blind reviewers of the pooled dev sets flagged it
                # as general knowledge)
                return f"an act dated against the article in a place it is not about ({m.surface}): background"
        if D.find_dates(prompt):
            return "another date in the act: the year could be either's"
        if _BARE_DOCUMENT_ACT.search(prompt):
            # "… sign the treaty in Moscow?": which treaty, the article's earlier lines said
            return "a document named only as 'the treaty': which one leans on the article"
        if _TRAVEL_WORD.search(prompt) and not self._names_a_disputed_place(prompt):
            # "In what year did Mr Koizumi fly to Hokkaido?": a journey, not to the disputed place
            return "a journey dated against the article, not to the disputed place: news of the day"
        if _TRAVEL_WORD.search(prompt) and not re.search(r"\bfirst\b", prompt):
            # "In what year did Medvedev visit the Kuril islands?" from "visited … in August": he went in
            # 2010, 2012, 2015 and 2019 (both blind reviewers of sets 174-175 failed it); a first visit is one
            return "a visit dated against the article and not said to be a first: which visit is not said"
        return None

    def _why_act_not_dated(self, asked: str, year: str) -> str | None:
        """Why "In what year did …?" of this act is not asked, or None: one side's ruling with no case, a
        body acting before it existed, a country's independence, a visit with no place, news of its
        day, a leader's term, a party named by its relation, a measure taken again and again."""
        founded = [body for body, since in _FOUNDED.items() if body in asked and int(year) < since]
        if founded:
            return f"an act dated before its doer existed ({founded[0]}, {_FOUNDED[founded[0]]})"
        if self._visit_to_nowhere(asked):
            return "a visit whose place the question does not say ('to visit the graves of their ancestors')"
        if _TRAVEL_WORD.search(asked) and self._islands_unknown_by_name(asked):
            return "a visit to islands by a name the gazetteer does not know ('Pacific Islands'): which is unclear"
        if self._officials_visit(asked):
            # "In what year did Sergei Lavrov visit the South Kurile Islands?": a minister's or governor's trip
            # is a side detail (both blind reviewers of the session-23 late rules flagged it); a leader's is not
            return "the year of an official's visit (not a head of state or government): a side detail"
        if self._visit_off_disputed_ground(asked):
            return "a visit to a place not in dispute, in words naming nothing of the dispute: a trip, not the topic"
        titled = re.fullmatch(r"In what year (?:was|were) the (?P<title>[A-Z][a-z]+) [a-z]+ed\?", asked)
        if titled and not self.gazetteer.mentions(titled["title"]) and not is_country(titled["title"]):
            # "In what year was the Mendoub expelled?": a post or body in its own word, unexplained, and the
            # act with no doer and no place (both blind reviewers of sets 222-223 failed it)
            return f"a passive act of 'the {titled['title']}' with no doer or place: who or what is not said"
        document = capital_named_document(asked)
        if document:
            return f"a document named only by a capital where many were signed ({document!r}: which one?)"
        document = counted_parties_document(asked)
        if document:
            return f"a document named only by how many signed it ({document!r}: which one?)"
        return next((why for pattern, why in _ACTS_NOT_DATED if pattern.search(asked)), None)

    def _islands_unknown_by_name(self, prompt: str) -> bool:
        """Does the question name islands by a capitalised name no gazetteer group has ("Pacific Islands")?"""
        return any(
            not self.gazetteer.mentions(m.group(0)) for m in re.finditer(r"\b(?:[A-Z][\w’'-]+\s+)+Islands\b", prompt)
        )

    def _officials_visit(self, prompt: str) -> bool:
        """Does the question date a visit by a person the articles name with a post, none of them a head of
        state or government?"""
        m = _DATED_ACT.match(prompt)
        if m is None or m.group("verb") not in ("visit", "travel to", "go to", "fly to"):
            return False
        who = m.group("who")
        if country_mentions(who) or not re.search(r"[A-Z][a-z’'-]+$", who):
            return False
        surname = who.split()[-1]
        people = {p for p in [*self._all_posts, *self._speakers] if surname_of(p) == surname}
        return bool(people) and not any(surname_of(p) == surname for p in self._leaders)

    def _visit_to_nowhere(self, prompt: str) -> bool:
        """Does the question date a visit without saying where it goes ("agree to allow Japanese people to
        visit the graves of their ancestors": on the islands, which the question leaves out; a blind
        reviewer of the pooled dev sets failed it as not self-contained)?"""
        m = _VISIT_OBJECT.search(prompt)
        if m is None:
            return False
        what = m.group("what")
        named = self.gazetteer.mentions(what) or country_mentions(what) or capital_country(what.split()[-1])
        if self.gazetteer.mentions(prompt[: m.start()]):
            return False  # "launch the first charter flight to the Kuril Islands for … to visit the graves …"
        return not named and not re.search(r"\b(?i:islands?|islets?|isles?|territor\w*|kuril\w*)\b|\b[A-Z][a-z]+", what)

    def _visit_off_disputed_ground(self, prompt: str) -> bool:
        """Does the question ask of a visit to places the gazetteer knows, none of them in dispute, in words
        naming nothing of the dispute ("visit Sakhalin to attend the start-up ceremony of the liquefied
        natural gas plant")?"""
        groups = [g for g in (self.group(m.group) for m in self.gazetteer.mentions(prompt)) if g is not None]
        return bool(_TRAVEL_WORD.search(prompt)) and self._off_disputed_ground(groups, prompt)

    def _went_more_than_once(self, f: Fact, prompt: str) -> bool:
        """Does the article say the one who travels in ``prompt`` went more than once?"""
        m = re.match(r"In what year did (?:[A-Z][\w’'-]+\s+)*?(?P<who>[A-Z][\w’'-]+)\s+(?:first\s+)?[a-z]", prompt)
        if m is None:
            return False
        who = re.escape(m.group("who"))
        text = self.text(f.source_id)
        return bool(re.search(rf"\b{who}\b[^.?!]{{0,80}}{_MORE_THAN_ONCE}", text))

    def _same_dated_act(self, prompt: str, year: str) -> str | None:
        """One slot for one dated visit or seizure however the sentences word it: "In what year did
        Medvedev first visit Kunashiri?" and "… did Dmitry Medvedev travel to Kunashiri island?", or
        "Soviet troops" and "the Soviet Union" seizing the same islands (a blind review found each fact
        asked twice). The doer is his surname or his country; None for other acts."""
        m = _DATED_ACT.match(prompt)
        if m is None:
            return None
        verb, who, rest = m.group("verb") or m.group("held"), m.group("who") or m.group("holder"), m.group("rest")
        rest = m.group("held_rest") if rest is None else rest
        named = [g.name for x in self.gazetteer.mentions(rest) if (g := self.group(x.group)) is not None]
        where = named or country_mentions(rest)
        if not where:
            return None
        if verb not in ("visit", "travel to", "go to", "fly to"):
            # one place is seized once in a year, whoever the sentence says did it ("Soviet troops",
            # "Stalin's forces", "the Soviet Union"); many people visit one place in a year
            return f"date|{year}|seize|{where[0]}"
        countries = [("Russia" if same_holder(c, "Russia") else c) for c in country_mentions(who)]
        doer = countries[0] if countries else who.split()[-1]
        return f"date|{year}|visit|{doer}|{where[0]}"

    def _latest_year(self, f: Fact) -> int | None:
        """The latest year a wrong choice may be: the article's own year, or when it is unknown the
        latest year any article is dated to or gives. A year after the article is no distractor."""
        known = self._year_of(f.source_id)
        if known is not None:
            return known
        if self._years_given is None:
            self._years_given = defaultdict(list)
            for g in self.facts:
                if g.kind == FactKind.DATE and re.match(r"\d{4}", g.value):
                    self._years_given[g.source_id].append(int(g.value[:4]))
        own = self._years_given.get(f.source_id)
        if own:
            return max(own)  # an undated article is no older than the latest year it gives
        years = [int(v[:4]) for v in self._dates if re.match(r"\d{4}", v)]
        years += [y for y in (self._year_of(s) for s in self.texts) if y is not None]
        return max(years) if years else None

    def _other_visit_years(self, clause: clauses.Clause, year: str) -> list[str]:
        """The other years in which the articles have the clause's doer go to the place he goes to in
        the clause, or to a part or the whole of it ("Medvedev arrived in the Kuril Islands on Tuesday"
        in a piece of July 2012, beside his 2010 trip to Kunashiri)."""
        if _act_kind(clause.lemma) != "visit":
            return []
        # the place, the places it is part of and the places part of it ("the Kurils" for Kunashiri;
        # Shikotan is no part of Etorofu: a trip there is another trip)
        related = {n for m in self.gazetteer.mentions(clause.rest) for n in self._lineage(m.group)}
        surname = clause.subject.split()[-1]
        if not related or not re.fullmatch(r"[A-Z][\w’'-]+", surname):
            return []
        found: set[str] = set()
        for g in self.facts:
            if g.kind != FactKind.DATE:
                continue
            # "on Tuesday" in a piece dated July 2012 and no day: a trip of 2012 all the same
            when = g.value[:4] if re.fullmatch(r"\d{4}", g.value[:4]) else str(self._year_of(g.source_id) or "")
            if not when or when == year:
                continue
            sentence = self.text(g.source_id)[g.quote_start : g.quote_end]
            if not (re.search(rf"\b{re.escape(surname)}\b", sentence) and _TRAVEL_WORD.search(sentence)):
                continue
            if any(m.group in related for m in self.gazetteer.mentions(sentence)):
                found.add(when)
        return sorted(found)

    def _done_again_later(self, f: Fact, word: str) -> bool:
        """Does a later sentence of the article say the act on ``word`` was done "again"?"""
        if len(word) < 4:
            return False
        later = self.text(f.source_id)[f.quote_end :]
        return bool(re.search(rf"\b{re.escape(word)}\b[^.!?]{{0,30}}\bagain\b", later, re.I))

    def _years_near(self, word: str) -> list[str]:
        """The years of every dated sentence in the articles that names ``word`` (not a country:
        "Russia" is in every other sentence, and would leave no wrong year)."""
        if len(word) < 4 or country_of_word(word.capitalize()) is not None:
            return []
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.I)
        return sorted(
            {
                g.value[:4]
                for g in self.facts
                if g.kind == FactKind.DATE
                and re.fullmatch(r"\d{4}", g.value[:4])
                and pattern.search(self.text(g.source_id)[g.quote_start : g.quote_end])
            }
        )

    def _place_act_dated(self, f: Fact, stmt: str, span: tuple[int, int], year: str) -> None:
        """ "In what year did Soviet troops seize the Habomai Islands?" from "the Habomai Islands,
        seized by Soviet troops in 1945": what was done to a place, told after its name. "Four small
        islands seized by Soviet troops in 1945" in an article about one territory is that territory,
        by one side's name ("the islands that Japan calls the Northern Territories")."""
        named = [(m.end, m.group, _with_the(m.surface)) for m in self.gazetteer.mentions(stmt[: span[0]])]
        territory = self._one_territory(f.source_id)
        if territory is not None:
            side = territory.side_of(territory.name)
            what = f"the islands that {side} calls {the_name(territory.name)}" if side else the_name(territory.name)
            named += [(m.end(), territory.name, what) for m in re.finditer(r"\b(?:islands|islets)\b", stmt[: span[0]])]
        for end, name, written in named:
            group = self.group(name)
            if group is None or not self._central(f.source_id, group):
                continue
            asked = clauses.ask_year_of_place_act(stmt, span, end, written)
            if asked is None:
                continue
            self._ask_year(f, f"date|{year}|place|{group.name}", asked, year, self._judge_asked(asked))
            return None
        return None

    def _document_dated(self, f: Fact, stmt: str, span: tuple[int, int], year: str) -> bool:
        """ "In what year did Japan and the Soviet Union sign the joint declaration?" from a document
        the sentence dates by its signing ("the 1956 joint declaration signed by …")."""
        found = clauses.ask_document_year(stmt, span)
        if found is None:
            return False
        asked, what = found
        noun, *rest = what.split("|")
        unsigned = len(rest) == 1 and not re.match(r"[A-Z]", noun)  # "the pact that ended the war": whose?
        sides = self._two_sides(f.source_id)
        if unsigned and noun.startswith("joint ") and len(sides) == 2:
            # "a joint declaration signed in 1956 formally ended hostilities", in an article on two
            # sides: theirs (a blind review failed it with the parties unsaid)
            asked = f"In what year did {sides[0]} and {sides[1]} sign the {noun} that {rest[0]}?"
            unsigned = False
        score = self._judge_asked(asked)
        if unsigned:
            score.lose(40, "a document whose parties the question does not name")
        document = self._documents.get(year, "")
        # One document, one question: "the 1956 joint declaration" however the sentences name it.
        key = f"date|{year}" if document and noun in normalize(document) else f"date|{year}|document|{noun}"
        self._ask_year(f, key, asked, year, score)
        return True

    # -- dates -----------------------------------------------------------------------------------
    def _q_date(self, f: Fact) -> None:
        precision = f.attr("precision")
        if f.attr("role") == "byline":
            return self.drop(f, "publication date (not worth asking)")
        self._doer_asked(f)
        if f.attr("resolution"):
            # "In November, Medvedev became the first Russian leader to visit the disputed islands" in an
            # article of February 2011: which November is arithmetic, but the act's year (2010) is a fact
            # of the topic, asked as any dated act is; the date itself is not asked
            self._date_asked(f)
            return self.drop(f, "relative date (which date 'this month' means is not worth asking)")
        if precision not in _DATED:
            return self.drop(f, f"{precision} date (weekdays, seasons and decades are not worth asking)")
        before = self.text(f.source_id)[f.quote_start : f.answer_start]
        if _CITATION_BEFORE.search(before):
            return self.drop(f, "a reference's year (Author, 2013), not an event")
        self._date_asked(f)
        event = f.attr("event")
        if not (event and f.attr("strong")):
            return self.drop(f, "date with no named event (a blank in its sentence is rarely worth asking)")
        head = f.attr("event_head")
        if head == "independence":
            # "despite India's independence in 1947" (both blind reviewers of sets 200-201 failed its year:
            # general history from an aside); a state's independence is declared and recognised in
            # different years (the act path drops "became independent" for the same reason: _INDEPENDENCE)
            return self.drop(f, "a country's independence: background, not the dispute")
        why = _not_unique(event, head)
        if why:
            return self.drop(f, why)
        if _WORLD_LANDMARK.search(event):
            return self.drop(f, "a landmark of world history (every learner knows the year): background, not the topic")
        for m in self.gazetteer.mentions(event):
            place = self.group(m.group)
            if place is not None and not self._central(f.source_id, place):
                return self.drop(f, f"an event elsewhere ({m.surface}): background to this article, not its topic")
        principals = self._principals(f.source_id)
        # (a document is no background: a border often rests on a treaty other states made, "the Italian-
        # Turkish accords on the Dodecanese" for Greece and Turkey)
        for country in country_mentions(event) if len(principals) == 2 and head not in _TREATY_HEADS else []:
            if not any(same_holder(country, p) for p in principals):
                # "the Russian invasion of Ukraine" in an article on the Kurils: background, not its topic
                return self.drop(f, f"an event of {country}, no party to the article's dispute: background")
        if head in _TREATY_HEADS and is_generic_document(event):
            # "In what year was the Joint Declaration signed?": whose? Japan and Russia alone made several;
            # "the Comprehensive Package Agreement" of a sentence on the dispute "between Timor-Leste and
            # Australia" is theirs
            with_parties = _with_parties(event, event, self.text(f.source_id)[f.quote_start : f.quote_end])
            if with_parties == event or country_mentions(event):
                return self.drop(f, "a document named only by its kind ('the Joint Declaration'): whose is not said")
            event = with_parties
        # The year is what a class should know; "March or June 2014?" is trivia.
        value = f.value[:4]
        key = f"date|{value}"
        score = Score()
        if head in _TREATY_HEADS and _kind_and_parties_only(event):
            # "a 1956 declaration between Japan and the Soviet Union": the two made several (a blind review
            # failed "In what year was the declaration between Japan and the Soviet Union signed?"); it is
            # cited beside the same year's named document, never asked on its own
            score.lose(60, "a document named only by its kind and its parties: which one is not said")
        _judge_event(event, score)
        core = re.sub(r"^(?:the|an?)\s+", "", event).split()
        after = self.text(f.source_id)[f.answer_end : f.answer_end + 80].split()
        # ("a 1956 Soviet-Japanese declaration": after "a" the year is only a date, no part of a name; a
        # joint communique is issued at every other summit, and "a 1973 communique" is one of them)
        before_year = self.text(f.source_id)[max(0, f.answer_start - 4) : f.answer_start]
        indefinite = head != "communique" and re.search(r"\b[Aa]n?\s+$", before_year) is not None
        if core and after and after[0] == core[0] and not _named_apart(event) and not indefinite:
            # "the 1960 Japan-US Security Treaty": the year tells apart treaties of one name (but "the
            # 1858 Cañas-Jerez Treaty" is one treaty whatever the year: there the year is only a date)
            score.lose(40, "the year is part of the name the article uses")
        # parties: countries, or a pair of names in one word ("Soviet-Japanese")
        parties = country_mentions(event) or re.search(r"\b[A-Z][\w’'-]*[a-z]-[A-Z][a-z]\w*\b", event)
        if indefinite and head in _TREATY_HEADS and re.search(rf"\s{head}s?$", event) and not parties:
            # "agreed to disagree in a 1998 Arctic Co-operation agreement": a description in lower case after
            # "a", not a title, and no party in it; "the Arctic Co-operation agreement" says neither whose nor
            # which (both blind reviewers of sets 182-183 failed it)
            return self.drop(f, "a document the article calls 'a … agreement', with no party named: whose is not said")
        plural = bool(head) and bool(re.search(rf"(?i)\b{re.escape(head)}s\b", event))  # "the Italian-Turkish accords"
        verb = f"{'were' if plural else 'was'} {{}} signed" if head in _TREATY_HEADS else "did {} take place"
        whose = self._whose_document(event, f)
        city = city_of_lower_case_document(event)
        if whose == event and city is not None:
            # "the Algiers peace accord" (in lower case: the accord made in Algiers, not a name): Algiers saw
            # the Iran-Iraq accord of 1975 and the US-Iran accords of 1981 as well (a blind review failed
            # it); whose, the question does not say. "the San Francisco Peace Treaty" is a name.
            return self.drop(f, f"a document known by the city it was made in ({city}), parties unsaid")
        if head in _TREATY_HEADS and whose == event:
            whose = f"{event}{self._what_it_handed_over(f, event)}"
        self._ask_year(f, key, capitalize(f"In what year {verb.format(whose)}?"), value, score)
        return None

    def _what_it_handed_over(self, f: Fact, event: str) -> str:
        """ ", which transferred Olivenza to Portugal" when the article says the document handed a place the
        gazetteer knows to a country ("The Treaty of Alcanices, signed in 1297 …, established new borders and
        transferred the town of Olivenza to Portugal"): a bare medieval year says nothing of the dispute (a
        blind reviewer of sets 290-291), or ""."""
        text = self.text(f.source_id)
        name = re.sub(r"^the\s+", "", event)  # wherever the article names it ("The Treaty of …, signed in …")
        for at in re.finditer(rf"\b{re.escape(name)}\b", text):
            m = _HANDED_OVER.match(text, at.end())
            if m is None:
                continue
            if not country_mentions(m.group("to")):
                continue
            places = self.gazetteer.mentions(m.group("what"))
            if len(places) == 1:
                return f", which {m.group('verb')} {places[0].surface} to {m.group('to')},"
            # a place the article keeps naming, though the gazetteer holds no town ("the town of Olivenza")
            place = re.sub(r"^the\s+\w+\s+of\s+", "", m.group("what"))
            if len(re.findall(rf"\b{re.escape(place)}\b", text)) >= 3:
                return f", which {m.group('verb')} {place} to {m.group('to')},"
        return ""

    def _doer_asked(self, f: Fact) -> None:
        """ "In February 2011, who inspected military facilities on the disputed southern Kuril Islands?"
        from a named person's dated act on the dispute; the month and year tell this act from others."""
        if f.attr("precision") not in ("day", "month") or self.roles.get(f.passage_id, "body") != "body":
            return
        year, month = int(f.value[:4]), int(f.value[5:7])
        stmt, off = self._statement(f)
        if f.answer_start < off:
            return  # the date of a dateline, cut off the statement
        doer = clauses.ask_who(stmt, (f.answer_start - off, f.answer_end - off))
        if doer is None or not self._on_the_dispute(doer.asked):
            return
        trimmed = trim_name(doer.subject, 0, allow_single=True)
        written = trimmed[0] if trimmed else ""
        known = [*self._speakers, *self._leaders, *self._all_posts]
        people = {p for p in known if p == written or (" " not in written and surname_of(p) == written)}
        if len(people) != 1 or _ORG_WORD.search(written):
            return self.drop(f, "the doer of a dated act is no person the articles name in full")
        person = people.pop()
        at = off + doer.subject_start + (trimmed[1] if trimmed else 0)
        # the time first: "… seized at the end of World War Two in July 2012?" reads as the war's date
        prompt = f"In {D.MONTH_NAMES[month]} {year}, {doer.asked[:1].lower()}{doer.asked[1:]}?"
        visit = _act_kind(doer.lemma) == "visit"
        if visit and person not in self._leaders:
            # "In September 2015, who visited Iturup?" of an agriculture minister: anyone who went that month
            # fits, and a minister's name is trivia beside the visit (both blind reviewers of sets 208-209)
            return self.drop(
                f, "a visit by someone below a head of state or government: 'who visited' fits any visitor"
            )
        if visit and self._visit_off_disputed_ground(prompt):
            return self.drop(f, "a visit to a place not in dispute, in words naming nothing of the dispute")
        if visit and self._islands_unknown_by_name(prompt):
            # "which Russian leader toured Pacific Islands claimed by Japan?": a headline's name for them reads
            # as Oceania (both blind reviewers of the session-23 pooled sample failed it)
            return self.drop(f, "a visit to islands by a name the gazetteer does not know: which islands is unclear")
        demonym = self._demonym_of(person, f.source_id) if visit else None
        if visit and not demonym:
            # "In February 2009, who visited Sakhalin …?" of Prime Minister Aso: his host was there too (a blind
            # review of sets 218-219), and whose leader he was, the articles do not say
            return self.drop(f, "a leader's visit with no country to name him by: 'who visited' fits his host too")
        if demonym:
            # "In August 2015, who visited the Kuril islands?": residents and other officials went too (a blind
            # review of sets 174-175): "which Russian leader" says which visitor is meant
            prompt = re.sub(r", who ", f", which {demonym} leader ", prompt, count=1)
        prompt = self._talks_with_the_other_side(prompt, f.source_id, person=person)
        key = f"doer|{person}|{doer.lemma}|{year}-{month:02d}"
        score = self._judge_asked(prompt)
        # wrong choices: people quoted on the same dispute in the same era, of the doer's own country (a
        # Russian governor beside a Ukrainian decree gives the key away: both blind reviewers of the late
        # rules failed it), none named here; people only named may be of any era (Gromyko beside 2012)
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
        origin = name_origin(person)
        others = [
            p
            for p in rotated(sorted(set(self._speakers) | self._leaders), key)
            if p != person
            and len(p.split()) > 1
            and not _ORG_WORD.search(p)
            and surname_of(p) not in sentence
            and any(abs(y - year) < 10 for y in self._quoted_years(p))
            and self._disputes_of(p) & self._disputes_of(person)
            and origin != "other"
            and name_origin(p) == origin
            and (not demonym or (p in self._leaders and self._demonym_of(p, f.source_id) == demonym))
        ]
        accepted = [person, self._family(person), *self._name_forms(person)]
        value = self._person_value(person, person, accepted)
        span = (at, at + len(written))
        choices = pick(_one_per_family(others, person), accepted, 3, key, keep_order=True)
        self._add(f, key, "doer", "mc", prompt, person, accepted, score, choices, span=span, value=value)
        self._add(f, key, "doer", "typed", prompt, person, accepted, score, span=span, value=value)

    def _demonym_of(self, person: str, source_id: str) -> str | None:
        """ "Russian" for a person the articles give a post such as "Russian Prime Minister"; else, for a
        Japanese- or Russian-looking name in an article on Japan and Russia, that side's; None otherwise."""
        found = {
            w
            for post in self._all_posts.get(person, [])
            for w in re.findall(r"[A-Z][a-z]+", post.attr("title") or post.answer)
            if is_demonym(w)
        }
        if found:
            return found.pop() if len(found) == 1 else None
        side = {"ja": "Japan", "ru": "Russia"}.get(name_origin(person))
        principals = self._principals(source_id)
        if side is None or not any(same_holder(side, p) for p in principals):
            return None
        return "Japanese" if side == "Japan" else "Russian"

    def _whose_document(self, event: str, f: Fact) -> str:
        """ "the Japan–Russia Tokyo Declaration" for "the Tokyo Declaration" in an article on Japan and
        Russia: a document named after one side's capital is the two sides' own, and the capital alone
        names several (a blind review failed it beside the 1993 TICAD Tokyo Declaration on Africa)."""
        m = re.match(
            r"the\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<rest>(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)$", event
        )
        sides = self._two_sides(f.source_id)
        if m is None or not sides or m.group("rest").split()[-1].lower() not in DOCUMENT_KINDS:
            return event
        capital_of = capital_country(m.group("city"))
        if capital_of is None or not any(same_holder(capital_of, side) for side in sides):
            return event
        return f"the {sides[0]}–{sides[1]} {m.group('city')} {m.group('rest')}"

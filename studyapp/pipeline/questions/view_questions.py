"""Questions on what people said: "Who argued that …?" and "What did X argue?" from a named person's words
on the issue, each direction asked only where it has one answer."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from studyapp.pipeline import clauses
from studyapp.pipeline import dates as D
from studyapp.pipeline.antecedents import PARTITIVE_LEAD
from studyapp.pipeline.control import capital_country, country_mentions, country_of_word, same_holder
from studyapp.pipeline.distractors import pick, rotated
from studyapp.pipeline.model import Fact
from studyapp.pipeline.people import JAPANESE_FAMILY, is_name, other_order, surname_of
from studyapp.pipeline.places import PlaceGroup
from studyapp.pipeline.quality import Score, dangling_in, opens_mid_thought, words
from studyapp.pipeline.questions.base import _ORG_WORD, _has_substance, _whole_quote
from studyapp.pipeline.questions.people_questions import (
    _OTHER_SPEAKER,
    _THE_COUNTED_ISLANDS,
    _THE_TERRITORY,
    PeopleQuestions,
    _one_per_family,
)
from studyapp.pipeline.questions.place_questions import _NUMBER_WORDS
from studyapp.pipeline.reported_words import (
    CLOSING_ASIDE,
    FIRST_PERSON_WORD,
    backshift,
    clean_view,
    hedged,
    lower_opening,
    name_origin,
    quotes_ok,
    reported_quote,
    unquote,
    without_speakers_next_act,
)
from studyapp.pipeline.text import WEEKDAY, WEEKDAY_PHRASE, capitalize, normalize

# "at the weekend", "earlier this week", "last week": said days before the report, in its year
_THIS_WEEK = r"\b(?:(?:at|over)\s+the\s+weekend|(?:earlier\s+|later\s+)?this\s+week|last\s+week(?:end)?)\b"


# "handed over the islands over to Japan": "over" twice round the object
_DOUBLED_OVER = re.compile(
    r"\b(hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|give|gave|given|giving)\s+over\s+([^,.;]{1,60}?)\s+over\s+to\b"
)

# "that's really not on the table anymore", "no longer", "now": words true when they were said
_NOW = re.compile(r"(?i)\b(?:any\s?more|no\s+longer|now|currently|at\s+present|these\s+days|nowadays)\b")


# "Japan's policy … remains unchanged", "we have never changed our position": a standing line
_UNCHANGED = re.compile(
    # ("… determination to claim the four islands remained unchanged": both blind reviewers of sets 162-163
    # found the prime minister and other ministers saying the same that year)
    r"(?i)\b(?:policy|position|stance|determination|resolve|commitment)\b.{0,400}?"
    r"\b(?:remains?|remained|is|was|stays?|stayed)\s+(?:still\s+)?(?:unchanged|unwavering|firm)\b|"
    r"\b(?:has|have)\s+(?:never|not)\s+changed\s+(?:its|our|their|his|the)\s+(?:policy|position|stance)\b|"
    # "Tokyo's position on the southern Kuril Islands … has not changed" (one blind reviewer of sets 198-199
    # failed it, the other flagged it: the prime minister and his ministers said so too)
    r"\b(?:policy|position|stance)\b.{0,200}?\b(?:has|have|had)\s+(?:never|not)\s+(?:been\s+)?changed\b"
)


# "he was ready to …", "we are willing to …": a speaker offering what his side will do
# "Moscow might return two of the islands", "Russia was ready to hand over Shikotan": a government's offer
_OFFERS_LAND = re.compile(
    r"\b(?:might|may|could|would|will|(?:is|was|are|were)\s+(?:ready|willing|prepared)\s+to)\s+(?:\w+\s+)?"
    r"(?:return|hand|give|transfer|cede)\b"
)


_OWN_READINESS = re.compile(r"(?i)\b(?:he|she|we|i)\s+(?:was|were|is|are|am)\s+(?:ready|willing|prepared|open)\s+to\b")


# "Japan would temporarily recall its ambassador", "Japanese experts will carry out a survey": a side's
# own act announced in its official's words ("Japan will never give up its claim" is a stance, no plan)
_ANNOUNCED_ACT = re.compile(
    r"^(?P<who>(?:the\s+)?[Gg]overnment|[Ww]e|[A-Z][\w’'-]+)(?:\s+(?:experts|officials|troops|forces|ships|"
    r"diplomats|authorities))?\s+(?:would|will|is\s+to|was\s+to|plans?\s+to|intends?\s+to|is\s+going\s+to)\s+"
    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)


# "Japan has voiced its concern over Russia's military activity": what his government has done,
# passed on (both blind reviewers of sets 202-203 failed the who-said: any minister could have said it)
_PROTEST_PASSED_ON = re.compile(
    r"^(?P<who>(?:the\s+)?[Gg]overnment|[Ww]e|[A-Z][\w’'-]+)\s+(?:has|have|had)\s+(?:already\s+)?"
    r"(?:voiced|lodged|sent|expressed|conveyed|filed|raised|delivered|handed|registered)\s+"
    r"(?:a\s+|an\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:protests?|concerns?|notes?|complaints?|objections?)\b"
)


_STANCE_VERBS = frozenset(
    {"never", "not", "continue", "seek", "insist", "demand", "hope", "want", "try", "keep", "remain", "stand"}
)


_THE_DISPUTE = re.compile(r"\b[Tt]he\s+(?:territorial\s+)?dispute\b(?!\s+(?:over|of|between|about|with|on|in)\b)")


_TWO_NAMES = re.compile(r"\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+\b")


# Words that carry no claim of their own, left out when two reports of one person's words are compared.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that"}
    | {"this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "has", "have", "had"}
    | {"will", "would", "should", "could", "can", "may", "might", "must", "s", "his", "her", "their", "our"}
    | {"we", "he", "she", "they"}
)


_NEGATIONS = frozenset({"not", "no", "never", "nor", "cannot", "t", "without"})


# "the two leaders agreed…": a spokesman passing on an agreement states no stance of his own.
_RELAYED = re.compile(
    r"^\[?(?:the\s+two\s+(?:leaders|sides|countries|men)|[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+)\]?\s+"
    r"(?:had\s+|have\s+)?(?:agreed|decided|signed|confirmed)\b"
    # "Russia has informed Japan that it will hold drills": a notice passed on, not the speaker's stance
    r"|^(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:informed|notified|told|warned|assured)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+that\b"
    # "As for joint activities, an agreement was reached after a meeting of the leaders …": the agreement
    r"|^[“\"]?(?:[Aa]s\s+for\s+[^,]{3,80},\s+)?(?:[Aa]n?|[Tt]he)\s+(?:agreement|accord|deal)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:reached|signed|concluded)\b"
)


# "Interfax news agency reported that Ishaev told …", "the newspaper quoted Ishaev as saying": the speaker
# is named inside a report
_OUTLET_REPORTED = re.compile(
    r"\b(?:reported|quoted|cited)\s+(?:that\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$"
    # "According to news agency reports, Vladimir Zema … said": his words as the reports gave them
    r"|^(?:According|according)\s+to\s+(?:[\w-]+\s+){0,3}reports?,\s+(?:[\w-]+\s+){0,3}$"
)


# A view that passes on what others reported is not the speaker's stance.
_SECOND_HAND = re.compile(
    r"\baccording\s+to\b|\b(?:media|news|press)\s+reports?\b|\bas\s+reported\s+(?:by|in)\b"
    # "…, Japan's Foreign Ministry said in a statement": his words as another body relayed them
    r"|,\s+(?-i:(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:[a-z]+\s+)?(?:said|says|reported|reports|stated))\b[^,]*$",
    re.I,
)


_SAY_VERBS = {
    "said": "say",
    "told": "say",
    "stated": "state",
    "argued": "argue",
    "warned": "warn",
    "predicted": "predict",
    "noted": "note",
    "claimed": "claim",
    "insisted": "insist",
    "suggested": "suggest",
    "believed": "believe",
    "wrote": "write",
    "added": "say",
    "explained": "explain",
    "stressed": "stress",
    "emphasized": "emphasise",
    "emphasised": "emphasise",
    "maintained": "maintain",
    "contended": "contend",
    "asserted": "assert",
    "declared": "declare",
    "thought": "think",
    "observed": "observe",
    "acknowledged": "acknowledge",
    "admitted": "admit",
    "conceded": "concede",
    "pointed out": "point out",
    "cautioned": "caution",
    "reiterated": "reiterate",
    "affirmed": "affirm",
    "complained": "complain",
    "announced": "announce",
    "agreed": "agree",
    "expected": "expect",
    "hoped": "hope",
    "proposed": "propose",
    "concluded": "conclude",
    "described": "describe",
    "called": "call",
}


# The words of diplomatic formulas: protest, regret, resolve, continue talks. A view made of little
# else ("deeply regrettable", "will tenaciously seek a settlement") names no stance of its own.
# "Medvedev's visit to the islet on Monday was regrettable": in reported words a weekday dates
# nothing the question can use (which Monday?), and leaving it out changes no claim
_WEEKDAY_IN_VIEW = WEEKDAY_PHRASE


# "(Itar-Tass, October 1)": the digest's citation of its source, no part of the words (both blind reviewers of
# sets 270-271 failed it pasted into a who-said)
_CITATION = re.compile(
    r"\s*\((?:[A-Z][\w&.’'-]*(?:[\s-][A-Z][\w&.’'-]*){0,3}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,\s+\d{4})?\)"
)


# "from Tuesday through Thursday": a range of days goes whole (one end left alone reads "from through")
_WEEKDAY_RANGE = re.compile(rf"\s+(?:from|between)\s+{WEEKDAY}\s+(?:through|to|until|till|and)\s+{WEEKDAY}\b", re.I)


# "a dispute with Japan", "protests from Tokyo": the side the words face, which is not the speaker's
_COUNTERPART = re.compile(r"\b(?:with|from|against|by)\s+((?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][a-z]+)?)")
# "Japanese officials who disagree with his stance should …": the people the words are aimed at (both blind
# reviewers of the pooled dev sets found Japanese officials among the choices absurd)
_AIMED_AT = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:officials|politicians|leaders|diplomats|nationalists|lawmakers|authorities)\b"
)


_MEETING_WORD = re.compile(r"\b(?:summit|meeting|talks|negotiations|conference)\b", re.I)


_OWN_COUNTRYS = re.compile(
    r"(?i)\b(?:his|her|their|our|its)\s+(?:own\s+)?(?:country|nation)[’']s\s+(?:own\s+)?(?:territory|land|soil)\b|"
    r"\b(?:an?\s+)?(?:integral|inherent|inalienable|inseparable)\s+part\s+of\s+(?:his|her|their|our)\s+(?:country|territory)\b"
)


# "Japan and Russia", "Tokyo and Moscow", "the Soviet Union and Japan": two sides named as a pair
_TWO_SIDES_TOGETHER = re.compile(
    r"\b(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z]\w+)?\s+and\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z]\w+)?"
)


_ORIGIN_OF = {"Japan": "ja", "Russia": "ru", "the Soviet Union": "ru"}


# The speaker's own trips and talks, not where he stands on the dispute: a plan opening the words ("I
# have been considering inspecting the islands", "we plan to visit the area", "I want to exchange views
# with …"), or a visit anywhere in them ("I have never been there", "So I will definitely go")
_OWN_PLAN = re.compile(
    # ("he intends to visit four Russian-held islands …": both blind reviewers of sets 184-185 failed a
    # minister's plan to go as no position on the dispute)
    r"(?i)^(?:I|we|he|she|they)\s+(?:have\s+been\s+|has\s+been\s+|had\s+been\s+|am\s+|is\s+|are\s+|was\s+|"
    r"were\s+|would\s+)?"
    r"(?:consider(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|want(?:s|ed)?|hop(?:e|es|ed|ing)|like|"
    r"wish(?:ed)?|think(?:ing)?\s+(?:about|of))\s+(?:to\s+)?"
    r"(?:visit|inspect|go|travel|tour|see|fly|sail)(?:ing|s)?\b"
    # "I want to exchange views on the peace treaty with President Putin": a wish to talk, said before any
    # summit (both blind reviewers of sets 86-87 judged it a routine line, not a stance)
    r"|^(?:I|we)\s+(?:would\s+like|want|hope|intend|plan|wish)\s+to\s+(?:exchange\s+views|discuss|talk|hold\s+talks|meet)\b"
    r"|\b(?:I|we)\s+(?:have|had|'ve)\s+(?:never\s+|not\s+|already\s+|often\s+)?been\s+(?:there|to)\b"
    r"|\b(?:I|we)\s+(?:will|shall|'ll)\s+(?:definitely\s+|certainly\s+|surely\s+)?(?:go|visit|come)\b"
    # "a group led by X is scheduled to visit Sakhalin": a timetable passed on, not a stance
    r"|\b(?:is|are|was|were)\s+(?:scheduled|due|slated)\s+to\s+(?:visit|travel|arrive|leave|go|fly|hold|meet|depart)\b"
    # "(said) he would visit the Kuril Islands": his own journey announced, not a position (a blind review
    # of sets 158-159 failed "Who said that he would visit …?")
    r"|^(?:he|she|they|I|we)\s+(?:would|will|could|might|may|shall|'ll)\s+(?:soon\s+|definitely\s+|also\s+)?"
    r"(?:visit|go\s+to|travel\s+to|tour|fly\s+to|come\s+to|make\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit)s?)\b"
)

# "the Russian government has prepared and submitted to the State Duma a bill …": what his government
# has done, passed on by the official; the act is the fact (as with one announced: "would recall")
_GOVERNMENT_ACT_DONE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:government|cabinet|ministry)\s+(?:has|have|had)\s+(?:already\s+|just\s+|now\s+)?"
    r"(?!(?:always|consistently|repeatedly|long|never|not)\b)(?:[a-z]+ed|sent|made|built|drawn\s+up|taken)\b"
    r"(?<!maintained)(?<!insisted)(?<!claimed)(?<!argued)(?<!stressed)(?<!stated)(?<!declared)"
)


# "foreign ministry officials have been dispatched to Paris to seek …": whom his government sent, in the
# passive (both blind reviewers of sets 264-265 failed the who-said: no stance, and any minister could say it)
_SENT_BY_HIS_SIDE = re.compile(
    r"^(?:(?:the|a|an|its|our|his|two|three|several|senior|[a-z]+\s+ministry|foreign|defen[cs]e|[A-Z][\w-]+)\s+){0,3}"
    r"(?:officials?|diplomats?|troops|envoys?|experts?|representatives?|delegations?|delegates|teams?|ships|"
    r"forces|negotiators?)\s+(?:have|has|had|were|was)\s+(?:already\s+|now\s+|just\s+)?been\s+"
    r"(?:dispatched|sent|deployed|ordered|instructed|assigned|appointed|posted)\b"
)

# "the League of Residents of Chishima and Habomai Islands comprised former residents of …": what a body is
# made of, a description (both blind reviewers of sets 264-265 failed its who-said as no stance)
_MADE_OF = re.compile(
    r"^(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|and|for|the|[A-Z][\w’'-]*))*\s+"
    r"(?:comprises|comprised|comprise|consists\s+of|consisted\s+of|(?:is|was|are|were)\s+(?:made\s+up|composed)\s+of)\b"
)


# "the Japanese government regards …", "Tokyo hopes …": a government holding a view, in its official's words
_GOVERNMENT_HOLDS = re.compile(
    r"^(?P<who>(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:government|cabinet|administration)|[A-Z][\w-]+)\s+"
    r"(?:regards|considers|believes|hopes|intends|wants|sees|views|attaches|places|welcomes|appreciates)\b"
)


# "Mr. Medvedev at the time described …": words dated by a time only the article's story gives
_AT_THE_TIME = re.compile(r"(?i)\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then|in\s+those\s+days)\b")


# "in an interview with Bloomberg News", "during a speech at the State Duma", "in a keynote speech in
# parliament": the occasion of the words, which tells a standing line apart from another's
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)


_OCCASION = re.compile(
    r"\b(?P<occasion>(?:in|at|during)\s+(?:an?|the|his|her|their)\s+(?:(?:keynote|televised|annual|policy|"
    r"joint|news|press|radio|television|TV)\s+)?(?:interview|speech|address|news\s+conference|"
    r"press\s+conference|briefing|statement|lecture|debate)"
    # ("in his policy speech on Jan. 18": a date, not whom or where; a blind review of sets 168-169)
    rf"(?:\s+(?:with|to|at|in|before|on)\s+(?:the\s+)?(?!{WEEKDAY}\b)(?!{_MONTH_WORD}\b)"
    r"(?:[A-Z][\w’'-]*|parliament|reporters|journalists)"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|News|television))*)?)"
)


# A news conference or a briefing, in a city at most: held by every minister, week in week out
_ROUTINE_OCCASION = re.compile(
    r"(?:at|during|in)\s+(?:an?|the|his|her|their)\s+(?:(?:joint|news|press|regular|weekly|daily)\s+)?"
    r"(?:news\s+conference|press\s+conference|briefing"
    # "in his policy speech", "in an interview": a prime minister gives one every year, a leader many
    # (both blind reviewers of the pooled dev sets failed "Who said in his policy speech that …?")
    r"|(?:annual\s+|new\s+year\s+|first\s+)?policy\s+(?:speech|address)|speech|address|interview)"
    r"(?:\s+(?:in|with|to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*|reporters|journalists))?"
)


# "it could be an important first step": a subject "it" that stands for something said before (not
# the "it" of "it is time to …", "it was clear that …")
_REFERRING_IT = re.compile(
    r"^[“\"‘']?[Ii]t\s+(?!(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|remains|seems)\s+"
    r"(?:\w+\s+){0,2}(?:to|that|for|whether|how|when|why)\b)"
)


_FORMULA_WORDS = frozenset(
    (
        *("regrettable", "regret", "deeply", "extremely", "truly", "very", "unacceptable", "unforgivable", "outrage"),
        *("outrageous", "protest", "protested", "strongly", "firmly", "consistent", "consistently", "position"),
        *("significant", "important", "importance", "subject", "issue", "issues", "matter", "diplomacy"),
        *("diplomatic", "tenaciously", "persistently", "patiently", "steadily", "settlement", "settle", "seek"),
        *("resolve", "resolution", "resolved", "continue", "continued", "negotiations", "negotiate", "talks"),
        *("efforts", "effort", "utmost", "calmly", "appropriately", "respond", "response", "concern", "concerned"),
        *("serious", "seriously", "hurts", "hurt", "feelings", "contrary", "stance", "basic", "policy", "against"),
        *("went", "goes", "cannot", "accept", "row", "problem", "relations", "necessary", "firm", "clear"),
        *("mutually", "acceptable", "solution", "solutions", "create", "find", "territorial", "dialogue"),
        *("constructive", "cooperation", "both", "sides", "countries", "work", "together", "towards", "toward"),
        *("discussions", "discussion", "heated", "candid", "frank", "going", "forward", "though", "quickly"),
        *("progress", "useful", "productive", "exchange", "exchanged", "opinions"),
        # a government's standing line: "remains committed to resolving the territorial issue and
        # concluding a peace treaty" (any prime minister of the last decades said it)
        *("committed", "commitment", "remains", "remain", "resolving", "concluding", "conclude", "peace"),
        *("treaty", "difficult", "state", "differences", "strive", "reach", "deal", "normalize", "normalise"),
        *("normalization", "normalisation", "bilateral", "ties", "impact", "impacting", "affecting", "absence"),
        *("elusive", "dispute"),
    )
)


_FILLER = frozenset(
    (
        *("the", "a", "an", "of", "in", "on", "to", "for", "and", "or", "is", "was", "are", "were", "be", "been"),
        *("will", "would", "that", "this", "it", "its", "with", "by", "as", "at", "from", "over", "has", "have"),
        *("had", "not", "no", "we", "our", "they", "their", "he", "she", "his", "her", "which", "who", "s"),
        *("but", "after"),
    )
)


def _stock_phrase(view: str) -> bool:
    """Is the view a diplomatic formula ("deeply regrettable", "will seek a settlement of the row")?
    Names are left out; of the other content words, most must be formula words."""
    content = [
        w.lower() for w in re.findall(r"\b[A-Za-z][a-z’'-]*\b", view) if not w[:1].isupper() or w == view.split()[0]
    ]
    content = [w for w in content if w not in _FILLER and len(w) > 2]
    formula = [w for w in content if w in _FORMULA_WORDS]
    return len(formula) >= 2 and len(formula) >= 0.6 * len(content)


# What a government announces or reports of its own acts: plans, decisions and acts done, not views.
_ANNOUNCEMENT = re.compile(
    r"\b(?:will|shall|is\s+going\s+to|plans?\s+to|intends?\s+to)\b"
    r"|(?<!be\s)(?<!been\s)\b(?:gave|granted|issued|deployed|sent|approved|signed|decided|adopted|launched)\b"
)  # ("a peace agreement can be signed" is no act done)


def _one_name_order(choices: list[str], accepted: list[str], key: str) -> list[str]:
    """Japanese names among the wrong choices in the key's order: "Sato Masaru" beside "Taro Aso" is
    "Masaru Sato" (a blind reviewer of sets 88-89 failed choices that mixed the two orders)."""
    words = key.split()
    family_first = len(words) == 2 and words[0] in JAPANESE_FAMILY and words[1] not in JAPANESE_FAMILY
    out = []
    for c in choices:
        parts = c.split()
        one_family_word = len(parts) == 2 and (parts[0] in JAPANESE_FAMILY) != (parts[1] in JAPANESE_FAMILY)
        wrong_order = c not in accepted and one_family_word and (parts[0] in JAPANESE_FAMILY) != family_first
        out.append(f"{parts[1]} {parts[0]}" if wrong_order else c)
    return out


def _transliterations(name: str) -> list[str]:
    """Common spellings of a transliterated given name: Sergei/Sergey, Dmitry/Dmitri, Yuri/Yury; a
    Japanese name in the other order."""
    reordered = other_order(name)
    if reordered:
        return [reordered]  # "Kishida Fumio" is also written "Fumio Kishida"
    first, _, rest = name.partition(" ")
    if not rest or not (re.search(r"(?:ov|ev|in|sky|skiy|enko|uk|yan)a?$", rest) or name_origin(name) == "ru"):
        return []  # only Russian-looking names have these spellings
    alts = {first}
    for a, b in (("ei", "ey"), ("ey", "ei"), ("y", "i"), ("i", "y"), ("iy", "y"), ("y", "iy")):
        if first.endswith(a):
            alts.add(first[: -len(a)] + b)
    alts |= {x.replace("yo", "e") for x in alts if "yo" in x}  # Fyodor / Fedor
    # Aleksandr / Alexander / Alexandr, Aleksei / Alexei: "ks" and "x" write one sound
    alts |= {x.replace("ks", "x") for x in alts if "ks" in x} | {x.replace("x", "ks") for x in alts if "x" in x}
    alts |= {x[:-1] + "er" for x in alts if x.endswith("andr")} | {x[:-2] + "r" for x in alts if x.endswith("ander")}
    return [f"{x} {rest}" for x in sorted(alts) if x != first]


_HIS_SIDE = re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:government|country|nation|state|administration)\b")


# "he had made clear Malaysia's stand on Sabah before": a stance referred to, not stated.
# "the comments by Deputy Foreign Minister X … were unacceptable": a verdict on words not given
_REACTION_TO_UNSTATED = re.compile(
    r"(?i)^[“\"‘']?(?:the|his|her|their|these|those|such)\s+(?:[\w-]+\s+)?(?:comments?|remarks?|statements?|words|"
    r"claims?|assertions?)\s+(?:by|of|from|made\s+by)\b"
)


_STANCE_NOT_STATED = re.compile(
    r"(?i)\b(?:made\s+clear|explained|reiterated|stated|expressed|conveyed|outlined|set\s+out)\b"
    r"[^.;]{0,40}\b(?:stand|stance|position|view|views|policy)\b"
)


# Lines every official of either side gives: that talks go on ("Japan intends to continue consultations
# with Russia on …", "negotiations with Moscow are ongoing with the aim of …"; both blind reviewers of a
# late-rules check failed a foreign minister's and a prime minister's such line as fitting any official)
_ROUTINE_LINE = re.compile(
    r"(?i)\b(?:continue|continuing|pursue|pursuing|carry\s+on|go\s+on\s+with|keep\s+up|proceed(?:ing)?\s+with)\s+"
    r"(?:the\s+|its\s+|our\s+)?"
    r"(?:[a-z-]+\s+)?(?:consultations|talks|dialogue|negotiations|discussions|contacts)\b"
    r"|\b(?:consultations|talks|dialogue|negotiations|discussions)\b[^.;]{0,40}?\b(?:are|is|were|was|will\s+be)\s+"
    r"(?:still\s+)?(?:ongoing|continuing|under\s+way|underway|in\s+progress|going\s+on)\b"
    # "Tokyo and Moscow must work together to find a “mutually acceptable” solution": the formula of every
    # leader of either side (both blind reviewers of sets 184-185 judged it a standard line, not a position)
    r"|\bmutually\W{0,2}\s*acceptable\b"
    # "The sovereignty of the islands remains unclear": the premise every official of that side states (both
    # blind reviewers of sets 196-197 failed it, the prime minister's own line came after it)
    r"|\b(?:remains?|remained|is\s+still|are\s+still)\s+(?:still\s+)?(?:unclear|unresolved|unsettled|undecided)\b"
    # "the detention of four fishing boats may hamper relations with Russia": what any minister says of
    # any incident (both blind reviewers of sets 188-189 flagged it as not worth asking)
    r"|\b(?:may|might|could|would|will|to)\s+(?:\w+\s+)?(?:hamper|harm|hurt|damage|affect|complicate|cloud|strain|sour|"
    r"undermine|worsen|spoil|poison)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:relations|ties)\b"
    # "It is impossible to resolve the Northern Territories issue without dialogue between leaders": how any
    # dispute gets settled, said by every leader (a blind review of the session-22 pooled dev sets flagged it)
    r"|\b(?:impossible|cannot|can\s*not|can[’']t)\s+(?:to\s+)?(?:be\s+)?(?:resolve|solve|settle)[ds]?\b[^.;]{0,60}?\bwithout\s+"
    r"(?:(?:a|the)\s+)?(?:dialogue|talks|negotiations?|summit|meetings?|contacts)\b"
    r"|\bcan\s+only\s+be\s+(?:resolved|solved|settled)\s+(?:through|by|via)\s+(?:(?:a|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?:dialogue|talks|negotiations?|diplomacy|diplomatic\s+means)\b"
)

# "two of the four islands face catastrophic fuel shortages": a report of how things stand on the
# ground, news rather than anyone's position (both blind reviewers of sets 188-189 judged a local
# administrator's words so, one failed the who-said)
_CONDITIONS = re.compile(
    r"(?i)\b(?:face[sd]?|facing|suffer(?:s|ed|ing)?|lack(?:s|ed|ing)?|experienc(?:e|es|ed|ing))\s+(?:\w+\s+){0,3}?"
    r"(?:shortages?|hardships?|outages?|blackouts?|difficulties|cuts)\b"
    r"|\b(?:run(?:s|ning)?|ran)\s+(?:out|short)\s+of\b"
)


# How talks went ("heated but candid discussions", "we've been going forward"): a formula of process.
_PROCESS_WORDS = re.compile(
    r"(?i)\b(?:discussions?|talks|candid|frank|heated|constructive|useful|productive|forward)\b"
)


# "the Southern Kurils islands": a plural name before "islands" ("Kuril islands", "Spratly islands")
_DOUBLED_PLURAL = re.compile(r"\b([A-Z][a-z]+[^s\W])s\s+([Ii]slands|[Ii]slets|[Ii]sles)\b")
# "a peace treaty should be concluded during the next two decades": counted from when the words were said
_RELATIVE_SPAN = re.compile(
    r"(?i)\b(?:the\s+)?(?:next|coming|following|past|last|previous)\s+(?:(?:two|three|four|five|six|ten|few|several|\d+)\s+)?"
    r"(?:years?|decades?|months?|weeks?)\b"
)


@dataclass
class _View:
    """A person's words as a question gives them, judged: the points they lose are in ``score``."""

    person: str
    view: str
    key: str  # the question slot: "view|person|words"
    same: str  # the slot of the same words said by the same person elsewhere, or ""
    notes: list[str]
    score: Score
    official: bool  # an official's or a leader's words
    quoted: bool
    naming: bool  # "called the Kurils an “inseparable” part of Russia"


@dataclass(frozen=True)
class _Said:
    """How "Who said …?" tells when and where the words were said."""

    verb: str  # "said", with the occasion and time when there are any ("said in an interview in May 2019")
    occasion: str  # "in an interview in May 2019", or ""
    telling: bool  # a time or an occasion other than a routine one tells these words from others
    who_prompt: str


class ViewQuestions(PeopleQuestions):
    """Who argued what and what a person argued: a named person's words on the issue, judged, asked in
    each direction that has one answer."""

    def _q_expert_view(self, f: Fact) -> None:
        """ "Who argued that …?" and "What did X argue?" from a person's words on the issue: the words
        judged, then how the question says when and where they were said, then each direction asked
        where it has one answer."""
        judged = self._judged_view(f)
        if judged is None:
            return None
        said = self._how_said(f, judged)
        if said is None:
            return None
        name = f.answer if len(f.answer.split()) > 1 else judged.person
        notes = [*judged.notes, *self._post_notes(judged.person, name, f.source_id)]  # who the speaker is
        self._ask_who_said(f, judged, said, name, notes)
        self._ask_what_said(f, judged, said, name, notes)
        return None

    def _judged_view(self, f: Fact) -> _View | None:
        """The person's words as a question gives them, with the points they lose, or None (dropped)."""
        person = f.subject
        official = self._official(person)  # an official's or a leader's words
        if " and " in person:
            self.drop(f, "view held by two people (ask one person's view)")
            return None
        if len(person.split()) < 2:
            self.drop(f, "speaker known only by one name")
            return None
        view = clean_view(f.value)
        naming = bool(f.attr("naming"))  # "called the Kurils an “inseparable” part of Russia"
        if naming:
            view = re.sub(r"[.,!]([”\"])$", r"\1", view)
        elif not f.attr("quoted"):
            view = _WEEKDAY_IN_VIEW.sub("", _WEEKDAY_RANGE.sub("", without_speakers_next_act(view)))
            view = _CITATION.sub("", view)
            view = self._without_place_asides(view)
            view = lower_opening(view, self.text(f.source_id))
            # "his trip to the Southern Kurils islands": the reporter's doubled plural (both blind reviewers
            # of the session-21 census failed it as broken English); reported words may be set right
            view = _DOUBLED_PLURAL.sub(r"\1 \2", view)
        key = f"view|{person}|{normalize(view)[:80]}"
        same = self._same_words_as(person, view, key)
        view, notes = self._resolved_view(f, view)
        quoted = bool(f.attr("quoted"))
        why = self._why_no_view_question(f, person, view, official, quoted, naming)
        if why:
            self.drop(f, why)
            return None
        score = self._view_points(f, person, view, quoted, naming)
        if not quoted:
            # "… to four islands off Hokkaido, which have been claimed by Japan": a closing aside is the
            # reporter's gloss, no part of the view (a blind review of sets 94-95 failed it as pasted)
            view = CLOSING_ASIDE.sub("", view)
        return _View(person, view, key, same, notes, score, official, quoted, naming)

    def _why_no_view_question(
        self, f: Fact, person: str, view: str, official: bool, quoted: bool, naming: bool
    ) -> str | None:
        """Why neither "who said" nor "what did X say" is asked of these words, or None."""
        if _ORG_WORD.search(person):
            return "speaker is an organisation, not a person"
        if f" {normalize(self._family(person))} " in f" {normalize(view)} ":
            return "speaker named inside the view"
        if not naming and not _has_substance(view, reported=not quoted):
            return "the words name nothing of the issue (a feeling, not a stance)"
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
        if hedged(sentence):
            return "the article only guesses that it was said ('most likely', 'reportedly')"
        if _OWN_COUNTRYS.search(view):
            # "he sees the islands as his country's territory": every official of either side says so of
            # his own (both blind reviewers of sets 148-149 failed it as fitting every choice)
            return "a claim for 'his country' that names no side: any side's official fits"
        if _STANCE_NOT_STATED.search(view) and words(view) < 16:
            return "the words refer to a stance without stating it ('made clear Malaysia's stand')"
        if _REACTION_TO_UNSTATED.match(view):
            return "a reaction to remarks the question does not give ('the comments by X were unacceptable')"
        if _stock_phrase(view) and _PROCESS_WORDS.search(view):
            return "the words report how talks went, not a position ('heated but candid')"
        if _RELAYED.match(view):
            return "relays what others agreed or gave notice of (the fact, not who passed it on)"
        if _OUTLET_REPORTED.search(sentence[: max(0, f.answer_start - f.quote_start)]):
            # "Interfax news agency reported that Ishaev told the conference …": the agency's account of
            # his words, which the headline said he denied (both blind reviewers of sets 118-119 failed it)
            return "words as an outlet reported them ('X reported that he said'), not his own"
        if _MADE_OF.match(view):
            return "the words say what a body is made of: a description, not a stance"
        if _CONDITIONS.search(view):
            return "the words report conditions on the ground (shortages, hardship): news, not a stance"
        if _OWN_PLAN.search(view):
            return "the speaker's own plan to go and see, or to talk ('I want to exchange views …')"
        if official and self._announces_own_act(person, view):
            # "Japan would temporarily recall its ambassador": the recall is the fact, not who announced it
            return "an official announcing his own government's act (the act is the fact)"
        if _SECOND_HAND.search(view) or len(re.findall(r"\b\d[\d,.]*\b", view)) >= 2:
            return "passes on reports or figures ('according to media reports'): not a stance"
        if official and not self._on_the_dispute(view):
            # "joint work in economic areas will help to establish the basis for a true partnership":
            # a leader on relations in general, which the other side's leader could say as well
            return "an official's words on relations in general, naming nothing of the dispute"
        if official and (_stock_phrase(view) or _stock_phrase(clauses.simplify(view))):
            return "an official's stock phrase (any official of that government could have said it)"
        if official and _ROUTINE_LINE.search(view):
            return "an official's routine line (talks go on, a 'mutually acceptable' solution): any official fits"
        if official and _UNCHANGED.search(view):
            # "Japan's policy of … remains unchanged": the words say it is the government's standing line
            return "an official restating an unchanged position (a standing line, not a stance of his own)"
        if f.attr("via_pronoun"):
            between = self.text(f.source_id)[f.answer_end : int(f.attr("view_start") or f.answer_end)]
            between = re.sub(r"^,\s+[^,.;“”\"]{3,80},", "", between)  # his own post: ", a professor at X,"
            pronoun = list(re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", between))
            between = between[: pronoun[-1].start()] if pronoun else between  # "He told Governor X that": X listens
            families = {surname_of(p) for p in [*self._speakers, *self._leaders, *self._all_posts] if p != person}
            someone = (
                _OTHER_SPEAKER.search(between)
                or any(re.search(rf"\b{re.escape(o)}\b", between) for o in families)
                or any(is_name(m.group(0)) for m in _TWO_NAMES.finditer(between) if m.group(0) != person)
            )
            if f.quote_start < self.passage_start[f.passage_id] and (someone or not f.attr("continues")):
                # "X said … ¶ “…,” he said" goes on with X's words; "X is a professor … ¶ he said" may not
                return "'he said' names its speaker in an earlier paragraph"
            if someone:
                return "'he said' could be another person named in between (spokesman, official…)"
        if f.attr("verb") == "agreed" and (person in self._leaders or _MEETING_WORD.search(self._around_the_words(f))):
            # "Yeltsin had agreed at a summit that the two nations should strive …": the other leader agreed too
            return "a joint act ('agreed at a summit'): the other party agreed too"
        if re.search(r"\bwe\s+(?:have\s+)?(?:agreed|decided|signed|confirmed|reached|concluded)\b", view, re.I):
            return "a joint act in the view ('we agreed'): the other party could have said it"
        if quoted and view[:1].islower():
            vs = int(f.attr("view_start") or f.quote_start)
            lead = self.text(f.source_id)[max(f.quote_start, vs - 12) : vs]
            if not re.search(r"\bthat\s*[“\"‘']?$", lead):
                return "a quoted fragment whose subject is outside the quotation"
        return None

    def _view_points(self, f: Fact, person: str, view: str, quoted: bool, naming: bool) -> Score:
        """The points the words lose as a question (too long, an aside, leaning on another sentence …)."""
        n = words(view)
        score = Score()
        if not re.match(r"[\w“‘\"'\[]", view):  # "[Medvedev's visit to Kunashir] is …" is a clause
            score.lose(60, "the view is not a clause of its own (starts with punctuation)")
        if n < (3 if naming else 5 if quoted else 6):
            score.lose(40, f"view too short to state a position ({n} words)")
        if n > 34:
            score.lose(min(50, 10 + (n - 34) * 2), f"long view ({n} words)")
        if len(re.findall(r"[.!?][”’\"']?\s+[“‘\"']?[A-Z]", view)) >= 1 and n > 20:
            score.lose(30, "two sentences pasted as one view (a teacher would ask about one)")
        others_named = [p for p in self._speakers if p != person and p.split()[-1] in view]
        dangling = dangling_in(view, speaker_pronouns=not others_named)
        if dangling and _THE_DISPUTE.fullmatch(dangling) and self._names_territory(view, f.source_id):
            dangling = None  # "developing Kunashir jointly would not settle the dispute": whose is said
        if dangling:
            score.lose(40, f"the view leans on another sentence ({dangling!r})")
        if not quoted and not naming and FIRST_PERSON_WORD.search(view):
            score.lose(15, "first-person words in a reported view")
        if re.search(r"\([^)]{12,}\)", view):
            score.lose(25, "parenthetical aside in the view")
        if not quoted and re.search(
            r"\b(?:is|are|was|were|has|have|had|will|would)\s+also\b|\balso\s+[a-z]+(?:s|ed)\b", view
        ):
            score.lose(35, "'also' in the view points back to something said before")
        if _REFERRING_IT.match(view):
            score.lose(40, "the view's 'it' points back to something the question does not give")
        connective = opens_mid_thought(view)
        if connective:
            score.lose(35, f"the view opens mid-thought ({connective!r})")
        if person not in self._leaders and not any(g.source_id == f.source_id for g in self._all_posts.get(person, [])):
            # "James Brown predicts …" in an article that never says who he is: a name matched to a quote
            score.lose(30, "the article never says who the speaker is")
        if re.search(r"\s[–—-]{1,2}\s", view):
            score.lose(25, "dash aside in the view")
        if re.search(
            r",\s+(?:known\s+as|also\s+called|called|a\s+\w+\s+(?:which|that)|which\s+(?:is|are|was|were|lie|lies))\b",
            view,
        ):
            score.lose(25, "an aside in the view (', known as …', ', a dispute which …')")
        return score

    def _how_said(self, f: Fact, judged: _View) -> _Said | None:
        """When, where and how the words were said, and the "Who said …?" prompt; None (dropped) when the
        article says only "at the time"."""
        view, naming, quoted, score = judged.view, judged.naming, judged.quoted, judged.score
        verb = f.attr("verb") or "said"
        verb = "said" if verb == "told" else verb
        when = self._when_said(f)
        occasion = self._occasion(f)
        if not when and _RELATIVE_SPAN.search(view) and not re.search(r"\b(?:1[89]|20)\d\d\b", view):
            # "Who said that a peace treaty should be concluded during the next two decades?": from when?
            # (a blind reviewer of the session-21 census failed it as floating)
            self.drop(f, "a span counted from when the words were said ('the next two decades'), which is not said")
            return None
        # "at a news conference in Tokyo": every minister gives his government's line at one, so a
        # routine occasion with no time tells no official's words from another's (both blind reviewers
        # of sets 94-95 failed "Who said at a news conference in Tokyo that the four islands are an
        # integral part of Japanese territory?")
        telling = bool(when) or bool(occasion and not _ROUTINE_OCCASION.fullmatch(occasion))
        if when:  # "in an interview in May" + "in May 2019" -> "in an interview in May 2019"
            occasion = re.sub(rf"\s+in\s+{re.escape(when.split()[1])}$", "", occasion)
        where = occasion  # a label's or a request's time comes first, apart from where it was said
        occasion = " ".join(x for x in (occasion, when) if x)
        if _AT_THE_TIME.search(self._around_the_words(f)) and not re.search(
            r"\b1[89]\d\d\b|\b20\d\d\b", view + occasion
        ):
            # "Mr. Medvedev at the time described the islands as …": the question cannot say when
            self.drop(f, "words said 'at the time', a time the question cannot give")
            return None
        if occasion:
            verb = f"{verb} {occasion}"
        if naming:  # "called the visit “an unforgivable outrage” in an interview"
            # the time first: "… the dispute over the islands between Japan and Russia in February 2009"
            # reads as the dispute's date (a blind review of the late rules failed it)
            stated = f"{f.attr('verb')} {view}{f' {where}' if where else ''}"
        elif quoted:
            stated = (
                f"{verb} that “{view}”" if view[:1].islower() else f"said{f' {occasion}' if occasion else ''}, “{view}”"
            )
        else:
            # "Who said in 2012 that top Russian leaders will continue …" reads as the reporter's
            # present: a past time takes reported speech ("would continue"; a blind review failed it)
            # "handed over the southern Kuril Islands over to Japan": the source's doubled particle, in the
            # reporter's words (not a quotation), is tidied (both blind reviewers of the session-24 pooled
            # sample failed it as ungrammatical)
            view = _DOUBLED_OVER.sub(r"\1 over \2 to", view)
            stated = f"{verb} that {backshift(view) if when else view}"
        if not quotes_ok(view):
            score.lose(40, "quotation marks do not pair up in the view")
        who_prompt = f"{capitalize(when)}, who {stated}?" if naming and when else f"Who {stated}?"
        return _Said(verb, occasion, telling, who_prompt)

    def _ask_who_said(self, f: Fact, judged: _View, said: _Said, name: str, notes: list[str]) -> None:
        """ "Who argued that …?" in multiple choice and typed, each where the words have one speaker."""
        person, view, key, same, score = judged.person, judged.view, judged.key, judged.same, judged.score
        official, quoted, naming = judged.official, judged.quoted, judged.naming
        telling, who_prompt = said.telling, said.who_prompt
        peers = self._who_said_peers(f, person, view, key)
        titled = self._titled_forms(person, f.source_id)
        accepted = [
            name,
            person,
            self._family(person),
            *self._name_forms(person),
            *_transliterations(name),
            *titled,
        ]
        choices = self._who_said_choices(f, person, view, key, name, peers, accepted)
        who = self._person_value(name, person, [a for a in accepted if a not in titled])
        spokesperson = self._spokesperson(person)
        if spokesperson:
            # A spokesman's words are the government's: asking for his name is trivia (and what he
            # said is not asked either: an official, below)
            self.dropped.append((f.source_id, f.kind.value, "who-said of a spokesperson (the name is trivia)"))
        elif self._names_own_side(person, view):
            # "Who said that the current territorial arrangement suits Russian interests?": a head
            # of state's words that name his own country point at him (a blind review failed it)
            self.dropped.append((f.source_id, f.kind.value, "who-said of a leader whose words name his own country"))
        elif not self._on_the_dispute(view):
            # "Moscow is highly interested in attracting Japanese investments": a claim about the
            # sides' interests that the articles give others too, so "who said it" has several
            # defensible answers (blind reviews failed it twice)
            self.dropped.append((f.source_id, f.kind.value, "who-said of words that name nothing of the dispute"))
        elif quoted and not naming and not official:
            # "Who said, 'Tokyo just needs to stick to its claim'?" of a professor matches a quotation to a
            # name: the brief asks first where an expert stands, then who he is, so a commentator's
            # quotation is asked "What did X say?" only (blind reviews of the course flagged "Who said,
            # 'It's too optimistic …'?" of an analyst, and both reviewers of sets 64-65 a professor's,
            # as attribution trivia). His reported view ("Who argued that …?") asks his position, and
            # officials' and leaders' words stand for their government's: those are asked who said them.
            self.dropped.append((f.source_id, f.kind.value, "who-said of a commentator's quotation (trivia)"))
        elif official and person not in self._leaders and self._gives_his_governments_view(person, view):
            # "Who said that the Japanese government regards the visa-free exchanges as highly significant?" of
            # a foreign minister: his government's view, which its prime minister or spokesman gives too (both
            # blind reviewers of sets 276-277 failed it as a name attached to a government line)
            self.dropped.append(
                (
                    f.source_id,
                    f.kind.value,
                    "who-said of an official giving his government's view: any of its officials fits",
                )
            )
        elif official and not telling and person not in self._leaders:
            # "Who said that Moscow had no plans for a handover of the Kurils?" of a minister, with no time
            # or occasion: his government's standing line, which any of its officials gives (both blind
            # reviewers of sets 80-81 judged it a name attached to a line). A head of state or government
            # is the government: his line is still asked, in multiple choice.
            self.dropped.append(
                (f.source_id, f.kind.value, "who-said of an official's standing line with no time or occasion")
            )
        else:
            mc = self._add(
                f, key, "who", "mc", who_prompt, name, accepted, score, choices, notes=notes, value=who, same_as=same
            )
            in_mc = mc is not None and mc.score.passes
            if official and not telling:
                # "Who argued that there is no territorial dispute …?" typed, with no time or occasion: a
                # government's standing line, which his predecessors and ministers gave too, so other names
                # typed would be defensible (a blind review of the course failed it); multiple choice
                # leaves those names out
                self.dropped.append(
                    (f.source_id, f.kind.value, "typed who-said of an official with no time or occasion")
                )
            elif (
                person not in self._leaders
                and _OFFERS_LAND.search(view)
                and self._names_own_side(person, view, officials=True)
            ):
                # "Who suggested in 2004 that Moscow might return two of the islands?" typed, of a foreign
                # minister: his government's offer, which his president made too (both blind reviewers of sets
                # 112-113, and both again at the final code, failed it for "Putin" marked wrong)
                self.dropped.append(
                    (f.source_id, f.kind.value, "typed who-said of a minister speaking for his government")
                )
            elif not telling and in_mc and not naming:  # (a label, "a permanent flashpoint", marks its maker)
                # "Who said that by making settlement of the islands issue the precondition …?" typed, with
                # no time or occasion: a remark to recall by name with nothing to place it (both blind
                # reviewers of sets 98-99 failed it, twice; the multiple choice passed both): asked there
                self.dropped.append(
                    (f.source_id, f.kind.value, "typed who-said with no time or occasion beside its multiple choice")
                )
            elif self._names_other_side(person, view):
                # "Who said in 2004 that he was ready to revive peace talks with Japan?" typed: a leader
                # offering the other side talks is the one leader a student would guess (a blind review
                # failed it as testing nothing); the multiple choice offers other leaders
                self.dropped.append(
                    (f.source_id, f.kind.value, "typed who-said of a leader whose words name the other side")
                )
            else:
                typed_who = Score(score.points, list(score.reasons))
                if not quoted and _HIS_SIDE.search(view):
                    # "Who said in 1990 that his government was willing to negotiate …?" typed: his
                    # government's other men are defensible too (a blind review failed it; the
                    # multiple choice offers none of them)
                    typed_who.lose(40, "'his government' in typed reported words: his colleagues fit too")
                self._add(
                    f, key, "who", "typed", who_prompt, name, accepted, typed_who, notes=notes, value=who, same_as=same
                )

    def _who_said_peers(self, f: Fact, person: str, view: str, key: str) -> list[str]:
        """Other people whose names could stand as wrong choices for "Who said …?", best first: of the same
        dispute and era, none whose words these could defensibly be."""
        named_in_view = {p for p in self._speakers if f" {normalize(surname_of(p))} " in f" {normalize(view)} "}
        # Experts and officials first; leaders (whose positions are broad) only when too few.
        people = [p for p in rotated(self._speakers, key) if p != person and p not in self._leaders]
        people += [p for p in rotated(sorted(self._leaders), key) if p != person and p in self._speakers]
        people = [p for p in people if p not in named_in_view]
        # People of the same dispute first: a Vietnamese official among Kuril voices stands out.
        # and of the same era: a 2022 minister beside a 1998 remark is easy to rule out.
        year = self._year_of(f.source_id)
        people.sort(key=lambda p: (not (self._disputes_of(p) & self._disputes_of(person)), self._era_gap(p, year)))
        # Brezhnev beside a 2019 remark is ruled out at a glance (a blind review of set 22 failed it):
        # wrong choices come from within two decades of the words
        people = [p for p in people if self._era_gap(p, year) < 2]
        # One wrong choice from the speaker's own country, so that "Putin" is not the only Russian name,
        # but no official of the same government, whose stance would be defensible too.
        origin = name_origin(person)
        kin = [p for p in people if name_origin(p) == origin and not self._official(p)][:1]
        people = (
            kin
            + [p for p in people if p not in kin and name_origin(p) != origin and not self._official(p)]
            + [p for p in people if p not in kin and (name_origin(p) == origin or self._official(p))]
        )
        aimed_at = " ".join([*_COUNTERPART.findall(view), *_AIMED_AT.findall(view)])
        facing = {_ORIGIN_OF.get(c, "") for c in country_mentions(aimed_at)}
        if facing - {"", origin}:
            # "its territorial dispute with Japan": nobody of Japan said it, so Japanese names are no choices
            people = [p for p in people if name_origin(p) not in facing]
        people = [p for p in people if name_origin(p) not in self._sides_not_naming(view)]
        if self._official(person):
            # Another official of the same government says the same stock words ("deeply regrettable"):
            # never a wrong choice for an official's statement.
            people = [p for p in people if not (self._official(p) and name_origin(p) == origin)]
        peers = [p for p in people if self._disputes_of(p) & self._disputes_of(person)]
        if re.search(r"\b(?:we|our|us)\b", view, re.I) and (person in self._leaders or self._official(person)):
            # "we don't trade in territories" is a government speaking: which government is read off the
            # words, so any four names give the key away (blind reviews failed commentators beside the
            # leader, then other countries' leaders). It is asked typed only.
            peers = []
        return _one_per_family(peers, person)

    def _who_said_choices(
        self, f: Fact, person: str, view: str, key: str, name: str, peers: list[str], accepted: list[str]
    ) -> list[str]:
        """The multiple-choice names for "Who said …?", or none where the words or the names give the
        key away."""
        origin = name_origin(person)
        # Wrong choices from other disputes give the key away (one Nigerian among Japanese ministers):
        # the multiple-choice form needs three people quoted on the same dispute.
        choices = _one_name_order(pick(peers, accepted, 3, key, keep_order=True), accepted, name)
        wrong = [c for c in choices if c not in accepted]
        if origin != "other" and len(wrong) >= 3 and not any(name_origin(c) == origin for c in wrong):
            # "Naoto Kan" among three Russian names: the one Japanese name is the key
            self.dropped.append((f.source_id, f.kind.value, "mc: the key is the only name of its country"))
            choices = []
        elif re.search(r"\b(?:she|her|hers|herself)\b", view, re.I):
            # "… reaffirmed that her government's policy …": the one woman among the choices is the key
            self.dropped.append((f.source_id, f.kind.value, "mc: 'her' in the words tells the speaker among men"))
            choices = []
        elif self._official(person) and self._names_own_side(person, view, officials=True):
            # "Russia cannot accept the protests from Tokyo" beside Japanese names: the words say
            # which side speaks, and the only official of that side among the choices is the key
            self.dropped.append((f.source_id, f.kind.value, "mc: an official's words name his own country"))
            choices = []
        return choices

    def _ask_what_said(self, f: Fact, judged: _View, said: _Said, name: str, notes: list[str]) -> None:
        """ "What did X argue?" with other people's words on the same dispute as the wrong choices."""
        person, view, key, same, score = judged.person, judged.view, judged.key, judged.same, judged.score
        official, quoted, naming = judged.official, judged.quoted, judged.naming
        verb, occasion = said.verb, said.occasion
        spokesperson = self._spokesperson(person)
        same_dispute = self._disputes_of(person)
        if naming:
            return None  # a label is asked as "Who called …?" only: other labels are no choices for it
        if not self._on_the_dispute(view):
            # "Moscow is highly interested in attracting Japanese investments": not where the speaker
            # stands on the issue, and others in the articles could have said it (blind reviews failed
            # "What did X say?" of such words in three rounds of five, by either reviewer)
            self.dropped.append((f.source_id, f.kind.value, "what-said of words that name nothing of the dispute"))
            return
        if spokesperson or official:
            # "What did Chief Cabinet Secretary X say?" with other officials' words as the wrong
            # choices: any of them could be his government's line too (a blind review of 60 pooled
            # questions failed all 12 such questions as ambiguous); who said it is still asked
            self.dropped.append(
                (f.source_id, f.kind.value, "what-said of an official (other officials' lines fit him)")
            )
            return
        speaker = self._with_role(person, name, f.source_id)  # "the analyst Fyodor Lukyanov"
        if not quoted:
            base = _SAY_VERBS.get(verb, "say")
            what = f"What did {speaker} {base}{self._about(f, occasion)}?"
            mine = capitalize(f"that {unquote(view)}")
            surname = normalize(self._family(person))
            pool = self._commentators_first(self._same_dispute(self._view_choices, key, same_dispute))
            # (a wrong choice that names nothing of the dispute, "Moscow is highly interested in attracting
            # Japanese investments", contradicts no stance and may be the speaker's view too: blind reviewers
            # of the course failed or doubted Hakamada's question for it in three reviews)
            others = (
                choice
                for p, choice in pool
                if p != person and f" {surname} " not in f" {normalize(choice)} " and self._on_the_dispute(choice)
            )
            what_score = Score(score.points, list(score.reasons))
            span = (int(f.attr("view_start")), int(f.attr("view_end"))) if f.attr("view_start") else None
            choices = pick(others, [mine], 6, key)
            self._add(
                f, key, "what", "mc", what, mine, [mine], what_score, choices, notes=notes, span=span, same_as=same
            )
        elif _whole_quote(view):
            # "What did X say?" with other people's own words as the wrong choices, all in quotation marks
            mine = f"“{view}”"
            surname = normalize(self._family(person))
            pool = self._same_dispute(self._quote_choices, key, same_dispute)
            quotes = pick(
                (q for p, q in pool if p != person and f" {surname} " not in f" {normalize(q)} "), [mine], 6, key
            )
            reported = reported_quote(view)
            if len([q for q in quotes if q != mine]) < 3 and reported is not None:
                # Too few other quotations: the words as reported speech, among other people's reported
                # views ("that it is too optimistic to expect …")
                mine = reported
                views = self._commentators_first(self._same_dispute(self._view_choices, key, same_dispute))
                quotes = pick(
                    (
                        v
                        for p, v in views
                        if p != person and f" {surname} " not in f" {normalize(v)} " and self._on_the_dispute(v)
                    ),
                    [mine],
                    6,
                    key,
                )
            span = (int(f.attr("view_start")), int(f.attr("view_end"))) if f.attr("view_start") else None
            what_score = Score(score.points, list(score.reasons))
            self._add(
                f,
                key,
                "what",
                "mc",
                f"What did {speaker} say{self._about(f, occasion)}?",
                mine,
                [mine],
                what_score,
                quotes,
                notes=notes,
                span=span,
                same_as=same,
            )
        return None

    def _sides_not_naming(self, view: str) -> set[str]:
        """The name origins ("ru") of the sides whose names for a disputed territory the words do not use,
        when they use one side's name only: "the Northern Territory dispute" is Japan's word, which no
        Russian official says (both blind reviewers of sets 116-117 ruled two Russian choices out so).
        A name used before a noun may drop its plural ("the Northern Territory issue")."""
        used: set[str] = set()
        others: set[str] = set()
        for group, side, pattern in self._side_names:
            if pattern.search(view):
                used.add(side)
                others |= set(group.called) - {side}
        if len(used) != 1:
            return set()
        return {_ORIGIN_OF[c] for c in others - used if c in _ORIGIN_OF}

    @functools.cached_property
    def _side_names(self) -> list[tuple[PlaceGroup, str, re.Pattern[str]]]:
        """(territory, side, pattern of that side's names for it) for every disputed territory; a name
        before a noun may drop its plural ("the Northern Territory issue")."""
        out = []
        for group in self.gazetteer.groups.values():
            if group.kind != "disputed territory":
                continue  # "the Kuril Islands" is everyone's English; "the Northern Territories" is Japan's
            for side, names in group.called.items():
                whole = "|".join(re.escape(n) for n in names)
                singular = "|".join(re.escape(re.sub(r"ies$", "y", re.sub(r"(?<!ie)s$", "", n))) for n in names)
                out.append((group, side, re.compile(rf"\b(?:{whole})\b|\b(?:{singular})\s+(?=[a-z])")))
        return out

    def _commentators_first(self, pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Other commentators' words before officials' and leaders': "there is no territorial dispute"
        beside a professor's words is the Kremlin's line, ruled out at a glance. A government's
        announcement or report of its acts ("that Russia will deploy new weapons to the islands", "that
        Russia gave fishing permission to …") is never a choice: beside an analyst's judgement it reads
        as news, not a view (blind reviewers of sets 70-71 failed it as giving the key away)."""
        pool = [pc for pc in pool if not (self._official(pc[0]) and _ANNOUNCEMENT.search(pc[1]))]
        return sorted(pool, key=lambda pc: self._official(pc[0]))

    def _without_place_asides(self, view: str) -> str:
        """Reported words without an aside on a place: "developing the Southern Kurils, which Japan
        claims as its northern territories, will not …" -> "developing the Southern Kurils will not …"
        (the reporter's gloss, not the speaker's point; a blind review failed it as pasted)."""
        for m in reversed(self.gazetteer.mentions(view)):
            aside = re.match(r",\s+(?:which|that)\s+[^,;“”\"]{3,90},\s+", view[m.end :])
            if aside:
                view = f"{view[: m.end]} {view[m.end + aside.end() :]}"
        # "talks on the Kurils -- Habomai, Shikotan, Etorofu and Kunashiri": the reporter's list after a
        # dash, which the question would paste (a blind review failed it)
        dash = re.search(r"\s+(?:--|[—–])\s+(?P<list>[^;:“”\"()]+)$", view)
        if dash and len(self.gazetteer.mentions(dash.group("list"))) >= 2:
            listed = dash.group("list")
            for place in reversed(self.gazetteer.mentions(listed)):
                listed = listed[: place.start] + listed[place.end :]
            if not re.sub(r"(?i)\b(?:and|the|islands?|islets?|isles?|group)\b|[,\s]", "", listed):
                view = view[: dash.start()]
        return view

    def _same_words_as(self, person: str, view: str, key: str) -> str:
        """The slot of words this person said in another sentence that say the same, since a stance
        repeated is one fact: "Medvedev's visit to a disputed islet in the Kurils was very regrettable"
        and "Medvedev's visit to Kunashir was very regrettable" (one's content words, places aside,
        among the other's, and the same negations) are asked once; ``key`` for words not met before."""
        places = {w for m in self.gazetteer.mentions(view) for w in normalize(m.surface).split()}
        tokens = [w for w in normalize(view).split() if w not in places and w not in _FUNCTION_WORDS]
        negations = frozenset(w for w in tokens if w in _NEGATIONS)
        content = frozenset(tokens) - negations
        heard = self._said[person]
        slot = next(
            (
                other_key
                for other, other_negations, other_key in heard
                if negations == other_negations
                and min(len(content), len(other)) >= 3
                and (content <= other or other <= content)
            ),
            key,
        )
        heard.append((content, negations, slot))  # kept under its slot, so a third report finds it too
        return slot

    def _same_dispute(self, choices: list[tuple[str, str]], key: str, disputes: set[str]) -> list[tuple[str, str]]:
        """Other people's words on the same dispute only: words on another dispute, or with another
        dispute's places, are ruled out at a glance (blind review of unseen set 15)."""
        return [pc for pc in rotated(choices, key) if self._disputes_of(pc[0]) & disputes]

    def _announces_own_act(self, person: str, view: str) -> bool:
        """Do the words announce what the speaker's own government will do ("Japan would recall its
        ambassador", "the government will lodge a protest") or pass on what it has done ("Japan has voiced
        its concern over …", "the Russian government has submitted a bill …")?"""
        if _GOVERNMENT_ACT_DONE.match(view) or _SENT_BY_HIS_SIDE.match(view):
            return True
        m = _ANNOUNCED_ACT.match(view) or _PROTEST_PASSED_ON.match(view)
        if m is None or m.groupdict().get("verb") in _STANCE_VERBS:
            return False
        who = m.group("who")
        if re.fullmatch(r"(?i)(?:the\s+)?government|we", who):
            return True
        own = self._country_of(person)
        country = country_of_word(who) or capital_country(who)
        return own is not None and country is not None and same_holder(own, country)

    def _gives_his_governments_view(self, person: str, view: str) -> bool:
        """Do the words open with his own government holding a view ("the Japanese government regards …",
        "Tokyo hopes …")?"""
        m = _GOVERNMENT_HOLDS.match(view)
        if m is None:
            return False
        who = m.group("who")
        if re.fullmatch(r"(?i)(?:the\s+)?(?:government|cabinet|administration)", who):
            return True
        own = self._country_of(person)
        return own is not None and any(same_holder(own, c) for c in country_mentions(who))

    def _names_own_side(self, person: str, view: str, officials: bool = False) -> bool:
        """Is the person a head of state or government (or, with ``officials``, any official) whose
        words name his own country?"""
        country = self._country_of(person)
        if country is None or not (person in self._leaders or (officials and self._official(person))):
            return False
        # "the islands disputed by Japan and Russia", "talks between Tokyo and Moscow": both sides named
        # together tell neither apart
        view = _TWO_SIDES_TOGETHER.sub(lambda m: m.group(0) if len(country_mentions(m.group(0))) < 2 else "", view)
        return any(same_holder(c, country) for c in country_mentions(view))

    def _names_other_side(self, person: str, view: str) -> bool:
        """Is the person a head of state or government whose words offer the other of the article's two
        sides something ("he was ready to revive talks with Japan" in a Russian leader's words)?"""
        country = self._country_of(person)
        if country is None or person not in self._leaders or not _OWN_READINESS.search(view):
            return False
        return any(not same_holder(c, country) for c in country_mentions(view))

    def _about(self, f: Fact, occasion: str) -> str:
        """ " in an interview with Bloomberg News about relations between Japan and Russia": what a
        "What did X say?" asks about, so that the stem is not bare (a blind review failed "What did
        the analyst X say?" for naming no topic). The topic is the relations between the article's
        two sides, which every choice (words on the same dispute) is about; "" without them."""
        sides = self._two_sides(f.source_id)
        topic = f" about relations between {sides[0]} and {sides[1]}" if sides else ""
        return f"{f' {occasion}' if occasion else ''}{topic}"

    def _when_said(self, f: Fact) -> str:
        """ "in 2010", "in September 2016": when the words were said, where the sentence dates them
        against the article ("said on Tuesday", "in an interview in September") and the article's
        date is known; "" otherwise. Without it a standing line fits every leader who said it."""
        date = self.texts[f.source_id].source.meta.date if f.source_id in self.texts else ""
        m = re.match(r"(\d{4})(?:-(\d{2}))?", date)
        if m is None:
            return ""
        outside = self._around_the_words(f)
        if f.attr("naming") and re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?\w+\s+…", outside):
            return ""  # "Medvedev has proposed …": some time before the article, which does not say when
        months = "|".join(D.MONTH_NAMES[1:])
        said_in = re.search(
            rf"(?:^(?:In|On)\s+|\b(?:said|told|stated|argued|insisted|declared|warned|added|wrote|urged|proposed|"
            rf"demanded|pressed|called\s+(?:for|on))\s+(?:\w+\s+)?in\s+)"
            rf"(?P<when>(?:(?:{months})\s+)?(?:1[89]|20)\d\d)\b",
            outside,
        )
        if said_in and len(re.findall(r"\b(?:1[89]|20)\d\d\b", outside)) == 1:
            return f"in {said_in.group('when')}"  # "Petrou said in May 2019 that …", "In 2004, Putin said …"
        if re.search(r"\b\d{4}\b", outside):
            return ""  # the sentence gives a year of its own
        # "in May", "In the February meeting, Medvedev proposed …"
        month = re.search(rf"\b[Ii]n\s+(?:the\s+)?({'|'.join(D.MONTH_NAMES[1:])})\b(?!\s+\d)", outside)
        if month and m.group(2) and D.MONTHS[month.group(1).lower()] <= int(m.group(2)):
            return f"in {month.group(1)} {m.group(1)}"
        if re.search(rf"\b(?:on\s+)?{WEEKDAY}\b|\byesterday\b|\btoday\b|{_THIS_WEEK}", outside):
            return f"in {m.group(1)}"
        if _NOW.search(self.text(f.source_id)[int(f.attr("view_start") or 0) : int(f.attr("view_end") or 0)]):
            return f"in {m.group(1)}"  # "not on the table anymore": true when it was said
        return ""

    def _around_the_words(self, f: Fact) -> str:
        """A view's sentence without the words themselves: where the reporter says when and where."""
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
        a = int(f.attr("view_start") or f.quote_start) - f.quote_start
        b = int(f.attr("view_end") or f.quote_end) - f.quote_start
        after = sentence[max(b, 0) :]
        if f.attr("naming"):
            # "X proposed making the islands a zone and Y said Thursday …": the next clause is another's
            after = re.split(r",\s|;|\s+and\s+", after, maxsplit=1)[0]
        return f"{sentence[: max(a, 0)]} … {after}"

    def _occasion(self, f: Fact) -> str:
        """ "in an interview with Bloomberg News", "during a speech at the State Duma": where the words
        were said, when the sentence tells it once, outside the words themselves."""
        found = [m.group("occasion") for m in _OCCASION.finditer(self._around_the_words(f))]
        return found[0] if len(found) == 1 and words(found[0]) <= 9 else ""

    def _resolved_view(self, f: Fact, view: str) -> tuple[str, list[str]]:
        """``view`` with "the visit", "the president", "the islands" spelt out from the text before
        it (square brackets inside a quotation), and a note on the first for the feedback."""
        view_start = int(f.attr("view_start") or f.quote_start)
        quoted = bool(f.attr("quoted"))
        found = self._spelt_out(f, view, view_start, quoted=quoted, speaker=f.subject)
        text, replaced = found.text, [written for written, _ in found.replaced]
        own = self._own_name_for_territory(f) if quoted else ""
        one = self._one_territory(f.source_id)
        if own and one is not None:
            # "[the Northern Territories]" in Yeltsin's words, spelt out from "Tokyo says they are its
            # Northern Territories" just before: the speaker names the territory his side's way (a blind
            # review failed Japan's name put in a Russian president's mouth)
            def _own_side(m: re.Match[str]) -> str:
                group = self.group(re.sub(r"^the\s+", "", m.group(1)))
                return f"[{own}]" if group is not None and group.name in (one.name, one.part_of) else m.group(0)

            text = re.sub(r"\[((?:the\s+)?[A-Z][^\[\]]*)\]", _own_side, text)
        elif one is not None and not quoted:
            # "Lavrov said … top Russian officials will not refrain from visiting the islands", spelt out
            # from a Japanese article's "Northern Territories": a reporter gives a speaker's words with
            # his side's name, or both (blind reviewers of sets 66-67 failed Japan's name in a Russian
            # minister's reported words)
            # "the islands" spelt out as the whole chain the territory is part of ("Russia's occupation of
            # the Kuril islands is illegal" in a Japanese minister's words) claims more than his side does
            # (a blind review of sets 120-121 failed it as misstating Japan's claim): the territory it is
            own = self._own_name_for_territory(f)
            for _, spelt in found.replaced if own else []:
                group = self.group(re.sub(r"^the\s+", "", spelt))
                if group is not None and group.name in (one.name, one.part_of) and normalize(spelt) != normalize(own):
                    text = text.replace(spelt, own, 1)
        territory = self._article_territory(f.source_id)
        m = _THE_TERRITORY.search(text)
        if m and territory and text.rfind("[", 0, m.start()) <= text.rfind("]", 0, m.start()):
            # "only Japan sees the territory as disputed", nothing named just before: the one disputed
            # territory the article is about, by both sides' names (one side's name would say whose
            # words they are: a blind review failed "the Southern Kurils" in Putin's words as a giveaway)
            # Inside a quotation the speaker names it his side's way: "[A / B]" in a prime minister's
            # own words reads as nobody speaks (a blind review failed it twice as unnatural)
            said = self._own_name_for_territory(f) if quoted else ""
            name = said or territory
            sides = "" if quoted else self._sides_named(f.source_id)
            if sides and m.group(0).lower().endswith("islands"):
                # outside a quotation "the islands disputed by Japan and Russia": "the Northern Territories /
                # Southern Kurils" reads as a label, not English (both blind reviewers of sets 148-149)
                name = f"the islands disputed by {sides}"
            elif PARTITIVE_LEAD.search(text[: m.start()]) and m.group(0).lower().endswith("islands"):
                # "two of the islands": some of the territory's islands; outside a quotation "two of the
                # islands disputed by Japan and Russia" (both blind reviewers of sets 112-113 found "the
                # islands of the Northern Territories / Southern Kurils" a template's wording)
                sides = "" if quoted else self._sides_named(f.source_id)
                name = f"the islands disputed by {sides}" if sides else f"the islands of {name}"
            text = f"{text[: m.start()]}{f'[{name}]' if quoted else name}{text[m.end() :]}"
            replaced.append(m.group(0))
        size = _NUMBER_WORDS.get(self._territory_size(f.source_id), "")
        for pattern, link in ((_THE_COUNTED_ISLANDS, "of"), (_THE_DISPUTE, "over")):
            m = pattern.search(text)
            if m is None or text.rfind("[", 0, m.start()) > text.rfind("]", 0, m.start()):
                continue
            if territory is None:
                sides = "" if quoted or link != "over" else self._sides_named(f.source_id)
                if sides and not country_mentions(text):
                    # "a compromise … will be found on the territorial dispute" in an article that names only
                    # the whole chain: between whom, then (a blind reviewer of the session-25 pooled sample
                    # failed the dispute unnamed)
                    text = f"{text[: m.end()]} between {sides}{text[m.end() :]}"
                    replaced.append(m.group(0))
                    break
                continue
            if territory in text or self._names_territory(text, f.source_id):
                break  # the words name the place already ("developing the Southern Kurils … the dispute")
            if link == "of" and m.group("count").lower() != size:
                continue  # "the two islands" are some of the territory, not all of it
            # "the dispute", "the four islands": the one territory the article is about, by both names;
            # outside a quotation "the four islands disputed by Japan and Russia", "the dispute between
            # Japan and Russia" (blind reviewers of sets 94-95 failed "the four islands of the Northern
            # Territories / Southern Kurils" as no English)
            sides = self._sides_named(f.source_id)
            # ("the sovereignty dispute over the four islands claimed by Japan and Russia": not "… dispute
            # over the four islands disputed by …", nor "… islands between Japan and Russia", which reads as
            # where they lie: a blind review of the late rules failed it)
            after_dispute = re.search(r"\bdisput\w*\s+(?:over|about|on)\s+$", text[: m.start()])
            plain = f" {'claimed' if after_dispute else 'disputed'} by {sides}" if link == "of" else f" between {sides}"
            added = f" [{link} {territory}]" if quoted else plain if sides else f" {link} {territory}"
            text = f"{text[: m.end()]}{added}{text[m.end() :]}"
            replaced.append(m.group(0))
            break  # once: the territory's two names twice make a long prompt
        notes = [f"In brackets: what “{written}” refers to in the article." for written in replaced] if quoted else []
        return text, notes[:1]

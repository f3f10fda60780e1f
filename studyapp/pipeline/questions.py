"""Stage 4: turn facts into the questions a teacher would ask.

Facts, not sentences: every fact has a key that is the same in every sentence and source that
states it (the 1956 date, James D. Brown's post, Iturup's Japanese name). Each fact is asked once
per direction and format: candidates from every mention are scored (:mod:`quality`), the best
one is kept, and the other mentions become its extra citations ("also in …"). Questions are
worded from the fact ("When was … signed?", "Who argued that …?", "What does Japan call …?");
a blank is only cut into a sentence that stands on its own. Not asked: publication dates,
weekdays, relative dates, heads of state's titles, authors' credentials.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from studyapp.grading.values import phrase_value
from studyapp.pipeline import clauses
from studyapp.pipeline import dates as D
from studyapp.pipeline.antecedents import PARTITIVE_LEAD, Place, Resolved, resolve
from studyapp.pipeline.control import (
    NEIGHBOURS,
    SAME_HOLDER,
    also_claims,
    capital_country,
    capitals_as_countries,
    claimants_near,
    countries_in,
    country_mentions,
    country_of_word,
    forms_of,
    holder_near,
    is_country,
    lineage_names,
    names_of,
    same_holder,
    without_countries,
)
from studyapp.pipeline.distractors import balanced_pairs, number_distractors, pick, rotated, year_distractors
from studyapp.pipeline.facts import SourceText
from studyapp.pipeline.locations import Location, location_before
from studyapp.pipeline.model import Fact, FactKind
from studyapp.pipeline.numbers import NumberMention
from studyapp.pipeline.people import (
    JAPANESE_FAMILY,
    RELATIONAL,
    is_demonym,
    is_name,
    is_role,
    other_order,
    spelled_out,
    surname_of,
    trim_name,
)
from studyapp.pipeline.places import Gazetteer, PlaceGroup
from studyapp.pipeline.quality import (
    Score,
    dangling_in,
    judge_sentence,
    opens_mid_thought,
    strip_any_connective,
    strip_connective,
    words,
)
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
from studyapp.pipeline.text import WEEKDAY, WEEKDAY_PHRASE, capitalize, normalize, tame_caps, the_name, with_article

__all__ = ["BLANK", "Question", "normalize", "write_questions"]

BLANK = "_____"
# "at the weekend", "earlier this week", "last week": said days before the report, in its year
_THIS_WEEK = r"\b(?:(?:at|over)\s+the\s+weekend|(?:earlier\s+|later\s+)?this\s+week|last\s+week(?:end)?)\b"
# "that's really not on the table anymore", "no longer", "now": words true when they were said
_NOW = re.compile(r"(?i)\b(?:any\s?more|no\s+longer|now|currently|at\s+present|these\s+days|nowadays)\b")
# "the Northern Territories", "South Kurils": a name that says where the place lies
_COMPASS = re.compile(r"(?i)\b(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\b")
_PLURAL_PLACE = re.compile(
    r"(?:Islands|islands|Islets|islets|Isles|isles|Rocks|Kurils|Kuriles|Territories|Spratlys|Paracels)$"
)
# Heads of state and government: their titles are not an expert's position worth asking.
_LEADER = re.compile(
    r"\b(?:president(?:-elect)?|prime\s+minister|premier|chancellor|king|queen|emperor|empress|"
    r"head\s+of\s+state|leader|monarch|dictator|supreme\s+leader)\b",
    re.I,
)
# Events that happen once: their date identifies them. Visits, meetings, forums, summits, talks,
# elections and disasters recur, so "When did Medvedev's visit take place?" has several answers.
_UNIQUE_HEADS = (
    *("treaty", "agreement", "accord", "pact", "declaration", "convention", "charter", "protocol", "communique"),
    *("annexation", "surrender", "invasion", "occupation", "war", "revolution", "independence", "ruling"),
    *("armistice", "ceasefire", "partition", "dissolution", "collapse", "referendum", "normalisation"),
    "normalization",
)
_KEY_FIGURE = re.compile(
    r"\b(?:agreements?|accords?|deals?|contracts?|projects?|documents?|memorand\w+|islands?|islets?|residents?|"
    r"inhabitants?|people|citizens|troops|soldiers|servicemen|ships|vessels|aircraft|jets|missiles|businesses|"
    r"companies|firms|cities|towns|protesters|villages|settlements|bases|points?)\b"
)
# "a tour by 44 people", "a delegation of 12 lawmakers", "a visit by 60 former residents"
_TRAVELLING_PARTY = re.compile(
    r"\b(?:tours?|trips?|visits?|delegations?|missions?|groups?|parties|party|cruises?|voyages?)\s+"
    r"(?:\w+\s+){0,2}?(?:by|of|with)\s+(?:some\s+|about\s+|around\s+)?$",
    re.I,
)
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = dict(enumerate(_SMALL_NUMBERS.split(" "))) | {
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
    100: "a hundred",
}


# "Japan's policy … remains unchanged", "we have never changed our position": a standing line
_UNCHANGED = re.compile(
    # ("… determination to claim the four islands remained unchanged": both blind reviewers of sets 162-163
    # found the prime minister and other ministers saying the same that year)
    r"(?i)\b(?:policy|position|stance|determination|resolve|commitment)\b.{0,400}?"
    r"\b(?:remains?|remained|is|was|stays?|stayed)\s+(?:still\s+)?(?:unchanged|unwavering|firm)\b|"
    r"\b(?:has|have)\s+(?:never|not)\s+changed\s+(?:its|our|their|his|the)\s+(?:policy|position|stance)\b"
)
_THE_TERRITORY = re.compile(
    r"\b(?:[Tt]he\s+(?:disputed\s+)?(?:territory|islands)|[Tt]h(?:ese|ose)\s+(?:disputed\s+)?(?:territories|islands))\b"
    r"(?!\s+(?:of|in)\b)"
)
# ("the four islands in " at the end of the words before a date: the date is the act's, not the islands')
_THE_COUNTED_ISLANDS = re.compile(
    r"\b[Tt]he\s+(?P<count>two|three|four|five|six)\s+(?:disputed\s+)?(?:islands|islets|isles)\b"
    r"(?!\s+(?:of|off)\b)(?!\s+in\b(?!\s+$))"
)
# "The four disputed Pacific islands, known as … in Russia, were …": the islands opening a passive
_ISLANDS_SUBJECT = re.compile(
    r"^(?:The|These|Those)\s+(?:(?P<count>two|three|four|five|six)\s+)?(?:(?!(?:were|was)\b)[a-z][\w’'-]*\s+){0,3}"
    r"(?:[A-Z][a-z]+\s+)?(?:islands|isles|islets)(?:,\s+[^,;:()“”\"]{3,120},)?\s+(?:were|was)\s+(?=[a-z]+ed\b)"
)
# "he was ready to …", "we are willing to …": a speaker offering what his side will do
# "Moscow might return two of the islands", "Russia was ready to hand over Shikotan": a government's offer
_OFFERS_LAND = re.compile(
    r"\b(?:might|may|could|would|will|(?:is|was|are|were)\s+(?:ready|willing|prepared)\s+to)\s+(?:\w+\s+)?"
    r"(?:return|hand|give|transfer|cede)\b"
)
_OWN_READINESS = re.compile(r"(?i)\b(?:he|she|we|i)\s+(?:was|were|is|are|am)\s+(?:ready|willing|prepared|open)\s+to\b")
# "withdraw from Lebanon", "pull its troops out of Lebanon"
_WITHDRAWN_FROM = re.compile(
    r"\b(?:withdraw|pull)\b(?:\s+(?:its|their|the|all)?\s*(?:[a-z]+\s+){0,2}?(?:troops|forces|soldiers))?"
    r"\s+(?:out\s+)?(?:from|of)\s+(?P<whence>[A-Z][\w’'-]*)\?$"
)
# "sign the joint declaration?", "sign a treaty?": the kind in lower case at the end, with nothing to say which
_UNNAMED_DOCUMENT = re.compile(
    # "sign a political declaration": which one, the words do not say (both blind reviewers of sets 162-163)
    r"\bsign\s+(?:the|a|an)\s+(?:joint\s+|peace\s+|new\s+|[a-z]+al\s+)?(?:declaration|treaty|agreement|accord|communiqu[eé]|"
    r"statement|pact|document)\?$"
)
# Measures one state takes against another time after time
_RENEWED_MEASURE = re.compile(
    r"\b(?:impose|lift|extend|tighten|ease|expand|widen)\b[^?]*\bsanctions\b|\blodge\b[^?]*\bprotests?\b"
    # "agree to start discussions on economic cooperation": sides agree to talk, and to talk again, year
    # after year (both blind reviewers of sets 116-117 found other years as true)
    r"|\bagree\s+to\s+(?:start|begin|hold|open|launch)\s+(?:\w+\s+){0,2}?"
    r"(?:talks|discussions|negotiations|consultations|dialogue)\b"
    # "In what year did Putin and Abe hold meetings in Japan?": leaders meet year after year (they met in
    # Japan in 2016 and 2019; a blind review of sets 158-159 failed it)
    r"|\b(?:hold|have)\s+(?:\w+\s+){0,2}?(?:meetings?|talks|summits?|consultations|a\s+summit)\b|\bmeet\s+(?:with\s+)?[A-Z]"
)
# "Japan would temporarily recall its ambassador", "Japanese experts will carry out a survey": a side's
# own act announced in its official's words ("Japan will never give up its claim" is a stance, no plan)
_ANNOUNCED_ACT = re.compile(
    r"^(?P<who>(?:the\s+)?[Gg]overnment|[Ww]e|[A-Z][\w’'-]+)(?:\s+(?:experts|officials|troops|forces|ships|"
    r"diplomats|authorities))?\s+(?:would|will|is\s+to|was\s+to|plans?\s+to|intends?\s+to|is\s+going\s+to)\s+"
    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
_STANCE_VERBS = frozenset(
    {"never", "not", "continue", "seek", "insist", "demand", "hope", "want", "try", "keep", "remain", "stand"}
)
_THE_DISPUTE = re.compile(r"\b[Tt]he\s+(?:territorial\s+)?dispute\b(?!\s+(?:over|of|between|about|with|on|in)\b)")
_TWO_NAMES = re.compile(r"\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+\b")
_OTHER_SPEAKER = re.compile(
    r"\b(?:spokes(?:man|woman|person)|aide|official|adviser|advisor|minister|president|secretary|ambassador|envoy|"
    r"analyst|expert|professor|diplomat|officer|chief|head)\b",
    re.I,
)
_ORG_WORD = re.compile(
    r"\b(?:Guard|Ministry|Agency|Office|Council|Government|Party|News|Times|Press|Service|Department|Force|"
    r"Navy|Army|Kremlin|Coast|Committee|Commission|Union|Association|Institute|University|Reuters|Bank|"
    r"Corporation|Company|Foundation|Organi[sz]ation|Authority|Fund|"
    # newspapers and agencies quoted like people ("Nihon Keizai Shimbun said …")
    r"Shimbun|Post|Herald|Daily|Journal|Gazette|Tribune|Monitor|Kyodo|Tass|Xinhua|Interfax|Izvestia|Pravda)\b"
)
_CITATION_BEFORE = re.compile(r"\(\s*[A-Z][\w.’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+|\s+et\s+al\.?)?,?\s*$")
_DATED = ("year", "month", "day", "range")  # precisions that date an event (not weekdays, seasons, decades)
# "Japan's surrender in World War II", "the end of the Second World War": the years every learner
# knows; a question on them tests nothing the articles teach.
_WORLD_LANDMARK = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:[\w’'-]+\s+){0,4}?(?:of|in|during)\s+(?:the\s+)?)?"
    r"(?:World\s+War\s+(?:I|II|One|Two|1|2)|(?:First|Second)\s+World\s+War)$"
    r"|^(?:the\s+)?(?:Japan|Germany)[’']s\s+(?:(?:World\s+War\s+(?:II|Two|2)|wartime)\s+)?(?:surrender|defeat)$"
    # "the Six-Day War", "the Korean War": a war known by its name is general history, background to a
    # dispute (a blind review of sets 94-95 flagged "In what year did the Six-Day War take place?")
    r"|^(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}War$"
)
# "In what year did Japan surrender in World War II?", "… did Japan formally surrender to the Allied
# Powers?": the same landmark worded as an act.
_LANDMARK_ACT = re.compile(
    r"(?i)\b(?:Japan|Germany)\s+(?:[a-z]+ly\s+)?(?:surrender|capitulate)\b|\b(?:surrender|end)\b[^?]*\b(?:World\s+War|Second\s+World\s+War)\b"
)
_TREATY_HEADS = ("treaty", "agreement", "accord", "pact", "declaration", "convention", "deal", "charter", "protocol")
_BOUND_BEFORE = re.compile(
    r"(?:more|fewer|less|greater|higher|lower)\s+than\s+(?:the\s+)?$|"
    r"(?:over|under|at\s+least|at\s+most|up\s+to|exceeding)\s+(?:the\s+)?$",
    re.I,
)
# A sentence that attributes what it states to someone: its figures are theirs.
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|reported|reports|claimed|claims|estimated|estimates)\b", re.I
)
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
_OUTLET_REPORTED = re.compile(r"\b(?:reported|quoted|cited)\s+(?:that\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$")
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


@dataclass
class Question:
    id: str
    fact_id: str
    kind: str
    format: str  # "mc", "typed", "cloze"
    prompt: str
    answer: str
    accepted: list[str]
    choices: list[str] | None
    source_id: str
    passage_id: str
    quote_start: int
    quote_end: int
    answer_start: int
    answer_end: int
    quote: str
    disagreements: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    origin: str = "generated"
    also: list[dict[str, str | int]] = field(default_factory=list)  # the same fact in other passages
    quality: int = 100
    quality_reasons: list[str] = field(default_factory=list)
    value: dict[str, Any] | None = None  # the answer as a typed value, for grading


@dataclass
class Candidate:
    question: Question
    fact: Fact
    slot: str  # fact key + direction + format: one question per slot
    score: Score


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _shuffle(items: list[str], seed: str) -> list[str]:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


class QuestionWriter:
    def __init__(self, texts: list[SourceText], facts: list[Fact], gazetteer: Gazetteer | None = None) -> None:
        self.texts = {t.source.id: t for t in texts}
        self.order = {t.source.id: i for i, t in enumerate(texts)}
        self.roles = {p.id: p.role.value for t in texts for p in t.passages}
        self.passage_start = {p.id: p.start for t in texts for p in t.passages}
        self.facts = facts
        self.gazetteer = gazetteer or Gazetteer()
        self.dropped: list[tuple[str, str, str]] = []
        self.candidates: list[Candidate] = []
        self._person_of: dict[int, str] = {}
        self._acts: dict[tuple[str, str, str], set[str]] | None = None
        self._years_given: dict[str, list[int]] | None = None  # source -> the years its dates give
        self._dated_documents: dict[str, dict[str, set[str]]] | None = None  # source -> kind -> years
        self._parties: dict[str, set[str]] = {}  # source -> the two countries it names most
        self._sides: dict[str, list[str]] = {}  # source -> its two sides, as a question names them
        self._families: dict[str, str] = {}  # person -> the name the articles call them by
        self._territories: dict[str, set[str]] = {}  # source -> the disputed territories its places belong to
        self._acted_on: dict[tuple[str, str, str], set[str]] | None = None
        self._clause_asked: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._sentence_dates: dict[tuple[str, int], list[Fact]] | None = None
        self._naming_years: dict[str, set[int]] = {}  # person -> years of the dated articles naming him
        self._index()

    # -- corpus-wide lookups -------------------------------------------------------------------
    def _index(self) -> None:
        by_kind: dict[FactKind, list[Fact]] = defaultdict(list)
        for f in self.facts:
            by_kind[f.kind].append(f)
        self._dates = list(
            dict.fromkeys(
                f.value for f in by_kind[FactKind.DATE] if not f.attr("resolution") and f.attr("role") != "byline"
            )
        )
        self._has_view = {f.subject for f in by_kind[FactKind.EXPERT_VIEW]}
        self._places_in: dict[str, list[Fact]] = defaultdict(list)  # source -> the places named in it
        for f in by_kind[FactKind.ISLAND]:
            if f.attr("form") != "pair":
                self._places_in[f.source_id].append(f)
        self._all_posts: dict[str, list[Fact]] = defaultdict(list)
        for f in by_kind[FactKind.EXPERT_POSITION]:
            self._all_posts[f.subject].append(f)
        self._positions: dict[str, list[Fact]] = defaultdict(list)
        for f in by_kind[FactKind.EXPERT_POSITION]:
            if self._position_worth_asking(f) is None:
                self._positions[f.subject].append(f)
        # Each person's words met so far, as content words: the same words in another sentence or
        # article are the same fact (see _same_words_as)
        self._said: dict[str, list[tuple[frozenset[str], frozenset[str], str]]] = defaultdict(list)
        # Other people's reported views that read well as choices for "What did X say?"
        self._view_choices: list[tuple[str, str]] = []
        self._quote_choices: list[tuple[str, str]] = []  # whole quoted sentences, for "What did X say?"
        self._view_names: dict[str, list[str]] = defaultdict(list)
        for f in by_kind[FactKind.EXPERT_VIEW]:
            self._view_names[f.subject].append(f.answer)
            person_like = len(f.subject.split()) > 1 and not _ORG_WORD.search(f.subject)
            if f.attr("naming"):
                continue  # "called the visit “an outrage”": a label, not a position in a clause
            if not f.attr("quoted") and " and " not in f.subject and person_like:
                view = lower_opening(clean_view(f.value), self.texts[f.source_id].source.text)
                choice = capitalize(f"that {unquote(view)}")
                fit = 6 <= words(choice) <= 40 and not dangling_in(choice) and _has_substance(view, reported=True)
                if fit and re.match(r"That [\w“‘\"']", choice) and not FIRST_PERSON_WORD.search(view):
                    self._view_choices.append((f.subject, choice))
            elif f.attr("quoted") and " and " not in f.subject and person_like:
                quote = clean_view(f.value)
                if _whole_quote(quote):
                    self._quote_choices.append((f.subject, f"“{quote}”"))
                    reported = reported_quote(quote)
                    if reported is not None:
                        self._view_choices.append((f.subject, reported))
        self._speakers = sorted(
            p
            for p in {f.subject for f in by_kind[FactKind.EXPERT_VIEW]}
            | {f.subject for f in by_kind[FactKind.EXPERT_POSITION]}
            if " and " not in p
            and len(p.split()) > 1
            and not _ORG_WORD.search(p)
            and self.gazetteer.group_of(p) is None
            and not is_role(p.split()[0])  # "Chair Shii": a post and a family name, no one's full name
        )
        self._leaders = {
            f.subject for f in by_kind[FactKind.EXPERT_POSITION] if _LEADER.search(f.attr("title") or f.answer)
        }
        self._alias_direction: dict[str, str] = {}
        self._parent = {g.name: g.part_of for g in self.gazetteer.groups.values()}
        # The name of the document signed in a year, as the articles name it most often.
        named: dict[str, Counter[str]] = defaultdict(Counter)
        for f in by_kind[FactKind.DATE]:
            head = f.attr("event_head")
            if f.attr("strong") and head in _TREATY_HEADS and _not_unique(f.attr("event"), head) is None:
                named[f.value[:4]][f.attr("event")] += 1
        self._documents = {year: c.most_common(1)[0][0] for year, c in named.items()}
        self._person_regions: dict[str, set[str]] | None = None
        self._mentions: dict[tuple[str, str], int] = defaultdict(int)  # (source, region) -> mentions
        for f in by_kind[FactKind.ISLAND]:
            g = self.gazetteer.groups.get(f.value)
            if g is not None and f.attr("form") == "mention":
                self._mentions[(f.source_id, g.region or g.name)] += 1

    # -- helpers ---------------------------------------------------------------------------------
    def text(self, source_id: str) -> str:
        return self.texts[source_id].source.text

    def group(self, name: str) -> PlaceGroup | None:
        return self.gazetteer.groups.get(name)

    def _add(
        self,
        f: Fact,
        key: str,
        direction: str,
        fmt: str,
        prompt: str,
        answer: str,
        accepted: list[str],
        score: Score,
        choices: list[str] | None = None,
        notes: list[str] | None = None,
        span: tuple[int, int] | None = None,
        value: dict[str, Any] | None = None,
        same_as: str | None = None,
    ) -> None:
        """A candidate question; the best of those that share a slot (``same_as`` or ``key``, with the
        direction and format) is kept. ``key`` gives the question's stable id and fact id."""
        role = self.roles.get(f.passage_id, "body")
        if role != "body":
            self.dropped.append((f.source_id, f.kind.value, f"from a {role}, not the article's body"))
            return
        slot = f"{same_as or key}|{direction}|{fmt}"
        variant = "" if direction in ("when", "ask") else f"-{direction}"
        qid = f"{f.kind.value}-{_digest(key)}-{fmt}{variant}"
        accepted = list(dict.fromkeys([answer, *accepted]))
        if value is not None and value.get("type") == "place":
            # "the Liancourt Rocks" as well as "Liancourt Rocks": the list a teacher reads shows both
            accepted += [f"the {a}" for a in accepted if _PLURAL_PLACE.search(a) and not a.lower().startswith("the ")]
            accepted = list(dict.fromkeys(accepted))
        if choices is not None:
            ok = {normalize(a) for a in accepted}
            distractors = [c for c in choices if normalize(c) not in ok]
            if len(distractors) < 3:
                self.dropped.append((f.source_id, f.kind.value, f"{fmt}: fewer than 3 distractors of the same kind"))
                return
            choices = _shuffle([answer, *distractors[:3]], qid)
            if len({words(c) > 12 for c in choices}) > 1 or _lengths_give_away(answer, choices):
                score.lose(20, "the key's length stands out among the choices")
        if f" {normalize(answer)} " in f" {normalize(prompt.replace(BLANK, ' '))} ":
            score.lose(100, "the answer appears in its own prompt")
        question = Question(
            id=qid,
            fact_id=_digest(key),
            kind=f.kind.value,
            format=fmt,
            prompt=prompt,
            answer=answer,
            accepted=accepted,
            choices=choices,
            source_id=f.source_id,
            passage_id=f.passage_id,
            quote_start=f.quote_start,
            quote_end=f.quote_end,
            answer_start=span[0] if span else f.answer_start,
            answer_end=span[1] if span else f.answer_end,
            quote=self.text(f.source_id)[f.quote_start : f.quote_end],
            notes=notes or [],
            value=value,
        )
        self.candidates.append(Candidate(question, f, slot, score))
        self._person_of[id(question)] = f.subject

    def drop(self, f: Fact, reason: str) -> None:
        self.dropped.append((f.source_id, f.kind.value, reason))

    # -- statements turned into questions --------------------------------------------------------
    def _statement(self, f: Fact) -> tuple[str, int]:
        """The fact's sentence without a droppable opening connective, and its offset in the source."""
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end].replace("\n", " ")
        stripped = strip_connective(sentence)
        return stripped, f.quote_start + len(sentence) - len(stripped)

    # -- answer values, for grading typed answers ----------------------------------------------------
    def _place_value(self, group: PlaceGroup, names: list[str], exclude: list[str] = ()) -> dict[str, Any]:  # type: ignore[assignment]
        """A place with every name it goes by; the region's other places are never typos of it."""
        others = [n for other in self._regional(group, {group.name}, group.name) for n in self._all_names(other)]
        return {
            "type": "place",
            "name": names[0],
            "names": list(dict.fromkeys(names)),
            "exclude": list(dict.fromkeys(exclude)),
            "others": sorted(set(others) - set(names)),
        }

    def _all_names(self, name: str) -> list[str]:
        g = self.group(name)
        return [name, *(g.names if g else [])]

    def _family(self, person: str) -> str:
        """The family name, or the first word of a name the articles call the person by ("Liew" of
        "Liew Vui Keong", "Tokuno" of "Tokuno Hiroshi", "Shafie" of "Shafie Apdal")."""
        if person not in self._families:
            words_ = person.split()
            first, last = words_[0], surname_of(person)
            texts = [t.source.text for t in self.texts.values() if person in t.source.text]

            # the first word not followed by the rest of a name; the last not preceded by the one before it
            first_alone = re.compile(rf"\b{re.escape(first)}\b(?!\s+[A-Z])")
            last_alone = (
                re.compile(rf"(?<!{re.escape(words_[-2])}\s)\b{re.escape(last)}\b") if len(words_) > 1 else None
            )
            called_first = (
                last_alone is not None
                and first != last
                and any(first_alone.search(t) for t in texts)
                and not any(last_alone.search(t) for t in texts)
            )
            self._families[person] = first if called_first else last
        return self._families[person]

    def _person_value(self, name: str, person: str, forms: list[str]) -> dict[str, Any]:
        family = self._family(person)
        families = [self._family(p) for p in self._speakers if p != person]
        fullest = max([name, *(f for f in forms if family in f.split())], key=lambda f: len(f.split()))
        given = " ".join(w for w in fullest.split() if w != family)
        return {
            "type": "person",
            "given": given,
            "family": family,
            "unique": normalize(family) not in {normalize(f) for f in families},
            "others": sorted(set(families)),
        }

    def _judge_asked(self, question: str) -> Score:
        score = Score()
        judge_sentence(question.rstrip("?") + ".", score, max_words=24)
        if _UNNAMED_DOCUMENT.search(question):
            # "… sign the joint declaration?", "… sign a treaty?": the two signed more than one (a blind
            # review of sets 78-79 failed it); cited beside the same year's named document, never alone
            score.lose(60, "a document named only by its kind in lower case ('the joint declaration')")
        if re.search(r"\bagain\b", question):
            # "visit Kunashiri again": the first time, which the question does not give, gives the key away
            score.lose(40, "'again' points to an earlier time the question does not give")
        if re.search(r"\b(?:deploy|station)\b", question) and not self.gazetteer.mentions(question):
            # "announce Russia would deploy coastal defence systems": where, the question does not say
            score.lose(35, "a deployment with no place")
        m = _WHICH_TERRITORY.search(question)
        if m:
            # "In what year did Soviet troops land on the territory?": which, the question does not say
            score.lose(35, f"points back to a territory it does not name ({m.group(0)!r})")
        if re.match(r"In what year did [A-Z][^?]*? and (?:the )?[A-Z][\w’'-]+ [a-z]", question) and re.search(
            r"\bits\b", question
        ):
            # "did Guatemala and Belize sign a deal that its inhabitants could vote …": whose?
            score.lose(35, "'its' beside two doers: whose, the question does not say")
        return score

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
                *self._territory_subject(f, stmt, span),
            ]
            for restated in restated_ways:
                restated = self._statement_spelt_out(f, *restated, off=off)
                asked = clauses.ask_year(*restated)
                if asked is not None:
                    stmt, span = restated
                    break
        clause = clauses.parse(stmt, span)
        year = f.value[:4]
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
        if asked is not None and _RENEWED_MEASURE.search(asked):
            # "In what year did Japan impose sanctions on Russia?": sanctions are imposed, widened and lifted
            # again and again (2014 and 2022 both; a blind review failed it as ambiguous)
            return self.drop(f, "a measure taken again and again (sanctions, protests, talks): which time is not said")
        if asked is not None and clause is None:  # "Having signed a treaty in 1941, the Soviet Union …"
            self._ask_year(f, f"date|{year}|{normalize(asked)}", asked, year, self._judge_asked(asked))
            self._clause_asked[(f.source_id, f.quote_start)].add("when")
            return None
        if asked is None and self._deadline_asked(f, stmt, span, year):
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
            asked = asked.replace(f" {clause.lemma} ", f" first {clause.lemma} ", 1)
        score = self._judge_asked(asked)
        document = self._documents.get(year, "")
        named = bool(document) and normalize(document) in normalize(stmt)
        # "Japan and the Soviet Union signed a joint declaration" in the year of "the Joint Declaration"
        signed = (
            bool(document)
            and clause.lemma in ("sign", "conclude", "ratify", "adopt")
            and normalize(document).split()[-1:]
            == [w for w in normalize(clause.rest).split()[:4] if w in _DOCUMENT_NOUNS][:1]
        )
        key = f"date|{year}" if named or signed else f"date|{year}|{clause.key}"
        if key == f"date|{year}":
            score.lose(5, "worded from the sentence, not from the treaty's name")
        # "He visited Kunashiri again in 2012": a year the articles give near the same thing is never
        # a wrong choice, in case the act was repeated in words this reader does not follow.
        self._ask_year(f, key, asked, year, score, exclude=self._years_near(_head(clause.rest)))
        self._clause_asked[(f.source_id, f.quote_start)].add("when")
        return None

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

    def _principals(self, source_id: str) -> set[str]:
        """The two countries an article names most: the parties to its dispute."""
        if source_id not in self._parties:
            counts = Counter(country_mentions(self.text(source_id)))
            ranked = [c for c, _ in counts.most_common()]
            self._parties[source_id] = set(ranked[:2])
        return self._parties[source_id]

    def _background(self, f: Fact, asked: str) -> bool:
        """Drop (and say so) a question naming a country that is no party to the article's dispute:
        "In what year did Russia annex Ukraine's Crimea region?" in an article on the Kurils."""
        principals = self._principals(f.source_id)
        if len(principals) < 2:
            return False
        for country in country_mentions(asked):
            if not any(same_holder(country, p) for p in principals):
                self.drop(f, f"an act involving {country}, not a party to the article's dispute: background")
                return True
        return False

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
        nouns = [w for w in normalize(act).split() if w in _DOCUMENT_NOUNS]
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
        if f.attr("resolution") and not self._on_the_dispute(prompt):
            # "On Tuesday Abe met Putin", "announced on August 9th that …": a relative date marks the news
            # of the day; only an act on the dispute itself is worth its year
            return self.drop(f, "an act dated against the article and naming nothing of the dispute: news of the day")
        if f.attr("resolution") and D.find_dates(prompt):
            return self.drop(f, "another date in the act: the year could be either's")
        if f.attr("resolution") and _BARE_DOCUMENT_ACT.search(prompt):
            # "… sign the treaty in Moscow?": which treaty, the article's earlier lines said
            return self.drop(f, "a document named only as 'the treaty': which one leans on the article")
        if f.attr("resolution") and _TRAVEL_WORD.search(prompt) and not self._to_the_dispute(f, prompt):
            # "In what year did Mr Koizumi fly to Hokkaido?": a journey of the day, not to the disputed place
            return self.drop(f, "a journey dated against the article, not to the disputed place: news of the day")
        if f.attr("resolution"):
            # the same year stated outright elsewhere in the article makes the better question
            score.lose(10, "the year is worked out from the article's date")
        if re.search(r"\bthat(?:\s+\S+){0,2}\?$", prompt):
            return self.drop(f, "what was announced is cut off ('… announce that Japan?')")
        prompt = capitals_as_countries(prompt, int(year))  # "did Yaounde take Abuja to court" names no country
        prompt = re.sub(r"\bthe former Soviet Union\b", "the Soviet Union", prompt)  # not "former" in its own years
        # "In what year did Prime Minister Mikhail Mishustin visit Etorofu?": the title dates the act
        # (every wrong year before his premiership; blind review of the pooled bank): the name alone
        prompt = _OFFICE_BEFORE_NAME.sub(
            lambda m: m.group(0) if re.search(r"\bthe\s+(?:\S+\s+)?$", prompt[: m.start()]) else "", prompt
        )  # "the ICJ President X" keeps its title: without it "the ICJ X" is no English
        accepted = list(dict.fromkeys([f.answer, *f.accepted, year]))
        exclude = [*exclude, *re.findall(r"\b(?:1[5-9]|20)\d\d\b", prompt)]  # "… the Declaration of 1956?"
        # the year before or after is defensible for an act that ran over the new year or was made formal
        # later (the Kurils, seized in 1945, annexed by decree in 1946: a blind review failed 1946 beside 1945)
        exclude += [str(int(year) - 1), str(int(year) + 1)]
        latest = self._latest_year(f) if capped else None
        mc = pick(
            year_distractors(int(year), self._dates, key, latest, earliest=earliest), [*accepted, *exclude], 6, key
        )
        if len(mc) < 3:  # the near years are taken (a key just before the article's year)
            wide = year_distractors(int(year), self._dates, key, latest, wide=True, earliest=earliest)
            mc = pick(wide, [*accepted, *exclude], 6, key)
        shown = D.display(year)
        note = [f"Normalised date: the source writes “{f.answer}”."] if shown != f.answer else []
        if f.attr("resolution"):
            note = [f"Resolved relative date: {f.attr('resolution')}."]
        same = self._same_dated_act(prompt, year)
        self._add(
            f, key, "when", "mc", prompt, shown, accepted, score, mc, notes=note, value=_year_value(year), same_as=same
        )

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

    # -- the run ---------------------------------------------------------------------------------
    def run(self) -> list[Question]:
        writers: dict[FactKind, Callable[[Fact], None]] = {
            FactKind.DATE: self._q_date,
            FactKind.ISLAND: self._q_island,
            FactKind.ISLAND_ALIAS: self._q_island_alias,
            FactKind.EXPERT_POSITION: self._q_expert_position,
            FactKind.EXPERT_VIEW: self._q_expert_view,
            FactKind.NUMBER: self._q_number,
            FactKind.COUNTRY_STANCE: self._q_country_stance,
        }
        for f in self.facts:
            writers[f.kind](f)
        self._ask_members()
        self._ask_location()
        return self._select()

    def _select(self) -> list[Question]:
        """The best candidate per slot, if it passes; the others become its citations."""
        by_slot: dict[str, list[Candidate]] = defaultdict(list)
        for c in self.candidates:
            by_slot[c.slot].append(c)
        by_fact: dict[str, list[Candidate]] = defaultdict(list)
        for c in self.candidates:
            by_fact[c.question.fact_id].append(c)
        kept: list[Question] = []
        for slot, group in by_slot.items():
            group.sort(key=lambda c: (-c.score.points, self.order[c.question.source_id], c.question.quote_start))
            best = group[0]
            for other in group[1:]:
                self.dropped.append((other.question.source_id, other.question.kind, "same fact asked better elsewhere"))
            if not best.score.passes:
                for reason in best.score.reasons:
                    self.dropped.append((best.question.source_id, best.question.kind, f"low quality: {reason}"))
                continue
            q = best.question
            q.quality, q.quality_reasons = best.score.points, list(best.score.reasons)
            q.also = self._citations(q, [*by_fact[q.fact_id], *group[1:]])  # the same fact worded another way too
            kept.append(q)
            del slot
        # One year, one question about an event "taking place": "When did Japan's surrender take place?"
        # beside "When did Soviet troops seize the Kurils?" (1945 both) only repeats the answer.
        by_year: dict[str, list[Question]] = defaultdict(list)
        for q in kept:
            if q.kind == "date" and q.format == "mc":
                by_year[q.answer[-4:]].append(q)
        for same in by_year.values():
            general = [q for q in same if q.prompt.endswith(" take place?")]
            if len(same) > 1 and general:
                for q in general[: len(same) - 1] if len(general) == len(same) else general:
                    self.dropped.append((q.source_id, q.kind, "another question already has this year for its answer"))
                    kept.remove(q)
        # One article, one question per year: "In what year did Libyan tanks invade northern Chad?" beside
        # "In what year did Kadafi annex the Aozou Strip?" (1973 both) tells one answer with the other;
        # the two are one turn of the story. The better is kept, the earlier if they are as good.
        self._one_fact_per(
            kept,
            lambda q: (q.source_id, q.answer[-4:]) if q.kind == "date" else None,
            "the article's other question has this year for its answer",
        )
        # One dated act, one question: "In what year did X visit Y?" makes "Which island did X visit
        # in 2010?" its reverse, and the year is the fact the articles date.
        # But "Which two islands did the 1956 declaration say would be handed over?" is the provision
        # itself, the year in its prompt: "In what year did the Soviet Union agree to hand Shikotan and
        # the Habomai islets over?" from the same sentence only gives it away.
        provided = {(q.source_id, q.quote_start) for q in kept if q.prompt.startswith("Which two islands did ")}
        for q in [q for q in kept if q.kind == "date" and (q.source_id, q.quote_start) in provided]:
            self.dropped.append((q.source_id, q.kind, "the same sentence's provision is asked (which two islands)"))
            kept.remove(q)
        dated = {(q.source_id, q.quote_start) for q in kept if q.kind == "date"}
        for q in [q for q in kept if q.kind == "island" and q.prompt.startswith("Which ")]:
            if (q.source_id, q.quote_start) in dated and "which" in self._clause_asked[(q.source_id, q.quote_start)]:
                self.dropped.append((q.source_id, q.kind, "the same dated act is asked by its year"))
                kept.remove(q)
        # "What did X say about …?" twice, with two keys: each question's key answers the other too.
        # The better kept (a blind review would fail either beside the other as ambiguous).
        by_prompt: dict[tuple[str, str], list[Question]] = defaultdict(list)
        for q in kept:
            by_prompt[(q.prompt, q.format)].append(q)
        for same in by_prompt.values():
            for q in sorted(same, key=lambda q: (-q.quality, self.order[q.source_id], q.quote_start))[1:]:
                self.dropped.append((q.source_id, q.kind, "another question asks the same words with another answer"))
                kept.remove(q)
        # One article, one "Who said …?" per person: a second one from the same article asks the same name
        # again (both blind reviewers of sets 118-119 flagged the second as testing nothing new). The better
        # is kept, with its typed and multiple-choice forms.
        self._one_fact_per(
            kept,
            lambda q: (q.source_id, q.answer) if q.kind == "expert_view" and q.id.endswith("-who") else None,
            "the article's other who-said question has this name",
        )
        self._record_disagreements(kept)
        return kept

    def _one_fact_per(
        self, kept: list[Question], group_of: Callable[[Question], tuple[str, str] | None], reason: str
    ) -> None:
        """Keep, of the questions ``group_of`` puts together, those of one fact: the best question's
        (the earliest if they are as good), in all its formats; drop the others with ``reason``."""
        groups: dict[tuple[str, str], list[Question]] = defaultdict(list)
        for q in kept:
            group = group_of(q)
            if group is not None:
                groups[group].append(q)
        for same in groups.values():
            best = min(same, key=lambda q: (-q.quality, q.quote_start)).fact_id
            for q in same:
                if q.fact_id != best:
                    self.dropped.append((q.source_id, q.kind, reason))
                    kept.remove(q)

    def _citations(self, q: Question, same_fact: list[Candidate]) -> list[dict[str, str | int]]:
        out: list[dict[str, str | int]] = []
        seen = {(q.source_id, q.quote_start)}
        for c in sorted(same_fact, key=lambda c: (self.order[c.question.source_id], c.question.quote_start)):
            o = c.question
            if (o.source_id, o.quote_start) in seen:
                continue
            seen.add((o.source_id, o.quote_start))
            out.append(
                {
                    "source_id": o.source_id,
                    "passage_id": o.passage_id,
                    "quote": o.quote,
                    "start": o.quote_start,
                    "end": o.quote_end,
                }
            )
        return out

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
        if head in _TREATY_HEADS and _generic_document(event):
            # "In what year was the Joint Declaration signed?": whose? Japan and Russia alone made several
            return self.drop(f, "a document named only by its kind ('the Joint Declaration'): whose is not said")
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
        plural = bool(head) and bool(re.search(rf"(?i)\b{re.escape(head)}s\b", event))  # "the Italian-Turkish accords"
        verb = f"{'were' if plural else 'was'} {{}} signed" if head in _TREATY_HEADS else "did {} take place"
        whose = self._whose_document(event, f)
        city = _CITY_DOCUMENT.match(event)
        if whose == event and city is not None:
            # "the Algiers peace accord" (in lower case: the accord made in Algiers, not a name): Algiers saw
            # the Iran-Iraq accord of 1975 and the US-Iran accords of 1981 as well (a blind review failed
            # it); whose, the question does not say. "the San Francisco Peace Treaty" is a name.
            return self.drop(f, f"a document known by the city it was made in ({city.group('city')}), parties unsaid")
        self._ask_year(f, key, capitalize(f"In what year {verb.format(whose)}?"), value, score)
        return None

    def _doer_asked(self, f: Fact) -> None:
        """ "In February 2011, who inspected military facilities on the disputed southern Kuril Islands?"
        from a named person's dated act on the dispute; the month and year tell this act from others."""
        if f.attr("precision") not in ("day", "month") or self.roles.get(f.passage_id, "body") != "body":
            return
        year, month = int(f.value[:4]), int(f.value[5:7])
        stmt, off = self._statement(f)
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
        ]
        accepted = [person, self._family(person), *self._name_forms(person)]
        value = self._person_value(person, person, accepted)
        span = (at, at + len(written))
        choices = pick(_one_per_family(others, person), accepted, 3, key, keep_order=True)
        self._add(f, key, "doer", "mc", prompt, person, accepted, score, choices, span=span, value=value)
        self._add(f, key, "doer", "typed", prompt, person, accepted, score, span=span, value=value)

    def _whose_document(self, event: str, f: Fact) -> str:
        """ "the Japan–Russia Tokyo Declaration" for "the Tokyo Declaration" in an article on Japan and
        Russia: a document named after one side's capital is the two sides' own, and the capital alone
        names several (a blind review failed it beside the 1993 TICAD Tokyo Declaration on Africa)."""
        m = re.match(
            r"the\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<rest>(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)$", event
        )
        sides = self._two_sides(f.source_id)
        if m is None or not sides or m.group("rest").split()[-1].lower() not in _DOCUMENT_NOUNS:
            return event
        capital_of = capital_country(m.group("city"))
        if capital_of is None or not any(same_holder(capital_of, side) for side in sides):
            return event
        return f"the {sides[0]}–{sides[1]} {m.group('city')} {m.group('rest')}"

    # -- islands and territories -----------------------------------------------------------------
    def _regional(self, group: PlaceGroup, exclude: set[str], seed: str) -> Iterator[str]:
        """Other places of the same part, then the same region, then of the same kind nearby."""
        groups = self.gazetteer.groups.values()
        same_part = [g.name for g in groups if group.part_of and g.part_of == group.part_of]
        same_region = [g.name for g in groups if group.region and g.region == group.region]
        ordered = list(rotated(same_part, seed)) + list(rotated(same_region, seed))
        kind = {g.name: g.kind for g in groups}
        ordered.sort(key=lambda n: kind.get(n) != group.kind)  # same kind first, stable otherwise
        related = self._lineage(group.name)  # a part or the whole of the key would also be true
        return (n for n in dict.fromkeys(ordered) if n not in exclude and n not in related)

    def _to_the_dispute(self, f: Fact, words: str) -> bool:
        """Do the words name a place the article is about, or the dispute itself?"""
        if _DISPUTE_WORD.search(words):
            return True
        groups = (self.group(m.group) for m in self.gazetteer.mentions(words))
        return any(g is not None and self._central(f.source_id, g) for g in groups)

    def _central(self, source_id: str, group: PlaceGroup) -> bool:
        """Is the place's region what the article is about (not a passing comparison)?"""
        counts = {r: n for (s, r), n in self._mentions.items() if s == source_id}
        mine = counts.get(group.region or group.name, 0)
        return bool(counts) and mine >= 2 and mine >= max(counts.values()) / 2

    def _lineage(self, name: str) -> set[str]:
        """``name``, every place it is part of, and every place that is part of it."""
        below = {g.name for g in self.gazetteer.groups.values() if name in self._ancestors(g.name)}
        return {name} | self._ancestors(name) | below

    def _ancestors(self, name: str) -> set[str]:
        out: set[str] = set()
        up = self._parent.get(name, "")
        while up and up not in out:
            out.add(up)
            up = self._parent.get(up, "")
        return out

    def _q_island(self, f: Fact) -> None:
        text = self.text(f.source_id)
        sentence = text[f.quote_start : f.quote_end]
        if f.attr("form") == "pair":
            first, second = self.group(f.attr("first")), self.group(f.attr("second"))
            if first is None or second is None:
                return self.drop(f, "pair of unknown places")
            key = f"pair|{'+'.join(sorted([first.name, second.name]))}"
            f = replace(f, accepted=tuple(dict.fromkeys([*f.accepted, *_pair_forms(first, second)])))
            names = [
                n
                for n in self._regional(first, {first.name, second.name}, key)
                if _place_noun(self.gazetteer.groups[n]) in ("island", "islands")
                and "chain" not in self.gazetteer.groups[n].kind
            ]
            # The other places of the same part first (the other disputed islands), then the region's.
            ordered = sorted(rotated(names, key), key=lambda n: self.gazetteer.groups[n].part_of != first.part_of)
            pairs = balanced_pairs(first.name, second.name, ordered)
            shown = f"{first.name} and {second.name}"  # choices all written the same way
            note = [f"Normalised names: the source writes “{f.answer}”."] if shown != f.answer else []
            choices = pick(pairs, list(f.accepted), 3, key, keep_order=True)
            provision = _provision(
                sentence, f.answer_start - f.quote_start, f.answer_end - f.quote_start, self._documents_of(f.source_id)
            )
            dated = re.search(r"\bthe (\d{4}) (?:agreement|treaty|declaration|accord)\b", provision)
            if dated and dated.group(1) in self._documents:
                # "the 1956 agreement" would give away the year another question asks: use its name
                provision = provision.replace(dated.group(0), self._documents[dated.group(1)])
            if not provision:
                return self.drop(f, "two places named together with no treaty providing for them")
            ask = Score()  # worded from the fact: the source sentence's own wording is not shown
            accepted = [shown, *f.accepted]
            pair = {
                "type": "list",
                "items": [self._place_value(g, self._all_names(g.name)) for g in (first, second)],
            }
            self._add(f, key, "which", "mc", provision, shown, accepted, ask, choices, notes=note, value=pair)
            typed = Score(ask.points, list(ask.reasons))
            self._add(f, key, "which", "typed", provision, shown, accepted, typed, notes=list(note), value=pair)
            return None
        held = self._holder_asked(f)
        claimed = self._claimants_asked(f)
        if self._place_asked(f) or held or claimed:
            return None
        return self.drop(f, "a place named in a sentence (its blank has many fillers; asked through names, treaties)")

    def _ask_members(self) -> None:
        """ "Which four islands make up the territory that Japan calls the Northern Territories?" from
        a sentence that lists every island of a disputed territory and says how many there are
        ("four islands … Etorofu, Kunashiri, Shikotan and Habomai"), names the territory, or says
        the islands are disputed, claimed or seized. One question per territory; every such
        sentence is cited, the ones that name the territory first."""
        groups = self.gazetteer.groups.values()
        places: dict[tuple[str, int], list[Fact]] = defaultdict(list)  # sentence -> the places it names
        for f in (f for named in self._places_in.values() for f in named):
            places[(f.source_id, f.quote_start)].append(f)
        for territory in (g for g in groups if g.kind == "disputed territory"):
            members = sorted(g.name for g in groups if g.part_of == territory.name)
            if len(members) < 3:
                continue
            count = _NUMBER_WORDS.get(len(members), str(len(members)))
            key = f"members|{territory.name}"
            for found in places.values():
                named = [f for f in found if f.value in members]
                if {f.value for f in named} != set(members):
                    continue
                f = min(named, key=lambda g: g.answer_start)
                sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
                says_count = re.search(rf"\b{count}\s+(?:[\w-]+\s+){{0,2}}?(?:islands|islets|isles)\b", sentence, re.I)
                if not says_count and re.search(r"\btwo\b", sentence, re.I):
                    continue  # "the return of the two other islands, Kunashiri and Etorofu, after Shikotan …"
                named_whole = any(g.value == territory.name for g in found)
                if not (says_count or named_whole or _MEMBERS_DISPUTED.search(sentence)):
                    continue  # "X visited Etorofu, Kunashiri, …" says nothing of what the territory is
                end = max(g.answer_end for g in named)
                f = replace(f, answer=self.text(f.source_id)[f.answer_start : end], answer_end=end)
                self._members_asked(f, territory, members, count, key, named_whole)

    def _members_asked(
        self, f: Fact, territory: PlaceGroup, members: list[str], count: str, key: str, named_whole: bool
    ) -> None:
        # one side's name only: the other's is what "What does Russia call the territory known in
        # Japan as …?" asks (a blind review saw the four-islands prompt give it away)
        side_of_name = territory.side_of(territory.name)
        what = the_name(territory.name)
        if side_of_name:
            what = f"the territory that {side_of_name} calls {what}"
        prompt = f"Which {count} islands make up {what}?"
        groups = self.gazetteer.groups
        outsiders = [
            n
            for n in rotated(sorted(g.name for g in groups.values() if g.region == territory.region), key)
            if n not in members and n != territory.name and groups[n].kind in ("island", "island group")
        ][: len(members)]
        # every choice in one side's names: Japanese names for the key beside Russian ones for the
        # others would tell them apart by sound
        sides = sorted({side for n in [*members, *outsiders] for side in groups[n].called})
        side = next(
            (s for s in sides if all(s in groups[n].called or not groups[n].called for n in [*members, *outsiders])), ""
        )

        def name(n: str) -> str:
            return groups[n].called[side][0] if side in groups[n].called else n

        shown = _listed(sorted(name(m) for m in members))
        value = {"type": "list", "items": [self._place_value(groups[m], self._all_names(m)) for m in members]}
        note = [f"Normalised names: the source writes “{f.answer}”."] if f.answer != shown else []
        score = Score()
        if not named_whole:
            score.lose(5, "the sentence does not name the territory (cited, not asked from)")
        if len(outsiders) == len(members):
            # every name appears exactly twice among the four choices, so that counting names does
            # not find the key: the key, half the islands with half the others, the other halves
            # together, and the others alone
            half = len(members) // 2
            ours, theirs = [name(m) for m in members], [name(n) for n in outsiders]
            wrong = [
                _listed(sorted([*ours[:half], *theirs[:half]])),
                _listed(sorted([*ours[half:], *theirs[half:]])),
                _listed(sorted(theirs)),
            ]
            self._add(f, key, "which", "mc", prompt, shown, [shown], score, wrong, notes=note, value=value)
        typed = Score(score.points, list(score.reasons))
        self._add(f, key, "which", "typed", prompt, shown, [shown], typed, notes=list(note), value=value)

    def _ask_location(self) -> None:
        """ "Near which Japanese island do the islands that Japan calls the Senkaku Islands lie?",
        "Near which Japanese island do the Kuril Islands lie?" from a sentence that places a disputed
        territory, or the chain it belongs to, next to a landmark ("the Senkaku Islands, which lie
        southwest of Okinawa", "the Russian-held islands off Hokkaido"). Not asked of a territory
        whose name gives its direction ("the Northern Territories"). One question per territory and
        landmark; every such sentence is cited. The landmark's wrong choices are the other islands
        of its country in the gazetteer."""
        islands_of: dict[str, list[str]] = defaultdict(list)  # region -> its islands, main islands first
        for g in self.gazetteer.groups.values():
            if g.kind == "island":
                islands_of[g.region].append(g.name)
        for f in (f for named in self._places_in.values() for f in named):
            landmark = self.group(f.value)
            if landmark is None or landmark.part_of or landmark.kind != "island":
                continue
            country = country_of_word(landmark.region)
            others = islands_of[landmark.region]
            if country is None or len(others) < 4:
                continue  # the wrong choices would not be islands of the same country
            sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
            loc = location_before(sentence, f.answer_start - f.quote_start)
            placed = self._placed(f.source_id, sentence, loc) if loc else None
            if placed is None or landmark.name in self._lineage(placed.name):
                continue
            territory = placed if placed.kind.startswith("disputed") else self._disputed_part(placed)
            if territory is None or not self._central(f.source_id, territory):
                continue
            if any(_COMPASS.search(n) for n in self._all_names(placed.name)):
                # "the Northern Territories" near which Japanese island? The name says where it lies
                # (a blind review flagged it as asking nothing)
                self.dropped.append((f.source_id, "island", "location of a place whose name gives its direction"))
                continue
            key = f"location|{territory.name}|{landmark.name}"
            side = placed.side_of(placed.name) if placed is territory else ""  # a chain goes by its own name
            what = the_name(placed.name)
            if side:  # one side's name only: the other's is asked by "What does Russia call …?"
                what = f"the {'islands' if _PLURAL_PLACE.search(placed.name) else 'territory'} that {side} calls {what}"
            plural = bool(_PLURAL_PLACE.search(placed.name) or side)
            prompt = f"Near which {forms_of(country)[0]} island {'do' if plural else 'does'} {what} lie?"
            score = Score()
            if placed is not territory:
                score.lose(5, "places the whole chain, not the disputed territory (cited, not asked from)")
            if words(sentence) > 30:  # the shortest sentence that says it is the one quoted
                score.lose(min(10, (words(sentence) - 28) // 3), f"long sentence ({words(sentence)} words)")
            accepted = list(dict.fromkeys([f.answer, *self._all_names(landmark.name)]))
            wrong = [n for n in others if n != landmark.name]  # the gazetteer lists the main islands first
            value = self._place_value(landmark, accepted)
            self._add(f, key, "near", "mc", prompt, landmark.name, accepted, score, wrong, value=value)
            typed = Score(score.points, list(score.reasons))
            self._add(f, key, "near", "typed", prompt, landmark.name, accepted, typed, value=value)

    def _placed(self, source_id: str, sentence: str, loc: Location) -> PlaceGroup | None:
        """What a location places: a disputed territory or island chain named just before the
        relation, or, for "the islands", "the closest", the one disputed territory of the article;
        None for a single island ("Kunashir, just north of Hokkaido") or anything else."""
        for m in self.gazetteer.mentions(sentence):
            if m.end == loc.head_end:
                group = self.group(m.group)
                if group is None or not (group.kind.startswith("disputed") or self._disputed_part(group)):
                    return None
                return group
        if loc.head.lower() not in ("islands", "islets", "isles", "closest"):
            return None
        return self._one_territory(source_id)

    def _disputed_part(self, group: PlaceGroup) -> PlaceGroup | None:
        """The one disputed territory that is part of ``group`` (the Northern Territories of the
        Kuril Islands), or None."""
        parts = [g for g in self.gazetteer.groups.values() if g.part_of == group.name and g.kind.startswith("disputed")]
        return parts[0] if len(parts) == 1 else None

    def _documents_of(self, source_id: str) -> dict[str, str]:
        """The one document of each kind the article dates ("declaration" -> "joint declaration"),
        by the name the articles give it most; a kind the article dates twice is left out."""
        if self._dated_documents is None:
            self._dated_documents = defaultdict(lambda: defaultdict(set))
            for g in self.facts:
                head = g.attr("event_head")
                if g.kind == FactKind.DATE and head in _TREATY_HEADS:
                    self._dated_documents[g.source_id][head].add(g.value[:4])
        found = self._dated_documents.get(source_id, {})
        return {
            head: self._documents.get(next(iter(years)), "") or head
            for head, years in found.items()
            if len(years) == 1 and self._documents.get(next(iter(years)))
        }

    def _dates_in_sentence(self, source_id: str, quote_start: int) -> list[Fact]:
        if self._sentence_dates is None:
            self._sentence_dates = defaultdict(list)
            for g in self.facts:
                if g.kind == FactKind.DATE:
                    self._sentence_dates[(g.source_id, g.quote_start)].append(g)
        return self._sentence_dates.get((source_id, quote_start), [])

    def _places_acted_on(self) -> dict[tuple[str, str, str], set[str]]:
        """(actor, verb, year or "") -> the places the articles say the actor did it to; "" collects
        every year, so that an undated question is asked only of an act done to one place."""
        if self._acted_on is None:
            self._acted_on = defaultdict(set)
            for g in self.facts:
                if g.kind != FactKind.ISLAND or self.group(g.value) is None:
                    continue
                stmt, off = self._statement(g)
                dated = self._dates_in_sentence(g.source_id, g.quote_start)
                span = (dated[0].answer_start - off, dated[0].answer_end - off) if dated else None
                clause = clauses.parse(stmt, span)
                if (
                    clause is None
                    or clauses.ask_which(stmt, (g.answer_start - off, g.answer_end - off), "place", span) is None
                ):
                    continue
                place = self.group(g.value)
                assert place is not None
                actor = (_actor(clause.subject), _act_kind(clause.lemma))
                self._acted_on[(*actor, "")].add(place.name)
                if dated:
                    self._acted_on[(*actor, dated[0].value[:4])].add(place.name)
        return self._acted_on

    def _claimants_asked(self, f: Fact) -> bool:
        """ "Which two countries have disputed Hans Island?" where the sentence names both."""
        at = self._central_place(f)
        if at is None:
            return False
        group, text, sentence = at
        found = claimants_near(sentence, f.answer_start - f.quote_start, f.answer_end - f.quote_start)
        if found is None:
            return False
        about = [sid for sid in self.texts if self._mentions.get((sid, group.region or group.name), 0)]
        if len(self.texts) >= 3 and 2 * len(about) > len(self.texts):
            # "Which two countries have disputed the Northern Territories?" in a course on that dispute: the
            # premise of every article (a blind reviewer of the late rules flagged it as not worth asking)
            self.drop(f, "the two parties to the dispute most of the articles are about: their premise")
            return True
        first, second = sorted(found, key=lambda c: c.removeprefix("the "))
        key = f"claimants|{group.name}"
        # Wrong pairs from the article's other countries and the two sides' neighbours, never a
        # country the article says claims something too; a neighbour of both sides (perhaps a third
        # claimant, as Taiwan in the Paracels) only when there is no other.
        near = [*NEIGHBOURS.get(first, ()), *NEIGHBOURS.get(second, ())]
        others = [
            c
            for c in dict.fromkeys([*rotated(countries_in(text), key), *near])
            if not any(same_holder(c, x) for x in found) and not also_claims(text, c)
        ]
        others.sort(key=lambda c: c in NEIGHBOURS.get(first, ()) and c in NEIGHBOURS.get(second, ()))
        pairs = [capitalize(p) for p in balanced_pairs(first, second, others)]
        answer = f"{first} and {second}"
        accepted = [answer, f"{second} and {first}"]
        name = group.name if group.name in group.names else f.answer
        # "have disputed": true of a dispute since settled too (Hans Island, split in 2022; a blind review
        # failed "are in dispute" worded from a 2005 article)
        prompt = f"Which two countries have disputed {_with_the(name)}?"
        # "have disputed" since 1945: "Japan and the Soviet Union" is a right answer too (a blind review
        # failed a typed key that refused it)
        value = {"type": "list", "items": [self._country_value(c, lineage_names(c)) for c in (first, second)]}
        choices = pick(pairs, accepted, 3, key, keep_order=True)
        self._add(f, key, "claimants", "mc", prompt, answer, accepted, Score(), choices, value=value)
        self._add(f, key, "claimants", "typed", prompt, answer, accepted, Score(), value=value)
        return True

    def _central_place(self, f: Fact) -> tuple[PlaceGroup, str, str] | None:
        """The place of an island fact, its article's text and its sentence, if the article is about it."""
        group = self.group(f.value)
        if group is None or not self._central(f.source_id, group):
            return None
        text = self.text(f.source_id)
        return group, text, text[f.quote_start : f.quote_end]

    @staticmethod
    def _country_value(country: str, names: list[str] | None = None) -> dict[str, Any]:
        names = list(dict.fromkeys(names or names_of(country)))
        return {"type": "place", "name": names[0], "names": names, "exclude": [], "others": []}

    def _holder_asked(self, f: Fact) -> bool:
        """ "Which country controls Kunashiri?" where the sentence says who holds the place."""
        at = self._central_place(f)
        if at is None:
            return False
        group, text, sentence = at
        island = bool(re.search(r"island|islet|archipelago|shoal|reef|rock", f"{group.kind} {f.answer}", re.I))
        found = holder_near(sentence, f.answer_start - f.quote_start, f.answer_end - f.quote_start, island)
        if found is None:
            return False
        holder, a, b = found
        written = sentence[a:b]
        notes = [] if written == holder else [f"Normalised name: the source writes “{written}” for {holder}."]
        key = f"holder|{group.name}"
        article = countries_in(text)
        others = [c for c in [*article, *NEIGHBOURS.get(holder, ())] if not same_holder(c, holder)]
        if len({c for c in article if not same_holder(c, holder) and also_claims(text, c)}) < 2:
            # "Which country controls the Kuril Islands?" beside China and the United States: the
            # neighbours of a two-sided dispute are ruled out at a glance, and which side holds it is the
            # premise of every article on it (a blind reviewer of sets 70-71 and of 84-85 flagged both such
            # questions); it is asked where two or more others claim the place too (the Paracels)
            self.dropped.append((f.source_id, "island", "a two-sided dispute's holder: the premise of the topic"))
            return True
        choices = pick(list(dict.fromkeys(others)), [holder], 3, key, keep_order=True)
        name = group.name if group.name in group.names else f.answer
        prompt = f"Which country controls {_with_the(name)}?"
        accepted = names_of(holder)
        value = phrase_value(holder)
        span = (f.quote_start + a, f.quote_start + b)
        self._add(
            f, key, "holder", "mc", prompt, holder, accepted, Score(), choices, notes=notes, span=span, value=value
        )
        return True

    def _place_asked(self, f: Fact) -> bool:
        """ "Which island did Dmitry Medvedev visit in November 2010?" for a place a named actor
        visited, seized or handed over."""
        group = self.group(f.value)
        if group is None or not self._central(f.source_id, group):
            return False
        noun = _place_noun(group)
        if noun == "place":
            return False
        stmt, off = self._statement(f)
        dates = self._dates_in_sentence(f.source_id, f.quote_start)
        date_span = (dates[0].answer_start - off, dates[0].answer_end - off) if dates else None
        asked = clauses.ask_which(stmt, (f.answer_start - off, f.answer_end - off), noun, date_span)
        clause = clauses.parse(stmt, date_span)
        if asked is None or clause is None:
            return False
        year = dates[0].value[:4] if dates else ""
        if _act_kind(clause.lemma) == "visit" and not re.search(r"\b(?:1[5-9]|20)\d\d\b", asked):
            # "Which island did Medvedev land on?": visits recur, and a student who knows of another
            # one has a second answer (both blind reviewers of unseen set 21 failed it)
            self.drop(f, "an undated visit (visits recur: which one?)")
            return True
        if len(self._places_acted_on().get((_actor(clause.subject), _act_kind(clause.lemma), year), set())) > 1:
            # "Which island did Medvedev land on?" when he landed on two in the articles
            self.drop(f, "the same act on more than one place in the articles (which one?)")
            return True
        key = f"place|{group.name}|{clause.key}"
        others = [n for n in self._regional(group, {group.name}, key) if _place_noun(self.gazetteer.groups[n]) == noun]
        accepted = list(dict.fromkeys([f.answer, group.name, *group.names]))
        choices = pick(others, accepted, 3, key, keep_order=True)
        place = self._place_value(group, accepted)
        self._add(f, key, "which", "mc", asked, f.answer, accepted, self._judge_asked(asked), choices, value=place)
        self._clause_asked[(f.source_id, f.quote_start)].add("which")
        return True

    def _q_island_alias(self, f: Fact) -> None:
        group = self.group(f.attr("group") or f.value)
        if group is None:
            return self.drop(f, "alias of an unknown place")
        given, asked = f.attr("given"), f.answer
        if _near_spelling(given, asked):
            return self.drop(f, "the two names are nearly the same spelling (the prompt gives the answer away)")
        if not self._central(f.source_id, group):
            return self.drop(f, "a place the article mentions only in passing")
        given_side = group.side_of(given) or f.attr("given_in")
        asked_side = group.side_of(asked) or f.attr("asked_in")
        key = f"alias|{group.name}"
        direction = asked_side or normalize(asked)
        if self._alias_direction.setdefault(key, direction) != direction:
            return self.drop(f, "the same names asked the other way round")
        noun = _place_noun(group)
        score = Score()
        if given_side and asked_side and given_side != asked_side:
            prompt = f"What does {asked_side} call the {noun} known in {given_side} as {the_name(given)}?"
            accepted = group.called.get(asked_side, []) or [asked]
        else:
            prompt = f"{capitalize(the_name(given))} is another name for which {noun}?"
            accepted = [
                n for n in group.names if normalize(given) not in normalize(n) and normalize(n) not in normalize(given)
            ]
            score.lose(10, "no side named for either name")
        accepted = [a for a in dict.fromkeys([asked, *accepted]) if normalize(given) not in normalize(a)]
        others: list[str] = []
        for name in self._regional(group, set(), key):
            other = self.group(name)
            if other is None or _place_noun(other) != noun:
                continue
            side_names = other.called.get(asked_side, []) if asked_side else []
            others.append(side_names[0] if side_names else other.name)
        if asked_side:  # then what the same side calls places elsewhere
            lineage = self._lineage(group.name)
            others += [
                g.called[asked_side][0]
                for g in self.gazetteer.groups.values()
                if g.called.get(asked_side) and _place_noun(g) == noun and g.name not in lineage
            ]
        choices = pick(others, [*accepted, given], 3, key, keep_order=True)
        shown_names = [given, *(group.called.get(given_side, []) if given_side else [])]
        shown_names += [n for n in group.names if normalize(given) in normalize(n)]
        place = self._place_value(group, [asked, *accepted], exclude=shown_names)
        self._add(f, key, "ask", "mc", prompt, asked, accepted, score, choices, value=place)
        # "The Kuril Islands" for Russia's name of the Northern Territories names the whole chain, which
        # the articles also use for these islands: blind reviewers failed the typed question both when
        # it was accepted (a wrong answer marked right) and when it was not (a natural answer refused).
        # So the typed question says which name it wants, without naming the chain, and the note says why.
        # A territory or a group only: one island is not called by its chain's name.
        parent = self.group(group.part_of) if group.part_of and noun != "island" else None
        whole = parent.called.get(asked_side, []) if parent is not None and asked_side else []
        # only a chain's name the articles use is a natural answer ("Kuril Islands", not "Chishima")
        whole = [n for n in whole if any(n.lower() in t.source.text.lower() for t in self.texts.values())]
        notes = []
        typed_prompt = prompt
        if whole:
            typed_prompt = (
                f"{prompt} (Give {asked_side}’s name for these islands only, "
                "not the name of the whole island chain they belong to.)"
            )
            notes = [f"{asked_side} counts them among its {whole[0]}, the whole chain; these are its {asked}."]
        typed = Score(score.points, list(score.reasons))
        self._add(f, key, "ask", "typed", typed_prompt, asked, accepted, typed, notes=notes, value=place)
        return None

    # -- people ------------------------------------------------------------------------------------
    def _position_worth_asking(self, f: Fact) -> str | None:
        """Why a position is not worth a question, or None when it is."""
        if f.attr("pattern") == "byline":
            return "author's credentials (not worth asking)"
        if RELATIONAL.search(f.answer):
            return "relational title (counterpart, ally...)"
        if _LEADER.search(f.answer) or _LEADER.search(f.attr("title")):
            return "title of a head of state or government (not worth asking)"
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen)\.?$", f.answer):
            return "the post is cut short at an abbreviation"
        if len(f.answer.split()) < 2 and not f.attr("affiliation"):
            return "one-word title says too little to identify anyone"
        if len(f.subject.split()) < 2:
            return "person known only by one name"
        author = self.texts[f.source_id].source.meta.author if f.source_id in self.texts else ""
        if author and f.subject.split()[-1].lower() in author.lower().split():
            return "the article's own author (credentials are not worth asking)"
        if f.subject not in self._has_view:
            return _NO_STANCE
        return None

    def _q_expert_position(self, f: Fact) -> None:
        """A post is not asked on its own: blind reviews judged "Who is X?" a job-title question,
        trivia beside the person's stance. Who the person is goes into the feedback of their stance
        questions instead (:meth:`_post_notes`), with every source's wording when they differ."""
        why = self._position_worth_asking(f)
        return self.drop(f, why or "a post is shown with the person's stance (in the feedback), not asked alone")

    def _post_facts(self, person: str, source_id: str) -> list[Fact]:
        """The person's posts fit to say who they are (not a head of government's title, not the
        author's credentials), the question's own article first."""
        usable = ("", "one-word title says too little to identify anyone", _NO_STANCE)
        posts = [g for g in self._all_posts.get(person, []) if (self._position_worth_asking(g) or "") in usable]
        return sorted(posts, key=lambda g: (g.source_id != source_id, self.order.get(g.source_id, 0)))

    def _posts_to_show(self, person: str, source_id: str) -> list[str]:
        return [_post_text(g) for g in self._post_facts(person, source_id)]

    def _with_role(self, person: str, name: str, source_id: str) -> str:
        """ "the analyst Fyodor Lukyanov", "Shigeki Hakamada, a professor at …,": a "What did X say?"
        prompt says who X is, so the question reads as a voice in the debate, not a bare name."""
        if name.startswith(("Chief ", "Foreign ", "Prime ", "President ")) or " " not in name:
            return name  # a spokesperson's title is already there
        posts = self._posts_to_show(person, source_id)
        for post in posts:
            if words(post) == 1 and _HONORIFIC.search(post):
                return f"{post.capitalize()} {name}"  # "Professor Mia Chen"
            if words(post) == 1:
                return f"the {post} {name}"  # "the analyst Fyodor Lukyanov"
            if words(post) <= 10:
                return f"{name}, {with_article(post)},"
        return name

    def _post_notes(self, person: str, name: str, source_id: str) -> list[str]:
        """ "James D. Brown: an associate professor at Temple University in Japan (“The Onsen Summit…”).
        “Putin heads to Japan…” gives the post as …": who the speaker is, by each source."""
        seen: list[str] = []
        parts: list[tuple[str, str]] = []
        for g in self._post_facts(person, source_id):
            post = with_article(_post_text(g))
            if any(_contains(normalize(post), k) or _contains(k, normalize(post)) for k in seen):
                continue
            seen.append(normalize(post))
            title = self.texts[g.source_id].source.meta.title if g.source_id in self.texts else g.source_id
            parts.append((post, title))
        if not parts:
            return []
        note = f"{name}: {parts[0][0]} (“{parts[0][1]}”)."
        note += "".join(f" “{title}” gives the post as {post}." for post, title in parts[1:])
        return [note]

    def _year_of(self, source_id: str) -> int | None:
        date = self.texts[source_id].source.meta.date if source_id in self.texts else ""
        return int(date[:4]) if re.match(r"\d{4}", date) else None

    def _era_gap(self, person: str, year: int | None) -> int:
        """Years between the article quoting or naming ``person`` nearest in time and ``year`` (0 when
        unknown), in decades, so that people of one era keep their own order."""
        if year is None:
            return 0
        years = self._years_quoting_or_posting.get(person, set()) or self._years_naming(person)
        # a person no article naming him dates may be of any era (a 2023 NATO admiral beside a 1996
        # remark, failed by a blind review): as far away as the filter allows
        return min(abs(y - year) for y in years) // 10 if years else 2

    def _years_of(self, *kinds: FactKind) -> dict[str, set[int]]:
        """Person -> years of the dated articles with a fact of these kinds about him."""
        out: dict[str, set[int]] = defaultdict(set)
        for g in self.facts:
            y = self._year_of(g.source_id) if g.kind in kinds else None
            if y is not None:
                out[g.subject].add(y)
        return out

    @functools.cached_property
    def _years_quoting_or_posting(self) -> dict[str, set[int]]:
        return self._years_of(FactKind.EXPERT_VIEW, FactKind.EXPERT_POSITION)

    @functools.cached_property
    def _years_quoting(self) -> dict[str, set[int]]:
        """Not merely naming: "the late Andrei Gromyko" in a 2012 article is no man of 2012."""
        return self._years_of(FactKind.EXPERT_VIEW)

    def _quoted_years(self, person: str) -> set[int]:
        return self._years_quoting.get(person, set())

    def _years_naming(self, person: str) -> set[int]:
        """The years of the dated articles that name the person at all. An undated article gives no
        era: the latest year its text gives is only a lower bound (a 2024 report on a 1998 accord)."""
        if person not in self._naming_years:
            found = (self._year_of(sid) for sid in self.texts if person in self.text(sid))
            self._naming_years[person] = {y for y in found if y is not None}
        return self._naming_years[person]

    def _disputes_of(self, person: str) -> set[str]:
        """The regions (disputes) of the articles that quote or name this person."""
        if self._person_regions is None:
            top: dict[str, str] = {}
            for (source, region), _n in sorted(self._mentions.items(), key=lambda x: -x[1]):
                top.setdefault(source, region)
            self._person_regions = defaultdict(set)
            for g in self.facts:
                if g.kind in (FactKind.EXPERT_VIEW, FactKind.EXPERT_POSITION) and g.source_id in top:
                    self._person_regions[g.subject].add(top[g.source_id])
        return self._person_regions.get(person, set())

    def _spokesperson(self, person: str) -> str:
        """The post of a person who speaks for a government ("Chief Cabinet Secretary"), or ""."""
        for g in self._all_posts.get(person, []):
            post = g.attr("title") or g.answer
            if _SPOKESPERSON.search(post) and words(post) <= 6:
                return capitalize(tame_caps(post)) if g.attr("pattern") == "prenominal" else ""
            if _SPOKESPERSON.search(post):
                return "spokesperson"
        return ""

    def _official(self, person: str) -> bool:
        """Does the person speak for a government (minister, ambassador, spokesman, official)?"""
        return person in self._leaders or any(_OFFICIAL.search(f.answer) for f in self._all_posts.get(person, []))

    def _titled_forms(self, person: str, source_id: str) -> list[str]:
        """ "President Putin", "Prime Minister Naoto Kan": the name with a title the articles give it,
        as a student may write it. When the articles give the person different titles (foreign
        minister in 2016, prime minister in 2021), only the question's article's and those of
        articles of its own year count."""
        titled: list[tuple[str, str]] = []
        for g in self._all_posts.get(person, []):
            if re.search(r"(?i)\b(?:former|ex|then)\b", g.attr("title") or g.answer):
                continue  # "Former Croatian President Ivo Josipovic" is not "President Josipovic"
            m = _HONORIFIC.search(g.attr("title") or g.answer)
            if g.attr("pattern") != "prenominal" and re.search(r"(?i)\bprofessor\b", g.attr("title") or g.answer):
                titled.append((g.source_id, "Professor"))  # "Shigeki Hakamada, a professor at …": "Professor Hakamada"
            if m and g.attr("pattern") == "prenominal":
                titled.append((g.source_id, " ".join(w.capitalize() for w in m.group(0).split())))
                raw = (g.attr("title") or g.answer).split()
                if len(raw) > len(m.group(0).split()) and is_demonym(raw[0]):  # "Russian President Putin"
                    titled.append((g.source_id, " ".join([raw[0], *titled[-1][1].split()])))
        one_title = len({title for _, title in titled if not is_demonym(title.split()[0])}) == 1
        year = self._year_of(source_id)
        out = []
        for sid, title in titled:
            if one_title or sid == source_id or (year is not None and self._year_of(sid) == year):
                out += [f"{title} {surname_of(person)}", f"{title} {person}"]
                if title == "Prime Minister":
                    out += [f"PM {surname_of(person)}"]
        for form in list(out):  # "Defense Minister" is also written "Defence Minister"
            for a, b in (("Defense", "Defence"), ("Defence", "Defense")):
                if a in form:
                    out.append(form.replace(a, b))
        return list(dict.fromkeys(out))

    def _name_forms(self, person: str) -> list[str]:
        """Every way the articles write this person ("James D. Brown", "James Brown")."""
        forms = [f.attr("name") for f in self._positions.get(person, []) if f.attr("name")]
        forms += self._view_names.get(person, [])
        return [x for x in dict.fromkeys(forms) if len(x.split()) > 1]

    def _q_expert_view(self, f: Fact) -> None:
        person = f.subject
        official = self._official(person)  # an official's or a leader's words
        if " and " in person:
            return self.drop(f, "view held by two people (ask one person's view)")
        if len(person.split()) < 2:
            return self.drop(f, "speaker known only by one name")
        view = clean_view(f.value)
        naming = bool(f.attr("naming"))  # "called the Kurils an “inseparable” part of Russia"
        if naming:
            view = re.sub(r"[.,!]([”\"])$", r"\1", view)
        elif not f.attr("quoted"):
            view = _WEEKDAY_IN_VIEW.sub("", _WEEKDAY_RANGE.sub("", without_speakers_next_act(view)))
            view = self._without_place_asides(view)
            view = lower_opening(view, self.text(f.source_id))
        key = f"view|{person}|{normalize(view)[:80]}"
        same = self._same_words_as(person, view, key)
        view, notes = self._resolved_view(f, view)
        n = words(view)
        score = Score()
        if _ORG_WORD.search(person):
            return self.drop(f, "speaker is an organisation, not a person")
        if not re.match(r"[\w“‘\"'\[]", view):  # "[Medvedev's visit to Kunashir] is …" is a clause
            score.lose(60, "the view is not a clause of its own (starts with punctuation)")
        quoted = bool(f.attr("quoted"))
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
        if f" {normalize(self._family(person))} " in f" {normalize(view)} ":
            return self.drop(f, "speaker named inside the view")
        if not naming and not _has_substance(view, reported=not quoted):
            return self.drop(f, "the words name nothing of the issue (a feeling, not a stance)")
        sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
        if hedged(sentence):
            return self.drop(f, "the article only guesses that it was said ('most likely', 'reportedly')")
        if _OWN_COUNTRYS.search(view):
            # "he sees the islands as his country's territory": every official of either side says so of
            # his own (both blind reviewers of sets 148-149 failed it as fitting every choice)
            return self.drop(f, "a claim for 'his country' that names no side: any side's official fits")
        if _STANCE_NOT_STATED.search(view) and words(view) < 16:
            return self.drop(f, "the words refer to a stance without stating it ('made clear Malaysia's stand')")
        if _REACTION_TO_UNSTATED.match(view):
            return self.drop(
                f, "a reaction to remarks the question does not give ('the comments by X were unacceptable')"
            )
        if _stock_phrase(view) and _PROCESS_WORDS.search(view):
            return self.drop(f, "the words report how talks went, not a position ('heated but candid')")
        if _RELAYED.match(view):
            return self.drop(f, "relays what others agreed or gave notice of (the fact, not who passed it on)")
        if _OUTLET_REPORTED.search(sentence[: max(0, f.answer_start - f.quote_start)]):
            # "Interfax news agency reported that Ishaev told the conference …": the agency's account of
            # his words, which the headline said he denied (both blind reviewers of sets 118-119 failed it)
            return self.drop(f, "words as an outlet reported them ('X reported that he said'), not his own")
        if _OWN_PLAN.search(view):
            return self.drop(f, "the speaker's own plan to go and see, or to talk ('I want to exchange views …')")
        if official and self._announces_own_act(person, view):
            # "Japan would temporarily recall its ambassador": the recall is the fact, not who announced it
            return self.drop(f, "an official announcing his own government's act (the act is the fact)")
        if _SECOND_HAND.search(view) or len(re.findall(r"\b\d[\d,.]*\b", view)) >= 2:
            return self.drop(f, "passes on reports or figures ('according to media reports'): not a stance")
        if official and not self._on_the_dispute(view):
            # "joint work in economic areas will help to establish the basis for a true partnership":
            # a leader on relations in general, which the other side's leader could say as well
            return self.drop(f, "an official's words on relations in general, naming nothing of the dispute")
        if official and (_stock_phrase(view) or _stock_phrase(clauses.simplify(view))):
            return self.drop(f, "an official's stock phrase (any official of that government could have said it)")
        if official and _UNCHANGED.search(view):
            # "Japan's policy of … remains unchanged": the words say it is the government's standing line
            return self.drop(
                f, "an official restating an unchanged position (a standing line, not a stance of his own)"
            )
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
                return self.drop(f, "'he said' names its speaker in an earlier paragraph")
            if someone:
                return self.drop(f, "'he said' could be another person named in between (spokesman, official…)")
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
        if f.attr("verb") == "agreed" and (person in self._leaders or _MEETING_WORD.search(self._around_the_words(f))):
            # "Yeltsin had agreed at a summit that the two nations should strive …": the other leader agreed too
            return self.drop(f, "a joint act ('agreed at a summit'): the other party agreed too")
        if re.search(r"\bwe\s+(?:have\s+)?(?:agreed|decided|signed|confirmed|reached|concluded)\b", view, re.I):
            return self.drop(f, "a joint act in the view ('we agreed'): the other party could have said it")
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
        verb = f.attr("verb") or "said"
        verb = "said" if verb == "told" else verb
        if quoted and view[:1].islower():
            vs = int(f.attr("view_start") or f.quote_start)
            lead = self.text(f.source_id)[max(f.quote_start, vs - 12) : vs]
            if not re.search(r"\bthat\s*[“\"‘']?$", lead):
                return self.drop(f, "a quoted fragment whose subject is outside the quotation")
        if not quoted:
            # "… to four islands off Hokkaido, which have been claimed by Japan": a closing aside is the
            # reporter's gloss, no part of the view (a blind review of sets 94-95 failed it as pasted)
            view = CLOSING_ASIDE.sub("", view)
        when = self._when_said(f)
        occasion = self._occasion(f)
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
            return self.drop(f, "words said 'at the time', a time the question cannot give")
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
            stated = f"{verb} that {backshift(view) if when else view}"
        if not quotes_ok(view):
            score.lose(40, "quotation marks do not pair up in the view")
        who_prompt = f"{capitalize(when)}, who {stated}?" if naming and when else f"Who {stated}?"
        name = f.answer if len(f.answer.split()) > 1 else person
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
        facing = {_ORIGIN_OF.get(c, "") for c in country_mentions(" ".join(_COUNTERPART.findall(view)))}
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
        peers = _one_per_family(peers, person)
        titled = self._titled_forms(person, f.source_id)
        accepted = [
            name,
            person,
            self._family(person),
            *self._name_forms(person),
            *_transliterations(name),
            *titled,
        ]
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
        who = self._person_value(name, person, [a for a in accepted if a not in titled])
        notes = [*notes, *self._post_notes(person, name, f.source_id)]  # who the speaker is, after answering
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
        elif official and not telling and person not in self._leaders:
            # "Who said that Moscow had no plans for a handover of the Kurils?" of a minister, with no time
            # or occasion: his government's standing line, which any of its officials gives (both blind
            # reviewers of sets 80-81 judged it a name attached to a line). A head of state or government
            # is the government: his line is still asked, in multiple choice.
            self.dropped.append(
                (f.source_id, f.kind.value, "who-said of an official's standing line with no time or occasion")
            )
        else:
            self._add(
                f, key, "who", "mc", who_prompt, name, accepted, score, choices, notes=notes, value=who, same_as=same
            )
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
        same_dispute = self._disputes_of(person)
        if naming:
            return None  # a label is asked as "Who called …?" only: other labels are no choices for it
        if not self._on_the_dispute(view):
            # "Moscow is highly interested in attracting Japanese investments": not where the speaker
            # stands on the issue, and others in the articles could have said it (blind reviews failed
            # "What did X say?" of such words in three rounds of five, by either reviewer)
            self.dropped.append((f.source_id, f.kind.value, "what-said of words that name nothing of the dispute"))
            return None
        if spokesperson or official:
            # "What did Chief Cabinet Secretary X say?" with other officials' words as the wrong
            # choices: any of them could be his government's line too (a blind review of 60 pooled
            # questions failed all 12 such questions as ambiguous); who said it is still asked
            self.dropped.append(
                (f.source_id, f.kind.value, "what-said of an official (other officials' lines fit him)")
            )
            return None
        speaker = self._with_role(person, name, f.source_id)  # "the analyst Fyodor Lukyanov"
        if not quoted:
            base = _SAY_VERBS.get(verb, "say")
            what = f"What did {speaker} {base}{self._about(f, occasion)}?"
            mine = capitalize(f"that {unquote(view)}")
            surname = normalize(self._family(person))
            pool = self._commentators_first(self._same_dispute(self._view_choices, key, same_dispute))
            others = (choice for p, choice in pool if p != person and f" {surname} " not in f" {normalize(choice)} ")
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
                    (v for p, v in views if p != person and f" {surname} " not in f" {normalize(v)} "), [mine], 6, key
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
        ambassador", "the government will lodge a protest")?"""
        m = _ANNOUNCED_ACT.match(view)
        if m is None or m.group("verb") in _STANCE_VERBS:
            return False
        who = m.group("who")
        if re.fullmatch(r"(?i)(?:the\s+)?government|we", who):
            return True
        own = self._country_of(person)
        country = country_of_word(who) or capital_country(who)
        return own is not None and country is not None and same_holder(own, country)

    def _country_of(self, person: str) -> str | None:
        """The country a person's title names ("Turkish President", "Russia's Foreign Minister"),
        else the one the name suggests (Russian or Japanese), else None."""
        for g in self._all_posts.get(person, []):
            for word in re.findall(r"[A-Z][\w’'-]+", g.attr("title") or g.answer):
                country = country_of_word(re.sub(r"[’']s$", "", word))
                if country is not None:
                    return country
        return {"ru": "Russia", "ja": "Japan"}.get(name_origin(person))

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

    def _two_sides(self, source_id: str) -> list[str]:
        """The two countries an article names most, when both name one of its places their own way
        ("Iturup" and "Etorofu": Japan and Russia), in alphabetical order; [] otherwise. A country
        the article names often but which claims none of its places (Ukraine, in a piece on the
        Kurils and the sanctions) is not a side. Each is named as the gazetteer names the side,
        except before 1992: "the Soviet Union" of a 1990 report is not "Russia"."""
        if source_id not in self._sides:
            self._sides[source_id] = []
            parties = sorted(self._principals(source_id))
            year = self._year_of(source_id)
            for place in self._places_in.get(source_id, []) if len(parties) == 2 else []:
                group = self.group(place.value)
                claimants = list(group.called) if group is not None else []
                sides = [next((c for c in claimants if same_holder(p, c)), "") for p in parties]
                if all(sides) and len(set(sides)) == 2:
                    self._sides[source_id] = parties if year is not None and year < 1992 else sorted(sides)
                    break
        return self._sides[source_id]

    def _on_the_dispute(self, view: str) -> bool:
        """Do the words name the dispute: a territorial word, a treaty, a ruling or one of its places?
        Words whose only such word is a general one ("Borders have become less important in Europe")
        name the dispute only with a country beside it."""
        view = _ISLAND_PEOPLE.sub("people", view)  # "the former island residents" are people, not the islands
        if _NAMED_MEETING.search(view) or self.gazetteer.mentions(view):
            return True
        found = [m.group(0) for m in _DISPUTE_WORD.finditer(view)]
        if found and all(_GENERAL_DISPUTE_WORD.fullmatch(w) for w in found):
            return bool(countries_in(view))
        return bool(found)

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
            if m is None or territory is None or text.rfind("[", 0, m.start()) > text.rfind("]", 0, m.start()):
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

    def _sides_named(self, source_id: str) -> str:
        """ "Japan and Russia": the two countries that name the article's places their own ways, or ""."""
        sides = self._two_sides(source_id)
        return " and ".join(the_name(c) for c in sides) if len(sides) == 2 else ""

    def _own_name_for_territory(self, f: Fact) -> str:
        """The speaker's side's name for the article's one disputed territory ("the Northern
        Territories" in a Japanese minister's words), or "" when his side is not known."""
        territory = self._one_territory(f.source_id)
        country = self._country_of(f.subject)
        if territory is None or country is None:
            return ""
        names = next((ns for side, ns in territory.called.items() if same_holder(side, country) and ns), [])
        return _with_the(names[0]) if names else ""

    def _names_territory(self, text: str, source_id: str) -> bool:
        """Does ``text`` name the article's one disputed territory or one of its islands?"""
        one = self._one_territory(source_id)
        if one is None:
            return False
        for m in self.gazetteer.mentions(text):
            group = self.group(m.group)
            territory = self._territory_of(group) if group is not None else None
            if territory is not None and territory.name == one.name:
                return True
        return False

    def _territory_size(self, source_id: str) -> int:
        """How many islands make up the one disputed territory an article is about (0 if none)."""
        one = self._one_territory(source_id)
        return 0 if one is None else self._size_of(one)

    def _size_of(self, territory: PlaceGroup) -> int:
        """How many islands the gazetteer puts in ``territory``."""
        return sum(1 for g in self.gazetteer.groups.values() if g.part_of == territory.name)

    def _territory_named_or_implied(self, source_id: str) -> PlaceGroup | None:
        """The one territory the article's places belong to, else the one its two countries dispute."""
        return self._one_territory(source_id) or self._territory_of_principals(source_id)

    def _article_territory(self, source_id: str) -> str | None:
        """The one disputed territory an article's places belong to, by each side's name in
        alphabetical order ("the Northern Territories / Southern Kurils"), so that the name tells
        nothing of the speaker; None when there is not one."""
        territory = self._one_territory(source_id)
        if territory is None:
            return None
        names = sorted({names[0] for names in territory.called.values() if names}) or [territory.name]
        return _with_the(" / ".join(names))

    def _one_territory(self, source_id: str) -> PlaceGroup | None:
        """The one disputed territory an article's places belong to ("Shikotan", "Etorofu" -> the
        Northern Territories), or None when there is not one."""
        if source_id not in self._territories:
            found: set[str] = set()
            for m in self.gazetteer.mentions(self.text(source_id)):
                group = self.group(m.group)
                territory = self._territory_of(group) if group is not None else None
                if territory is not None:
                    found.add(territory.name)
            self._territories[source_id] = found
        found = self._territories[source_id]
        return self.group(next(iter(found))) if len(found) == 1 else None

    def _spelt_out(
        self, f: Fact, words_: str, at: int, *, quoted: bool, speaker: str = "", broad: bool = False
    ) -> Resolved:
        """``words_`` (found at offset ``at`` of the fact's source) with its back references spelt out
        from the title and the text before ``at``; ``broad`` also reads "the area", "the region"."""
        title = self.texts[f.source_id].source.meta.title if f.source_id in self.texts else ""
        before = f"{title}\n{self.text(f.source_id)[:at]}"
        people = [*self._speakers, *self._leaders, *self._all_posts]
        return resolve(words_, before, people, self._places_named, quoted=quoted, speaker=speaker, broad=broad)

    def _whole_of(self, name: str) -> str:
        group = self.group(name)
        return group.part_of if group is not None else ""

    def _places_named(self, chunk: str) -> list[Place]:
        return [
            Place(m.start, m.surface, bool(_PLURAL_PLACE.search(m.surface)), m.group, self._whole_of(m.group))
            for m in self.gazetteer.mentions(chunk)
        ]

    def _statement_spelt_out(self, f: Fact, stmt: str, span: tuple[int, int], off: int) -> tuple[str, tuple[int, int]]:
        """A dated statement with "the islands", "The region" spelt out ("The Golan Heights was
        annexed …"), and the date's span in it; the statement as it was when nothing is settled."""
        left = self._spelt_out(f, stmt[: span[0]], off, quoted=False, broad=True)
        right = self._spelt_out(f, stmt[span[1] :], off, quoted=False, broad=True)
        territory = self._article_territory(f.source_id)
        part = _PARTITIVE_ISLANDS.search(right.text)
        if territory and part:  # "would return two of the islands": two of the territory's islands
            spelt = f"{right.text[: part.end()]} of {territory}{right.text[part.end() :]}"
            right = Resolved(spelt, [*right.replaced, (part.group(0), f"{part.group(0)} of {territory}")])
        named = [self._counted_islands_named(f.source_id, part.text) for part in (left, right)]
        named = [self._disputed_islands_named(f.source_id, part) for part in named]
        if not left.replaced and not right.replaced and named == [left.text, right.text]:
            return stmt, span
        date = stmt[span[0] : span[1]]
        return f"{named[0]}{date}{named[1]}", (len(named[0]), len(named[0]) + len(date))

    def _disputed_islands_named(self, source_id: str, text: str) -> str:
        """ "visited the islands" in an article that names none of them ("four islands seized by Soviet
        forces"), on the one territory its two countries dispute: "the islands disputed by Japan and
        Russia" (in a bank of several articles, "the islands" alone could be any). "The disputed islands"
        of an article on two sides are theirs: "the islands disputed by Japan and Russia"."""
        disputed = _THE_DISPUTED_ISLANDS.search(text)
        sides = self._sides_named(source_id)
        one = self._territory_named_or_implied(source_id)
        if disputed and sides and one is not None and not self._names_territory(text, source_id):
            count = disputed.group("count") or ""
            if not count or count.lower() == _NUMBER_WORDS.get(self._size_of(one), ""):
                the = disputed.group(0)[:3]  # "The disputed islands" opening a sentence keeps its capital
                count = f" {count}" if count else ""
                spelt = f"{the}{count} islands disputed by {sides}"
                return f"{text[: disputed.start()]}{spelt}{text[disputed.end() :]}"
        if not _BARE_ISLANDS.search(text) or self._one_territory(source_id) is not None:
            return text
        if self._territory_of_principals(source_id) is None:
            return text
        sides = " and ".join(the_name(c) for c in sorted(self._principals(source_id)))
        return _BARE_ISLANDS.sub(f"the islands disputed by {sides}", text, count=1)

    def _counted_islands_named(self, source_id: str, text: str) -> str:
        """``text`` with "the four islands" (all the islands of the one territory the article is
        about, unnamed in ``text``) named: "the four islands Japan calls the Northern Territories"."""
        m = _THE_COUNTED_ISLANDS.search(text)
        one = self._territory_named_or_implied(source_id)
        if m is None or one is None or self._names_territory(text, source_id):
            return text
        if re.match(r",?\s+(?:that|which)\b", text[m.end() :]):
            return text  # "the four islands that Soviet troops seized in 1945": the clause says which
        if m.group("count").lower() != _NUMBER_WORDS.get(self._size_of(one), ""):
            return text  # "the two islands" are some of the territory, not all of it
        side = next((side for side, names in one.called.items() if one.name in names), "")
        name = f" {side} calls {_with_the(one.name)}" if side else f" of {_with_the(one.name)}"
        return f"{text[: m.end()]}{name}{text[m.end() :]}"

    def _territory_of_principals(self, source_id: str) -> PlaceGroup | None:
        """The one disputed territory the gazetteer knows between the two countries an article names
        most (Japan and the Soviet Union: the Northern Territories), for an article that names none
        of its islands ("four tiny Soviet-occupied islands"); None when there is not exactly one."""
        principals = self._principals(source_id)
        found = [
            g
            for g in self.gazetteer.groups.values()
            if g.kind == "disputed territory"
            and len(g.called) == 2
            and len(principals) == 2
            and all(any(same_holder(p, side) for p in principals) for side in g.called)
        ]
        return found[0] if len(found) == 1 else None

    # -- countries' positions ---------------------------------------------------------------------
    def _q_country_stance(self, f: Fact) -> None:
        """ "Which country maintains that its sovereignty over the Southern Kurils (Northern
        Territories) is undisputed?" with the other side and its neighbours as wrong choices."""
        country = f.subject
        view = clean_view(f.value)
        view = re.sub(r",\s+(?:which|who)\s+[^,;]{3,90},\s+", " ", view)  # an aside on the place
        view = self._spelt_out(f, view, int(f.attr("view_start")), quoted=False).text
        if FIRST_PERSON_WORD.search(view):
            return self.drop(f, "a country's position in the first person (whose 'we'?)")
        territory = self._article_territory(f.source_id)
        view = self._whole_as_territory(view, f.source_id)
        mentions = self.gazetteer.mentions(view)
        bare = _THE_TERRITORY.search(view)
        if not mentions and bare and territory:
            # "insists that its sovereignty over the islands is undisputed": the article's one territory
            view = f"{view[: bare.start()]}{territory}{view[bare.end() :]}"
            mentions = self.gazetteer.mentions(view)
        size = _NUMBER_WORDS.get(self._territory_size(f.source_id), "")
        counted = _ALL_COUNTED.search(view)
        if not mentions and territory and counted and counted.group(1).lower() == size:
            # "Japan wants all four returned": all the islands of the article's one territory
            view = f"{view[: counted.start()]}all {size} islands of {territory}{view[counted.end() :]}"
            mentions = self.gazetteer.mentions(view)
        if not mentions:
            return self.drop(f, "a country's position that names no place (not about the territory)")
        if not _TERRITORIAL.search(view):
            return self.drop(f, "a country's position on something other than the territory's status")
        # Its own name in its position gives the key away: "Japan's territory" -> "its territory";
        # so does its other name ("the sovereignty of the USSR" in Russia's position)
        selves = [c for pair in SAME_HOLDER if country in pair for c in pair] or [country]
        own = "|".join(re.escape(re.sub(r"^the\s+", "", w)) for c in selves for w in [c, *forms_of(c)])
        view = re.sub(rf"\b(?:the\s+)?(?:{own})[’']s\b", "its", view)
        if re.search(rf"\b(?:{own})\b", view):
            return self.drop(f, "a country's position that names the country (gives the key away)")
        if _OWNERSHIP.search(view) and not _ASYMMETRIC.search(view):
            # "maintains that the islands are an inherent part of its territory": the other side
            # maintains the same of its own territory, so the other side's name would be right too
            return self.drop(f, "a country's plain claim of ownership (both sides claim the place)")
        view = self._both_sides_names(view, country)
        verb = f.attr("verb")
        if re.search(r"[“”\"]", view):
            # "rejected Gibraltar's description of events, “as well as …”": a quotation inside a
            # question about who holds a position reads badly, and its words must not be spelt out
            return self.drop(f, "a country's position partly in quotation marks")
        prompt = f"Which country {verb} that {view}?" if f.attr("takes_that") else f"Which country {verb} {view}?"
        score = self._judge_asked(prompt)
        n = words(view)
        if n < 5:
            score.lose(40, f"position too short to state anything ({n} words)")
        text = self.text(f.source_id)
        named = set(countries_in(view))
        # The other side of the dispute first (the sides the gazetteer gives the place's names),
        # then the country's neighbours; never a country the article says claims it too.
        sides = [side for m in mentions if (g := self.group(m.group)) for side in g.called]
        pool = list(dict.fromkeys([*sides, *NEIGHBOURS.get(country, ())]))
        pool = [c for c in pool if c != country and not same_holder(c, country) and c not in named]
        pool = [c for c in pool if not also_claims(text, c) or c in sides]
        key = f"country_stance|{country}|{normalize(view)[:80]}"
        same = f"country_stance|{country}|{normalize(self._places_as_one(view))[:80]}"  # one fact, two wordings
        # Wrong choices the article itself names as parties; the neighbours of a two-sided dispute (the
        # United States, China, South Korea beside Japan and Russia) are ruled out at a glance (blind
        # reviews failed them as weak three times). Asked typed instead, "Which country wants the islands
        # back?" only asks which side is the claimant, the premise of the topic (a blind review of 52
        # pooled questions called all five such questions not worth asking), so it is not asked at all
        named_here = set(countries_in(text))
        plausible = [c for c in pool if c in named_here]
        if len(plausible) < 3:
            return self.drop(f, "a two-sided dispute's position: which side holds it is the premise of the topic")
        choices = pick(plausible, [country], 3, key, keep_order=True)
        written = f.answer
        notes = [] if written == country else [f"Normalised name: the source writes “{written}” for {country}."]
        accepted = list(dict.fromkeys([country, *names_of(country)]))
        self._add(
            f,
            key,
            "which",
            "mc",
            prompt,
            country,
            accepted,
            score,
            choices,
            notes=notes,
            value=phrase_value(country),
            same_as=same,
        )
        return None

    def _whole_as_territory(self, view: str, source_id: str) -> str:
        """A country's position on "the islands" that the text before read as the whole chain ("does not
        recognize Russia's sovereignty over the Kuril Islands") is on the part in dispute, the one
        territory the article is about: Japan renounced the rest of the chain (a blind review failed the
        chain's name as untrue)."""
        one, territory = self._one_territory(source_id), self._article_territory(source_id)
        if one is None or territory is None or not one.part_of:
            return view
        for m in reversed(self.gazetteer.mentions(view)):
            if m.group == one.part_of and not re.search(r"(?i)\b(?:southern|south)\s*$", view[: m.start]):
                view = f"{view[: m.start]}{territory}{view[m.end :]}"
                view = re.sub(r"\bthe\s+the\b", "the", view)
        return view

    def _places_as_one(self, text: str) -> str:
        """``text`` with every place by its gazetteer name, each once ("the Northern Territories
        (Southern Kuril Islands)" and "the Northern Territories / Southern Kurils" read alike): two
        articles' words for one position make one fact."""
        out = text
        for m in reversed(self.gazetteer.mentions(text)):
            group = self.group(m.group)
            out = f"{out[: m.start]}{group.name if group else m.surface}{out[m.end :]}"
        return re.sub(r"\b([A-Z][\w ]+?)\s*(?:/\s*|\(\s*)\1\)?", r"\1", out)

    def _both_sides_names(self, text: str, holder: str = "") -> str:
        """A place named the way one side names it gets the other side's name beside it, so that the
        name does not tell whose position it is: "the Northern Territories (Southern Kurils)". When the
        side is the position's ``holder``, the other side's name goes first."""
        out = text
        for m in reversed(self.gazetteer.mentions(text)):
            group = self.group(m.group)
            side = group.side_of(m.surface) if group else ""
            if not group or not side or not self._disputed(group):
                continue
            other = [names[0] for s, names in group.called.items() if s != side and names]
            if other and other[0].lower() not in text.lower():
                if side == holder:  # "the Southern Kurils (Northern Territories)" in Japan's position
                    out = f"{out[: m.start]}{other[0]} ({m.surface}){out[m.end :]}"
                else:
                    out = f"{out[: m.end]} ({other[0]}){out[m.end :]}"
        return out

    def _disputed(self, group: PlaceGroup) -> bool:
        """Is the place a disputed territory, or part of one (Etorofu of the Northern Territories)?"""
        return self._territory_of(group) is not None

    def _territory_of(self, group: PlaceGroup) -> PlaceGroup | None:
        """The disputed territory the place is or belongs to, or None."""
        if group.kind == "disputed territory":
            return group
        parent = self.group(group.part_of) if group.part_of else None
        return parent if parent is not None and parent.kind == "disputed territory" else None

    # -- numbers ------------------------------------------------------------------------------------
    def _q_number(self, f: Fact) -> None:
        text = self.text(f.source_id)
        before = text[f.quote_start : f.answer_start]
        after = text[f.answer_end : f.quote_end]
        if _BOUND_BEFORE.search(before):
            return self.drop(f, "bound ('more than', 'over'): smaller figures would also be true")
        if re.match(r"\s*\(\s*[$€£¥]?\d", after) or re.search(r"[$€£¥]?\d[\d.,]*\s*(?:\w+\s+){0,2}\(\s*$", before):
            return self.drop(f, "a converted figure stands beside the blank (giveaway)")
        if re.search(
            r"\b(?:the\s+)?equivalent\s+of\s+(?:about\s+|roughly\s+|some\s+)?$|\bworth\s+(?:about\s+)?$", before
        ):
            # "$600 million -- the equivalent of $1,000 per person per month": the reporter's sum, not a fact
            return self.drop(f, "a figure worked out from another ('the equivalent of'): arithmetic, not a fact")
        if not f.attr("counted") and not f.attr("unit"):
            return self.drop(f, "figure with nothing counted")
        if (f.answer[:1].isupper() and before.strip()) or re.search(r"\b(?:Group|G)\s+of\s+$", before):
            return self.drop(f, "the number is part of a name (Group of Seven)")
        counted = f.attr("counted")
        if re.search(r"\b(?:some|about|around|roughly|nearly|almost|approximately|an\s+estimated)\s+$", before, re.I):
            return self.drop(f, "an approximate figure ('some 30'): nearby figures are also right")
        sentence = text[f.quote_start : f.quote_end]
        if re.search(r"\b(?:expected|forecast|projected|planned|could|would|may|might|likely|plans?\s+to)\b", sentence):
            return self.drop(f, "a figure that was only expected or planned")
        if f.attr("unit") == "percent":
            return self.drop(f, "a percentage in passing (forecasts and shares are trivia)")
        if _REPORTED.search(sentence):
            return self.drop(f, "a figure someone reported ('X said', 'according to'): theirs, not established")
        if re.search(r"\b(?:the|a|an)\s+$", before) and re.match(r"\s+[a-z]", after) and f.attr("unit"):
            return self.drop(f, "a figure that describes a thing ('the $1 billion rig'): its blank could take a name")
        if counted and not _KEY_FIGURE.search(counted):
            return self.drop(f, f"a count of {counted!r} is not a key figure of the topic")
        if _TRAVELLING_PARTY.search(before):
            # "The five-day trial tour by 44 people": how many went is logistics (a blind review
            # judged it not worth asking)
            return self.drop(f, "the size of a travelling party (a detail of a trip, not of the dispute)")
        key = f"number|{normalize(f.attr('counted') or f.attr('unit'))}|{f.value}"
        like = NumberMention(0, len(f.answer), f.answer, float(f.value), f.attr("unit"), f.attr("counted"))
        stmt, off = self._statement(f)
        stmt, span = self._statement_spelt_out(f, stmt, (f.answer_start - off, f.answer_end - off), off)
        asked = clauses.ask_how_many(stmt, span, counted) if counted else None
        accepted = list(f.accepted)
        value = float(f.value)
        digits = str(int(value)) if value == int(value) else f.value
        accepted.append(digits)
        if value == int(value) and int(value) in _NUMBER_WORDS:
            accepted.append(_NUMBER_WORDS[int(value)])
        choices = pick(number_distractors(like), accepted, 3, key, keep_order=True)
        figure = {"type": "number", "value": value, "unit": f.attr("unit"), "counted": counted, "qualifier": ""}
        if asked is None:
            # "The bridge, which cost _____, is Putin's project …", "life has never been easy for its _____
            # residents": every figure blanked in its sentence in blind reviews of sets 66-89 was failed
            # (an adjective fits the blank; the village is unnamed) or flagged (a cost, a head count)
            return self.drop(f, "a figure no 'How many …?' asks: a blank in its sentence is not asked")
        self._add(f, key, "count", "mc", asked, f.answer, accepted, self._judge_asked(asked), choices, value=figure)
        return None

    # -- disagreements -------------------------------------------------------------------------------
    def _record_disagreements(self, questions: list[Question]) -> None:
        """The same subject and relation with different values in different sources. A spelling
        variant of one name is an alias, never a disagreement."""
        events: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for f in self.facts:
            if f.kind == FactKind.DATE and f.attr("strong") and not f.attr("resolution") and f.attr("role") != "byline":
                events[normalize(f.attr("event"))].append(
                    (f.source_id, f.value, self.text(f.source_id)[f.quote_start : f.quote_end])
                )
        facts_by_q = {id(c.question): c.fact for c in self.candidates}
        for q in questions:
            fact = facts_by_q.get(id(q))
            if fact is None:
                continue
            f = fact
            records: list[tuple[str, str, str]] = []
            mine = ""
            if q.kind == "date" and f.attr("strong"):
                records, mine = events[normalize(f.attr("event"))], f.value
            shown: set[str] = set()
            differing = []
            for source_id, value, quote in records:
                k = normalize(value)
                if (
                    source_id != q.source_id
                    and k != normalize(mine)
                    and k not in shown
                    and not _contains(k, normalize(mine))
                ):
                    shown.add(k)
                    differing.append({"source_id": source_id, "value": value, "quote": quote})
            if not differing:
                continue
            q.disagreements = differing
            # A typed answer takes every source's value; a multiple-choice key stays this source's,
            # and the app shows the other source's beside it.
            if q.format != "mc":
                show = D.display if q.kind == "date" else (lambda v: capitalize(with_article(v)))
                q.accepted = list(dict.fromkeys(q.accepted + [show(d["value"]) for d in differing]))
            others = {normalize(d["value"]) for d in differing} | {
                normalize(capitalize(with_article(d["value"]))) for d in differing
            }
            if q.choices:  # never offer another source's value as a wrong choice
                ok = {normalize(a) for a in q.accepted} | others
                q.choices = [c for c in q.choices if c == q.answer or normalize(c) not in ok]
        questions[:] = [q for q in questions if q.choices is None or len(q.choices) == 4]


# "the dispute over Etorofu, …", "Japan claims …", "seized by Soviet forces": the islands listed
# are the disputed ones
# ("Return of the islands of A, B, C and D … has been a Japanese condition": a demanded return is a claim)
_MEMBERS_DISPUTED = re.compile(
    r"(?i)\b(?:disput\w*|claims?|claimed|sovereignty|seized|ownership|belong\w*|return|occupied|occupation)\b"
)


def _listed(names: list[str]) -> str:
    """ "Etorofu, Habomai, Kunashiri and Shikotan"."""
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)


def _pair_forms(a: PlaceGroup, b: PlaceGroup) -> list[str]:
    """ "Shikotan and Habomai", "Habomai Islands and Shikotan", "Shikotan, Habomai"… every name of
    each place, in either order."""

    out = []
    for x in a.names[:6]:
        for y in b.names[:6]:
            for p, q in ((x, y), (y, x)):
                out += [f"{p} and {q}", f"{p}, {q}", f"{p} & {q}"]
                if (_with_the(p), _with_the(q)) != (p, q):  # "the Habomai Islands", never "the Shikotan Island"
                    out += [f"{_with_the(p)} and {_with_the(q)}", f"{_with_the(p)}, {_with_the(q)}"]
                    out += [f"{p} and {_with_the(q)}"] if _with_the(q) != q else []
    for p, q in ((a.name, b.name), (b.name, a.name)):  # "Habomai and Shikotan islands"
        out += [f"{p} and {q} islands", f"{p} and {q} Islands", f"the {p} and {q} islands"]
    return list(dict.fromkeys(out))


_OFFICIAL = re.compile(
    r"(?i)\b(?:minister|ambassador|spokes(?:man|woman|person)|official|secretary|envoy|president|premier|"
    r"chancellor|governor|deputy|cabinet|kremlin|government|"
    # elected politicians: "We will never give up …" is their country's line too
    r"senator|lawmaker|legislator|congress(?:man|woman)|parliamentarian|MP|mayor)\b"
)
_TOPIC = re.compile(
    r"(?i)\b(?:territor\w*|islands?|islets?|sovereign\w*|treat\w*|disput\w*|peace|war|sanction\w*|border\w*|"
    r"claims?|negotiat\w*|deal|econom\w*|militar\w*|invest\w*|agreement|declaration|summit|talks|concession\w*|"
    r"occupation|annex\w*|referendum|ruling|tribunal|arbitration|independence|autonomy|security|alliance|relations)\b"
)


_NOT_A_NAME_START = re.compile(
    r"^(?:I|It|Its|The|This|That|These|Those|There|They|We|He|She|But|And|However|If|When|While|As|A|An)\b"
)


_NO_STANCE = "no stance of this person in the articles (a post alone is trivia)"
# The words of diplomatic formulas: protest, regret, resolve, continue talks. A view made of little
# else ("deeply regrettable", "will tenaciously seek a settlement") names no stance of its own.
# "Medvedev's visit to the islet on Monday was regrettable": in reported words a weekday dates
# nothing the question can use (which Monday?), and leaving it out changes no claim
_WEEKDAY_IN_VIEW = WEEKDAY_PHRASE
# "from Tuesday through Thursday": a range of days goes whole (one end left alone reads "from through")
_WEEKDAY_RANGE = re.compile(rf"\s+(?:from|between)\s+{WEEKDAY}\s+(?:through|to|until|till|and)\s+{WEEKDAY}\b", re.I)
# Words that name the dispute itself, which an official's view must touch to be a stance on it.
_DISPUTE_WORD = re.compile(
    r"(?i)\b(?:territor\w*|islands?|islets?|isles?|sovereign\w*|disput\w*|claims?|border\w*|boundar\w*|"
    r"peace\s+treaty|annex\w*|occup\w*|return\w*|hand(?:ed|ing)?\s+over|transfer\w*|cede|ceded|map|land|"
    r"treaty|accord|declaration|memorandum|pact|ruling|arbitra\w*|tribunal|award|court|reefs?|shoals?|"
    r"rocks|waters|maritime|peace\s+(?:settlement|deal|agreement|pact)|"
    # "urged Japan to accept “post-war historical realities”": Moscow's formula for its sovereignty
    r"(?:post-?war\s+)?historical\s+realities|post-?war\s+realities|"
    # "Russia will proceed from the outcome of World War II": the post-war settlement a claim rests on
    r"(?:outcomes?|results?)\s+of\s+(?:the\s+)?(?:World\s+War\s+(?:II|Two|2)|Second\s+World\s+War|war))\b"
)
# An office before a person's name in a year question: "President Dmitry Medvedev", "Russian Prime
# Minister Mikhail Mishustin", "then-President Medvedev"
_OFFICE_BEFORE_NAME = re.compile(
    r"\b(?:then-|former\s+)?(?:(?:[A-Z][a-z]+|US|U\.S\.)\s+){0,2}"
    r"(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|Defen[cs]e\s+Minister)\s+"
    r"(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b)"
)
# "In what year did Medvedev first visit Kunashiri?", "… did Gorbachev become the first Soviet leader
# to visit Japan?", "… did Soviet troops seize the Northern Territories?"
_DATED_ACT = re.compile(
    r"In what year did (?P<who>.+?) (?:first )?(?:become the first [\w-]+ (?:leader|president|premier) to )?"
    r"(?P<verb>visit|travel to|go to|fly to|seize|occupy|annex|capture)\b(?P<rest>.*)\?$"
    # "Since what year have Soviet troops occupied …?": the seizure, told by the hold it began
    r"|Since what year (?:have|has) (?P<holder>.+?) (?P<held>occupied|held|controlled)\b(?P<held_rest>.*)\?$"
)
# "the Algiers peace accord": a document called by the city it was made in, the kind in lower case
_CITY_DOCUMENT = re.compile(
    r"the\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+\s+){0,2}"
    r"(?:accords?|agreements?|declaration|treaty|protocol|communiqu[eé]|pact)$"
)
# "the territory" named nowhere in the question ("…known in Japan as", "…that Japan calls" name it)
_WHICH_TERRITORY = re.compile(
    r"\b[Tt]he\s+(?:disputed\s+)?territor(?:y|ies)\b(?!\s+(?:of|that|which|known|called|claimed|between|in)\b)"
)
# Words of any border anywhere: with no country beside them, not the dispute's ("Borders have become
# less important in Europe")
_GENERAL_DISPUTE_WORD = re.compile(r"(?i)border\w*|boundar\w*|land|map|waters|court|award|claims?")
# "a dispute with Japan", "protests from Tokyo": the side the words face, which is not the speaker's
_COUNTERPART = re.compile(r"\b(?:with|from|against|by)\s+((?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][a-z]+)?)")
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
# "two of the islands", "some of the islands": a part of a group, named as such
# "visited the islands": the islands by the article, with nothing between the article and the noun
# "the disputed islands", "the four disputed islets" (not "the disputed islands of …", which says whose)
_THE_DISPUTED_ISLANDS = re.compile(
    r"\b[Tt]he\s+(?:(?P<count>two|three|four|five|six)\s+)?disputed\s+(?:islands|islets|isles)\b"
    r"(?!\s+(?:of|in|off|near|that|which)\b)"
)
_BARE_ISLANDS = re.compile(r"(?<!of )\bthe\s+islands\b(?!\s+(?:of|in|off|near|that|which|disputed)\b)")
_PARTITIVE_ISLANDS = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|some|both|several|many)\s+of\s+the\s+islands\b(?!\s+(?:of|in)\b)"
)
# "wants all four returned": a count of the territory's islands with the noun left out
_ALL_COUNTED = re.compile(r"\ball\s+(two|three|four|five|six)\b(?!\s+(?:of\b|islands?\b|isles?\b|islets?\b))", re.I)
# "the former island residents", "island communities": people, named after where they live
_ISLAND_PEOPLE = re.compile(
    r"(?i)\b(?:former\s+)?(?:islands?|islet)\s+(?:residents|inhabitants|people|dwellers|natives|population|"
    r"communit(?:y|ies)|famil(?:y|ies)|villagers)\b"
)
# The speaker's own trips and talks, not where he stands on the dispute: a plan opening the words ("I
# have been considering inspecting the islands", "we plan to visit the area", "I want to exchange views
# with …"), or a visit anywhere in them ("I have never been there", "So I will definitely go")
_OWN_PLAN = re.compile(
    r"(?i)^(?:I|we)\s+(?:have\s+been\s+|had\s+been\s+|am\s+|are\s+|was\s+|were\s+|would\s+)?"
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
    r"(?:visit|go\s+to|travel\s+to|tour|fly\s+to|come\s+to)\b"
)
# "Mr. Medvedev at the time described …": words dated by a time only the article's story gives
_AT_THE_TIME = re.compile(r"(?i)\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then|in\s+those\s+days)\b")
# "the Yamaguchi summit", "the Helsinki talks": a meeting named by its place is the dispute's own
# occasion, so a forecast of it is a stance (not "the APEC summit": a letter acronym names a forum)
_NAMED_MEETING = re.compile(r"\bthe\s+[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?\s+(?:summit|talks|meeting|negotiations)\b")
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
    r"(?:news\s+conference|press\s+conference|briefing)(?:\s+(?:in|with)\s+(?:[A-Z][\w’'-]*|reporters|journalists))?"
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


_SPOKESPERSON = re.compile(r"(?i)\bspokes(?:man|woman|person)\b|\bpress\s+secretary\b|\bchief\s+cabinet\s+secretary\b")
_HONORIFIC = re.compile(
    r"(?i)\b(?:(?:prime|foreign|defen[cs]e|deputy|vice|chief\s+cabinet|finance)\s+)?"
    r"(?:president|minister|premier|chancellor|professor|ambassador|secretary|governor|senator)$"
)


def _has_substance(view: str, reported: bool = False) -> bool:
    """Does the view say something about the issue: a name, a figure, or a word of the topic?

    A quotation starts with a capital anyway; a reported clause ("he says Sharjah signed …") only
    when its first word is a name."""
    body = re.sub(r"^\W*\w+", "", view)
    named_start = reported and re.match(r"[A-Z][a-z]", view) and not _NOT_A_NAME_START.match(view)
    return bool(named_start or _TOPIC.search(view) or re.search(r"\b(?!I\b)[A-Z][a-z]+|\d", body))


def _whole_quote(quote: str) -> bool:
    """A quoted sentence that can stand as a choice: whole, not first person, about the issue."""
    return (
        quote[:1].isupper()
        and 5 <= words(quote) <= 30
        and not re.search(r"\b(?:I|we|our|us|my|me|you|your)\b", quote)
        and not dangling_in(quote)
        and _has_substance(quote)
    )


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


def _near_spelling(a: str, b: str) -> bool:
    """ "Kunashir" / "Kunashiri": the one in the prompt gives the other away."""
    from rapidfuzz import fuzz

    na, nb = normalize(a), normalize(b)
    return na[:5] == nb[:5] or fuzz.ratio(na, nb) >= 75


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


def _not_unique(event: str, head: str) -> str | None:
    """Why "When did/was EVENT…?" would have more than one answer, or None."""
    if head not in _UNIQUE_HEADS:
        return f"a kind of event that recurs ({head or 'unnamed'}): its date alone does not identify it"
    core = re.sub(r"^(?:the|an?)\s+", "", event)
    words_ = core.split()
    at = next((i for i, w in enumerate(words_) if w.lower().startswith(head)), len(words_))
    named = any(w[:1].isupper() for w in words_[:at]) or re.search(r"\b(?:of|between|with)\s+(?:the\s+)?[A-Z]", core)
    if head in ("revolution", "coup", "uprising") and not any(w[:1].isupper() for w in words_[: at + 1]):
        # "the revolution in Burkina Faso": a country has had several (a blind review of sets 156-157 found
        # 1983 and 2014 as true as 1982); "the Iranian Revolution" is a name
        return f"a {head} named only by where it happened: a country has had several"
    grantor = re.search(r"\bof\s+(?P<who>[A-Z]\w+(?:\s+(?:[A-Z]\w+|[IVX]+))+)\s*$", core)
    if (
        head in ("charter", "decree", "edict", "proclamation", "ordinance")
        and grantor
        and not is_country(grantor["who"])
    ):
        # "the charter of Charles II": a ruler grants many charters (a blind review of sets 160-161 failed it)
        return f"a {head} named only by who issued it: one ruler issued many"
    if head in _TREATY_HEADS and not named:
        return "a treaty named only by a common noun (which one?)"
    if head in _TREATY_HEADS and not any(w[:1].isupper() for w in words_[:at]) and " with " in core:
        return "a treaty that names only one of its parties"
    return None


def _contains(a: str, b: str) -> bool:
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _lengths_give_away(answer: str, choices: list[str]) -> bool:
    """The key is far longer (or shorter) than every other choice."""
    others = [len(c) for c in choices if c != answer]
    if not others or len(answer) < 12:
        return False
    return len(answer) > 1.8 * max(others) or len(answer) * 1.8 < min(others)


def _generic_document(event: str) -> bool:
    """ "the Joint Declaration", "the peace treaty": a document's kind with no party, place or year."""
    rest = re.sub(
        r"(?i)\b(?:the|a|an|joint|peace|declaration|treaty|agreement|accord|pact|communiqu[eé]|of)\b", "", event
    )
    return not rest.strip(" ,.-–")


def _kind_and_parties_only(event: str) -> bool:
    """ "the declaration between Japan and the Soviet Union", "a Soviet-Japanese agreement": a document's
    kind, in lower case, and its parties, with no name, place or provision; or, in capitals, a treaty
    named by its two parties alone ("the Anglo-German Treaty": the two signed several; a blind review of
    sets 168-169 failed it). "The Soviet-Japanese Joint Declaration" is a name."""
    paired = re.fullmatch(
        r"(?:the\s+|an?\s+)?(?P<pair>[A-Z][a-z]+-[A-Z][a-z]+)\s+(?:Treaty|Agreement|Accord|Pact)", event
    )
    if paired and all(_party_half(h) for h in paired["pair"].split("-")):
        return True
    if not re.search(r"\b(?:declaration|treaty|agreement|accord|pact|communiqu[eé]|statement|deal)\b", event):
        return False  # "the Joint Declaration" in capitals is a name
    cap = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    rest = re.sub(rf"\b(?:between|with)\s+{cap}(?:\s+and\s+{cap})?", "", event)  # the parties, whoever they are
    # "a Russo-Japanese agreement", "the Sino-Soviet treaty": the parties in one hyphenated word
    rest = re.sub(
        r"\b[A-Z][a-z]+-[A-Z][a-z]+\b",
        lambda m: "" if all(_party_half(h) for h in m.group(0).split("-")) else m.group(0),
        rest,
    )
    rest = re.sub(r"(?i)\b(?:and|signed|the|a|an|joint|peace|of)\b", "", without_countries(rest))
    return not re.sub(
        r"\b(?:declaration|treaty|agreement|accord|pact|communiqu[eé]|statement|deal)s?\b", "", rest
    ).strip(" ,.-–")


def _party_half(word: str) -> bool:
    """Is one half of "Russo-Japanese" a side ("Russo", "Japanese", "Soviet")?"""
    return word.lower() in _NOT_NEGOTIATORS or without_countries(word).strip() != word


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


_TREATY = re.compile(
    r"(?P<named>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:Declaration|Treaty|Agreement|Accord|Pact|Convention)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?:\s+of\s+(?P<year1>\d{4}))?)|(?P<plain>[Aa]n?\s+(?:agreement|treaty|declaration|accord)\s+(?:signed\s+)?in\s+"
    # ("the 1956 Japan-Soviet joint declaration": the parties between the year and the kind)
    r"(?P<year2>\d{4}))|(?P<dated>[Tt]he\s+\d{4}\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Jj]oint\s+)?(?:[Dd]eclaration|[Tt]reaty|[Aa]greement|[Aa]ccord))"
)
# "… would be handed over to Japan"; "stipulated that … Shikotan, be handed over" (a subjunctive after an
# aside in commas)
_HANDED = re.compile(
    r",?\s+(?:(?:would|will|were\s+to|are\s+to|to|should)\s+)?be\s+(?P<verb>returned|handed\s+over|transferred|given\s+back|"
    r"handed\s+back|ceded|given)(?P<to>\s+to\s+[A-Z]\w+)?"
)


# "… agreed in the declaration that it would return Shikotan and the Habomai islets to Japan": the
# handing over told actively before the pair.
_HANDS = re.compile(
    r"\b(?:would|will|to|agreed\s+to|promised\s+to|pledged\s+to)\s+(?P<verb>return|hand\s+over|transfer|"
    r"give\s+back|hand\s+back|cede|hand)\s+(?:the\s+)?$"
)
# ("hand Shikotan and the Habomai islets over to Japan": "over" after the pair)
_TO_WHOM = re.compile(
    r"(?:\s+(?:islet|islets|island|islands|group))*(?P<over>\s+(?:over|back))?(?P<to>\s+to\s+[A-Z]\w+)"
)
_BARE_DOCUMENT = re.compile(r"\bthe\s+(?P<noun>declaration|treaty|agreement|accord|pact)\b")


def _provision(sentence: str, start: int, end: int, documents: dict[str, str] | None = None) -> str:
    """ "Which two islands did the 1956 agreement say would be returned to Japan?" when the
    sentence says that a named treaty provided for handing over the pair, else "". ``documents``
    names the one document of each kind ("declaration") the article dates, for "the declaration"."""
    after = _HANDED.match(sentence, end)
    before = _HANDS.search(sentence[:start])
    if before and re.search(r"\b(?:possibility|consider\w*|may|might|could)\b", sentence[: before.start()][-60:]):
        before = None  # "agreed to consider the possibility of …" provides for nothing
    treaties = [
        m
        for m in _TREATY.finditer(sentence[:start])
        if m.group("named") is None or m.group("named")[:1].isupper() or " " in m.group("named")
    ]
    to_whom = _TO_WHOM.match(sentence, end)
    over = to_whom.group("over") or "" if to_whom else ""
    if before and before.group("verb") == "hand" and not over:
        before = None  # "agreed to hand Shikotan and the Habomai islets over to Japan": "hand" alone gives nothing
    if not treaties and before and documents:
        bare = [m.group("noun") for m in _BARE_DOCUMENT.finditer(sentence[: before.start()])]
        if bare and bare[-1] in documents:
            done = _handed_participle(f"{before.group('verb')}{over}")
            return (
                f"Which two islands did {_the(documents[bare[-1]])} say would be {done}"
                f"{to_whom.group('to') if to_whom else ''}?"
            )
    if not (after or before) or not treaties:
        return ""
    m = max(treaties, key=lambda m: len(m.group(0)))
    if m.group("plain"):
        kind = re.search(r"agreement|treaty|declaration|accord", m.group("plain"))
        treaty = f"the {m.group('year2')} {kind.group(0) if kind else 'agreement'}"
    else:
        treaty = re.sub(r"^The\s", "the ", m.group(0).strip())
        if not treaty.startswith("the "):
            treaty = f"the {treaty}"
    if re.fullmatch(r"the\s+\w+", treaty):
        return ""  # "the Declaration" alone does not say which
    if after:
        whom = after.group("to") or ""
        verb = re.sub(r"\s+", " ", after.group("verb"))
        rest = sentence[after.end() :]
    else:
        assert before is not None
        verb = _handed_participle(f"{before.group('verb')}{over}")
        whom = to_whom.group("to") if to_whom else ""
        rest = sentence[to_whom.end() if to_whom else end :]
    # "… once a peace agreement was finally signed": the condition is part of what was provided
    condition = _ON_CONDITION.match(rest)
    when = f" after a peace {condition.group('doc')} was signed" if condition else ""
    return f"Which two islands did {treaty} say would be {verb}{whom}{when}?"


# "once a peace agreement was finally signed", "after the two countries sign a peace treaty",
# "upon the conclusion of a peace treaty"
_ON_CONDITION = re.compile(
    r"\s*,?\s*(?:once|after|when|upon|on|following)\s+(?:the\s+)?(?:conclusion\s+of\s+|signing\s+of\s+|"
    r"(?:the\s+two\s+(?:countries|sides|nations)|they|both\s+sides)\s+(?:sign|signed|conclude|concluded)\s+)?"
    r"(?:a|the)\s+(?:(?:formal|bilateral|final)\s+)?peace\s+(?P<doc>treaty|agreement|accord)\b"
)


def _handed_participle(verb: str) -> str:
    """ "return" -> "returned", "hand over" -> "handed over", "give back" -> "given back"."""
    first, _, rest = re.sub(r"\s+", " ", verb).partition(" ")
    done = {"return": "returned", "transfer": "transferred", "cede": "ceded", "give": "given", "hand": "handed"}
    return f"{done.get(first, first)} {rest}".strip()


def _the(name: str) -> str:
    return name if name.lower().startswith("the ") else f"the {name}"


def _year_value(year: str) -> dict[str, Any]:
    return {"type": "date", "year": int(year[:4]), "month": None, "day": None, "last_day": None}


_TRAVEL = {"visit", "travel", "fly", "land", "sail", "go", "arrive", "tour"}
# "…, the first Russian or Soviet leader to do so", "the first visit ever by a Russian leader": the
# visitor's first trip there too (a blind review failed a plain "In what year did X travel to Y?" beside
# a later trip it knew of)
_FIRST_OF_KIND = re.compile(
    r"\bthe\s+first\s+(?:[\w-]+\s+){0,4}?(?:leader|president|premier|prime\s+minister|head\s+of\s+state)\s+to\b"
    r"|\bthe\s+first\s+(?:visit|trip)\s+(?:ever\s+)?by\b",
    re.I,
)
_HIS_SIDE = re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:government|country|nation|state|administration)\b")
_ONE_OF_SEVERAL = re.compile(r"\b(?:also|again|another|second|third|returned|once\s+more)\b", re.I)
_BARE_DOCUMENT_ACT = re.compile(
    r"\bthe\s+(?:treaty|agreement|accord|deal|document|pact|decree|reserve|plan|proposal|bill|law)\b"
    r"(?!\s+(?:of|on|between|with|to|that|which|designating|declaring|establishing|giving|returning)\b)"
)
_TRAVEL_WORD = re.compile(r"\b(?:visit\w*|trip|travell?\w*|flew|fly|flies|landed|sailed|went|arriv\w*|tour\w*)\b", re.I)


def _act_kind(lemma: str) -> str:
    """Going somewhere is one act however it is worded ("visited", "flew to", "landed on")."""
    return "visit" if lemma in _TRAVEL else lemma


def _post_text(g: Fact) -> str:
    """A post as a sentence writes it: "analyst" for the prenominal "Analyst" of "Analyst Fyodor Lukyanov"."""
    return tame_caps(spelled_out(g.answer.lower() if re.fullmatch(r"[A-Z][a-z]+", g.answer) else g.answer))


def _with_the(name: str) -> str:
    """ "the Kuril Islands", "Hans Island": a plural place name takes "the"."""
    return f"the {name}" if _PLURAL_PLACE.search(name) and not name.lower().startswith("the ") else name


def _actor(subject: str) -> str:
    """ "Mr Medvedev", "Dmitry Medvedev" -> "medvedev": one actor however the articles name him."""
    return subject.split()[-1].lower() if subject else ""


def _one_per_family(people: list[str], speaker: str) -> list[str]:
    """The first of each family name, none of the speaker's: "Sergei Lavrov" and "Sergey Lavrov" are one man."""
    seen = {normalize(surname_of(speaker))}
    kept = []
    for p in people:
        family = normalize(surname_of(p))
        if family not in seen:
            seen.add(family)
            kept.append(p)
    return kept


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
# How talks went ("heated but candid discussions", "we've been going forward"): a formula of process.
_PROCESS_WORDS = re.compile(
    r"(?i)\b(?:discussions?|talks|candid|frank|heated|constructive|useful|productive|forward)\b"
)
# A plain claim of ownership fits both sides of a dispute; asymmetric positions tell them apart.
_OWNERSHIP = re.compile(
    r"(?i)\b(?:part\s+of\s+its|its\s+(?:own\s+|sovereign\s+)?territory|belongs?\s+to\s+it|its\s+sovereignty|"
    # "its claims to the islands are supported by international treaties": each side says so of its own
    r"its\s+claims?\b[^.;]{0,60}\b(?:supported|backed|justified|based|grounded|rests?)\b)"
)
_ASYMMETRIC = re.compile(
    r"(?i)\b(?:undisputed|no\s+(?:territorial\s+)?dispute|not\s+recogni[sz]e|illegal\w*|occup\w*|"
    r"cannot\s+be\s+(?:called\s+into\s+question|questioned)|not\s+negotiable|renounced|seized|annexed)\b"
)
# A country's position worth a class: who owns, rules or may claim the place.
_TERRITORIAL = re.compile(
    r"(?i)\b(?:sovereign\w*|territor\w*|belong\w*|part\s+of|own\w*|occup\w*|illegal\w*|annex\w*|"
    r"claim\w*|jurisdiction|return\w*|inherent|integral|inalienable|control\w*|dispute\w*)\b"
)
_DOCUMENT_NOUNS = frozenset(
    ("declaration", "treaty", "pact", "accord", "agreement", "communique", "memorandum", "protocol")
)


def _head(rest: str) -> str:
    """The first content word after a verb: what an act was done to."""
    for w in re.findall(r"[A-Za-z][\w’'-]*", rest):
        w = str(w)
        if w.lower() not in ("the", "a", "an", "to", "in", "on", "at", "of", "for", "with", "again", "by"):
            return w.lower()
    return ""


def _place_noun(group: PlaceGroup) -> str:
    kind = group.kind.lower()
    if kind.endswith(("islands", "island group", "islets", "archipelago", "island chain")):
        return "islands"
    if "island" in kind:
        return "island"
    if "territory" in kind:
        return "territory"
    return "place"


def write_questions(
    texts: list[SourceText], facts: list[Fact], gazetteer: Gazetteer | None = None
) -> tuple[list[Question], list[tuple[str, str, str]]]:
    w = QuestionWriter(texts, facts, gazetteer)
    return w.run(), w.dropped

"""The writer's shared ground: the question and candidate records, the index of facts by kind, person
and source, and the helpers every kind of question uses (adding a candidate, dropping a fact, the
statement around a fact, judging a worded question)."""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from studyapp.pipeline.control import country_mentions, is_country
from studyapp.pipeline.distractors import rotated
from studyapp.pipeline.facts import SourceText
from studyapp.pipeline.model import Fact, FactKind
from studyapp.pipeline.people import RELATIONAL, is_role, surname_of
from studyapp.pipeline.places import Gazetteer, PlaceGroup
from studyapp.pipeline.quality import Score, dangling_in, judge_sentence, strip_connective, words
from studyapp.pipeline.questions.documents import (
    capital_named_document,
    counted_parties_document,
    document_key,
    documents_named,
    year_named_documents,
)
from studyapp.pipeline.reported_words import FIRST_PERSON_WORD, clean_view, lower_opening, reported_quote, unquote
from studyapp.pipeline.text import capitalize, normalize

BLANK = "_____"

_PLURAL_PLACE = re.compile(
    r"(?:Islands|islands|Islets|islets|Isles|isles|Rocks|Kurils|Kuriles|Territories|Spratlys|Paracels)$"
)

# Heads of state and government: their titles are not an expert's position worth asking.
_LEADER = re.compile(
    r"\b(?:president(?:-elect)?|prime\s+minister|premier|chancellor|king|queen|emperor|empress|"
    r"head\s+of\s+state|monarch|dictator|supreme\s+leader|"
    # ("opposition leader Mukhiddin Kabiri" leads no state: his post identifies him)
    r"(?<!opposition\s)(?<!party\s)(?<!rebel\s)(?<!separatist\s)(?<!community\s)(?<!parliamentary\s)"
    r"(?<!religious\s)(?<!tribal\s)(?<!(?<!soviet\s)union\s)(?<!business\s)(?<!group\s)(?<!faction\s)leader)\b",
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

# "sign the joint declaration?", "sign a treaty?": the kind in lower case at the end, with nothing to say which
_UNNAMED_DOCUMENT = re.compile(
    # "sign a political declaration": which one, the words do not say (both blind reviewers of sets 162-163)
    r"\bsign\s+(?:the|a|an)\s+(?:joint\s+|peace\s+|new\s+|[a-z]+al\s+)?(?:declaration|treaty|agreement|accord|communiqu[eé]|"
    r"statement|pact|document)\?$"
)

_ORG_WORD = re.compile(
    r"\b(?:Guard|Ministry|Agency|Office|Council|Government|Party|News|Times|Press|Service|Department|Force|"
    r"Navy|Army|Kremlin|Coast|Committee|Commission|Union|Association|Institute|University|Reuters|Bank|"
    r"Corporation|Company|Foundation|Organi[sz]ation|Authority|Fund|"
    # newspapers and agencies quoted like people ("Nihon Keizai Shimbun said …")
    r"Shimbun|Post|Herald|Daily|Journal|Gazette|Tribune|Monitor|Kyodo|Tass|Xinhua|Interfax|Izvestia|Pravda)\b"
)

# "did Russia propose returning two of the four islands it holds off Hokkaido?": "it" in a relative clause
# on "the …" stands for the question's one doer, a country, and "the four islands it holds" says which
_ASKED_DOER = re.compile(r"^In what year did (?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?=[a-z])")
_RELATIVE_IT = re.compile(
    r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]+\s+(?:(?:that|which)\s+)?(?P<it>it)\s+(?=[a-z]+s\b)"
)

_TREATY_HEADS = ("treaty", "agreement", "accord", "pact", "declaration", "convention", "deal", "charter", "protocol")


def _relative_it_named(question: str) -> str:
    """The question with an "it" that opens a relative clause on "the …" ("the four islands it holds")
    named as the question's doer, when that doer is one country and no other country comes before the
    "it" but as the object of a preposition ("returning to Japan"); the question as it is otherwise."""
    doer = _ASKED_DOER.match(question)
    m = _RELATIVE_IT.search(question)
    if doer is None or m is None or not is_country(re.sub(r"^the\s+", "", doer.group("who"))):
        return question
    between = question[doer.end() : m.start("it")]
    if country_mentions(re.sub(r"\b(?:to|from|with|by|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*", "", between)):
        return question  # "did Russia tell China the islands it holds …": which holds them, the words do not say
    return f"{question[: m.start('it')]}{doer.group('who')}{question[m.end('it') :]}"


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


# "the Kurdistan Region (KRI)": a long name, then the acronym the article goes on to use
_DEFINED_ACRONYM = re.compile(
    r"(?P<the>\b[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on)\s+)?[A-Z][\w’'-]*){0,6})\s+"
    r"\((?P<acronym>[A-Z]{2,6})\)"
)

# A question that ends on a word that needs one after it: a preposition, an article, a conjunction, a possessive
_CUT_OFF_END = re.compile(
    r"\b(?:to|of|in|on|at|for|with|by|from|into|onto|about|over|under|between|the|a|an|and|or|but|its|their|"
    r"his|her|our|this|these|those)\s*\??\s*(?:\([^()]*\))?$"
)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _shuffle(items: list[str], seed: str) -> list[str]:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


_TOPIC = re.compile(
    r"(?i)\b(?:territor\w*|islands?|islets?|sovereign\w*|treat\w*|disput\w*|peace|war|sanction\w*|border\w*|"
    r"claims?|negotiat\w*|deal|econom\w*|militar\w*|invest\w*|agreement|declaration|summit|talks|concession\w*|"
    r"occupation|annex\w*|referendum|ruling|tribunal|arbitration|independence|autonomy|security|alliance|relations)\b"
)

_NOT_A_NAME_START = re.compile(
    r"^(?:I|It|Its|The|This|That|These|Those|There|They|We|He|She|But|And|However|If|When|While|As|A|An)\b"
)

_NO_STANCE = "no stance of this person in the articles (a post alone is trivia)"

# "the territory" named nowhere in the question ("…known in Japan as", "…that Japan calls" name it)
_WHICH_TERRITORY = re.compile(
    r"\b[Tt]he\s+(?:disputed\s+)?territor(?:y|ies)\b(?!\s+(?:of|that|which|known|called|claimed|between|in)\b)"
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
    if head in _TREATY_HEADS and counted_parties_document(f"the {core}"):
        return "a treaty named only by how many signed it (which one?)"
    if head in _TREATY_HEADS and capital_named_document(f"the {core}"):
        # "the Treaty of Paris": 1763, 1783, 1856, 1898, 1947 … (both blind reviewers of sets 172-173 failed
        # it as naming no one treaty); "the Treaty of Shimoda" does
        return "a treaty named only by a capital where many were signed (which one?)"
    if head in _TREATY_HEADS and not any(w[:1].isupper() for w in words_[:at]) and " with " in core:
        return "a treaty that names only one of its parties"
    return None


def _lengths_give_away(answer: str, choices: list[str]) -> bool:
    """The key is far longer (or shorter) than every other choice."""
    others = [len(c) for c in choices if c != answer]
    if not others or len(answer) < 12:
        return False
    return len(answer) > 1.8 * max(others) or len(answer) * 1.8 < min(others)


class WriterBase:
    """The facts indexed by kind, person and source, and the helpers every kind of question uses."""

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
        self._acronyms: dict[str, dict[str, tuple[str, bool]]] = {}  # source -> acronym -> (long name, "the")
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
        # The years the articles give each document, by its name less the parties' adjectives ("the Joint
        # Declaration" and "the Joint Soviet-Japanese Declaration" are one; 1956 in one article, 1965 in another)
        self._document_years: list[tuple[tuple[str, frozenset[str]], str]] = []
        for f in by_kind[FactKind.DATE]:
            if not re.match(r"\d{4}", f.value):
                continue
            if f.attr("strong") and f.attr("event_head") in _TREATY_HEADS:
                self._document_years.append((document_key(f.attr("event")), f.value[:4]))
            # "In 1965, the USSR and Japan signed the Joint Declaration": the one document a dated signing names
            sentence = self.text(f.source_id)[f.quote_start : f.quote_end]
            named_here = documents_named(sentence)
            years_here = set(re.findall(r"\b(?:1[5-9]|20)\d\d\b", sentence))
            one_year = years_here == {f.value[:4]}  # the signing's own, written out (not "February 7" resolved)
            if one_year and len(named_here) == 1 and re.search(r"\b(?:signed|concluded|ratified)\b", sentence):
                self._document_years.append((document_key(named_here[0]), f.value[:4]))
        for t in self.texts.values():
            # "the joint declaration of 1956", "the 1956 joint declaration": a year in a name dates the
            # document too, in lower case or not (both blind reviewers of sets 284-285 failed a 1965 key
            # another article's "joint declaration of 1956" contradicted)
            self._document_years += [(document_key(name), year) for name, year in year_named_documents(t.source.text)]
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

    def _other_years_of_document(self, prompt: str, year: str) -> list[str]:
        """The other years the articles give a document the question names ("the Joint Declaration" of 1965
        in one article, of 1956 in another: a source's slip, and the question cannot say which is right; a
        blind review of sets 240-242 failed the 1965 key). A name with no parties matches any parties."""
        others: set[str] = set()
        if not re.search(r"\b(?:sign|signed|conclude|concluded|ratify|ratified)\b", prompt) or re.search(
            r"\b(?:1[5-9]|20)\d\d\b", prompt
        ):
            return []  # the document is not what is dated ("agree … on the basis of the Riga Declaration of 1956")
        for name in documents_named(prompt):
            words, parties = document_key(name)
            for (other_words, other_parties), other_year in self._document_years:
                if other_words == words and (parties == other_parties or not parties or not other_parties):
                    others.add(other_year)
        return sorted(others - {year})

    def _acronyms_spelt_out(self, prompt: str, source_id: str) -> str:
        """ "In what year did the Kurdistan Region's independence referendum take place?" for "the KRI's …" when
        the article spells the acronym out ("the Kurdistan Region (KRI)"): a question stands without the
        article, and an acronym it never explains is no plain English (both blind reviewers of sets 319-320)."""
        if source_id not in self._acronyms:
            found: dict[str, tuple[str, bool]] = {}
            for m in _DEFINED_ACRONYM.finditer(self.text(source_id)):
                name = re.sub(r"^(?:The|A|An|In|On|At|By)\s+", "", m["name"])
                if name[:1] == m["acronym"][:1] and name != m["acronym"]:
                    found.setdefault(m["acronym"], (name, bool(m["the"]) or m["name"].startswith("The ")))
            self._acronyms[source_id] = found
        for acronym, (name, the) in self._acronyms[source_id].items():
            if name in prompt:
                continue  # spelt out already: the acronym, if any, stands beside it
            spelt = f"the {name}" if the else name
            prompt = re.sub(rf"(?:\b[Tt]he\s+)?\b{acronym}\b(?:\s+(?=’s|'s))?", spelt, prompt)
        return prompt

    def _one_name_a_place(self, prompt: str) -> str:
        """ "visited Kunashir/Kunashiri?" -> "visited Kunashir?": two spellings of one place joined by a
        slash, as a source writes them, read as clumsy in a question (a blind review of the session-22 late
        rules); the first is kept. Two places ("Kunashiri/Etorofu") are left as written."""

        def one(m: re.Match[str]) -> str:
            first, second = self.gazetteer.group_of(m.group(1)), self.gazetteer.group_of(m.group(2))
            return m.group(1) if first is not None and first == second else m.group(0)

        return re.sub(r"\b([A-Z][\w’'-]+)/([A-Z][\w’'-]+)\b", one, prompt)

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
    ) -> Candidate | None:
        """A candidate question, or None when it is not made; the best of those that share a slot
        (``same_as`` or ``key``, with the direction and format) is kept. ``key`` gives the question's
        stable id and fact id."""
        role = self.roles.get(f.passage_id, "body")
        if role != "body":
            self.dropped.append((f.source_id, f.kind.value, f"from a {role}, not the article's body"))
            return None
        if fmt != "cloze" and _CUT_OFF_END.search(prompt):
            # "In what year did Japan renounce its claims to?": whatever cut the object, the question is not
            # asked half said (both blind reviewers of sets 256-257 failed it)
            self.dropped.append((f.source_id, f.kind.value, "the question ends cut off ('… claims to?')"))
            return None
        slot = f"{same_as or key}|{direction}|{fmt}"
        variant = "" if direction in ("when", "ask") else f"-{direction}"
        qid = f"{f.kind.value}-{_digest(key)}-{fmt}{variant}"
        accepted = list(dict.fromkeys([answer, *accepted]))
        if fmt != "cloze":
            prompt = self._one_name_a_place(prompt)
            prompt = self._acronyms_spelt_out(prompt, f.source_id)
        if value is not None and value.get("type") == "place":
            # "the Liancourt Rocks" as well as "Liancourt Rocks": the list a teacher reads shows both
            accepted += [f"the {a}" for a in accepted if _PLURAL_PLACE.search(a) and not a.lower().startswith("the ")]
            accepted = list(dict.fromkeys(accepted))
        if choices is not None:
            ok = {normalize(a) for a in accepted}
            distractors = [c for c in choices if normalize(c) not in ok]
            if len(distractors) < 3:
                self.dropped.append((f.source_id, f.kind.value, f"{fmt}: fewer than 3 distractors of the same kind"))
                return None
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
        candidate = Candidate(question, f, slot, score)
        self.candidates.append(candidate)
        self._person_of[id(question)] = f.subject
        return candidate

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
        judge_sentence(_relative_it_named(question).rstrip("?") + ".", score, max_words=24)
        if _UNNAMED_DOCUMENT.search(question):
            # "… sign the joint declaration?", "… sign a treaty?": the two signed more than one (a blind
            # review of sets 78-79 failed it); cited beside the same year's named document, never alone
            score.lose(60, "a document named only by its kind in lower case ('the joint declaration')")
        if re.search(r"\bdeclare\s+(?:a\s+)?(?:war|casus\s+belli|(?:a\s+)?state\s+of\s+war)\?$", question):
            # "In what year did the Turkish National Assembly declare casus belli?": on whom, over what?
            score.lose(40, "a war or a casus belli declared with no one and nothing it was declared over")
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

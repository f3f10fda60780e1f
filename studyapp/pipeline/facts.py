"""Stage 3: extract facts from every article passage (never from comments or boilerplate)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from studyapp.pipeline import dates as D
from studyapp.pipeline.control import is_country
from studyapp.pipeline.events import event_for
from studyapp.pipeline.model import Dropped, Extraction, Fact, FactKind, Passage, Role, Sentence, Source
from studyapp.pipeline.numbers import find_numbers
from studyapp.pipeline.passages import split_passages
from studyapp.pipeline.people import (
    PositionMention,
    find_byline_position,
    find_positions,
    find_views,
    is_name,
    trim_name,
)
from studyapp.pipeline.places import SIDE_CALLS, Gazetteer
from studyapp.pipeline.quality import strip_connective
from studyapp.pipeline.sentences import split_sentences
from studyapp.pipeline.stances import find_stances
from studyapp.pipeline.text import in_title_case
from studyapp.pipeline.venues import find_venues

# "A spokesman for Obuchi said", "an aide to the president told": one unnamed person spoke (whom a
# "he" after it stands for; "the sources said" are several, and leave "he" to the last one named)
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|aide|advis[eo]r|official|source|"
    r"diplomat)(?:\s+(?:for|to|of|at|in)\s+[^,.;“”\"]{1,60}?)?\s+(?:said|says|told|added)\b"
)
_SPOKE = re.compile(r"\b(?:said|says|told|added|argued|noted|stressed|insisted|warned|explained|pointed\s+out)\b")


def name_key(name: str) -> str:
    """ "James D. Brown" and "James Brown" are one person."""
    return " ".join(t for t in name.split() if not re.fullmatch(r"[A-Z]\.", t))


# Capitalised words before a surname that are no given name: "Affairs Ghandour", "Minister Ghandour".
_NOT_GIVEN = frozenset(
    (
        *("Affairs", "Foreign", "Minister", "Secretary", "President", "Premier", "Mr", "Mrs", "Ms", "Dr", "The"),
        *("Defence", "Defense", "Interior", "State", "General", "Spokesman", "Spokeswoman", "Ambassador"),
        *("Professor", "Prof", "Governor", "Mayor", "Senator", "Chancellor", "King", "Queen", "Prince", "Sheikh"),
        # a headline's small words in title case ("A Slice Of Brazil", "Talks On Brandt Plan")
        *("Of", "On", "In", "At", "To", "For", "From", "By", "With", "As", "And", "A", "An", "Over", "Into"),
    )
)


@lru_cache(maxsize=2048)
def _written_full_name(surname: str, text: str) -> str | None:
    """The one "Given Surname" the text writes for ``surname``, or None."""
    written = {
        f"{m.group(1)} {surname}"
        for m in re.finditer(rf"\b([A-Z][a-z’'-]+)[ \t]+{re.escape(surname)}\b", text)  # within a line
        if is_name(f"{m.group(1)} {surname}") and m.group(1) not in _NOT_GIVEN
    }
    if not written:
        # "Liew Vui Keong … Liew said", "Tokuno Hiroshi, 88, … Tokuno said", "Shafie Apdal … Shafie
        # had said": the article calls the person by the first word of the full name
        written = {
            f"{surname}{m.group(1)}"
            for m in re.finditer(rf"\b{re.escape(surname)}((?:[ \t]+[A-Z][a-z’'-]+){{1,2}})\b(?!\s+[A-Z])", text)
            if is_name(f"{surname}{m.group(1)}") and not set(m.group(1).split()) & _NOT_GIVEN
        }
    return next(iter(written)) if len(written) == 1 else None


@dataclass
class People:
    """Everyone named with a full name anywhere in the corpus, for resolving "Brown", "he"."""

    full: dict[str, str] = field(default_factory=dict)  # key -> display name (first seen)
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str) -> None:
        if len(name.split()) < 2 or not is_name(name):
            return
        key = name_key(name)
        self.full.setdefault(key, key)
        self.by_surname[key.split()[-1]].add(key)

    def resolve(self, name: str, text: str = "", guess: bool = False) -> str | None:
        """The full name ``name`` stands for. With the article's ``text``, a surname two people share
        ("Sergei Lavrov" here, "Sergey Lavrov" there) is the one this article names, and a surname
        nobody else has is the full name the article writes once ("Ibrahim Ghandour")."""
        if len(name.split()) >= 2:
            return name_key(name)
        keys = self.by_surname.get(name, set())
        if len(keys) == 1:
            return next(iter(keys))
        if not text:
            return None
        here = {k for k in keys if k in text}
        if len(here) == 1:
            return next(iter(here))
        if keys or not guess or is_country(name):
            return None  # ("Brazil said the case was closed": a country speaks, no person)
        return _written_full_name(name, text)


@dataclass
class SourceText:
    source: Source
    passages: list[Passage]
    sentences: dict[str, list[Sentence]]  # passage id -> sentences

    def fact_passages(self) -> list[Passage]:
        return [p for p in self.passages if p.role.yields_facts]


def prepare(source: Source) -> SourceText:
    passages = split_passages(source)
    return SourceText(source, passages, {p.id: split_sentences(p) for p in passages if p.role.yields_facts})


def _attrs(**kw: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in kw.items() if v))


class Extractor:
    def __init__(self, texts: list[SourceText]) -> None:
        self.texts = texts
        self.gazetteer = Gazetteer()
        self.people = People()
        self.out = Extraction()
        for t in texts:
            body = "\n".join(p.text for p in t.fact_passages() if p.role == Role.BODY)
            for p in t.fact_passages():
                self.gazetteer.discover(p.text, body if p.role == Role.HEADING and in_title_case(p.text) else None)
                for pm in find_positions(p.text):
                    self.people.add(pm.name.text)
                for s in t.sentences[p.id]:
                    for v in find_views(s.text):
                        if v.name is not None:
                            for part in re.split(r"\s+and\s+", v.name.text):
                                self.people.add(part)

    def drop(self, source: Source, kind: str, text: str, reason: str) -> None:
        self.out.dropped.append(Dropped(source.id, kind, text, reason))

    def run(self) -> Extraction:
        for t in self.texts:
            self._dates(t)
            self._places(t)
            self._positions(t)
            self._views(t)
            self._stances(t)
            self._numbers(t)
            self._venues(t)
        return self.out

    # -- dates ---------------------------------------------------------------------------
    def _dates(self, t: SourceText) -> None:
        article = D.ArticleDate.parse(t.source.meta.date)
        for p in t.fact_passages():
            for s in t.sentences[p.id]:
                for d in D.find_dates(s.text):
                    if d.precision == "weekday" and not re.search(r"\b(?:on\s+)?" + d.surface, s.text):
                        continue
                    r = D.resolve(d, article, s.text)
                    if r.relative and not r.note and r.precision != "weekday":
                        self.drop(t.source, "date", d.surface, f"relative date, article date {article.describe()}")
                        continue
                    if p.role == Role.BYLINE and not (r.precision in ("day", "month") and not r.relative):
                        continue
                    ev = event_for(s.text, d.start, d.end)
                    event = ev.phrase if ev else ""
                    if p.role == Role.BYLINE:
                        event = "publication"
                    a0 = s.start + d.start
                    self.out.facts.append(
                        Fact(
                            kind=FactKind.DATE,
                            source_id=t.source.id,
                            passage_id=p.id,
                            subject=event or s.text[:60],
                            answer=d.surface,
                            value=r.value,
                            answer_start=a0,
                            answer_end=a0 + len(d.surface),
                            quote_start=s.start,
                            quote_end=s.end,
                            attrs=_attrs(
                                event=event,
                                event_head=ev.head if ev else "",
                                strong="1" if ev and ev.strong else "",
                                precision=r.precision,
                                resolution=r.note,
                                role=p.role.value,
                            ),
                            accepted=tuple(dict.fromkeys([d.surface, *D.variants(r.value)])),
                        )
                    )

    # -- islands and territories ------------------------------------------------------------
    def _places(self, t: SourceText) -> None:
        seen: dict[str, int] = defaultdict(int)
        for p in t.fact_passages():
            for s in t.sentences[p.id]:
                mentions = self.gazetteer.mentions(s.text)
                for m in mentions:
                    key = m.surface.lower()
                    seen[key] += 1
                    if seen[key] > 3:  # a few mentions, so one that cannot be asked has a fallback
                        continue
                    names = self.gazetteer.names(m.group)
                    a0 = s.start + m.start
                    self.out.facts.append(
                        Fact(
                            kind=FactKind.ISLAND,
                            source_id=t.source.id,
                            passage_id=p.id,
                            subject=m.group,
                            answer=m.surface,
                            value=m.group,
                            answer_start=a0,
                            answer_end=a0 + len(m.surface),
                            quote_start=s.start,
                            quote_end=s.end,
                            attrs=_attrs(form="mention", kind=self.gazetteer.groups[m.group].kind),
                            accepted=tuple(dict.fromkeys([m.surface, *names])),
                        )
                    )
                # Two places named together: "the islands of Shikotan and Habomai".
                for a, b in itertools.pairwise(mentions):
                    between = s.text[a.end : b.start]
                    # ("the Habomai islet group and Shikotan", "the Habomai group of islets and Shikotan": the
                    # group's word after its name)
                    if a.group != b.group and re.fullmatch(
                        r"(?:\s+(?:(?:islet|island)s?\s+)?group|\s+of\s+(?:islet|island)s)?\s+and\s+(?:the\s+)?",
                        between,
                    ):
                        kinds = {self.gazetteer.groups[g].kind for g in (a.group, b.group)}
                        if not any("island" in k for k in kinds):
                            continue
                        a0, a1 = s.start + a.start, s.start + b.end
                        pair = s.text[a.start : b.end]
                        swapped = f"{b.surface} and {a.surface}"
                        self.out.facts.append(
                            Fact(
                                kind=FactKind.ISLAND,
                                source_id=t.source.id,
                                passage_id=p.id,
                                subject=f"{a.group} + {b.group}",
                                answer=pair,
                                value=f"{a.group} + {b.group}",
                                answer_start=a0,
                                answer_end=a1,
                                quote_start=s.start,
                                quote_end=s.end,
                                attrs=_attrs(form="pair", first=a.group, second=b.group),
                                accepted=(pair, swapped, f"{a.group} and {b.group}", f"{b.group} and {a.group}"),
                            )
                        )
                for a, b in self.gazetteer.pair_aliases(s.text):
                    where_a = re.search(r"\bin\s+([A-Z]\w+)\s+as\s+(?:the\s+)?$", s.text[: a.start])
                    where_a2 = re.match(r"\s+in\s+([A-Z]\w+)", s.text[a.end :])
                    where_b = re.search(r"\bin\s+([A-Z]\w+)\s+(?:as\s+)?(?:the\s+)?$", s.text[: b.start])
                    where_b2 = re.match(r"\s+in\s+([A-Z]\w+)", s.text[b.end :])
                    # "which Russia calls the Southern Kuriles and Japan calls the Northern Territories"
                    calls_a = re.search(rf"\b{SIDE_CALLS}$", s.text[: a.start])
                    calls_b = re.search(rf"\b{SIDE_CALLS}$", s.text[: b.start])
                    found_a = where_a or where_a2 or calls_a
                    found_b = where_b2 or where_b or calls_b
                    country_a = found_a.group(1) if found_a else ""
                    country_b = found_b.group(1) if found_b else ""
                    if country_a == country_b:
                        country_a = country_b = ""
                    for asked, given, ca, cb in ((b, a, country_b, country_a), (a, b, country_a, country_b)):
                        a0 = s.start + asked.start
                        self.out.facts.append(
                            Fact(
                                kind=FactKind.ISLAND_ALIAS,
                                source_id=t.source.id,
                                passage_id=p.id,
                                subject=given.surface,
                                answer=asked.surface,
                                value=asked.group,
                                answer_start=a0,
                                answer_end=a0 + len(asked.surface),
                                quote_start=s.start,
                                quote_end=s.end,
                                attrs=_attrs(given=given.surface, given_in=cb, asked_in=ca, group=asked.group),
                                accepted=tuple(
                                    dict.fromkeys(
                                        [asked.surface]
                                        + [
                                            n
                                            for n in self.gazetteer.names(asked.group)
                                            if n.lower() != given.surface.lower()
                                        ]
                                    )
                                ),
                            )
                        )

    # -- positions ------------------------------------------------------------------------
    def _positions(self, t: SourceText) -> None:
        seen: set[tuple[str, str]] = set()
        fact_passages = t.fact_passages()
        found: list[tuple[Passage, PositionMention]] = []
        for p in fact_passages:
            for pm in find_positions(p.text):
                found.append((p, pm))
        byline = [p for p in fact_passages if p.role == Role.BYLINE]
        for pm in find_byline_position([(p.start, p.text) for p in byline]):
            p = next(p for p in byline if p.start == pm.name.start)
            shifted = PositionMention(
                name=type(pm.name)(pm.name.start - p.start, pm.name.end - p.start, pm.name.text),
                position=type(pm.position)(pm.position.start - p.start, pm.position.end - p.start, pm.position.text),
                title=pm.title,
                affiliation=pm.affiliation,
                pattern=pm.pattern,
            )
            found.append((p, shifted))
        for p, pm in found:
            person = self.people.resolve(pm.name.text, t.source.text)
            if person is None:
                if " " not in pm.name.text and pm.name.text not in self.people.by_surname:
                    person = pm.name.text  # known only by surname in the whole corpus ("Obama")
                else:
                    self.drop(t.source, "expert_position", pm.name.text, "ambiguous or unknown person")
                    continue
            key = (person, pm.position.text.lower())
            if key in seen:
                continue
            seen.add(key)
            start = p.start + min(pm.name.start, pm.position.start)
            end = p.start + max(pm.name.end, pm.position.end)
            sent = self._sentence_around(t, p, start, end)
            position = re.sub(r"^(?:an?|the)\s+", "", pm.position.text)
            pstart = p.start + pm.position.start + (len(pm.position.text) - len(position))
            self.out.facts.append(
                Fact(
                    kind=FactKind.EXPERT_POSITION,
                    source_id=t.source.id,
                    passage_id=p.id,
                    subject=person,
                    answer=position,
                    value=position,
                    answer_start=pstart,
                    answer_end=pstart + len(position),
                    quote_start=min(sent[0], start),
                    quote_end=max(sent[1], end),
                    attrs=_attrs(
                        name=pm.name.text,
                        name_start=str(p.start + pm.name.start),
                        title=re.sub(r"^(?:an?|the)\s+", "", pm.title),
                        affiliation=pm.affiliation,
                        pattern=pm.pattern,
                    ),
                    accepted=tuple(dict.fromkeys([position, re.sub(r"^(?:an?|the)\s+", "", pm.title)])),
                )
            )

    @staticmethod
    def _sentence_around(t: SourceText, p: Passage, start: int, end: int) -> tuple[int, int]:
        sents = t.sentences.get(p.id, [])
        inside = [s for s in sents if s.start <= end and start <= s.end]
        if not inside:
            return p.start, p.end
        return inside[0].start, inside[-1].end

    # -- views ----------------------------------------------------------------------------
    def _persons_in(self, text: str, article: str = "") -> list[tuple[str, int, int]]:
        """People named in ``text`` (not as possessives), in order: (person, start, end); ``article``
        is the whole text, for a surname two people share."""
        found = []
        for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+){0,4}\b(?![’']s)", text):
            run = m.group(0)
            trimmed = trim_name(run, m.start(), allow_single=True) if " " in run else (run, m.start())
            if trimmed is None:
                continue
            name, start = trimmed
            person = self.people.resolve(name, article)
            # "Imia Islets" is two capitalised words, not a person: a full name must be one the
            # articles give a person (with a post, an apposition or words of their own)
            if person and (" " not in name or name_key(name) in self.people.full):
                found.append((person, start, start + len(name)))
        return found

    def _views(self, t: SourceText) -> None:
        subject: tuple[str, int, int] | None = None  # first person named in the last sentence naming one
        spoke = False  # whether ``subject`` was speaking in that sentence ("X said …") rather than named
        for p in t.fact_passages():
            for s in t.sentences[p.id]:
                persons = [(n, s.start + a, s.start + b) for n, a, b in self._persons_in(s.text, t.source.text)]
                speaking: tuple[str, int, int] | None = None  # who speaks in this sentence, by name
                for v in find_views(s.text):
                    continues = False
                    if v.name is not None:
                        names = re.split(r"\s+and\s+", v.name.text)
                        resolved = [
                            self.people.resolve(n, t.source.text, guess=True) or (n if " " not in n else None)
                            for n in names
                        ]
                        if any(r is None for r in resolved):
                            self.drop(t.source, "expert_view", v.name.text, "ambiguous speaker")
                            continue
                        person = " and ".join(r for r in resolved if r)
                        a0, a1 = s.start + v.name.start, s.start + v.name.end
                        answer = v.name.text
                        q0 = s.start
                        if len(resolved) == 1:
                            speaking = (person, a0, a1)
                    else:
                        assert v.pronoun is not None
                        before = [x for x in persons if x[1] < s.start + v.pronoun.start]
                        speaker = before[0] if before else subject
                        continues = not before and spoke
                        if speaker is None:
                            self.drop(
                                t.source, "expert_view", v.view.text[:60], "pronoun with no named speaker before it"
                            )
                            continue
                        person, a0, a1 = speaker
                        answer = t.source.text[a0:a1]
                        q0 = min(s.start, self._sentence_start(t, a0))
                        if s.start - q0 > 700:
                            self.drop(t.source, "expert_view", v.view.text[:60], "speaker named too far before")
                            continue
                    self.out.facts.append(
                        Fact(
                            kind=FactKind.EXPERT_VIEW,
                            source_id=t.source.id,
                            passage_id=p.id,
                            subject=person,
                            answer=answer,
                            value=v.view.text,
                            answer_start=a0,
                            answer_end=a1,
                            quote_start=q0,
                            quote_end=s.end,
                            attrs=_attrs(
                                verb=v.verb,
                                quoted="1" if v.quoted else "",
                                view_start=str(s.start + v.view.start),
                                view_end=str(s.start + v.view.end),
                                via_pronoun="1" if v.name is None else "",
                                continues="1" if v.name is None and continues else "",
                                naming="1" if v.naming else "",
                            ),
                            accepted=tuple(dict.fromkeys([answer, person, person.split()[-1]])),
                        )
                    )
                if not speaking and _UNNAMED_SPEAKER.search(s.text):
                    # "A spokesman for Obuchi said …. However, he said …": "he" is the spokesman
                    subject, spoke = None, False
                elif speaking or persons:
                    # "she said" in the next sentence is who spoke last, else the first person named
                    subject, spoke = speaking or persons[0], speaking is not None
                    if not spoke and len({n for n, _, _ in persons}) == 1 and _SPOKE.search(s.text):
                        spoke = True  # "…, Lena Ortiz, a professor at Leeds, said." with no view read

    def _stances(self, t: SourceText) -> None:
        """ "Russia maintains that its sovereignty over the islands is undisputed": a government's position."""
        for p in t.fact_passages():
            for s in t.sentences[p.id]:
                text = strip_connective(s.text)
                off = s.start + len(s.text) - len(text)
                for st in find_stances(text):
                    self.out.facts.append(
                        Fact(
                            kind=FactKind.COUNTRY_STANCE,
                            source_id=t.source.id,
                            passage_id=p.id,
                            subject=st.country,
                            answer=st.subject,
                            value=st.view,
                            answer_start=off + st.subject_start,
                            answer_end=off + st.subject_end,
                            quote_start=s.start,
                            quote_end=s.end,
                            attrs=_attrs(
                                verb=st.verb,
                                takes_that="1" if st.takes_that else "",
                                view_start=str(off + st.view_start),
                                view_end=str(off + st.view_end),
                            ),
                            accepted=(st.country,),
                        )
                    )

    @staticmethod
    def _sentence_start(t: SourceText, pos: int) -> int:
        for p in t.fact_passages():
            for s in t.sentences[p.id]:
                if s.start <= pos < s.end:
                    return s.start
        return pos

    # -- numbers --------------------------------------------------------------------------
    def _numbers(self, t: SourceText) -> None:
        for p in t.fact_passages():
            if p.role != Role.BODY:
                continue
            for s in t.sentences[p.id]:
                skip = [(d.start, d.end) for d in D.find_dates(s.text)]
                for n in find_numbers(s.text, skip):
                    a0 = s.start + n.start
                    self.out.facts.append(
                        Fact(
                            kind=FactKind.NUMBER,
                            source_id=t.source.id,
                            passage_id=p.id,
                            subject=n.counted or n.unit,
                            answer=n.surface,
                            value=repr(n.value),
                            answer_start=a0,
                            answer_end=a0 + len(n.surface),
                            quote_start=s.start,
                            quote_end=s.end,
                            attrs=_attrs(counted=n.counted, unit=n.unit),
                            accepted=(n.surface,),
                        )
                    )

    # -- where two people met -------------------------------------------------------------------
    def _venues(self, t: SourceText) -> None:
        """ "Abe will host Putin at the hot springs in his ancestral city of Nagato": one fact per town
        of the meeting, between two people the articles name in full, with when it was (a date in the
        clause, or the article's month for a meeting still to come)."""
        article = D.ArticleDate.parse(t.source.meta.date)
        for p in t.fact_passages():
            if p.role != Role.BODY:
                continue
            for s in t.sentences[p.id]:
                for v in find_venues(s.text):
                    hosts = self._persons_in(v.host, t.source.text)
                    guests = self._persons_in(v.guest, t.source.text)
                    if not hosts or not guests or hosts[-1][0] == guests[0][0]:
                        continue
                    when = self._meeting_period(s.text, v.host_start, v.end, article, v.ahead)
                    names = [town for town, _, _ in v.towns]
                    for town, start, end in v.towns:
                        self.out.facts.append(
                            Fact(
                                kind=FactKind.VENUE,
                                source_id=t.source.id,
                                passage_id=p.id,
                                subject=f"{hosts[-1][0]}|{guests[0][0]}",
                                answer=town,
                                value=town,
                                answer_start=s.start + start,
                                answer_end=s.start + end,
                                quote_start=s.start,
                                quote_end=s.end,
                                attrs=_attrs(
                                    meeting=v.meeting,
                                    ahead="1" if v.ahead else "",
                                    period=when,
                                    host=hosts[-1][0],
                                    guest=guests[0][0],
                                    others="|".join(n for n in names if n != town),
                                ),
                                accepted=(town,),
                            )
                        )

    @staticmethod
    def _meeting_period(sentence: str, start: int, end: int, article: D.ArticleDate, ahead: bool) -> str:
        """When the meeting was: the one date told in its clause ("in Sochi in May", "on Thursday"),
        as month or year; for a meeting still to come and told without one, the article's month; ""
        when that is not known or the clause has two dates."""
        values = set()
        for d in D.find_dates(sentence):
            opening = re.fullmatch(r"\s*(?:[Ii]n|[Oo]n|[Ee]arly|[Ll]ate)?\s*", sentence[: d.start])  # "In May 2014, …"
            if (d.start < start and not opening) or d.start > end + 25:
                continue
            if d.start > end and sentence[end : d.start].count(" ") > 3:
                continue
            r = D.resolve(d, article, sentence)
            if not r.resolved or r.precision not in ("day", "month", "year"):
                return ""
            values.add(r.value[:7])
        if len(values) == 1:
            return values.pop()
        if values or not ahead or article.year is None or article.month is None:
            return ""
        return f"{article.year:04d}-{article.month:02d}"


def extract(texts: list[SourceText]) -> Extraction:
    return Extractor(texts).run()

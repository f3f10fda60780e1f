"""Stage 4: turn facts into questions (multiple choice, typed answer, cloze).

Every question keeps the verbatim quote it came from. Prompts never contain their own answer,
distractors are never accepted answers, and where sources disagree on the same subject every
source's value is accepted and the disagreement is recorded on the question.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TypeVar

from rapidfuzz import fuzz

from studyapp.pipeline import dates as D
from studyapp.pipeline.facts import SourceText
from studyapp.pipeline.model import Fact, FactKind
from studyapp.pipeline.numbers import NumberMention, format_like, number_words_near

T = TypeVar("T")
BLANK = "_____"
_RELATIONAL = re.compile(r"\b(?:counterpart|colleague|successor|predecessor|rival|ally)\b", re.I)
_PRONOUN_START = re.compile(r"^(?:[“\"‘']\s*)?(?:He|She|They|It|This|These|That|Those|Such|His|Her|Their|Its)\b")
_PRECISION_Q = {
    "year": "In what year",
    "decade": "In which decade",
    "month": "In which month and year",
    "day": "On what date",
    "range": "On which dates",
    "weekday": "On which day of the week",
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


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Comparison key: case, accents, punctuation, dashes and spacing do not matter."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'‘`]s\b", "s", text.casefold())
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def fact_id(f: Fact, occurrence: int) -> str:
    raw = f"{f.kind.value}|{f.source_id}|{f.subject}|{f.answer}|{f.value}|{occurrence}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def _shuffle(items: list[str], seed: str) -> list[str]:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


def _rotated(items: list[T], seed: str) -> Iterator[T]:
    """All of ``items``, starting at a position chosen by ``seed``: cheap variety for large banks."""
    if not items:
        return iter(())
    start = int(hashlib.sha1(seed.encode("utf-8")).hexdigest()[:8], 16) % len(items)
    return itertools.chain(items[start:], items[:start])


def _pick(candidates: Iterable[str], exclude: list[str], n: int, seed: str) -> list[str]:
    """Up to ``n`` distinct candidates, none equal (normalised) to an excluded answer.

    Candidates are taken in order (the most plausible first) and consumed lazily, so the cost
    does not grow with the size of the bank.
    """
    banned = {normalize(x) for x in exclude}
    padded = [f" {b} " for b in banned]
    seen: set[str] = set()
    pool: list[str] = []
    for c in candidates:
        k = normalize(c)
        if not k or k in banned or k in seen:
            continue
        if any(f" {k} " in b or f" {b.strip()} " in f" {k} " for b in padded):
            continue  # "President" is half right when the answer is "former President"
        seen.add(k)
        pool.append(c)
        if len(pool) >= n * 2:
            break
    random.Random(seed).shuffle(pool)
    return pool[:n]


class QuestionWriter:
    def __init__(self, texts: list[SourceText], facts: list[Fact]) -> None:
        self.texts = {t.source.id: t for t in texts}
        self.facts = facts
        self.questions: list[Question] = []
        self.dropped: list[tuple[str, str, str]] = []
        self._by_kind: dict[FactKind, list[Fact]] = defaultdict(list)
        for f in facts:
            self._by_kind[f.kind].append(f)
        self._positions_by_person: dict[str, list[Fact]] = defaultdict(list)
        for f in self._by_kind[FactKind.EXPERT_POSITION]:
            self._positions_by_person[f.subject].append(f)
        self._index()

    def _index(self) -> None:
        """Corpus-wide lookups built once, so writing each question costs the same in any bank."""
        islands = self._by_kind[FactKind.ISLAND]
        mentions = [g for g in islands if g.attr("form") == "mention"]
        self._place_kind: dict[str, str] = {}
        for g in mentions:
            self._place_kind.setdefault(g.value, g.attr("kind"))
        self._place_groups = list(self._place_kind)
        self._name_group: dict[str, str] = {}
        for g in mentions:
            self._name_group.setdefault(normalize(g.answer), g.value)
        self._groups_at: dict[tuple[str, int], set[str]] = defaultdict(set)
        for g in islands:
            self._groups_at[(g.source_id, g.quote_start)].update(g.value.split(" + "))
        self._place_pairs = sorted({g.value.replace(" + ", " and ") for g in islands if g.attr("form") == "pair"})
        island_kinds = ("island", "island group", "islands", "islets")
        self._island_singles = sorted(g for g, k in self._place_kind.items() if k in island_kinds)
        self._dates_by_precision: dict[str, list[str]] = defaultdict(list)
        for g in self._by_kind[FactKind.DATE]:
            self._dates_by_precision[g.attr("precision")].append(self._date_answer(g))
        for k, v in self._dates_by_precision.items():
            self._dates_by_precision[k] = list(dict.fromkeys(v))
        positions = self._by_kind[FactKind.EXPERT_POSITION]
        self._positions = list(dict.fromkeys((g.subject, g.answer) for g in positions))
        self._title_subjects: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g in positions:
            self._title_subjects[(g.source_id, normalize(g.attr("title")))].add(g.subject)
        people = positions + self._by_kind[FactKind.EXPERT_VIEW]
        self._people = sorted({g.subject for g in people if " and " not in g.subject})
        self._names = list(
            dict.fromkeys(
                [(g.subject, g.attr("name")) for g in positions if g.attr("name")]
                + [(g.subject, g.subject) for g in people if " and " not in g.subject]
            )
        )

    # -- helpers ------------------------------------------------------------------------
    def title(self, source_id: str) -> str:
        return self.texts[source_id].source.meta.title

    def text(self, source_id: str) -> str:
        return self.texts[source_id].source.text

    def _context(self, f: Fact) -> tuple[int, int]:
        """The quote span, widened to the previous sentence when it starts with a pronoun."""
        t = self.texts[f.source_id]
        q0, q1 = f.quote_start, f.quote_end
        if _PRONOUN_START.match(t.source.text[q0:q1]):
            sents = t.sentences.get(f.passage_id, [])
            prev = [s for s in sents if s.end <= q0]
            if prev:
                q0 = prev[-1].start
        return q0, q1

    def _blanked(self, f: Fact, limit: int = 420) -> str:
        q0, q1 = self._context(f)
        src = self.text(f.source_id)
        before, after = src[q0 : f.answer_start], src[f.answer_end : q1]
        if len(before) + len(after) > limit:
            keep = limit // 2
            if len(before) > keep:
                cut = before[-keep:]
                m = re.search(r"[,;:–—]\s+|\s", cut)
                before = "…" + cut[m.end() if m else 0 :]
            if len(after) > keep:
                cut = after[:keep]
                m = re.search(r".*[,;:–—](?=\s)|.*\s", cut)
                after = (cut[: m.end()] if m else cut).rstrip(" ,;:") + "…"
        return re.sub(r"\s+", " ", f"{before}{BLANK}{after}").strip()

    def _add(
        self,
        f: Fact,
        fid: str,
        fmt: str,
        prompt: str,
        answer: str,
        accepted: list[str],
        choices: list[str] | None = None,
        variant: str = "",
        notes: list[str] | None = None,
        quote_span: tuple[int, int] | None = None,
    ) -> None:
        qid = f"{f.kind.value}-{fid}-{fmt}{variant}"
        q0, q1 = quote_span or self._context(f)
        accepted = list(dict.fromkeys([answer, *accepted]))
        if choices is not None:
            distractors = [c for c in choices if normalize(c) not in {normalize(a) for a in accepted}]
            if len(distractors) < 3:
                self.dropped.append((f.source_id, f.kind.value, f"{fmt} question: fewer than 3 distractors"))
                return
            choices = _shuffle([answer, *distractors[:3]], qid)
        giveaway = f" {normalize(answer)} " in f" {normalize(prompt.replace(BLANK, ' '))} "
        if giveaway and f.kind != FactKind.EXPERT_VIEW and not (f.attr("resolution") and variant == "-rel"):
            self.dropped.append((f.source_id, f.kind.value, f"{fmt} question: answer appears in its own prompt"))
            return
        res = f.attr("resolution")
        self.questions.append(
            Question(
                id=qid,
                fact_id=fid,
                kind=f.kind.value,
                format=fmt,
                prompt=prompt,
                answer=answer,
                accepted=accepted,
                choices=choices,
                source_id=f.source_id,
                passage_id=f.passage_id,
                quote_start=q0,
                quote_end=q1,
                answer_start=f.answer_start,
                answer_end=f.answer_end,
                quote=self.text(f.source_id)[q0:q1],
                notes=(notes or []) + ([f"Resolved relative date: {res}."] if res else []),
            )
        )

    # -- per kind -----------------------------------------------------------------------
    def run(self) -> list[Question]:
        seen: dict[tuple[str, ...], int] = defaultdict(int)
        done: set[tuple[str, ...]] = set()
        for f in self.facts:
            key = (f.kind.value, f.source_id, f.subject, f.answer, f.value)
            occurrence = seen[key]
            seen[key] += 1
            if f.kind == FactKind.ISLAND and f.attr("form") == "mention":
                dedupe: tuple[str, ...] = (f.kind.value, f.source_id, f.answer.lower())
            elif f.kind == FactKind.DATE and not f.attr("strong"):
                dedupe = (f.kind.value, f.source_id, str(f.quote_start), f.value)
            else:
                dedupe = (f.kind.value, f.source_id, f.subject, f.value)
            if dedupe in done:
                continue
            fid = fact_id(f, occurrence)
            before = len(self.questions)
            getattr(self, f"_q_{f.kind.value}")(f, fid)
            if len(self.questions) > before:  # a fact that gave no question lets a later mention try
                done.add(dedupe)
        self._record_disagreements()
        return self.questions

    def _date_answer(self, f: Fact) -> str:
        return D.display(f.value) if f.attr("resolution") or f.attr("role") == "byline" else f.answer

    def _date_distractors(self, f: Fact, answer: str) -> list[str]:
        precision = f.attr("precision")
        others = list(_rotated(self._dates_by_precision[precision], f.value))
        m = re.fullmatch(r"(\d{4})", f.value)
        near: list[str] = []
        if m:
            y = int(m.group(1))
            near = [str(y + d) for d in (-5, 4, -11, 10, -1, 2, 20)]
        elif re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?(?:/.*)?", f.value):
            y = int(f.value[:4])
            shifted = []
            for dy, dm in ((0, -3), (-1, 0), (0, 2), (1, 0), (-2, 0)):
                value = f.value
                yy, mm = y + dy, int(value[5:7]) + dm
                while mm < 1:
                    yy, mm = yy - 1, mm + 12
                while mm > 12:
                    yy, mm = yy + 1, mm - 12
                value = f"{yy:04d}-{mm:02d}" + value[7:].replace(value[:4], f"{yy:04d}").replace(
                    value[5:7] if "/" in value else "§", f"{mm:02d}"
                )
                try:
                    shifted.append(D.display(value))
                except (ValueError, IndexError):
                    continue
            near = shifted
        elif m2 := re.fullmatch(r"(\d{4})-(spring|summer|autumn|winter|early|mid|late)", f.value):
            y, part = int(m2.group(1)), m2.group(2)
            parts = (
                ("spring", "summer", "autumn", "winter")
                if part in ("spring", "summer", "autumn", "winter")
                else ("early", "mid", "late")
            )
            near = [D.display(f"{y + dy}-{p}") for dy in (0, -1, 1) for p in parts if (dy, p) != (0, part)]
        elif f.value.startswith("weekday:"):
            near = ["Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday", "Thursday"]
        return near + others

    def _q_date(self, f: Fact, fid: str) -> None:
        answer = self._date_answer(f)
        accepted = list(f.accepted) + ([f.answer] if f.attr("role") == "byline" else [])
        if f.attr("resolution"):
            accepted = [a for a in accepted if a != f.answer]  # "this month" alone is not the date
        choices = self._date_distractors(f, answer)
        precision = f.attr("precision")
        ask = _PRECISION_Q.get(precision, "When")
        title = self.title(f.source_id)
        if f.attr("role") == "byline":
            prompt = f"When was the article “{title}” published?"
            note = [f"Normalised date: the source writes “{f.answer}”."]
            self._add(f, fid, "mc", prompt, answer, accepted, _pick(choices, accepted, 6, fid), notes=note)
            self._add(f, fid, "typed", prompt, answer, accepted, notes=note)
            return
        event = f.attr("event")
        if event and f.attr("strong"):
            verb = (
                "was {} signed"
                if f.attr("event_head")
                in ("treaty", "agreement", "accord", "pact", "declaration", "convention", "deal", "charter", "protocol")
                else "did {} take place"
            )
            prompt = f"{ask} {verb.format(event)}?"
            prompt = prompt[0].upper() + prompt[1:]
            self._add(f, fid, "mc", prompt, answer, accepted, _pick(choices, accepted, 6, fid))
            self._add(f, fid, "typed", prompt, answer, accepted)
            if not f.attr("resolution"):
                self._add(f, fid, "cloze", self._blanked(f), f.answer, accepted)
            return
        if f.attr("resolution"):
            q0, q1 = self._context(f)
            sentence = re.sub(r"\s+", " ", self.text(f.source_id)[q0:q1])
            dated = self.texts[f.source_id].source.meta.date
            prompt = (
                f"“{sentence}” In this passage from “{title}” (dated {D.display(dated)}), "
                f"which date does “{f.answer}” refer to?"
            )
            # The article's date is part of the question: resolving "this month" is the skill asked.
            self._add(f, fid, "mc", prompt, answer, accepted, _pick(choices, accepted, 6, fid), variant="-rel")
            return
        what = {"year": "year", "decade": "decade", "weekday": "day"}.get(precision, "date")
        prompt = f"Which {what} completes this sentence from “{title}”? “{self._blanked(f)}”"
        self._add(f, fid, "mc", prompt, answer, accepted, _pick(choices, accepted, 6, fid))
        self._add(f, fid, "cloze", self._blanked(f), f.answer, accepted)

    def _place_names(self, exclude_groups: set[str], seed: str, kind: str = "") -> Iterator[str]:
        return (
            g
            for g in _rotated(self._place_groups, seed)
            if g not in exclude_groups and (not kind or self._place_kind[g] == kind)
        )

    def _groups_in_quote(self, f: Fact) -> set[str]:
        """Places named in the fact's sentence (never offered as distractors for it)."""
        quote = normalize(self.text(f.source_id)[f.quote_start : f.quote_end])
        words = set(quote.split())
        found = {group for name, group in self._name_group.items() if name.split()[0] in words and name in quote}
        return found | self._groups_at[(f.source_id, f.quote_start)]

    def _q_island(self, f: Fact, fid: str) -> None:
        title = self.title(f.source_id)
        if f.attr("form") == "pair":
            pairs = self._place_pairs
            singles = self._island_singles[:12]
            combos = [f"{a} and {b}" for i, a in enumerate(singles) for b in singles[i + 1 :]]
            right = {f.attr("first"), f.attr("second")}
            wrong, seen_sets = [], [right]
            for p in pairs + combos:
                members = set(p.split(" and "))
                if members not in seen_sets:  # "A and B" and "B and A" are one choice
                    seen_sets.append(members)
                    wrong.append(p)
            prompt = f"Which two places complete this sentence from “{title}”? “{self._blanked(f)}”"
            self._add(f, fid, "mc", prompt, f.answer, list(f.accepted), _pick(wrong, list(f.accepted), 6, fid))
            self._add(f, fid, "cloze", self._blanked(f), f.answer, list(f.accepted))
            return
        exclude = self._groups_in_quote(f) | {f.value}
        # A name already written elsewhere in the sentence cannot be what the blank holds.
        src = self.text(f.source_id)
        rest = f" {normalize(src[f.quote_start : f.answer_start] + ' ' + src[f.answer_end : f.quote_end])} "
        accepted = [a for a in f.accepted if a == f.answer or f" {normalize(a)} " not in rest]
        f = replace(f, accepted=tuple(accepted))
        kind = f.attr("kind")
        others = itertools.chain(self._place_names(exclude, fid, kind), self._place_names(exclude, fid))
        prompt = f"Which place name completes this sentence from “{title}”? “{self._blanked(f)}”"
        self._add(f, fid, "mc", prompt, f.answer, list(f.accepted), _pick(others, list(f.accepted), 6, fid))
        self._add(f, fid, "cloze", self._blanked(f), f.answer, list(f.accepted))

    def _q_island_alias(self, f: Fact, fid: str) -> None:
        given, asked_in, given_in = f.attr("given"), f.attr("asked_in"), f.attr("given_in")
        if asked_in and given_in:
            prompt = f"What are the islands known in {given_in} as the {given} called in {asked_in}?"
        else:
            prompt = f"“{self.title(f.source_id)}” gives another name for {given}. What is it?"
        exclude = self._groups_in_quote(f) | {f.value}
        others = self._place_names(exclude, fid)
        accepted = list(f.accepted)
        self._add(f, fid, "typed", prompt, f.answer, accepted)
        self._add(f, fid, "mc", prompt, f.answer, accepted, _pick(others, accepted, 6, fid))

    def _q_expert_position(self, f: Fact, fid: str) -> None:
        if _RELATIONAL.search(f.answer):
            # "his Japanese counterpart" describes a relation, not a position one can ask about.
            self.dropped.append((f.source_id, f.kind.value, "relational title (counterpart, ally...)"))
            return
        title = self.title(f.source_id)
        name = f.attr("name") or f.subject
        position = f.answer
        mine = [g.answer for g in self._positions_by_person[f.subject]]
        other_positions = (answer for subject, answer in _rotated(self._positions, fid) if subject != f.subject)
        # "What position?" -- every position this person is given anywhere is accepted.
        prompt = f"According to “{title}”, what position did {f.subject} hold?"
        accepted = list(dict.fromkeys([position, *mine, *f.accepted]))
        self._add(f, fid, "mc", prompt, position, accepted, _pick(other_positions, accepted, 6, fid))
        self._add(f, fid, "typed", prompt, position, [*accepted, f.attr("title")])
        # "Who is described as ...?" -- only when the description picks out one person here.
        same = self._title_subjects[(f.source_id, normalize(f.attr("title")))] - {f.subject}
        if not same and len(position.split()) >= 2:
            others = (n for subject, n in _rotated(self._names, fid) if subject != f.subject)
            people = (p.split()[-1] for p in others) if " " not in name else (p for p in others if " " in p)
            article = "an" if re.match(r"(?i)[aeio]|u(?![sn]\b|ni)", position) else "a"
            who = f"Who is described in “{title}” as {article} {position}?"
            accepted_names = [name, f.subject, f.subject.split()[-1]]
            self._add(
                f, fid, "mc", who, name, accepted_names, _pick(people, accepted_names, 6, fid + "who"), variant="-who"
            )
            self._add(f, fid, "typed", who, name, accepted_names, variant="-who")
        if f.attr("affiliation"):
            aff = f.attr("affiliation")
            aff_prompt = f"According to “{title}”, which institution was {f.subject} affiliated with?"
            head = re.split(r",|\s+in\s+", aff)[0]
            self._add(f, fid, "typed", aff_prompt, aff, [head], variant="-aff")

    def _q_expert_view(self, f: Fact, fid: str) -> None:
        title = self.title(f.source_id)
        view = f.value
        words = view.split()
        shown = " ".join(words[:40]) + ("…" if len(words) > 40 else "")
        verb = f.attr("verb") or "said"
        if f.attr("quoted") and view[:1].islower() and not f.attr("via_pronoun"):
            # A quoted fragment ("‘tried to take advantage…’") only makes sense in its sentence.
            prompt = f"Whose view is cited in this sentence from “{title}”? “{self._blanked(f)}”"
        elif f.attr("quoted"):
            prompt = f"In “{title}”, who {verb}: “{shown}”?"
        else:
            verb = "said" if verb == "told" else verb  # "who told that ..." is not English
            prompt = f"In “{title}”, who {verb} that {shown.rstrip('.')}?"
        others = (p for p in _rotated(self._people, fid) if p != f.subject)
        answer = f.answer
        people = (p.split()[-1] for p in others) if " " not in answer else others
        accepted = list(f.accepted)
        if normalize(answer) in normalize(shown):
            self.dropped.append((f.source_id, f.kind.value, "speaker named inside the view"))
            return
        self._add(f, fid, "mc", prompt, answer, accepted, _pick(people, accepted, 6, fid))
        self._add(f, fid, "typed", prompt, answer, accepted)
        if not f.attr("via_pronoun"):
            self._add(f, fid, "cloze", self._blanked(f), answer, accepted)

    def _q_number(self, f: Fact, fid: str) -> None:
        title = self.title(f.source_id)
        value = float(f.value)
        like = NumberMention(0, len(f.answer), f.answer, value, f.attr("unit"), f.attr("counted"))
        factors = (0.5, 2.0, 1.5, 0.75, 3.0, 0.25)
        if f.answer.replace("-", "").replace(" ", "").isalpha():  # "seventy", "a dozen": offer words
            cands = [format_like(float(v), like) for v in number_words_near(value)]
        elif f.attr("unit") == "percent" and value <= 40:
            cands = [format_like(round(value * k, 1), like) for k in factors]
        else:
            cands = [format_like(value * k, like) for k in factors]
        prompt = f"Which figure completes this sentence from “{title}”? “{self._blanked(f)}”"
        self._add(f, fid, "mc", prompt, f.answer, list(f.accepted), _pick(cands, list(f.accepted), 6, fid))
        self._add(f, fid, "cloze", self._blanked(f), f.answer, list(f.accepted))

    # -- disagreements --------------------------------------------------------------------
    def _record_disagreements(self) -> None:
        """Same subject, different values in different sources: accept every source's value
        and record the disagreement on the question so the app can show both."""
        facts = {f"{f.source_id}:{f.answer_start}": f for f in self.facts}
        groups: dict[tuple[str, str], list[tuple[Question, str]]] = defaultdict(list)
        for q in self.questions:
            f = facts.get(f"{q.source_id}:{q.answer_start}")
            if f is None:
                continue
            if q.kind == "expert_position":
                groups[("position", f.subject)].append((q, f.answer))
            elif q.kind == "date" and f.attr("strong"):
                groups[("date", normalize(f.attr("event")))].append((q, f.value))
            elif q.kind == "island" and f.attr("form") == "mention":
                groups[("place", f.value)].append((q, f.answer))
        for (what, _subject), items in groups.items():
            values: dict[tuple[str, str], tuple[str, str, str]] = {}
            for q, value in items:
                if q.id.endswith(("-who", "-aff")):
                    continue
                values.setdefault((q.source_id, normalize(value)), (q.source_id, value, q.quote))
            records = sorted(values.values())
            for q, value in items:
                if q.id.endswith(("-who", "-aff")):
                    continue
                differing, shown = [], set()
                for r in records:  # one record per differing value keeps questions small in big banks
                    key = normalize(r[1])
                    if r[0] != q.source_id and key not in shown and _disagree(what, value, r[1]):
                        shown.add(key)
                        differing.append(r)
                if not differing:
                    continue
                q.disagreements = [{"source_id": s, "value": v, "quote": qt} for s, v, qt in differing]
                if what == "date":
                    q.accepted = list(dict.fromkeys(q.accepted + [D.display(r[1]) for r in differing]))
                elif what == "position" and not q.id.endswith("-aff"):
                    q.accepted = list(dict.fromkeys(q.accepted + [r[1] for r in differing]))
                if q.choices:
                    ok = {normalize(a) for a in q.accepted}
                    q.choices = [c for c in q.choices if c == q.answer or normalize(c) not in ok]
        # A multiple-choice question that lost a distractor to another source's value is dropped.
        self.questions = [q for q in self.questions if q.choices is None or len(q.choices) == 4]


def _disagree(what: str, a: str, b: str) -> bool:
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return False
    if what == "place":  # a spelling difference, not a translation: Etorufu vs Etorofu
        return fuzz.ratio(na, nb) >= 75
    if what == "position":
        return na not in nb and nb not in na
    return True


def write_questions(texts: list[SourceText], facts: list[Fact]) -> tuple[list[Question], list[tuple[str, str, str]]]:
    w = QuestionWriter(texts, facts)
    return w.run(), w.dropped

"""The question writer: runs every kind of question over the facts, keeps the best candidate per
slot (the others become its citations) and records where sources disagree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from studyapp.pipeline import dates as D
from studyapp.pipeline.facts import SourceText
from studyapp.pipeline.model import Fact, FactKind
from studyapp.pipeline.places import Gazetteer
from studyapp.pipeline.questions.base import Candidate, Question
from studyapp.pipeline.questions.people_questions import _contains
from studyapp.pipeline.questions.venue_questions import VenueQuestions
from studyapp.pipeline.text import capitalize, normalize, with_article


class QuestionWriter(VenueQuestions):
    """Runs every kind of question over the facts and keeps the best candidate per slot."""

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
            FactKind.VENUE: self._q_venue,
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


def write_questions(
    texts: list[SourceText], facts: list[Fact], gazetteer: Gazetteer | None = None
) -> tuple[list[Question], list[tuple[str, str, str]]]:
    w = QuestionWriter(texts, facts, gazetteer)
    return w.run(), w.dropped

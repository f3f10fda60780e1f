"""The whole pipeline: sources directory -> Bank, plus a human summary of what happened."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.bank.model import Bank, Citation, PassageRecord, QuestionRecord, SourceRecord, SourceRef
from studyapp.errors import ContentError
from studyapp.pipeline.curation import Curation, apply_curation, load_curation
from studyapp.pipeline.facts import Extractor, SourceText, prepare
from studyapp.pipeline.model import Source
from studyapp.pipeline.questions import Question, write_questions
from studyapp.pipeline.shown_names import link_shown_names
from studyapp.pipeline.sources import load_sources


@dataclass
class BuildReport:
    questions_by_kind: Counter[str] = field(default_factory=Counter)
    questions_by_format: Counter[str] = field(default_factory=Counter)
    facts_by_kind: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    disagreements: list[str] = field(default_factory=list)
    curation: list[str] = field(default_factory=list)
    sources: int = 0
    inferred_metadata: list[str] = field(default_factory=list)
    without_questions: list[str] = field(default_factory=list)  # "id “title”" of articles nothing was asked of

    def lines(self) -> list[str]:
        out = [f"{self.sources} sources, {sum(self.questions_by_kind.values())} questions"]
        out.append("questions by kind:   " + ", ".join(f"{k} {v}" for k, v in sorted(self.questions_by_kind.items())))
        out.append("questions by format: " + ", ".join(f"{k} {v}" for k, v in sorted(self.questions_by_format.items())))
        out.append("facts by kind:       " + ", ".join(f"{k} {v}" for k, v in sorted(self.facts_by_kind.items())))
        if self.without_questions:
            # a teacher's new article that yields nothing should not go unnoticed
            out.append(f"no question from ({len(self.without_questions)}):")
            out += [f"  {s}" for s in self.without_questions]
        if self.dropped:
            out.append(f"dropped ({sum(self.dropped.values())}):")
            out += [f"  {n} x {reason}" for reason, n in sorted(self.dropped.items(), key=lambda x: (-x[1], x[0]))]
        if self.disagreements:
            out.append(f"disagreements between sources ({len(self.disagreements)}):")
            out += [f"  {d}" for d in self.disagreements]
        out += [f"curation: {c}" for c in self.curation]
        out += [f"metadata inferred from the text (no .toml): {s}" for s in self.inferred_metadata]
        return out


def _source_record(t: SourceText) -> SourceRecord:
    s = t.source
    return SourceRecord(
        id=s.id,
        path=s.path,
        title=s.meta.title,
        author=s.meta.author,
        publisher=s.meta.publisher,
        date=s.meta.date,
        language=s.meta.language,
        url=s.meta.url,
        notes=dict(s.meta.notes),
        metadata_inferred=s.meta.inferred,
        text=s.text,
        passages=[PassageRecord(p.id, p.index, p.start, p.end, p.role.value) for p in t.passages],
    )


def _record(q: Question) -> QuestionRecord:
    return QuestionRecord(
        id=q.id,
        fact_id=q.fact_id,
        kind=q.kind,
        format=q.format,
        prompt=q.prompt,
        answer=q.answer,
        accepted=q.accepted,
        choices=q.choices,
        source=SourceRef(q.source_id, q.passage_id, q.quote, q.quote_start, q.quote_end, q.answer_start, q.answer_end),
        disagreements=q.disagreements,
        notes=q.notes,
        origin=q.origin,
        also=[
            Citation(str(c["source_id"]), str(c["passage_id"]), str(c["quote"]), int(c["start"]), int(c["end"]))
            for c in q.also
        ],
        quality=q.quality,
        quality_reasons=q.quality_reasons,
        value=q.value,
    )


def build_from_sources(sources: list[Source], curation: Curation | None = None) -> tuple[Bank, BuildReport]:
    texts = [prepare(s) for s in sources]
    extractor = Extractor(texts)
    extraction = extractor.run()
    questions, q_dropped = write_questions(texts, extraction.facts, extractor.gazetteer)
    report = BuildReport(sources=len(sources))
    report.facts_by_kind.update(f.kind.value for f in extraction.facts)
    for d in extraction.dropped:
        report.dropped[f"{d.kind}: {d.reason}"] += 1
    for _src, kind, reason in q_dropped:
        report.dropped[f"{kind}: {reason}"] += 1
    report.inferred_metadata = [s.id for s in sources if s.meta.inferred]
    if curation is not None:
        by_source = {t.source.id: t for t in texts}

        def passage_of(source_id: str, offset: int) -> str:
            for p in by_source[source_id].passages:
                if p.start <= offset < p.end:
                    return p.id
            return by_source[source_id].passages[0].id

        questions, report.curation = apply_curation(questions, curation, {s.id: s.text for s in sources}, passage_of)
    questions.sort(key=lambda q: (q.source_id, q.quote_start, q.answer_start, q.kind, q.id))
    seen_dis: set[frozenset[str]] = set()
    for q in questions:
        report.questions_by_kind[q.kind] += 1
        report.questions_by_format[q.format] += 1
        if q.disagreements:
            values = frozenset(
                [f"{q.answer!r} ({q.source_id[:3]})"]
                + [f"{d['value']!r} ({d['source_id'][:3]})" for d in q.disagreements]
            )
            if values not in seen_dis:
                seen_dis.add(values)
                report.disagreements.append(f"{q.kind}: " + " vs ".join(sorted(values)))
    records = link_shown_names(_record(q) for q in questions)
    bank = _only_sound(Bank(sources=[_source_record(t) for t in texts], questions=records), report, curation)
    asked = {q.source.source_id for q in bank.questions}
    report.without_questions = [f"{s.id} “{s.title}”" for s in bank.sources if s.id not in asked]
    return bank, report


def _only_sound(bank: Bank, report: BuildReport, curation: Curation | None) -> Bank:
    """What ``bank check`` would refuse never leaves the build: a curated question with a problem is an
    error in the curation file; a generated one is dropped and reported."""
    from studyapp.bank.check import check_bank

    problems = check_bank(bank)
    if not problems:
        return bank
    bad: dict[str, str] = {}
    for problem in problems:
        qid = problem.removeprefix("question ").split(":", 1)[0]
        bad.setdefault(qid, problem)
    for q in bank.questions:
        if q.id in bad and q.origin == "curated":
            entries = [*curation.corrections, *curation.additions] if curation else []
            line = next((int(e["_line"]) for e in entries if e.get("id") == q.id and e.get("_line")), None)
            path = curation.path if curation and curation.path else Path("curation.toml")
            raise ContentError(path, bad[q.id], line)
    kept = [q for q in bank.questions if q.id not in bad]
    for q in bank.questions:
        if q.id in bad:
            report.dropped[f"{q.kind}: fails the bank check ({bad[q.id].split(': ', 1)[-1]})"] += 1
            report.questions_by_kind[q.kind] -= 1
            report.questions_by_format[q.format] -= 1
    leftover = [p for p in problems if not p.startswith("question ")]
    if leftover:
        raise ContentError(Path("bank"), leftover[0])
    return Bank(sources=bank.sources, questions=kept)


def build_bank(sources_dir: Path, curation_path: Path | None = None) -> tuple[Bank, BuildReport]:
    sources = load_sources(sources_dir)
    curation = load_curation(curation_path) if curation_path is not None else None
    return build_from_sources(sources, curation)

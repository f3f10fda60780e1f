"""Teacher curation: reject, correct or add questions without touching code.

``content/curation.toml`` (all tables optional):

    [[reject]]
    id = "date-1a2b3c4d5e-mc"     # a question id, or a fact id to reject all its questions
    reason = "ambiguous"

    [[correct]]
    id = "expert_position-..."    # question id
    prompt = "..."                # any of prompt, answer, accepted, choices
    accepted = ["...", "..."]

    [[add]]
    id = "my-question-1"          # unique
    source = "003_a2730a12bfe8f160"
    kind = "expert_view"
    format = "typed"              # mc (with choices), typed or cloze
    prompt = "Who ...?"
    answer = "Fyodor Lukyanov"
    quote = "Analyst Fyodor Lukyanov said ..."   # verbatim from the source
    accepted = ["Lukyanov"]

Ids are stable across regenerations while the fact is unchanged, so curation survives a rebuild.
Entries whose id no longer exists are reported as stale, not silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from studyapp.bank.model import FORMATS, KINDS
from studyapp.errors import ContentError
from studyapp.pipeline.questions import Question
from studyapp.pipeline.sources import load_toml

_ALLOWED = {
    "reject": {"id", "reason"},
    "correct": {"id", "prompt", "answer", "accepted", "choices", "reason"},
    "add": {"id", "source", "kind", "format", "prompt", "answer", "quote", "accepted", "choices"},
}


@dataclass
class Curation:
    rejects: list[dict[str, Any]] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)
    additions: list[dict[str, Any]] = field(default_factory=list)
    path: Path | None = None
    text: str = ""

    def line_of(self, table: str, index: int) -> int | None:
        hits = [m.start() for m in re.finditer(rf"^[ \t]*\[\[{table}\]\]", self.text, re.MULTILINE)]
        return self.text.count("\n", 0, hits[index]) + 1 if index < len(hits) else None


def load_curation(path: Path) -> Curation:
    if not path.exists():
        return Curation(path=path)
    data, text = load_toml(path)
    cur = Curation(path=path, text=text)
    for table in data:
        if table not in _ALLOWED:
            raise ContentError(path, f"unknown table [[{table}]] (allowed: reject, correct, add)")
    for table, target in (("reject", cur.rejects), ("correct", cur.corrections), ("add", cur.additions)):
        entries = data.get(table, [])
        if not isinstance(entries, list):
            raise ContentError(path, f"{table} must be written as [[{table}]] tables")
        for i, entry in enumerate(entries):
            line = cur.line_of(table, i)
            if not isinstance(entry, dict):
                raise ContentError(path, f"{table} must be written as [[{table}]] tables (entry {i + 1})", line)
            unknown = set(entry) - _ALLOWED[table]
            if unknown:
                raise ContentError(path, f"[[{table}]] #{i + 1}: unknown key(s) {sorted(unknown)}", line)
            if not isinstance(entry.get("id"), str) or not entry["id"]:
                raise ContentError(path, f"[[{table}]] #{i + 1}: needs an 'id' string", line)
            for key in ("accepted", "choices"):
                if key in entry and not (isinstance(entry[key], list) and all(isinstance(x, str) for x in entry[key])):
                    raise ContentError(path, f"[[{table}]] #{i + 1}: {key!r} must be a list of strings", line)
            entry["_line"] = line
            target.append(entry)
    for table, entries in (("correct", cur.corrections), ("add", cur.additions)):
        for i, entry in enumerate(entries):
            for key in ("source", "kind", "format", "prompt", "answer", "quote"):
                if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
                    raise ContentError(
                        path, f"[[{table}]] #{i + 1}: {key!r} must be a non-empty string", entry["_line"]
                    )
    for i, entry in enumerate(cur.additions):
        missing = {"source", "kind", "format", "prompt", "answer", "quote"} - set(entry)
        if missing:
            raise ContentError(path, f"[[add]] #{i + 1}: missing {sorted(missing)}", entry["_line"])
        if entry["kind"] not in KINDS:
            raise ContentError(path, f"[[add]] #{i + 1}: unknown kind {entry['kind']!r}", entry["_line"])
        if entry["format"] not in FORMATS:
            raise ContentError(path, f"[[add]] #{i + 1}: unknown format {entry['format']!r}", entry["_line"])
        if (entry["format"] == "mc") != ("choices" in entry):
            need = "needs 4 'choices'" if entry["format"] == "mc" else "has 'choices' but is not multiple choice"
            raise ContentError(path, f"[[add]] #{i + 1}: {need}", entry["_line"])
    return cur


def apply_curation(
    questions: list[Question], cur: Curation, source_texts: dict[str, str], passage_of: Any
) -> tuple[list[Question], list[str]]:
    """Apply rejects, corrections and additions. Returns the questions and a report."""
    report: list[str] = []
    path = cur.path or Path("curation.toml")
    by_id = {q.id: q for q in questions}
    rejected: set[str] = set()
    for r in cur.rejects:
        hits = [q.id for q in questions if q.id == r["id"] or q.fact_id == r["id"]]
        if not hits:
            report.append(f"{path}:{r['_line']}: stale reject, no question or fact {r['id']!r}")
        rejected.update(hits)
    out = [q for q in questions if q.id not in rejected]
    if rejected:
        report.append(f"curation rejected {len(rejected)} question(s)")
    for c in cur.corrections:
        q = by_id.get(c["id"])
        if q is None or q.id in rejected:
            report.append(f"{path}:{c['_line']}: stale correction, no question {c['id']!r}")
            continue
        current = next(i for i, x in enumerate(out) if x.id == q.id)  # corrected twice: on the last version
        changes = {k: c[k] for k in ("prompt", "answer", "accepted", "choices") if k in c}
        fixed = replace(out[current], **changes, origin="curated")
        fixed.accepted = list(dict.fromkeys([fixed.answer, *fixed.accepted]))
        out[current] = fixed
    ids = {q.id for q in out}
    for a in cur.additions:
        line = a["_line"]
        text = source_texts.get(a["source"])
        if text is None:
            raise ContentError(path, f"[[add]] {a['id']!r}: unknown source {a['source']!r}", line)
        start = text.find(a["quote"])
        if start < 0:
            raise ContentError(path, f"[[add]] {a['id']!r}: quote is not verbatim in {a['source']}", line)
        if a["answer"] not in a["quote"]:
            raise ContentError(path, f"[[add]] {a['id']!r}: the answer must appear in the quote", line)
        if a["id"] in ids:
            raise ContentError(path, f"[[add]] {a['id']!r}: id already used", line)
        ans0 = start + a["quote"].index(a["answer"])
        out.append(
            Question(
                id=a["id"],
                fact_id=a["id"],
                kind=a["kind"],
                format=a["format"],
                prompt=a["prompt"],
                answer=a["answer"],
                accepted=list(dict.fromkeys([a["answer"], *a.get("accepted", [])])),
                choices=a.get("choices"),
                source_id=a["source"],
                passage_id=passage_of(a["source"], start),
                quote_start=start,
                quote_end=start + len(a["quote"]),
                answer_start=ans0,
                answer_end=ans0 + len(a["answer"]),
                quote=a["quote"],
                origin="curated",
            )
        )
        ids.add(a["id"])
    return out, report

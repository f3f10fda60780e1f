"""The bank file format (documented in docs/bank-format.md) and its loader."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from studyapp.errors import ContentError
from studyapp.grading.values import check_value
from studyapp.safe_io import parse_json, read_regular_bytes

BANK_FORMAT = "studyapp-bank"
BANK_VERSION = 1
KINDS = ("date", "island", "island_alias", "expert_position", "expert_view", "number", "country_stance", "venue")
FORMATS = ("mc", "typed", "cloze")


@dataclass(frozen=True)
class PassageRecord:
    id: str
    index: int
    start: int
    end: int
    role: str


@dataclass(frozen=True)
class SourceRecord:
    id: str
    path: str
    title: str
    author: str
    publisher: str
    date: str
    language: str
    url: str
    notes: dict[str, str]
    metadata_inferred: bool
    text: str
    passages: list[PassageRecord]


@dataclass(frozen=True)
class SourceRef:
    source_id: str
    passage_id: str
    quote: str
    start: int
    end: int
    answer_start: int
    answer_end: int


@dataclass(frozen=True)
class Citation:
    """Another passage that states the same fact ("also in …")."""

    source_id: str
    passage_id: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    fact_id: str
    kind: str
    format: str
    prompt: str
    answer: str
    accepted: list[str]
    choices: list[str] | None
    source: SourceRef
    disagreements: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    origin: str = "generated"
    also: list[Citation] = field(default_factory=list)
    quality: int = 100  # out of 100, see studyapp.pipeline.quality
    quality_reasons: list[str] = field(default_factory=list)
    value: dict[str, Any] | None = None  # the answer as a typed value (studyapp.grading.values)
    shows: list[str] = field(default_factory=list)  # name facts whose answer the prompt prints (shown_names)


@dataclass(frozen=True)
class Bank:
    sources: list[SourceRecord]
    questions: list[QuestionRecord]

    def source(self, source_id: str) -> SourceRecord:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def to_json(self) -> str:
        data = {
            "format": BANK_FORMAT,
            "version": BANK_VERSION,
            "sources": [asdict(s) for s in self.sources],
            "questions": [asdict(q) for q in self.questions],
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def save(self, path: Path) -> None:
        """Write the bank whole or not at all (a temporary file renamed into place)."""
        if path.is_dir():
            raise ContentError(path, "this is a folder; give the bank file's name")
        if path.exists() and not path.is_file():
            # renaming over a device or a pipe (/dev/null) would replace it with the bank
            raise ContentError(path, "not a regular file (a device or a pipe); give the bank file's name")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        try:
            tmp.write_text(self.to_json(), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise


class _Reader:
    """Reads typed fields out of parsed JSON, naming the place of every problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> ContentError:
        return ContentError(self.path, f"{where}: {message}")

    def get(self, obj: dict[str, Any], key: str, typ: type | tuple[type, ...], where: str) -> Any:
        if key not in obj:
            raise self.fail(where, f"missing field {key!r}")
        value = obj[key]
        if (isinstance(value, bool) and typ is int) or not isinstance(value, typ):
            raise self.fail(where, f"field {key!r} has the wrong type ({type(value).__name__})")
        return value

    def records(self, obj: dict[str, Any], key: str, where: str) -> list[dict[str, str]]:
        value = self.get(obj, key, list, where)
        for item in value:
            if not isinstance(item, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in item.items()
            ):
                raise self.fail(where, f"field {key!r} must be a list of objects with string values")
        return [dict(item) for item in value]

    def objects(self, items: list[Any], where: str) -> list[tuple[str, dict[str, Any]]]:
        """``(where[i], item)`` for a list that must hold objects."""
        out = []
        for i, item in enumerate(items):
            w = f"{where}[{i}]"
            if not isinstance(item, dict):
                raise self.fail(w, "must be an object")
            out.append((w, item))
        return out

    def citations(self, obj: dict[str, Any], where: str) -> list[Citation]:
        """The optional ``also`` list (banks written before it existed have none)."""
        also = self.get(obj, "also", list, where) if "also" in obj else []
        return [
            Citation(
                self.get(c, "source_id", str, w),
                self.get(c, "passage_id", str, w),
                self.get(c, "quote", str, w),
                self.get(c, "start", int, w),
                self.get(c, "end", int, w),
            )
            for w, c in self.objects(also, f"{where}.also")
        ]

    def value(self, obj: dict[str, Any], where: str) -> dict[str, Any] | None:
        """The optional typed answer value (banks written before it existed have none)."""
        if obj.get("value") is None:
            return None
        problems = check_value(obj["value"], "value")
        if problems:
            raise self.fail(where, problems[0])
        return dict(obj["value"])

    def strings(self, obj: dict[str, Any], key: str, where: str) -> list[str]:
        value = self.get(obj, key, list, where)
        if not all(isinstance(v, str) for v in value):
            raise self.fail(where, f"field {key!r} must be a list of strings")
        return list(value)


def parse_bank(text: str, path: Path) -> Bank:
    r = _Reader(path)
    data = parse_json(text, path)
    if not isinstance(data, dict) or data.get("format") != BANK_FORMAT:
        raise ContentError(path, f'not a studyapp bank (expected "format": "{BANK_FORMAT}")')
    version = data.get("version")
    if isinstance(version, bool) or version != BANK_VERSION:
        raise ContentError(path, f"unsupported bank version {data.get('version')!r} (this app reads {BANK_VERSION})")
    sources = []
    for i, s in enumerate(r.get(data, "sources", list, "bank")):
        where = f"sources[{i}]"
        if not isinstance(s, dict):
            raise r.fail(where, "must be an object")
        passages = [
            PassageRecord(
                r.get(p, "id", str, pw),
                r.get(p, "index", int, pw),
                r.get(p, "start", int, pw),
                r.get(p, "end", int, pw),
                r.get(p, "role", str, pw),
            )
            for pw, p in r.objects(r.get(s, "passages", list, where), f"{where}.passages")
        ]
        notes = r.get(s, "notes", dict, where)
        sources.append(
            SourceRecord(
                id=r.get(s, "id", str, where),
                path=r.get(s, "path", str, where),
                title=r.get(s, "title", str, where),
                author=r.get(s, "author", str, where),
                publisher=r.get(s, "publisher", str, where),
                date=r.get(s, "date", str, where),
                language=r.get(s, "language", str, where),
                url=r.get(s, "url", str, where),
                notes={str(k): str(v) for k, v in notes.items()},
                metadata_inferred=r.get(s, "metadata_inferred", bool, where),
                text=r.get(s, "text", str, where),
                passages=passages,
            )
        )
    questions = []
    for i, q in enumerate(r.get(data, "questions", list, "bank")):
        where = f"questions[{i}]"
        if not isinstance(q, dict):
            raise r.fail(where, "must be an object")
        where = f"question {q.get('id', i)!r}"
        src = r.get(q, "source", dict, where)
        choices = q.get("choices")
        if choices is not None and not (isinstance(choices, list) and all(isinstance(c, str) for c in choices)):
            raise r.fail(where, "field 'choices' must be null or a list of strings")
        questions.append(
            QuestionRecord(
                id=r.get(q, "id", str, where),
                fact_id=r.get(q, "fact_id", str, where),
                kind=r.get(q, "kind", str, where),
                format=r.get(q, "format", str, where),
                prompt=r.get(q, "prompt", str, where),
                answer=r.get(q, "answer", str, where),
                accepted=r.strings(q, "accepted", where),
                choices=choices,
                source=SourceRef(
                    source_id=r.get(src, "source_id", str, where),
                    passage_id=r.get(src, "passage_id", str, where),
                    quote=r.get(src, "quote", str, where),
                    start=r.get(src, "start", int, where),
                    end=r.get(src, "end", int, where),
                    answer_start=r.get(src, "answer_start", int, where),
                    answer_end=r.get(src, "answer_end", int, where),
                ),
                disagreements=r.records(q, "disagreements", where),
                notes=r.strings(q, "notes", where),
                origin=r.get(q, "origin", str, where),
                also=r.citations(q, where),
                quality=r.get(q, "quality", int, where) if "quality" in q else 100,
                quality_reasons=r.strings(q, "quality_reasons", where) if "quality_reasons" in q else [],
                value=r.value(q, where),
                shows=r.strings(q, "shows", where) if "shows" in q else [],
            )
        )
    return Bank(sources, questions)


MAX_BANK_BYTES = 1024 * 1024 * 1024


def load_bank(path: Path) -> Bank:
    if not path.exists():
        raise ContentError(path, "bank file not found (build it with `studyapp bank build`)")
    raw = read_regular_bytes(path, MAX_BANK_BYTES, "bank file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, f"cannot read bank: not valid UTF-8 (byte {exc.start})") from exc
    return parse_bank(text, path)

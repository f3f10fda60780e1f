"""GIFT (Moodle and other systems): one question per paragraph, with the format's special characters
(~ = # { } : and the backslash) escaped in every text. Multiple choice as {=key ~wrong …}, typed and
blank questions as {=spelling =spelling …}; the general feedback (####) carries the citation."""

from __future__ import annotations

from pathlib import Path

from studyapp.services.exports import Exported, citation_text

SPECIAL = "\\~=#{}:"
BLANK = "_____"


def escape(text: str) -> str:
    out = "".join(f"\\{ch}" if ch in SPECIAL else ch for ch in text)
    return " ".join(out.split())  # a line break ends a GIFT question


def _question(item: Exported) -> str:
    q = item.question
    title = escape(f"{item.position}. {q.prompt[:60]}")
    feedback = escape(f"Answer: {q.answer}. Source: {citation_text(q)}. “{q.citation.quote}”")
    if item.choices:
        body = " ".join(("=" if c == q.answer else "~") + escape(c) for c in item.choices)
    else:
        body = " ".join("=" + escape(a) for a in dict.fromkeys([q.answer, *q.accepted]))
    answers = f"{{{body} ####{feedback}}}"
    if q.format == "cloze" and BLANK in q.prompt:
        before, _, after = q.prompt.partition(BLANK)
        return f"::{title}::{escape(before)} {answers} {escape(after)}".rstrip()
    return f"::{title}::{escape(q.prompt)} {answers}"


def write_gift(items: list[Exported], path: Path, title: str, *, by_source: bool = True) -> int:
    lines = [f"// {escape(title)}: questions exported by studyapp", ""]
    current = None
    for item in items:
        source = item.question.citation.source.title if by_source else title
        if source != current:
            lines += [f"$CATEGORY: $course$/top/studyapp/{source.replace('/', '-')}", ""]
            current = source
        lines += [_question(item), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(items)

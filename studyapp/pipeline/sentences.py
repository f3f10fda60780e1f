"""Sentence spans inside a passage, with absolute offsets into the source text."""

from __future__ import annotations

import re

from studyapp.pipeline.model import Passage, Sentence

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "sr",
    "jr",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "rev",
    "hon",
    "pres",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "no",
    "vol",
    "fig",
    "approx",
    "dept",
    "univ",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
    "a.m",
    "p.m",
    "mt",
    "ft",
}
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Is ``end`` inside a quotation opened in ``text[start:end]`` that closes soon after?"""
    part = text[start:end]
    if part.count("“") > part.count("”"):
        return "”" in text[end : end + 400]
    if part.count('"') % 2 == 1:
        return '"' in text[end : end + 400]
    return False


MAX_SENTENCE_CHARS = 800  # longer runs (a page without full stops) are cut at clause or word bounds


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``MAX_SENTENCE_CHARS``, cut after a ; or , or at a space,
    so that no later stage works on a sentence the length of a page (that made builds quadratic)."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
        cut = cut + 1 if cut > start + MAX_SENTENCE_CHARS // 2 else text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans (start, end); whitespace between them is dropped."""
    return [piece for s, e in _raw_spans(text) for piece in _bounded(text, s, e)]


def _raw_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if end <= start:
            continue
        if not _NEXT_START.match(text, end):
            continue
        long_run = end - start > MAX_SENTENCE_CHARS  # then any full stop ends it: no rescan of a page
        word_m = re.search(r"([\w.]+)[.!?…]+[\"'”’)\]]*$", text[max(start, end - 80) : end])
        if word_m and text[m.start()] == "." and not long_run:
            word = word_m.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        if not long_run and _inside_quote(text, start, end):
            continue  # a quotation of several sentences is one sentence of the article
        spans.append((start, end))
        start = end
        while start < n and text[start].isspace():
            start += 1
    end = len(text.rstrip())
    if start < end:
        spans.append((start, end))
    return spans


def split_sentences(passage: Passage) -> list[Sentence]:
    return [
        Sentence(
            source_id=passage.source_id,
            passage_id=passage.id,
            start=passage.start + s,
            end=passage.start + e,
            text=passage.text[s:e],
        )
        for s, e in sentence_spans(passage.text)
    ]

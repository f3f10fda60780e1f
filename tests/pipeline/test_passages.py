"""Passage splitting and roles on a hand-written news page."""

from __future__ import annotations

import itertools

import pytest

from studyapp.pipeline.model import Passage, Role, Source, SourceMeta
from studyapp.pipeline.passages import split_passages

PAGE = """Harbour Town Votes on New Ferry Route
By Alice Morgan
March 4, 2021
Subscribe to our newsletter for daily updates.
The council of the small harbour town voted on Tuesday to approve a new ferry route, ending a decade of debate.
The ferry leaves the old pier at dawn. (Photo: Reuters)
Crowds gather at the quay | AFP
What happens next?
Officials expect the first crossing before the summer season begins, according to the harbour master.
[1] CNN, "Ferry plan approved", 2021.
[2] BBC News, "Island votes", 2020.
Copyright 2021 Harbour News. All rights reserved.
Leave a Reply
Bob Carter says:
Great news for the town, finally we can get to the mainland without a long drive around the bay.
  I disagree, this will ruin the quiet of the harbour for everyone who lives nearby.
"""


def split(text: str, sid: str = "page") -> list[Passage]:
    return split_passages(Source(id=sid, path=f"{sid}.txt", text=text, meta=SourceMeta("T", "a", "p", "2021")))


def test_roles_of_a_news_page() -> None:
    roles = [(p.text[:25], p.role) for p in split(PAGE)]
    assert [r for _, r in roles] == [
        Role.HEADING,
        Role.BYLINE,
        Role.BYLINE,
        Role.BOILERPLATE,
        Role.BODY,
        Role.CAPTION,
        Role.CAPTION,
        Role.HEADING,
        Role.BODY,
        Role.REFERENCES,
        Role.REFERENCES,
        Role.BOILERPLATE,
        Role.COMMENT,
        Role.COMMENT,
        Role.COMMENT,
        Role.COMMENT,
    ], roles


def test_offsets_ids_and_indexes() -> None:
    ps = split(PAGE)
    for i, p in enumerate(ps):
        assert PAGE[p.start : p.end] == p.text == p.text.strip()
        assert p.index == i and p.id == f"page:p{i:03d}" and p.source_id == "page"
    assert all(a.end < b.start for a, b in itertools.pairwise(ps))


def test_blank_lines_are_skipped_and_crlf_handled() -> None:
    text = (
        "First Heading Line\r\n\r\n   \r\n"
        "A body paragraph that is long enough to be article text, and it ends with a full stop.\r\n"
    )
    ps = split(text)
    assert [p.role for p in ps] == [Role.HEADING, Role.BODY]
    assert all(text[p.start : p.end] == p.text for p in ps)


def test_everything_after_tail_marker_is_not_article() -> None:
    text = (
        "An Ordinary Headline for a Story\n"
        "This is the body of the story, which runs for a couple of clauses and then ends properly.\n"
        "Related Articles\n"
        "This is another long paragraph that belongs to a different story on the site, not this one.\n"
    )
    ps = split(text)
    assert [p.role.yields_facts for p in ps] == [True, True, False, False]


def test_comment_line_starts_comment_section() -> None:
    text = (
        "An Ordinary Headline for a Story\n"
        "This is the body of the story, which runs for a couple of clauses and then ends properly.\n"
        "Pat Lee wrote:\n"
        "I think the story is wrong about the ferry and the council should reconsider the whole plan.\n"
    )
    assert [p.role for p in split(text)][2:] == [Role.COMMENT, Role.COMMENT]


def test_role_yields_facts() -> None:
    assert {r for r in Role if r.yields_facts} == {Role.BODY, Role.HEADING, Role.BYLINE}


def test_a_long_first_line_with_outlet_and_date_is_a_heading_not_body() -> None:
    first = (
        "Harbour council approves the new ferry route after a decade of debate over the old pier and the bay "
        "crossing — Harbour News (Reuters), 2021-03-04"
    )
    text = f"{first}\n\nThe council voted on Tuesday to approve a new ferry route.\n"
    assert [p.role for p in split(text)] == [Role.HEADING, Role.BODY]
    # further down, a line that long without a full stop is still read as text (a list, a quote)
    text = f"Ferry vote\n\nThe council voted.\n\n{first}\n"
    assert [p.role for p in split(text)][-1] == Role.BODY


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        ("Japan to survey disputed isles to advance joint activities", False),
        ("A survey by the newspaper found that 60 percent back the talks.", False),
        ("Few experts subscribe to the view that the talks will succeed.", False),
        ("Please take our short survey about this site.", True),
        ("Subscribe to our newsletter", True),
    ],
)
def test_a_survey_or_subscribe_in_article_text_is_no_site_furniture(line: str, boilerplate: bool) -> None:
    from studyapp.pipeline.passages import looks_like_boilerplate

    assert looks_like_boilerplate(line) == boilerplate


@pytest.mark.parametrize(
    ("line", "role"),
    [
        # a sentence that opens with "By" is article text (its dates were lost as a byline's)
        ("By 1949, the garrison had expelled every fisherman from the island.", Role.BODY),
        ("By August, the troops had left the harbour for good.", Role.BODY),
        ("By Alice Morgan, Times Staff Writer", Role.BYLINE),
        ("By The Associated Press", Role.BYLINE),
    ],
)
def test_a_sentence_opening_with_by_is_no_byline(line: str, role: Role) -> None:
    passages = split(f"Harbour Town Votes on New Ferry Route\n{line}\nThe council voted on Tuesday to approve it.\n")
    assert passages[1].role is role, [(p.role, p.text) for p in passages]

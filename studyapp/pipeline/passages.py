"""Stage 2: split a source into passages with stable ids, offsets and a role.

A passage is one non-blank line (news copy puts one paragraph per line). Its role says
whether it is article text (body, heading, byline) or something around it that must never
produce questions: captions, reference lists, site boilerplate, and reader comments.

The rules are written for English news and analysis pages in general: once an end-of-article
marker appears ("Leave a Reply", "One response to ...", "More in this section", ...), the rest
of the page is comments or site furniture.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.pipeline.model import Passage, Role, Source

_BOILERPLATE = re.compile(
    r"""(?ix)
    \b(?:take|complete|answer|fill\ (?:in|out))\ (?:our|the|a|this)\ (?:short\ |quick\ )?survey\b
    | survey\ (?:below|here)\b | \bsubscribe\b(?!\ to\ (?:the|this|that)\ (?:view|idea|notion|theory|argument))
    | \bnewsletter\b | \bsign\ up\b | ^sign\ up | copyright | ©
    | all\ rights\ reserved | privacy\ policy | terms\ of\ service | terms\ of\ use | recaptcha
    | your\ email\ address | \bmin(?:ute)?s?\ read\b | ^reading\ time\b | download\ now
    | ^disclaimer\b | views\ expressed\ in\ comments | ^share\ (?:this|on)\b | ^follow\ us
    | ^advertisement$ | click\ here | ^home\s*> | \s>\s.*\s>\s | ^article\ printed\ from
    | ^print\ this | prohibited\ to\ reproduce | all\ views\ and\ conclusions\ expressed
    | does\ not\ take\ specific\ political\ positions | delivered\ to\ your\ door
    | acknowledges\ the\ first\ peoples | cookies? | ^\W*(?:facebook|twitter|whatsapp|flipboard|
      linkedin|email|print|reddit)(?:\s+(?:facebook|twitter|whatsapp|flipboard|linkedin|email|
      print|reddit))*\W*$
    | ^(?:support|donate)\b | ^\W{0,3}[A-Za-z]\W{0,3}$ | ^a\+a-$
    """
)
_TAIL_MARKER = re.compile(
    r"""(?ix)^\W*(?:
      leave\ a\ (?:reply|comment) | (?:\d+|one|two|three|no)\ (?:responses?|comments?|replies)\b
    | comments?\W*$ | more\ in\ this\ section | related\ (?:articles?|stories|posts|content)\W*$
    | <?related\b.*> | you\ may\ also\ like | read\ (?:more|next)\W*$ | recommended\ for\ you
    | stay\ up\ to\ date | most\ (?:read|popular)\W*$ | about\ the\ author\W*$
    )"""
)
_COMMENT_LINE = re.compile(r"(?i)^\s*(?:•\s*)?[\w .'-]{1,40}\s+(?:says|said|wrote|replied):\s*$")
_CAPTION = re.compile(
    r"""(?x)
    \((?:Photo|Picture|Image|Credit)s?\b[^)]*\)\s*\.?\s*$
    | ^(?i:photo|picture|image|credit)s?\s*(?::|by\b)
    | \s\|\s*(?:AP|AFP|Reuters|Getty(?:\ Images)?|EPA|PTI|Xinhua|Kyodo|Bloomberg|File|Photo)\b[^|]*$
    """
)
_CREDIT_LINE = re.compile(r"(?i)^(?:photo|picture|image|credit)s?\s*(?::|by\b)")
_REFERENCE = re.compile(r"^\s*\[\d+\]\s+\S")
_BYLINE = re.compile(
    # ("By 1949, the Soviets had …", "By August, the troops …": a sentence that opens with "By", no byline)
    r"""(?x)^(?:By\s+(?:the\s+)?[A-Z](?![^\n]{0,60},\s+(?:the|a|an)\s+[a-z])|Published\b|Updated\b|Posted\b
                |Last\ updated\b)
    | ^(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\s*$
    """
)
_NAME_LINE = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}$")
_ROLE_LINE = re.compile(
    r"(?i)^(?:(?:associate|assistant|senior|visiting|adjunct|distinguished)\s+)?"
    r"(?:professor|lecturer|fellow|researcher|director|editor|analyst|correspondent|reporter)\b.*,"
)
_END_PUNCT = (".", "!", "?", "”", '"', "’", "'", ":", ";", ")")


def looks_like_boilerplate(line: str) -> bool:
    """Site furniture (newsletter prompts, copyright, share buttons...), not article text."""
    flat = line.replace("\xa0", " ")
    return bool(_BOILERPLATE.search(flat) or _TAIL_MARKER.match(flat) or _CAPTION.search(flat))


def _classify_line(line: str, prev: Role | None, prev_text: str) -> Role:
    line = line.replace("\xa0", " ")
    if _REFERENCE.match(line):
        return Role.REFERENCES
    if _CAPTION.search(line):
        return Role.CAPTION
    if _BOILERPLATE.search(line):
        return Role.BOILERPLATE
    if _BYLINE.match(line):
        return Role.BYLINE
    if prev == Role.BYLINE and (_NAME_LINE.match(line) or _ROLE_LINE.match(line)):
        return Role.BYLINE
    if _NAME_LINE.match(line) and _ROLE_LINE.match(prev_text or "x") is None and prev == Role.HEADING:
        return Role.HEADING
    words = line.split()
    if len(words) <= (40 if prev is None else 20) and not line.rstrip().endswith(_END_PUNCT):
        return Role.HEADING  # the first line may be a long headline with its outlet and date
    if len(words) <= 8 and not line.rstrip().endswith("."):
        return Role.HEADING
    if line.rstrip().endswith("?") and len(words) <= 25 and prev in (None, Role.HEADING, Role.BOILERPLATE):
        return Role.HEADING
    return Role.BODY


def split_passages(source: Source) -> list[Passage]:
    passages: list[Passage] = []
    text = source.text
    in_tail = False
    tail_role = Role.BOILERPLATE
    prev: Role | None = None
    prev_text = ""
    pos = 0
    index = 0
    for raw_line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(raw_line)
        stripped = raw_line.strip()
        if not stripped:
            continue
        start = line_start + (len(raw_line) - len(raw_line.lstrip()))
        end = start + len(stripped)
        assert text[start:end] == stripped
        if not in_tail and _TAIL_MARKER.match(stripped.replace("\xa0", " ")):
            in_tail = True
            low = stripped.lower()
            tail_role = Role.COMMENT if ("repl" in low or "respons" in low or "comment" in low) else Role.BOILERPLATE
        flat = stripped.replace("\xa0", " ")
        if in_tail:
            role = tail_role
            if _COMMENT_LINE.match(stripped) or raw_line[:1].isspace():
                role = Role.COMMENT
            elif _BOILERPLATE.search(flat):
                role = Role.BOILERPLATE
        else:
            role = _classify_line(stripped, prev, prev_text)
            if _COMMENT_LINE.match(stripped):
                role = Role.COMMENT
                in_tail, tail_role = True, Role.COMMENT
        if role == Role.CAPTION and _CREDIT_LINE.match(flat) and passages and passages[-1].role == Role.BODY:
            # "PHOTO: Reuters" on its own line credits the picture described just above it.
            passages[-1] = replace(passages[-1], role=Role.CAPTION)
        passages.append(
            Passage(
                id=f"{source.id}:p{index:03d}",
                source_id=source.id,
                index=index,
                start=start,
                end=end,
                role=role,
                text=stripped,
            )
        )
        prev, prev_text = role, stripped
        index += 1
    return passages

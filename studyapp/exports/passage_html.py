"""The source passage as HTML with the quote marked and the answer in bold (text escaped)."""

from __future__ import annotations

import html

from studyapp.services.exports import citation_text
from studyapp.services.views import QuestionView


def passage_html(q: QuestionView) -> str:
    c = q.citation
    text = c.passage_text
    qs, qe = max(0, c.quote_start), min(len(text), c.quote_end)
    a_s, a_e = max(qs, c.answer_start), min(qe, c.answer_end)
    if not (0 <= qs <= qe <= len(text)):
        return html.escape(text)
    inner = (
        html.escape(text[qs:a_s]) + "<b>" + html.escape(text[a_s:a_e]) + "</b>" + html.escape(text[a_e:qe])
        if qs <= a_s <= a_e <= qe
        else html.escape(text[qs:qe])
    )
    return html.escape(text[:qs]) + f"<mark>{inner}</mark>" + html.escape(text[qe:])


def feedback_html(q: QuestionView, accepted: list[str]) -> str:
    """What the back of a card or a quiz's general feedback says: the answer, other accepted
    answers, the passage with the quote marked, and the citation."""
    parts = [f"<p><b>Answer:</b> {html.escape(q.answer)}</p>"]
    if accepted:
        parts.append(f"<p>Also accepted: {html.escape(' / '.join(accepted))}</p>")
    parts.append(f"<blockquote>{passage_html(q)}</blockquote>")
    parts.append(f"<p><small>Source: {html.escape(citation_text(q))}</small></p>")
    return "".join(parts)

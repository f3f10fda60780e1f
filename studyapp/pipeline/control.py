"""Who holds a place: "the Russian-held island of Kunashir", "the Kurils, controlled by Moscow".

:func:`holder_near` reads the words right around a place's name in its sentence and returns the
country that controls or administers it, when the sentence says so plainly. Claims are not
read: two countries claim most disputed places, so "which country claims X?" has two answers.
Capitals stand for their countries ("controlled by Moscow" -> Russia).
"""

from __future__ import annotations

import re

# Country, the adjective news writes before "-held", and the capital that stands for it.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Russia": ("Russian", "Moscow", "Russia"),
    "Japan": ("Japanese", "Tokyo", "Japan"),
    "China": ("Chinese", "Beijing", "China"),
    "Taiwan": ("Taiwanese", "Taipei", "Taiwan"),
    "South Korea": ("South Korean", "Seoul", "South Korea", "Korean"),
    "the Philippines": ("Philippine", "Manila", "the Philippines", "Filipino"),
    "Vietnam": ("Vietnamese", "Hanoi", "Vietnam"),
    "India": ("Indian", "New Delhi", "India"),
    "Pakistan": ("Pakistani", "Islamabad", "Pakistan"),
    "Britain": ("British", "London", "Britain", "the United Kingdom", "the UK"),
    "Argentina": ("Argentine", "Argentinian", "Buenos Aires", "Argentina"),
    "the Soviet Union": ("Soviet", "the Soviet Union", "the USSR"),
    "Denmark": ("Danish", "Copenhagen", "Denmark"),
    "Canada": ("Canadian", "Ottawa", "Canada"),
    "Guyana": ("Guyanese", "Georgetown", "Guyana"),
    "Venezuela": ("Venezuelan", "Caracas", "Venezuela"),
    "Malaysia": ("Malaysian", "Kuala Lumpur", "Malaysia"),
    "Iran": ("Iranian", "Tehran", "Iran"),
    "Morocco": ("Moroccan", "Rabat", "Morocco"),
    "the United States": ("American", "U.S.", "Washington", "the United States"),
}
# Wrong choices when the article names too few countries: the neighbours in the same disputes.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "Russia": ("Japan", "China", "the United States", "South Korea"),
    "Japan": ("Russia", "China", "South Korea", "the United States"),
    "China": ("Taiwan", "Japan", "Vietnam", "the Philippines"),
    "Taiwan": ("China", "Japan", "the Philippines", "Vietnam"),
    "South Korea": ("Japan", "North Korea", "China", "Russia"),
    "the Philippines": ("China", "Vietnam", "Malaysia", "Taiwan"),
    "Vietnam": ("China", "the Philippines", "Malaysia", "Taiwan"),
    "India": ("Pakistan", "China", "Bangladesh", "Nepal"),
    "Pakistan": ("India", "China", "Afghanistan", "Bangladesh"),
    "Britain": ("Argentina", "Chile", "Spain", "the United States"),
    "Argentina": ("Britain", "Chile", "Uruguay", "Spain"),
    "Denmark": ("Canada", "Norway", "Iceland", "the United States"),
    "Canada": ("Denmark", "the United States", "Norway", "Iceland"),
    "Guyana": ("Venezuela", "Suriname", "Brazil", "Colombia"),
    "Venezuela": ("Guyana", "Colombia", "Brazil", "Suriname"),
    "Malaysia": ("Indonesia", "the Philippines", "Brunei", "Vietnam"),
    "Iran": ("the United Arab Emirates", "Saudi Arabia", "Oman", "Qatar"),
    "Morocco": ("Algeria", "Mauritania", "Spain", "Tunisia"),
}
# One country under another name: never offered beside it as a wrong choice.
SAME_HOLDER = {frozenset({"Russia", "the Soviet Union"})}

_WORDS = {w: country for country, words in _COUNTRIES.items() for w in words}
_WORD = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
_HELD = r"(?:held|controlled|administered|occupied|run)"
# "the Russian-held island of", "Japanese-administered", "Russia-controlled"
_BEFORE = re.compile(rf"\b(?P<c>{_WORD})-{_HELD}\s+(?:(?:island|islands|islets?|group)\s+of\s+|the\s+)?$")
# ", which Russia controls", "controlled by Moscow", ", which lie north of Hokkaido, have been held by Russia"
_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?,?\s*(?:which\s+[^,;]{{0,90}},\s*)?"
    rf"(?:(?:which|that)\s+(?:are|is|have\s+been|has\s+been|were|was)\s+|(?:are|is|have\s+been|has\s+been)\s+|now\s+)?"
    rf"(?:(?:firmly|effectively|currently|still)\s+)?{_HELD}\s+by\s+(?P<c>{_WORD})\b"
)


def holder_near(sentence: str, start: int, end: int, island: bool = True) -> tuple[str, int, int] | None:
    """The country the sentence says controls the place written at ``sentence[start:end]``, with
    where the sentence names it (it may write "Moscow" or "Russian").

    "Russian-held" before a name is read for an island only: "Indian-administered Kashmir" is
    the part of a divided region that India holds, not the whole of it."""
    lead = max(0, start - 60)
    m = _BEFORE.search(sentence[lead:start])
    if m and island:
        return _WORDS[m.group("c")], lead + m.start("c"), lead + m.end("c")
    m = _AFTER.match(sentence[end : end + 200])
    if m:
        return _WORDS[m.group("c")], end + m.start("c"), end + m.end("c")
    return None


def countries_in(text: str) -> list[str]:
    """The countries a text names, in order of first mention."""
    found = [_WORDS[m.group(0)] for m in re.finditer(rf"\b(?:{_WORD})\b", text)]
    return list(dict.fromkeys(found))


def names_of(country: str) -> list[str]:
    """The country's own names ("Britain", "the United Kingdom"), without adjectives or capitals."""
    return [
        country,
        *(w for w in _COUNTRIES.get(country, ()) if w != country and (w.startswith("the ") or w == "Britain")),
    ]


def same_holder(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in SAME_HOLDER

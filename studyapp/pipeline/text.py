"""Small text helpers shared by the question-writing stages."""

from __future__ import annotations

import functools
import re
import unicodedata

# A day of the week, for the patterns that leave it out or read past it.
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# " on Monday", " last Friday morning" after a word: when, against the article's date, which a
# question leaves out ("the landing on the islet on Monday was regrettable")
WEEKDAY_PHRASE = re.compile(rf"(?<=\w)\s+(?:on\s+|last\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b")


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Comparison key: case, accents, punctuation, dashes and spacing do not matter."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'‘`]s\b", "s", text.casefold())
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def with_article(phrase: str) -> str:
    """ "associate professor at X" -> "an associate professor at X" (unless it has one)."""
    if re.match(r"(?i)(?:an?|the)\s", phrase) or re.match(r"\S+[’']s\s", phrase):
        return phrase  # "Japan's foreign minister" needs no article
    if re.match(
        r"(?i)(?:(?:acting|interim)\s+)?(?:head|chief|director|chair(?:man|woman)?|president|secretary|governor|mayor|dean|"
        r"minister|ambassador|commander|spokes(?:man|woman|person))\s+(?:of|for)\b",
        phrase,
    ):
        return f"the {phrase}"
    if re.match(r"[A-Z][a-z]+\s+[A-Z]", phrase) and not phrase.startswith("Former"):
        return f"the {phrase}"  # a named office: "the Russian Foreign Minister"
    article = "an" if re.match(r"(?i)[aeio]|u(?![sn]\b|ni)", phrase) else "a"
    return f"{article} {phrase}"


def tame_caps(text: str) -> str:
    """ "JAPAN'S Foreign Minister" -> "Japan's Foreign Minister" (a shouting word from a lead)."""
    return re.sub(
        r"\b([A-Z])([A-Z]{2,})(['’]S)?\b", lambda m: m.group(1) + m.group(2).lower() + (m.group(3) or "").lower(), text
    )


def the_name(name: str) -> str:
    """ "Northern Territories" -> "the Northern Territories"; "Iturup" stays as it is; "Senkaku
    islands", as some articles write it, is the proper name "the Senkaku Islands"."""
    name = re.sub(
        r"\b([A-Z][a-z][\w’'-]*\s+)(islands|isles|islets)$", lambda m: m.group(1) + m.group(2).capitalize(), name
    )
    if re.match(r"(?i)the\s", name):
        return name
    if re.search(r"(?:[Ii]slands|[Ii]sles|[Ii]slets|Territories|Kurils|Kuriles|[Rr]ocks|Heights)$", name) or re.match(
        r"(?i)(?:southern|northern|south|north)\s", name
    ):
        return f"the {name}"
    return name


# Landforms a disputed place may be ("the peninsula", "the reef"): a back reference when left unnamed.
LANDFORMS = r"peninsula|enclave|atoll|valley|plateau|strait|reef|shoal|triangle"


def in_title_case(line: str) -> bool:
    """Is ``line`` a headline in title case ("Thai Resort Island at the Center of a Dispute"), where a
    capital says nothing of a name? Most of its longer words are capitalised."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)

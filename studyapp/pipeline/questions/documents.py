"""How a question names a document, and whether the name says which one: "the Treaty of Paris" and "the
London Protocol" (a capital where many were signed), "the Quintuple Treaty" (how many signed it), "the
Boundary Treaty" (common words alone); and one key for a document however the articles word it, with the
parties its name gives ("the Joint Soviet-Japanese Declaration" is "the Joint Declaration" of two sides)."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from studyapp.pipeline.control import capital_country, country_of_word, is_country, is_country_adjective

# The kinds of document a question dates by its signing
DOCUMENT_KINDS = frozenset(
    ("declaration", "treaty", "agreement", "accord", "pact", "communique", "communiqué", "convention")
) | {"protocol", "memorandum"}

# "the Algiers peace accord": a document called by the city it was made in, the kind in lower case
_CITY_KIND_DOCUMENT = re.compile(
    r"the\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+\s+){0,2}"
    r"(?:accords?|agreements?|declaration|treaty|protocol|communiqu[eé]|pact)$"
)


def city_of_lower_case_document(event: str) -> str | None:
    """The city of "the Algiers peace accord" (the kind in lower case: the accord made there, no name), or None."""
    m = _CITY_KIND_DOCUMENT.match(event)
    return m.group("city") if m is not None else None


# "the Treaty of Paris", "the London Protocol": a document named by the city it was signed in and nothing else
_CITY_DOCUMENT = re.compile(
    r"\bthe\s+(?:(?:[Pp]eace\s+)?(?:[Tt]reaty|[Cc]onvention|[Pp]rotocol|[Pp]eace)\s+of\s+(?P<city>[A-Z][\w’'-]+)"
    r"(?!\s+(?:and\s+)?[A-Z])|(?P<city_first>[A-Z][\w’'-]+)\s+(?:Peace\s+)?(?:Treaty|Convention|Protocol)\b)"
)


def capital_named_document(text: str) -> str | None:
    """The first document in ``text`` named only by a capital where many were signed ("the Treaty of Paris",
    "the London Protocol": 1828, 1829, 1830, 1852 …, a blind review of sets 224-225 failed its year as
    naming none), or None; "the Treaty of Shimoda" and "the Japan–Russia Tokyo Declaration" name one."""
    for m in _CITY_DOCUMENT.finditer(text):
        if capital_country(m.group("city") or m.group("city_first")):
            return m.group(0)
    return None


# "the Quintuple Treaty", "the Tripartite Pact": a document named by how many signed it (1839 and 1841 each had
# a Quintuple Treaty; a blind review of sets 232-233 failed its year as naming no one treaty)
_COUNTED_PARTIES_DOCUMENT = re.compile(
    r"\bthe\s+(?:Dual|Triple|Tripartite|Trilateral|Quadruple|Quadripartite|Quadrilateral|Quintuple|"
    r"(?:Four|Five|Nine)[- ]Power)\s+(?:Treaty|Pact|Alliance|Agreement|Declaration|Convention|Accord|Entente)\b"
)


_DOCUMENT_NAME = re.compile(
    r"\bthe\s+(?P<name>(?:[A-Z][\w’'–-]*\s+){0,4}(?:Treaty|Agreement|Accord|Declaration|Convention|Protocol|Pact|"
    r"Communiqu[eé])(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:(?:\s+|,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]*){0,4})?)"
)
# Common words a document's name is made of ("the Boundary Treaty", "the Joint Declaration"): no one document
_GENERIC_NAME_WORDS = frozenset(
    [
        "boundary",
        "border",
        "frontier",
        "peace",
        "friendship",
        "territorial",
        "fisheries",
        "fishery",
        "trade",
        "commerce",
        "navigation",
        "limits",
        "cooperation",
        "co-operation",
        "neutrality",
        "final",
        "basic",
        "framework",
        "general",
        "joint",
        "mutual",
        "defence",
        "defense",
        "security",
        "non-aggression",
        "nonaggression",
        "arbitration",
        "settlement",
        "demarcation",
        "delimitation",
        "armistice",
        "ceasefire",
        "partition",
        "bilateral",
        "economic",
        "comprehensive",
    ]
)


_PARTY_PREFIX = {"Anglo": "Britain", "Franco": "France", "Italo": "Italy", "Russo": "Russia", "Sino": "China"}


def _party(word: str) -> str | None:
    """The country a word of a document's name stands for ("Soviet", "Japan", "Italo"), not a capital
    ("Tokyo" names the Tokyo Declaration, not a party)."""
    if word in _PARTY_PREFIX:
        return _PARTY_PREFIX[word]
    if is_country_adjective(word) or (is_country(word) and capital_country(word) is None):
        return country_of_word(word)
    return None


def document_key(phrase: str) -> tuple[str, frozenset[str]]:
    """A document's name however the articles word it, and the parties its name gives: "the Joint
    Soviet-Japanese Declaration" -> ("joint declaration", {the Soviet Union, Japan}); "the Joint
    Declaration" -> ("joint declaration", {})."""
    words = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).split()
    kept: list[str] = []
    parties: set[str] = set()
    for w in words:
        found = [_party(p) for p in re.split(r"[-–]", w) if p]
        if found and all(found):
            parties.update(c for c in found if c)
        else:
            kept.append(w)
    return " ".join(kept).lower(), frozenset(parties)


_KIND_WORD = r"(?:[Dd]eclaration|[Tt]reaty|[Aa]greement|[Aa]ccord|[Pp]act|[Cc]onvention|[Pp]rotocol|[Cc]ommuniqu[eé])"
_YEAR_NAMED_DOCUMENT = re.compile(
    rf"\bthe\s+(?:(?P<year>(?:1[5-9]|20)\d\d)\s+(?P<name>(?:[\w’'–-]+\s+){{0,3}}?{_KIND_WORD})\b"
    rf"|(?P<name_first>(?:[\w’'–-]+\s+){{0,3}}?{_KIND_WORD})\s+of\s+(?P<year_after>(?:1[5-9]|20)\d\d)\b)"
)


def year_named_documents(text: str) -> list[tuple[str, str]]:
    """(name, year) of each document ``text`` names with its year: "the 1956 joint declaration", "the
    Joint Declaration of 1956" -> ("joint declaration", "1956")."""
    found = []
    for m in _YEAR_NAMED_DOCUMENT.finditer(text):
        name, year = (
            (m.group("name"), m.group("year")) if m.group("year") else (m.group("name_first"), m.group("year_after"))
        )
        found.append((name, year))
    return found


def documents_named(text: str) -> list[str]:
    """The documents ``text`` names with a capital ("the Joint Declaration", "the Treaty of Shimoda")."""
    return [m.group(0) for m in _DOCUMENT_NAME.finditer(text)]


def _common_word(word: str) -> bool:
    """A word of everyday English ("package", "maritime"), as the inflection lexicon knows it; no name
    of a place, person or day ("Potsdam", "Kellogg", "Friday") is in it."""
    return all(getAllLemmas(part) for part in word.split("-") if part)


def is_generic_document(name: str) -> bool:
    """ "the Joint Declaration", "the peace treaty", "the Boundary Treaty", "the Comprehensive Package
    Agreement": a document's kind in common words, with no party, place or year."""
    words = re.findall(r"[\w’'-]+", name.lower())
    return all(
        w in _GENERIC_NAME_WORDS or w in DOCUMENT_KINDS or w in ("the", "a", "an", "of") or _common_word(w)
        for w in words
    )


def generic_document(text: str) -> str | None:
    """The first document in ``text`` named only by common words ("the Boundary Treaty": which one?), or None."""
    return next((name for name in documents_named(text) if is_generic_document(name)), None)


def counted_parties_document(text: str) -> str | None:
    """The first document in ``text`` named only by how many parties signed it, or None."""
    m = _COUNTED_PARTIES_DOCUMENT.search(text)
    return m.group(0) if m is not None else None

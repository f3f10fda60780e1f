"""Island and territory names: a gazetteer of known places plus patterns for unseen ones.

Names are grouped: every spelling of one place (Etorofu / Etorufu / Iturup) is one group.
Unknown names found by pattern ("X Island", "the islands of X and Y", "X/Y" next to a known
name, "known in A as X and in B as Y") join a group when the text pairs them with a known name
or when they are a near spelling (rapidfuzz) of one.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from rapidfuzz import fuzz

# "Russia calls the", "Japan calls them": a side naming a place its own way
SIDE_CALLS = r"(?P<side>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:calls?|names?)\s+(?:them\s+|it\s+)?(?:the\s+)?"


@dataclass
class PlaceGroup:
    name: str
    kind: str
    names: list[str] = field(default_factory=list)
    part_of: str = ""
    region: str = ""  # groups of one region make each other's distractors
    called: dict[str, list[str]] = field(default_factory=dict)  # side -> the names that side uses
    claimants: list[str] = field(default_factory=list)  # every claimant, where more than two claim it

    def side_of(self, name: str) -> str:
        """Which side ("Japan", "Russia") uses ``name``, or "" when the gazetteer does not say."""
        for side, names in self.called.items():
            if name.lower() in (n.lower() for n in names):
                return side
        return ""


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    group: str  # canonical name of the group


_FEATURE = r"(?:Islands?|Isles?|Islets?|Archipelago|Atoll|Peninsula|Shoal|Reef|Rocks|Triangle|Heights|Strip)"
# "Shikotan-to", "Oki-shima": the Japanese word for island joined to the name is the same place
_ISLAND_SUFFIX = r"-(?:to|tō|jima|shima)"
_CAP = r"[A-Z][a-zA-Z’'-]+"
_NAME_WORD = r"(?<![\w-])[A-Z][a-zA-Z’']+"
_NAMED_FEATURE = re.compile(rf"((?:{_NAME_WORD}\s+){{1,3}}{_FEATURE})\b")
_ORG_AFTER = re.compile(
    r"\s+(?:University|Shimbun|Institute|College|Prefecture|Airlines?|Bank|Times|Post|News|Group|"
    r"Company|Corporation|Museum|School|Hospital|Declaration|Treaty|Day)\b"
)
_ISLAND_OF = re.compile(rf"\bislands?\s+of\s+({_CAP})(?:\s*,\s*({_CAP}))*(?:,?\s+and\s+(?:the\s+)?({_CAP}))?")
_SLASH = re.compile(rf"\b({_CAP}(?:\s+{_CAP})?)\s*/\s*({_CAP}(?:\s+{_CAP})?)\b")
_KNOWN_AS = re.compile(
    rf"known\s+(?:in\s+({_CAP})\s+)?as\s+(?:the\s+)?((?:{_CAP}|southern|northern)(?:\s+{_CAP}){{0,3}})"
    rf"(?:\s+in\s+({_CAP}))?\s+and\s+(?:in\s+({_CAP})\s+)?(?:as\s+)?(?:the\s+)?"
    rf"((?:{_CAP}|southern|northern)(?:\s+{_CAP}){{0,3}})(?:\s+in\s+({_CAP}))?"
)
_STOP_CAPS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "And",
    "But",
    "Russia",
    "Japan",
    "China",
    "US",
    "USA",
    "Soviet",
    "Union",
    "Tokyo",
    "Moscow",
    "West",
    "East",
    "Pacific",
    "Asia",
    "Europe",
    "Korea",
    "Russian",
    "Japanese",
    "Chinese",
    "I",
    "Peace",
    "Treaty",
    "War",
    "Both",
}


# The common shape of a nationality word: "Japanese", "Russian", "Korean", "Danish".
DEMONYM_FORM = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|ish)")


def not_a_place(word: str) -> bool:
    """Possessives ("Japan's") and demonyms ("Japanese", "Russian") are not place names."""
    return bool(re.search(r"[’']s?$", word) or DEMONYM_FORM.fullmatch(word))


def _load_gazetteer() -> list[PlaceGroup]:
    data = tomllib.loads(resources.files("studyapp.pipeline").joinpath("data/places.toml").read_text("utf-8"))
    groups = []
    for entry in data["place"]:
        names = [entry["name"], *entry.get("aliases", [])]
        groups.append(
            PlaceGroup(
                entry["name"],
                entry.get("kind", "place"),
                names,
                entry.get("part_of", ""),
                entry.get("region", ""),
                {str(k): list(v) for k, v in entry.get("called", {}).items()},
                list(entry.get("claimants", [])),
            )
        )
    return groups


class Gazetteer:
    """Place groups, looked up by any spelling (case-insensitive)."""

    def __init__(self, groups: list[PlaceGroup] | None = None) -> None:
        self.groups: dict[str, PlaceGroup] = {}
        self._index: dict[str, str] = {}
        for g in groups if groups is not None else _load_gazetteer():
            self.groups[g.name] = g
            for n in g.names:
                self._index.setdefault(n.lower(), g.name)
        self._pattern: re.Pattern[str] | None = None

    def group_of(self, name: str) -> str | None:
        key = name.lower()
        if key in self._index:
            return self._index[key]
        bare = re.sub(rf"^(?:the\s+)|\s+{_FEATURE}$|{_ISLAND_SUFFIX}$", "", name, flags=re.I).lower()
        return self._index.get(bare)

    def add_name(self, name: str, group: str) -> None:
        if name.lower() in self._index:
            return
        self.groups[group].names.append(name)
        self._index[name.lower()] = group
        self._pattern = None

    def new_group(self, name: str, kind: str = "island") -> str:
        if self.group_of(name):
            return self.group_of(name) or name
        # A near spelling of a known name (Etorufu ~ Etorofu) joins that group.
        bare = re.sub(rf"\s+{_FEATURE}$", "", name)
        for known, group in self._index.items():
            if len(bare) >= 6 and known[:1] == bare[:1].lower() and fuzz.ratio(bare.lower(), known) >= 85:
                self.add_name(name, group)
                return group
        self.groups[name] = PlaceGroup(name, kind, [name])
        self._index[name.lower()] = name
        self._pattern = None
        return name

    def names(self, group: str) -> list[str]:
        return list(self.groups[group].names)

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            names = sorted({n for g in self.groups.values() for n in g.names}, key=len, reverse=True)
            alt = "|".join(re.escape(n) for n in names)
            # a hyphen joins words ("Kuril-based"); two make a dash ("islands --Etorofu, …--")
            self._pattern = re.compile(rf"(?<!\w)(?<!(?<!-)-)(?:{alt})(?:{_ISLAND_SUFFIX})?(?!\w)(?!-(?!-))", re.I)
        return self._pattern

    def discover(self, text: str, body: str | None = None) -> None:
        """Learn names that the gazetteer lacks from the patterns in ``text``. With ``body``, ``text`` is
        a headline in title case, where every word is capitalised: "Thai Resort Island" is a feature's
        name there only if the body writes it so too."""
        for m in _KNOWN_AS.finditer(text):
            a, b = m.group(2), m.group(5)
            ga, gb = self.group_of(a), self.group_of(b)
            if ga and not gb:
                self.add_name(b, ga)
            elif gb and not ga:
                self.add_name(a, gb)
        for m in _SLASH.finditer(text):
            a, b = m.group(1), m.group(2)
            ga, gb = self.group_of(a), self.group_of(b)
            if ga and not gb and b not in _STOP_CAPS:
                self.add_name(b, ga)
            elif gb and not ga and a not in _STOP_CAPS:
                self.add_name(a, gb)
        for m in _NAMED_FEATURE.finditer(text):
            name = m.group(1).strip()
            first = name.split()[0]
            if first in _STOP_CAPS or first.lower() in ("islands", "island") or not_a_place(first):
                continue
            tails = [" ".join(name.split()[i:]) for i in range(1, len(name.split()) - 1)]
            if any(self.group_of(tail) for tail in tails):
                continue  # "Russia's Far East Kuril Islands": the Kuril Islands, with words before the name
            if body is not None and not re.search(rf"\b{re.escape(name)}\b", body):
                continue
            self.new_group(name)
        for m in _ISLAND_OF.finditer(text):
            for name in re.findall(_CAP, m.group(0)):
                skip = name in _STOP_CAPS or name.lower() in ("islands", "island", "of", "and", "the")
                if not skip and not not_a_place(name):
                    self.new_group(name)

    def mentions(self, text: str) -> list[PlaceMention]:
        out = []
        for m in self.pattern.finditer(text):
            surface = m.group(0)
            group = self.group_of(surface)
            if group is None:
                continue
            # Case matters for short common words; require a capital letter at the start.
            if not surface[:1].isupper() and not surface.lower().startswith(("southern", "northern")):
                continue
            if _ORG_AFTER.match(text, m.end()):
                continue
            out.append(PlaceMention(m.start(), m.end(), surface, group))
        return out

    def pair_aliases(self, text: str) -> list[tuple[PlaceMention, PlaceMention]]:
        """Pairs of spellings of one place written together: "Iturup/Etorofu", "X (Y)",
        "known in Japan as X and in Russia as Y"."""
        ms = self.mentions(text)
        pairs = []
        for a, b in itertools.pairwise(ms):
            if a.group != b.group or a.surface.lower() == b.surface.lower():
                continue
            between = text[a.end : b.start]
            if (
                re.fullmatch(r"\s*[/(]\s*|\s*,?\s*(?:or|also\s+known\s+as|aka)\s+", between)
                or (
                    re.fullmatch(r"\s*(?:in\s+[A-Z]\w+\s+)?and\s+(?:in\s+[A-Z]\w+\s+)?(?:as\s+)?(?:the\s+)?", between)
                    and re.search(r"\b(?:known|called|referred\s+to)\b[^.]{0,40}$", text[: a.start])
                )
                # "which Russia calls the Southern Kuriles and Japan calls the Northern Territories"
                or (
                    re.fullmatch(rf"\s*,?\s*(?:and|while|whereas)\s+{SIDE_CALLS}", between)
                    and re.search(rf"\b(?:which|that|what)\s+{SIDE_CALLS}$", text[: a.start])
                )
            ):
                pairs.append((a, b))
        return pairs

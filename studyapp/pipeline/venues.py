"""Where two people met: "Abe will host Putin at the hot springs in his ancestral city of Nagato",
"Abe and Putin met in Sochi in May".

Only the words are read here: who hosts whom (or which two meet), whether it is done or still to
come, and every town the clause puts the meeting in ("in Tokyo and in his hometown of Nagato").
Whether those are people and towns, and when it was, the extractor and the question writer decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"

# The helper words of a meeting still to come: "will host", "is to host", "are set to meet"
_AHEAD = r"(?:will|would|(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+|expected\s+)?to|plans?\s+to)\s+"

_HOST = re.compile(
    rf"(?P<host>{_NAME})\s+(?P<aux>{_AHEAD})?(?P<verb>hosted|hosts|host|hosting|welcomed|welcomes|welcome)\s+"
    rf"(?P<guest>{_NAME})\b"
)
_MEET = re.compile(
    rf"(?P<host>{_NAME})\s+and\s+(?P<guest>{_NAME})\s+(?P<aux>{_AHEAD})?"
    r"(?P<verb>met|meet|meets|held\s+(?:talks|a\s+summit)|hold\s+(?:talks|a\s+summit))\b"
)
# "Medvedev met Japanese Prime Minister Naoto Kan on the sidelines of a summit in Yokohama"
_MET_WITH = re.compile(
    rf"(?P<host>{_NAME})\s+(?P<aux>{_AHEAD})?(?P<verb>met|meets|meet|held\s+talks)\s+(?:with\s+)?(?P<guest>{_NAME})\b"
)
# "the informal meeting between Hashimoto and Yeltsin in November in Krasnoyarsk"
_BETWEEN = re.compile(
    rf"\b(?P<aux>(?:upcoming|planned|next|scheduled)\s+(?:[\w-]+\s+){{0,2}})?(?P<verb>meeting|summit|talks)\s+"
    rf"between\s+(?P<host>{_NAME})\s+and\s+(?P<guest>{_NAME})\b"
)

# The place: "in Sochi", "in his hometown of Nagato", "in the resort city of Sochi", "in Japan's Nagato"
_TOWN_NOUN = (
    r"(?:home\s*town|ancestral\s+(?:city|town|home)|home\s+(?:city|town|prefecture|region)|"
    r"native\s+(?:city|town)|(?:[a-z-]+\s+){0,2}(?:city|town|resort|port))"
)
_IN_TOWN = re.compile(
    rf"\bin\s+(?:(?:his|her|their|the)\s+{_TOWN_NOUN}\s+of\s+|[A-Z][a-z]+[’']s\s+)?"
    r"(?P<town>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b(?![’']s|\s+[A-Z])"
)

# What ends the clause the meeting is told in: the place must be in it
_CLAUSE_END = re.compile(
    r"[.;:!?]|,\s+(?:but|while|whereas|although|though|where|which|who)\b|\s+—\s+|"
    r"\s(?:that|which|who|where|when|after|before)\s"  # "talks that ended with a dinner in Hagi": another act's place
)

# Not a meeting that happened or was fixed: "did not host", "could meet", "if Abe hosts"
_NOT_SO = re.compile(r"\b(?:not|never|n[’']t|could|might|may|if|unless|whether|hopes?\s+to|wants?\s+to)\s+$", re.I)


@dataclass(frozen=True)
class Venue:
    host: str  # the host, or the first of the two who met, as written ("Prime Minister Shinzo Abe")
    guest: str  # the guest, or the second
    host_start: int
    meeting: str  # "host" or "meet"
    ahead: bool  # still to come when written ("will host")
    towns: tuple[tuple[str, int, int], ...]  # each town the clause names: (name, start, end)
    end: int  # where the clause's last town ends


def find_venues(sentence: str) -> list[Venue]:
    """Every "X hosted Y in T" and "X and Y met in T" of the sentence, with the towns of its clause."""
    found = []
    for pattern, meeting in ((_HOST, "host"), (_MEET, "meet"), (_MET_WITH, "meet"), (_BETWEEN, "meet")):
        for m in pattern.finditer(sentence):
            if _NOT_SO.search(sentence[: m.start("verb")]):
                continue
            stop = _CLAUSE_END.search(sentence, m.end())
            clause_end = stop.start() if stop else len(sentence)
            towns = tuple(
                (t.group("town"), t.start("town"), t.end("town"))
                for t in _IN_TOWN.finditer(sentence, m.end(), clause_end)
                if t.start() - m.end() <= 60
            )
            if not towns:
                continue
            ahead = bool(m.group("aux")) or m.group("verb") in ("hosts", "host", "hosting", "meets", "meet")
            if pattern is _BETWEEN and not m.group("aux"):
                ahead = bool(re.search(r"\bwill\b", sentence[: m.start()]))
            found.append(
                Venue(
                    host=m.group("host"),
                    guest=m.group("guest"),
                    host_start=m.start("host"),
                    meeting=meeting,
                    ahead=ahead,
                    towns=towns,
                    end=towns[-1][2],
                )
            )
    return found

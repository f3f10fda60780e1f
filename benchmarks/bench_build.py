"""Build-pipeline benchmark: real articles, then synthetic corpora of growing size.

Run from the project root:

    .venv/bin/python benchmarks/bench_build.py

See benchmarks/README.md for what is measured. Figures are written to benchmarks/out/build.json.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing as mp
import pstats
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from studyapp.pipeline.build import build_bank, build_from_sources
from studyapp.pipeline.facts import prepare
from studyapp.pipeline.model import Role, Source, SourceMeta
from studyapp.pipeline.places import Gazetteer
from studyapp.pipeline.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "content" / "sources"
CURATION = ROOT / "content" / "curation.toml"
OUT_DIR = Path(__file__).resolve().parent / "out"
MB = 1_000_000

# ---------------------------------------------------------------------------------------------
# Synthetic corpus
# ---------------------------------------------------------------------------------------------

# People named in the five real articles (longest spelling first so "James D. Brown" wins).
REAL_PEOPLE: tuple[str, ...] = (
    "Jillian Mowbray-Tsutsumi",
    "James D. Brown",
    "James Brown",
    "Donald Trump",
    "Shinzo Abe",
    "Vladimir Putin",
    "Brahma Chellaney",
    "William Courtney",
    "Sourabh Gupta",
    "Georgy Toloraya",
    "Dmitri Streltsov",
    "Peter Drysdale",
    "Shiro Armstrong",
    "Ben Ascione",
    "Ryan Manuel",
    "Amy King",
    "Fumio Kishida",
    "Shigeki Hakamada",
    "Peter Shelakhaev",
    "Sergei Lavrov",
    "Alex Sturmey",
    "Akihiro Iwashita",
)
REPLACEMENT_PEOPLE: tuple[str, ...] = (
    "Maria Okafor",
    "Kenji Morimoto",
    "Elena Sokolova",
    "David Lindqvist",
    "Aiko Tanabe",
    "Viktor Petrenko",
    "Hannah Whitfield",
    "Rahul Menon",
    "Yuki Haraguchi",
    "Oleg Baranov",
    "Grace Holloway",
    "Tomasz Zielinski",
    "Naoko Fujisawa",
    "Samuel Adeyemi",
    "Irina Volkova",
    "Martin Castellanos",
    "Hiroshi Kanda",
    "Sophie Marchetti",
    "Andrei Kuznetsov",
    "Leila Haddad",
    "Takeshi Ogura",
    "Claire Donovan",
    "Pavel Orlov",
    "Mei Lin",
    "Robert Ashdown",
    "Ayumi Sato",
    "Nikolai Dementiev",
    "Laura Bergstrom",
    "Kazuo Ishikawa",
    "Fatima Rahman",
    "Daniel Hartley",
    "Olga Mironova",
    "Sanjay Kapoor",
    "Emiko Nakamura",
    "Felix Brandt",
    "Yuri Sablin",
)
PUBLISHERS: tuple[str, ...] = (
    "East Asia Forum",
    "The Diplomat",
    "Nikkei Asia",
    "Project Syndicate",
    "GaijinPot Blog",
    "The Japan Times",
    "Asia Times",
    "Foreign Policy",
)
# Island groups whose names are swapped for one another (all spellings, via the gazetteer).
_ISLAND_KINDS = {"island", "island group", "island chain"}
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")


@dataclass(frozen=True)
class _Material:
    bodies: list[str]
    headings: list[str]
    titles: list[str]


def _material() -> _Material:
    """Body paragraphs, headings and titles of the real articles, as the pipeline sees them."""
    bodies: list[str] = []
    headings: list[str] = []
    titles: list[str] = []
    for source in load_sources(SOURCES_DIR):
        titles.append(source.meta.title)
        for p in prepare(source).passages:
            if p.role is Role.BODY and len(p.text) >= 60:
                bodies.append(p.text.strip())
            elif p.role is Role.HEADING:
                headings.append(p.text.strip())
    return _Material(bodies, headings, titles)


def _island_groups() -> list[list[str]]:
    groups = [
        g.names for g in Gazetteer().groups.values() if g.kind in _ISLAND_KINDS and all(len(n) >= 4 for n in g.names)
    ]
    return [list(names) for names in groups if names]


def _replacer(mapping: dict[str, str]) -> Callable[[str], str]:
    if not mapping:
        return lambda text: text
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")
    return lambda text: pattern.sub(lambda m: mapping[m.group(0)], text)


def _vary_numbers(text: str, year_shift: int, factor: float) -> str:
    def sub(m: re.Match[str]) -> str:
        raw = m.group(0)
        digits = raw.replace(",", "")
        if "." in digits:
            return f"{float(digits) * factor:.{len(digits.split('.')[1])}f}"
        value = int(digits)
        if len(raw) == 4 and 1800 <= value <= 2099:
            return str(min(value + year_shift, 2030))
        if value <= 31:  # days of the month, small counts: keep (dates must stay valid)
            return raw
        scaled = max(32, round(value * factor))
        return f"{scaled:,}" if "," in raw else str(scaled)

    return _NUMBER.sub(sub, text)


class _ArticleVariant:
    """One article's consistent renaming: people, islands, years and numbers."""

    def __init__(self, rng: random.Random, islands: list[list[str]]) -> None:
        people = list(REPLACEMENT_PEOPLE)
        rng.shuffle(people)
        mapping: dict[str, str] = {}
        surnames: dict[str, str] = {}
        for real, new in zip(REAL_PEOPLE, people, strict=False):
            mapping[real] = new
            surnames.setdefault(real.split()[-1], new.split()[-1])
        for surname, new_surname in surnames.items():
            mapping.setdefault(surname, new_surname)
        # Permute island groups: every spelling of group i becomes a spelling of group perm[i].
        perm = list(range(len(islands)))
        rng.shuffle(perm)
        for i, j in enumerate(perm):
            src, dst = islands[i], islands[j]
            for k, name in enumerate(src):
                mapping.setdefault(name, dst[k % len(dst)])
        self._rename = _replacer(mapping)
        self.year_shift = rng.randint(-6, 6)
        self.factor = rng.choice((0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0))

    def __call__(self, text: str) -> str:
        return _vary_numbers(self._rename(text), self.year_shift, self.factor)


def make_corpus(total_bytes: int, seed: int) -> list[Source]:
    """Deterministic synthetic articles (~8-15 KB each) totalling at least ``total_bytes``.

    Each article is a title, a byline and body paragraphs drawn at random from the real
    articles (with their headings now and then), consistently re-named: people swapped from a
    list, island groups permuted among the gazetteer's spellings, years shifted and counts
    scaled, so extraction meets varied but realistic text.
    """
    rng = random.Random(seed)
    material = _material()
    islands = _island_groups()
    sources: list[Source] = []
    produced = 0
    i = 0
    while produced < total_bytes:
        variant = _ArticleVariant(rng, islands)
        target = rng.randint(8_000, 15_000)
        author = rng.choice(REPLACEMENT_PEOPLE)
        title = variant(rng.choice(material.titles))
        lines = [title, f"By {author}"]
        size = sum(len(x.encode()) + 2 for x in lines)
        order = list(range(len(material.bodies)))
        rng.shuffle(order)
        k = 0
        while size < target:
            if k and k % 5 == 0 and material.headings:
                heading = variant(rng.choice(material.headings))
                lines.append(heading)
                size += len(heading.encode()) + 2
            para = variant(material.bodies[order[k % len(order)]])
            lines.append(para)
            size += len(para.encode()) + 2
            k += 1
        text = "\n\n".join(lines) + "\n"
        year = rng.randint(2015, 2023)
        meta = SourceMeta(
            title=title,
            author=author,
            publisher=rng.choice(PUBLISHERS),
            date=f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )
        sid = f"syn{seed}_{i:05d}"
        sources.append(Source(id=sid, path=f"{sid}.txt", text=text, meta=meta))
        produced += len(text.encode())
        i += 1
    return sources


def corpus_bytes(sources: list[Source]) -> int:
    return sum(len(s.text.encode()) for s in sources)


# ---------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------


def bench_real(runs: int) -> dict[str, Any]:
    curation = CURATION if CURATION.exists() else None
    times: list[float] = []
    json_times: list[float] = []
    questions = 0
    json_chars = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        bank, _report = build_bank(SOURCES_DIR, curation)
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        payload = bank.to_json()
        json_times.append(time.perf_counter() - t0)
        questions, json_chars = len(bank.questions), len(payload)
    input_bytes = sum(p.stat().st_size for p in SOURCES_DIR.glob("*.txt"))
    return {
        "runs": runs,
        "curation": str(curation.relative_to(ROOT)) if curation else None,
        "input_bytes": input_bytes,
        "questions": questions,
        "build_seconds": times,
        "build_min_s": min(times),
        "build_median_s": statistics.median(times),
        "build_target_s": 2.0,
        "build_meets_target": statistics.median(times) < 2.0,
        "to_json_seconds": json_times,
        "to_json_min_s": min(json_times),
        "to_json_median_s": statistics.median(json_times),
        "json_chars": json_chars,
    }


def _scale_child(size_mb: float, seed: int, conn: Connection) -> None:
    sources = make_corpus(int(size_mb * MB), seed)
    nbytes = corpus_bytes(sources)
    t0 = time.perf_counter()
    bank, report = build_from_sources(sources)
    seconds = time.perf_counter() - t0
    conn.send(
        {
            "seconds": seconds,
            "bytes": nbytes,
            "sources": len(sources),
            "questions": len(bank.questions),
            "facts": sum(report.facts_by_kind.values()),
        }
    )
    conn.close()


def _run_scale(size_mb: float, seed: int, timeout: float) -> dict[str, Any] | None:
    """Build one synthetic corpus in a child process; None when it exceeds ``timeout``."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_scale_child, args=(size_mb, seed, child))
    proc.start()
    child.close()
    result: dict[str, Any] | None = None
    if parent.poll(timeout):
        received: dict[str, Any] = parent.recv()
        result = received
    proc.join(5 if result is not None else 0)
    if proc.is_alive():
        proc.terminate()
        proc.join()
    if result is None and proc.exitcode not in (None, 0, -15):
        raise RuntimeError(f"benchmark child for {size_mb} MB failed (exit code {proc.exitcode})")
    return result


def bench_scaling(sizes: list[float], seed: int, budget: float) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    stopped: str | None = None
    timed_out: float | None = None
    for size in sizes:
        if rows:
            last = rows[-1]
            per_mb = last["seconds"] / (last["bytes"] / MB)
            growth = 1.0
            if len(rows) >= 2:
                prev = rows[-2]
                growth = max(1.0, per_mb / (prev["seconds"] / (prev["bytes"] / MB)))
            predicted = per_mb * size * growth
            if predicted > budget:
                stopped = f"skipped {size:g} MB and larger: predicted {predicted:.0f} s > budget {budget:.0f} s"
                break
        print(f"  building {size:g} MB synthetic corpus ...", flush=True)
        result = _run_scale(size, seed, budget)
        if result is None:
            stopped = f"{size:g} MB did not finish within the {budget:.0f} s budget; stopped there"
            timed_out = size
            break
        result["size_mb"] = size
        result["mb_per_s"] = result["bytes"] / MB / result["seconds"]
        result["s_per_mb"] = result["seconds"] / (result["bytes"] / MB)
        rows.append(result)
    out: dict[str, Any] = {"seed": seed, "budget_s": budget, "sizes": rows, "stopped": stopped}
    if rows:
        base = rows[0]["s_per_mb"]
        for r in rows:
            r["per_mb_cost_vs_smallest"] = r["s_per_mb"] / base
        out["linearity_ratio"] = rows[-1]["s_per_mb"] / base
        out["linearity_between_mb"] = [rows[0]["size_mb"], rows[-1]["size_mb"]]
        if timed_out is not None:
            # The size that ran out of time costs at least budget/size seconds per MB.
            out["timed_out_mb"] = timed_out
            out["linearity_ratio_lower_bound"] = budget / timed_out / base
    return out


def profile_build(size_mb: float, seed: int, top: int) -> dict[str, Any]:
    sources = make_corpus(int(size_mb * MB), seed)
    prof = cProfile.Profile()
    prof.enable()
    build_from_sources(sources)
    prof.disable()
    stream = io.StringIO()
    stats = pstats.Stats(prof, stream=stream).sort_stats(pstats.SortKey.CUMULATIVE)
    stats.print_stats(top)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "build_profile.txt").write_text(stream.getvalue(), encoding="utf-8")
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    entries = sorted(raw.items(), key=lambda kv: kv[1][3], reverse=True)[:top]
    return {
        "size_mb": size_mb,
        "top_cumulative": [
            {
                "function": f"{Path(file).name}:{line}({name})",
                "calls": calls,
                "tottime_s": round(tt, 3),
                "cumtime_s": round(ct, 3),
            }
            for (file, line, name), (_cc, calls, tt, ct, _callers) in entries
        ],
    }


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs on the real articles (default 5)")
    ap.add_argument("--sizes", default="1,2,5,10", help="synthetic corpus sizes in MB")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--budget", type=float, default=180.0, help="max seconds for one size")
    ap.add_argument(
        "--profile",
        choices=("auto", "always", "never"),
        default="auto",
        help="cProfile one build (auto: only when per-MB cost grows > 1.5x)",
    )
    ap.add_argument(
        "--profile-mb",
        type=float,
        default=0.5,
        help="corpus size to profile (default 0.5 MB; 2 MB takes many minutes today)",
    )
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]

    print(f"Real articles ({SOURCES_DIR.relative_to(ROOT)}), {args.runs} runs ...", flush=True)
    real = bench_real(args.runs)
    print(f"Synthetic corpora, sizes {sizes} MB, seed {args.seed} ...", flush=True)
    scaling = bench_scaling(sizes, args.seed, args.budget)

    ratio = scaling.get("linearity_ratio")
    bound = scaling.get("linearity_ratio_lower_bound")
    super_linear = max(ratio or 0.0, bound or 0.0) > 1.5
    profile: dict[str, Any] | None = None
    if args.profile == "always" or (args.profile == "auto" and super_linear):
        print(f"Profiling a {args.profile_mb:g} MB build ...", flush=True)
        profile = profile_build(args.profile_mb, args.seed, 25)

    result = {
        "python": sys.version.split()[0],
        "real": real,
        "scaling": scaling,
        "profile": profile,
    }
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "build.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print()
    print(f"Real articles: {real['input_bytes'] / 1000:.1f} KB, {real['questions']} questions")
    print(
        f"  build_bank  min {real['build_min_s']:.3f} s  median {real['build_median_s']:.3f} s"
        f"  (target < 2 s: {'ok' if real['build_meets_target'] else 'MISSED'})"
    )
    print(
        f"  to_json     min {real['to_json_min_s']:.3f} s  median {real['to_json_median_s']:.3f} s"
        f"  ({real['json_chars'] / 1000:.0f} K chars)"
    )
    print()
    print(
        f"{'size':>6} {'bytes':>11} {'sources':>8} {'questions':>10} {'seconds':>9}"
        f" {'MB/s':>7} {'s/MB':>7} {'vs 1st':>7}"
    )
    for r in scaling["sizes"]:
        print(
            f"{r['size_mb']:>4g}MB {r['bytes']:>11,} {r['sources']:>8} {r['questions']:>10,}"
            f" {r['seconds']:>9.2f} {r['mb_per_s']:>7.3f} {r['s_per_mb']:>7.2f}"
            f" {r['per_mb_cost_vs_smallest']:>6.2f}x"
        )
    if ratio is not None:
        lo, hi = scaling["linearity_between_mb"]
        verdict = "super-linear" if ratio > 1.5 else "roughly linear"
        print(f"linearity: per-MB cost at {hi:g} MB / at {lo:g} MB = {ratio:.2f}x ({verdict})")
    if bound is not None:
        print(
            f"linearity: {scaling['timed_out_mb']:g} MB timed out, so its per-MB cost is"
            f" >= {bound:.2f}x that at {scaling['sizes'][0]['size_mb']:g} MB"
        )
    if scaling["stopped"]:
        print(f"note: {scaling['stopped']}")
    if profile is not None:
        print()
        print(f"Top hot spots, {profile['size_mb']:g} MB build (cumulative time):")
        for e in profile["top_cumulative"][:15]:
            print(f"  {e['cumtime_s']:>8.2f} s cum {e['tottime_s']:>8.2f} s own {e['calls']:>9} calls  {e['function']}")
        print(f"(full listing: {(OUT_DIR / 'build_profile.txt').relative_to(ROOT)})")
    print(f"\nwritten {(OUT_DIR / 'build.json').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

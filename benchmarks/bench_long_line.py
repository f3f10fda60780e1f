"""Build time of one article written as a single line (no paragraph breaks, few full stops), from
125 KB to 1 MB: the pipeline must stay linear in the article's size.

    .venv/bin/python benchmarks/bench_long_line.py [--sizes 125,250,500,1000]

The text is made of the course's own vocabulary (dates, islands, people, figures) so that every stage
has work to do. Writes ``benchmarks/out/long_line.json``. Not a test: nothing fails on time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studyapp.pipeline.build import build_bank  # noqa: E402

WORDS = tuple(
    " ".join(
        [
            "Japan Russia Kunashiri Etorofu treaty signed 1956 in December 2016 the islands were 17,000 residents",
            "expelled said Putin Abe Shikotan Habomai on March 3, 2014 about 30 agreements Foreign Minister Sergei",
            "Lavrov professor Shigeki Hakamada of Aoyama Gakuin University argued that",
        ]
    ).split(" ")
)


def article(kilobytes: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < kilobytes * 1024:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return "A very long line\n\n" + " ".join(out) + ".\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="125,250,500,1000", help="article sizes in KB")
    args = ap.parse_args()
    results = []
    for kb in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "sources"
            folder.mkdir()
            (folder / "long.txt").write_text(article(kb), encoding="utf-8")
            start = time.perf_counter()
            bank, _report = build_bank(folder)
            seconds = time.perf_counter() - start
        results.append({"kb": kb, "seconds": round(seconds, 2), "s_per_mb": round(seconds / (kb / 1024), 2),
                        "questions": len(bank.questions)})  # fmt: skip
        print(f"{kb:>5} KB  {seconds:7.2f} s  {seconds / (kb / 1024):6.2f} s/MB  {len(bank.questions)} questions")
    first, last = results[0], results[-1]
    print(f"per-MB cost at {last['kb']} KB / at {first['kb']} KB = {last['s_per_mb'] / first['s_per_mb']:.2f}x")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "long_line.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

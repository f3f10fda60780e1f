"""Typed-answer grading time per answer, on the largest benchmark bank.

    .venv/bin/python benchmarks/bench_grading.py [--questions 100000] [--answers 20000]

Builds the synthetic bank of ``benchmarks/synthetic.py`` (copies of the real questions, with their
answer values), then grades responses from the typed-answer case file (``tests/data``) and variants
of each question's own answer against random questions of the bank, timing each call. Prints and
writes p50 / p95 / p99 / max in ``benchmarks/out/grading.json``. Not a test: nothing fails on time.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import make_bank  # noqa: E402

from studyapp.grading import grade_typed, normalize_answer  # noqa: E402
from studyapp.grading.typed import _strip_place  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--questions", type=int, default=100_000)
    ap.add_argument("--answers", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cold", action="store_true", help="empty the normalisation caches before every answer")
    args = ap.parse_args()
    bank = make_bank(args.questions, args.seed)
    cases = json.loads((ROOT / "tests" / "data" / "typed_answers.json").read_text(encoding="utf-8"))
    by_kind: dict[str, list[str]] = {}
    for r in cases["responses"]:
        by_kind.setdefault(cases["questions"][r["id"]]["kind"], []).append(r["response"])
    rng = random.Random(args.seed)
    timings: list[float] = []
    for _ in range(args.answers):
        q = rng.choice(bank.questions)
        pool = [*by_kind.get(q.kind, []), q.answer, q.answer.lower(), q.answer[:-1], f"the {q.answer}"]
        response = rng.choice(pool)
        if args.cold:
            normalize_answer.cache_clear()
            _strip_place.cache_clear()
        start = time.perf_counter()
        grade_typed(response, q.answer, q.accepted, q.value)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()

    def pct(p: float) -> float:
        return timings[min(len(timings) - 1, int(p * len(timings)))]

    result = {
        "bank_questions": len(bank.questions),
        "caches": "cold" if args.cold else "warm",
        "answers": len(timings),
        "p50_ms": round(statistics.median(timings), 4),
        "p95_ms": round(pct(0.95), 4),
        "p99_ms": round(pct(0.99), 4),
        "max_ms": round(timings[-1], 4),
    }
    print(
        f"grading {result['answers']} answers on a {result['bank_questions']}-question bank: "
        f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, max {result['max_ms']} ms"
    )
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"grading-{result['caches']}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Search-as-you-type latency: p95 query time for 1- to 10-character queries over a big brief.

    python -m benchmarks.bench_search [--n 10000] [--queries 200]

Uses (or makes) an N-article corpus of real wire text (:func:`benchmarks.corpus.real_corpus`),
loads it and builds the brief with the real pipeline, builds the search index, then times
``SearchIndex.search`` on queries of every length from 1 to 10 characters: prefixes of
words and phrases from the articles, a third of the longer ones with a typo (two letters
swapped), as a user types them.  Exits 1 when the overall p95 is above ``--target`` ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from briefing.config.load import load_config
from briefing.ingest.load import load_articles
from briefing.model import Brief
from briefing.pipeline.build import build_brief
from briefing.search import SearchIndex, build_index
from briefing.work import keep_out_of_collector

from .corpus import real_corpus

ROOT = Path(__file__).resolve().parent.parent
LENGTHS = range(1, 11)


def make_queries(brief: Brief, per_length: int, seed: int = 7) -> dict[int, list[str]]:
    """``per_length`` queries of each length 1..10 taken from the brief's own text."""
    rng = random.Random(seed)
    words: list[str] = []
    for a in brief.articles[:2000]:
        words.extend(w for w in a.text.split() if w.isalpha())
    if not words:
        raise ValueError("the brief has no words to make queries from")
    out: dict[int, list[str]] = {}
    for length in LENGTHS:
        qs: list[str] = []
        while len(qs) < per_length:
            i = rng.randrange(len(words))
            phrase = " ".join(words[i:i + 3])
            q = phrase[:length].rstrip()
            if len(q) != length:
                continue
            if length >= 5 and rng.random() < 1 / 3:
                j = rng.randrange(1, length - 2)
                if q[j] != " " and q[j + 1] != " ":
                    q = q[:j] + q[j + 1] + q[j] + q[j + 2:]
            qs.append(q.lower() if rng.random() < 0.5 else q)
        out[length] = qs
    return out


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def time_queries(index: SearchIndex, queries: dict[int, list[str]]) -> dict[int, list[float]]:
    """Milliseconds per query, by query length."""
    times: dict[int, list[float]] = {}
    for length, qs in queries.items():
        for q in qs:
            t = time.perf_counter()
            index.search(q)
            times.setdefault(length, []).append((time.perf_counter() - t) * 1000)
    return times


def corpus(n: int) -> Path:
    """The same real-text corpus as :mod:`benchmarks.bench_brief` uses for ``n``."""
    return real_corpus(n) / "articles"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles in the brief (default 10000)")
    ap.add_argument("--queries", type=int, default=200, help="queries per length (default 200)")
    ap.add_argument("--target", type=float, default=15.0, help="p95 target in ms (default 15)")
    args = ap.parse_args(argv)

    config = load_config(ROOT / "config.yaml")
    t0 = time.perf_counter()
    articles, problems = load_articles([str(corpus(args.n))], config)
    t1 = time.perf_counter()
    brief = build_brief(articles, config, problems=problems)
    t2 = time.perf_counter()
    index = build_index(brief)
    keep_out_of_collector()  # as the dashboard does once the index is built
    t3 = time.perf_counter()
    print(f"articles {len(brief.articles)}  storylines {len(brief.storylines)}  quotes {len(brief.quotes)}  "
          f"points {sum(len(s.summary) for s in brief.storylines)}")
    print(f"load {t1 - t0:.1f} s  brief {t2 - t1:.1f} s  index {t3 - t2:.2f} s  "
          f"({index.document_count} documents, {index.vocabulary_size} words)")

    queries = make_queries(brief, args.queries)
    time_queries(index, {1: queries[1][:20]})  # warm-up
    times = time_queries(index, queries)
    print(f"{'chars':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for length in LENGTHS:
        ts = times[length]
        print(f"{length:>5} {statistics.median(ts):8.2f} {percentile(ts, 95):8.2f} {max(ts):8.2f}")
    every = [t for ts in times.values() for t in ts]
    p95 = percentile(every, 95)
    ok = p95 <= args.target
    print(f"{'all':>5} {statistics.median(every):8.2f} {p95:8.2f} {max(every):8.2f}   "
          f"p95 {'<=' if ok else '>'} {args.target:g} ms: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Reopening an unchanged corpus: the second open of the same brief comes from the cache.

    python -m benchmarks.bench_reopen [--n 10000]

Uses (or makes) the real-text corpus of :func:`benchmarks.corpus.real_corpus`, points the cache at
an empty folder, builds the brief once through ``briefing.pipeline.reopen.open_brief`` and then opens
it again; prints both times.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from .corpus import real_corpus


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--target", type=float, default=2.0)
    args = p.parse_args(argv)
    corpus = real_corpus(args.n, args.seed)
    with tempfile.TemporaryDirectory() as cache_home:
        os.environ["XDG_CACHE_HOME"] = cache_home
        from briefing.config.load import load_config
        from briefing.pipeline.reopen import open_brief

        config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
        sources = [str(corpus / "articles")]
        start = time.perf_counter()
        first = open_brief(sources, config)
        built = time.perf_counter() - start
        start = time.perf_counter()
        again = open_brief(sources, config)
        reopened = time.perf_counter() - start
    assert again.articles == first.articles
    print(f"{args.n} articles: first open (build) {built:.2f} s, reopen {reopened:.2f} s (target {args.target} s)")
    return 0 if reopened <= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())

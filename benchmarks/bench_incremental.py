"""Adding articles to a warm corpus: how long the rebuild takes against a cold build.

    python -m benchmarks.bench_incremental [--n 10000] [--add 100]

Copies N - ADD articles of the real-text corpus (:func:`benchmarks.corpus.real_corpus`) into a
temporary folder, builds the brief cold (no cache), builds it again with the cache (warm: every
file parsed and stored), adds ADD articles and builds once more, as ``r`` and ``--watch`` do in the
dashboard.  Prints the three times, best of ``--runs``, and the rebuild as a share of the cold build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from .corpus import real_corpus


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--add", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--target", type=float, default=0.10)
    args = p.parse_args(argv)
    corpus = real_corpus(args.n, args.seed) / "articles"
    files = sorted(corpus.iterdir())
    late = files[len(files) // 2: len(files) // 2 + args.add]  # from the middle: no date order to exploit
    early = [f for f in files if f not in set(late)]
    cold, warm, rebuilt = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
            from briefing.config.load import load_config
            from briefing.pipeline.reopen import open_brief
            from briefing.pipeline.runner import ForkRunner

            config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
            folder = Path(tmp) / "articles"
            folder.mkdir()
            for f in early:
                shutil.copy2(f, folder / f.name)
            sources = [str(folder)]
            start = time.perf_counter()
            open_brief(sources, config, use_cache=False, runner=ForkRunner())
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            open_brief(sources, config, runner=ForkRunner())
            warm.append(time.perf_counter() - start)
            for f in late:
                shutil.copy2(f, folder / f.name)
            start = time.perf_counter()
            brief = open_brief(sources, config, runner=ForkRunner())
            rebuilt.append(time.perf_counter() - start)
            assert len(brief.articles) == len(files), (len(brief.articles), len(files))
    share = min(rebuilt) / min(cold)
    print(f"{len(early)} articles cold {min(cold):.2f} s, warm (filling the cache) {min(warm):.2f} s; "
          f"+{args.add} articles rebuilt in {min(rebuilt):.2f} s = {share:.0%} of the cold build "
          f"(target {args.target:.0%})")
    return 0 if share <= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())

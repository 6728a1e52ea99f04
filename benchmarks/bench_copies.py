"""The copy stage against the peer a user would reach for: datasketch's MinHash LSH.

    pip install datasketch            # the peer; not a dependency of briefing
    python -m benchmarks.bench_copies [--n 10000] [--seed 1] [--threshold 0.5] [--perms 128]

Both run on one core, on the same loaded articles of a real-text corpus
(:func:`benchmarks.corpus.real_corpus`), and are scored on the same truth: pairwise precision
and recall of "these two files are copies of one another".

* briefing: :func:`briefing.dedup.copies.find_duplicates`, serial (what ``export`` does on
  each core, plus the blocking and the copy rule);
* datasketch: a MinHash of each article's word 5-shingles (its text as loaded, lower-cased),
  ``MinHashLSH`` at ``--threshold`` estimated Jaccard similarity, each article queried against
  those indexed before it, every pair the index returns joined (union-find): the usual recipe.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import briefing
from briefing.dedup.copies import find_duplicates
from briefing.dedup.unionfind import UnionFind

from .corpus import families, pair_scores, real_corpus

ROOT = Path(__file__).resolve().parent.parent


def peer(texts: list[str], threshold: float, perms: int) -> tuple[list[int], float]:
    """datasketch's families (each text's family number) and the seconds it took."""
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        raise SystemExit("needs datasketch, the peer it is measured against: .venv/bin/pip install datasketch") from None

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=perms)
    uf = UnionFind(len(texts))
    for i, text in enumerate(texts):
        words = text.lower().split()
        shingles = {" ".join(words[k:k + 5]).encode() for k in range(max(1, len(words) - 4))}
        m = MinHash(num_perm=perms)
        m.update_batch(shingles)
        for j in lsh.query(m):
            uf.union(i, int(j))
        lsh.insert(str(i), m)
    return [uf.find(i) for i in range(len(texts))], time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threshold", type=float, default=0.5)
    p.add_argument("--perms", type=int, default=128)
    args = p.parse_args(argv)
    corpus = real_corpus(args.n, args.seed)
    truth = families(corpus)
    config = briefing.load_config(ROOT / "config.yaml")
    articles, _ = briefing.load_articles([str(corpus / "articles")], config)
    names = [Path(a.path).name for a in articles]

    start = time.perf_counter()
    ours = find_duplicates(articles, config.dedup)
    seconds = time.perf_counter() - start
    p_ours, r_ours = pair_scores({n: a.duplicate_of or a.id for n, a in zip(names, ours)}, truth)
    print(f"briefing   {seconds:6.2f} s  precision {p_ours:.3f}  recall {r_ours:.3f}")

    texts = [a.title + "\n" + a.text for a in articles]
    fams, seconds = peer(texts, args.threshold, args.perms)
    p_peer, r_peer = pair_scores({n: str(f) for n, f in zip(names, fams)}, truth)
    print(f"datasketch {seconds:6.2f} s  precision {p_peer:.3f}  recall {r_peer:.3f}"
          f"  (MinHashLSH, {args.perms} permutations, threshold {args.threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where the copy threshold sits, on real wire text: how much of each text the other holds.

    python -m benchmarks.calibrate [--n 10000] [--seed 1]

On a corpus of :func:`benchmarks.corpus.real_corpus`, for every pair of true copies (planted
re-publications and the wire's own re-issues) and every pair of hard negatives (different
stories made to share boilerplate or background paragraphs, and the wire's templated
look-alikes), prints the spread of the share (per cent) of the shorter story text's five-word
runs found in the longer, the measure ``dedup.article_threshold`` is set on, and how many
pairs of each kind the whole copy rule (:func:`briefing.dedup.copies.is_copy`) calls copies.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import briefing
from briefing.dedup.copies import Fingerprint, fingerprint, is_copy

from .corpus import hard_negatives, real_corpus

ROOT = Path(__file__).resolve().parent.parent


def spread(values: list[float]) -> str:
    v = sorted(values)
    if not v:
        return "none"

    def pick(q: float) -> float:
        return v[min(len(v) - 1, int(q * len(v)))]

    return f"n={len(v)}  min {v[0]:.0f}  p1 {pick(0.01):.0f}  p10 {pick(0.1):.0f}  median {pick(0.5):.0f}  max {v[-1]:.0f}"


def held(a: Fingerprint, b: Fingerprint) -> float:
    short, long_ = (a, b) if a.words <= b.words else (b, a)
    if not short.shingles:
        return 0.0
    return 100.0 * len(set(short.shingles).intersection(long_.shingles)) / len(short.shingles)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    corpus = real_corpus(args.n, args.seed)
    config = briefing.load_config(ROOT / "config.yaml")
    articles, _ = briefing.load_articles([str(corpus / "articles")], config)
    prints = {Path(a.path).name: fingerprint(a, config.dedup) for a in articles}
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    truth = json.loads((corpus / "truth.json").read_text())
    for group, files in truth["groups"].items():
        kind = truth["kinds"].get(group, "planted")
        pairs[f"copies ({kind})"].extend(combinations(sorted(files), 2))
    for kind, a_files, b_files in hard_negatives(corpus):
        pairs[f"not copies ({kind})"].extend((a, b) for a in a_files for b in b_files)
    for label in sorted(pairs):
        found = [(prints[a], prints[b]) for a, b in pairs[label] if a in prints and b in prints]
        called = sum(is_copy(a, b, config.dedup) for a, b in found)
        print(f"{label:32s} held: {spread([held(a, b) for a, b in found])}   called copies: {called}/{len(found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

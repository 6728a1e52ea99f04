"""How alike copies and separately written same-event articles are, to place the threshold.

    python -m benchmarks.calibrate CORPUS_DIR

CORPUS_DIR is a folder made by :mod:`benchmarks.generate`.  For every planted copy (against
its original) and every pair of separately written articles about one event, prints the
spread of rapidfuzz ``fuzz.ratio`` on the story texts that de-duplication compares.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

import briefing
from briefing.dedup.copy_body import copy_body


def spread(values: list[float]) -> str:
    v = sorted(values)
    if not v:
        return "none"
    pick = lambda q: v[min(len(v) - 1, int(q * len(v)))]  # noqa: E731
    return f"n={len(v)} min {v[0]:.1f}  p1 {pick(0.01):.1f}  median {pick(0.5):.1f}  max {v[-1]:.1f}"


def main(argv: list[str] | None = None) -> int:
    corpus = Path((argv or sys.argv[1:])[0])
    manifest = json.loads((corpus / "manifest.json").read_text())
    config = briefing.load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    articles, _ = briefing.load_articles([str(corpus / "articles")], config)
    text = {Path(a.path).name: " ".join(copy_body(a)) for a in articles}
    copies = [fuzz.ratio(text[k], text[v["family"]]) for k, v in manifest.items() if v["family"] != k]
    by_event: dict[int, list[str]] = defaultdict(list)
    for k, v in manifest.items():
        if v["family"] == k:
            by_event[v["event"]].append(k)
    separate = [fuzz.ratio(text[a], text[b]) for names in by_event.values()
                for i, a in enumerate(names) for b in names[i + 1:]]
    print("planted copies vs original:      ", spread(copies))
    print("separate articles, same event:   ", spread(separate))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

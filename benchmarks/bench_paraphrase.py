"""Paraphrase grouping on real news: does "the same report" hold across outlets, and stay
apart across two different events of one kind?

    .venv/bin/python -m benchmarks.bench_paraphrase [../shared/corpora/ecbplus-dev] [--lead N]

ECB+ (dev half in ``../shared``) holds, per topic, articles on two different real events of
the same kind (two earthquakes in Iran, two Oscars hosts announced).  The first ``--lead``
sentences of each article (its lead: what happened) are compared pairwise across articles
of one topic with :func:`briefing.summaries.paraphrase.similarity`, rarity counted over the
topic's lead sentences as a storyline would.  A pair of leads from the same event is a
positive (the leads of two outlets' reports of one event mostly say the same thing, so recall
here is a lower bound); a pair from the topic's two different events is a hard negative.
Prints, for several thresholds, the share of same-event pairs joined (recall) and of joined
pairs that are the same event (precision); the default threshold is marked.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

from briefing.summaries.paraphrase import SAME_REPORT, Rarity, gist, name_stems, similarity
from briefing.text.sentences import split_sentences
from briefing.text.words import words


def leads(path: Path, n: int) -> list[str]:
    """The first ``n`` sentences of the body (the headline line and a date line skipped)."""
    paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    body = [p for p in paras[1:] if not p.lower().startswith(("published", "last updated", "posted"))]
    out: list[str] = []
    for p in body:
        out.extend(s for s in split_sentences(p) if len(s.split()) >= 6)
        if len(out) >= n:
            break
    return out[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default="../shared/corpora/ecbplus-dev")
    ap.add_argument("--lead", type=int, default=1, help="lead sentences per article (default 1)")
    args = ap.parse_args(argv)
    root = Path(args.corpus)
    if not (root / "truth.json").exists():
        raise SystemExit(f"needs {root} (the shared real-text corpora: ECB+ with its truth.json)")
    truth: dict[str, str] = json.loads((root / "truth.json").read_text())
    thresholds = sorted({0.2, 0.25, SAME_REPORT, 0.35, 0.4, 0.5})
    joined_pos = dict.fromkeys(thresholds, 0)
    joined_neg = dict.fromkeys(thresholds, 0)
    positives = 0
    for topic in sorted((root / "topics").iterdir(), key=lambda p: int(p.name)):
        found = [(f.name, s) for f in sorted(topic.glob("*.txt")) for s in leads(f, args.lead)]
        names = name_stems(s for _, s in found)
        items = [(name, truth[name], gist(s, words(s), names)) for name, s in found]  # (file, event, gist)
        rarity = Rarity(g for _, _, g in items)
        for (fa, ea, ga), (fb, eb, gb) in combinations(items, 2):
            if fa == fb:
                continue
            same = ea == eb
            positives += same
            sim = similarity(ga, gb, rarity)
            for t in thresholds:
                if sim >= t:
                    if same:
                        joined_pos[t] += 1
                    else:
                        joined_neg[t] += 1
    print(f"ECB+ leads ({args.lead} per article): {positives} same-event pairs across articles")
    print("threshold  recall  precision  joined")
    for t in thresholds:
        joined = joined_pos[t] + joined_neg[t]
        precision = joined_pos[t] / joined if joined else 1.0
        mark = "  <- default" if t == SAME_REPORT else ""
        print(f"   {t:.2f}    {joined_pos[t] / max(1, positives):.3f}   {precision:.3f}   {joined:6d}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Storylines and sub-stories on real news with known groups.

    .venv/bin/python -m benchmarks.bench_storylines substories [../shared/corpora/ecbplus-dev]
    .venv/bin/python -m benchmarks.bench_storylines beats [--n 1500]

``beats``: a sample of real Reuters wire stories (1987) that carry topic labels, the labels
gathered into eight sections as a newsroom has them (:data:`SECTIONS`: earnings, deals,
money and rates, economy, farm and softs, energy, metals, shipping).  With no storyline
configured, the found storylines are scored: coverage (share of the articles in a found
storyline rather than "Other") and purity (share of a storyline's articles in its commonest
section, over all found storylines; an article with two sections counts for both).  With
``benchmarks/reuters_beats.yaml`` (one storyline per section, a dozen plain terms each, as a
user writes them), the share of articles in no configured storyline and the share of each
section's articles that reach their section's storyline.

``substories``: ECB+ (dev half in ``../shared``) holds, per topic, articles on two different
real events of one kind.  Each topic folder is made into storylines with the default config;
each article is put in the sub-story that holds most of its passages, and the pairs of a
topic's articles put together are compared with the gold events: pairwise precision, recall
and F1, pooled over the topics (and the mean of the topics' F1).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from briefing.config.load import load_config
from briefing.ingest.load import load_articles
from briefing.model import Storyline
from briefing.storylines.assign import assign_storylines

ROOT = Path(__file__).resolve().parent.parent


def article_groups(storylines: tuple[Storyline, ...]) -> dict[str, str]:
    """Each article's sub-story: the one that holds most of its passages."""
    counts: dict[str, Counter[str]] = {}
    for s in storylines:
        for sub in s.substories:
            for p in sub.passages:
                counts.setdefault(p.article, Counter())[f"{s.key}/{sub.label}"] += 1
    return {a: c.most_common(1)[0][0] for a, c in counts.items()}


def pairwise(groups: dict[str, str], gold: dict[str, str]) -> tuple[int, int, int]:
    """(pairs put together that are one event, pairs put together, pairs that are one event)."""
    tp = pred = true = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same = a in groups and b in groups and groups[a] == groups[b]
        tp += same and same_gold
        pred += same
        true += same_gold
    return tp, pred, true


def substories(root: Path, configured: bool, mixed: bool) -> int:
    if not (root / "truth.json").exists():
        raise SystemExit(f"needs {root} (the shared real-text corpora: ECB+ with its truth.json)")
    truth: dict[str, str] = json.loads((root / "truth.json").read_text())
    config = load_config(ROOT / "config.yaml")
    if not configured:
        config = replace(config, storylines=())
    tp = pred = true = 0
    f1s: list[float] = []
    folders = sorted((root / "topics").iterdir(), key=lambda p: int(p.name))
    for topic in ([root / "topics"] if mixed else folders):
        articles, _ = load_articles([str(topic)], config)
        by_name = {a.id: Path(a.path).name for a in articles}
        storylines = assign_storylines(articles, config)
        groups = {by_name[a]: g for a, g in article_groups(storylines).items()}
        gold = {by_name[a.id]: truth[by_name[a.id]] for a in articles}
        t, p, g = pairwise(groups, gold)
        tp, pred, true = tp + t, pred + p, true + g
        prec, rec = t / max(p, 1), t / max(g, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        f1s.append(f1)
        print(f"topic {topic.name:>3}: {len(articles):3d} articles, {len(set(groups.values())):3d} groups,"
              f" P {prec:.2f} R {rec:.2f} F1 {f1:.2f}")
    prec, rec = tp / max(pred, 1), tp / max(true, 1)
    print(f"pooled: precision {prec:.3f} recall {rec:.3f} F1 {2 * prec * rec / max(prec + rec, 1e-9):.3f};"
          f" mean topic F1 {sum(f1s) / len(f1s):.3f}")
    return 0


SECTIONS = {
    "earnings": "earn",
    "deals": "acq",
    "money": "money-fx interest dlr yen dmk stg nzdlr rand money-supply reserves",
    "economy": "gnp cpi ipi wpi jobs trade bop retail income instal-debt lei housing",
    "farm": ("grain wheat corn barley sorghum rice oat rye oilseed soybean veg-oil soy-oil soy-meal palm-oil rapeseed"
             " rape-meal sunseed sun-oil sun-meal groundnut groundnut-oil copra-cake coconut coconut-oil lin-meal"
             " lin-oil linseed meal-feed cornglutenfeed citruspulp tapioca sugar cocoa coffee cotton cotton-oil orange"
             " rubber livestock hog carcass l-cattle lumber tea potato castor-oil f-cattle wool"),
    "energy": "crude nat-gas fuel gas heat jet propane pet-chem naphtha",
    "metals": "gold silver copper alum nickel lead zinc palladium platinum iron-steel strategic-metal tin",
    "shipping": "ship",
}
SECTION_OF = {t: s for s, ts in SECTIONS.items() for t in ts.split()}


def reuters_sample(n: int, seed: int) -> Path:
    """``n`` labelled Reuters stories written once to ``$TMPDIR/briefing-reuters-topics-N-sS``
    (``articles/`` and ``sections.json``)."""
    out = Path(tempfile.gettempdir()) / f"briefing-reuters-topics-{n}-s{seed}"
    if (out / "sections.json").exists():
        return out
    src = ROOT.parent / "shared/corpora/reuters21578/reuters.jsonl.gz"
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["topics"]]
    picked = sorted(random.Random(seed).sample(range(len(rows)), n))
    (out / "articles").mkdir(parents=True, exist_ok=True)
    sections: dict[str, list[str]] = {}
    for i in picked:
        r = rows[i]
        name = f"{r['id']:05d}.txt"
        (out / "articles" / name).write_text(f"{r['title']}\n{r['date'][:10]}\n\n{r['text']}\n", encoding="utf-8")
        sections[name] = sorted({SECTION_OF.get(t, t) for t in r["topics"]})
    (out / "sections.json").write_text(json.dumps(sections))
    return out


def beats(n: int, seed: int) -> int:
    folder = reuters_sample(n, seed)
    sections: dict[str, list[str]] = json.loads((folder / "sections.json").read_text())
    base = load_config(ROOT / "config.yaml")
    articles, _ = load_articles([str(folder / "articles")], replace(base, storylines=()))
    name = {a.id: Path(a.path).name for a in articles if a.duplicate_of is None}
    t = time.perf_counter()
    storylines = assign_storylines(articles, replace(base, storylines=()))
    took = time.perf_counter() - t
    found = [s for s in storylines if s.found]
    held = [a for s in found for a in s.articles]
    pure = sum(Counter(x for a in s.articles for x in sections[name[a]]).most_common(1)[0][1] for s in found)
    print(f"no storylines configured, {len(name)} articles: {len(found)} found storylines, coverage"
          f" {len(set(held)) / len(name):.3f}, purity {pure / max(len(held), 1):.3f}"
          f" (largest {max((len(s.articles) for s in found), default=0)}; grouped in {took:.1f} s)")
    config = load_config(ROOT / "benchmarks/reuters_beats.yaml")
    storylines = assign_storylines(articles, config)
    placed: dict[str, set[str]] = {}
    for s in storylines:
        if s.key in SECTIONS:
            for a in s.articles:
                placed.setdefault(name[a], set()).add(s.key)
    unassigned = sum(1 for f in name.values() if f not in placed)
    print(f"one storyline per section ({', '.join(SECTIONS)}): {unassigned / len(name):.3f} of articles in none")
    for sec in SECTIONS:
        mine = [f for f in name.values() if sec in sections[f]]
        if mine:
            inside = sum(1 for f in mine if sec in placed.get(f, ()))
            print(f"  {sec:9} {len(mine):5d} articles, {inside / len(mine):.3f} in their section's storyline")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("substories")
    s.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/ecbplus-dev"))
    s.add_argument("--configured", action="store_true",
                   help="with the default config's storylines (default: none configured, all found)")
    s.add_argument("--mixed", action="store_true", help="all topics as one feed (default: each topic alone)")
    b = sub.add_parser("beats")
    b.add_argument("--n", type=int, default=1500)
    b.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.what == "beats":
        return beats(args.n, args.seed)
    if args.what == "substories":
        return substories(Path(args.corpus), args.configured, args.mixed)
    return 1


if __name__ == "__main__":
    sys.exit(main())

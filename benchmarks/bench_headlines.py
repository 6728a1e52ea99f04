"""Headlines cut from ledes, measured on real news.

    python -m benchmarks.bench_headlines [--n 1500] [--show 20]

A storyline with no outlet headline that fits is titled by its lede cut to a headline
(:func:`briefing.summaries.headline.cut_to_headline`).  This reads real articles, takes each
one's lede (the first sentence of its first paragraph of a dozen words or more) and cuts it:

* **Reuters** (``../shared/corpora/reuters21578``, N stories): against the wire's own headline,
  the share of the headline's words the cut keeps (recall) and of the cut's words the headline
  has (precision), as unigram and bigram F1 on folded words, beside two plain cuts (the lede's
  first 10 words; its first 14): a cut must keep what the editor kept, not just be short.
* **Multi-News** (``../shared/corpora/multinews-dev``, every article: features and local news, whose
  ledes open on scenes, asides and subordinate clauses): no reference headline, so the cuts are
  checked for the faults a reader sees at once, counted over both corpora:
  - *opener*: the headline is only an opening phrase or clause ("While the rest of us were
    popping champagne ...", "Based on its stunningly preserved remains");
  - *cut off*: it ends on "…" or on a word that needs what follows ("put the onus", "to look",
    "the", "of"), or inside quotation marks or brackets;
  - *long*: more than 16 words.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from briefing.summaries.headline import cut_to_headline
from briefing.text.filler import without_dateline
from briefing.text.sentences import split_sentences
from briefing.text.words import fold

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
_WORD = re.compile(r"[a-z0-9]+(?:['’.][a-z0-9]+)*")
# a headline that is only an opening phrase or clause: it opens on one of these and has no comma
# after which a main clause could stand
_OPENING = frozenset("""after while when as although though because if since until unless before during despite
    in on at with without by for from among amid following based given compared faced asked once upon whether""".split())
# words a headline cannot end on: it would need what follows
_DANGLING = frozenset("""a an the of to in on at by for with from into onto about as than that which who whose and or
    but nor its his her their our my your this these those is are was were be been being has have had will would
    can could may might must shall should do does did not no very""".split())
# verbs that cannot end a headline without their object or complement ("put the onus", "take pictures" stand)
_NEEDS_MORE = frozenset("""look looking put""".split())


def folded_words(text: str) -> list[str]:
    return _WORD.findall(fold(text).lower())


def f1(ours: list[str], theirs: list[str], n: int) -> float:
    def grams(ws: list[str]) -> dict[tuple[str, ...], int]:
        out: dict[tuple[str, ...], int] = {}
        for i in range(len(ws) - n + 1):
            g = tuple(ws[i:i + n])
            out[g] = out.get(g, 0) + 1
        return out

    a, b = grams(ours), grams(theirs)
    hit = sum(min(c, b.get(g, 0)) for g, c in a.items())
    if not hit:
        return 0.0
    p, r = hit / sum(a.values()), hit / sum(b.values())
    return 2 * p * r / (p + r)


def faults(headline: str) -> list[str]:
    """What a reader sees wrong at once in ``headline`` (see the module's doc)."""
    out = []
    ws = headline.split()
    first = ws[0].lower().strip("“\"'‘") if ws else ""
    if first in _OPENING and not re.search(r",\s\S", headline):
        out.append("opener")
    last = ws[-1].lower().strip(",;:") if ws else ""
    quotes = sum(headline.count(q) for q in "“”\"")
    dangling = last in _DANGLING and ws[-1][:1].islower() or last in _NEEDS_MORE
    unclosed = headline.count("(") > headline.count(")") or headline.count("“") > headline.count("”") or (
        "“" not in headline and quotes % 2)
    if headline.endswith("…") or dangling or unclosed:
        out.append("cut off")
    if len(ws) > 16:
        out.append("long")
    return out


def lede(paragraphs: list[str]) -> str:
    for p in paragraphs:
        p = without_dateline(" ".join(p.split()))
        if len(p.split()) >= 12:
            sentences = split_sentences(p)
            if sentences and len(sentences[0].split()) >= 8:
                return sentences[0]
    return ""


def reuters(n: int, seed: int) -> Iterator[tuple[str, str]]:
    """(title, lede) of ``n`` stories of the Reuters corpus, drawn with ``seed``."""
    path = SHARED / "reuters21578" / "reuters.jsonl.gz"
    if not path.exists():
        raise SystemExit(f"needs {path} (the shared real-text corpora)")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        stories = [json.loads(line) for line in f]
    random.Random(seed).shuffle(stories)
    kept = 0
    for s in stories:
        first = lede(s["text"].split("\n\n"))
        if first and s.get("title") and kept < n:
            kept += 1
            yield s["title"], first


def multinews() -> Iterator[str]:
    """The lede of every article of the Multi-News development clusters."""
    root = SHARED / "multinews-dev" / "clusters"
    if not root.exists():
        raise SystemExit(f"needs {root} (the shared real-text corpora)")
    for cluster in sorted(root.iterdir()):
        for doc in sorted(cluster.glob("*.txt")):
            if doc.name in ("reference.txt", "summary.txt"):
                continue
            first = lede([b for b in doc.read_text(encoding="utf-8", errors="replace").split("\n") if b.strip()])
            if first:
                yield first


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=1500, help="Reuters stories read (default 1500)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--show", type=int, default=0, help="print this many faulty headlines of each corpus")
    args = p.parse_args(argv)
    systems = {"cut_to_headline": cut_to_headline,
               "first 10 words": lambda t: " ".join(t.split()[:10]),
               "first 14 words": lambda t: " ".join(t.split()[:14])}
    scores = {k: [0.0, 0.0] for k in systems}
    counted: dict[str, dict[str, int]] = {}
    shown: dict[str, list[str]] = {}
    total = {"Reuters": 0, "Multi-News": 0}
    for title, text in reuters(args.n, args.seed):
        total["Reuters"] += 1
        ref = folded_words(title)
        for name, cut in systems.items():
            ws = folded_words(cut(text))
            scores[name][0] += f1(ws, ref, 1)
            scores[name][1] += f1(ws, ref, 2)
        head = cut_to_headline(text)
        for fault in faults(head):
            counted.setdefault("Reuters", {}).setdefault(fault, 0)
            counted["Reuters"][fault] += 1
            shown.setdefault("Reuters", []).append(f"[{fault}] {head}\n      <- {text}")
    for text in multinews():
        total["Multi-News"] += 1
        head = cut_to_headline(text)
        for fault in faults(head):
            counted.setdefault("Multi-News", {}).setdefault(fault, 0)
            counted["Multi-News"][fault] += 1
            shown.setdefault("Multi-News", []).append(f"[{fault}] {head}\n      <- {text}")
    n = max(total["Reuters"], 1)
    print(f"Reuters, {total['Reuters']} stories: the lede cut to a headline against the wire's headline")
    print(f"  {'system':16s} {'unigram F1':>10s} {'bigram F1':>10s}")
    for name, (u, b) in scores.items():
        print(f"  {name:16s} {100 * u / n:10.1f} {100 * b / n:10.1f}")
    for corpus, count in total.items():
        c = counted.get(corpus, {})
        parts = ", ".join(f"{k} {c.get(k, 0)} ({100 * c.get(k, 0) / max(count, 1):.1f} %)" for k in ("opener", "cut off", "long"))
        print(f"{corpus}, {count} ledes: faults: {parts}")
        for line in shown.get(corpus, [])[:args.show]:
            print("    " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

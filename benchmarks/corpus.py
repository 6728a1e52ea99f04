"""The benchmarks' corpora: real Reuters wire text, never made-up words.

``real_corpus(n)`` builds an N-article corpus with ``../shared/tools/make_scale_corpus.py``
(real stories; planted re-publications; hard negatives that share paragraphs; past the
19,043 real stories, mash-ups of real paragraphs) once into ``$TMPDIR/briefing-reuters-N-sS``
(the folder ``../shared/tools/bench_scale.py`` uses too, so either can reuse the other's), and
``families(corpus)`` reads its answer: which files are copies of one another.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_TOOLS = ROOT.parent / "shared" / "tools"


def real_corpus(n: int, seed: int = 1) -> Path:
    """A folder with ``articles/`` (N files) and ``truth.json``; made once, then reused."""
    folder = Path(tempfile.gettempdir()) / f"briefing-reuters-{n}-s{seed}"
    if not (folder / "truth.json").exists():
        tool = SHARED_TOOLS / "make_scale_corpus.py"
        if not tool.exists():
            raise SystemExit(f"needs {tool} (the shared real-text corpora)")
        print(f"building a {n:,}-article corpus of real wire text in {folder} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(tool), str(n), str(folder), "--seed", str(seed)], check=True,
                       capture_output=True)
    return folder


def families(corpus: Path) -> dict[str, str]:
    """File name -> the name of its copy family (itself when it has no copy), from ``truth.json``."""
    truth = json.loads((corpus / "truth.json").read_text())
    out = {p.name: p.name for p in (corpus / "articles").iterdir()}
    for group, files in truth["groups"].items():
        for f in files:
            out[f] = group
    return out


def hard_negatives(corpus: Path) -> list[tuple[str, list[str], list[str]]]:
    """(kind, files, other files) of the groups that share text and are different stories."""
    truth = json.loads((corpus / "truth.json").read_text())
    return [(h["kind"], h["a"], h["b"]) for h in truth.get("hard_negatives", [])]


def pair_scores(predicted: Mapping[str, str], truth: Mapping[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of "these two articles are copies of one another":
    ``predicted`` and ``truth`` map every file to its family."""

    def pairs(counts: Counter[object]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter((predicted[k], truth[k]) for k in truth))
    said = pairs(Counter(predicted[k] for k in truth))
    real = pairs(Counter(truth.values()))
    return (both / said if said else 1.0), (both / real if real else 1.0)

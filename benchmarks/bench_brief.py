"""Wall time, peak memory and copy precision/recall on real news, dedup alone and whole brief.

    python -m benchmarks.bench_brief --sizes 10000 50000 [--modes dedup claims brief] [--seed 1]

Each size gets a corpus of real Reuters wire text (:func:`benchmarks.corpus.real_corpus`:
planted re-publications, hard negatives, the wire's own re-issues; made once, then reused),
and each measurement runs in a fresh child process, so its peak memory (``ru_maxrss``) is its
own.  The read-and-split floor (a fresh process reading every file and splitting it into
lower-cased words, best of three) is measured in the same run, so the ratio travels between
machines where seconds do not.
"dedup" times ``find_duplicates`` on already loaded articles, "claims" times
``group_claims`` on de-duplicated ones (its peak memory includes de-duplication); "brief" times
``load_articles`` + ``build_brief`` and splits the time by pipeline stage.  CPU time and the
load average are reported beside wall time: on a shared machine wall time also counts waiting.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .corpus import families, pair_scores, real_corpus

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ("import sys,pathlib\nn=0\nfor f in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt')):"
         " n+=len(f.read_text(encoding='utf-8').lower().split())\nprint(n)")


def floor_seconds(articles: Path) -> float:
    """Reading every file and splitting it into words, in a fresh process: best of three."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR, str(articles)], check=True, capture_output=True)
        best = min(best, time.perf_counter() - t)
    return best


def _families(articles: Sequence[object]) -> dict[str, str]:
    return {Path(a.path).name: (a.duplicate_of or a.id) for a in articles}  # type: ignore[attr-defined]


def measure(corpus: Path, mode: str) -> dict[str, object]:
    """Run one measurement in this process (called in a child)."""
    import briefing
    from briefing.dedup.claims import group_claims
    from briefing.dedup.copies import find_duplicates
    from briefing.pipeline.runner import ForkRunner

    config = briefing.load_config(ROOT / "config.yaml")
    truth = families(corpus)
    stages: dict[str, float] = {}
    c_start = time.process_time()
    t0 = time.perf_counter()
    runner = ForkRunner()  # as the command line: every core, where forking is safe
    articles, problems = briefing.load_articles([str(corpus / "articles")], config, runner=runner)
    t_load = time.perf_counter() - t0
    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c0 = time.process_time()
    if mode in ("dedup", "claims"):
        t1 = time.perf_counter()
        c0 = time.process_time()
        out = find_duplicates(articles, config.dedup)
        seconds = time.perf_counter() - t1
        result_articles: Sequence[object] = out
        stages = {"load (not counted)": round(t_load, 2)}
        if mode == "claims":  # claim grouping alone, on the de-duplicated articles
            t1 = time.perf_counter()
            c0 = time.process_time()
            claims = group_claims(out, config)
            seconds = time.perf_counter() - t1
            stages["claims found"] = len(claims.claims)
    else:
        marks: list[tuple[str, float]] = []
        brief = briefing.build_brief(articles, config, problems=problems, runner=runner,
                                     progress=lambda name, _f: marks.append((name, time.perf_counter())))
        seconds = time.perf_counter() - t0
        stages = {"load": round(t_load, 2)}
        for (name, t), (_, t_next) in zip(marks, marks[1:]):
            stages[name] = round(t_next - t, 2)
        result_articles = brief.articles
        if len(brief.articles) != len(articles):
            raise SystemExit(f"brief lost articles: {len(brief.articles)} of {len(articles)}")
    cpu = time.process_time() - c0
    if mode == "brief":  # loading included, and the CPU of its worker processes too
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = time.process_time() - c_start + kids.ru_utime + kids.ru_stime
    precision, recall = pair_scores(_families(result_articles), truth)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": len(articles), "mode": mode, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "load_avg": round(os.getloadavg()[0], 1), "peak_mb": round(peak_mb),
            "loaded_mb": round(loaded_mb),
            "child_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "precision": round(precision, 4), "recall": round(recall, 4),
            "copies_found": sum(1 for a in result_articles if a.duplicate_of),  # type: ignore[attr-defined]
            "copies_true": len(truth) - len(set(truth.values())), "stages": stages}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000])
    p.add_argument("--modes", nargs="+", default=["dedup", "brief"], choices=["dedup", "claims", "brief"])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--one", nargs=2, metavar=("CORPUS", "MODE"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:
        print(json.dumps(measure(Path(args.one[0]), args.one[1])))
        return 0
    rows = []
    for n in args.sizes:
        corpus = real_corpus(n, args.seed)
        floor = floor_seconds(corpus / "articles")
        for mode in args.modes:
            out = subprocess.run([sys.executable, "-m", "benchmarks.bench_brief", "--one", str(corpus), mode],
                                 cwd=ROOT, capture_output=True, text=True)
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return 1
            row = json.loads(out.stdout.strip().splitlines()[-1])
            row["floor"] = round(floor, 2)
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    print("| N | measured | wall s | x floor | CPU s | load avg | peak MB (after loading; largest child) | precision | recall | copies found / true | stages, wall s |")  # noqa: E501 (one pattern or table row, kept whole)
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        st = ", ".join(f"{k} {v}" for k, v in r["stages"].items())
        print(f"| {r['n']} | {r['mode']} | {r['seconds']} | {r['seconds'] / r['floor']:.1f} | {r['cpu_seconds']} | {r['load_avg']} | {r['peak_mb']} ({r['loaded_mb']}; {r['child_peak_mb']}) | {r['precision']} | {r['recall']} "  # noqa: E501 (one pattern or table row, kept whole)
              f"| {r['copies_found']} / {r['copies_true']} | {st} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

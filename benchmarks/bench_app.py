"""Time from starting the dashboard to its first paint with the panes filled.

    python -m benchmarks.bench_app [--sources seeds] [--runs 5] [--size 120x40]

Each run starts a fresh Python process (so imports count, as they do for a user), runs the
app headless with Textual's test driver, and reports the time until the brief is shown and
the panes have rendered it.  Cold runs use an empty article cache; warm runs reuse it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import asyncio, json, sys, time
t0 = float(sys.argv[1])
from briefing.config import load_config
from briefing.tui.app import BriefingApp

async def main() -> None:
    w, h = (int(x) for x in sys.argv[3].split("x"))
    app = BriefingApp(load_config(), sources=[sys.argv[2]])
    async with app.run_test(size=(w, h)) as pilot:
        while app.brief is None:
            await asyncio.sleep(0.005)
        await pilot.pause()  # let the panes render the brief
        filled = time.time() - t0
    print(json.dumps({"filled": filled}))

asyncio.run(main())
"""


def one_run(sources: str, size: str, cache_home: str) -> float:
    env = dict(os.environ, XDG_CACHE_HOME=cache_home)
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", _CHILD, repr(t0), sources, size], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=600, check=True)
    return float(json.loads(out.stdout.strip().splitlines()[-1])["filled"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sources", default="seeds")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--size", default="120x40")
    p.add_argument("--target", type=float, default=1.5, help="seconds; exit 1 when the warm median is above it")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as cache_home:
        cold = one_run(args.sources, args.size, cache_home)
        warm = [one_run(args.sources, args.size, cache_home) for _ in range(args.runs)]
    print(f"sources {args.sources}, {args.size}: first paint with the panes filled: cold {cold:.2f} s, "
          f"warm median {statistics.median(warm):.2f} s, max {max(warm):.2f} s (target {args.target} s)")
    return 0 if statistics.median(warm) <= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())

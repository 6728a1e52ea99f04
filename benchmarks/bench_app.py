"""The dashboard at scale, driven as a user drives it: open, switch storylines, press j fast.

    python -m benchmarks.bench_app --n 10000          # a real-text corpus from ../shared (built once)
    python -m benchmarks.bench_app --sources seeds    # any folder

Each run starts a fresh Python process (imports count, as they do for a user) that runs the
real app headless with Textual's test driver at --size, and reports, from the moment the
process started:

* cold open (an empty cache): when the first storylines are on screen (the loading view
  lists them as soon as the build finds them) and when the dashboard shows every pane filled;
* warm open (the cache filled by the cold run): when the dashboard shows the storylines and
  every pane filled;
* storyline switch: keys 1..N then back, each timed from the key until every pane shows the
  new storyline (the worst and the median);
* j burst: 15 j presses queued at once, timed until the app is idle with every pane on the
  storyline they reach.

Keys are queued as a terminal delivers them (``post_message`` of key events), not one by one
with a wait, so a slow pane shows.  --n builds the corpus with
../shared/tools/make_scale_corpus.py (real Reuters text) into $TMPDIR once
(:func:`benchmarks.corpus.real_corpus`).
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

from .corpus import real_corpus

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import asyncio, json, statistics, sys, time
t0 = float(sys.argv[1])
from textual import events
from briefing.config import load_config
from briefing.tui.app import BriefingApp
from briefing.tui.panes.base import Pane

def now():
    return time.time() - t0

async def until(check, limit=600.0):
    end = time.time() + limit
    while not check():
        if time.time() > end:
            raise SystemExit("timed out")
        await asyncio.sleep(0.002)
    return now()

def settled(app):
    return app.brief is not None and all(p.settled for p in app.query(Pane))

def idle(app):
    return settled(app) and not [w for w in app.workers if not w.is_finished and w.group in ("rows", "load")]

async def main() -> None:
    w, h = (int(x) for x in sys.argv[3].split("x"))
    switches = sys.argv[4] == "1"
    app = BriefingApp(load_config(), sources=[sys.argv[2]])
    out = {}
    async with app.run_test(size=(w, h)) as pilot:
        preview = app.query_one("#loading-preview")
        out["storylines"] = await until(lambda: app.brief is not None or bool(str(preview.content)))
        out["dashboard"] = await until(lambda: settled(app))
        if switches:
            keys = [str(i) for i in range(1, min(9, len(app.brief.storylines)) + 1)]
            times = []
            await pilot.pause()
            await until(lambda: idle(app))
            for key in keys + keys[::-1]:
                start = time.time()
                app.post_message(events.Key(key, key))
                await until(lambda: app.storyline_key == app.storyline_keys()[int(key) - 1] and settled(app))
                times.append(time.time() - start)
            out["switch_max"], out["switch_median"] = max(times), statistics.median(times)
            app.post_message(events.Key("1", "1"))
            await until(lambda: idle(app) and app.storyline_key == app.storyline_keys()[0])
            start = time.time()
            for _ in range(15):
                app.post_message(events.Key("j", "j"))
            last = app.storyline_keys()[min(15, len(app.storyline_keys()) - 1)]
            await until(lambda: app.storyline_key == last and idle(app))
            out["burst"] = time.time() - start
    print(json.dumps(out))

asyncio.run(main())
"""


def one_run(sources: str, size: str, cache_home: str, switches: bool) -> dict[str, float]:
    env = dict(os.environ, XDG_CACHE_HOME=cache_home, XDG_STATE_HOME=cache_home)
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", _CHILD, repr(t0), sources, size, "1" if switches else "0"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"the app run failed: {out.stderr.strip()[-2000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def corpus(n: int) -> str:
    return str(real_corpus(n) / "articles")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sources", help="a folder of articles (default: seeds, or the corpus of --n)")
    p.add_argument("--n", type=int, help="build a real-text corpus of N articles from ../shared and use it")
    p.add_argument("--runs", type=int, default=3, help="warm runs (the cold run is one)")
    p.add_argument("--size", default="120x40")
    args = p.parse_args(argv)
    sources = corpus(args.n) if args.n else (args.sources or "seeds")
    with tempfile.TemporaryDirectory() as cache_home:
        cold = one_run(sources, args.size, cache_home, switches=False)
        warm = [one_run(sources, args.size, cache_home, switches=True) for _ in range(args.runs)]

    def med(key: str) -> float:
        return statistics.median(r[key] for r in warm)

    print(f"sources {sources}, {args.size}, {args.runs} warm runs (seconds from the process start)")
    print(f"  cold open: storylines on screen {cold['storylines']:.2f}, every pane filled {cold['dashboard']:.2f}")
    print(f"  warm open: storylines on screen {med('storylines'):.2f} (max {max(r['storylines'] for r in warm):.2f}),"
          f" every pane filled {med('dashboard'):.2f}")
    print(f"  storyline switch until every pane shows it: median {med('switch_median') * 1000:.0f} ms,"
          f" worst {max(r['switch_max'] for r in warm) * 1000:.0f} ms")
    print(f"  15 quick j presses until idle on the storyline they reach: {med('burst') * 1000:.0f} ms"
          f" (worst {max(r['burst'] for r in warm) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

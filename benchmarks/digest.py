"""The brief of a real-text corpus, byte for byte: a check that a change meant to keep the
brief the same (a restructure, a speed-up) did.

    python -m benchmarks.digest             # compare with benchmarks/digests.json
    python -m benchmarks.digest --update    # after an intended change: store the new digest

Builds a 2,000-article corpus of real Reuters wire text with ../shared/tools/make_scale_corpus.py
(once, into $TMPDIR), runs ``briefing export --no-cache --format json`` on it in a fresh
process, blanks the one field that changes on every run (``generated_at``) and compares the
SHA-256 of the rest (re-written in one layout: the content counts, not how it is laid out)
with the stored one.  Exit status 1 when they differ; then
``--keep FILE`` writes the JSON for a diff against an earlier run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = Path(__file__).with_name("digests.json")
SHARED_TOOLS = ROOT.parent / "shared" / "tools"


def corpus(n: int) -> Path:
    folder = Path(tempfile.gettempdir()) / f"briefing-digest-reuters-{n}"
    if not (folder / "truth.json").exists():
        tool = SHARED_TOOLS / "make_scale_corpus.py"
        if not tool.exists():
            raise SystemExit(f"needs {tool} (the shared real-text corpora)")
        subprocess.run([sys.executable, str(tool), str(n), str(folder)], check=True, capture_output=True)
    return folder / "articles"


def brief_json(articles: Path) -> str:
    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run([sys.executable, "-m", "briefing", "export", "--no-cache", "--sources", str(articles),
                              "--format", "json", "--out", "-"], capture_output=True, text=True, cwd=ROOT,
                             env=dict(os.environ, XDG_CACHE_HOME=cache), timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"export failed: {out.stderr.strip()[-1000:]}")
    brief = json.loads(out.stdout)
    brief["generated_at"] = ""  # the one field that changes on every run
    return json.dumps(brief, ensure_ascii=False, indent=1, sort_keys=True)  # the content, not the layout


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--update", action="store_true", help="store this digest as the expected one")
    p.add_argument("--keep", type=Path, help="write the (normalised) JSON here")
    args = p.parse_args(argv)
    text = brief_json(corpus(args.n))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if args.keep:
        args.keep.write_text(text, encoding="utf-8")
    stored = json.loads(STORE.read_text()) if STORE.exists() else {}
    key = f"reuters-{args.n}"
    if args.update:
        stored[key] = digest
        STORE.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n")
        print(f"{key}: stored {digest}")
        return 0
    if stored.get(key) == digest:
        print(f"{key}: the same brief ({digest[:16]})")
        return 0
    print(f"{key}: a different brief: {digest[:16]}, expected {str(stored.get(key))[:16]}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

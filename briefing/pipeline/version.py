"""The version a cached article or brief was made by: the release number and a digest of the
core's own source, so that a changed analysis (an editable install, a patched package) never
reopens what an older one stored."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .. import __version__

_CORE = Path(__file__).resolve().parent.parent


PARSING = ("ingest/", "text/", "config/", "safe/", "model.py", "errors.py", "work.py")  # what a parse imports


@lru_cache(maxsize=4)
def code_version(scope: tuple[str, ...] | None = None) -> str:
    """``__version__`` and the digest of the core's modules: all of them (the app's own are left
    out: they do not change a brief), or those under ``scope`` (:data:`PARSING` for the article
    cache, so that a change to quotes or summaries does not parse 10,000 files again)."""
    h = hashlib.sha1(__version__.encode())
    for path in sorted(_CORE.rglob("*.py")):
        rel = path.relative_to(_CORE).as_posix()
        if rel.startswith("tui/") or (scope is not None and not rel.startswith(scope)):
            continue
        h.update(rel.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
    for path in sorted(_CORE.rglob("*.yaml")):
        if scope is not None and not path.relative_to(_CORE).as_posix().startswith(scope):
            continue
        h.update(path.relative_to(_CORE).as_posix().encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
    return f"{__version__}+{h.hexdigest()[:12]}"

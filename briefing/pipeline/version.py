"""The version a cached article or brief was made by: the release number and a digest of the
core's own source, so that a changed analysis (an editable install, a patched package) never
reopens what an older one stored."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .. import __version__

_CORE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """``__version__`` and the digest of every module of the core (the app's own are left out:
    they do not change a brief)."""
    h = hashlib.sha1(__version__.encode())
    for path in sorted(_CORE.rglob("*.py")):
        rel = path.relative_to(_CORE).as_posix()
        if rel.startswith("tui/"):
            continue
        h.update(rel.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
    for path in sorted(_CORE.rglob("*.yaml")):
        h.update(path.relative_to(_CORE).as_posix().encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
    return f"{__version__}+{h.hexdigest()[:12]}"

"""Feeds and pages by address: fetched with a timeout, kept on disk, asked again politely.

Every address (``https://...`` in the sources, or a feed an OPML file lists) is fetched
into ``$XDG_CACHE_HOME/briefing/web/`` (:func:`web_cache`): its body, and beside it what the
server said about it (``ETag``, ``Last-Modified``) and when it was fetched.  The next fetch
sends those back (``If-None-Match``, ``If-Modified-Since``), so an unchanged feed costs one
short answer (304) and is read from disk.  When the address cannot be reached (offline, a
timeout, a server error) the copy fetched last is used and a warning says so, with its time;
with no copy the address is reported and skipped, and the other sources still load.

Only ``http`` and ``https`` addresses are fetched, at most :data:`MAX_PARALLEL` at once (in
threads that are all finished before this returns, so the caller may fork afterwards), each
at most the config's file size limit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..text.clean import shown

MAX_PARALLEL = 8
USER_AGENT = "briefing (news brief; feed reader)"
_ADDRESS = re.compile(r"\Ahttps?://[^\s/]+", re.I)


def is_address(source: str) -> bool:
    """Whether a source names a web address (http or https) rather than a file."""
    return _ADDRESS.match(source.strip()) is not None


def web_cache() -> Path:
    """``$XDG_CACHE_HOME/briefing/web``; ``~/.cache`` when the variable is unset or relative."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = str(Path.home() / ".cache")
    return Path(base) / "briefing" / "web"


@dataclass(frozen=True, slots=True)
class Fetched:
    """An address's body on disk (None when there is none), and what to tell the user."""

    url: str
    path: Path | None
    note: str | None = None  # why there is no body, or that an older copy is used
    severity: str = "warning"


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"the server answered {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        exc = exc.reason if isinstance(exc.reason, BaseException) else exc
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    return str(exc) or type(exc).__name__


def fetch(url: str, folder: Path, *, timeout: float, max_bytes: int) -> Fetched:
    """The body of ``url``: fetched again when the server has a newer one, else the copy on disk."""
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    body, meta_path = folder / f"{name}.body", folder / f"{name}.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() and body.exists() else {}
    except (OSError, ValueError):
        meta = {}
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, text/html, */*"}
    if isinstance(meta.get("etag"), str):
        headers["If-None-Match"] = meta["etag"]
    if isinstance(meta.get("last_modified"), str):
        headers["If-Modified-Since"] = meta["last_modified"]
    now = dt.datetime.now().astimezone()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout) as answer:
            data = answer.read(max_bytes + 1)
            if len(data) > max_bytes:
                return Fetched(url, None, f"larger than the limit of {max_bytes // (1024 * 1024) or 1} MB "
                                          "(limits.max_file_mb): skipped", "error")
            _atomic_write(body, data)
            meta = {"url": url, "etag": answer.headers.get("ETag"), "last_modified": answer.headers.get("Last-Modified"),
                    "fetched": now.isoformat(timespec="seconds")}
            _atomic_write(meta_path, json.dumps(meta).encode())
            return Fetched(url, body)
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and body.exists():
            meta["fetched"] = now.isoformat(timespec="seconds")
            _atomic_write(meta_path, json.dumps(meta).encode())
            return Fetched(url, body)
        failure: BaseException = exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        failure = exc
    if body.exists():
        when = str(meta.get("fetched") or "an earlier run")[:16].replace("T", " ")
        return Fetched(url, body, f"cannot fetch ({shown(_reason(failure))}): using the copy fetched {when}")
    return Fetched(url, None, f"cannot fetch: {shown(_reason(failure))}", "error")


def fetch_all(urls: Sequence[str], folder: Path, *, timeout: float, max_bytes: int) -> list[Fetched]:
    """:func:`fetch` for each address, several at once, in the order given."""
    if not urls:
        return []
    with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, len(urls))) as pool:
        return list(pool.map(lambda u: fetch(u, folder, timeout=timeout, max_bytes=max_bytes), urls))

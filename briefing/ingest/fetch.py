"""Feeds and pages by address: fetched with a timeout, kept on disk, asked again politely.

Every address (``https://...`` in the sources, or a feed an OPML file lists) is fetched
into ``$XDG_CACHE_HOME/briefing/web/`` (:func:`web_cache`): its body, and beside it what the
server said about it (``ETag``, ``Last-Modified``) and when it was fetched.  The next fetch
sends those back (``If-None-Match``, ``If-Modified-Since``), so an unchanged feed costs one
short answer (304) and is read from disk.  When the address cannot be reached (offline, a
timeout, a server error) the copy fetched last is used and a warning says so, with its time;
with no copy the address is reported and skipped, and the other sources still load.

Only ``http`` and ``https`` addresses are fetched (and redirects followed only to them), at
most :data:`MAX_PARALLEL` at once (in threads that are all finished before this returns, so
the caller may fork afterwards), each at most the config's file size limit and, from the
request to the last byte, about the timeout (a server that drips its answer is cut off; the
name lookup is the system's).  A body shorter than the server announced is a failed fetch,
never kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import os
import re
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from ..text.clean import shown

MAX_PARALLEL = 8
USER_AGENT = "briefing (news brief; feed reader)"
_ADDRESS = re.compile(r"\Ahttps?://[^\s/]+", re.I)


def is_address(source: str) -> bool:
    """Whether a source names a well-formed web address (http or https) rather than a file."""
    if _ADDRESS.match(source.strip()) is None:
        return False
    try:
        parts = urlsplit(source.strip())
        return bool(parts.hostname) and (parts.port is None or parts.port > 0)
    except ValueError:  # "http://[::1/feed", "http://host:99999/"
        return False


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
        if not isinstance(exc.reason, BaseException):
            return str(exc.reason)
        exc = exc.reason
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    if isinstance(exc, http.client.IncompleteRead):
        return "the answer was cut short"
    return str(exc) or type(exc).__name__


class _WebOnly(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another http or https address (never ftp:, file:, data:)."""

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if not is_address(newurl):
            raise urllib.error.URLError(f"redirected to a non-web address ({newurl.split(':', 1)[0]}:)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Sockets:
    """The connections of one fetch, shut at its deadline (a server dripping its headers or
    its chunk lines holds a single read of the standard library that nothing else stops)."""

    def __init__(self) -> None:
        self.open: list[socket.socket] = []
        self.expired = False
        self.lock = threading.Lock()

    def add(self, sock: socket.socket) -> None:
        with self.lock:
            self.open.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.open:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watched(base: type[http.client.HTTPConnection], sockets: _Sockets) -> type[http.client.HTTPConnection]:
    class Watched(base):  # type: ignore[valid-type,misc]  # (a class made per fetch)
        def connect(self) -> None:
            super().connect()
            sockets.add(self.sock)
    return Watched


class _Watching(urllib.request.AbstractHTTPHandler):
    """Opens its connections through :func:`_watched` (mixed into the http and https handlers)."""

    sockets: _Sockets

    def do_open(self, http_class: Any, req: urllib.request.Request, **kw: Any) -> http.client.HTTPResponse:
        return super().do_open(_watched(http_class, self.sockets), req, **kw)


class _HTTP(_Watching, urllib.request.HTTPHandler):
    pass


class _HTTPS(_Watching, urllib.request.HTTPSHandler):
    pass


def _handlers(sockets: _Sockets) -> list[urllib.request.BaseHandler]:
    out: list[urllib.request.BaseHandler] = []
    for cls in (_HTTP, _HTTPS):
        handler = cls()
        handler.sockets = sockets
        out.append(handler)
    return out


class _TooSlow(Exception):
    pass


class _TooBig(Exception):
    pass


def _read(answer: IO[bytes], deadline: float, max_bytes: int) -> bytes:
    """The whole body, within ``deadline`` (a server dripping a byte at a time is cut off) and
    ``max_bytes``; a body shorter than the server announced is a failed fetch."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _TooSlow()
        read1 = getattr(answer, "read1", None)  # what has come, not waiting for a full chunk
        chunk = read1(64 * 1024) if read1 is not None else answer.read(64 * 1024)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise _TooBig()
        chunks.append(chunk)
    data = b"".join(chunks)
    announced = getattr(answer, "length", None)  # what is left of Content-Length: 0 when all came
    if isinstance(announced, int) and announced > 0:
        raise http.client.IncompleteRead(data, announced)
    return data


def fetch(url: str, folder: Path, *, timeout: float, max_bytes: int) -> Fetched:
    """The body of ``url``: fetched again when the server has a newer one, else the copy on disk.
    The whole fetch takes at most about ``timeout`` seconds (name lookup aside)."""
    if not is_address(url):
        return Fetched(url, None, "not a web address (only http and https are fetched)", "error")
    name = hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    body, meta_path = folder / f"{name}.body", folder / f"{name}.json"
    meta: dict[str, object] = {}
    try:
        if meta_path.exists() and body.exists():
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
            meta = loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        meta = {}
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, text/html, */*"}
    if isinstance(meta.get("etag"), str):
        headers["If-None-Match"] = str(meta["etag"])
    if isinstance(meta.get("last_modified"), str):
        headers["If-Modified-Since"] = str(meta["last_modified"])
    now = dt.datetime.now().astimezone()
    deadline = time.monotonic() + timeout
    sockets = _Sockets()
    alarm = threading.Timer(timeout, sockets.expire)
    alarm.daemon = True
    failure: BaseException
    try:
        folder.mkdir(parents=True, exist_ok=True)
        opener = urllib.request.build_opener(_WebOnly, *_handlers(sockets))
        alarm.start()
        with opener.open(urllib.request.Request(url, headers=headers), timeout=timeout) as answer:
            data = _read(answer, deadline, max_bytes)
            _atomic_write(body, data)
            meta = {"url": url, "etag": answer.headers.get("ETag"), "last_modified": answer.headers.get("Last-Modified"),
                    "fetched": now.isoformat(timespec="seconds")}
            _atomic_write(meta_path, json.dumps(meta).encode())
            return Fetched(url, body)
    except _TooBig:
        return Fetched(url, None, f"larger than the limit of {max_bytes / (1024 * 1024):g} MB "
                                  "(limits.max_file_mb): skipped", "error")
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and body.exists():
            try:
                meta["fetched"] = now.isoformat(timespec="seconds")
                _atomic_write(meta_path, json.dumps(meta).encode())
            except OSError:
                pass
            return Fetched(url, body)
        failure = exc
    except _TooSlow:
        failure = TimeoutError()
    except Exception as exc:  # any failure of the network, the server or the disk: reported, never raised
        failure = TimeoutError() if sockets.expired else exc
    finally:
        alarm.cancel()
        if alarm.is_alive():
            alarm.join()  # no thread outlives the fetch (the caller may fork)
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

"""Turning configured sources (folders, files, globs, web addresses) into the files to read.

A web address, and every feed an OPML file lists, is fetched first
(:mod:`briefing.ingest.fetch`); what is read is the copy on disk, shown under its address."""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..config.schema import Config
from ..errors import SourceError
from ..model import Problem
from ..text.clean import shown
from .decode import Skip, decode, read_bytes
from .feeds import read_opml
from .fetch import fetch_all, is_address, web_cache

FORMATS = (".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm", ".xml", ".rss", ".atom", ".opml")
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # the path to open
    display: str  # the path shown to the user
    key: str  # the stable name the article id is made from (relative to its source)
    url: str | None = None  # the address it was fetched from


def display_path(p: Path) -> str:
    """The path as shown to the user: relative to the working folder when under it, and
    with anything a terminal would act on (escape sequences, control characters) and any byte
    that is not UTF-8 written as an escape (:func:`briefing.text.words.shown`), since a file name is
    as untrusted as the text inside it."""
    shown_path = str(p)
    cwd = os.getcwd()
    prefix = cwd.rstrip(os.sep) + os.sep
    if shown_path.startswith(prefix) and len(shown_path) > len(prefix):
        shown_path = shown_path[len(prefix):]  # the common case, without pathlib's slower relative_to
    elif shown_path == cwd or os.name != "posix":  # (Windows paths compare without case)
        try:
            shown_path = str(p.relative_to(cwd))
        except ValueError:
            pass
    return shown(shown_path)


def _is_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def _stat_source(source: str, config: Config) -> os.stat_result:
    """The source's status; :class:`SourceError` (naming it, escaped) when there is none."""
    path = config.resolve(source)
    try:
        return path.stat()
    except FileNotFoundError:
        looked = display_path(path)
        where = "" if looked == shown(source) else f" (looked for {looked})"
        raise SourceError(f"source not found: {shown(source)}{where}") from None
    except OSError as exc:
        raise SourceError(f"source cannot be read: {shown(source)}: {exc.strerror or exc}") from None


def check_sources(sources: list[str] | tuple[str, ...], config: Config) -> None:
    """Raise :class:`SourceError` for a source (not a glob) that does not exist, as
    :func:`discover` would, without reading any folder."""
    for source in sources:
        if _is_glob(source) or is_address(source):
            continue
        _stat_source(source, config)


Discovered = tuple[list[Found], list[Problem]]  # what discover returns, handed on so it runs once


def discover(sources: list[str] | tuple[str, ...], config: Config, *, fetch: bool = True) -> Discovered:
    """The article files under ``sources``, in a stable order, and what was skipped on the way.

    A source that does not exist raises :class:`SourceError` naming it.  ``fetch=False``: only
    the local files (addresses left out, OPML files listed as they are, nothing fetched).
    """
    found: list[Found] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(path: Path, key: str, real: str | None = None) -> None:
        real = real or os.path.realpath(path)
        if real in seen:
            return
        seen.add(real)
        found.append(Found(path, display_path(path), key))

    addresses: list[tuple[int, str]] = []  # (position in found, address)
    for source in sources:
        if is_address(source):
            if fetch:
                addresses.append((len(found), source.strip()))
            continue
        if _is_glob(source):
            before = len(found)
            _glob(str(config.resolve(source)), add, problems)
            if len(found) == before:
                problems.append(Problem(shown(source), "no files match this pattern", "warning"))
            continue
        path = config.resolve(source)
        st = _stat_source(source, config)
        if stat.S_ISDIR(st.st_mode):
            _walk(path, path, add, problems)
        else:
            _file(path, path.name, add, problems, explicit=True)
    return (_fetched(found, addresses, problems, config) if fetch else found), problems


def _fetched(found: list[Found], addresses: list[tuple[int, str]], problems: list[Problem],
             config: Config) -> list[Found]:
    """``found`` with the OPML files replaced by the feeds they list and the ``addresses`` put in
    their places, all fetched (each shown under its address)."""
    if not addresses and not any(f.path.suffix.lower() == ".opml" for f in found):
        return found
    slots: list[list[Found] | str] = []  # a file, or an address to fetch, in source order
    at = dict(addresses)
    for i, f in enumerate([*found, None]):
        if i in at:
            slots.append(at[i])
        if f is None:
            break
        if f.path.suffix.lower() != ".opml":
            slots.append([f])
            continue
        try:
            listed = read_opml(decode(read_bytes(f.path, config.max_file_bytes))[0])
        except Skip as exc:
            problems.append(Problem(f.display, str(exc)))
            continue
        for url, _ in listed:
            if is_address(url):
                slots.append(url)
            else:  # file:, data:, ftp: ... an OPML file never makes briefing read anything but the web
                problems.append(Problem(f.display, f"lists {shown(url[:80])}: not a web address (only http and "
                                                   "https feeds are read): skipped"))
    urls = list(dict.fromkeys(s for s in slots if isinstance(s, str)))
    got = {r.url: r for r in fetch_all(urls, web_cache(), timeout=config.feed_timeout, max_bytes=config.max_file_bytes)}
    out: list[Found] = []
    for slot in slots:
        if isinstance(slot, list):
            out.extend(slot)
            continue
        r = got.pop(slot, None)
        if r is None:
            continue  # listed twice: read once
        if r.note:
            problems.append(Problem(shown(public_address(slot)), r.note, "error" if r.severity == "error" else "warning"))
        if r.path is not None:
            out.append(Found(r.path, shown(public_address(slot)), address_key(slot), url=slot))
    return out


def public_address(url: str) -> str:
    """An address as it may be shown and exported: without a password or a query string
    (``https://user:secret@host/feed?token=...`` -> ``https://host/feed``)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:  # not well formed: cut at whatever might start a secret
        return re.split(r"[?#@]", url, maxsplit=1)[0]


def address_key(url: str) -> str:
    """The stable name an address's articles are keyed by: the address without its scheme (and
    a digest of its query, which may hold a secret)."""
    key = re.sub(r"\A[a-zA-Z]+://", "", public_address(url)).rstrip("/") or "address"
    query = url.split("?", 1)[1] if "?" in url else ""
    return f"{key}?{hashlib.sha1(query.encode('utf-8', 'replace')).hexdigest()[:8]}" if query else key


def _file(path: Path, key: str, add, problems: list[Problem], *, explicit: bool, real: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """``real``: the file's resolved path, when the caller knows it."""
    if path.name in _IGNORED_NAMES or (path.name.startswith(".") and not explicit):
        return
    if path.suffix.lower() not in FORMATS:
        problems.append(Problem(display_path(path), f"not an article file ({path.suffix or 'no extension'}); "
                                f"readable formats are {', '.join(FORMATS)}", "warning"))
        return
    add(path, key, real)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _glob(pattern: str, add, problems: list[Problem]) -> None:  # type: ignore[no-untyped-def]
    """The files a glob names.  Without ``**`` Python's glob lists the matches (it reads no
    folder below them; a folder it matches is walked as a source).  With ``**`` the folder the
    pattern starts from is walked as a source would be (:func:`_walk`: no recursion, no link
    followed out of it, loops found) and each file is kept if its path matches: Python's own
    recursive glob follows links into loops and recurses as deep as the tree."""
    parts = Path(pattern).parts
    first = next(i for i, p in enumerate(parts) if _is_glob(p))
    if "**" not in parts[first:]:
        for m in sorted(glob.glob(pattern)):
            mp = Path(m)
            if mp.is_dir():
                _walk(mp, mp, add, problems)
            else:
                _file(mp, mp.name, add, problems, explicit=True)
        return
    base = Path(*parts[:first]) if first else Path(".")
    if not base.is_dir():
        return
    wanted = re.compile("/".join(_segment(p) for p in parts[first:]).replace("(?:[^/]*/)*/", "(?:[^/]*/)*") + r"\Z")
    _walk(base, base, add, problems, keep=lambda key: wanted.match(key.replace(os.sep, "/")) is not None)


def _segment(part: str) -> str:
    """One path segment of a glob as a regular expression that never crosses a "/"."""
    if part == "**":
        return "(?:[^/]*/)*"
    out, i = [], 0
    while i < len(part):
        c = part[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[" and "]" in part[i + 2:]:
            end = part.index("]", i + 2)
            body = part[i + 1:end]
            out.append("[" + ("^" + re.escape(body[1:]) if body.startswith("!") else re.escape(body)) + "]")
            i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _walk(root: Path, top: Path, add, problems: list[Problem], keep=None) -> None:  # type: ignore[no-untyped-def]
    """Every article file under ``root``, folder by folder in name order, files before the
    folders beside them.  Iterative (no depth limit but the system's) and linear: each folder
    is listed once and a real path is worked out only for symbolic links.  A link that leads
    outside the source folder is reported and not followed, whether to a folder
    (``inner/up -> ..`` would read the parent's files) or to a file (``notes.txt ->
    /etc/passwd`` would put it in a brief); one back to a folder already read is a loop."""
    root_real = os.path.realpath(root)
    stack: list[tuple[str, str, str]] = [(str(root), root_real, "")]  # (path, its real path, key prefix)
    visited: set[tuple[int, int]] = set()
    while stack:
        here, real_here, rel_here = stack.pop()
        try:
            st = os.stat(here)
            with os.scandir(here) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(display_path(Path(here)), f"cannot read folder: {exc.strerror or exc}"))
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in visited:
            problems.append(Problem(display_path(Path(here)), "symbolic link loop: folder already read, skipped"))
            continue
        visited.add(ident)
        folders: list[tuple[str, str, str]] = []
        for entry in entries:
            name = entry.name
            full = os.path.join(here, name)
            try:
                link = entry.is_symlink()
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                link, is_dir = False, False  # gone since the listing: reading it reports it
            if link:
                if name.startswith(".") or name in _IGNORED_NAMES:
                    continue
                try:
                    is_dir = stat.S_ISDIR(os.stat(full).st_mode)
                except OSError as exc:
                    broken = exc.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR)
                    reason = "broken or looping symbolic link" if broken else f"cannot read: {exc.strerror or exc}"
                    problems.append(Problem(display_path(Path(full)), reason))
                    continue
                real = os.path.realpath(full)
                if not _inside(real, root_real):
                    what = "a folder" if is_dir else "a file"
                    problems.append(Problem(display_path(Path(full)), f"link to {what} outside the source folder "
                                            f"({display_path(Path(real))}): not followed; give it as a source "
                                            "to read it", "warning"))
                    continue
            else:
                real = os.path.join(real_here, name)
            key = os.path.join(rel_here, name) if rel_here else name
            if is_dir:
                if name.startswith("."):
                    continue
                if Path(name).suffix.lower() in FORMATS:
                    problems.append(Problem(display_path(Path(full)), "is a folder named like a file; its contents "
                                            "are read as a folder", "warning"))
                folders.append((full, real, key))
            elif keep is None or keep(key):
                _file(Path(full), key, add, problems, explicit=False, real=real)
        stack.extend(reversed(folders))  # the first folder is read next

"""Turning configured sources (folders, files, globs) into the files to read."""

from __future__ import annotations

import errno
import glob
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..config_model import Config
from ..errors import SourceError
from ..model import Problem

FORMATS = (".txt", ".md", ".markdown", ".json", ".jsonl")
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True, slots=True)
class Found:
    path: Path  # the path to open
    display: str  # the path shown to the user
    key: str  # the stable name the article id is made from (relative to its source)


def display_path(p: Path) -> str:
    """The path as shown to the user: relative to the working folder when under it, and
    with anything a terminal would act on (escape sequences, control characters) shown
    as "?", since a file name is as untrusted as the text inside it."""
    shown = str(p)
    cwd = os.getcwd()
    prefix = cwd.rstrip(os.sep) + os.sep
    if shown.startswith(prefix) and len(shown) > len(prefix):
        shown = shown[len(prefix):]  # the common case, without pathlib's slower relative_to
    elif shown == cwd or os.name != "posix":  # (Windows paths compare without case)
        try:
            shown = str(p.relative_to(cwd))
        except ValueError:
            pass
    if shown.isprintable():
        return shown
    return "".join("?" if not (c.isprintable() or c == " ") else c for c in shown)


def _is_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def check_sources(sources: list[str] | tuple[str, ...], config: Config) -> None:
    """Raise :class:`SourceError` for a source (not a glob) that does not exist, as
    :func:`discover` would, without reading any folder."""
    for source in sources:
        if _is_glob(source):
            continue
        path = config.resolve(source)
        try:
            path.stat()
        except FileNotFoundError:
            shown = display_path(path)
            where = "" if shown == source else f" (looked for {shown})"
            raise SourceError(f"source not found: {source}{where}") from None
        except OSError as exc:
            raise SourceError(f"source cannot be read: {source}: {exc.strerror or exc}") from None


def discover(sources: list[str] | tuple[str, ...], config: Config) -> tuple[list[Found], list[Problem]]:
    """The article files under ``sources``, in a stable order, and what was skipped on the way.

    A source that does not exist raises :class:`SourceError` naming it.
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

    for source in sources:
        if _is_glob(source):
            pattern = str(config.resolve(source))
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                problems.append(Problem(source, "no files match this pattern", "warning"))
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    _walk(mp, mp, add, problems)
                else:
                    _file(mp, mp.name, add, problems, explicit=True)
            continue
        path = config.resolve(source)
        try:
            st = path.stat()
        except FileNotFoundError:
            shown = display_path(path)
            where = "" if shown == source else f" (looked for {shown})"
            raise SourceError(f"source not found: {source}{where}") from None
        except OSError as exc:
            raise SourceError(f"source cannot be read: {source}: {exc.strerror or exc}") from None
        if stat.S_ISDIR(st.st_mode):
            _walk(path, path, add, problems)
        else:
            _file(path, path.name, add, problems, explicit=True)
    return found, problems


def _file(path: Path, key: str, add, problems: list[Problem], *, explicit: bool, real: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """``real``: the file's resolved path, when the caller knows it."""
    if path.name in _IGNORED_NAMES or (path.name.startswith(".") and not explicit):
        return
    if path.suffix.lower() not in FORMATS:
        problems.append(Problem(display_path(path), f"not an article file ({path.suffix or 'no extension'}); "
                                f"readable formats are {', '.join(FORMATS)}", "warning"))
        return
    add(path, key, real)


def _walk(root: Path, top: Path, add, problems: list[Problem]) -> None:  # type: ignore[no-untyped-def]
    visited: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        problems.append(Problem(display_path(Path(exc.filename or root)), f"cannot read folder: {exc.strerror or exc}"))

    top_s = str(top)
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        here = Path(dirpath)
        try:
            st = here.stat()
        except OSError as exc:
            problems.append(Problem(display_path(here), f"cannot read folder: {exc.strerror or exc}"))
            dirnames[:] = []
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in visited:
            problems.append(Problem(display_path(here), "symbolic link loop: folder already read, skipped"))
            dirnames[:] = []
            continue
        visited.add(ident)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in dirnames:
            if Path(d).suffix.lower() in FORMATS:
                problems.append(Problem(display_path(here / d), "is a folder named like a file; its contents are read as a folder", "warning"))
        # one lstat per file: a file that is not a link resolves to the folder's real path
        # and its name (os.path.realpath on each would look at every folder on the way)
        real_here = os.path.realpath(dirpath)
        rel_here = dirpath[len(top_s):].lstrip(os.sep) if dirpath.startswith(top_s) else str(here.relative_to(top))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            try:
                link = stat.S_ISLNK(os.lstat(full).st_mode)
            except OSError:
                link = False  # gone since the listing: reading it reports it
            if link:
                try:
                    os.stat(full)
                except OSError as exc:
                    broken = exc.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR)
                    reason = "broken or looping symbolic link" if broken else f"cannot read: {exc.strerror or exc}"
                    problems.append(Problem(display_path(Path(full)), reason))
                    continue
            key = os.path.join(rel_here, name) if rel_here else name
            _file(Path(full), key, add, problems, explicit=False, real=None if link else os.path.join(real_here, name))

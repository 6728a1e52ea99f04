"""Opening a brief through the cache: an unchanged corpus with an unchanged config reopens
from the stored brief instead of being analysed again.

The key is every file's path, size, mtime and content hash, the whole config and the code
version, plus the date filter; anything else changed means a fresh build (whose articles
still come from the article cache when their files did not change).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Callable, Iterable

from . import __version__
from .brief_codec import BriefDecodeError, decode_brief, encode_brief
from .cache import ArticleCache
from .config_model import Config
from .gcpause import gc_paused
from .loader import discover, load_articles
from .loader.decode import Skip, read_bytes
from .model import Brief, Problem
from .pipeline import build_brief

Progress = Callable[[str, float], None]


def corpus_key(sources: Iterable[str] | None, config: Config, *, date: dt.date | None, include_undated: bool) -> str:
    """A digest of everything a brief depends on.  Reads every file (hashing is far cheaper than
    parsing); raises :class:`briefing.errors.SourceError` like the loader."""
    srcs = tuple(sources) if sources is not None else config.sources
    found, problems = discover(srcs, config)
    h = hashlib.sha1()
    h.update(repr((__version__, _config_repr(config), date, include_undated)).encode())
    for f in found:
        try:
            st = f.path.stat()
            data = read_bytes(f.path, config.max_file_bytes)
            stamp = f"{f.path}\0{f.display}\0{f.key}\0{st.st_size}\0{st.st_mtime_ns}\0{hashlib.sha1(data).hexdigest()}"
        except (Skip, OSError) as exc:
            stamp = f"{f.path}\0{f.display}\0{exc}"
        h.update(stamp.encode("utf-8", "surrogatepass") + b"\n")
    for p in problems:
        h.update(f"{p.path}\0{p.reason}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _config_repr(config: Config) -> str:
    fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name not in ("path", "keys", "theme")}
    fields["boilerplate"] = [p.pattern for p in config.boilerplate]
    fields["aliases"] = sorted((k, tuple(v)) for k, v in config.aliases.items())
    return repr(sorted(fields.items()))


def open_brief(
    sources: Iterable[str] | None,
    config: Config,
    *,
    use_cache: bool = True,
    date: dt.date | None = None,
    include_undated: bool = False,
    progress: Progress | None = None,
) -> Brief:
    """Load and analyse the sources into a brief, reusing the cache when it can."""
    srcs = tuple(sources) if sources is not None else None
    if not use_cache:
        articles, problems = load_articles(srcs, config)
        return build_brief(articles, config, problems=problems, date=date, include_undated=include_undated, progress=progress)
    cache = ArticleCache.open()
    notes: list[Problem] = []
    try:
        brief = _open_with(cache, srcs, config, date, include_undated, progress, notes)
    finally:
        if cache is not None:
            cache.close()
    warnings = [Problem(str(cache.path), w, "warning") for w in cache.warnings] if cache else []
    warnings += notes
    return dataclasses.replace(brief, problems=tuple(warnings) + brief.problems) if warnings else brief


def _open_with(cache: ArticleCache | None, srcs: tuple[str, ...] | None, config: Config, date: dt.date | None,
               include_undated: bool, progress: Progress | None, notes: list[Problem]) -> Brief:
    key = corpus_key(srcs, config, date=date, include_undated=include_undated) if cache else ""
    stored = cache.get_brief(key) if cache else None
    if stored is not None:
        try:
            with gc_paused():  # a million objects and no cycles: see gcpause
                brief = decode_brief(stored)
            if progress:
                progress("done", 1.0)
            return dataclasses.replace(brief, generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
        except BriefDecodeError:
            notes.append(Problem(str(cache.path) if cache else "cache", "a stored brief could not be read; rebuilt", "warning"))
    articles, problems = load_articles(srcs, config, cache=cache)
    brief = build_brief(articles, config, problems=problems, date=date, include_undated=include_undated, progress=progress)
    if cache is not None:
        cache.put_brief(key, encode_brief(brief))
    return brief

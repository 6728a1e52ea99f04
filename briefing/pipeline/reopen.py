"""Opening a brief through the cache: an unchanged corpus with an unchanged config reopens
from the stored brief instead of being analysed again.

The key is every file's path, size, mtime and content hash, the whole config and the code
version (with a digest of the core's source), plus the date filter; anything else changed means a fresh build (whose articles
still come from the article cache when their files did not change).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..config.schema import Config
from ..ingest.decode import Skip, read_bytes
from ..ingest.discover import Discovered, discover
from ..ingest.load import load_articles
from ..model import Article, Brief, Problem, Storyline
from ..text.clean import shown
from ..work import Runner, gc_paused
from .build import build_brief
from .cache import ArticleCache
from .codec import BriefDecodeError, decode_brief, encode_brief
from .runner import ForkRunner
from .version import code_version

Progress = Callable[[str, float], None]
Preview = Callable[[Sequence[Storyline]], None]
LOAD_SHARE = 0.3  # of the progress bar, for reading the files (the analysis has the rest)


def corpus_key(sources: Iterable[str] | None, config: Config, *, date: dt.date | None, include_undated: bool,
               found: Discovered | None = None) -> str:
    """A digest of everything a brief depends on.  Reads every file (hashing is far cheaper than
    parsing); raises :class:`briefing.errors.SourceError` like the loader.  ``found``: the
    sources already discovered."""
    srcs = tuple(sources) if sources is not None else config.sources
    found_files, problems = found or discover(srcs, config)
    h = hashlib.sha1()
    h.update(repr((code_version(), _config_repr(config), date, include_undated)).encode())
    for f in found_files:
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


@dataclass(frozen=True, slots=True)
class Opened:
    """What :func:`open_encoded` found or made: the brief in its stored (JSON) form, whether it
    came from the cache as it was stored, and warnings about the cache itself."""

    payload: str
    stored: bool
    warnings: tuple[Problem, ...]


def open_brief(
    sources: Iterable[str] | None,
    config: Config,
    *,
    use_cache: bool = True,
    date: dt.date | None = None,
    include_undated: bool = False,
    progress: Progress | None = None,
    preview: Preview | None = None,
    runner: Runner | None = None,
    found: Discovered | None = None,
) -> Brief:
    """Load and analyse the sources into a brief, reusing the cache when it can.  ``runner``
    shares the work between the cores (default: a :class:`ForkRunner`).  ``found``: what
    :func:`briefing.ingest.discover.discover` returned for the sources, when the caller has it."""
    srcs = tuple(sources) if sources is not None else None
    if found is None:
        found = discover(srcs if srcs is not None else config.sources, config)
    if not use_cache:
        return _build(srcs, config, None, date, include_undated, progress, preview, runner, found)
    cache, cache_notes = ArticleCache.try_open()
    notes: list[Problem] = [] if cache is not None else [Problem("cache", w, "warning") for w in cache_notes]
    try:
        key = corpus_key(srcs, config, date=date, include_undated=include_undated, found=found) if cache else ""
        stored = cache.get_brief(key) if cache else None
        brief = None
        if stored is not None:
            try:
                brief = reopened(stored)
                if progress:
                    progress("done", 1.0)
            except BriefDecodeError:
                notes.append(Problem(shown(str(cache.path)) if cache else "cache",
                                     "a stored brief could not be read; rebuilt", "warning"))
        if brief is None:
            brief = _build(srcs, config, cache, date, include_undated, progress, preview, runner, found)
            if cache is not None:
                cache.put_brief(key, encode_brief(brief))
    finally:
        if cache is not None:
            cache.close()
    return with_warnings(brief, _cache_warnings(cache) + tuple(notes))


def open_encoded(
    sources: Iterable[str] | None,
    config: Config,
    *,
    use_cache: bool = True,
    fresh: bool = False,
    progress: Progress | None = None,
    preview: Preview | None = None,
    runner: Runner | None = None,
) -> Opened:
    """Like :func:`open_brief`, but the brief in its stored form: a stored brief is handed on
    as it was stored, without decoding it here (the dashboard's build process sends it to the
    app, which decodes it once).  ``fresh``: build even when a brief is stored (the stored one
    could not be read)."""
    srcs = tuple(sources) if sources is not None else None
    cache, cache_notes = ArticleCache.try_open() if use_cache else (None, [])
    unusable = tuple(Problem("cache", w, "warning") for w in cache_notes) if cache is None else ()
    try:
        found = discover(srcs if srcs is not None else config.sources, config)
        key = corpus_key(srcs, config, date=None, include_undated=False, found=found) if cache else ""
        stored = cache.get_brief(key) if cache and not fresh else None
        if stored is not None:
            if progress:
                progress("done", 1.0)
            return Opened(stored, True, _cache_warnings(cache))
        payload = encode_brief(_build(srcs, config, cache, None, False, progress, preview, runner, found))
        if cache is not None:
            cache.put_brief(key, payload)
    finally:
        if cache is not None:
            cache.close()
    return Opened(payload, False, unusable + _cache_warnings(cache))


def reopened(payload: str) -> Brief:
    """A stored brief decoded, stamped with the time it was opened.  Raises
    :class:`briefing.pipeline.codec.BriefDecodeError` when it cannot be read."""
    with gc_paused():  # a million objects and no cycles: see briefing.work
        brief = decode_brief(payload)
    return dataclasses.replace(brief, generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0))


def with_warnings(brief: Brief, warnings: Sequence[Problem]) -> Brief:
    return dataclasses.replace(brief, problems=tuple(warnings) + brief.problems) if warnings else brief


def _cache_warnings(cache: ArticleCache | None) -> tuple[Problem, ...]:
    return tuple(Problem(shown(str(cache.path)), w, "warning") for w in cache.warnings) if cache else ()


def _build(srcs: tuple[str, ...] | None, config: Config, cache: ArticleCache | None, date: dt.date | None,
           include_undated: bool, progress: Progress | None, preview: Preview | None, runner: Runner | None,
           found: Discovered | None = None) -> Brief:
    def files_read(done: int, total: int) -> None:
        if progress:
            progress(f"reading files ({done:,} of {total:,})", LOAD_SHARE * done / max(1, total))

    def analysing(stage: str, fraction: float) -> None:
        if progress:
            progress(stage, LOAD_SHARE + (1 - LOAD_SHARE) * fraction)

    run = runner or ForkRunner()
    with gc_paused():  # tens of thousands of articles and blocks that all stay: see briefing.work
        articles, problems = load_articles(srcs, config, cache=cache, runner=run,
                                           progress=files_read if progress else None, found=found)
    return build_brief(articles, config, problems=problems, date=date, include_undated=include_undated,
                       progress=analysing if progress else None, preview=preview, runner=run)


def load_cached(sources: Iterable[str] | None, config: Config, *, use_cache: bool = True) -> tuple[list[Article], list[Problem]]:
    """:func:`load_articles` through the SQLite cache in the XDG cache folder (unless
    ``use_cache`` is False).  A cache that was corrupt or foreign is reported as a warning."""
    cache, notes = ArticleCache.try_open() if use_cache else (None, [])
    try:
        articles, problems = load_articles(sources, config, cache=cache)
    finally:
        if cache is not None:
            cache.close()
    where = shown(str(cache.path)) if cache is not None else "cache"
    if notes or (cache is not None and cache.warnings):
        problems = [Problem(where, w, "warning") for w in (cache.warnings if cache is not None else notes)] + problems
    return articles, problems

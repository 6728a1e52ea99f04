"""Loading articles: ``load_articles(sources, config) -> (articles, problems)``."""

from __future__ import annotations

import hashlib
import multiprocessing
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..pipeline.cache import fingerprint
from ..config.schema import Config
from ..text.dates import parse_date
from ..pipeline.gcpause import gc_paused
from ..model import Article, Block, Problem
from ..pipeline.runner import can_fork, cores, fork_map
from ..text.clean import clean, one_line, shown, web_url
from ..text.words import word_count
from .decode import Skip, decode, read_bytes
from .discover import Found, discover
from .formats import Record, read_json, read_jsonl, read_markdown
from .structure import parse_text

if TYPE_CHECKING:
    from ..pipeline.cache import ArticleCache

__all__ = ["build_article", "discover", "load_articles", "load_cached", "load_file"]

MAX_TITLE = 300


def load_articles(
    sources: Iterable[str] | None,
    config: Config,
    *,
    cache: "ArticleCache | None" = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``sources`` (the config's when None).

    Files that cannot be used are reported in the problems and skipped; a source
    that does not exist raises :class:`briefing.errors.SourceError`.  With a ``cache``
    (see :mod:`briefing.pipeline.cache`), unchanged files are not parsed again.  ``workers``
    processes parse large corpora (default: all cores when there are many files;
    1 means serial); the result is the same either way.  ``progress(done, total)`` is
    called as files are read (about a hundred times in all, and once at the end).
    """
    with gc_paused():  # tens of thousands of articles and blocks that all stay: see gcpause
        return _load(sources, config, cache, workers, progress)


def _load(sources: Iterable[str] | None, config: Config, cache: "ArticleCache | None",
          workers: int | None, progress: Callable[[int, int], None] | None) -> tuple[list[Article], list[Problem]]:
    srcs = tuple(sources) if sources is not None else config.sources
    found, problems = discover(srcs, config)
    opts = ParseOptions(config.boilerplate, config.max_file_bytes)
    results: list[list[Article | Problem] | None] = [None] * len(found)
    misses: list[tuple[int, Found, bytes | None]] = []
    fp = fingerprint(config) if cache else ""
    stamps: dict[int, tuple[str, int, int, str]] = {}
    for i, f in enumerate(found):
        if cache is None:
            misses.append((i, f, None))
            continue
        try:
            data = read_bytes(f.path, opts.max_bytes)
            st = f.path.stat()
        except (Skip, OSError):
            misses.append((i, f, None))  # parse_file reports it
            continue
        digest = hashlib.sha1(data).hexdigest()
        stamp = (str(f.path.resolve()), st.st_size, st.st_mtime_ns, digest)
        hit = cache.get(*stamp, fp, display=f.display)
        if hit is not None:
            results[i] = hit
        else:
            stamps[i] = stamp
            misses.append((i, f, data))
    total = len(found)
    done = total - len(misses)
    every = max(1, total // 100)
    if progress:
        progress(done, total)
    for i, items in _parse_all(misses, opts, workers):
        results[i] = items
        if cache is not None and i in stamps:
            cache.put(*stamps[i], fp, items, display=found[i].display)
        done += 1
        if progress and done % every == 0:
            progress(done, total)
    if progress and total % every:
        progress(total, total)
    if cache is not None:
        cache.flush()
    articles: list[Article] = []
    ids: set[str] = set()
    for items in results:
        for item in items or ():
            if isinstance(item, Problem):
                problems.append(item)
                continue
            if item.id in ids:  # the same relative name under two sources
                n = 2
                while f"{item.id}-{n}" in ids:
                    n += 1
                item = _with_id(item, f"{item.id}-{n}")
            ids.add(item.id)
            articles.append(item)
    return articles, problems


def load_cached(sources: Iterable[str] | None, config: Config, *, use_cache: bool = True) -> tuple[list[Article], list[Problem]]:
    """:func:`load_articles` through the SQLite cache in the XDG cache folder (unless
    ``use_cache`` is False).  A cache that was corrupt or foreign is reported as a warning."""
    from ..pipeline.cache import ArticleCache

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


PARALLEL_MIN_FILES = 400


def _parse_all(
    jobs: list[tuple[int, Found, bytes | None]], opts: "ParseOptions", workers: int | None
) -> Iterator[tuple[int, list[Article | Problem]]]:
    n = workers if workers is not None else cores()
    if n <= 1 or len(jobs) < (PARALLEL_MIN_FILES if workers is None else 2):
        for i, f, data in jobs:
            yield i, list(parse_file(f, opts, data))
        return
    if workers is None and can_fork():
        # from the command line's main thread: this process and a forked helper per free core
        # share the files, and only the helpers' articles are pickled back
        yield from zip((i for i, _, _ in jobs), fork_map(partial(_parse_job, opts=opts), jobs))
        return
    chunk = max(1, len(jobs) // (n * 8))
    # next to other threads (the dashboard) forking is unsafe: a pool of fresh processes
    method = "fork" if can_fork() else ("forkserver" if sys.platform != "win32" else "spawn")
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        batches = [jobs[k:k + chunk] for k in range(0, len(jobs), chunk)]
        for batch_result in pool.map(_parse_batch, batches, [opts] * len(batches)):
            yield from batch_result


def _parse_job(job: tuple[int, Found, bytes | None], opts: "ParseOptions") -> list[Article | Problem]:
    _, f, data = job
    return list(parse_file(f, opts, data))


def _parse_batch(batch: list[tuple[int, Found, bytes | None]], opts: "ParseOptions") -> list[tuple[int, list[Article | Problem]]]:
    return [(i, list(parse_file(f, opts, data))) for i, f, data in batch]


def _with_id(a: Article, new_id: str) -> Article:
    return replace(a, id=new_id)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """What parsing needs from the config, in a form that can be sent to worker processes."""

    boilerplate: tuple[re.Pattern[str], ...]
    max_bytes: int


def article_id(key: str, index: int | None) -> str:
    raw = key.replace("\\", "/") + (f"#{index}" if index is not None else "")
    return "a" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:9]


def load_file(f: Found, config: Config) -> Iterator[Article | Problem]:
    return parse_file(f, ParseOptions(config.boilerplate, config.max_file_bytes))


def parse_file(f: Found, config: "ParseOptions | Config", data: bytes | None = None) -> Iterator[Article | Problem]:
    """The articles in one file, or the problems that stopped them."""
    limit = config.max_bytes if isinstance(config, ParseOptions) else config.max_file_bytes
    try:
        if data is None:
            data = read_bytes(f.path, limit)
        text, warning = decode(data)
    except Skip as exc:
        yield Problem(f.display, str(exc))
        return
    if warning:
        yield Problem(f.display, warning, "warning")
    text = clean(text)
    suffix = f.path.suffix.lower()
    try:
        if suffix == ".json":
            records: list[Record | tuple[int, str]] = read_json(text)
        elif suffix == ".jsonl":
            records = read_jsonl(text)
        elif suffix in (".md", ".markdown"):
            md = read_markdown(text)
            md.cleaned = True  # its text is a part of the file's, cleaned above
            records = [md]
        else:
            records = [Record(text=text, cleaned=True)]
    except Skip as exc:
        yield Problem(f.display, str(exc))
        return
    for rec in records:
        if not isinstance(rec, tuple) and rec.warning:
            where = f" ({'line' if suffix == '.jsonl' else 'entry'} {rec.index})" if rec.index is not None else ""
            yield Problem(f.display + where, rec.warning, "warning")
        if isinstance(rec, tuple):
            where = "line" if suffix == ".jsonl" else "entry"
            yield Problem(f"{f.display} ({where} {rec[0]})", rec[1])
            continue
        try:
            yield build_article(rec, f, config)
        except Skip as exc:
            where = f" ({'line' if suffix == '.jsonl' else 'entry'} {rec.index})" if rec.index is not None else ""
            yield Problem(f.display + where, str(exc))


def build_article(rec: Record, f: Found, config: "ParseOptions | Config") -> Article:
    body = rec.text if rec.cleaned else clean(rec.text)
    parsed = parse_text(body, config.boilerplate, markdown=rec.markdown, known_title=rec.title)
    blocks = tuple(Block(i, kind, text) for i, (kind, text) in enumerate(parsed.blocks))  # type: ignore[arg-type]
    if not any(b.kind != "heading" for b in blocks):
        raise Skip("no article text after removing debris")
    title = one_line(clean(rec.title)) if rec.title and rec.title.strip() else None
    if title is None:
        title = parsed.title or _title_from_name(f.path)
    title = title[:MAX_TITLE]
    published = parse_date(clean(rec.date)) if rec.date else None
    if published is None:
        published = parsed.published
    outlet = one_line(clean(rec.outlet))[:100] if rec.outlet and rec.outlet.strip() else parsed.outlet
    url = web_url(one_line(clean(rec.url))) if rec.url and rec.url.strip() else None  # http(s) only
    # identity of the text as loaded (names the article's content in caches; not a match key)
    raw = "\n\n".join(b.text for b in blocks)
    return Article(
        id=article_id(f.key, rec.index),
        path=f.display,
        title=title,
        published=published,
        outlet=outlet,
        url=url,
        blocks=blocks,
        words=word_count(raw),  # the blank lines between blocks end their words: the same count
        content_hash=hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16],
    )


def _title_from_name(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name

"""Loading articles: ``load_articles(sources, config) -> (articles, problems)``."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..config.schema import Config
from ..model import Article, Block, Problem
from ..text.clean import clean, one_line, shown, web_url
from ..text.dates import parse_date
from ..text.filler import merged_patterns
from ..text.outlets import outlet_of_url
from ..text.words import word_count
from ..work import SERIAL, Runner, gc_paused
from .decode import Skip, decode, read_bytes
from .discover import Discovered, Found, discover, public_address
from .feeds import kind_of, read_feed
from .formats import Record, read_json, read_jsonl, read_markdown
from .structure import parse_text
from .teasers import Following, completed
from .web import read_page

if TYPE_CHECKING:
    from ..pipeline.cache import ArticleCache

__all__ = ["build_article", "discover", "load_articles", "load_file"]

MAX_TITLE = 300


def load_articles(
    sources: Iterable[str] | None,
    config: Config,
    *,
    cache: ArticleCache | None = None,
    runner: Runner = SERIAL,
    progress: Callable[[int, int], None] | None = None,
    found: Discovered | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``sources`` (the config's when None).

    Files that cannot be used are reported in the problems and skipped; a source
    that does not exist raises :class:`briefing.errors.SourceError`.  With a ``cache``
    (see :mod:`briefing.pipeline.cache`), unchanged files are not parsed again.  Files are
    parsed through ``runner`` (on every core for a large corpus, when it shares the work); the
    result is the same either way.  ``progress(done, total)`` is called as files are read
    (about a hundred times in all, and once at the end).  ``found``: what :func:`discover` already
    returned for these sources, so the folders are not walked again.
    """
    with gc_paused():  # tens of thousands of articles and blocks that all stay: see briefing.work
        return _load(sources, config, cache, runner, progress, found)


def _load(sources: Iterable[str] | None, config: Config, cache: ArticleCache | None,
          runner: Runner, progress: Callable[[int, int], None] | None,
          discovered: Discovered | None) -> tuple[list[Article], list[Problem]]:
    srcs = tuple(sources) if sources is not None else config.sources
    found, problems = discovered or discover(srcs, config)
    problems = list(problems)
    opts = parse_options(config)
    results: list[list[Article | Problem] | None] = [None] * len(found)
    misses: list[tuple[int, Found, bytes | None]] = []
    fp = cache.fingerprint(config) if cache else ""
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
    for i, items in _parse_all(misses, opts, runner):
        results[i] = items
        if cache is not None and i in stamps and not _follows_links(found[i], opts):
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
    for made in results:
        for item in made or ():
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


PARALLEL_MIN_FILES = 400


def _parse_all(jobs: list[tuple[int, Found, bytes | None]], opts: ParseOptions,
               runner: Runner) -> Iterator[tuple[int, list[Article | Problem]]]:
    """Each file's articles and problems, in order, as they are parsed (on every core when the
    runner shares the work and there are enough files to pay for it)."""
    yield from zip((i for i, _, _ in jobs), runner.imap(partial(_parse_job, opts=opts), jobs, least=PARALLEL_MIN_FILES))


def _parse_job(job: tuple[int, Found, bytes | None], opts: ParseOptions) -> list[Article | Problem]:
    _, f, data = job
    return list(parse_file(f, opts, data))


def _with_id(a: Article, new_id: str) -> Article:
    return replace(a, id=new_id)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """What parsing needs from the config, made once per load: the boilerplate patterns merged
    into one scan per set of flags (:func:`briefing.text.filler.merged_patterns`), and the size limit."""

    debris: tuple[re.Pattern[str], ...]
    max_bytes: int
    following: Following = Following()


def parse_options(config: Config) -> ParseOptions:
    return ParseOptions(merged_patterns(config.boilerplate), config.max_file_bytes,
                        Following(config.follow_links, config.feed_timeout, config.max_file_bytes))


def article_id(key: str, index: int | None) -> str:
    raw = key.replace("\\", "/") + (f"#{index}" if index is not None else "")
    return "a" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:9]


def load_file(f: Found, config: Config) -> Iterator[Article | Problem]:
    return parse_file(f, parse_options(config))


def parse_file(f: Found, options: ParseOptions | Config, data: bytes | None = None) -> Iterator[Article | Problem]:
    """The articles in one file, or the problems that stopped them."""
    opts = options if isinstance(options, ParseOptions) else parse_options(options)
    limit = opts.max_bytes
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
        elif suffix in _MARKUP or f.url is not None:
            try:
                records, notes = completed(_markup_records(text, suffix, f.url), opts.following)
            except Skip:
                raise
            except Exception as exc:  # a parser's failure on hostile markup: reported, the rest loads
                raise Skip(f"cannot be read as a feed or web page ({type(exc).__name__}: {shown(str(exc)[:200])})") from None
            for note in notes:
                yield Problem(f.display, note, "warning")
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
            yield build_article(rec, f, opts)
        except Skip as exc:
            where = f" ({'line' if suffix == '.jsonl' else 'entry'} {rec.index})" if rec.index is not None else ""
            yield Problem(f.display + where, str(exc))


_MARKUP = (".html", ".htm", ".xml", ".rss", ".atom", ".opml")


def _follows_links(f: Found, opts: ParseOptions) -> bool:
    """Whether reading ``f`` may fetch the pages its entries link to: its articles then depend on
    more than the file, so they are not cached by the file (the pages have their own web cache)."""
    return opts.following.follow and (f.url is not None or f.path.suffix.lower() in _MARKUP)


def _markup_records(text: str, suffix: str, url: str | None) -> list[Record | tuple[int, str]]:
    """The articles of a feed or a web page (a fetched address's body is either, or plain text)."""
    kind = "opml" if suffix == ".opml" else kind_of(text)
    if kind == "opml":
        raise Skip("an OPML list of feeds: give the file itself as a source to read the feeds it lists")
    if kind == "feed":
        return read_feed(text, url)
    shown_url = public_address(url) if url is not None else None  # no password or token in the brief
    if kind == "html" or suffix in (".html", ".htm"):
        return [read_page(text, shown_url)]
    if shown_url is not None:
        return [Record(text=text, url=shown_url, cleaned=True)]
    raise Skip("not an RSS or Atom feed (and not a web page)")


def build_article(rec: Record, f: Found, options: ParseOptions | Config) -> Article:
    opts = options if isinstance(options, ParseOptions) else parse_options(options)
    body = rec.text if rec.cleaned else clean(rec.text)
    parsed = parse_text(body, opts.debris, markdown=rec.markdown, known_title=rec.title)
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
    url = web_url(one_line(clean(rec.url))) if rec.url and rec.url.strip() else None  # http(s) only
    outlet = one_line(clean(rec.outlet))[:100] if rec.outlet and rec.outlet.strip() else parsed.outlet
    outlet = outlet or outlet_of_url(url)
    author = one_line(clean(rec.author))[:100] if rec.author and rec.author.strip() else parsed.author
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
        author=author or None,
    )


def _title_from_name(path: Path) -> str:
    """A title made from the file's name, which is as untrusted as its text: cleaned of escapes,
    controls and the stand-ins for bytes that are not UTF-8."""
    title = one_line(clean(path.stem.replace("_", " ").replace("-", " ")))
    return title or one_line(clean(path.name)) or "untitled"

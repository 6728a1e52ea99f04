"""Loading articles: ``load_articles(sources, config) -> (articles, problems)``."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, Iterator

from ..config_model import Config
from ..dates import parse_date
from ..model import Article, Block, Problem
from ..text import clean, normalize, one_line, word_count
from .decode import Skip, decode, read_bytes
from .discover import Found, discover
from .formats import Record, read_json, read_jsonl, read_markdown
from .structure import parse_text

__all__ = ["build_article", "discover", "load_articles", "load_file"]

MAX_TITLE = 300


def load_articles(sources: Iterable[str] | None, config: Config) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``sources`` (the config's when None).

    Files that cannot be used are reported in the problems and skipped; a source
    that does not exist raises :class:`briefing.errors.SourceError`.
    """
    srcs = tuple(sources) if sources is not None else config.sources
    found, problems = discover(srcs, config)
    articles: list[Article] = []
    ids: set[str] = set()
    for f in found:
        for item in load_file(f, config):
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


def _with_id(a: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(a, id=new_id)


def article_id(key: str, index: int | None) -> str:
    raw = key.replace("\\", "/") + (f"#{index}" if index is not None else "")
    return "a" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:9]


def load_file(f: Found, config: Config) -> Iterator[Article | Problem]:
    try:
        data = read_bytes(f.path, config.max_file_bytes)
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
            records = [read_markdown(text)]
        else:
            records = [Record(text=text)]
    except Skip as exc:
        yield Problem(f.display, str(exc))
        return
    for rec in records:
        if isinstance(rec, tuple):
            where = "line" if suffix == ".jsonl" else "entry"
            yield Problem(f"{f.display} ({where} {rec[0]})", rec[1])
            continue
        try:
            yield build_article(rec, f, config)
        except Skip as exc:
            where = f" ({'line' if suffix == '.jsonl' else 'entry'} {rec.index})" if rec.index is not None else ""
            yield Problem(f.display + where, str(exc))


def build_article(rec: Record, f: Found, config: Config) -> Article:
    body = clean(rec.text)
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
    url = one_line(clean(rec.url))[:2000] if rec.url and rec.url.strip() else None
    norm = normalize(" ".join(b.text for b in blocks))
    return Article(
        id=article_id(f.key, rec.index),
        path=f.display,
        title=title,
        published=published,
        outlet=outlet,
        url=url,
        blocks=blocks,
        words=sum(word_count(b.text) for b in blocks),
        content_hash=hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16],
    )


def _title_from_name(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name

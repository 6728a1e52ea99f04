"""A feed entry that carries only a teaser, completed from its linked page (opt-in:
``feeds.follow_links``).

An entry is a teaser when its text is shorter than :data:`TEASER_WORDS` words and it links to
a web page.  The pages are fetched like any address (:mod:`briefing.ingest.fetch`: cached,
conditional, with the timeout, the last copy used offline) and read as pages
(:mod:`briefing.ingest.web`); the page's text replaces the teaser when it is longer, and its
date and author fill what the feed left out.  A page that cannot be had leaves the teaser
and says why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..text.clean import shown
from .decode import Skip, decode, read_bytes
from .discover import public_address
from .fetch import fetch_all, is_address, web_cache
from .formats import Record
from .web import read_page

TEASER_WORDS = 80


@dataclass(frozen=True, slots=True)
class Following:
    """What following links needs: whether to, and the fetch's limits."""

    follow: bool = False
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024


def is_teaser(rec: Record) -> bool:
    return bool(rec.url) and is_address(rec.url or "") and len(rec.text.split()) < TEASER_WORDS


def completed(records: list[Record | tuple[int, str]], how: Following) -> tuple[list[Record | tuple[int, str]], list[str]]:
    """``records`` with each teaser's text taken from its linked page, and the notes on the
    pages that could not be read."""
    if not how.follow:
        return records, []
    wanted = [r.url for r in records if isinstance(r, Record) and is_teaser(r) and r.url]
    fetched = {f.url: f for f in fetch_all(list(dict.fromkeys(wanted)), web_cache(), timeout=how.timeout,
                                           max_bytes=how.max_bytes)}
    out: list[Record | tuple[int, str]] = []
    notes: list[str] = []
    for rec in records:
        got = fetched.get(rec.url or "") if isinstance(rec, Record) and is_teaser(rec) else None
        if got is None or not isinstance(rec, Record):
            out.append(rec)
            continue
        if got.note:
            notes.append(f"linked page {shown(public_address(got.url))}: {got.note}")
        if got.path is None:
            out.append(rec)
            continue
        try:
            page = read_page(decode(read_bytes(got.path, how.max_bytes))[0], got.url)
        except Skip as exc:
            notes.append(f"linked page {shown(public_address(got.url))}: {exc}; the feed's summary is used")
            out.append(rec)
            continue
        if len(page.text.split()) <= len(rec.text.split()):
            out.append(rec)
            continue
        out.append(replace(rec, text=page.text, cleaned=False, date=rec.date or page.date,
                           author=rec.author or page.author, outlet=rec.outlet or page.outlet))
    return out, notes

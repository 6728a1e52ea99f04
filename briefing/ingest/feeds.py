"""RSS and Atom feeds, and OPML lists of feeds.

A feed is parsed by ``feedparser`` (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and 1.0, broken
encodings and markup included): each entry becomes one article, its title, link, date,
author and content (the full content where the feed carries it, else its summary) the
article's fields, and the feed's title its outlet.  Entry HTML becomes paragraphs
(:func:`briefing.ingest.web.fragment_text`).  Relative links are made absolute against the
feed's address.  An OPML file lists feeds by address (``xmlUrl``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urljoin

from .decode import Skip
from .formats import MAX_RECORDS, Record
from .web import fragment_text

_ROOT = re.compile(r"<(?:[\w-]+:)?(rss|feed|RDF|opml|html)\b", re.I)
MAX_FEEDS = 1_000  # feeds one OPML file may list


def kind_of(text: str) -> str | None:
    """"feed", "opml" or "html" from the first element of an XML or HTML document; None when
    it is none of them."""
    m = _ROOT.search(text[:4096])
    if m is None:
        return None
    root = m.group(1).lower()
    return {"rss": "feed", "feed": "feed", "rdf": "feed"}.get(root, root)


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).date().isoformat()
            except (ValueError, OverflowError, OSError):  # "9999-12-31T23:59:59-12:00": no date
                continue
    for key in ("published", "updated"):  # a date feedparser could not read: ours may
        if isinstance(entry.get(key), str):
            return str(entry.get(key))
    return None


def _content(entry: Any) -> str:
    for part in entry.get("content") or ():
        value = part.get("value") if isinstance(part, dict) else None
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else ""


def _is_email(s: str) -> bool:
    local, at, domain = s.partition("@")
    return bool(local and at and domain) and "@" not in domain and not any(c.isspace() or c in "()<>" for c in s)


def byline(author: object) -> str | None:
    """A feed's author field as a name: "desk@wire.example (Anna Berg)" and "Anna Berg
    <desk@wire.example>" give "Anna Berg"; an address alone is no name."""
    if not isinstance(author, str) or not author.strip():
        return None
    a = author.strip()
    if a.endswith(")") and "(" in a and _is_email(a[:a.index("(")].strip()):
        return a[a.index("(") + 1:-1].strip() or None
    if a.endswith(">") and "<" in a and _is_email(a[a.rindex("<") + 1:-1].strip()):
        return a[:a.rindex("<")].strip() or None
    return None if _is_email(a) else a


def read_feed(text: str, url: str | None = None) -> list[Record | tuple[int, str]]:
    """The entries of an RSS or Atom feed, in the feed's order (an entry without text is a
    problem of its own, the others still load)."""
    import feedparser  # type: ignore[import-untyped]  # (no type hints) imported when a feed is read

    parsed = feedparser.parse(text, response_headers={"content-location": url} if url else None)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            raise Skip(f"not a readable feed: {parsed.get('bozo_exception') or 'no entries'}")
        raise Skip("the feed has no entries")
    outlet = parsed.feed.get("title") if isinstance(parsed.feed.get("title"), str) else None
    base = url or (parsed.feed.get("link") if isinstance(parsed.feed.get("link"), str) else None)
    out: list[Record | tuple[int, str]] = []
    for i, entry in enumerate(parsed.entries[:MAX_RECORDS]):
        body = fragment_text(_content(entry)).strip()
        if not body:
            out.append((i, "feed entry has no text"))
            continue
        link = entry.get("link") if isinstance(entry.get("link"), str) else None
        if link and base:
            link = urljoin(base, link)
        author = byline(entry.get("author"))
        out.append(Record(text=body, title=entry.get("title") or None, date=_date(entry), outlet=outlet,
                          url=link, index=i, author=author))
    return out


def read_opml(text: str) -> list[tuple[str, str | None]]:
    """The feeds an OPML file lists: (address, title), in its order."""
    try:
        root = ET.fromstring(text.encode("utf-8", "replace"))
    except ET.ParseError as exc:
        raise Skip(f"not a readable OPML file: {exc}") from None
    feeds: list[tuple[str, str | None]] = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl") or node.get("xmlurl")
        if url and url.strip():
            feeds.append((url.strip(), node.get("title") or node.get("text")))
        if len(feeds) >= MAX_FEEDS:
            break
    if not feeds:
        raise Skip("the OPML file lists no feeds (no outline with an xmlUrl)")
    return feeds

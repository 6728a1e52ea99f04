"""Stale articles: undated articles whose own text places them well before the rest.

An undated article may be today's news or last spring's.  Its own dates tell: the latest
date it mentions (full dates as written, "October 20" resolved against the brief's day;
announced dates up to four months ahead count, as a preview is as fresh as its news).
An article whose lead tells time by the day ("on Tuesday", "overnight") is not judged: its
dates may all be background.
When that is more than ``days`` before the brief's latest article, the article is stale:
it is listed with the flag and cited where it is cited, but it makes none of the day's
summary points.  An undated article that mentions no date is not judged (it is marked
"undated" wherever it is cited); a dated article is as fresh as its date says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..model import Article
from ..text.dates import find_dates, resolve_yearless

STALE_DAYS = 30
SCAN_BLOCKS = 60  # an article's first blocks carry its news; glossaries come last
SCAN_CHARS = 4000  # per block
AHEAD = dt.timedelta(days=120)
LEAD_BLOCKS = 3
_RELATIVE_DAY = re.compile(r"\b(?:on |late |early |last |this |since )?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                           r"|Saturday|Sunday)\b|\b(?:yesterday|overnight|today|tonight|this morning|last night)\b")


def latest_date(article: Article, reference: dt.date) -> dt.date | None:
    """The latest date an article's text mentions, up to :data:`AHEAD` after ``reference``;
    None when its lead tells time by the day ("on Tuesday", "yesterday", "overnight"): then the
    dates it gives may all be background ("since the invasion began on February 24, 2022")."""
    lead = " ".join(b.text[:SCAN_CHARS] for b in article.blocks[:LEAD_BLOCKS] if b.kind != "heading")
    if _RELATIVE_DAY.search(lead):
        return None
    latest: dt.date | None = None
    for block in article.blocks[:SCAN_BLOCKS]:
        text = block.text[:SCAN_CHARS]
        for _, _, d in (*find_dates(text), *resolve_yearless(text, reference)):
            if d <= reference + AHEAD and (latest is None or d > latest):
                latest = d
    return latest


def stale_articles(articles: Iterable[Article], days: int = STALE_DAYS) -> frozenset[str]:
    """The ids of the undated articles whose latest date is more than ``days`` before the
    latest article's (none when no article is dated)."""
    arts = list(articles)
    reference = max((a.published for a in arts if a.published), default=None)
    if reference is None:
        return frozenset()
    cutoff = reference - dt.timedelta(days=days)
    out: set[str] = set()
    for a in arts:
        if a.published is None:
            seen = latest_date(a, reference)
            if seen is not None and seen < cutoff:
                out.add(a.id)
    return frozenset(out)

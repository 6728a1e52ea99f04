"""Stale articles: undated articles whose own text places them well before the rest.

An undated article may be today's news or last spring's.  Its own dates tell: the latest
date it mentions (full dates as written, "October 20" resolved against the brief's day;
announced dates up to four months ahead count, as a preview is as fresh as its news).
Background dates ("since the war began on February 24, 2022") do not count.
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
BACKGROUND_REACH = 40  # characters before a date that may say it is background
_BACKGROUND = re.compile(
    r"\b(?:since|began|begun|started|start of|beginning of|anniversary|launched|founded|established|invaded|"
    r"invasion|first|ago|back in|as early as|dating)\b", re.I)


def latest_date(article: Article, reference: dt.date) -> dt.date | None:
    """The latest date an article's text mentions, up to :data:`AHEAD` after ``reference``;
    background dates ("since the invasion began on February 24, 2022", "founded in ...") do
    not count."""
    latest: dt.date | None = None
    for block in article.blocks[:SCAN_BLOCKS]:
        text = block.text[:SCAN_CHARS]
        for start, _, d in (*find_dates(text), *resolve_yearless(text, reference)):
            if _BACKGROUND.search(text, max(0, start - BACKGROUND_REACH), start):
                continue
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

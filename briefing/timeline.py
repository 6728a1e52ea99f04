"""Storyline timelines: dated events taken from the text."""

from __future__ import annotations

from typing import Mapping

from .dates import find_dates, resolve_partial
from .model import Article, Storyline, TimelineEvent
from .sentences import split_sentences


def build_timeline(storyline: Storyline, articles: Mapping[str, Article]) -> tuple[TimelineEvent, ...]:
    events: dict[tuple[str, str], TimelineEvent] = {}
    for p in storyline.passages:
        art = articles[p.article]
        for s in split_sentences(p.text):
            hits = find_dates(s)
            if not hits and art.published:
                hits = resolve_partial(s, art.published)
            if not hits:
                continue
            d = hits[0][2]
            events.setdefault((d.isoformat(), s), TimelineEvent(d, s, p.article, p.paragraph))
    return tuple(sorted(events.values(), key=lambda e: (e.date, e.article, e.paragraph)))

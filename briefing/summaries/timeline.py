"""Storyline timelines: dated events taken from the text, one per date and fact.

How a date is found for a sentence of a storyline's passage:

* a full date ("August 15, 2025", "2025-10-20") is taken as written;
* a yearless date ("On October 20", "21 October") is resolved against the article's
  date; when the article is undated, against the storyline's latest article date (or,
  when the storyline has no dated article, the brief's), unless the article's own full
  dates contradict that (one later than it, or all more than a year older), in which
  case it is undatable;
* a relative day ("on Friday", "in the early hours of Sunday", "yesterday") is only
  resolved against a dated article's own date: in an undated article it is left out;
* vaguer times ("last week", "earlier this month", "in October") are not events.

Dates more than a year before the storyline's reference date (its latest article
date, or else the latest date the storyline mentions) are historical background and
left out, as are founding stories ("founded in 1914"), publication stamps
("Updated November 3, 2025") and dates over a year ahead.  Near-identical events on
the same date are merged and keep every source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Article, Passage, Storyline, TimelineEvent
from ..text.dates import find_dates, is_date_line, may_name_a_day, resolve_relative, resolve_yearless
from ..text.filler import MAX_SENTENCE_CHARS, is_background, is_filler, is_question, split_label
from ..text.sentences import split_sentences
from . import mmr
from .candidates import capped_passages, paragraph_ranks
from .centrality import content_words

BACKGROUND_DAYS = 365
FUTURE_DAYS = 366
MAX_PER_DATE = 3
MAX_EVENTS = 40
_DIGIT = re.compile(r"\d")
_STAMP = re.compile(r"\b(?:published|updated|posted|dated?|last modified|first published)\s*(?:on|at)?\s*:?\s*$", re.I)


@dataclass(slots=True)
class _Event:
    date: dt.date
    text: str
    article: str
    paragraph: int
    order: int
    words: frozenset[str]
    sources: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True)
class _Sentence:
    passage: Passage
    text: str
    full: list[tuple[int, int, dt.date]]


def _sentences(passages: Sequence[Passage]) -> list[_Sentence]:
    """The sentences of ``passages`` a date can be read from, each once, filler and
    background left out."""
    out: list[_Sentence] = []
    seen: set[tuple[str, str]] = set()
    for p in passages:
        for s in split_sentences(p.text):
            if len(s) > MAX_SENTENCE_CHARS or (p.article, s) in seen:
                continue
            seen.add((p.article, s))
            digit = _DIGIT.search(s) is not None
            if not digit and not may_name_a_day(s):
                continue  # no date of any kind in it (see _dates_in): neither an event nor an anchor
            if is_question(s) or is_filler(s) or is_date_line(s) is not None or is_background(s, None):
                continue
            out.append(_Sentence(p, s, find_dates(s) if digit else []))
    return out


def _anchors(
    sentences: Sequence[_Sentence], articles: Mapping[str, Article], context: dt.date | None
) -> dict[str, tuple[dt.date | None, bool]]:
    """Article id -> (anchor for yearless dates, whether relative days may be resolved)."""
    latest_full: dict[str, dt.date] = {}
    for s in sentences:
        for _, _, d in s.full:
            art = s.passage.article
            if art not in latest_full or d > latest_full[art]:
                latest_full[art] = d
    out: dict[str, tuple[dt.date | None, bool]] = {}
    for s in sentences:
        art_id = s.passage.article
        if art_id in out:
            continue
        article = articles[art_id]
        if article.published is not None:
            out[art_id] = (article.published, True)
            continue
        own = latest_full.get(art_id)
        fits = context is not None and (own is None or (own <= context and (context - own).days <= BACKGROUND_DAYS))
        out[art_id] = (context if fits else None, False)
    return out


def _dates_in(s: _Sentence, anchor: dt.date | None, relative: bool) -> list[tuple[int, int, dt.date]]:
    hits = list(s.full)
    if anchor is not None:
        if _DIGIT.search(s.text):
            hits += resolve_yearless(s.text, anchor)
        if relative:
            taken = [(a, b) for a, b, _ in hits]
            hits += [h for h in resolve_relative(s.text, anchor) if not any(a < h[1] and h[0] < b for a, b in taken)]
    return sorted(hits)


def _first_event_date(s: _Sentence, hits: list[tuple[int, int, dt.date]], reference: dt.date | None) -> dt.date | None:
    for start, _, d in hits:
        if _STAMP.search(s.text, max(0, start - 40), start):
            continue  # a publication stamp, not an event
        if reference is not None and not (-FUTURE_DAYS <= (reference - d).days <= BACKGROUND_DAYS):
            continue  # history, or too far ahead to be this story's
        return d
    return None


class _Day:
    """The events of one date, compared with a new one in rapidfuzz's C loop (a wire corpus
    has thousands of events on one date)."""

    __slots__ = ("events", "_joined")

    def __init__(self) -> None:
        self.events: list[_Event] = []
        self._joined: list[str] = []

    def twin(self, ev: _Event) -> _Event | None:
        """The first event that repeats ``ev`` (:func:`briefing.summaries.mmr.repeats`), if any."""
        k = mmr.first_repeat(ev.words, [e.words for e in self.events], self._joined)
        return None if k is None else self.events[k]

    def add(self, ev: _Event) -> None:
        self.events.append(ev)
        self._joined.append(mmr.joined(ev.words))


def _with_copies(ids: Sequence[str], articles: Mapping[str, Article]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for a in ids:
        out.setdefault(a, None)
        art = articles.get(a)
        for c in art.copies if art else ():
            out.setdefault(c, None)
    return tuple(out)


def build_timeline(storyline: Storyline, articles: Mapping[str, Article]) -> tuple[TimelineEvent, ...]:
    ranks = {a: paragraph_ranks(articles[a]) for a in {p.article for p in storyline.passages} if a in articles}
    passages = [p for p in capped_passages(storyline.passages, ranks) if p.article in articles]
    sentences = _sentences(passages)
    context = storyline.last or max((a.published for a in articles.values() if a.published), default=None)
    anchors = _anchors(sentences, articles, context)
    found: list[tuple[_Sentence, list[tuple[int, int, dt.date]]]] = []
    for s in sentences:
        anchor, relative = anchors[s.passage.article]
        hits = _dates_in(s, anchor, relative)
        if hits:
            found.append((s, hits))
    reference = context or max((h[2] for _, hits in found for h in hits), default=None)
    by_date: dict[dt.date, _Day] = {}
    for order, (s, hits) in enumerate(found):
        d = _first_event_date(s, hits, reference)
        if d is None:
            continue
        _, text = split_label(s.text)
        ev = _Event(d, text, s.passage.article, s.passage.paragraph, order, frozenset(content_words(text)))
        day = by_date.setdefault(d, _Day())
        twin = day.twin(ev)
        if twin is not None:
            twin.sources.setdefault(ev.article, None)
            continue
        ev.sources[ev.article] = None
        day.add(ev)
    kept: list[_Event] = []
    for day in by_date.values():
        events = day.events
        events.sort(key=lambda e: (-len(e.sources), e.order))
        kept.extend(events[:MAX_PER_DATE])
    kept.sort(key=lambda e: (-len(e.sources), e.order))
    kept = kept[:MAX_EVENTS]
    kept.sort(key=lambda e: (e.date, e.order))
    return tuple(
        TimelineEvent(e.date, e.text, e.article, e.paragraph, _with_copies(list(e.sources), articles)) for e in kept
    )

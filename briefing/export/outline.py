"""The brief laid out once for every human-readable format (Markdown, HTML, plain text).

The outline numbers the sources in the order a reader first meets their citations,
maps merged copies onto the number of the kept copy, and cleans every piece of
article text (control characters, terminal escapes and bidi overrides removed,
whitespace collapsed).  Each renderer then only escapes and lays out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Article, Brief, Problem, Quote, Storyline, TimelineEvent
from ..text.clean import clean as clean_text
from ..text.clean import web_url

MAX_TEXT = 4000  # characters of one piece of article text shown in a brief
MAX_URL = 2000

_QUOTE_MARKS = "\"'“”‘’«»„‟‹›"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def clean(text: str | None, limit: int = MAX_TEXT) -> str:
    """Untrusted text made safe to lay out: escapes and controls gone (:func:`briefing.text.clean.clean`),
    one line, bounded."""
    if not text:
        return ""
    text = " ".join(clean_text(text[: limit * 2]).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address that is safe to turn into a link."""
    return web_url(url)


def long_date(d: dt.date) -> str:
    """``Monday 3 November 2025`` (English, whatever the locale)."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def short_date(d: dt.date) -> str:
    """``3 Nov 2025``."""
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def date_span(first: dt.date | None, last: dt.date | None) -> str:
    """``1–3 November 2025``, ``30 October – 3 November 2025``, or one date."""
    if first is None or last is None:
        d = first or last
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if d else ""
    if first > last:
        first, last = last, first
    end = f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    if first == last:
        return end
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{end}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {end}"
    return f"{first.day} {MONTHS[first.month - 1]} {first.year} – {end}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def quote_text(text: str) -> str:
    """The words of a quote without the quote marks and trailing comma it was cut with."""
    text = clean(text).strip(_QUOTE_MARKS + " ")
    return text.rstrip(",;:").rstrip() or text


@dataclass(frozen=True, slots=True)
class PointView:
    text: str
    cites: tuple[int, ...]
    corroboration: int
    via: str | None = None
    undated: bool = False  # every source is undated
    outlet: str | None = None  # for analysis: whose judgement it is

    @property
    def count(self) -> str:
        """How many reports carry it, whose, and how fresh: '3 sources', '1 source, via
        Financial Times', '2 sources, undated'."""
        return (plural(self.corroboration, "source") + (f", via {self.via}" if self.via else "")
                + (", undated" if self.undated else ""))

    @property
    def whose(self) -> str:
        """An analysis line's tail: 'analysis, Financial Times' or 'analysis'."""
        return f"analysis, {self.outlet}" if self.outlet else "analysis"


@dataclass(frozen=True, slots=True)
class SideView:
    label: str
    speaker: str | None
    cites: tuple[int, ...]

    @property
    def said(self) -> str:
        """The side as a reader sees it: 'postponed, not canceled, says Putin'."""
        return f"{self.label}, says {self.speaker}" if self.speaker else self.label


@dataclass(frozen=True, slots=True)
class QuoteView:
    text: str
    speaker: str | None
    role: str | None
    cites: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class EventView:
    date: dt.date
    text: str
    cites: tuple[int, ...]
    upcoming: bool = False  # dated after the brief's date (a deadline, a planned meeting)


@dataclass(frozen=True, slots=True)
class PlayerView:
    name: str
    kind: str
    role: str | None
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class DisputeView:
    about: str  # what the accounts are about ("summit"), or ""
    sides: tuple[SideView, ...]

    @property
    def lead(self) -> str:
        """"Disputed (summit):", or "Disputed:" when what is disputed is unclear."""
        return f"Disputed ({self.about}):" if self.about else "Disputed:"


FOUND_NOTE = "found in the articles"  # how a found storyline is marked beside its article count


@dataclass(frozen=True, slots=True)
class SectionView:
    key: str
    title: str
    found: bool  # grouped from the articles' own words, not configured
    headline: str  # what happened, in a few words ("" with no summary); the lede is points[0]
    disputes: tuple[DisputeView, ...]
    analysis: tuple[PointView, ...]
    articles: int
    first: dt.date | None
    last: dt.date | None
    points: tuple[PointView, ...]
    quotes: tuple[QuoteView, ...]
    timeline: tuple[EventView, ...]
    players: tuple[PlayerView, ...]

    @property
    def span(self) -> str:
        return date_span(self.first, self.last)


@dataclass(frozen=True, slots=True)
class CopyView:
    title: str
    outlet: str | None
    published: dt.date | None
    path: str
    url: str | None  # safe to link, or None
    raw_url: str  # cleaned text of the url as given, shown when it is not linkable
    author: str | None = None


@dataclass(frozen=True, slots=True)
class SourceView:
    number: int
    title: str
    outlet: str | None
    published: dt.date | None
    path: str
    url: str | None
    raw_url: str
    copies: tuple[CopyView, ...]
    cited: bool
    stale: bool = False
    author: str | None = None


@dataclass(frozen=True, slots=True)
class ProblemView:
    path: str
    reason: str
    severity: str


@dataclass(frozen=True, slots=True)
class Outline:
    date: dt.date | None
    generated_at: dt.datetime
    articles: int
    stories: int
    outlets: int
    duplicates: int
    undated_in: int
    undated_left_out: int
    other_days_left_out: int
    first: dt.date | None
    last: dt.date | None
    sections: tuple[SectionView, ...]
    sources: tuple[SourceView, ...]
    problems: tuple[ProblemView, ...]

    @property
    def title(self) -> str:
        return f"Daily brief: {long_date(self.date)}" if self.date else "Daily brief (undated)"

    @property
    def counts(self) -> str:
        """The headline line: articles, distinct sources, duplicates merged (and undated left out)."""
        parts = [plural(self.articles, "article"), plural(self.outlets, "source"),
                 plural(self.duplicates, "duplicate") + " merged"]
        if self.undated_left_out:
            parts.append(f"{self.undated_left_out} undated left out")
        if self.other_days_left_out:
            parts.append(f"{self.other_days_left_out} of other days left out")
        return " · ".join(parts)

    @property
    def coverage(self) -> str:
        """Which days the articles come from, and what was left out."""
        bits: list[str] = []
        if self.first:
            bits.append(f"Articles published {date_span(self.first, self.last)}")
        if self.undated_in:
            bits.append(f"plus {plural(self.undated_in, 'undated article')}" if bits else "No article carries a date")
        text = ", ".join(bits) + "." if bits else ""
        if self.undated_left_out:
            text += f" {plural(self.undated_left_out, 'undated article')} left out."
        if self.other_days_left_out:
            text += f" {plural(self.other_days_left_out, 'article')} of other days left out."
        return text.strip()

    @property
    def generated(self) -> str:
        g = self.generated_at
        if g.tzinfo is not None:
            g = g.astimezone(dt.timezone.utc)
        return f"Generated {g:%Y-%m-%d %H:%M} UTC."

    def source(self, number: int) -> SourceView:
        return self.sources[number - 1]


class _Numbers:
    """The brief's one numbering (:attr:`Brief.source_numbers`), and which sources the
    storylines cite."""

    def __init__(self, brief: Brief):
        self.number = brief.source_numbers
        self.cited: set[int] = set()

    def cite(self, ids: Iterable[str]) -> tuple[int, ...]:
        """The numbers of these sources, each once, in ascending order ([1][2][4], never [4][2][1])."""
        out = sorted({n for n in map(self.number.get, ids) if n is not None})
        self.cited.update(out)
        return tuple(out)


def _section(s: Storyline, brief: Brief, nums: _Numbers) -> SectionView:
    points = tuple(PointView(clean(p.text), nums.cite(p.sources or (p.article,)), p.corroboration,
                             clean(p.via, 100) or None, brief.undated(p.sources or (p.article,)))
                   for p in s.summary if clean(p.text))
    quotes: list[QuoteView] = []
    for qi in s.quotes:
        if 0 <= qi < len(brief.quotes):
            q: Quote = brief.quotes[qi]
            if quote_text(q.text):
                quotes.append(QuoteView(quote_text(q.text), clean(q.speaker, 200) or None,
                                        clean(q.role, 200) or None, nums.cite((q.article,))))
    events = tuple(EventView(e.date, clean(e.text), nums.cite(_event_sources(e)),
                             brief.date is not None and e.date > brief.date)
                   for e in s.timeline if clean(e.text))
    players = tuple(PlayerView(clean(p.name, 200), p.kind, clean(p.role, 200) or None, p.mentions,
                               len({nums.number.get(a, a) for a in p.articles}))
                    for p in s.players if clean(p.name, 200))
    disputes = tuple(
        DisputeView(clean(d.about, 60), tuple(
            SideView(clean(side.label, 200), clean(side.speaker, 200) or None, nums.cite(side.sources or (side.article,)))
            for side in d.sides))
        for d in s.disputes
    )
    analysis = tuple(PointView(clean(p.text), nums.cite(p.sources or (p.article,)), 1, outlet=_outlet(brief, p.article))
                     for p in s.analysis if clean(p.text))
    return SectionView(clean(s.key, 100), clean(s.title, 200) or clean(s.key, 100), s.found, clean(s.headline, 300),
                       disputes, analysis, len(s.articles),
                       s.first, s.last, points, tuple(quotes), events, players)


def _outlet(brief: Brief, article_id: str) -> str | None:
    try:
        return clean(brief.article(article_id).outlet, 200) or None
    except KeyError:
        return None


def _event_sources(e: TimelineEvent) -> tuple[str, ...]:
    return (e.article,) + tuple(x for x in e.sources if x != e.article)


def _copy(a: Article) -> CopyView:
    return CopyView(clean(a.title, 500) or clean(a.path, 500), clean(a.outlet, 200) or None, a.published,
                    clean(a.path, 1000), safe_url(a.url), clean(a.url, MAX_URL), clean(a.author, 200) or None)


def build_outline(brief: Brief) -> Outline:
    nums = _Numbers(brief)
    sections = tuple(_section(s, brief, nums) for s in brief.storylines)
    kept: dict[int, Article] = {}
    copies: dict[int, list[Article]] = {}
    ids = frozenset(a.id for a in brief.articles)
    for a in brief.articles:
        n = nums.number.get(a.id)
        if n is None:
            continue
        if a.duplicate_of is None or a.duplicate_of not in ids:
            kept.setdefault(n, a)
        else:
            copies.setdefault(n, []).append(a)
    sources = []
    for n in sorted(kept):
        a = kept[n]
        c = _copy(a)
        sources.append(SourceView(n, c.title, c.outlet, c.published, c.path, c.url, c.raw_url,
                                  tuple(_copy(x) for x in copies.get(n, ())), n in nums.cited,
                                  brief.is_stale(a.id), c.author))
    dates = [a.published for a in brief.articles if a.published]
    return Outline(
        date=brief.date,
        generated_at=brief.generated_at,
        articles=len(brief.articles),
        stories=len(brief.primary_articles),
        outlets=len(brief.outlets),
        duplicates=brief.duplicates_merged,
        undated_in=sum(1 for a in brief.articles if a.published is None),
        undated_left_out=brief.left_out_undated,
        other_days_left_out=brief.left_out_other_days,
        first=min(dates, default=None),
        last=max(dates, default=None),
        sections=sections,
        sources=tuple(sources),
        problems=tuple(_problem(p) for p in brief.problems),
    )


def _problem(p: Problem) -> ProblemView:
    return ProblemView(clean(p.path, 1000), clean(p.reason, 500), p.severity)


def byline(c: CopyView | SourceView) -> str:
    """``Outlet, by Anna Berg, 3 Nov 2025`` (or ``undated``, ``undated, stale``); plain text, renderers
    escape it."""
    when = short_date(c.published) if c.published else "undated"
    if isinstance(c, SourceView) and c.stale:
        when += ", stale"
    return ", ".join(x for x in (c.outlet, f"by {c.author}" if c.author else None, when) if x)


def where(c: CopyView | SourceView) -> str:
    """The URL when there is one, else the file path (plain text)."""
    return c.url or c.raw_url or c.path

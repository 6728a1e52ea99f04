"""The brief: one typed, immutable value that the TUI and every exporter only read.

Everything here is a frozen dataclass holding tuples, so a built brief cannot be
changed after ``build_brief`` returns it.  Article ids are strings; every other
record points at articles by id and at paragraphs by their index in
``Article.paragraphs``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet"]


def _reduce_by_fields(self: object) -> tuple[type, tuple[object, ...]]:
    """Pickle a frozen, slotted value as its class called with its fields in order: several
    times faster to send between processes than the default slot-state pickling."""
    return type(self), tuple(getattr(self, name) for name in self.__slots__)  # type: ignore[attr-defined]


def fast_pickle(cls: type) -> type:
    """Class decorator (put above ``@dataclass(frozen=True, slots=True)``): see :func:`_reduce_by_fields`.
    Only for plain values: every field in ``__init__``, in slot order, and no ``__post_init__``."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if (getattr(cls, "__slots__", None) != names or any(not f.init for f in dataclasses.fields(cls))
            or hasattr(cls, "__post_init__")):
        raise TypeError(f"fast_pickle cannot rebuild {cls.__name__} from its fields")
    cls.__reduce__ = _reduce_by_fields  # type: ignore[assignment,method-assign]
    return cls


@fast_pickle
@dataclass(frozen=True, slots=True)
class Block:
    """One structural unit of an article: a heading, a paragraph or a bullet."""

    index: int
    kind: BlockKind
    text: str  # original characters, control characters removed


@fast_pickle
@dataclass(frozen=True, slots=True)
class Problem:
    """A file (or a record inside one) that was skipped or loaded with a warning."""

    path: str
    reason: str
    severity: Literal["error", "warning"] = "error"


@fast_pickle
@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: str
    title: str
    published: _dt.date | None
    outlet: str | None
    url: str | None
    blocks: tuple[Block, ...]
    words: int
    content_hash: str
    duplicate_of: str | None = None  # id of the kept copy, when this is a re-publication
    copies: tuple[str, ...] = ()  # ids of the copies merged into this one (on the kept copy)
    author: str | None = None  # the byline a feed or page gives

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None


@fast_pickle
@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph (or the sentences of one) that a storyline draws on."""

    article: str
    paragraph: int
    text: str
    score: float = 0.0


@fast_pickle
@dataclass(frozen=True, slots=True)
class SubStory:
    label: str
    passages: tuple[Passage, ...]
    articles: tuple[str, ...]


@fast_pickle
@dataclass(frozen=True, slots=True)
class SummaryPoint:
    text: str
    sources: tuple[str, ...]  # article ids that carry the claim, primary first
    article: str  # the article the sentence was taken from
    paragraph: int
    corroboration: int  # how many independent reports carry it (copies once; one outlet's report retold, once)
    via: str | None = None  # the outlet the point's sentence takes its report from ("according to the FT")


@fast_pickle
@dataclass(frozen=True, slots=True)
class DisputeSide:
    """One account of a disputed event: how it puts it and who carries it."""

    label: str  # the account in its own words: "cancelled", "postponed, not canceled"
    text: str  # the sentence that gives it
    sources: tuple[str, ...]  # article ids that report it, the sentence's first
    article: str
    paragraph: int
    speaker: str | None = None  # who the sentence says gives this account, when it says


@fast_pickle
@dataclass(frozen=True, slots=True)
class Dispute:
    """Conflicting accounts of one event (cancelled against postponed; a denial)."""

    sides: tuple[DisputeSide, ...]
    about: str = ""  # what both accounts are about, in the first's words ("summit"); "" when unclear


@fast_pickle
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None  # canonical name, or None when unattributed
    article: str
    paragraph: int
    role: str | None = None
    verb: str | None = None
    key: bool = False
    storylines: tuple[str, ...] = ()
    score: float = 0.0


@fast_pickle
@dataclass(frozen=True, slots=True)
class TimelineEvent:
    date: _dt.date
    text: str
    article: str
    paragraph: int
    sources: tuple[str, ...] = ()  # every article reporting the event, ``article`` first


@fast_pickle
@dataclass(frozen=True, slots=True)
class Player:
    name: str
    kind: Literal["person", "organisation"]
    role: str | None
    mentions: int
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True, repr=False)
class Storyline:
    key: str
    title: str
    articles: tuple[str, ...]  # by date, undated last
    passages: tuple[Passage, ...]
    summary: tuple[SummaryPoint, ...] = ()
    quotes: tuple[int, ...] = ()  # indices into Brief.quotes, key quotes only, best first
    substories: tuple[SubStory, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    players: tuple[Player, ...] = ()
    first: _dt.date | None = None
    last: _dt.date | None = None
    headline: str = ""  # a short title of what happened; the lede is summary[0]
    disputes: tuple[Dispute, ...] = ()  # what outlets or speakers give conflicting accounts of
    analysis: tuple[SummaryPoint, ...] = ()  # the writers' own judgements, kept apart from the points
    found: bool = False  # grouped from the articles' own words, not configured

    def __repr__(self) -> str:  # short: a storyline may hold thousands of passages
        return f"Storyline({self.key!r}, {len(self.articles)} articles, {len(self.summary)} points)"


@fast_pickle
@dataclass(frozen=True, slots=True)
class Claim:
    """Near-identical sentences carried by several articles (a corroborated claim)."""

    text: str
    sources: tuple[str, ...]
    corroboration: int


@dataclass(frozen=True, slots=True, repr=False)
class Brief:
    date: _dt.date | None
    generated_at: _dt.datetime
    articles: tuple[Article, ...]
    storylines: tuple[Storyline, ...]
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    problems: tuple[Problem, ...] = ()
    left_out_undated: int = 0
    left_out_other_days: int = 0  # dated articles of other days than ``date`` left out (``--date``)
    stale: tuple[str, ...] = ()  # undated articles whose own dates place them well before the rest
    new: tuple[str, ...] = ()  # articles first seen after new_since (the dashboard's: see briefing.pipeline.seen)
    new_since: _dt.datetime | None = None
    _by_id: Mapping[str, Article] = field(init=False, compare=False, repr=False)
    _stale: frozenset[str] = field(init=False, compare=False, repr=False)
    _new: frozenset[str] = field(init=False, compare=False, repr=False)
    _numbers: Mapping[str, int] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({a.id: a for a in self.articles}))
        object.__setattr__(self, "_stale", frozenset(self.stale))
        object.__setattr__(self, "_new", frozenset(self.new))

    def __repr__(self) -> str:  # short: a brief may hold millions of values (debug output, worker names)
        return (f"Brief(date={self.date}, {len(self.articles)} articles, {len(self.storylines)} storylines, "
                f"{len(self.quotes)} quotes)")

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def is_stale(self, article_id: str) -> bool:
        """Whether an article is stale (see :mod:`briefing.summaries.freshness`)."""
        return article_id in self._stale

    def is_new(self, article_id: str) -> bool:
        """Whether an article was first seen after :attr:`new_since`."""
        return article_id in self._new

    def all_new(self, article_ids: Iterable[str]) -> bool:
        """Whether every one of these articles is new (a point that only new articles report is news)."""
        ids = list(article_ids)
        return bool(self._new) and bool(ids) and all(a in self._new for a in ids)

    def undated(self, article_ids: Iterable[str]) -> bool:
        """Whether every one of these articles is undated (a point that stands on undated
        reports only: the reader cannot tell how fresh it is)."""
        found = [self._by_id[a] for a in article_ids if a in self._by_id]
        return bool(found) and all(a.published is None for a in found)

    @property
    def source_numbers(self) -> Mapping[str, int]:
        """Every article's source number, the same in the dashboard and every export (a copy
        has its kept copy's number): see :func:`number_sources`.  Worked out once."""
        if self._numbers is None:
            object.__setattr__(self, "_numbers", MappingProxyType(number_sources(self)))
        assert self._numbers is not None
        return self._numbers

    def storyline(self, key: str) -> Storyline:
        for s in self.storylines:
            if s.key == key:
                return s
        raise KeyError(key)

    @property
    def primary_articles(self) -> tuple[Article, ...]:
        return tuple(a for a in self.articles if a.duplicate_of is None)

    @property
    def outlets(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for a in self.articles:
            seen.setdefault(a.outlet or a.path, None)
        return tuple(seen)

    @property
    def duplicates_merged(self) -> int:
        return sum(1 for a in self.articles if a.duplicate_of is not None)


# ---- one numbering of the brief's sources, shared by the dashboard and every export -----------
# Sources are numbered in the order a reader of the brief first meets their citations:
# storyline by storyline, its summary points, then its key quotes, then its timeline; the
# sources nobody cites follow in the brief's order.  A merged copy has the number of the copy
# that was kept, so ``[3]`` means the same story everywhere.

def kept_ids(brief: Brief) -> dict[str, str]:
    """Each article's kept copy (itself when it is not a copy)."""
    ids = {a.id for a in brief.articles}
    return {a.id: (a.duplicate_of if a.duplicate_of in ids else a.id) for a in brief.articles}


def number_sources(brief: Brief) -> dict[str, int]:
    """Article id (copies included) -> its source number."""
    kept = kept_ids(brief)
    number: dict[str, int] = {}

    def cite(ids: Iterable[str]) -> None:
        for i in ids:
            k = kept.get(i)
            if k is not None and k not in number:
                number[k] = len(number) + 1

    for s in brief.storylines:  # what the exports show (they leave out an item with no text)
        for p in s.summary:
            if p.text.strip():
                cite(p.sources or (p.article,))
        for qi in s.quotes:
            if 0 <= qi < len(brief.quotes) and brief.quotes[qi].text.strip(" \"'“”‘’«»„"):
                cite((brief.quotes[qi].article,))
        for e in s.timeline:
            if e.text.strip():
                cite((e.article,) + e.sources)
    cite(a.id for a in (brief.primary_articles or brief.articles))
    return {aid: number[k] for aid, k in kept.items() if k in number}

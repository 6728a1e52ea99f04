"""What a search gives: each hit with its place in the brief (:class:`Hit`, grouped in a
:class:`SearchResult`), and everything a query matches, for filtering the panes in place
(:class:`Matches`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..model import Brief
from .forms import find_spans, fold_same_length, snippet

Kind = Literal["storyline", "point", "event", "quote", "article", "text"]
KINDS: tuple[Kind, ...] = ("storyline", "point", "event", "quote", "article", "text")
KIND_LABELS: dict[Kind, str] = {
    "storyline": "Storylines",
    "point": "Summary points",
    "event": "Timeline",
    "quote": "Quotes",
    "article": "Article titles",
    "text": "Article text",
}

@dataclass(frozen=True, slots=True)
class Hit:
    """One matching document.  ``spans`` are (start, end) offsets into ``text``."""

    kind: Kind
    text: str
    spans: tuple[tuple[int, int], ...]
    score: float
    storyline: str | None = None  # the storyline to show it in
    point: int | None = None  # index into that storyline's summary (or its timeline, for an event)
    quote: int | None = None  # index into Brief.quotes
    article: str | None = None
    paragraph: int | None = None  # block index in the article


@dataclass(frozen=True, slots=True, repr=False)
class Matches:
    """Everything in a brief that matches a query, without a limit: what the dashboard's panes
    keep when they filter in place.  Highlight a text's matches with :meth:`spans`."""

    query: str
    marks: tuple[tuple[str, int], ...]  # (index word, characters of it to highlight)
    storylines: frozenset[str]  # storylines whose title matches
    points: frozenset[tuple[str, int]]  # (storyline key, index into its summary)
    events: frozenset[tuple[str, int]]  # (storyline key, index into its timeline)
    quotes: frozenset[int]  # indices into Brief.quotes (text or speaker)
    titles: frozenset[str]  # primary articles whose title matches
    texts: frozenset[str]  # primary articles whose text matches
    counts: Mapping[str, int]  # per storyline: its matching points, events, quotes and articles

    def __repr__(self) -> str:  # short: the sets may hold thousands of ids
        return f"Matches({self.query!r}, {sum(self.counts.values())} in {len(self.counts)} storylines)"

    @property
    def articles(self) -> frozenset[str]:
        return self.titles | self.texts

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        return find_spans(fold_same_length(text), list(self.marks))

    def shows(self, storyline: str) -> bool:
        """Whether the storyline has anything that matches (its title included)."""
        return storyline in self.storylines or self.counts.get(storyline, 0) > 0

    def text_snippet(self, brief: Brief, article_id: str, width: int) -> tuple[str, tuple[tuple[int, int], ...]]:
        """A one-line window of the article's first paragraph that matches, and the spans in it."""
        try:
            article = brief.article(article_id)
        except KeyError:
            return "", ()
        for block in article.blocks:
            spans = self.spans(block.text)
            if spans:
                return snippet(block.text, spans, max(8, width), lead=max(0, width // 4))
        return "", ()


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    groups: tuple[tuple[Kind, tuple[Hit, ...]], ...]  # kinds with hits, in KINDS order

    @property
    def total(self) -> int:
        return sum(len(h) for _, h in self.groups)

    def hits(self) -> list[Hit]:
        return [h for _, hs in self.groups for h in hs]

"""One numbering of a brief's sources, shared by the dashboard and every export.

Sources are numbered in the order a reader of the brief first meets their citations:
storyline by storyline, its summary points, then its key quotes, then its timeline; the
sources nobody cites follow in the brief's order.  A merged copy has the number of the copy
that was kept, so ``[3]`` means the same story everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from .model import Brief


def kept_ids(brief: "Brief") -> dict[str, str]:
    """Each article's kept copy (itself when it is not a copy)."""
    ids = {a.id for a in brief.articles}
    return {a.id: (a.duplicate_of if a.duplicate_of in ids else a.id) for a in brief.articles}


def number_sources(brief: "Brief") -> dict[str, int]:
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

"""Helpers for the summary and timeline tests: storylines and claim groups made by hand."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing.model import Article, Claim, Passage, Storyline
from briefing.text.words import normalize


def storyline_of(articles: Sequence[Article], key: str = "other", title: str = "Other") -> Storyline:
    """A storyline holding every non-heading block of ``articles`` as a passage."""
    passages = tuple(
        Passage(a.id, b.index, b.text, 1.0) for a in articles if a.duplicate_of is None for b in a.blocks if b.kind != "heading"
    )
    dates = [a.published for a in articles if a.published]
    return Storyline(
        key,
        title,
        tuple(a.id for a in articles if a.duplicate_of is None),
        passages,
        first=min(dates, default=None),
        last=max(dates, default=None),
    )


class HandClaims:
    """Stands in for :class:`briefing.dedup.claims.ClaimGroups`: ``lookup`` finds a claim by
    the normalised sentence, for the articles that carry it."""

    def __init__(self, claims: Iterable[tuple[str, tuple[str, ...], int]] = ()) -> None:
        self._by: dict[tuple[str, str], Claim] = {}
        for text, sources, corroboration in claims:
            claim = Claim(text, sources, corroboration)
            for a in sources:
                self._by[(a, normalize(text))] = claim

    def lookup(self, article_id: str, sentence: str) -> Claim | None:
        return self._by.get((article_id, normalize(sentence)))

    def is_template(self, article_id: str, sentence: str) -> bool:
        return False  # hand-made claims hold no template lines

"""Claim-level grouping: the same fact carried by several articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .config_model import Config
from .model import Article, Claim
from .sentences import split_sentences
from .text import normalize


@dataclass(frozen=True)
class ClaimGroups:
    claims: tuple[Claim, ...]
    _index: dict[tuple[str, str], int] = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, article_id: str, sentence: str) -> Claim | None:
        """The claim a sentence of an article belongs to, when other articles carry it too."""
        i = self._index.get((article_id, normalize(sentence)))
        return None if i is None else self.claims[i]


def _story(a: Article) -> str:
    return a.duplicate_of or a.id


def group_claims(articles: Sequence[Article], config: Config) -> ClaimGroups:
    by_norm: dict[str, list[tuple[Article, str]]] = {}
    for a in articles:
        for b in a.blocks:
            if b.kind == "heading":
                continue
            for s in split_sentences(b.text):
                by_norm.setdefault(normalize(s), []).append((a, s))
    claims: list[Claim] = []
    index: dict[tuple[str, str], int] = {}
    for norm, hits in by_norm.items():
        stories = {_story(a) for a, _ in hits}
        if len(hits) < 2:
            continue
        sources = tuple(dict.fromkeys(a.id for a, _ in hits))
        for a, _ in hits:
            index[(a.id, norm)] = len(claims)
        claims.append(Claim(text=hits[0][1], sources=sources, corroboration=len(stories)))
    return ClaimGroups(tuple(claims), index)

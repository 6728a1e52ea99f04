"""Storyline summaries: extractive points, each citing every article that carries it."""

from __future__ import annotations

from typing import Mapping

from .claims import ClaimGroups
from .config_model import Config
from .model import Article, Storyline, SummaryPoint
from .sentences import split_sentences
from .text import normalize

MAX_POINTS = 7


def summarize(storyline: Storyline, articles: Mapping[str, Article], claims: ClaimGroups, config: Config) -> tuple[SummaryPoint, ...]:
    ranked = sorted(storyline.passages, key=lambda p: -p.score)
    points: list[SummaryPoint] = []
    seen: set[str] = set()
    for p in ranked:
        sentences = split_sentences(p.text)
        if not sentences:
            continue
        s = sentences[0]
        norm = normalize(s)
        if norm in seen or len(s.split()) < 6 or s.endswith("?"):
            continue
        seen.add(norm)
        claim = claims.lookup(p.article, s)
        art = articles[p.article]
        sources = claim.sources if claim else (p.article,) + art.copies
        corroboration = claim.corroboration if claim else 1
        points.append(SummaryPoint(s, tuple(sources), p.article, p.paragraph, corroboration))
        if len(points) == MAX_POINTS:
            break
    return tuple(points)

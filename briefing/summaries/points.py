"""Storyline summaries: 3 to 7 extractive points, each citing every article that
carries the same claim, ordered by importance, none repeating another.

Importance = centrality (TF-IDF similarity to the storyline's centroid, each article
weighing the same) x the storyline's own terms x position (leads first) x quality
(specific, not commentary) x corroboration (distinct stories carrying the claim) x
recency (the storyline's latest articles count a little more).  The best
:data:`MMR_POOL` candidates then go through maximal marginal relevance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ..config.schema import Config
from ..dedup.claims import ClaimGroups
from ..model import Article, Claim, Storyline, SummaryPoint
from ..text.filler import merged_patterns
from . import mmr
from .candidates import Candidate, capped_passages, paragraph_ranks, passage_candidates
from .centrality import Centroid, TermRelevance, find_spec

MAX_POINTS = 40  # the word budget (config summary.words, at most 1000) ends summaries first
MIN_POINTS = 3
MMR_POOL = 50  # candidates that go through MMR
CLAIM_POOL = 200  # candidates whose claims are looked up (corroboration reorders them)
FLOOR = 0.0  # past the minimum, a point must score this share of the best one


def _recency(article: Article, last: dt.date | None) -> float:
    if article.published is None or last is None:
        return 1.0
    age = (last - article.published).days
    return 1.0 + 0.15 * max(0.0, 1.0 - age / 14.0)


def _corroboration_weight(n: int) -> float:
    return 1.0 + 1.0 * (min(n, 5) - 1)  # what three outlets report outweighs any lead


def _claim(claims: ClaimGroups, c: Candidate) -> Claim | None:
    for key in c.keys:
        found = claims.lookup(c.article, key)
        if found is not None:
            return found
    return None


def _sources(c: Candidate, claim: Claim | None, articles: Mapping[str, Article]) -> tuple[str, ...]:
    """The point's article first, then every other article with the claim, copies included."""
    ids: dict[str, None] = {c.article: None}
    for a in (claim.sources if claim else ()):
        ids.setdefault(a, None)
    for a in list(ids):
        art = articles.get(a)
        for copy in art.copies if art else ():
            ids.setdefault(copy, None)
    return tuple(ids)


def _recent_year(storyline: Storyline) -> int | None:
    return storyline.last.year if storyline.last else None


def summarize(storyline: Storyline, articles: Mapping[str, Article], claims: ClaimGroups,
              config: Config) -> tuple[SummaryPoint, ...]:
    ranks = {a: paragraph_ranks(articles[a]) for a in {p.article for p in storyline.passages} if a in articles}
    year = _recent_year(storyline)
    cands: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    debris = merged_patterns(config.boilerplate)
    for p in capped_passages(storyline.passages, ranks):
        if p.article not in articles:
            continue
        rank = ranks[p.article].get(p.paragraph, 0)
        for c in passage_candidates(p, rank, debris, year):
            if (c.article, c.text) not in seen:  # passages may overlap
                seen.add((c.article, c.text))
                cands.append(c)
    if not cands:
        return ()
    centroid = Centroid([(c.article, c.words) for c in cands])
    relevance = TermRelevance(find_spec(config.storylines, storyline.key))
    for i, c in enumerate(cands):
        c.score = (
            centroid.centrality(i)
            * (0.3 + 0.7 * relevance(c.plain))
            * c.weight
            * _recency(articles[c.article], storyline.last)
        )
    cands.sort(key=lambda c: -c.score)
    pool = cands[:CLAIM_POOL]
    found: dict[int, Claim | None] = {}
    for c in pool:
        claim = _claim(claims, c)
        found[id(c)] = claim
        c.score *= _corroboration_weight(claim.corroboration if claim else 1)
    pool.sort(key=lambda c: -c.score)
    pool = pool[:MMR_POOL]

    def same_claim(a: Candidate, b: Candidate) -> bool:
        ca, cb = found.get(id(a)), found.get(id(b))
        return ca is not None and ca == cb

    chosen = mmr.select(
        pool,
        lambda c: mmr.Choice(c.score, frozenset(c.words)),
        limit=MAX_POINTS,
        minimum=MIN_POINTS,
        floor=FLOOR,
        same=same_claim,
        enough=lambda picked: sum(len(c.text.split()) for c in picked) >= config.summary.words,
    )
    points: list[SummaryPoint] = []
    for c in chosen:
        claim = found.get(id(c))
        points.append(
            SummaryPoint(
                text=c.text,
                sources=_sources(c, claim, articles),
                article=c.article,
                paragraph=c.paragraph,
                corroboration=claim.corroboration if claim else 1,
            )
        )
    return tuple(points)

"""Storyline summaries: extractive points up to the config's word budget, each citing
every story that reports the same thing (in the same words or in its own: see
:mod:`.paraphrase`), none repeating another.

Importance = centrality (TF-IDF similarity to the storyline's centroid, each article
weighing the same) x the storyline's own terms x position (leads first) x quality
(specific, not commentary) x corroboration (distinct stories reporting it) x recency (the
storyline's latest articles count a little more).  The best :data:`MMR_POOL` candidates
then go through maximal marginal relevance.  The points are listed by how many stories
report them, then by importance: what most outlets report leads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..config.schema import Config
from ..dedup.claims import ClaimGroups
from ..model import Article, Claim, Dispute, Storyline, SummaryPoint
from ..text.filler import merged_patterns
from ..text.opinion import is_analysis
from ..text.outlets import outlet_key, same_outlet, via
from . import mmr, paraphrase
from .candidates import Candidate, capped_passages, paragraph_ranks, passage_candidates
from .centrality import Centroid, TermRelevance, find_spec
from .disputes import find_disputes

MAX_POINTS = 40  # the word budget (config summary.words, at most 1000) ends summaries first
MIN_POINTS = 3
MAX_ANALYSIS = 2  # the writers' judgements listed apart from the points
MMR_POOL = 50  # candidates that go through MMR
CLAIM_POOL = 200  # candidates whose claims are looked up (corroboration reorders them)
FLOOR = 0.0  # past the minimum, a point must score this share of the best one


UNDATED = 0.9  # an undated article's sentence, in a storyline with dated ones: what dated sources say leads


def _recency(article: Article, last: dt.date | None) -> float:
    if last is None:
        return 1.0
    if article.published is None:
        return UNDATED
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


@dataclass(slots=True, eq=False)
class _Report:
    """One fact as several stories report it: near-identical claims and paraphrases."""

    stories: dict[str, None] = field(default_factory=dict)  # the stories that carry it, in citing order
    sources: dict[str, None] = field(default_factory=dict)  # their articles, copies included
    originals: dict[str, None] = field(default_factory=dict)  # its original reports: a story, or "via" an outlet

    @property
    def count(self) -> int:
        """How many independent reports carry it: stories retelling one outlet's report count once."""
        return len(self.originals)


def _original(story: str, via: str | None, retold: set[str], articles: Mapping[str, Article]) -> str:
    """Whose report a story's sentence is: the outlet it retells; the story's own outlet when
    other stories of the report retell that outlet (its own story and retellings of it are one
    report); else the story itself (two stories of one outlet stay two)."""
    if via:
        return f"outlet:{outlet_key(via)}"
    art = articles.get(story)
    own = outlet_key(art.outlet) if art is not None and art.outlet else None
    return f"outlet:{own}" if own in retold else story


def via_of(c: Candidate, articles: Mapping[str, Article]) -> str | None:
    """The outlet a candidate's sentence takes its report from, unless that is its own outlet."""
    found = via(c.text)
    art = articles.get(c.article)
    return None if found is None or (art is not None and same_outlet(found, art.outlet)) else found


def _story(article_id: str, articles: Mapping[str, Article]) -> str:
    art = articles.get(article_id)
    return (art.duplicate_of or art.id) if art else article_id


def _reports(pool: Sequence[Candidate], gists: Sequence[paraphrase.Gist], rarity: paraphrase.Rarity,
             claims: ClaimGroups, articles: Mapping[str, Article]) -> dict[int, _Report]:
    """Candidate (by id) -> the report it belongs to: its near-identical claim, joined with the
    pool's paraphrases of it from other stories (:mod:`.paraphrase`).  ``pool``: best first."""
    leader = paraphrase.group_reports(gists, [c.article for c in pool], rarity)
    by_leader: dict[int, _Report] = {}
    out: dict[int, _Report] = {}
    carried: dict[int, list[tuple[str, str | None]]] = {}  # report -> (story, the outlet it retells)
    for c, lead in zip(pool, leader):
        report = by_leader.setdefault(lead, _Report())
        out[id(c)] = report
        claim = _claim(claims, c)
        outlet = via_of(c, articles)
        for a in (c.article, *(claim.sources if claim else ())):
            story = _story(a, articles)
            report.stories.setdefault(story, None)
            report.sources.setdefault(a, None)
            carried.setdefault(id(report), []).append((story, outlet))
    for report in by_leader.values():
        pairs = carried[id(report)]
        retold = {outlet_key(o) for _, o in pairs if o}
        told: dict[str, str | None] = {}  # a story's one account of the report: its own where it has one
        for story, outlet in pairs:
            if story not in told or outlet is None:
                told[story] = outlet
        for story, outlet in told.items():
            report.originals.setdefault(_original(story, outlet, retold, articles), None)
    return out


def _sources(c: Candidate, report: _Report, articles: Mapping[str, Article]) -> tuple[str, ...]:
    """The point's article first, then every other story carrying the report, dated ones before
    undated ones, copies included."""
    ids: dict[str, None] = {c.article: None}
    undated = [a for a in report.sources if (art := articles.get(a)) is not None and art.published is None]
    for a in [a for a in report.sources if a not in undated] + undated:
        ids.setdefault(a, None)
    for a in list(ids):
        art = articles.get(a)
        for copy in art.copies if art else ():
            ids.setdefault(copy, None)
    return tuple(ids)


def _analysis(judged: Sequence[Candidate], articles: Mapping[str, Article]) -> tuple[SummaryPoint, ...]:
    """The best :data:`MAX_ANALYSIS` of the writers' judgements (best first), one per article."""
    out: list[SummaryPoint] = []
    for c in judged:
        if len(out) >= MAX_ANALYSIS:
            break
        if all(p.article != c.article for p in out):
            art = articles.get(c.article)
            out.append(SummaryPoint(c.text, (c.article, *(art.copies if art else ())), c.article, c.paragraph, 1))
    return tuple(out)


def _recent_year(storyline: Storyline) -> int | None:
    return storyline.last.year if storyline.last else None


@dataclass(frozen=True, slots=True)
class Summary:
    points: tuple[SummaryPoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    analysis: tuple[SummaryPoint, ...] = ()


def summarize(storyline: Storyline, articles: Mapping[str, Article], claims: ClaimGroups,
              config: Config) -> tuple[SummaryPoint, ...]:
    """The storyline's summary points (:func:`summarize_storyline`)."""
    return summarize_storyline(storyline, articles, claims, config).points


def summarize_storyline(storyline: Storyline, articles: Mapping[str, Article], claims: ClaimGroups,
                        config: Config, *, stale: frozenset[str] = frozenset()) -> Summary:
    """The storyline's summary points, what its sources dispute (:mod:`.disputes`) and its
    writers' analysis.  ``stale`` articles (:mod:`.freshness`) make no points."""
    ranks = {a: paragraph_ranks(articles[a]) for a in {p.article for p in storyline.passages} if a in articles}
    year = _recent_year(storyline)
    cands: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    debris = merged_patterns(config.boilerplate)
    for p in capped_passages(storyline.passages, ranks):
        if p.article not in articles or p.article in stale:
            continue
        rank = ranks[p.article].get(p.paragraph, 0)
        for c in passage_candidates(p, rank, debris, year):
            if any(claims.is_template(c.article, k) for k in c.keys):
                continue  # a template line many days' stories carry: no news
            if (c.article, c.text) not in seen:  # passages may overlap
                seen.add((c.article, c.text))
                cands.append(c)
    if not cands:
        return Summary()
    centroid = Centroid([(c.article, c.words) for c in cands])
    relevance = TermRelevance(find_spec(config.storylines, storyline.key))
    for i, c in enumerate(cands):
        c.score = (
            centroid.centrality(i)
            * (0.3 + 0.7 * relevance(c.text))
            * c.weight
            * _recency(articles[c.article], storyline.last)
        )
    cands.sort(key=lambda c: -c.score)
    judged = {id(c) for c in cands if is_analysis(c.text)}
    analysis = _analysis([c for c in cands if id(c) in judged], articles)
    cands = [c for c in cands if id(c) not in judged]
    if not cands:
        return Summary(analysis=analysis)
    pool = cands[:CLAIM_POOL]
    names = paraphrase.name_stems(c.text for c in pool)
    gists = [paraphrase.gist(c.text, c.plain, names) for c in pool]
    rarity = paraphrase.Rarity(gists)
    reports = _reports(pool, gists, rarity, claims, articles)
    disputes = find_disputes(pool, gists, rarity, lambda c: reports[id(c)],
                             lambda c: _sources(c, reports[id(c)], articles))
    for c in pool:
        c.score *= _corroboration_weight(reports[id(c)].count)
    pool.sort(key=lambda c: -c.score)
    pool = pool[:MMR_POOL]

    def same_report(a: Candidate, b: Candidate) -> bool:
        return reports[id(a)] is reports[id(b)]

    chosen = mmr.select(
        pool,
        lambda c: mmr.Choice(c.score, frozenset(c.words)),
        limit=MAX_POINTS,
        minimum=MIN_POINTS,
        floor=FLOOR,
        same=same_report,
        enough=lambda picked: sum(len(c.text.split()) for c in picked) >= config.summary.words,
    )
    points: list[SummaryPoint] = []
    for c in chosen:
        report = reports[id(c)]
        points.append(
            SummaryPoint(
                text=c.text,
                sources=_sources(c, report, articles),
                article=c.article,
                paragraph=c.paragraph,
                corroboration=report.count,
                via=via_of(c, articles),
            )
        )
    points.sort(key=lambda p: -p.corroboration)  # what more outlets report leads (stable: else by rank)
    return Summary(tuple(points), disputes, analysis)

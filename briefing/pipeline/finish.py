"""Each storyline's summary, timeline, sub-stories and key players, made on every core.

They depend only on the storyline, the articles, the claims, the quotes, the name book
and the brief's vocabulary, so every storyline's parts are independent jobs (:class:`Part`)
for the runner.  A long storyline's key players are tallied in runs of :data:`TALLY_RUN`
passages (the "Other" of a big brief has hundreds of thousands); the runs are folded in
order, so the players are exactly those of one tally over every passage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Literal

from ..config.schema import Config
from ..dedup.claims import ClaimGroups
from ..model import Article, Dispute, Quote, Storyline, SubStory, SummaryPoint, TimelineEvent
from ..people.namebook import NameBook
from ..people.players import Tally, key_players, tally
from ..quotes.extract import attach_quotes, beside_points
from ..storylines.substories import thread_substories
from ..storylines.vocabulary import Vocabulary
from ..summaries.headline import storyline_headline
from ..summaries.points import summarize_storyline
from ..summaries.timeline import build_timeline
from ..work import Runner

TALLY_RUN = 10_000  # passages per key-player job
PartKind = Literal["summary", "timeline", "substories", "tally"]


@dataclass(frozen=True, slots=True)
class Part:
    """One job: a storyline's summary, timeline or sub-stories, or the tally of the key
    players named in its passages ``lo`` to ``hi``."""

    kind: PartKind
    storyline: int  # position in the storylines
    lo: int = 0
    hi: int = 0


@dataclass(frozen=True, slots=True)
class Made:
    """What one :class:`Part` made (the field of its kind)."""

    part: Part
    summary: tuple[SummaryPoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    analysis: tuple[SummaryPoint, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    substories: tuple[SubStory, ...] = ()
    tally: Tally | None = None


@dataclass(frozen=True, slots=True)
class Inputs:
    """What every job reads (shared with forked helpers, never sent to them)."""

    storylines: Sequence[Storyline]
    by_id: dict[str, Article]
    claims: ClaimGroups
    config: Config
    names: NameBook
    vocab: Vocabulary
    stale: frozenset[str] = frozenset()
    titles: Mapping[str, str] = field(default_factory=dict)


def parts_of(storylines: Sequence[Storyline]) -> list[Part]:
    jobs: list[Part] = []
    for i, s in enumerate(storylines):
        jobs += [Part("summary", i), Part("timeline", i), Part("substories", i)]
        n = len(s.passages)
        jobs += [Part("tally", i, lo, min(n, lo + TALLY_RUN)) for lo in range(0, max(n, 1), TALLY_RUN)]
    return jobs


def cost(part: Part, sizes: Sequence[int]) -> float:
    """A rough cost in milliseconds (measured at 10k articles), so that the dearest jobs
    start first: a summary, a timeline and sub-stories read a capped number of passages,
    but rank all of the storyline's (a little per passage); a tally grows with its passages."""
    if part.kind == "tally":
        return 0.02 * (part.hi - part.lo)
    base, per_passage = {"summary": (550.0, 0.007), "timeline": (170.0, 0.001)}.get(part.kind, (200.0, 0.0))
    return base + per_passage * sizes[part.storyline]


def make(part: Part, inputs: Inputs) -> Made:
    s = inputs.storylines[part.storyline]
    if part.kind == "summary":
        made = summarize_storyline(s, inputs.by_id, inputs.claims, inputs.config, stale=inputs.stale)
        return Made(part, summary=made.points, disputes=made.disputes, analysis=made.analysis)
    if part.kind == "timeline":
        return Made(part, timeline=build_timeline(s, inputs.by_id))
    if part.kind == "substories":
        return Made(part, substories=thread_substories(s.passages, inputs.vocab, inputs.titles))
    return Made(part, tally=tally(inputs.names, s.passages[part.lo:part.hi]))


def finish_storylines(storylines: Sequence[Storyline], by_id: dict[str, Article], claims: ClaimGroups,
                      config: Config, quotes: Sequence[Quote], names: NameBook, vocab: Vocabulary, *,
                      runner: Runner, stale: frozenset[str] = frozenset()) -> tuple[tuple[Storyline, ...], tuple[Quote, ...]]:
    """The storylines with their summaries, timelines, sub-stories (threaded with the brief's
    ``vocab``), key quotes and key players, and the ``quotes`` tied to their storylines
    (:func:`briefing.quotes.extract.attach_quotes`, done here while the helpers start on the jobs,
    none of which needs it)."""
    jobs = parts_of(storylines)
    inputs = Inputs(storylines, by_id, claims, config, names, vocab, stale, {k: a.title for k, a in by_id.items()})
    attached: list[tuple[tuple[Quote, ...], tuple[Storyline, ...]]] = []
    sizes = [len(s.passages) for s in storylines]
    results = runner.map(partial(make, inputs=inputs), jobs, cost=partial(cost, sizes=sizes),
                         meanwhile=lambda: attached.append(
                             attach_quotes(quotes, storylines, limit=config.quotes.key_per_storyline)))
    quotes, storylines = attached[0]
    made: dict[tuple[PartKind, int], Made] = {}
    tallies: dict[int, Tally] = {}
    for result in results:  # jobs are in passage order: the tallies fold in order
        part = result.part
        if part.kind != "tally":
            made[part.kind, part.storyline] = result
        elif result.tally is not None:
            if part.storyline in tallies:
                tallies[part.storyline].add(result.tally)
            else:
                tallies[part.storyline] = result.tally
    summaries = once_each([made["summary", i].summary for i in range(len(storylines))])
    keyed = beside_points(quotes, storylines, [[p.text for p in ps] for ps in summaries], config.quotes.key_per_storyline)
    analyses = once_each([made["summary", i].analysis for i in range(len(storylines))])
    return tuple(
        replace(s, summary=summaries[i], headline=storyline_headline(summaries[i], s.articles, by_id),
                quotes=keyed[i],
                disputes=made["summary", i].disputes, analysis=analyses[i],
                timeline=made["timeline", i].timeline,
                substories=made["substories", i].substories,
                players=key_players(s, by_id, quotes, names=names, counted=tallies[i]))
        for i, s in enumerate(storylines)
    ), quotes


def once_each(summaries: Sequence[tuple[SummaryPoint, ...]]) -> list[tuple[SummaryPoint, ...]]:
    """Each storyline's points without those an earlier storyline already makes (one sentence
    can feed several storylines; the brief says it once, where it comes first)."""
    said: set[tuple[str, int, str]] = set()
    out = []
    for points in summaries:
        kept = tuple(p for p in points if (p.article, p.paragraph, p.text) not in said)
        said.update((p.article, p.paragraph, p.text) for p in points)
        out.append(kept)
    return out

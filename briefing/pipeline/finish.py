"""Each storyline's summary, timeline, sub-stories and key players, made on both cores.

They depend only on the storyline, the articles, the claims, the quotes, the name book
and the brief's vocabulary, so every storyline's parts are independent jobs for
:func:`briefing.pipeline.runner.fork_map`.
A long storyline's key players are tallied in runs of :data:`TALLY_RUN` passages (the
"Other" of a big brief has hundreds of thousands); the runs are folded in order, so the
players are exactly those of one tally over every passage.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Sequence

from ..dedup.claims import ClaimGroups
from ..config.schema import Config
from ..model import Article, Quote, Storyline
from ..people.namebook import NameBook
from .runner import fork_map
from ..people.players import Tally, key_players, tally
from ..quotes.extract import attach_quotes
from ..storylines.substories import thread_substories
from ..storylines.vocabulary import Vocabulary
from ..summaries.points import summarize
from ..summaries.timeline import build_timeline

TALLY_RUN = 10_000  # passages per key-player job
_Job = tuple[str, int, int, int]  # (part, storyline position, first passage, end passage)


def _jobs(storylines: Sequence[Storyline]) -> list[_Job]:
    jobs: list[_Job] = []
    for i, s in enumerate(storylines):
        jobs += [("summary", i, 0, 0), ("timeline", i, 0, 0), ("substories", i, 0, 0)]
        n = len(s.passages)
        jobs += [("tally", i, lo, min(n, lo + TALLY_RUN)) for lo in range(0, max(n, 1), TALLY_RUN)]
    return jobs


def _cost(job: _Job, sizes: Sequence[int]) -> float:
    """A rough cost in milliseconds (measured at 10k articles), so that the dearest jobs
    start first: a summary, a timeline and sub-stories read a capped number of passages,
    but rank all of the storyline's (a little per passage); a tally grows with its passages."""
    part, i, lo, hi = job
    if part == "tally":
        return 0.02 * (hi - lo)
    base, per_passage = {"summary": (550.0, 0.007), "timeline": (170.0, 0.001)}.get(part, (200.0, 0.0))
    return base + per_passage * sizes[i]


def _run(job: _Job, storylines: Sequence[Storyline], by_id: dict[str, Article], claims: ClaimGroups,
         config: Config, names: NameBook, vocab: Vocabulary) -> object:
    part, i, lo, hi = job
    s = storylines[i]
    if part == "summary":
        return summarize(s, by_id, claims, config)
    if part == "timeline":
        return build_timeline(s, by_id)
    if part == "substories":
        return thread_substories(s.passages, vocab)
    return tally(names, s.passages[lo:hi])


def finish_storylines(storylines: Sequence[Storyline], by_id: dict[str, Article], claims: ClaimGroups,
                      config: Config, quotes: Sequence[Quote], names: NameBook, vocab: Vocabulary, *,
                      parallel: bool) -> tuple[tuple[Storyline, ...], tuple[Quote, ...]]:
    """The storylines with their summaries, timelines, sub-stories (threaded with the brief's
    ``vocab``), key quotes and key players, and the ``quotes`` tied to their storylines
    (:func:`briefing.quotes.extract.attach_quotes`, done here while the helpers start on the jobs,
    none of which needs it)."""
    jobs = _jobs(storylines)
    work = partial(_run, storylines=storylines, by_id=by_id, claims=claims, config=config, names=names, vocab=vocab)
    attached: list[tuple[tuple[Quote, ...], tuple[Storyline, ...]]] = []
    sizes = [len(s.passages) for s in storylines]
    results = fork_map(work, jobs, enabled=parallel, cost=partial(_cost, sizes=sizes),
                       meanwhile=lambda: attached.append(attach_quotes(quotes, storylines)))
    quotes, storylines = attached[0]
    made: dict[tuple[str, int], object] = {}
    tallies: dict[int, Tally] = {}
    for (part, i, _, _), value in zip(jobs, results):  # jobs are in passage order: fold in order
        if part != "tally":
            made[part, i] = value
        elif i in tallies:
            tallies[i].add(value)  # type: ignore[arg-type]
        else:
            tallies[i] = value  # type: ignore[assignment]
    return tuple(
        replace(s, summary=made["summary", i], timeline=made["timeline", i],  # type: ignore[arg-type]
                substories=made["substories", i],
                players=key_players(s, by_id, quotes, names=names, counted=tallies[i]))
        for i, s in enumerate(storylines)
    ), quotes

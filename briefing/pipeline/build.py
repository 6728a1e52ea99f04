"""``build_brief``: from loaded articles to the one immutable :class:`Brief`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from ..config.schema import Config
from ..dedup.claims import group_claims
from ..dedup.copies import find_duplicates
from ..model import Article, Brief, Problem, Storyline
from ..people.namebook import book_for
from ..quotes.extract import extract_quotes
from ..storylines.assign import assign_passages
from ..summaries.freshness import stale_articles
from ..work import SERIAL, Runner, gc_paused
from .finish import finish_storylines
from .runner import ForkRunner

Progress = Callable[[str, float], None]
PARALLEL_MIN_ARTICLES = 2000  # below this a fork costs more than it saves


def select_articles(
    articles: Sequence[Article], date: dt.date | None, include_undated: bool
) -> tuple[list[Article], int, int]:
    """The articles of one day (all when ``date`` is None), how many undated ones were left out and
    how many of other days."""
    if date is None:
        return list(articles), 0, 0
    kept = [a for a in articles if a.published == date or (include_undated and a.published is None)]
    undated_out = 0 if include_undated else sum(1 for a in articles if a.published is None)
    other_days = sum(1 for a in articles if a.published is not None and a.published != date)
    return kept, undated_out, other_days


def build_brief(
    articles: Iterable[Article],
    config: Config,
    *,
    problems: Iterable[Problem] = (),
    date: dt.date | None = None,
    include_undated: bool = False,
    progress: Progress | None = None,
    preview: Callable[[Sequence[Storyline]], None] | None = None,
    now: dt.datetime | None = None,
    runner: Runner | None = None,
) -> Brief:
    """Analyse ``articles`` into a brief.  Every article given (after the optional date
    filter) is listed in the brief, copies included.  ``progress(stage, fraction)`` follows
    the stages; ``preview(storylines)`` gets the storylines as soon as their articles are
    known (before their summaries, quotes and timelines), so a screen can show them early.
    ``runner`` shares the stages' work between the cores (default: a :class:`ForkRunner`, which
    forks where that is safe); a brief of fewer than :data:`PARALLEL_MIN_ARTICLES` articles is
    built in this process alone, where a fork would cost more than it saves."""
    def step(name: str, frac: float) -> None:
        if progress:
            progress(name, frac)

    chosen, undated_out, other_days_out = select_articles(list(articles), date, include_undated)
    with gc_paused():  # millions of short-lived objects and no cycles: see briefing.work
        step("de-duplicating", 0.1)
        run = (runner or ForkRunner()) if len(chosen) >= PARALLEL_MIN_ARTICLES else SERIAL
        chosen = find_duplicates(chosen, config.dedup, runner=run)
        by_id = {a.id: a for a in chosen}
        # claims depend only on the articles: on a big brief they run on the other core
        claims_result = run.call(group_claims, chosen, config)
        try:
            step("grouping storylines", 0.3)
            storylines, vocab = assign_passages(chosen, config, runner=run)
            if preview:
                preview(storylines)
            step("finding quotes", 0.5)
            names = book_for(chosen, config.aliases, runner=run)
            found = extract_quotes(chosen, config, names=names, runner=run)
        except BaseException:
            claims_result.cancel()  # no child left behind
            raise
        step("grouping claims", 0.65)
        claims = claims_result()
        step("summarising", 0.8)
        stale = stale_articles(chosen)
        storylines, quotes = finish_storylines(storylines, by_id, claims, config, found, names, vocab, runner=run,
                                               stale=stale)
    step("done", 1.0)
    brief_date = date or max((a.published for a in chosen if a.published), default=None)
    return Brief(
        date=brief_date,
        generated_at=now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        articles=tuple(chosen),
        storylines=storylines,
        quotes=quotes,
        claims=claims.claims,
        problems=tuple(problems),
        left_out_undated=undated_out,
        left_out_other_days=other_days_out,
        stale=tuple(sorted(stale)),
    )

"""Grouping what the articles say into the storylines of the config.

``assign_storylines`` returns one :class:`Storyline` per configured storyline, in
config order, *including those nothing matched* (a user who configured "Sanctions"
wants to see that there was no sanctions news rather than wonder whether the
storyline exists), then "Other" (key ``other``) when anything matched no storyline.

Each paragraph or bullet is assigned on its own, or sentence by sentence when it
mixes storylines (:mod:`briefing.storylines.blocks`, which documents the rules and
the tie rule); scoring is in :mod:`briefing.storylines.scoring`.  Background, site debris and
filler (:mod:`briefing.storylines.background`) feed no storyline and are not listed under
"Other" either: "Other" holds news that fits no storyline, never reference text.
Copies of an article (``duplicate_of`` set) feed nothing themselves.

A storyline carries its articles (by date, undated last, then path), its passages
(in that article order, then paragraph order), its sub-stories
(:mod:`briefing.storylines.substories`) and its first and last article dates.

Cost: each paragraph is tokenised once and scored with one dictionary lookup per
token; sub-stories thread a bounded number of passages per storyline, and the rarity
of names and words is counted over at most :data:`VOCAB_TEXTS` paragraphs (every one
in a brief of that size or less), so the stage grows linearly with the articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial

from ..config.schema import Config, StorylineSpec
from ..model import Article, Passage, Storyline
from ..work import SERIAL, Runner
from .blocks import assign_blocks
from .emergent import find_storylines
from .scoring import CompiledStorylines, compile_storylines
from .substories import thread_substories, threaded
from .vocabulary import Vocabulary

OTHER_KEY = "other"
OTHER_TITLE = "Other"
VOCAB_TEXTS = 10_000  # rarity is counted over at most about this many paragraphs


@lru_cache(maxsize=8)
def compiled_for(specs: tuple[StorylineSpec, ...]) -> CompiledStorylines:
    """The compiled terms of a config's storylines (built once per distinct config)."""
    return compile_storylines(specs)


@lru_cache(maxsize=64)
def _compiled_one(spec: StorylineSpec) -> CompiledStorylines:
    return compile_storylines((spec,))


def score(text: str, spec: StorylineSpec) -> float:
    """The evidence ``text`` carries for one storyline (its own words only)."""
    return _compiled_one(spec).score(text)[0]


def article_order(a: Article) -> tuple[int, int, str]:
    """Sort key: dated articles by date, undated last, then by path."""
    return (0, a.published.toordinal(), a.path) if a.published else (1, 0, a.path)


def _ordered(passages: list[Passage], by_id: dict[str, Article]) -> tuple[list[str], list[Passage]]:
    """The storyline's articles (by date, undated last, then path) and its passages in
    that article order, then paragraph order."""
    rank = {aid: i for i, aid in enumerate(sorted({p.article for p in passages}, key=lambda x: article_order(by_id[x])))}
    return list(rank), sorted(passages, key=lambda p: (rank[p.article], p.paragraph))


def _storyline(key: str, title: str, articles: list[str], ordered: list[Passage],
               by_id: dict[str, Article]) -> Storyline:
    dates = [d for d in (by_id[aid].published for aid in articles) if d is not None]
    first: dt.date | None = min(dates, default=None)
    last: dt.date | None = max(dates, default=None)
    return Storyline(
        key=key,
        title=title,
        articles=tuple(articles),
        passages=tuple(ordered),
        first=first,
        last=last,
    )


def _rarity_sample(news: list[tuple[str, int, str]], storylines: list[list[Passage]]) -> list[int]:
    """Positions in ``news`` of the paragraphs rarity is counted over: every paragraph
    when there are at most :data:`VOCAB_TEXTS`, else those whose passages are threaded
    into sub-stories (:func:`briefing.storylines.substories.threaded`) and, up to that many in all,
    others evenly spread through the brief."""
    if len(news) <= VOCAB_TEXTS:
        return list(range(len(news)))
    wanted = {(ps[i].article, ps[i].paragraph) for ps in storylines for i in threaded(ps)}
    chosen = [i for i, (aid, index, _) in enumerate(news) if (aid, index) in wanted]
    rest = [i for i, (aid, index, _) in enumerate(news) if (aid, index) not in wanted]
    room = max(0, VOCAB_TEXTS - len(chosen))
    if len(rest) > room:
        rest = [rest[k * len(rest) // room] for k in range(room)]
    return sorted(chosen + rest)


def assign_storylines(articles: Sequence[Article], config: Config, *, runner: Runner = SERIAL) -> tuple[Storyline, ...]:
    """Storylines in config order (empty ones included), then "Other" when anything is
    left, each with its articles, passages, sub-stories and date span.  Articles are read
    through ``runner``."""
    storylines, vocab = assign_passages(articles, config, runner=runner)
    titles = {a.id: a.title for a in articles}
    return tuple(replace(s, substories=thread_substories(s.passages, vocab, titles)) for s in storylines)


def assign_passages(articles: Sequence[Article], config: Config, *,
                    runner: Runner = SERIAL) -> tuple[tuple[Storyline, ...], Vocabulary]:
    """:func:`assign_storylines` without the sub-stories, and the vocabulary to thread them
    with (:func:`briefing.storylines.substories.thread_substories`): the pipeline threads them on both
    cores with the summaries."""
    specs = tuple(config.storylines)
    cs = compiled_for(specs)
    primaries = [a for a in articles if a.duplicate_of is None]
    by_id = {a.id: a for a in primaries}
    found: list[list[Passage]] = [[] for _ in specs]
    other: list[Passage] = []
    news: list[tuple[str, int, str]] = []  # every paragraph that feeds a storyline or "Other"
    assigned = runner.map(partial(assign_blocks, cs=cs), primaries)
    for a, results in zip(primaries, assigned):
        text_of = {b.index: b.text for b in a.blocks}
        for result in results:
            if result.excluded is not None:
                continue
            news.append((a.id, result.index, text_of[result.index]))
            if not result.texts:
                other.append(Passage(a.id, result.index, text_of[result.index], 0.0))
            for s, text, sc in result.texts:
                found[s].append(Passage(a.id, result.index, text, sc))
    keyed = [(spec.key, spec.title, found[i]) for i, spec in enumerate(specs)]
    ordered = [(key, title, *_ordered(ps, by_id)) for key, title, ps in keyed]
    _, other_ordered = _ordered(other, by_id)
    vocab = Vocabulary(news[i][2] for i in _rarity_sample(news, [ps for _, _, _, ps in ordered] + [other_ordered]))
    made = [_storyline(key, title, arts, ps, by_id) for key, title, arts, ps in ordered]
    emerged, rest = find_storylines(other_ordered, vocab, frozenset(spec.key for spec in specs) | {OTHER_KEY},
                                    runner=runner)
    for f in emerged:
        made.append(replace(_storyline(f.key, f.title, *_ordered(list(f.passages), by_id), by_id), found=True))
    if rest:
        made.append(_storyline(OTHER_KEY, OTHER_TITLE, *_ordered(list(rest), by_id), by_id))
    return tuple(made), vocab

"""Found storylines: what no configured storyline holds, grouped by what it is about.

The passages that reach no configured storyline are gathered per article (one unit per
article) and grouped by subject with :mod:`briefing.storylines.clusters`: words weigh
as much as names, so "crude postings" of three oil companies are one storyline and two
companies' results are not joined by a shared name alone.  Average linkage compares each
article with a few others only; two of its groups that are alike over every pair of their
articles (:data:`REGROUP` on average) are then one (a season of results tables, one
takeover's reports from two angles).  A group of at least
:data:`MIN_ARTICLES` articles becomes a storyline; an article of a smaller group joins the
storyline it is most like when that is close enough (:data:`ATTACH` on average over all the
storyline's articles, or :data:`NEAREST` with its closest article there), else it stays in "Other".  At most
:data:`MAX_FOUND` found storylines are listed, the biggest, holding at most
:data:`MAX_FOUND_ARTICLES` articles in all; the others' articles stay in "Other" (a brief of
thousands of wire stories would otherwise list hundreds, and summarise each).  A found
storyline is named from its own words (a name at least half its articles write, and its
most telling word: "Taiwan tariff", "Crude postings") and keyed ``found-<name>``.

With no storyline configured, every news paragraph is "Other" to begin with, so the brief
is made of found storylines alone.  At most :data:`MAX_UNITS` articles are grouped (the
longest, so a brief of any size costs a bounded time); the others stay in "Other".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from ..model import Passage
from ..work import SERIAL, Runner
from .clusters import attach, average_linkage, neighbours, regroup, unit_vector
from .substories import label_for
from .vocabulary import Vocabulary

TOPIC = 0.08  # mean similarity at which articles are about one subject
REGROUP = 0.15  # mean similarity over every pair of their articles at which two groups are one subject
MIN_ARTICLES = 3  # a found storyline holds at least this many articles...
ARTICLES_PER_FOUND = 1000  # ...and, in a big brief, one in this many of the articles left to group
ATTACH = 0.05  # mean similarity (over all its articles) at which a lone article joins a found storyline
NEAREST = 0.1  # ...or whose nearest article in it is this like it
TOPIC_LEAD = 6  # the first passages of an article count in full
MAX_UNITS = 2000  # articles grouped at most; the others join a group or stay in "Other"
LABEL_ARTICLES = 200  # a found storyline is named from at most this many of its articles
MAX_FOUND = 150  # found storylines listed at most (the biggest); the rest stay in "Other"
MAX_FOUND_ARTICLES = 3000  # ...holding at most this many articles in all (each is summarised: bounded work)
NAME_SHARE = 0.5  # a name in at least this share of a found storyline's articles may lead its title
FOUND_PREFIX = "found-"
_SLUG = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Found:
    """A found storyline before it is finished: its key, title and passages."""

    key: str
    title: str
    passages: tuple[Passage, ...]


def _title(label: str) -> str:
    return label[:1].upper() + label[1:]


def _topic_vector(texts: tuple[str, ...], vocab: Vocabulary) -> dict[str, float]:
    return unit_vector(texts, vocab, lead=TOPIC_LEAD, name_weight=1.0, size=64)


def find_storylines(other: Sequence[Passage], vocab: Vocabulary, taken: frozenset[str] = frozenset(), *,
                    runner: Runner = SERIAL) -> tuple[tuple[Found, ...], tuple[Passage, ...]]:
    """Found storylines among ``other`` (passages in storyline order), biggest first, and
    the passages left for "Other".  Keys in ``taken`` (the configured ones) are not reused.
    The articles' words are read through ``runner``."""
    by_article: dict[str, list[Passage]] = {}
    for p in other:
        by_article.setdefault(p.article, []).append(p)
    articles = list(by_article)
    longest = sorted(range(len(articles)), key=lambda i: (-sum(len(p.text) for p in by_article[articles[i]]), i))
    picked = sorted(longest[:MAX_UNITS])
    vectors = runner.map(partial(_topic_vector, vocab=vocab), [tuple(p.text for p in by_article[articles[i]])
                                                               for i in picked])
    grouped = [i for i, v in zip(picked, vectors) if v]
    units = [v for v in vectors if v]
    sims = neighbours(units)
    least = max(MIN_ARTICLES, round(len(articles) / ARTICLES_PER_FOUND))
    groups = regroup(average_linkage(len(grouped), sims, TOPIC), units, REGROUP)
    groups, left = attach(groups, sims, least, ATTACH, NEAREST, vectors=units)
    members = [[grouped[i] for i in g] for g in groups]
    alone = {grouped[i] for i in left}
    alone |= set(range(len(articles))) - set(grouped)  # too short to tell, or beyond MAX_UNITS
    members.sort(key=lambda m: (-len(m), m[0]))
    keep, held = 0, 0
    while keep < min(MAX_FOUND, len(members)) and held + len(members[keep]) <= MAX_FOUND_ARTICLES:
        held += len(members[keep])
        keep += 1
    for m in members[keep:]:
        alone.update(m)
    members = members[:keep]
    found: list[Found] = []
    used: set[str] = set()
    keys = set(taken)
    for m in members:
        passages = tuple(p for i in sorted(m) for p in by_article[articles[i]])
        texts = [p.text for p in passages]
        per_article = [vocab.joined(p.text for p in by_article[articles[i]]) for i in sorted(m)[:LABEL_ARTICLES]]
        label = label_for(per_article, vocab, used, texts[:40], name_share=NAME_SHARE)
        used.add(label.casefold())
        key = FOUND_PREFIX + (_SLUG.sub("-", label.casefold()).strip("-") or "storyline")
        while key in keys:
            key += "-2"
        keys.add(key)
        found.append(Found(key, _title(label), passages))
    alone_ids = {articles[i] for i in alone}
    return tuple(found), tuple(p for p in other if p.article in alone_ids)

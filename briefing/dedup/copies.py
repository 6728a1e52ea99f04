"""Article-level de-duplication: re-published copies become one story with several sources.

A copy is the same article published again: a wire re-issue (``UPDATE 1-``, a correction, a
new headline), a syndicated copy with a dateline, byline or footer added or removed, a
paragraph trimmed or appended, re-wrapped, re-punctuated or in another house style.  Two
different articles that share a few paragraphs (background, a wire quote, boilerplate), and
two stories written to one template with other names, figures or dates (earnings, dividends,
prices), are not copies.  So the decision rests on how much of each text the other holds,
and on what a copy never changes: when and where it was filed, its figures.

1. Every article is reduced to its story text (:mod:`briefing.dedup.copy_body`: no headline,
   ``UPDATE`` prefix, dateline, byline or footer; one spelling for "pct"/"%"/"percent";
   plain tokens, so quotes and wrapping do not matter).
2. Blocking: a bottom-k sketch of each text's word shingles goes into an inverted index;
   texts sharing enough sketch entries become candidate pairs (:mod:`briefing.dedup.shingles`).
   Nothing is ever compared all-pairs, and very common shingles are capped.
3. The copy rule (:func:`is_copy`), cheapest test first: published at most
   ``max_days_apart`` days apart and filed from one place (when both say); the shorter
   text's figures found in the longer; then at least ``article_threshold`` per cent of the
   shorter text's five-word runs found in the longer.  A short text (under
   :data:`SHORT_WORDS` words: a dividend notice, a price table), where one typo breaks five
   runs of five, is matched word for word instead and its headline must agree as well.
4. Union-find over the confirmed pairs; the fullest article of each family is kept.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from functools import partial
from itertools import filterfalse
from typing import NamedTuple

from rapidfuzz.distance import LCSseq

from ..config.schema import DedupConfig
from ..model import Article
from ..work import SERIAL, Runner, gc_paused
from .copy_body import copy_story, headline_words
from .shingles import bottom_k, candidate_pairs, shingle_hashes
from .unionfind import UnionFind

SKETCH_SIZE = 32  # bottom-k entries per article
MIN_SHARED = 3  # sketch entries two articles must share to be compared
POSTING_CAP = 64  # longer posting lists are not expanded into all their pairs
SHORT_WORDS = 60  # below this a text is matched word for word, and its headline must agree
SHORT_MATCH = 0.9  # share of a short text's words found, in order, in the other
HEADLINE_MATCH = 0.5  # share of the shorter headline's words two short stories' headlines must share
MIN_LENGTH_SHARE = 0.25  # the shorter text has at least this share of the longer's words
FIGURES_KEPT = 0.8  # share of the shorter text's figures the longer must give (a correction changes one)
HEAD_KEPT = 4 * SHORT_WORDS  # texts up to this long keep their words for the word-for-word match

class Fingerprint(NamedTuple):
    """What de-duplication keeps of an article (its token list is dropped at once: holding
    every article's tokens would cost gigabytes at 50k articles)."""

    digest: bytes  # of the story text: equal texts are found without comparing them
    shingles: array[int]  # distinct hashes of its five-word runs
    sketch: list[int]  # bottom-k of the shingles, for blocking
    words: int  # how many story words it has
    head: str  # its words, joined, when it has at most HEAD_KEPT of them (else "")
    figures: frozenset[str]  # the words with a digit, the headline's included
    headline: frozenset[str]
    place: str  # dateline place, "" when none
    day: int  # publication date as an ordinal, 0 when undated


def fingerprint(article: Article, config: DedupConfig) -> Fingerprint:
    words, place = copy_story(article)
    headline = headline_words(article)
    text = " ".join(words)
    hashes = shingle_hashes(words, config.shingle)
    return Fingerprint(
        digest=hashlib.blake2b(text.encode(), digest_size=16).digest(),
        shingles=array("q", set(hashes)),
        sketch=bottom_k(hashes, SKETCH_SIZE),
        words=len(words),
        head=text if len(words) <= HEAD_KEPT else "",
        figures=frozenset(filterfalse(str.isalpha, (*words, *headline))),  # tokens are letters or digits
        headline=frozenset(headline),
        place=place,
        day=article.published.toordinal() if article.published else 0,
    )


def is_copy(a: Fingerprint, b: Fingerprint, config: DedupConfig) -> bool:
    """The copy rule (see the module's description), cheapest test first."""
    if a.day and b.day and abs(a.day - b.day) > config.max_days_apart:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    short, long_ = (a, b) if a.words <= b.words else (b, a)
    missing = len(short.figures - long_.figures)
    if missing > 1 and missing > (1.0 - FIGURES_KEPT) * len(short.figures):
        return False
    if short.words < MIN_LENGTH_SHARE * long_.words:
        return False  # a paragraph or two of a longer story: shared text, not a copy
    if short.words < SHORT_WORDS:
        fewer = min(len(short.headline), len(long_.headline))
        if fewer and len(short.headline & long_.headline) < HEADLINE_MATCH * fewer:
            return False
        if short.digest == long_.digest:
            return True
        if long_.head:
            need = SHORT_MATCH * short.words
            return LCSseq.similarity(short.head.split(), long_.head.split(), score_cutoff=int(need + 0.999)) >= need
    if short.digest == long_.digest:
        return True
    shared = len(set(short.shingles).intersection(long_.shingles))
    return shared >= config.article_threshold / 100.0 * len(short.shingles)


def copy_families(fingerprints: Iterable[Fingerprint], config: DedupConfig) -> list[list[int]]:
    """Indices of the fingerprints that are copies of one another, as families of two or more.
    The fingerprints are read once, in order, into the candidates' index as they come."""
    prints: list[Fingerprint] = []

    def sketches() -> Iterator[list[int]]:
        for fp in fingerprints:
            prints.append(fp)
            yield fp.sketch if fp.words else []  # no words (symbols only): a copy of nothing

    pairs = candidate_pairs(sketches(), min_shared=MIN_SHARED, cap=POSTING_CAP)
    families = _Families(prints, config.max_days_apart)
    for i, j, _ in pairs:
        if families.may_join(i, j) and is_copy(prints[i], prints[j], config):
            families.join(i, j)
    return families.groups()


class _Families(UnionFind):
    """Families of copies, each one story: all its members filed from one place, within
    ``max_days`` of each other.  Two pairs of copies can each pass the rule and still not be one
    story (an undated copy alike to two dated texts a fortnight apart, a weekly notice in the
    same words), so a family that would break this is not joined."""

    def __init__(self, prints: Sequence[Fingerprint], max_days: int) -> None:
        super().__init__(len(prints))
        self._max_days = max_days
        self._first = [fp.day for fp in prints]  # per root: earliest and latest date (0: none)
        self._last = list(self._first)
        self._place = [fp.place for fp in prints]  # per root: the place its members give ("": none)

    def may_join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        if self._place[a] and self._place[b] and self._place[a] != self._place[b]:
            return False
        days = [d for d in (self._first[a], self._last[a], self._first[b], self._last[b]) if d]
        return not days or max(days) - min(days) <= self._max_days

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        place = self._place[a] or self._place[b]
        days = [d for d in (self._first[a], self._last[a], self._first[b], self._last[b]) if d]
        self.union(a, b)
        root = self.find(a)
        self._place[root] = place
        self._first[root], self._last[root] = (min(days), max(days)) if days else (0, 0)


def _fullest(members: list[int], articles: Sequence[Article], story_words: Sequence[int]) -> int:
    """The most story words (wrapping such as bylines and footers does not count); ties: the
    earliest published (undated last), then the first loaded."""
    def rank(i: int) -> tuple[int, int, int]:
        a = articles[i]
        return (-story_words[i], a.published.toordinal() if a.published else 10**8, i)

    return min(members, key=rank)


def find_duplicates(articles: Sequence[Article], config: DedupConfig, *, runner: Runner = SERIAL) -> list[Article]:
    """The same articles, in the same order, with ``duplicate_of`` set on every copy and
    ``copies`` on the kept one.  The kept copy is the fullest (ties: the earliest).
    Articles are fingerprinted through ``runner`` (:class:`briefing.work.Runner`)."""
    with gc_paused():
        return _find_duplicates(articles, config, runner)


def _find_duplicates(articles: Sequence[Article], config: DedupConfig, runner: Runner) -> list[Article]:
    story_words: list[int] = []
    # indexed as they come, while the helpers work on; closed (helpers stopped) on any failure
    with closing(_generator(runner.imap(partial(fingerprint, config=config), articles))) as made:

        def fingerprints() -> Iterator[Fingerprint]:
            for fp in made:
                story_words.append(fp.words)
                yield fp

        families = copy_families(fingerprints(), config)
    kept: dict[str, str] = {}
    copies: dict[str, tuple[str, ...]] = {}
    for members in families:
        p = _fullest(members, articles, story_words)
        primary = articles[p].id
        copies[primary] = tuple(articles[i].id for i in members if i != p)
        for i in members:
            if i != p:
                kept[articles[i].id] = primary
    return [replace(a, duplicate_of=kept.get(a.id), copies=copies.get(a.id, ())) for a in articles]


def _generator(items: Iterator[Fingerprint]) -> Generator[Fingerprint, None, None]:
    """``items`` as a generator, so that closing it closes the runner's (stopping its helpers)."""
    try:
        yield from items
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()

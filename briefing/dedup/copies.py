"""Article-level de-duplication: re-published copies become one story with several sources.

1. Every article is reduced to its story text (:mod:`briefing.dedup.copy_body`: no headline,
   ``UPDATE`` prefix, dateline, byline or footer; plain tokens, so quotes and wrapping
   do not matter).  Identical story texts are one family straight away.
2. Blocking: a bottom-k sketch of each text's word shingles goes into an inverted index;
   texts sharing enough sketch entries become candidate pairs (:mod:`briefing.dedup.shingles`).
   Nothing is ever compared all-pairs, and very common shingles are capped.
3. Verification: rapidfuzz ``fuzz.ratio`` with a score cutoff on the story texts, or, for a
   copy trimmed or extended by a paragraph, near-complete containment of the shorter text
   in the longer (the longest common subsequence, computed by rapidfuzz as well).
4. Union-find over the confirmed pairs; the fullest article of each family is kept.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from functools import partial
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from ..config.schema import DedupConfig
from ..model import Article
from ..work import SERIAL, Runner, gc_paused
from .copy_body import copy_body
from .shingles import candidate_pairs, shingle_sketch
from .unionfind import UnionFind

SKETCH_SIZE = 32  # bottom-k entries per article
MIN_SHARED = 3  # sketch entries two articles must share to be compared
POSTING_CAP = 64  # longer posting lists are not expanded into all their pairs
MIN_CONTAINED_SHARE = 0.5  # a trimmed copy keeps at least half of the text
MIN_CONTAINED_CHARS = 200  # containment is no evidence on a couple of sentences
MAX_COMPARED_WORDS = 5000  # longer texts are compared on their start (rapidfuzz is O(n*m/64))


def containment_threshold(article_threshold: float) -> float:
    """How much (0-100) of the shorter text must appear, in order, in the longer one for a
    trimmed or extended copy: halfway between the ratio threshold and identity."""
    return (article_threshold + 100.0) / 2.0


def is_copy(a: str, b: str, threshold: float) -> bool:
    """Whether two story texts (token strings) are copies of one another."""
    if fuzz.ratio(a, b, score_cutoff=threshold):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < MIN_CONTAINED_CHARS or len(short) < MIN_CONTAINED_SHARE * len(long_):
        return False
    need = containment_threshold(threshold) / 100.0 * len(short)
    return LCSseq.similarity(short, long_, score_cutoff=int(need + 0.999)) >= need


class Fingerprint(NamedTuple):
    text: str  # the story's tokens joined by spaces (its start, for very long stories)
    sketch: list[int]  # bottom-k of its word shingles
    words: int  # how many story words it has


def fingerprint(article: Article, config: DedupConfig) -> Fingerprint:
    """What de-duplication keeps of an article; the token list itself is dropped at once, as
    holding every article's tokens would cost gigabytes at 50k articles."""
    words = copy_body(article)
    head = words[:MAX_COMPARED_WORDS]
    sketch = shingle_sketch(head, config.shingle, SKETCH_SIZE)
    return Fingerprint(" ".join(head), sketch, len(words))


def copy_families(fingerprints: Iterable[Fingerprint], config: DedupConfig) -> list[list[int]]:
    """Indices of the fingerprints that are copies of one another, as families of two or more.
    The fingerprints are read once, in order, into the candidates' index as they come."""
    prints: list[Fingerprint] = []
    first_with: dict[str, int] = {}
    reps: list[int] = []  # one index per distinct text
    same_text: list[tuple[int, int]] = []

    def distinct_sketches() -> Iterator[list[int]]:
        for i, fp in enumerate(fingerprints):
            prints.append(fp)
            if not fp.text:  # no words at all (symbols only): nothing to call a copy of anything
                continue
            j = first_with.setdefault(fp.text, i)
            if j != i:
                same_text.append((j, i))
            else:
                reps.append(i)
                yield fp.sketch

    pairs = candidate_pairs(distinct_sketches(), min_shared=MIN_SHARED, cap=POSTING_CAP)
    uf = UnionFind(len(prints))
    for j, i in same_text:
        uf.union(j, i)
    for a, b, _ in pairs:
        i, j = reps[a], reps[b]
        if not uf.same(i, j) and is_copy(prints[i].text, prints[j].text, config.article_threshold):
            uf.union(i, j)
    return uf.groups()


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

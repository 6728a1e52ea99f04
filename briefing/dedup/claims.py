"""Claim-level grouping: the same fact carried by several stories.

Every sentence of every article (headings and very short sentences aside) becomes a node
keyed by its token form, so the same sentence in several articles is one node at once.
Near-identical sentences (a word swapped, a clause added, reordered) are found by
MinHash LSH over their content-word stems (no all-pairs comparison), verified with
rapidfuzz token ratios and an exact match of the figures they give, and joined by
union-find.  A group is a claim only when at least two different stories carry it: a copy
family counts once, and a sentence repeated inside one story corroborates nothing.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from rapidfuzz import fuzz

from ..config.schema import Config
from ..model import Article, Claim
from ..text.sentences import split_sentences
from ..text.words import STOPWORDS as BASE_STOPWORDS
from ..text.words import tokens
from ..work import gc_paused
from .copy_body import is_wrapper
from .shingles import band_pairs, word_hashes
from .unionfind import UnionFind

MIN_WORDS = 6  # shorter sentences ("He declined to comment.") are not claims
MAX_SENTENCE_CHARS = 1000  # longer "sentences" are run-on debris; compare their start only
STEM = 6  # content words are compared on their first letters (demand, demanded, demands)
BANDS = 8  # MinHash LSH bands over content-word stems ...
BAND_ROWS = 3  # ... of this many stems each: near-identical sentences share a band almost surely
MIN_STEM_OVERLAP = 0.5  # share of the smaller stem set found in the other, checked before rapidfuzz
POSTING_CAP = 50  # longer posting lists only pair their members with a few anchors
TOKEN_SORT_SLACK = 15  # token_sort_ratio may sit this far below the claim threshold
MIN_LENGTH_SHARE = 0.6  # the shorter sentence has at least this share of the longer's words
TEMPLATE_DAYS = 3  # a sentence carried word for word by stories of this many different days...
TEMPLATE_SPAN = 14  # ...spread over at least this many days is a template line, no claim

_NUMBER = re.compile(r"\w{0,20}\d\w{0,20}")
# the stop list, and the words of time: two reports of one event on different days are one claim
STOPWORDS = BASE_STOPWORDS | frozenset("day days last ourselves time week year years yourself".split())


def sentence_key(sentence: str) -> str:
    """The matching form of a sentence: its tokens, so punctuation, quotes and case do not count."""
    return " ".join(tokens(sentence[:MAX_SENTENCE_CHARS]))


_STOP_STEMS = frozenset(w[:STEM] for w in STOPWORDS)
_STOP = -1  # the stem number of a stop word
_BAND_NUMBERS = range(BANDS)


class _StemIds(dict[str, int]):
    """Word -> the number of its stem (``_STOP`` for a stop word), each distinct word cut and
    checked once (a brief repeats its words a hundredfold).  Stems are numbered in the order
    they are first met; ``stems[i]`` is stem number i.  One per grouping: the numbers index
    that grouping's band table (:func:`_band_table`)."""

    LIMIT = 200_000  # words remembered; the stems' numbers stay when the words are forgotten

    def __init__(self) -> None:
        super().__init__()
        self.stems: list[str] = []
        self._number: dict[str, int] = {}

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        stem = word[:STEM]
        if stem in _STOP_STEMS:
            value = _STOP
        else:
            value = self._number.get(stem, -1)
            if value < 0:
                value = self._number[stem] = len(self.stems)
                self.stems.append(stem)
        self[word] = value
        return value

    def of(self, words: list[str]) -> set[int]:
        """The content words of a sentence, cut to their first letters (a cheap stem), as numbers."""
        stems = set(map(self.__getitem__, words))
        stems.discard(_STOP)
        return stems


def _band_table(stems: Sequence[str]) -> list[tuple[int, ...]]:
    """MinHash permutations as ranks: for stem number i, ``b * len(stems) + r`` in each band b,
    where r is the rank of the stem's hash under band b's permutation among all the stems'
    (equal hashes, equal ranks).  Ordering by these small numbers is ordering by the hashes,
    band by band, and all of a sentence's values sort in one call (see :func:`_band_keys`)."""
    n = len(stems)
    crcs = [zlib.crc32(s.encode()) for s in stems]  # stable from run to run, unlike hash(str)
    columns = []
    for band in _BAND_NUMBERS:
        hashes = [hash((band, h)) for h in crcs]
        rank = {h: band * n + r for r, h in enumerate(sorted(set(hashes)))}
        columns.append(map(rank.__getitem__, hashes))
    return list(zip(*columns))


@lru_cache(maxsize=256)
def _band_rows(n: int) -> Callable[[Sequence[int]], tuple[int, ...]]:
    """For ``n`` stems sorted by band value: the positions of each band's first ``BAND_ROWS``."""
    return operator.itemgetter(*(band * n + row for band in _BAND_NUMBERS for row in range(BAND_ROWS)))


def _band_keys(stems: Sequence[int], table: Sequence[tuple[int, ...]]) -> Iterator[int]:
    """MinHash LSH over ``BAND_ROWS`` stems per band: in each band, a hash of the
    ``BAND_ROWS`` smallest stem hashes under that band's permutation (their ranks in
    ``table``, which carry the band).  Sentences sharing a band key become candidates.
    At least ``BAND_ROWS`` stems."""
    values = sorted(chain.from_iterable(map(table.__getitem__, stems)))  # band by band, smallest first
    rows = iter(_band_rows(len(stems))(values))
    return map(hash, zip(*(rows,) * BAND_ROWS))


def _whole_key(stems: set[int], names: Sequence[str]) -> int:
    """The key, in every band, of a sentence with too few stems to band: all of its stems."""
    return hash(tuple(sorted(word_hashes(names[i] for i in stems))))


@dataclass(slots=True)
class _Node:
    """One distinct sentence (by :func:`sentence_key`) and the articles that carry it.  Kept
    small on purpose: a 50k-article brief has about a million of them."""

    text: str  # the first original sentence seen with this key
    key: str
    articles: list[str]  # in load order, each once


def _numbers(key: str) -> set[str]:
    return set(_NUMBER.findall(key))


def same_claim(a: str, b: str, threshold: float) -> bool:
    """Whether two sentences in token form (:func:`sentence_key`) state the same thing in
    near-identical words.  The figures they give must be the same."""
    na, nb = a.count(" ") + 1, b.count(" ") + 1
    if min(na, nb) < MIN_LENGTH_SHARE * max(na, nb):
        return False
    if _numbers(a) != _numbers(b):
        return False
    # token_set forgives an added clause or reordering; token_sort keeps a sentence that merely
    # contains the other's words inside much more from counting as the same
    return bool(
        fuzz.token_set_ratio(a, b, score_cutoff=threshold)
        and fuzz.token_sort_ratio(a, b, score_cutoff=threshold - TOKEN_SORT_SLACK)
    )


@dataclass(frozen=True)
class ClaimGroups:
    claims: tuple[Claim, ...]
    _index: dict[tuple[str, str], int] = field(default_factory=dict, repr=False, compare=False)
    # article -> the keys of its sentences that are template lines (see :func:`is_template`)
    _templates: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, article_id: str, sentence: str) -> Claim | None:
        """The claim a sentence of an article belongs to, when other stories carry it too."""
        i = self._index.get((article_id, sentence_key(sentence)))
        return None if i is None else self.claims[i]

    def is_template(self, article_id: str, sentence: str) -> bool:
        """Whether a sentence of an article is a template line that stories of many days carry
        (an article that carries none never has its sentences cut into keys)."""
        keys = self._templates.get(article_id)
        return keys is not None and sentence_key(sentence) in keys


def is_template(days: Sequence[dt.date]) -> bool:
    """Whether a sentence that stories published on ``days`` carry word for word is a template
    line rather than news: at least :data:`TEMPLATE_DAYS` different days over at least
    :data:`TEMPLATE_SPAN` days ("Prices are indicative and subject to change without notice",
    "Company officials were not available for comment", a fund's disclaimer).  Outlets
    reporting one event write the same sentence within a day or two of each other."""
    distinct = set(days)
    return len(distinct) >= TEMPLATE_DAYS and (max(distinct) - min(distinct)).days >= TEMPLATE_SPAN


def _families(articles: Sequence[Article]) -> dict[str, list[str]]:
    """Story id (the kept copy's id) -> its articles, the kept one first, copies in load order."""
    fam: dict[str, list[str]] = {}
    for a in articles:
        if a.duplicate_of is None:
            fam.setdefault(a.id, []).insert(0, a.id)
        else:
            fam.setdefault(a.duplicate_of, []).append(a.id)
    return fam


def _nodes(articles: Sequence[Article], stem_ids: _StemIds) -> tuple[list[_Node], list[array[int]]]:
    """The distinct sentences, and their LSH keys: ``bands[b][i]`` is node i's key in band b."""
    nodes: list[_Node] = []
    by_key: dict[str, _Node] = {}
    flat = array("i")  # the stems of the nodes that band, one after another (4 bytes a stem, ~40 MB at 50k)
    ends = array("q")  # where node i's stems end in flat; -1 for a node that does not band ...
    whole: dict[int, int] = {}  # ... whose key in every band is here
    for a in articles:
        if a.duplicate_of is not None:
            continue  # a copy says what its kept article says; it joins the sources through its family
        for b in a.blocks:
            if b.kind == "heading" or is_wrapper(b):
                continue
            for s in split_sentences(b.text):
                words = tokens(s[:MAX_SENTENCE_CHARS])
                if len(words) < MIN_WORDS:
                    continue
                key = " ".join(words)
                node = by_key.get(key)
                if node is None:
                    stems = stem_ids.of(words)
                    if len(stems) >= BAND_ROWS:
                        flat.extend(stems)
                        ends.append(len(flat))
                    else:  # too few stems to band: all of them are the key (stop words only: a key of its own)
                        ends.append(-1)
                        whole[len(nodes)] = _whole_key(stems, stem_ids.stems) if stems else hash((-1, len(nodes)))
                    node = by_key[key] = _Node(s, key, [a.id])
                    nodes.append(node)
                elif node.articles[-1] != a.id:  # articles come one after another
                    node.articles.append(a.id)
    table = _band_table(stem_ids.stems)
    keys = array("q")  # node i's key in band b at i * BANDS + b
    start = 0
    for i, end in enumerate(ends):
        if end >= 0:
            keys.extend(_band_keys(flat[start:end], table))
            start = end
        else:
            keys.extend([whole[i]] * BANDS)
    return nodes, [keys[b::BANDS] for b in _BAND_NUMBERS]


def group_claims(articles: Sequence[Article], config: Config) -> ClaimGroups:
    """Near-identical sentences carried by at least two different stories, as claims."""
    with gc_paused():
        return _group_claims(articles, config)


def _group_claims(articles: Sequence[Article], config: Config) -> ClaimGroups:
    stem_ids = _StemIds()
    nodes, bands = _nodes(articles, stem_ids)
    story_of = {a.id: a.duplicate_of or a.id for a in articles}
    uf = UnionFind(len(nodes))
    threshold = config.dedup.claim_threshold
    stem_sets: dict[int, set[int]] = {}  # a node meets many candidates: its stems are cut once

    def stems_of(i: int) -> set[int]:
        got = stem_sets.get(i)
        if got is None:
            got = stem_sets[i] = stem_ids.of(nodes[i].key.split())
        return got

    for i, j in band_pairs(bands, cap=POSTING_CAP):
        a, b = nodes[i], nodes[j]
        stories_a = {story_of[x] for x in a.articles}
        if len(stories_a) == 1 and stories_a == {story_of[x] for x in b.articles}:
            continue  # one story repeating itself
        sa, sb = stems_of(i), stems_of(j)
        if not sa or not sb or len(sa & sb) < MIN_STEM_OVERLAP * min(len(sa), len(sb)):
            continue
        if not uf.same(i, j) and same_claim(a.key, b.key, threshold):
            uf.union(i, j)

    groups = uf.groups()
    grouped = {i for g in groups for i in g}
    groups += [[i] for i, n in enumerate(nodes) if len(n.articles) > 1 and i not in grouped]
    families = _families(articles)
    order = {a.id: k for k, a in enumerate(articles)}
    rank_of = {a.id: (a.duplicate_of is not None, k) for k, a in enumerate(articles)}
    found: list[tuple[int, tuple[bool, int], Claim, list[int]]] = []  # (stories, rank, claim, nodes)
    published = {a.id: a.published for a in articles}
    templates: dict[str, set[str]] = {}
    for members in groups:
        stories = {story_of[x] for i in members for x in nodes[i].articles}
        if len(stories) < 2:
            continue
        if is_template([d for st in stories if (d := published.get(st)) is not None]):
            for i in members:
                for art in nodes[i].articles:
                    templates.setdefault(art, set()).add(nodes[i].key)
            continue
        ordered = sorted(stories, key=lambda s: order.get(s, len(order)))
        sources = tuple(dict.fromkeys(x for s in ordered for x in families.get(s, [s])))
        # the wording of the first loaded kept article that carries it (a copy's only if none does)
        first, rank = min(((i, min(map(rank_of.__getitem__, nodes[i].articles))) for i in members),
                          key=operator.itemgetter(1))
        claim = Claim(text=nodes[first].text, sources=sources, corroboration=len(stories))
        found.append((len(stories), rank, claim, members))
    found.sort(key=lambda t: (-t[0], t[1]))
    index: dict[tuple[str, str], int] = {}
    for n, (_, _, _, members) in enumerate(found):
        for i in members:
            for art in nodes[i].articles:
                index[(art, nodes[i].key)] = n
    return ClaimGroups(tuple(t[2] for t in found), index, {a: frozenset(k) for a, k in templates.items()})


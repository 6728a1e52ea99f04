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

import operator
import re
import zlib
from array import array
from dataclasses import dataclass, field
from typing import Collection, Sequence

from rapidfuzz import fuzz

from .config_model import Config
from .copy_body import is_wrapper
from .gcpause import gc_paused
from .model import Article, Claim
from .sentences import split_sentences
from .shingles import band_pairs, tokens, word_hashes
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

_NUMBER = re.compile(r"\w{0,20}\d\w{0,20}")
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself said says say told according
    mr mrs ms one two new last week year years day days time
    """.split()
)


def sentence_key(sentence: str) -> str:
    """The matching form of a sentence: its tokens, so punctuation, quotes and case do not count."""
    return " ".join(tokens(sentence[:MAX_SENTENCE_CHARS]))


_STOP_STEMS = frozenset(w[:STEM] for w in STOPWORDS)
_BAND_NUMBERS = range(BANDS)
_FIRST_ROWS = operator.itemgetter(*range(BAND_ROWS))


class _StemOf(dict[str, str]):
    """Word -> its stem, "" for a stop word: each distinct word is cut and checked once (a
    brief repeats its words a hundredfold); emptied when it grows large."""

    LIMIT = 200_000

    def __missing__(self, word: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        stem = word[:STEM]
        value = self[word] = "" if stem in _STOP_STEMS else stem
        return value


_STEM_OF = _StemOf()


def _stems(words: list[str]) -> set[str]:
    """The content words of a sentence, cut to their first letters (a cheap stem)."""
    stems = set(map(_STEM_OF.__getitem__, words))
    stems.discard("")
    return stems


class _BandHashes(dict[str, tuple[int, ...]]):
    """Stem -> its hash under each band's permutation, computed once per distinct stem (a
    brief has far fewer distinct stems than stem occurrences)."""

    def __missing__(self, stem: str) -> tuple[int, ...]:
        h = zlib.crc32(stem.encode())  # stable from run to run, unlike hash(str)
        value = self[stem] = tuple(hash((band, h)) for band in range(BANDS))
        return value


def _blocking_keys(stems: Collection[str], bands: _BandHashes) -> list[int]:
    """MinHash LSH: for each band, a hash of the ``BAND_ROWS`` smallest stem hashes under that
    band's permutation.  Sentences sharing a band key become candidates."""
    if not stems:
        return []
    if len(stems) < BAND_ROWS:  # too few words to band: all the stems are the key, in every band
        return [hash(tuple(sorted(word_hashes(stems))))] * BANDS
    columns = zip(*map(bands.__getitem__, stems))  # one column of hashes per band
    # each band's key: a hash of (band, its BAND_ROWS smallest hashes), built in C-level maps
    return list(map(hash, zip(_BAND_NUMBERS, map(_FIRST_ROWS, map(sorted, columns)))))


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

    def lookup(self, article_id: str, sentence: str) -> Claim | None:
        """The claim a sentence of an article belongs to, when other stories carry it too."""
        i = self._index.get((article_id, sentence_key(sentence)))
        return None if i is None else self.claims[i]


def _families(articles: Sequence[Article]) -> dict[str, list[str]]:
    """Story id (the kept copy's id) -> its articles, the kept one first, copies in load order."""
    fam: dict[str, list[str]] = {}
    for a in articles:
        if a.duplicate_of is None:
            fam.setdefault(a.id, []).insert(0, a.id)
        else:
            fam.setdefault(a.duplicate_of, []).append(a.id)
    return fam


def _nodes(articles: Sequence[Article]) -> tuple[list[_Node], list[array]]:
    """The distinct sentences, and their LSH keys: ``bands[b][i]`` is node i's key in band b."""
    nodes: list[_Node] = []
    by_key: dict[str, _Node] = {}
    hashes = _BandHashes()
    flat = array("q")  # node i's key in band b at i * BANDS + b
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
                    # a sentence of stop words only matches nothing: it gets keys of its own
                    flat.extend(_blocking_keys(_stems(words), hashes) or [hash((-1, len(nodes)))] * BANDS)
                    node = by_key[key] = _Node(s, key, [a.id])
                    nodes.append(node)
                elif node.articles[-1] != a.id:  # articles come one after another
                    node.articles.append(a.id)
    return nodes, [flat[b::BANDS] for b in range(BANDS)]


def group_claims(articles: Sequence[Article], config: Config) -> ClaimGroups:
    """Near-identical sentences carried by at least two different stories, as claims."""
    with gc_paused():
        return _group_claims(articles, config)


def _group_claims(articles: Sequence[Article], config: Config) -> ClaimGroups:
    nodes, bands = _nodes(articles)
    story_of = {a.id: a.duplicate_of or a.id for a in articles}
    uf = UnionFind(len(nodes))
    threshold = config.dedup.claim_threshold
    for i, j in band_pairs(bands, cap=POSTING_CAP):
        a, b = nodes[i], nodes[j]
        stories_a = {story_of[x] for x in a.articles}
        if len(stories_a) == 1 and stories_a == {story_of[x] for x in b.articles}:
            continue  # one story repeating itself
        sa, sb = _stems(a.key.split()), _stems(b.key.split())
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
    for members in groups:
        stories = {story_of[x] for i in members for x in nodes[i].articles}
        if len(stories) < 2:
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
    return ClaimGroups(tuple(t[2] for t in found), index)


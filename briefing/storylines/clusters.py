"""Grouping articles by what they are about: rarity-weighted word vectors and average linkage.

Two stages use it at two strengths: found storylines (:mod:`briefing.storylines.emergent`)
group the articles nothing configured holds by their subject (what the articles'
words share: "crude postings", "Taiwan trade"), and sub-stories
(:mod:`briefing.storylines.substories`) group a storyline's articles by the event they
report (the same names, places and figures: two earthquakes in one region are two
events).

A *unit* is one article's texts in reading order (its passages in a storyline).  Its
vector holds its names and content words (:mod:`briefing.storylines.vocabulary`), each
weighted by its rarity over the brief and by where it is written: the first
``lead`` texts (a news lead carries the event) count in full, later ones
:data:`TAIL_WEIGHT`; names count ``name_weight``; words every second paragraph uses say
nothing and are left out.  Figures ("6.1", "1,200") count as names do when asked.

Similarity is the cosine of two vectors.  Each unit is compared only with the units that
share its heaviest keys (at most :data:`CANDIDATES`, found through an index of keys
no more than :data:`INDEX_SHARE` of the units use), so the work grows linearly with the units.
Average linkage then merges the two groups whose mean pairwise similarity is highest
(pairs never compared count as 0) until none reaches the threshold: a group holds
together as a whole, so two events that share one article's background do not chain
into one.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence

from .vocabulary import Vocabulary, name_key, word_key

TAIL_WEIGHT = 0.3  # a text after the lead counts this much
TOP_KEYS = 12  # a unit looks for neighbours through this many of its keys
CANDIDATES = 20  # ...and compares itself with at most this many units
INDEX_SHARE = 0.08  # a key more units use than this share (and more than 40) finds no neighbours
MIN_SIMILARITY = 0.02  # weaker pairs are not kept
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")

Vector = dict[str, float]


def unit_vector(texts: Sequence[str], vocab: Vocabulary, *, lead: int, name_weight: float,
                figures: bool = False, size: int = 200,
                background: Vocabulary | None = None, actors: float = 1.0) -> Vector:
    """The normalised, rarity-weighted vector of one unit's ``texts``: its ``size`` heaviest keys."""
    raw: dict[str, float] = defaultdict(float)
    common = vocab.n / 2 if vocab.n >= 4 else math.inf
    cast = actors * background.n if background is not None and background.n >= 20 else math.inf

    def idf(key: str) -> float:  # what the whole brief says often tells little, however rare here
        own = vocab.idf(key)
        return own if background is None else min(own, background.idf(key))
    for pos, text in enumerate(texts):
        w = 1.0 if pos < lead else TAIL_WEIGHT
        f = vocab.features(text)
        for k in f.names:
            key = name_key(k)
            if vocab.df.get(key, 0) <= common and (background is None or background.df.get(key, 0) <= cast):
                raw[key] += w * name_weight * idf(key)
        for k, uses in f.words.items():
            key = word_key(k)
            if vocab.df.get(key, 0) <= common:
                raw[key] += w * idf(key) * (1.0 + math.log(uses))
        if figures:
            for fig in _FIGURE.findall(text[:3000]):
                raw["F:" + fig.replace(",", "")] += w * name_weight
    top = heapq.nlargest(size, raw.items(), key=lambda kv: (kv[1], kv[0]))
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {k: v / norm for k, v in top}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum([v * b[k] for k, v in a.items() if k in b])


def neighbours(vectors: Sequence[Vector]) -> dict[tuple[int, int], float]:
    """Similarity of the pairs worth comparing, keyed ``(i, j)`` with ``i < j``."""
    n = len(vectors)
    heads = [sorted(v, key=lambda k: -v[k])[:TOP_KEYS] for v in vectors]
    df: Counter[str] = Counter(k for h in heads for k in h)
    limit = max(40, INDEX_SHARE * n)
    index: dict[str, list[int]] = {}
    for i, h in enumerate(heads):
        for k in h:
            if df[k] <= limit:
                index.setdefault(k, []).append(i)
    sims: dict[tuple[int, int], float] = {}
    for i, h in enumerate(heads):
        hits: Counter[int] = Counter()
        for k in h:
            for j in index.get(k, ()):
                if j > i:
                    hits[j] += 1
        for j, _ in hits.most_common(CANDIDATES):
            s = cosine(vectors[i], vectors[j])
            if s >= MIN_SIMILARITY:
                sims[i, j] = s
    return sims


def average_linkage(n: int, sims: dict[tuple[int, int], float], threshold: float,
                    sizes: Sequence[int] | None = None) -> list[list[int]]:
    """Groups of ``range(n)``, each in ascending order, listed by their first member.  With
    ``sizes``, each of the ``n`` is already a group of that many units and ``sims`` holds the
    summed similarity of their pairs of units."""
    links: list[dict[int, float]] = [{} for _ in range(n)]  # summed similarity between groups
    for (i, j), s in sims.items():
        links[i][j] = s
        links[j][i] = s
    size = list(sizes) if sizes is not None else [1] * n
    members: list[list[int]] = [[i] for i in range(n)]
    heap = [(-s / (size[i] * size[j]), i, j) for (i, j), s in sims.items() if s >= threshold * size[i] * size[j]]
    heapq.heapify(heap)
    while heap:
        neg, i, j = heapq.heappop(heap)
        if not (members[i] and members[j]):
            continue
        if abs(links[i].get(j, 0.0) / (size[i] * size[j]) + neg) > 1e-12:
            continue  # a stale entry: one of the two has grown since
        members[i] += members[j]
        members[j] = []
        for z, s in links[j].items():
            if z != i:
                links[i][z] = links[i].get(z, 0.0) + s
                links[z][i] = links[i][z]
                del links[z][j]
        links[i].pop(j, None)
        links[j] = {}
        size[i] += size[j]
        for z, s in links[i].items():
            mean = s / (size[i] * size[z])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(i, z), max(i, z)))
    return sorted((sorted(m) for m in members if m), key=lambda m: m[0])


def attach(groups: list[list[int]], sims: dict[tuple[int, int], float], min_size: int,
           threshold: float, nearest: float = math.inf,
           vectors: Sequence[Vector] | None = None) -> tuple[list[list[int]], list[int]]:
    """Groups of at least ``min_size``, each small group's members joined to the big group
    they are most like on average (when that reaches ``threshold``) or, failing that, to
    the big group of their nearest unit (when that similarity reaches ``nearest``); and the
    members left.  With ``vectors`` (the units' vectors, by index) the mean similarity to a
    big group is exact, read through the sum of its vectors (the mean of cosines of unit
    vectors is the cosine with their sum over their number), where ``sims`` holds only the
    pairs :func:`neighbours` compared and a unit that shares no heading key with a group's
    members would seem unlike it."""
    big = [list(g) for g in groups if len(g) >= min_size]
    where = {i: k for k, g in enumerate(big) for i in g}
    near: dict[int, dict[int, float]] = {}
    closest: dict[int, tuple[float, int]] = {}
    for (i, j), s in sims.items():
        if i in where and j not in where:
            near.setdefault(j, defaultdict(float))[where[i]] += s
            closest[j] = max(closest.get(j, (0.0, -1)), (s, -where[i]))
        elif j in where and i not in where:
            near.setdefault(i, defaultdict(float))[where[j]] += s
            closest[i] = max(closest.get(i, (0.0, -1)), (s, -where[j]))
    if vectors is not None:
        near = _group_sums(big, vectors, [i for g in groups if len(g) < min_size for i in g])
    left: list[int] = []
    sizes = [len(g) for g in big]  # as grouped: what joins later does not change who else may join
    for g in groups:
        if len(g) >= min_size:
            continue
        for i in g:
            scores = near.get(i)
            best = max(scores, key=lambda k: (scores[k] / sizes[k], -k)) if scores else None
            if best is not None and scores is not None and scores[best] / sizes[best] >= threshold:
                big[best].append(i)
            elif closest.get(i, (0.0, 0))[0] >= nearest:
                big[-closest[i][1]].append(i)
            else:
                left.append(i)
    return [sorted(g) for g in big], sorted(left)


def _key_sums(groups: Sequence[Sequence[int]], vectors: Sequence[Vector]) -> dict[str, list[tuple[int, float]]]:
    """Each key -> (group, the summed weight of the key over the group's vectors), groups in order."""
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for k, g in enumerate(groups):
        total: dict[str, float] = defaultdict(float)
        for i in g:
            for key, v in vectors[i].items():
                total[key] += v
        for key, v in total.items():
            index[key].append((k, v))
    return index


def _group_sums(big: Sequence[Sequence[int]], vectors: Sequence[Vector],
                units: Sequence[int]) -> dict[int, dict[int, float]]:
    """For each of ``units``, its summed similarity to each big group it shares a key with."""
    index = _key_sums(big, vectors)
    out: dict[int, dict[int, float]] = {}
    for i in units:
        sums: dict[int, float] = defaultdict(float)
        for key, v in vectors[i].items():
            for k, w in index.get(key, ()):
                sums[k] += v * w
        if sums:
            out[i] = sums
    return out


def regroup(groups: list[list[int]], vectors: Sequence[Vector], threshold: float,
            min_size: int = 2) -> list[list[int]]:
    """``groups`` (of indices into ``vectors``) with the groups of at least ``min_size`` merged
    by average linkage over every pair of their units: :func:`neighbours` compares a unit with
    a few units only, and a subject many articles report (a season of results tables) splits
    where the pairs never compared count as unlike.  Each group's summed vector gives its
    summed similarity to another group exactly (the sum of the cosines of unit vectors is the
    dot product of their sums)."""
    blocks = [g for g in groups if len(g) >= min_size]
    rest = [g for g in groups if len(g) < min_size]
    if len(blocks) < 2:
        return groups
    index = _key_sums(blocks, vectors)
    n = len(blocks)
    flat = array("d", bytes(8 * n * n))  # summed similarity of blocks b < c at b * n + c
    for holders in index.values():
        for x, (b, vb) in enumerate(holders[:-1]):
            row = b * n
            for c, vc in holders[x + 1:]:
                flat[row + c] += vb * vc
    sizes = [len(g) for g in blocks]  # pairs weaker than MIN_SIMILARITY on average are not kept, as in neighbours
    summed = {(b, c): flat[b * n + c] for b in range(n) for c in range(b + 1, n)
              if flat[b * n + c] >= MIN_SIMILARITY * sizes[b] * sizes[c]}
    merged = average_linkage(n, summed, threshold, sizes=sizes)
    out = [sorted(i for b in m for i in blocks[b]) for m in merged] + [list(g) for g in rest]
    return sorted(out, key=lambda g: g[0])

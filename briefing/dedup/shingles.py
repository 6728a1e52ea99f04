"""Fast word tokens, shingle sketches and a capped inverted index for candidate blocking.

Everything here runs in C-level loops (``bytes.translate``, ``re.findall``, ``zip``, ``map``,
``sorted``) so that fingerprinting tens of thousands of articles stays cheap.  Words are
hashed with CRC-32 and shingles as tuples of those integers, so every hash, and therefore
every result, is the same from one run to the next (Python's own string hash is not).
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, combinations, repeat
from operator import itemgetter


class _WordHashes(dict[str, int]):
    """Word -> CRC-32 of its UTF-8 form, each distinct word hashed once (a corpus repeats its
    words a hundredfold); emptied when it grows large, so memory stays bounded."""

    LIMIT = 500_000

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = zlib.crc32(word.encode())
        return value


_WORD_HASHES = _WordHashes()
_HASH_LOW, _HASH_SPAN = -(2**63), 2**64  # Python's hashes of int tuples are signed 64-bit


def word_hashes(words: Iterable[str]) -> list[int]:
    """A stable integer for each word (CRC-32 of its UTF-8 form)."""
    return list(map(_WORD_HASHES.__getitem__, words))


def _smallest(values: list[int], count: int) -> list[int]:
    """``sorted(values)[:count]``; hashes are uniform, so most are filtered out (in C)
    below a bound that leaves about twice as many as wanted before sorting."""
    if len(values) > 4 * count:
        bound = _HASH_LOW + int(_HASH_SPAN * (2.0 * count / len(values)))
        small = sorted(filter(bound.__gt__, values))
        if len(small) >= count:  # else too few fell below the bound: sort them all
            return small[:count]
    return sorted(values)[:count]


def shingle_hashes(words: Sequence[str], k: int) -> list[int]:
    """A hash of every run of ``k`` consecutive words (one of the whole text when it is shorter;
    none when it is empty), in order, repeats included."""
    ints = word_hashes(words)
    if len(ints) < k:
        return [hash(tuple(ints))] if ints else []
    return list(map(hash, zip(*(ints[i:] for i in range(k)))))


def bottom_k(hashes: list[int], size: int) -> list[int]:
    """The ``size`` smallest distinct values of ``hashes``: the bottom-k sketch.  Two texts whose
    shingle sets overlap by a Jaccard share J are expected to share about ``size * J`` entries."""
    distinct = list(dict.fromkeys(_smallest(hashes, 2 * size)))  # sorted, so repeats sit side by side
    if len(distinct) < size < len(hashes):  # a very repetitive text
        distinct = list(dict.fromkeys(sorted(hashes)))
    return distinct[:size]


def shingle_sketch(words: Sequence[str], k: int, size: int) -> list[int]:
    """Bottom-``size`` sketch of the text's ``k``-word shingles (:func:`bottom_k`)."""
    return bottom_k(shingle_hashes(words, k), size)


def _pair_up(members: list[int], counts: Counter[tuple[int, int]], cap: int, anchors: int) -> None:
    """Count the pairs of one posting list (owners ascending): all of them up to ``cap``
    members, beyond that each member with the first ``anchors`` members only."""
    if len(members) <= cap:
        counts.update(combinations(members, 2))  # in C: (members[a], members[b]) for a < b
    else:
        counts.update(chain.from_iterable(zip(repeat(h), members[k + 1:]) for k, h in enumerate(members[:anchors])))


def candidate_pairs(
    sketches: Iterable[Sequence[int]], *, min_shared: int, cap: int, anchors: int = 3
) -> list[tuple[int, int, int]]:
    """Pairs ``(i, j, shared)`` (i < j) of sketches that share at least ``min_shared`` entries
    (fewer when a sketch itself is smaller), best first.

    The inverted index maps an entry to its first owner, and only to a list of owners once a
    second one shares it: most entries belong to one sketch, and a list each would cost a
    few hundred megabytes at 50k articles.  A posting list longer than ``cap`` (a very
    common phrase, or a very large family of copies) is not expanded into all its pairs:
    each member is only paired with the first ``anchors`` members.  A common phrase then
    adds one shared entry to a few pairs, which is not enough to make them candidates,
    while a large family, whose members share many such entries, still reaches its anchors.
    """
    sizes: list[int] = []
    owners: dict[int, int | list[int]] = {}
    for i, sk in enumerate(sketches):
        sizes.append(len(sk))
        for h in sk:
            first = owners.setdefault(h, i)
            if isinstance(first, int):
                if first != i:  # (an entry repeated inside one sketch counts once)
                    owners[h] = [first, i]
            elif first[-1] != i:
                first.append(i)
    postings = [m for m in owners.values() if not isinstance(m, int)]
    del owners
    counts: Counter[tuple[int, int]] = Counter()
    for members in postings:
        _pair_up(members, counts, cap, anchors)
    out = [(i, j, c) for (i, j), c in counts.items() if c >= min_shared or c >= sizes[i] or c >= sizes[j]]
    out.sort()  # by (i, j) in C, then stably by count: best first, ties in index order
    out.sort(key=itemgetter(2), reverse=True)
    return out


def band_pairs(bands: Sequence[Sequence[int]], *, cap: int, anchors: int = 3) -> list[tuple[int, int]]:
    """MinHash LSH candidates: pairs ``(i, j)`` (i < j) whose keys agree in at least one band.
    ``bands[b][i]`` is owner i's key in band b (an ``array('q')`` keeps it to 8 bytes a key).
    One band is indexed at a time, and only its keys that occur more than once get a posting
    list, so memory stays small at a million owners."""
    counts: Counter[tuple[int, int]] = Counter()
    for col in bands:
        repeated = {k for k, n in Counter(col).items() if n > 1}
        if not repeated:
            continue
        postings: dict[int, list[int]] = {}
        for i, k in enumerate(col):
            if k in repeated:
                postings.setdefault(k, []).append(i)
        for members in postings.values():
            _pair_up(members, counts, cap, anchors)
    return sorted(counts)

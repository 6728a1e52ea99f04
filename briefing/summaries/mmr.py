"""Maximal marginal relevance: pick important items that do not repeat each other."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz, process

T = TypeVar("T")

# Two sentences repeat each other when most of the smaller one's content words are in
# the other, or when their word sets are near-identical by rapidfuzz's token_set_ratio.
OVERLAP_REPEAT = 0.6
TOKEN_SET_REPEAT = 85.0


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other (0..1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """0..1, how much two word sets say the same thing (the MMR penalty)."""
    return overlap(a, b)


def repeats(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    if len(a & b) >= OVERLAP_REPEAT * min(len(a), len(b)):
        return True
    return bool(fuzz.token_set_ratio(joined(a), joined(b), score_cutoff=TOKEN_SET_REPEAT))


@lru_cache(maxsize=4096)
def joined(words: frozenset[str]) -> str:
    """A word set as one string, for rapidfuzz (a set is compared with many others: made once)."""
    return " ".join(sorted(words))


def first_repeat(words: frozenset[str], others: Sequence[frozenset[str]], others_joined: Sequence[str]) -> int | None:
    """The index of the first of ``others`` that :func:`repeats` ``words`` (``others_joined``:
    their :func:`joined` strings), or None.  The same answer as trying each in turn, with the
    fuzzy half run over all of them in rapidfuzz's C loop."""
    if not words:
        return None
    n = len(words)
    first = next((k for k, o in enumerate(others) if o and len(o & words) >= OVERLAP_REPEAT * min(n, len(o))), None)
    upto = len(others) if first is None else first
    if upto:
        hits = process.extract(joined(words), others_joined[:upto], scorer=fuzz.token_set_ratio,
                               score_cutoff=TOKEN_SET_REPEAT, limit=None)
        fuzzy = [k for _, _, k in hits if others[k]]
        if fuzzy:
            return min(fuzzy)
    return first


@dataclass(frozen=True, slots=True)
class Choice:
    """What MMR needs of an item: its importance and its content words."""

    score: float
    words: frozenset[str]


def select(
    items: Sequence[T],
    choice: Callable[[T], Choice],
    *,
    limit: int,
    minimum: int = 0,
    lam: float = 0.7,
    floor: float = 0.0,
    same: Callable[[T, T], bool] | None = None,
    enough: Callable[[Sequence[T]], bool] | None = None,
) -> list[T]:
    """Up to ``limit`` items, best first, each maximising
    ``lam * score - (1 - lam) * max similarity to those already chosen``.

    An item that repeats a chosen one (see :func:`repeats`, or ``same``) is never
    taken.  Once ``minimum`` items are chosen, items scoring below ``floor`` times
    the best score end the selection, and so does ``enough`` of the items chosen (a
    word budget met)."""
    if not items or limit <= 0:
        return []
    data = [choice(it) for it in items]
    top = max(d.score for d in data) or 1.0
    chosen: list[int] = []
    left = list(range(len(items)))
    while left and len(chosen) < limit:
        best_i = -1
        best_v = float("-inf")
        dead: list[int] = []
        for i in left:
            d = data[i]
            if any(repeats(d.words, data[j].words) or (same and same(items[i], items[j])) for j in chosen):
                dead.append(i)
                continue
            sim = max((similarity(d.words, data[j].words) for j in chosen), default=0.0)
            v = lam * d.score / top - (1 - lam) * sim
            if v > best_v:
                best_v, best_i = v, i
        for i in dead:
            left.remove(i)
        if best_i < 0:
            break
        if len(chosen) >= minimum and data[best_i].score < floor * top:
            break
        chosen.append(best_i)
        left.remove(best_i)
        if enough is not None and len(chosen) >= minimum and enough([items[i] for i in chosen]):
            break
    return [items[i] for i in chosen]

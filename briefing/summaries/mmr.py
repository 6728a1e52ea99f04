"""Maximal marginal relevance: pick important items that do not repeat each other."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

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
    if overlap(a, b) >= OVERLAP_REPEAT:
        return True
    return bool(a and b) and fuzz.token_set_ratio(" ".join(sorted(a)), " ".join(sorted(b))) >= TOKEN_SET_REPEAT


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
) -> list[T]:
    """Up to ``limit`` items, best first, each maximising
    ``lam * score - (1 - lam) * max similarity to those already chosen``.

    An item that repeats a chosen one (see :func:`repeats`, or ``same``) is never
    taken.  Once ``minimum`` items are chosen, items scoring below ``floor`` times
    the best score end the selection."""
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
    return [items[i] for i in chosen]

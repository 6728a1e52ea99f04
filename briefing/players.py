"""Key players of a storyline: the people and organisations who matter most in it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Mapping, Sequence

from .model import Article, Player, Quote, Storyline

_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?\s){1,2}[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?\b")
MAX_PLAYERS = 8


def key_players(storyline: Storyline, articles: Mapping[str, Article], quotes: Sequence[Quote]) -> tuple[Player, ...]:
    counts: Counter[str] = Counter()
    where: dict[str, set[str]] = {}
    for p in storyline.passages:
        for m in _NAME.finditer(p.text):
            counts[m.group(0)] += 1
            where.setdefault(m.group(0), set()).add(p.article)
    return tuple(
        Player(name, "person", None, n, tuple(sorted(where[name])))
        for name, n in counts.most_common(MAX_PLAYERS)
        if n >= 2
    )

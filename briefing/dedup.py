"""Article-level de-duplication: re-published copies become one story with several sources."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .config_model import DedupConfig
from .model import Article


def find_duplicates(articles: Sequence[Article], config: DedupConfig) -> list[Article]:
    """The same articles, in the same order, with ``duplicate_of`` set on every copy and
    ``copies`` on the kept one.  The kept copy is the fullest (ties: the earliest)."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(a.content_hash, []).append(a)
    kept: dict[str, str] = {}
    copies: dict[str, tuple[str, ...]] = {}
    for family in groups.values():
        if len(family) < 2:
            continue
        primary = max(family, key=lambda a: (a.words, -(a.published.toordinal() if a.published else 10**7)))
        copies[primary.id] = tuple(a.id for a in family if a is not primary)
        for a in family:
            if a is not primary:
                kept[a.id] = primary.id
    return [replace(a, duplicate_of=kept.get(a.id), copies=copies.get(a.id, ())) for a in articles]

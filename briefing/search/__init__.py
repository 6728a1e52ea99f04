"""Search as you type over a brief: the index (:mod:`.index`) and the folded text forms it
matches on (:mod:`.forms`)."""

from __future__ import annotations

from .index import KIND_LABELS, KINDS, Hit, Matches, SearchIndex, SearchResult, build_index, search

__all__ = ["KINDS", "KIND_LABELS", "Hit", "Matches", "SearchIndex", "SearchResult", "build_index", "search"]

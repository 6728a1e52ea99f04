"""Search as you type over a brief: the index (:mod:`.index`) and the folded text forms it
matches on (:mod:`.forms`)."""

from __future__ import annotations

from .index import SearchIndex, build_index, search
from .results import KIND_LABELS, KINDS, Hit, Kind, Matches, SearchResult

__all__ = ["KINDS", "KIND_LABELS", "Hit", "Kind", "Matches", "SearchIndex", "SearchResult", "build_index", "search"]

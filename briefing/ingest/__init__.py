"""Ingest: from sources (folders, files, globs) to articles.  Finding the files
(:mod:`.discover`), reading their bytes as text (:mod:`.decode`), the formats (:mod:`.formats`:
text, Markdown with front matter, JSON, JSON lines), and the structure of messy text
(:mod:`.structure`: titles, dates, headings, bullets, debris)."""

from __future__ import annotations

from .discover import discover
from .load import build_article, load_articles, load_file

__all__ = ["build_article", "discover", "load_articles", "load_file"]

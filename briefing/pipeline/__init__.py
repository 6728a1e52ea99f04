"""The pipeline: the order of the stages (:mod:`.build`, :mod:`.finish`), the runner that
shares work between the cores (:mod:`.runner`), the article cache and reopening a stored
brief (:mod:`.cache`, :mod:`.codec`, :mod:`.reopen`), and building in a child process for the
dashboard (:mod:`.child`)."""

from __future__ import annotations

from .build import build_brief

__all__ = ["build_brief"]

"""Exporters: every one only reads the brief.

``render(brief, fmt)`` gives the text of one format (``render_bytes`` the bytes to write);
:func:`briefing.export.files.export_brief` writes them atomically to ``<export.folder>/brief-YYYY-MM-DD.<ext>`` or a given path.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Brief
from ..work import gc_paused
from .html import render_html
from .json_export import json_bytes, render_json
from .markdown import render_markdown
from .text import render_text

RENDERERS: dict[str, Callable[[Brief], str]] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
    "txt": render_text,
}
FORMATS: tuple[str, ...] = tuple(RENDERERS)
EXTENSIONS = {"json": "json", "md": "md", "html": "html", "txt": "txt"}


def render(brief: Brief, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}") from None
    with gc_paused():  # a big brief's rows are many small objects and no cycles: see briefing.work
        return renderer(brief)


def render_bytes(brief: Brief, fmt: str) -> bytes:
    """What :func:`render` gives, in UTF-8; JSON is encoded as it is written, never held as text too."""
    if fmt == "json":
        with gc_paused():
            return json_bytes(brief)
    return render(brief, fmt).encode("utf-8")

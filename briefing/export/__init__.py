"""Exporters: every one only reads the brief."""

from __future__ import annotations

from typing import Callable

from ..model import Brief
from .json_export import render_json
from .markdown import render_markdown

RENDERERS: dict[str, Callable[[Brief], str]] = {
    "json": render_json,
    "md": render_markdown,
}
EXTENSIONS = {"json": "json", "md": "md", "html": "html", "txt": "txt"}


def render(brief: Brief, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(sorted(RENDERERS))}") from None
    return renderer(brief)

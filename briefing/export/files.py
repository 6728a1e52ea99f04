"""Where a brief goes on disk, and writing it there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..config_model import Config
from ..model import Brief
from . import EXTENSIONS, render
from .writer import write_atomic


def default_out(config: Config, date: dt.date | None, fmt: str) -> Path:
    """``<export.folder>/brief-YYYY-MM-DD.<ext>``; today's date for a brief with no date."""
    stamp = (date or dt.date.today()).isoformat()
    return config.resolve(config.export.folder) / f"brief-{stamp}.{EXTENSIONS[fmt]}"


def export_brief(brief: Brief, config: Config, *, fmt: str | None = None, out: Path | None = None) -> Path:
    """Render the brief and write it atomically; returns the path written.
    Raises :class:`briefing.export.writer.WriteError` with a one-line reason."""
    fmt = fmt or config.export.format
    path = out or default_out(config, brief.date, fmt)
    return write_atomic(path, render(brief, fmt))

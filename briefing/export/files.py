"""Where a brief goes on disk, and writing it there (used by ``briefing export`` and the app's ``e`` key)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..config.schema import Config
from ..model import Brief
from . import EXTENSIONS, render_bytes
from .writer import write_atomic

_BY_SUFFIX = {f".{ext}": fmt for fmt, ext in EXTENSIONS.items()} | {".markdown": "md", ".htm": "html", ".text": "txt"}


def default_out(config: Config, date: dt.date | None, fmt: str) -> Path:
    """``<export.folder>/brief-YYYY-MM-DD.<ext>``; today's date for a brief with no date."""
    stamp = (date or dt.date.today()).isoformat()
    return config.resolve(config.export.folder) / f"brief-{stamp}.{EXTENSIONS[fmt]}"


def known_suffix(out: Path) -> bool:
    """Whether the file name's extension names a format briefing writes."""
    return out.suffix.lower() in _BY_SUFFIX


def choose_format(config: Config, fmt: str | None = None, out: Path | None = None) -> str:
    """The format asked for; else the one the output file's extension names; else the config's."""
    if fmt:
        return fmt
    if out is not None and out.suffix.lower() in _BY_SUFFIX:
        return _BY_SUFFIX[out.suffix.lower()]
    return config.export.format


def export_brief(brief: Brief, config: Config, fmt: str | None = None, out: Path | None = None) -> Path:
    """Render the brief once and write it atomically; returns the path written.

    ``fmt`` defaults to the extension of ``out``, then to ``export.format``; ``out`` defaults to
    :func:`default_out`.  Raises :class:`briefing.export.writer.WriteError` with a one-line reason."""
    fmt = choose_format(config, fmt, out)
    path = out if out is not None else default_out(config, brief.date, fmt)
    return write_atomic(path, render_bytes(brief, fmt))

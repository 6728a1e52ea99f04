"""Unexpected errors go to a log file, never to the screen."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

from ..text.clean import shown


def log_path() -> Path:
    """``$XDG_STATE_HOME/briefing/briefing.log`` (``~/.local/state/briefing/briefing.log``)."""
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative (which the XDG specification says to ignore)
        base = str(Path.home() / ".local" / "state")
    return Path(base) / "briefing" / "briefing.log"


def log_exception(error: BaseException, where: str = "") -> Path | None:
    """Append the error and its traceback to the log; the log's path, or None if it
    cannot be written (then the error is dropped: the screen must stay clean)."""
    path = log_path()
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} {where}\n{text}\n")
    except OSError:
        return None
    return path


def short(error: BaseException) -> str:
    """One line for a notification."""
    msg = shown(" ".join(str(error).split())) or type(error).__name__
    return msg if len(msg) <= 120 else msg[:119] + "…"

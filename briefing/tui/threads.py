"""Handing a worker thread's result to the event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App


def on_loop(app: App[Any], callback: Callable[..., object], *args: object) -> object:
    """Run ``callback(*args)`` on ``app``'s event loop from a worker thread and return what it
    returns; nothing once the app has stopped (a late result finds no widgets to update)."""
    if not app.is_running:
        return None
    try:
        return app.call_from_thread(callback, *args)
    except RuntimeError:  # the loop closed meanwhile
        return None

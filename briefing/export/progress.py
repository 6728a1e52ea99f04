"""A progress bar on stderr while a large corpus is analysed, and only when stderr is a terminal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import IO

LARGE_CORPUS = 200  # articles; below this a brief is quick enough to need no bar

Progress = Callable[[str, float], None]


def wants_progress(stream: IO[str], articles: int, threshold: int | None = None) -> bool:
    """A bar only for a large corpus, and only on a terminal (never in a pipe, a file or CI logs)."""
    if articles < (LARGE_CORPUS if threshold is None else threshold):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


@contextlib.contextmanager
def progress_bar(stream: IO[str], enabled: bool) -> Iterator[Progress | None]:
    """Yields a ``progress(stage, fraction)`` callback for ``build_brief``, or None when disabled."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    console = Console(file=stream, force_terminal=True, markup=False, highlight=False)
    with Bar(TextColumn("{task.description:<20}", markup=False), BarColumn(), TimeElapsedColumn(),
             console=console, transient=True, auto_refresh=False) as bar:
        # no refresh thread: the brief forks its second-core work only from a single-threaded
        # process (briefing.pipeline.runner.can_fork), so the bar is redrawn at each stage instead
        task = bar.add_task("briefing", total=1.0)

        def update(stage: str, fraction: float) -> None:
            bar.update(task, description=stage, completed=max(0.0, min(1.0, fraction)))
            bar.refresh()

        yield update

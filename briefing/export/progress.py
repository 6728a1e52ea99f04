"""A progress bar on stderr while a large corpus is analysed, and only when stderr is a terminal."""

from __future__ import annotations

import contextlib
import time
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


class StageTimes:
    """A ``progress`` callback that also clocks each stage (``--timings``): wall seconds from
    the first report of a stage to the first report of the next.  ``inner`` still gets every
    report (the bar, when there is one)."""

    def __init__(self, inner: Progress | None = None, clock: Callable[[], float] = time.perf_counter) -> None:
        self._inner = inner
        self._clock = clock
        self._start = clock()
        self._stages: list[tuple[str, float]] = []  # (stage, when it began)

    def passing_to(self, inner: Progress | None) -> StageTimes:
        """This clock, now also passing every report on to ``inner``."""
        self._inner = inner
        return self

    def __call__(self, stage: str, fraction: float) -> None:
        self.mark(stage)
        if self._inner is not None:
            self._inner(stage, fraction)

    def mark(self, stage: str) -> None:
        """Start ``stage`` (a report with a count, "reading files (10 of 90)", is its stage's)."""
        name = stage.split(" (", 1)[0]
        if not self._stages or self._stages[-1][0] != name:
            self._stages.append((name, self._clock()))

    def times(self) -> list[tuple[str, float]]:
        """(stage, seconds) in order, up to now; the last stage ("done") is not a stage."""
        ends = [t for _, t in self._stages[1:]] + [self._clock()]
        return [(name, end - begun) for (name, begun), end in zip(self._stages, ends) if name != "done"]

    def report(self) -> str:
        parts = [f"{name} {secs:.2f} s" for name, secs in self.times()]
        return "stage times: " + " · ".join(parts) + f" · total {self._clock() - self._start:.2f} s"

"""Building the brief for the dashboard without ever blocking it.

The build runs in a child process (:mod:`briefing.pipeline.child`) that uses every core as the
command line does; a thread worker of the app reads what it reports (stages, then the
storylines as soon as they exist, then the brief) and hands each to the event loop.  A newer
request (a reload, or quitting) kills the child.  Where no child can be started, the brief
is built in the worker thread itself, on one core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text

from ..config.schema import Config
from ..errors import BriefingError
from ..model import Brief, Problem
from ..pipeline.child import BuildProcess, BuildRequest, Built, Failed, Preview, Stage, StorylinePreview
from ..pipeline.codec import BriefDecodeError
from ..pipeline.reopen import open_brief, reopened, with_warnings
from ..work import SERIAL
from .errors import log_exception, short
from .render import date_span, literal

if TYPE_CHECKING:
    from textual.worker import Worker

Report = Callable[..., object]


MAX_PREVIEW = 8


def preview_text(storylines: tuple[StorylinePreview, ...]) -> Text:
    text = Text("Storylines found so far:\n", style="bold", end="")
    for s in storylines[:MAX_PREVIEW]:
        n = s.articles
        text.append_text(literal(f"  {s.title}", style="bold"))
        text.append(f"  {n} article{'s' if n != 1 else ''} · {date_span(s.first, s.last)}\n", style="dim")
    if len(storylines) > MAX_PREVIEW:
        text.append(f"  and {len(storylines) - MAX_PREVIEW} more\n", style="dim")
    text.append("Summaries, quotes and timelines follow…", style="dim italic")
    return text


class BriefLoader:
    """One load of the brief, run by :meth:`run` in a thread worker.  ``call(fn, *args)`` runs
    ``fn`` on the app's event loop (``App.call_from_thread``)."""

    def __init__(self, sources: list[str] | None, config: Config, use_cache: bool, call: Report,
                 worker: Worker[None]) -> None:
        self.sources = sources
        self.config = config
        self.use_cache = use_cache
        self.call = call
        self.worker = worker
        self.process: BuildProcess | None = None

    def cancel(self) -> None:
        if self.process is not None:
            self.process.cancel()

    def run(self, progress: Callable[[str, float], None], preview: Callable[[Text], None],
            done: Callable[[Brief], None], failed: Callable[[str], None],
            prepare: Callable[[Brief], Brief] | None = None) -> None:
        """``prepare``: applied to the built brief in this thread before ``done`` shows it."""
        request = BuildRequest(tuple(self.sources) if self.sources is not None else None, self.config, self.use_cache)
        try:
            brief = self._in_child(request, progress, preview, failed)
            if brief is None and not self.worker.is_cancelled and self.process is None:
                brief = self._here(progress)
        except BriefingError as exc:
            self.call(failed, str(exc))
            return
        except Exception as exc:  # an analysis bug must not take the screen
            path = log_exception(exc, "building the brief")
            self.call(failed, f"Could not build the brief: {short(exc)}. Details: {path}")
            return
        if brief is not None and not self.worker.is_cancelled:
            self.call(done, prepare(brief) if prepare is not None else brief)

    def _in_child(self, request: BuildRequest, progress: Callable[[str, float], None],
                  preview: Callable[[Text], None], failed: Callable[[str], None]) -> Brief | None:
        """The brief from a child process; None when no child could start (self.process is
        then None) or when the build failed (reported) or was cancelled."""
        notes: list[Problem] = []
        for attempt in range(2):
            process = BuildProcess(request)
            try:
                process.start()
            except OSError as exc:
                log_exception(exc, "starting the build process")
                return None
            self.process = process
            if self.worker.is_cancelled:
                process.cancel()
                return None
            for event in process.events():
                if self.worker.is_cancelled:
                    process.cancel()
                    return None
                if isinstance(event, Stage):
                    self.call(progress, event.name, event.fraction)
                elif isinstance(event, Preview):
                    self.call(preview, preview_text(event.storylines))
                elif isinstance(event, Failed):
                    if event.kind in ("source", "config"):
                        raise BriefingError(event.message)
                    self.call(failed, f"Could not build the brief: {event.message}")
                    return None
                elif isinstance(event, Built):
                    self.call(progress, "opening the brief", 1.0)
                    try:
                        return with_warnings(reopened(event.payload), event.warnings + tuple(notes))
                    except BriefDecodeError:
                        if attempt or not event.stored:
                            raise
                        request = BuildRequest(request.sources, request.config, request.use_cache, fresh=True)
                        notes.append(Problem("cache", "a stored brief could not be read; rebuilt", "warning"))
                        break  # the stored brief could not be read: build it again
        return None

    def _here(self, progress: Callable[[str, float], None]) -> Brief:
        def report(stage: str, fraction: float) -> None:
            self.call(progress, stage, fraction)

        # a thread of the app, where forking is unsafe: this process alone
        return open_brief(self.sources, self.config, use_cache=self.use_cache, progress=report, runner=SERIAL)

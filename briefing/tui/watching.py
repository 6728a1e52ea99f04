"""What is new, and watching the sources: the layer of :class:`briefing.tui.app.BriefingApp`
between its search (:mod:`briefing.tui.searching`) and its panes.

Each brief the dashboard builds is measured against the seen log
(:mod:`briefing.pipeline.seen`) in the load worker: the articles first seen since the brief was
last opened are marked "new since 08:10" on their points, sources and quotes; ``t`` shows
instead what is new since the day's first opening.  ``r`` rebuilds now (new files, new feed
items); with ``--watch`` the local sources are looked at every :data:`WATCH_SECONDS` seconds
(in a thread worker) and the brief is rebuilt when a file came, went or changed, and feeds and
pages are fetched again every :data:`FETCH_SECONDS`.  A rebuilt brief keeps the storyline on
screen.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass

from textual import work

from ..config.schema import Config
from ..ingest.discover import discover
from ..ingest.fetch import is_address
from ..model import Brief
from ..pipeline.seen import Freshness, SeenLog, marked
from .errors import log_exception
from .searching import SearchingApp

WATCH_SECONDS = 5.0
FETCH_SECONDS = 300.0

Signature = tuple[tuple[str, int, int], ...]


def signature(sources: list[str] | None, config: Config) -> Signature:
    """The local sources' files with their sizes and change times (addresses and the feeds an
    OPML file lists are left out: they are fetched on their own clock)."""
    local = [s for s in (sources if sources is not None else config.sources) if not is_address(s)]
    if not local:
        return ()
    found, _ = discover(local, config, fetch=False)
    out: list[tuple[str, int, int]] = []
    for f in found:
        try:
            st = os.stat(f.path)
        except OSError:
            continue
        out.append((str(f.path), st.st_size, st.st_mtime_ns))
    return tuple(out)


@dataclass(slots=True)
class _Session:
    """When this dashboard opened the brief, against which openings it measures, and what it measured."""

    log: SeenLog
    now: dt.datetime
    last: dt.datetime | None
    morning: dt.datetime | None
    fresh: Freshness | None = None


class WatchingApp(SearchingApp):
    config: Config
    sources: list[str] | None
    watch_sources: bool = False

    def __init__(self) -> None:
        super().__init__()
        self._session: _Session | None = None
        self.since_morning = False
        self._signature: Signature | None = None
        self._fetched_at = time.monotonic()

    # ---- in the load worker ------------------------------------------------------------
    def mark_new(self, brief: Brief) -> Brief:
        """The brief with what is new since the last opening marked (called in the load worker)."""
        try:
            now = dt.datetime.now().astimezone()
            if self._session is None:
                log = SeenLog()
                last, morning = log.opened(now)
                # never opened before (today): what comes while it is open is new since it opened
                self._session = _Session(log, now, last or now, morning or now)
            s = self._session
            s.fresh = s.log.note(brief, now, s.last, s.morning)
            s.log.save()
            return marked(brief, s.fresh, morning=self.since_morning)
        except Exception as exc:  # the brief matters more than its marks
            log_exception(exc, "marking what is new")
            return brief

    # ---- keys --------------------------------------------------------------------------
    def action_since_morning(self) -> None:
        """Show what is new since the day's first opening, or since the last opening."""
        s = self._session
        if self.brief is None or s is None or s.fresh is None:
            self.notify("Nothing to compare with yet.", timeout=4, markup=False)
            return
        self.since_morning = not self.since_morning
        self.brief = marked(self.brief, s.fresh, morning=self.since_morning)
        since = self.brief.new_since
        n = len(self.brief.new)
        what = "the first opening today" if self.since_morning else "the last opening"
        when = f" ({since:%H:%M})" if since else ""
        self.notify(f"{n} new article{'s' if n != 1 else ''} since {what}{when}." if since else
                    f"No earlier opening {'today' if self.since_morning else 'to compare with'}.",
                    timeout=6, markup=False)

    def action_reload(self) -> None:
        """Build the brief again now: new files and feed items come in."""
        self._fetched_at = time.monotonic()
        self.rebuild()

    def rebuild(self) -> None:
        self.notify("Rebuilding the brief…", timeout=3, markup=False)
        self.reload_brief()

    def rebuild_failed(self, message: str) -> bool:
        """A rebuild that failed while a brief is on screen keeps that brief and says why (True)."""
        if self.brief is None or not self.brief.articles:
            return False
        self.notify(f"The brief could not be rebuilt: {message}. The brief on screen is the last one built.",
                    severity="error", timeout=10, markup=False)
        return True

    def reload_brief(self) -> None:
        """Load the brief again, keeping the user's place (the app's own loading: overridden)."""
        raise NotImplementedError

    # ---- watching ----------------------------------------------------------------------
    def start_watching(self) -> None:
        if self.watch_sources:
            # the first look, now, sets what the brief is built from: a file that comes before the first
            # tick is a change (a look only at the first tick took it for a file the brief already had)
            self.look_at_sources()
            self.set_interval(WATCH_SECONDS, self.look_at_sources)

    @work(thread=True, exclusive=True, group="watch", description="watch")
    def look_at_sources(self) -> None:
        try:
            now = signature(self.sources, self.config)
        except Exception as exc:  # a folder gone for a moment: look again next time
            log_exception(exc, "watching the sources")
            return
        first = self._signature is None
        changed = not first and now != self._signature
        self._signature = now
        sources = self.sources if self.sources is not None else self.config.sources
        remote = any(is_address(s) for s in sources) or any(path.lower().endswith(".opml") for path, _, _ in now)
        due = remote and time.monotonic() - self._fetched_at >= FETCH_SECONDS
        if changed or due:
            self._fetched_at = time.monotonic()
            self.from_worker(self.rebuild)

"""What is new: when each article was first seen, and when the brief was opened.

The dashboard keeps a small log (``$XDG_STATE_HOME/briefing/seen.json``): for each article's
text (its content hash, so a file renamed or a feed item fetched again is not new) the time
it was first seen, and the times the brief was opened.  On opening, :meth:`SeenLog.note`
records the brief's unseen articles and says which are new since the brief was last opened,
and which since the first opening of the day ("what changed since this morning"); the
brief then carries one of the two sets (:func:`marked`).  A brief rebuilt while the
dashboard is open (a new file, a new feed item) is measured against the same opening.
The log holds at most :data:`MAX_ARTICLES` articles (the oldest go first) and is written
atomically; a damaged or unreadable log is started afresh.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Brief

MAX_ARTICLES = 200_000
MAX_OPENINGS = 100


def default_seen_path() -> Path:
    """``$XDG_STATE_HOME/briefing/seen.json``; ``~/.local/state`` when the variable is unset or relative."""
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):
        base = str(Path.home() / ".local" / "state")
    return Path(base) / "briefing" / "seen.json"


@dataclass(frozen=True, slots=True)
class Freshness:
    """The articles new since the last opening and since the day's first, and those times."""

    last: dt.datetime | None
    morning: dt.datetime | None
    new_since_last: tuple[str, ...]
    new_since_morning: tuple[str, ...]


def _time(text: object) -> dt.datetime | None:
    """An ISO time, aware (a time without a zone is read as this machine's local time)."""
    try:
        t = dt.datetime.fromisoformat(text) if isinstance(text, str) else None
        return t.astimezone() if t is not None and t.tzinfo is None else t
    except (ValueError, OverflowError, OSError):
        return None


class SeenLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_seen_path()
        self.first_seen, self.openings = _read(self.path)

    def opened(self, now: dt.datetime) -> tuple[dt.datetime | None, dt.datetime | None]:
        """Record an opening at ``now``: the last opening before it, and the day's first (None for none)."""
        last = self.openings[-1] if self.openings else None
        today = [t for t in self.openings if t.date() == now.date()]
        self.openings = (self.openings + [now])[-MAX_OPENINGS:]
        return last, (today[0] if today else None)

    def note(self, brief: Brief, now: dt.datetime, last: dt.datetime | None,
             morning: dt.datetime | None) -> Freshness:
        """Record the brief's unseen articles as first seen at ``now``; which are new since ``last``
        and since ``morning`` (nothing is new on the very first opening: everything would be)."""
        for a in brief.articles:
            self.first_seen.setdefault(a.content_hash, now)
        if len(self.first_seen) > MAX_ARTICLES:
            keep = sorted(self.first_seen.items(), key=lambda kv: kv[1])[-MAX_ARTICLES:]
            self.first_seen = dict(keep)

        def since(t: dt.datetime | None) -> tuple[str, ...]:
            if t is None:
                return ()
            return tuple(a.id for a in brief.articles if self.first_seen[a.content_hash] > t)
        return Freshness(last, morning, since(last), since(morning))

    def save(self) -> None:
        """Write the log (atomically), merged with what another dashboard wrote since it was
        read (the earliest first sighting wins); a log that cannot be written is not kept."""
        theirs, their_openings = _read(self.path)
        for key, t in theirs.items():
            if key not in self.first_seen or t < self.first_seen[key]:
                self.first_seen[key] = t
        self.openings = sorted(set(self.openings) | set(their_openings))[-MAX_OPENINGS:]
        data = {"articles": {k: t.isoformat() for k, t in self.first_seen.items()},
                "openings": [t.isoformat() for t in self.openings]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".seen-")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.replace(tmp, self.path)
        except OSError:
            pass


def _read(path: Path) -> tuple[dict[str, dt.datetime], list[dt.datetime]]:
    """The log's first sightings and openings; nothing when it is missing or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, []
    if not isinstance(data, dict):
        return {}, []
    first_seen: dict[str, dt.datetime] = {}
    articles = data.get("articles")
    for key, when in (articles.items() if isinstance(articles, dict) else ()):
        t = _time(when)
        if isinstance(key, str) and t is not None:
            first_seen[key] = t
    openings = data.get("openings")
    return first_seen, sorted(t for t in map(_time, openings if isinstance(openings, list) else []) if t is not None)


def marked(brief: Brief, fresh: Freshness, morning: bool = False) -> Brief:
    """The brief carrying the articles new since the last opening (or since the day's first)."""
    if morning:
        return replace(brief, new=fresh.new_since_morning, new_since=fresh.morning)
    return replace(brief, new=fresh.new_since_last, new_since=fresh.last)

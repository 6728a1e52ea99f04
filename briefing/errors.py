"""The documented errors of the public API."""

from __future__ import annotations


class BriefingError(Exception):
    """Base class of every error the core raises on purpose."""


class ConfigError(BriefingError):
    """A config file that cannot be used.  ``str()`` is one line naming file, line and key."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, key: str | None = None):
        self.path = path
        self.line = line
        self.key = key
        where = path or "config"
        if line is not None:
            where = f"{where}:{line}"
        prefix = f"{where}: " + (f"{key}: " if key else "")
        super().__init__(_one_line(prefix + message))


def _one_line(text: str) -> str:
    """Control characters (a newline in a YAML key, say) shown escaped, so the error stays one line."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class SourceError(BriefingError):
    """A configured source folder or file that does not exist."""

"""What the dashboard remembers between runs: the theme picked in the command palette.

Kept in ``$XDG_STATE_HOME/briefing/settings.json`` (default ``~/.local/state/briefing/``).
A theme picked in the app wins over config.yaml's ``theme`` until config.yaml's value
changes (then the user has said something newer there); ``--theme`` wins over both.  A file
that cannot be read or written only costs the memory, never the app.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..safe.files import read_regular

MAX_SETTINGS_BYTES = 64 * 1024


def settings_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative (which the XDG specification says to ignore)
        base = str(Path.home() / ".local" / "state")
    return Path(base) / "briefing" / "settings.json"


@dataclass
class Settings:
    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:  # read as any file is read: a named pipe in its place must not hang the app
            data = json.loads(read_regular(path, MAX_SETTINGS_BYTES).decode("utf-8"))
        except (OSError, ValueError):  # FileRefused is a ValueError
            data = {}
        return cls(path, data if isinstance(data, dict) else {})

    def theme_for(self, config_theme: str) -> str:
        """The theme to start with: the one picked in the app, unless config.yaml's changed since."""
        picked, over = self.data.get("theme"), self.data.get("config_theme")
        if isinstance(picked, str) and picked and over == config_theme:
            return picked
        return config_theme

    def remember_theme(self, theme: str, config_theme: str) -> None:
        if self.data.get("theme") == theme and self.data.get("config_theme") == config_theme:
            return
        self.data.update(theme=theme, config_theme=config_theme)
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(self.data, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass

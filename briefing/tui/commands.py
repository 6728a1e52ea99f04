"""The command palette (ctrl+p): every action of the keys, plus "go to storyline"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .keys import ACTIONS, key_display, keys_for

if TYPE_CHECKING:
    from .app import BriefingApp

SKIP = {a.id for a in ACTIONS if a.scope == "pane"} | {"command_palette"}


class BriefCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app: BriefingApp = self.app  # type: ignore[assignment]
        out: list[tuple[str, str, Callable[[], object]]] = []
        for a in ACTIONS:
            if a.id in SKIP:
                continue
            out.append((a.help, f"key: {key_display(keys_for(a.id, app.keymap))}", partial(app.run_action, a.action)))
        if app.brief is not None:
            for i, s in enumerate(app.brief.storylines):
                key = f"key: {i + 1}" if i < 9 else ""
                out.append((f"Go to storyline: {s.title}", key, partial(app.choose_storyline, s.key)))
        return out

    async def discover(self) -> Hits:
        for name, help_text, run in self._commands():
            yield DiscoveryHit(name, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), run, help=help_text)

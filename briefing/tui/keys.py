"""Every key of the app, declared once as Textual ``Binding``s with ids.

The ids are the action names users remap in ``config.yaml`` (``keys:``); the app applies
them with ``App.set_keymap``, which reaches the bindings of the panes too.  Keys that move
inside a pane (``scope="pane"``) are the panes' own bindings; the rest are the app's.  The
help screen and the command palette are built from the same table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding

from ..config.rules import KEY_ACTIONS, KEY_DEFAULTS


@dataclass(frozen=True, slots=True)
class Action:
    id: str  # binding id, also the config.yaml name
    action: str  # Textual action string
    label: str  # short, for the footer
    help: str  # one line, for the help screen and the command palette
    footer: bool = True
    priority: bool = False
    scope: Literal["app", "pane", "quotes"] = "app"

    @property
    def keys(self) -> str:
        """The default keys (:data:`briefing.config.rules.KEY_DEFAULTS`, where the config checks remaps)."""
        return KEY_DEFAULTS[self.id]


ACTIONS: tuple[Action, ...] = (
    Action("down", "cursor_down", "Down", "Move down", footer=False, scope="pane"),
    Action("up", "cursor_up", "Up", "Move up", footer=False, scope="pane"),
    Action("top", "cursor_top", "Top", "Go to the first row", footer=False, scope="pane"),
    Action("bottom", "cursor_bottom", "Bottom", "Go to the last row", footer=False, scope="pane"),
    Action("page_down", "page_down", "Page down", "Move down a page", footer=False, scope="pane"),
    Action("page_up", "page_up", "Page up", "Move up a page", footer=False, scope="pane"),
    # not priority: these wait their turn behind the moves typed before them ("j j enter" opens the third);
    # tab is the panes' own, ahead of the screen's focus order (which is the layout's, not the reading order)
    Action("next_pane", "app.next_pane", "Pane", "Go to the next pane", scope="pane"),
    Action("previous_pane", "app.previous_pane", "Prev pane", "Go to the previous pane", footer=False,
           scope="pane"),
    Action("open", "open", "Open", "Open the highlighted item (a source or quote opens the reader)",
           footer=False),
    Action("back", "go_back", "Back", "Go back: clear the search, then the highlight", footer=False),
    # priority: handled as it arrives, so the keys typed right after it reach the field
    Action("search", "search", "Search", "Search: the panes show only what matches as you type", priority=True),
    Action("next_hit", "next_hit", "Next hit", "Go to the next search hit", footer=False),
    Action("previous_hit", "previous_hit", "Prev hit", "Go to the previous search hit", footer=False),
    Action("all_quotes", "toggle_all", "All quotes", "In Quotes: every quote of the storyline, or the key quotes only",
           footer=False, scope="quotes"),
    Action("export", "export", "Export", "Export the daily brief to the export folder"),
    Action("why", "why", "Why", "Why the highlighted summary point's paragraph is in its storyline (terms, score)",
           footer=False),
    Action("promote", "promote", "Promote", "Promote the highlighted found storyline: write its terms into config.yaml",
           footer=False),
    Action("reload", "reload", "Reload", "Build the brief again now: new files and feed items come in",
           footer=False),
    Action("since_morning", "since_morning", "Today", "Mark what is new since the first opening today, "
           "or since the last opening", footer=False),
    Action("problems", "problems", "Problems", "List the files that could not be loaded", footer=False),
    Action("help", "help", "Keys", "Show every key"),
    Action("command_palette", "command_palette", "Commands", "Open the command palette", footer=False, priority=True),
    Action("quit", "quit", "Quit", "Quit briefing"),
)
STORYLINE_KEYS = 9

assert {a.id for a in ACTIONS} == set(KEY_ACTIONS), "every configurable action has a binding"


def _binding(a: Action) -> Binding:
    return Binding(a.keys, a.action, a.label, show=a.footer, priority=a.priority, id=a.id, tooltip=a.help)


def app_bindings() -> list[Binding]:
    out = [_binding(a) for a in ACTIONS if a.scope == "app"]
    out += [
        Binding(str(n), f"storyline({n - 1})", f"Storyline {n}", show=False, id=f"storyline_{n}")
        for n in range(1, STORYLINE_KEYS + 1)
    ]
    return out


def pane_bindings() -> list[Binding]:
    return [_binding(a) for a in ACTIONS if a.scope == "pane"]


def scroll_bindings() -> list[Binding]:
    """The panes' moves (j, k, g, G, space, b and their remaps), which scroll a dialog."""
    return [_binding(a) for a in ACTIONS if a.scope == "pane" and not a.action.startswith("app.")]


def quotes_bindings() -> list[Binding]:
    return [_binding(a) for a in ACTIONS if a.scope == "quotes"]


def keymap_from_config(keys: Mapping[str, str]) -> dict[str, str]:
    """``config.keys`` (action -> "key" or "key1,key2") as a Textual keymap."""
    return {action: ",".join(k.strip() for k in spec.split(",") if k.strip()) for action, spec in keys.items()}


def keys_for(action_id: str, keymap: Mapping[str, str]) -> str:
    """The keys bound to an action after the user's keymap, as Textual key names."""
    if action_id in keymap:
        return keymap[action_id]
    for a in ACTIONS:
        if a.id == action_id:
            return a.keys
    raise KeyError(action_id)


_DISPLAY = {"slash": "/", "question_mark": "?", "escape": "esc", "enter": "enter", "shift+tab": "shift+tab",
            "down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp", "home": "Home", "end": "End",
            "plus": "+", "minus": "-", "full_stop": ".", "comma": ","}


def key_display(keys: str) -> str:
    return " / ".join(_DISPLAY.get(k, k) for k in keys.split(","))

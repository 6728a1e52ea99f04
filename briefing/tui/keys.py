"""Every key of the app, declared once as Textual ``Binding``s with ids.

The ids are the action names users remap in ``config.yaml`` (``keys:``); the app
applies them with ``App.set_keymap``.  The help screen and the command palette are
built from the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from textual.binding import Binding

from ..config_rules import KEY_ACTIONS


@dataclass(frozen=True, slots=True)
class Action:
    id: str  # binding id, also the config.yaml name
    action: str  # Textual action string
    keys: str
    label: str  # short, for the footer
    help: str  # one line, for the help screen and the command palette
    footer: bool = True
    priority: bool = False


ACTIONS: tuple[Action, ...] = (
    Action("down", "down", "j", "Down", "Move down (also the down arrow)", footer=False),
    Action("up", "up", "k", "Up", "Move up (also the up arrow)", footer=False),
    Action("next_pane", "next_pane", "tab", "Pane", "Go to the next pane", priority=True),
    Action("previous_pane", "previous_pane", "shift+tab", "Prev pane", "Go to the previous pane", footer=False, priority=True),
    Action("open", "open", "enter", "Open", "Open the highlighted item (a source or quote opens the reader)", priority=True),
    Action("back", "back", "escape", "Back", "Go back, or clear the search and the highlight"),
    Action("search", "search", "slash", "Search", "Search storylines, points, quotes and articles"),
    Action("export", "export", "e", "Export", "Export the daily brief to the export folder"),
    Action("problems", "problems", "p", "Problems", "List the files that could not be loaded"),
    Action("help", "help", "question_mark", "Help", "Show every key"),
    Action("command_palette", "command_palette", "ctrl+p", "Commands", "Open the command palette", footer=False, priority=True),
    Action("quit", "quit", "q", "Quit", "Quit briefing"),
)
STORYLINE_KEYS = 9

assert {a.id for a in ACTIONS} == set(KEY_ACTIONS), "every configurable action has a binding"


def app_bindings() -> list[Binding]:
    out = [
        Binding(a.keys, a.action, a.label, show=a.footer, priority=a.priority, id=a.id, tooltip=a.help)
        for a in ACTIONS
    ]
    out += [
        Binding(str(n), f"storyline({n - 1})", f"Storyline {n}", show=False, id=f"storyline_{n}")
        for n in range(1, STORYLINE_KEYS + 1)
    ]
    return out


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


_DISPLAY = {"slash": "/", "question_mark": "?", "escape": "esc", "enter": "enter", "shift+tab": "shift+tab"}


def key_display(keys: str) -> str:
    return " / ".join(_DISPLAY.get(k, k) for k in keys.split(","))

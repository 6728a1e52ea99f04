"""The ``?`` screen: every key, after the user's remapping."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from ..keys import ACTIONS, key_display, keys_for
from .dialog import Dialog


def help_table(keymap: Mapping[str, str]) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 2, 0, 0))
    table.add_column("key", no_wrap=True)
    table.add_column("action")
    for a in ACTIONS:
        table.add_row(Text(key_display(keys_for(a.id, keymap)), style="bold"), Text(a.help))
    table.add_row(Text("1 … 9", style="bold"), Text("Jump to storyline 1 to 9"))
    table.add_row(Text("in search", style="bold"),
                  Text("type: the panes keep only what matches · enter: to the first hit · n/N: next and "
                       "previous hit · esc in the field: back to where you were · esc in a pane: clear the search"))
    return table


class HelpScreen(Dialog):
    BINDINGS = [
        Binding("escape", "close", "Close", id="back"),
        Binding("question_mark", "close", "Close", show=False),
    ]

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__()
        self.keymap = dict(keymap)

    def body(self) -> Iterable[Widget]:
        yield Static(Text("Keys", style="bold"))
        yield Static(help_table(self.keymap))
        yield Static(Text("Panes are linked: moving in Storylines changes the others; moving over a summary "
                          "point marks (▶) its sources and quotes. Keys can be remapped under keys: in config.yaml.",
                          style="dim"))

    def heading(self) -> str:
        return "Keys — esc closes"

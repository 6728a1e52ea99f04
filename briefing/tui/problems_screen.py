"""The load problems: files that were skipped or loaded with a warning."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..model import Problem
from .render import literal


def problems_table(problems: tuple[Problem, ...]) -> Table | Text:
    if not problems:
        return Text("Every file loaded without problems.")
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 2, 0, 0), expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("file", ratio=1, overflow="fold")
    table.add_column("problem", ratio=2)
    for p in problems:
        mark = Text("error", style="bold red") if p.severity == "error" else Text("warning", style="yellow")
        table.add_row(mark, literal(p.path), literal(p.reason))
    return table


class ProblemsScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close", id="back"),
        Binding("p", "close", "Close", show=False),
    ]

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(classes="dialog")
        self.problems = problems

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog-body"):
            yield Static(problems_table(self.problems), id="problems-table")

    def on_mount(self) -> None:
        body = self.query_one("#dialog-body")
        n = len(self.problems)
        body.border_title = f"Load problems ({n}) — esc closes"
        body.focus()

    def action_close(self) -> None:
        self.dismiss(None)

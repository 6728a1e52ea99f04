"""The load problems: files that were skipped or loaded with a warning."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from ...model import Problem
from ..render import literal
from .dialog import Dialog


def problems_text(problems: tuple[Problem, ...], failed: str | None = None) -> Text:
    """Each problem as its whole path (wrapped, never cut) and, under it, the reason; or why
    the brief could not be built, when it could not (then no file was judged)."""
    if failed:
        return Text("The brief could not be built, so the files were not all read:\n\n", style="bold") + literal(failed)
    if not problems:
        return Text("Every file loaded without problems.")
    text = Text(end="")
    for i, p in enumerate(problems):
        if i:
            text.append("\n\n")
        text.append("error  " if p.severity == "error" else "warning  ",
                    style="bold red" if p.severity == "error" else "yellow")
        text.append_text(literal(p.path, style="bold"))
        text.append("\n")
        text.append_text(literal(p.reason))
    return text


class ProblemsScreen(Dialog):
    BINDINGS = [
        Binding("escape", "close", "Close", id="back"),
        Binding("p", "close", "Close", show=False),
    ]

    def __init__(self, problems: tuple[Problem, ...], failed: str | None = None) -> None:
        super().__init__()
        self.problems = problems
        self.failed = failed

    def body(self) -> Iterable[Widget]:
        yield Static(problems_text(self.problems, self.failed), id="problems-table")

    def heading(self) -> str:
        return f"Load problems ({len(self.problems)}) — esc closes"

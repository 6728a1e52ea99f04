"""The ``w`` screen: why the highlighted summary point's paragraph is in its storyline (the
terms it matched, its score against min_score, the near misses), as ``briefing explain``
prints it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...storylines.explain import ParagraphWhy, paragraph_lines


class WhyScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close", id="back"),
        Binding("w", "close", "Close", show=False),
    ]

    def __init__(self, source: str, why: ParagraphWhy) -> None:
        super().__init__(classes="dialog")
        self.source = source
        self.why = why

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog-body"):
            yield Static(Text(self.source, style="bold"))
            yield Static(Text("\n".join(line.strip() for line in paragraph_lines(self.why))))
            yield Static(Text("Terms and min_score are set per storyline in config.yaml; `briefing explain` "
                              "prints this for every paragraph.", style="dim"))

    def on_mount(self) -> None:
        body = self.query_one("#dialog-body")
        body.border_title = "Why it is here — esc closes"
        body.focus()

    def action_close(self) -> None:
        self.dismiss(None)

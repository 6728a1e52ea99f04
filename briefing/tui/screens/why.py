"""The ``w`` screen: why the highlighted summary point's paragraph is in its storyline (the
terms it matched, its score against min_score, the near misses), as ``briefing explain``
prints it."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from ...storylines.explain import ParagraphWhy, paragraph_lines
from .dialog import Dialog


class WhyScreen(Dialog):
    BINDINGS = [
        Binding("escape", "close", "Close", id="back"),
        Binding("w", "close", "Close", show=False),
    ]

    def __init__(self, source: str, why: ParagraphWhy) -> None:
        super().__init__()
        self.source = source
        self.why = why

    def body(self) -> Iterable[Widget]:
        yield Static(Text(self.source, style="bold"))
        yield Static(Text("\n".join(line.strip() for line in paragraph_lines(self.why))))
        yield Static(Text("Terms and min_score are set per storyline in config.yaml; briefing explain "
                          "prints this for every paragraph.", style="dim"))

    def heading(self) -> str:
        return "Why it is here — esc closes"

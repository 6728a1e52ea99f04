"""Storylines pane: each storyline with its article count and date span ("Other" last)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Storyline
from .messages import FocusPane, StorylineChosen
from .pane import Pane
from .render import date_span, literal, row


def storyline_prompt(number: int, s: Storyline) -> Table:
    n = len(s.articles)
    text = literal(s.title, style="bold")
    text.append(f"\n{n} article{'s' if n != 1 else ''} · {date_span(s.first, s.last)}", style="dim")
    return row(Text(str(number) if number <= 9 else " ", style="dim"), text)


class StorylinesPane(Pane):
    TITLE = "Storylines"

    def build_options(self) -> list[Option | None]:
        if self.brief is None:
            return []
        return [Option(storyline_prompt(i, s), id=s.key) for i, s in enumerate(self.brief.storylines, 1)]

    def storyline_changed(self) -> None:
        # only moves the highlight; the list itself depends on the brief alone
        if self.storyline_key is not None and self.highlighted_id() != self.storyline_key:
            self.select_id(self.storyline_key)

    def on_point_changed(self) -> None:
        pass

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(StorylineChosen(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(FocusPane("summary"))

"""Sources pane: the articles behind the storyline, those behind the highlighted point marked."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Article
from ..text import shorten
from .messages import OpenArticle
from .pane import Pane
from .render import copies_note, date_text, kept_id, literal, outlet_of, row, source_numbers

MAX_TITLE = 90


def source_prompt(number: int, a: Article, linked: bool | None) -> Table:
    """``linked``: None when no point is highlighted, else whether the point cites it."""
    mark = Text(("▶" if linked else " ") + f"[{number}]", style="bold" if linked else "")
    text = literal(shorten(a.title, MAX_TITLE), style="bold" if linked or linked is None else "dim")
    meta = [outlet_of(a), date_text(a.published)]
    note = copies_note(a)
    if note:
        meta.append(note)
    text.append("\n" + " · ".join(meta), style="dim")
    return row(mark, text)


class SourcesPane(Pane):
    TITLE = "Sources"

    def linked_ids(self) -> set[str] | None:
        s = self.storyline
        if self.brief is None or s is None or self.point_index is None or self.point_index >= len(s.summary):
            return None
        return {kept_id(self.brief, aid) for aid in s.summary[self.point_index].sources}

    def build_options(self) -> list[Option | None]:
        s = self.storyline
        if self.brief is None or s is None:
            return []
        linked = self.linked_ids()
        out: list[Option | None] = []
        for aid, n in source_numbers(self.brief, s).items():
            a = self.brief.article(aid)
            out.append(Option(source_prompt(n, a, None if linked is None else aid in linked), id=aid))
        return out

    def on_point_changed(self) -> None:
        self.rebuild()
        self.border_subtitle = "▶ = cited by the point" if self.point_index is not None else ""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(OpenArticle(event.option.id))

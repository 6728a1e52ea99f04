"""The search field and its results list (grouped by kind, matches highlighted)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ..model import Brief
from ..search import KIND_LABELS, Hit, SearchResult
from ..search_text import snippet
from ..text import shorten
from .render import highlighted, literal

MAX_LINE = 200
MAX_PLACE = 70


class SearchJump(Message):
    def __init__(self, hit: Hit) -> None:
        super().__init__()
        self.hit = hit


class SearchInput(Input):
    """The search field; up/down move in the results while typing."""

    BINDINGS = [
        Binding("down", "results('down')", "Next hit", show=False),
        Binding("up", "results('up')", "Previous hit", show=False),
    ]

    def action_results(self, direction: str) -> None:
        results = self.screen.query_one(SearchResults)
        if direction == "down":
            results.action_cursor_down()
        else:
            results.action_cursor_up()


def where(brief: Brief, hit: Hit) -> str:
    parts: list[str] = []
    if hit.kind in ("text", "quote", "point") and hit.article:
        try:
            parts.append(brief.article(hit.article).title)
        except KeyError:
            pass
    if hit.storyline and hit.kind != "storyline":
        try:
            parts.append(brief.storyline(hit.storyline).title)
        except KeyError:
            pass
    return " · ".join(parts)


def hit_prompt(brief: Brief, hit: Hit) -> Text:
    shown, spans = (hit.text, hit.spans) if len(hit.text) <= MAX_LINE else snippet(hit.text, hit.spans, MAX_LINE)
    text = highlighted(shown.replace("\n", " "), spans)
    place = where(brief, hit)
    if place:
        text.append_text(literal("\n  ↳ " + shorten(place, MAX_PLACE), style="dim"))
    return text


class SearchResults(OptionList):
    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, classes="pane", markup=False)
        self.hits: list[Hit] = []
        self.border_title = "Search"

    def show(self, brief: Brief, result: SearchResult) -> None:
        self.clear_options()
        self.hits = []
        options: list[Option | None] = []
        for kind, hits in result.groups:
            if options:
                options.append(None)
            options.append(Option(Text(f"{KIND_LABELS[kind]} ({len(hits)})", style="bold underline"), disabled=True))
            for hit in hits:
                options.append(Option(hit_prompt(brief, hit), id=f"h{len(self.hits)}"))
                self.hits.append(hit)
        if not options and result.query.strip():
            options.append(Option(literal(f"Nothing matches “{result.query.strip()}”.", style="dim italic"), disabled=True))
        self.add_options(options)
        self.border_title = f"Search — {result.total} hit{'s' if result.total != 1 else ''}" if result.query.strip() else "Search"
        if self.hits:
            self.highlighted = self.get_option_index("h0")

    def current(self) -> Hit | None:
        if self.highlighted is None or not self.option_count:
            return None
        oid = self.get_option_at_index(self.highlighted).id
        return self.hits[int(oid[1:])] if oid else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(SearchJump(self.hits[int(event.option.id[1:])]))

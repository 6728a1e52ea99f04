"""Quotes pane: the storyline's key quotes with speakers and source numbers."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Brief, Quote, Storyline
from .messages import OpenArticle
from .pane import Pane
from .render import kept_id, literal, row, source_numbers

MAX_FALLBACK = 20


def quote_prompt(q: Quote, number: int | None, linked: bool | None) -> Table:
    text = literal(f"“{q.text}”", style="italic" if linked is not False else "dim italic")
    who = q.speaker or "unattributed"
    text.append_text(literal(f"\n— {who}", style="bold" if q.speaker else "dim"))
    if q.role:
        text.append_text(literal(f", {q.role}", style="dim"))
    if number is not None:
        text.append(f" [{number}]", style="dim")
    return row(Text("▶" if linked else " ", style="bold"), text)


def storyline_quotes(brief: Brief, s: Storyline) -> tuple[list[int], bool]:
    """The indices of the quotes to show and whether they are key quotes (else the
    storyline's other quotes, attributed first, as a fallback)."""
    if s.quotes:
        return list(s.quotes), True
    others = [i for i, q in enumerate(brief.quotes) if s.key in q.storylines]
    others.sort(key=lambda i: (brief.quotes[i].speaker is None, -len(brief.quotes[i].text)))
    return others[:MAX_FALLBACK], False


class QuotesPane(Pane):
    TITLE = "Quotes"

    def build_options(self) -> list[Option | None]:
        s = self.storyline
        if self.brief is None or s is None:
            return []
        numbers = source_numbers(self.brief, s)
        linked: set[str] | None = None
        if self.point_index is not None and self.point_index < len(s.summary):
            linked = {kept_id(self.brief, a) for a in s.summary[self.point_index].sources}
        shown, key = storyline_quotes(self.brief, s)
        out: list[Option | None] = []
        if not shown:
            return [Option(Text("No quotes in this storyline.", style="dim italic"), disabled=True)]
        if not key:
            out.append(Option(Text("No key quotes; other quotes from this storyline:", style="dim italic"), disabled=True))
        for i in shown:
            q = self.brief.quotes[i]
            src = kept_id(self.brief, q.article)
            is_linked = None if linked is None else src in linked
            out.append(Option(quote_prompt(q, numbers.get(src), is_linked), id=f"q{i}"))
        return out

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.brief is None or not event.option.id:
            return
        i = int(event.option.id[1:])
        q = self.brief.quotes[i]
        self.post_message(OpenArticle(q.article, q.paragraph, quote=i))

"""Quotes pane: the storyline's key quotes with speakers and source numbers; those from the
articles the highlighted point cites are marked ▶."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.reactive import reactive

from ...model import Brief, Quote, Storyline
from ...search import Matches
from ..keys import quotes_bindings
from ..messages import OpenArticle
from ..render import kept_id, literal, new_mark
from ..rows import Row
from .base import Cancelled, Pane

MAX_FALLBACK = 20


def quote_row(brief: Brief, qi: int, q: Quote) -> Row:
    text = literal(f"“{q.text}”", style="italic")
    text.append("\n")
    text.append_text(literal(f"— {q.speaker or 'unattributed'}", style="bold" if q.speaker else "dim"))
    if q.role:
        text.append_text(literal(f", {q.role}", style="dim"))
    src = kept_id(brief, q.article)
    n = brief.source_numbers.get(src)
    if n is not None:
        text.append(f" [{n}]", style="dim")
    fresh = new_mark(brief, (q.article,))
    if fresh is not None:
        text.append_text(fresh)
    return Row(f"q{qi}", text, link=src)


def all_quotes(brief: Brief, s: Storyline) -> list[int]:
    """Every quote of the storyline: its key quotes in their order, then the others, attributed
    and longer first."""
    key = list(s.quotes)
    chosen = set(key)
    others = [i for i, q in enumerate(brief.quotes) if s.key in q.storylines and i not in chosen]
    others.sort(key=lambda i: (brief.quotes[i].speaker is None, not brief.quotes[i].key, -len(brief.quotes[i].text)))
    return key + others


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
    SHOW_MARKS = True
    BINDINGS: ClassVar[list[BindingType]] = list(quotes_bindings())
    show_all: reactive[bool] = reactive(False)

    def heading_title(self) -> str:
        s = self.storyline
        if self.brief is None or s is None:
            return self.TITLE
        total = sum(1 for q in self.brief.quotes if s.key in q.storylines)
        if self.show_all:
            return f"Quotes · all {total} (a: key only)"
        return f"Quotes · key {len(s.quotes)} of {total} (a: all)" if total > len(s.quotes) else self.TITLE

    def variant(self) -> object:
        return self.show_all

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all

    def watch_show_all(self) -> None:
        self.workers.cancel_group(self, "ahead")  # rows made ahead were made for the other choice
        self._made = {}
        self.reload(reset=True)

    def make_rows(self, brief: Brief, s: Storyline | None, matches: Matches | None,
                  cancelled: Cancelled, unfiltered: list[Row] | None = None) -> list[Row] | None:
        if s is None:
            return []
        if matches is not None:  # every quote of the storyline that matches, key quotes first
            key = set(s.quotes)
            shown = sorted((qi for qi in matches.quotes if s.key in brief.quotes[qi].storylines),
                           key=lambda qi: (qi not in key, qi))
            if not shown:
                return [Row(None, Text("No quote matches.", style="dim italic"))]
        elif self.show_all:
            shown = all_quotes(brief, s)
            if not shown:
                return [Row(None, Text("No quotes in this storyline.", style="dim italic"))]
        else:
            shown, is_key = storyline_quotes(brief, s)
            if not shown:
                return [Row(None, Text("No quotes in this storyline.", style="dim italic"))]
            if not is_key:
                shown_note = Row(None, Text("No key quotes; other quotes from this storyline:", style="dim italic"))
                return [shown_note] + [quote_row(brief, qi, brief.quotes[qi]) for qi in shown]
        made = {r.id: r for r in unfiltered or ()}
        rows = []
        for n, qi in enumerate(shown):
            if n % 256 == 0 and cancelled():
                return None
            rows.append(made.get(f"q{qi}") or quote_row(brief, qi, brief.quotes[qi]))
        return rows

    def on_row_list_chosen(self, event: Pane.Chosen) -> None:
        event.stop()
        if self.brief is None or not event.row_id:
            return
        qi = int(event.row_id[1:])
        q = self.brief.quotes[qi]
        self.post_message(OpenArticle(q.article, q.paragraph, quote=qi))

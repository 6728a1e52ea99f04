"""Summary pane: the storyline's points with citations and corroboration, then its
timeline and key players."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import events
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Brief, Player, Storyline, SummaryPoint, TimelineEvent
from .messages import OpenArticle, PointChosen
from .pane import Pane
from .render import citations, literal, row, source_numbers


def point_prompt(brief: Brief, s: Storyline, p: SummaryPoint, numbers: dict[str, int]) -> Table:
    refs = citations(brief, p.sources, numbers)
    text = literal(p.text)
    if p.corroboration > 1:
        text.append(f"  ✓ corroborated by {p.corroboration} sources", style="green")
    return row(Text("".join(f"[{n}]" for n in refs) or "[?]", style="bold"), text)


def event_prompt(e: TimelineEvent, numbers: dict[str, int]) -> Table:
    text = literal(e.text)
    n = numbers.get(e.article)
    if n is not None:
        text.append(f" [{n}]", style="dim")
    return row(Text(e.date.isoformat(), style="bold"), text)


def players_prompt(players: tuple[Player, ...]) -> Text:
    text = Text(end="")
    for i, p in enumerate(players):
        if i:
            text.append(" · ", style="dim")
        text.append_text(literal(p.name, style="bold"))
        if p.role:
            text.append_text(literal(f" ({p.role})", style="dim"))
        text.append(f" ×{p.mentions}", style="dim")
    return text


def heading(label: str) -> Option:
    return Option(Text(label, style="bold underline", end=""), disabled=True)


class SummaryPane(Pane):
    TITLE = "Summary"

    def build_options(self) -> list[Option | None]:
        s = self.storyline
        if self.brief is None or s is None:
            return []
        numbers = source_numbers(self.brief, s)
        out: list[Option | None] = [
            Option(point_prompt(self.brief, s, p, numbers), id=f"p{i}") for i, p in enumerate(s.summary)
        ]
        if not s.summary:
            out.append(Option(Text("No summary points for this storyline.", style="dim italic"), disabled=True))
        if s.timeline:
            out += [None, heading("Timeline")]
            out += [Option(event_prompt(e, numbers), id=f"t{i}") for i, e in enumerate(s.timeline)]
        if s.players:
            out += [None, heading("Key players"), Option(players_prompt(s.players), disabled=True)]
        return out

    def rebuild(self, keep: str | None = None) -> None:
        if keep is None and self.point_index is not None:
            keep = f"p{self.point_index}"
        super().rebuild(keep)

    def storyline_changed(self) -> None:
        s = self.storyline
        self.border_title = literal(f"Summary — {s.title}") if s else self.TITLE
        self.highlighted = None
        self.rebuild()
        self.scroll_home(animate=False)

    def on_point_changed(self) -> None:
        if self.point_index is not None and self.highlighted_id() != f"p{self.point_index}":
            self.select_id(f"p{self.point_index}")

    def current_point(self) -> int | None:
        oid = self.highlighted_id()
        return int(oid[1:]) if oid and oid.startswith("p") else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.has_focus:
            self.post_message(PointChosen(self.current_point()))

    def on_focus(self, event: events.Focus) -> None:
        self.post_message(PointChosen(self.current_point()))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        s = self.storyline
        oid = event.option.id or ""
        if s is None or not oid:
            return
        item: SummaryPoint | TimelineEvent = s.summary[int(oid[1:])] if oid[0] == "p" else s.timeline[int(oid[1:])]
        self.post_message(OpenArticle(item.article, item.paragraph))

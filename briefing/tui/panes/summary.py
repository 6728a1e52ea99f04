"""Summary pane: the storyline's headline, what its sources dispute, its points (the lede
first) with citations and corroboration, the writers' analysis, then its timeline and key
players.  Moving over a point tells the app, which marks its sources and quotes in the
other panes."""

from __future__ import annotations

from rich.text import Text
from textual import events

from ...model import Brief, Dispute, Player, Storyline, SummaryPoint, TimelineEvent
from ...search import Matches
from ..messages import OpenArticle, PointChosen
from ..render import citation_text, literal, new_mark, numbers_of
from ..rows import Row
from .base import Cancelled, Pane, storyline_of


def point_row(brief: Brief, i: int, p: SummaryPoint) -> Row:
    text = literal(p.text)
    undated = brief.undated(p.sources or (p.article,))  # (said of the sources: "undated" alone reads as the point's)
    if p.corroboration > 1:
        text.append(f"  ✓ corroborated by {p.corroboration} sources", style="green")
        if undated:
            text.append(", all undated", style="yellow")
    if p.via:
        text.append_text(literal(f"  via {p.via}", style="dim italic"))
    if undated and p.corroboration <= 1:
        text.append("  from undated sources" if len(p.sources) > 1 else "  from an undated source", style="yellow")
    fresh = new_mark(brief, p.sources or (p.article,))
    if fresh is not None:
        text.append_text(fresh)
    cites = numbers_of(brief, p.sources or (p.article,))
    own = brief.source_numbers.get(p.article)
    return Row(f"p{i}", text, left=Text(citation_text(cites, own=own), style="bold"))


def dispute_row(brief: Brief, d: Dispute) -> Row:
    """The line "Disputed: cancelled [1][3] · postponed, says Putin [4]": read first, not selected."""
    text = Text("⚖ Disputed", style="bold yellow", end="")
    if d.about:
        text.append_text(literal(f" ({d.about})", style="bold yellow"))
    text.append(": ", style="bold yellow")
    for k, side in enumerate(d.sides):
        if k:
            text.append(" · ", style="dim")
        text.append_text(literal(f"{side.label}, says {side.speaker}" if side.speaker else side.label))
        text.append(" " + citation_text(numbers_of(brief, side.sources or (side.article,))), style="dim")
    return Row(None, text)


def analysis_row(brief: Brief, p: SummaryPoint) -> Row:
    """A writer's judgement: read, not selected (it is no point of the summary)."""
    text = literal(p.text, style="italic")
    outlet = brief.article(p.article).outlet if p.article in brief.source_numbers else None
    text.append_text(literal(f"  analysis, {outlet}" if outlet else "  analysis", style="dim"))
    return Row(None, text, left=Text(citation_text(numbers_of(brief, p.sources or (p.article,))), style="dim"))


def event_row(brief: Brief, i: int, e: TimelineEvent) -> Row:
    text = literal(e.text)
    cites = numbers_of(brief, (e.article,) + e.sources)
    if cites:
        text.append(" " + citation_text(cites), style="dim")
    if brief.date is not None and e.date > brief.date:
        text.append("  upcoming", style="italic dim")  # a deadline or a planned meeting, after the brief's date
    return Row(f"t{i}", text, left=Text(e.date.isoformat(), style="bold"))


def players_text(players: tuple[Player, ...]) -> Text:
    text = Text(end="")
    for i, p in enumerate(players):
        if i:
            text.append(" · ", style="dim")
        text.append_text(literal(p.name, style="bold"))
        if p.role:
            text.append_text(literal(f" ({p.role})", style="dim"))
        text.append(f" ×{p.mentions}", style="dim")
    return text


def heading(label: str) -> Row:
    return Row(None, Text(label), heading=True)


def note(label: str) -> Row:
    return Row(None, Text(label, style="dim italic"))


class SummaryPane(Pane):
    TITLE = "Summary"

    def make_rows(self, brief: Brief, s: Storyline | None, matches: Matches | None,
                  cancelled: Cancelled, unfiltered: list[Row] | None = None) -> list[Row] | None:
        if s is None:
            return []
        points = [(i, p) for i, p in enumerate(s.summary) if matches is None or (s.key, i) in matches.points]
        events = [(i, e) for i, e in enumerate(s.timeline) if matches is None or (s.key, i) in matches.events]
        rows = [point_row(brief, i, p) for i, p in points]
        if matches is None:
            rows[:0] = [dispute_row(brief, d) for d in s.disputes]
            if s.headline:
                rows.insert(0, Row(None, literal(s.headline, style="bold")))
        if not points:
            rows.append(note("No summary point matches." if matches else "No summary points for this storyline."))
        if s.analysis and matches is None:
            rows += [Row(None, Text("")), heading("Analysis")]
            rows += [analysis_row(brief, p) for p in s.analysis]
        if events:
            rows += [Row(None, Text("")), heading("Timeline")]
            rows += [event_row(brief, i, e) for i, e in events]
        if s.players and matches is None:
            rows += [Row(None, Text("")), heading("Key players"), Row(None, players_text(s.players))]
        return rows

    def heading_title(self) -> str:
        s = self.storyline
        return f"Summary — {s.title}" if s else self.TITLE

    def current_point(self) -> int | None:
        oid = self.cursor_id
        return int(oid[1:]) if oid and oid.startswith("p") else None

    def on_row_list_moved(self, event: Pane.Moved) -> None:
        event.stop()
        self.post_message(PointChosen(self.current_point()))

    def on_focus(self, event: events.Focus) -> None:
        super().on_focus(event)
        self.post_message(PointChosen(self.current_point()))

    def rows_shown(self) -> None:
        if self.has_focus:
            self.post_message(PointChosen(self.current_point()))

    def on_row_list_chosen(self, event: Pane.Chosen) -> None:
        event.stop()
        s = storyline_of(*self.shown[:2]) if self.shown else None  # the storyline of the rows on screen
        oid = event.row_id
        if s is None or not oid:
            return
        item: SummaryPoint | TimelineEvent = s.summary[int(oid[1:])] if oid[0] == "p" else s.timeline[int(oid[1:])]
        self.post_message(OpenArticle(item.article, item.paragraph))

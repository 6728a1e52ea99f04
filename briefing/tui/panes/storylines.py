"""Storylines pane: each storyline with its article count and date span ("Other" last).

Its cursor follows the app's selected storyline and nothing else: a key the user presses
here is sent up as a step (:class:`StorylineStep`), which the app applies to its own state;
the cursor moves when that state comes back down.  So keys pressed faster than the panes
redraw are each applied once, in order, and nothing is echoed back.
"""

from __future__ import annotations

from rich.text import Text

from ...model import Brief, Storyline
from ...search import Matches
from ..messages import FocusPane, StorylineChosen, StorylineStep
from ..render import date_span, literal
from ..rows import Row
from .base import Cancelled, Pane

FAR = 1 << 30  # a step past either end: the first or the last storyline


def storyline_row(number: int, s: Storyline, matches: Matches | None) -> Row:
    n = len(s.articles)
    title = literal(s.title, style="bold")
    if n:
        title.append(f"\n{n} article{'s' if n != 1 else ''} · {date_span(s.first, s.last)}", style="dim")
    else:
        title.append("\nno articles matched", style="dim")  # (a configured storyline nothing reached)
    if s.found:
        title.append(" · found", style="italic dim")
    if matches is not None:
        hits = matches.counts.get(s.key, 0)
        title.append(f" · {hits} match{'es' if hits != 1 else ''}", style="bold")
    return Row(s.key, title, left=Text(str(number) if number <= 9 else " ", style="dim"))


class StorylinesPane(Pane):
    TITLE = "Storylines"
    CURSOR_FOLLOWS_STATE = True

    def make_rows(self, brief: Brief, storyline: Storyline | None, matches: Matches | None,
                  cancelled: Cancelled, unfiltered: list[Row] | None = None) -> list[Row] | None:
        listed = [s for s in brief.storylines if matches is None or matches.shows(s.key)]
        if not listed and matches is not None:
            return [Row(None, Text(f"Nothing matches “{matches.query.strip()}”.", style="dim italic"))]
        # numbered as listed: the number keys count the storylines shown
        return [storyline_row(i, s, matches) for i, s in enumerate(listed, 1)]

    def wanted_cursor(self) -> str | None:
        return self.storyline_key

    @property
    def settled(self) -> bool:
        if self.shown is None:
            return False
        brief, _, matches = self.shown
        return brief is self.brief and matches is self.matches and (
            self.cursor_id == self.storyline_key or self.storyline_key not in self._index)

    def watch_storyline_key(self) -> None:
        # the list depends on the brief and the matches alone; a new storyline only moves the cursor
        self.select(self.storyline_key)

    # the user's moves go up as steps; the cursor follows the state that comes back
    def action_cursor_down(self) -> None:
        self.post_message(StorylineStep(1))

    def action_cursor_up(self) -> None:
        self.post_message(StorylineStep(-1))

    def action_cursor_top(self) -> None:
        self.post_message(StorylineStep(-FAR))

    def action_cursor_bottom(self) -> None:
        self.post_message(StorylineStep(FAR))

    def _rows_per_page(self) -> int:
        """How many storylines fit in the pane, going down from the cursor."""
        view, n = self.scrollable_content_region.height, 0
        for h in self._heights[self.cursor or 0:]:
            view -= h
            if view < 0:
                break
            n += 1
        return max(1, n - 1)

    def action_page_down(self) -> None:
        self.post_message(StorylineStep(self._rows_per_page()))

    def action_page_up(self) -> None:
        self.post_message(StorylineStep(-self._rows_per_page()))

    def _user_move(self, index: int | None) -> None:  # a click
        if index is not None and self.rows[index].id is not None:
            self.post_message(StorylineChosen(self.rows[index].id or ""))

    def on_row_list_chosen(self, event: Pane.Chosen) -> None:
        event.stop()
        self.post_message(FocusPane("summary"))

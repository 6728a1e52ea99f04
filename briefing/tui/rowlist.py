"""A list that draws only the rows on screen: the widget under every pane.

Built on Textual's line API (``ScrollView.render_line``), as toolong draws huge logs: the
rows' heights are measured once per width (a few microseconds a row, see
:mod:`briefing.tui.rows`), a prefix sum maps a screen line to its row, and only the rows on
screen are wrapped and styled, so a pane of 10,000 sources costs no more to draw or move in
than a pane of ten.

The cursor is the list's own state.  A move the user makes (keys, a click) posts
:class:`RowList.Moved`; enter or a click on the cursor row posts :class:`RowList.Chosen`.
Moves made by the program (:meth:`select`, :meth:`set_rows`) post nothing, so a pane that
follows the app's state never echoes it back ("attributes down, messages up").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .keys import pane_bindings
from .rows import HIT_STYLE, MARK, Row, measure, wrap_row


class RowList(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = list(pane_bindings())
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "rowlist--cursor", "rowlist--cursor-blurred", "rowlist--unlinked", "rowlist--heading",
    }
    DEFAULT_CSS = """
    RowList {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;  /* the scrollbar's column is kept: rows are measured for one width */
    }
    RowList > .rowlist--cursor { background: $accent 35%; text-style: bold; }
    RowList > .rowlist--cursor-blurred { background: $foreground 12%; }
    RowList > .rowlist--unlinked { text-style: dim; }
    RowList > .rowlist--heading { text-style: bold underline; }
    """
    SHOW_MARKS: ClassVar[bool] = False  # a column for ▶, the rows the highlighted point cites

    class Moved(Message):
        """The user moved the cursor to the row ``row_id``."""

        def __init__(self, rowlist: RowList, row_id: str) -> None:
            super().__init__()
            self.rowlist = rowlist
            self.row_id = row_id

        @property
        def control(self) -> RowList:
            return self.rowlist

    class Chosen(Message):
        """The user chose the row ``row_id`` (enter, or a click on the cursor row)."""

        def __init__(self, rowlist: RowList, row_id: str) -> None:
            super().__init__()
            self.rowlist = rowlist
            self.row_id = row_id

        @property
        def control(self) -> RowList:
            return self.rowlist

    def __init__(self, *, id: str | None = None, classes: str | None = None, title: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[Row] = []
        self._heights: list[int] = []
        self._starts: list[int] = []
        self._selectable: list[int] = []  # indices of the rows with an id
        self._index: dict[str, int] = {}
        self._width = 0  # the width the heights were measured for
        self.cursor: int | None = None
        self.marked: frozenset[str] | None = None
        self.highlight: Callable[[str], Sequence[tuple[int, int]]] | None = None
        self._lines: dict[int, list[Strip]] = {}
        self.title = title
        self._update_title()

    # ---- contents (the program's side: no messages) ---------------------------------------
    def set_rows(self, rows: Sequence[Row], *, heights: Sequence[int] | None = None, width: int | None = None,
                 cursor_id: str | None = None, keep_scroll: bool = False) -> None:
        """Show ``rows``; ``heights`` measured for ``width`` are used when that is still the
        width.  The cursor goes to ``cursor_id`` when there is such a row, else the first
        row that can take it."""
        self.rows = list(rows)
        self._index = {r.id: i for i, r in enumerate(self.rows) if r.id is not None}
        self._selectable = [i for i, r in enumerate(self.rows) if r.id is not None]
        here = self._content_width()
        if heights is not None and width == here and len(heights) == len(self.rows):
            self._set_heights(list(heights), here)
        else:
            self._set_heights(measure(self.rows, here, self.SHOW_MARKS), here)
        index = self._index.get(cursor_id) if cursor_id is not None else None
        self.cursor = index if index is not None else (self._selectable[0] if self._selectable else None)
        self._lines.clear()
        if not keep_scroll:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_into_view()
        self._update_title()
        self.refresh()

    def select(self, row_id: str | None) -> bool:
        """Put the cursor on the row ``row_id`` (True when there is one).  Posts nothing."""
        index = self._index.get(row_id) if row_id is not None else None
        if index is None:
            return False
        self._put_cursor(index)
        return True

    def set_highlight(self, highlight: Callable[[str], Sequence[tuple[int, int]]] | None) -> None:
        """Style the characters ``highlight(text)`` gives in every row body as it is drawn (the
        search's matches); it costs only the rows on screen."""
        if highlight is not self.highlight:
            self.highlight = highlight
            self._lines.clear()
            self.refresh()

    def set_marks(self, marked: frozenset[str] | None) -> None:
        """Mark (▶) the rows whose link is in ``marked`` and dim the other linked rows;
        None: no marks."""
        if marked != self.marked:
            self.marked = marked
            self._lines.clear()
            self.refresh()

    @property
    def cursor_id(self) -> str | None:
        return self.rows[self.cursor].id if self.cursor is not None else None

    @property
    def cursor_row(self) -> Row | None:
        return self.rows[self.cursor] if self.cursor is not None else None

    @property
    def row_ids(self) -> list[str]:
        return [self.rows[i].id or "" for i in self._selectable]

    @property
    def position(self) -> str:
        """``12/340``: where the cursor is among the rows it can take."""
        if not self._selectable:
            return ""
        at = bisect.bisect_left(self._selectable, self.cursor) + 1 if self.cursor is not None else 0
        return f"{at}/{len(self._selectable)}"

    def _update_title(self) -> None:
        pos = self.position
        # a Text, never a string: a string would be read as markup ("EU [trade] talks"); the focused pane's
        # title is marked ("▸ Storylines") as well as its border coloured, for a terminal without colour
        title = f"{self.title}  {pos}" if pos else self.title
        self.border_title = Text(f"▸ {title}" if self.has_focus else title)

    # ---- layout ----------------------------------------------------------------------------
    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width or self.size.width or 1)

    def _set_heights(self, heights: list[int], width: int) -> None:
        self._heights = heights
        self._width = width
        starts, y = [], 0
        for h in heights:
            starts.append(y)
            y += h
        self._starts = starts
        self.virtual_size = Size(width, y)

    def on_resize(self, event: events.Resize) -> None:
        width = self._content_width()
        if width != self._width and self.rows:
            self._set_heights(measure(self.rows, width, self.SHOW_MARKS), width)
            self._lines.clear()
        self.call_after_refresh(self._scroll_cursor_into_view)  # a shorter pane too
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_focus(self, event: events.Focus) -> None:
        self._lines.clear()
        self.call_after_refresh(self._update_title)  # (once the focus has moved: ``has_focus`` reads it)
        self.refresh()

    def on_blur(self, event: events.Blur) -> None:
        self._lines.clear()
        self.call_after_refresh(self._update_title)
        self.refresh()

    # ---- drawing ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self._content_width()
        if width != self._width and self.rows:  # the width changed without a resize event
            self._set_heights(measure(self.rows, width, self.SHOW_MARKS), width)
            self._lines.clear()
        line = round(self.scroll_offset.y) + y
        if not self.rows or line < 0 or line >= (self._starts[-1] + self._heights[-1]):
            return Strip.blank(width, self.rich_style)
        i = bisect.bisect_right(self._starts, line) - 1
        strips = self._row_lines(i, width)
        k = line - self._starts[i]
        return strips[k] if k < len(strips) else Strip.blank(width, self.rich_style)

    def _row_lines(self, i: int, width: int) -> list[Strip]:
        cached = self._lines.get(i)
        if cached is not None:
            return cached
        row = self.rows[i]
        base = self.rich_style
        style = base
        if i == self.cursor:
            style = base + self.get_component_rich_style("rowlist--cursor" if self.has_focus else "rowlist--cursor-blurred")
        linked = row.link is not None and self.marked is not None and row.link in self.marked
        if row.link is not None and self.marked is not None and not linked:
            style = style + self.get_component_rich_style("rowlist--unlinked")
        if row.id is None and row.heading:
            style = style + self.get_component_rich_style("rowlist--heading")
        mark = (MARK if linked else " " * len(MARK)) if self.SHOW_MARKS else ""
        console = self.app.console
        strips = []
        if self.highlight is not None and row.id is not None:
            body = row.body.copy()
            for start, end in self.highlight(body.plain):
                body.stylize(HIT_STYLE, start, end)
            row = replace(row, body=body)
        for left, body in wrap_row(row, width, self.SHOW_MARKS):
            segments: list[Segment] = []
            if mark:
                segments.append(Segment(mark, Style(bold=True)))
                mark = " " * len(MARK)
            if left is not None:
                segments.extend(left.render(console))
            segments.extend(body.render(console))
            strip = Strip(segments).apply_style(style).adjust_cell_length(width, style)
            strips.append(strip)
        self._lines[i] = strips
        if len(self._lines) > 512:
            self._lines.clear()
            self._lines[i] = strips
        return strips

    # ---- the cursor ------------------------------------------------------------------------
    def _put_cursor(self, index: int | None) -> None:
        old = self.cursor
        if index == old:
            return
        self.cursor = index
        for i in (old, index):
            if i is not None:
                self._lines.pop(i, None)
        self._scroll_cursor_into_view()
        self._update_title()
        self.refresh()

    def _scroll_cursor_into_view(self) -> None:
        if self.cursor is None or not self._starts:
            return
        top = self._starts[self.cursor]
        bottom = top + self._heights[self.cursor]
        view = self.scrollable_content_region.height or 1
        if self._selectable and self.cursor == self._selectable[0] and (bottom <= view or top < view):
            # the lines above the first row (a headline, a dispute) show, the row whole or starting below them,
            # however much of the pane they take: what the sources dispute leads
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        y = round(self.scroll_offset.y)
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + view:
            self.scroll_to(y=max(top, bottom - view) if bottom - top <= view else top, animate=False, immediate=True)

    def _user_move(self, index: int | None) -> None:
        if index is None or index == self.cursor:
            return
        self._put_cursor(index)
        row_id = self.rows[index].id
        if row_id is not None:
            self.post_message(self.Moved(self, row_id))

    def _step(self, delta: int) -> int | None:
        if not self._selectable:
            return None
        if self.cursor is None:
            return self._selectable[0]
        at = bisect.bisect_left(self._selectable, self.cursor)
        if at < len(self._selectable) and self._selectable[at] == self.cursor:
            target = at + delta
        else:  # the cursor is off the selectable rows: the nearest one in that direction
            target = at if delta > 0 else at - 1
        return self._selectable[max(0, min(len(self._selectable) - 1, target))]

    def _page(self, direction: int) -> int | None:
        if not self._selectable:
            return None
        view = max(1, (self.scrollable_content_region.height or 1) - 1)
        here = self._starts[self.cursor] if self.cursor is not None else 0
        line = max(0, min(self._starts[-1], here + direction * view))
        row = bisect.bisect_right(self._starts, line) - 1
        at = bisect.bisect_left(self._selectable, row)
        if direction < 0 and (at >= len(self._selectable) or self._selectable[at] != row):
            at -= 1
        at = max(0, min(len(self._selectable) - 1, at))
        if self._selectable[at] == self.cursor:
            return self._step(direction)
        return self._selectable[at]

    def action_cursor_down(self) -> None:
        self._user_move(self._step(1))

    def action_cursor_up(self) -> None:
        self._user_move(self._step(-1))

    def action_cursor_top(self) -> None:
        self._user_move(self._selectable[0] if self._selectable else None)

    def action_cursor_bottom(self) -> None:
        self._user_move(self._selectable[-1] if self._selectable else None)

    def action_page_down(self) -> None:
        self._user_move(self._page(1))

    def action_page_up(self) -> None:
        self._user_move(self._page(-1))

    def action_choose(self) -> None:
        row_id = self.cursor_id
        if row_id is not None:
            self.post_message(self.Chosen(self, row_id))

    def row_at(self, y: int) -> int | None:
        """The row at line ``y`` of the content (scrolled), or None below the last."""
        line = round(self.scroll_offset.y) + y
        if not self.rows or line < 0 or line >= self._starts[-1] + self._heights[-1]:
            return None
        return bisect.bisect_right(self._starts, line) - 1

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        i = self.row_at(offset.y)
        if i is None or self.rows[i].id is None:
            return
        if i == self.cursor:
            self.action_choose()
        else:
            self._user_move(i)

"""The panes' moves (j, k, g, G, space, b and their remaps) as scrolling, for a screen whose
content is one scrolling body: the reader and every dialog."""

from __future__ import annotations

from textual.containers import VerticalScroll


class ScrollsBody:
    """Mixed into a screen: ``BODY`` is the selector of its scrolling body."""

    BODY = ""

    def _body(self) -> VerticalScroll:
        return self.query_one(self.BODY, VerticalScroll)  # type: ignore[attr-defined,no-any-return]

    def action_cursor_down(self) -> None:
        self._body().scroll_down(animate=False)

    def action_cursor_up(self) -> None:
        self._body().scroll_up(animate=False)

    def action_cursor_top(self) -> None:
        self._body().scroll_home(animate=False)

    def action_cursor_bottom(self) -> None:
        self._body().scroll_end(animate=False)

    def action_page_down(self) -> None:
        self._body().scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self._body().scroll_page_up(animate=False)

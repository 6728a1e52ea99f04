"""The frame every dialog shares (keys, problems, why): a scrolling body with a border
title, focused on opening, scrolled with the panes' moves (j, k, g, G, space, b), closed with
esc or the key that opened it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget

from ..keys import scroll_bindings


class Dialog(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = list(scroll_bindings())

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def body(self) -> Iterable[Widget]:
        """The widgets the dialog shows, top to bottom."""
        raise NotImplementedError

    def heading(self) -> str:
        """The border title ("Keys — esc closes")."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog-body"):
            yield from self.body()

    def on_mount(self) -> None:
        frame = self.query_one("#dialog-body")
        frame.border_title = self.heading()
        frame.focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def _body(self) -> VerticalScroll:
        return self.query_one("#dialog-body", VerticalScroll)

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

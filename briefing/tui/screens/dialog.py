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
from .scrolling import ScrollsBody


class Dialog(ScrollsBody, ModalScreen[None]):
    BODY = "#dialog-body"
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

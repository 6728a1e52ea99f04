"""The shared base of the four linked panes: an ``OptionList`` fed by the app's reactives."""

from __future__ import annotations

from typing import Callable

from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..model import Brief, Storyline


class Pane(OptionList):
    """A list pane.  The app binds ``brief``, ``storyline_key`` and ``point_index`` to it
    with ``data_bind``; every change re-renders the pane from the brief."""

    brief: reactive[Brief | None] = reactive(None, always_update=True)
    storyline_key: reactive[str | None] = reactive(None)
    point_index: reactive[int | None] = reactive(None)
    TITLE = ""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, classes="pane", markup=False)
        self.border_title = self.TITLE

    @property
    def storyline(self) -> Storyline | None:
        if self.brief is None or self.storyline_key is None:
            return None
        try:
            return self.brief.storyline(self.storyline_key)
        except KeyError:
            return None

    def watch_brief(self) -> None:
        self.safely(self.rebuild)

    def watch_storyline_key(self) -> None:
        self.safely(self.storyline_changed)

    def storyline_changed(self) -> None:
        """Panes that do more on a new storyline override this (default: re-render)."""
        self.rebuild()

    def watch_point_index(self) -> None:
        self.safely(self.on_point_changed)

    def safely(self, update: Callable[[], None]) -> None:
        """Run a re-render; a bug in it is logged and reported, and never stops the app."""
        try:
            update()
        except Exception as exc:
            report = getattr(self.app, "report_error", None)
            if report is None:
                raise
            report(exc, f"the {self.id} pane")

    def on_point_changed(self) -> None:
        """Panes that show the point's links override this (default: re-render)."""
        self.rebuild()

    def build_options(self) -> list[Option | None]:
        raise NotImplementedError

    def rebuild(self, keep: str | None = None) -> None:
        """Re-render; keep the highlight on the option id ``keep`` (else the current one)."""
        if not self.is_mounted:
            return
        current = keep
        if current is None and self.highlighted is not None and self.option_count:
            current = self.get_option_at_index(self.highlighted).id
        self.clear_options()
        self.add_options(self.build_options())
        self.select_id(current)

    def select_id(self, option_id: str | None) -> bool:
        """Highlight the option with this id; True when it exists."""
        if option_id is not None:
            try:
                self.highlighted = self.get_option_index(option_id)
                return True
            except OptionDoesNotExist:
                pass
        if self.option_count and self.highlighted is None:
            first = next((i for i in range(self.option_count) if not self.get_option_at_index(i).disabled), None)
            self.highlighted = first
        return False

    def highlighted_id(self) -> str | None:
        if self.highlighted is None or not self.option_count:
            return None
        return self.get_option_at_index(self.highlighted).id

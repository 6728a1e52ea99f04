"""The shared base of the four linked panes.

The app binds its state into every pane with ``data_bind`` (the brief, the selected
storyline, the highlighted point, the search matches).  When the brief, the storyline or
the matches change, the pane makes its rows in a thread worker that the next change cancels
(a burst of keys costs one build, not one per key); a finished build is shown only if it
was made for what the pane holds now.  The highlighted point only changes marks, which
costs nothing to apply.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import work
from textual.reactive import reactive
from textual.worker import get_current_worker

from ...model import Brief, Storyline
from ...search import Matches
from ..render import kept_id
from ..rowlist import RowList
from ..rows import Row, measure
from ..threads import on_loop

State = tuple[Brief | None, str | None, Matches | None]
Cancelled = Callable[[], bool]


class Pane(RowList):
    brief: reactive[Brief | None] = reactive(None, always_update=True)
    storyline_key: reactive[str | None] = reactive(None)
    point_index: reactive[int | None] = reactive(None)
    matches: reactive[Matches | None] = reactive(None)
    TITLE: ClassVar[str] = ""
    CURSOR_FOLLOWS_STATE: ClassVar[bool] = False  # the cursor is the app's state, not the pane's own

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, classes="pane", title=self.TITLE)
        self._token = 0
        self.shown: State | None = None  # what the rows on screen were made for
        self.land_at_end = False  # new rows put the cursor on the last row (searching backwards)
        # rows already made for this brief, by storyline (without a search), with their heights and width
        self._made: dict[str | None, tuple[list[Row], list[int], int]] = {}

    # ---- what the pane shows --------------------------------------------------------------
    def make_rows(self, brief: Brief, storyline: Storyline | None, matches: Matches | None,
                  cancelled: Cancelled, unfiltered: list[Row] | None = None) -> list[Row] | None:
        """The rows for this state (runs in a worker thread: read only the arguments).  While
        searching, ``unfiltered`` holds the storyline's rows made without a search, when they
        are made already (to be kept or dropped rather than made again).  None when
        ``cancelled()`` turned true on the way.  Search matches are highlighted when the rows
        are drawn, not here."""
        raise NotImplementedError

    def _heights_of(self, rows: list[Row], made: tuple[list[Row], list[int], int] | None, width: int) -> list[int]:
        """Heights of ``rows``; a row already measured in ``made`` keeps its height (plus its tail)."""
        if made is None or made[2] != width:
            return measure(rows, width, self.SHOW_MARKS)
        known = {id(r.body): h - (r.tail is not None) for r, h in zip(made[0], made[1])}
        out = []
        for r in rows:  # a row whose body is the very one measured before (the filter kept it) keeps its height
            h = known.get(id(r.body))
            out.append(measure([r], width, self.SHOW_MARKS)[0] if h is None else h + (r.tail is not None))
        return out

    def wanted_cursor(self) -> str | None:
        """The row the cursor goes to when the rows are new (default: the first)."""
        return None

    def rows_shown(self) -> None:
        """Called when new rows are on screen."""

    def marks_for(self, point_index: int | None) -> frozenset[str] | None:
        """The links to mark for the highlighted point: in a pane with marks, the articles the
        point cites (as their kept copies); None when no point is highlighted."""
        s = self.storyline
        if not self.SHOW_MARKS or self.brief is None or s is None or point_index is None or point_index >= len(s.summary):
            return None
        p = s.summary[point_index]
        brief = self.brief
        return frozenset(kept_id(brief, aid) for aid in (p.sources or (p.article,)))

    def heading_title(self) -> str:
        return self.TITLE

    def variant(self) -> object:
        """What besides the storyline the pane's rows depend on (None: nothing)."""
        return None

    # ---- reacting to the app's state -----------------------------------------------------
    def watch_brief(self) -> None:
        self._made = {}
        self.reload(reset=True)

    def watch_storyline_key(self) -> None:
        self.reload(reset=True)

    def watch_matches(self) -> None:
        self.reload(reset=False)

    def watch_point_index(self) -> None:
        self.set_marks(self.marks_for(self.point_index))

    @property
    def storyline(self) -> Storyline | None:
        return storyline_of(self.brief, self.storyline_key)

    @property
    def state(self) -> State:
        return (self.brief, self.storyline_key, self.matches)

    @property
    def settled(self) -> bool:
        """Whether the rows on screen were made for the state the pane holds."""
        if self.shown is None:
            return False
        brief, key, matches = self.shown
        return brief is self.brief and key == self.storyline_key and matches is self.matches

    def on_mount(self) -> None:
        self.reload(reset=True)

    def reload(self, *, reset: bool) -> None:
        if not self.is_mounted:
            return
        self._token += 1
        brief = self.brief
        if brief is None:
            self.set_rows([])
            self.shown = self.state
            return
        width = self._content_width()
        made = self._made.get(self.storyline_key) if self.matches is None else None
        if made is not None and made[2] == width:  # made before (or ahead): no worker, no wait
            self._apply(self._token, self.state, made[0], made[1], width, reset)
            return
        self._build(self._token, self.state, width, reset)

    @work(thread=True, exclusive=True, group="rows", description="rows", exit_on_error=False)
    def _build(self, token: int, state: State, width: int, reset: bool) -> None:
        worker = get_current_worker()
        made = self._make(state, width, lambda: worker.is_cancelled)
        if made is not None and not worker.is_cancelled:
            self._to_loop(self._apply, token, state, made[0], made[1], width, reset)

    def _make(self, state: State, width: int, cancelled: Cancelled) -> tuple[list[Row], list[int]] | None:
        """Rows and heights for ``state`` (in a worker thread), kept for the storyline when
        there is no search; None when cancelled or when making them failed (reported).  While
        searching, the rows already made for the storyline are reused where they can be."""
        brief, key, matches = state
        assert brief is not None
        variant = self.variant()
        try:
            made = self._made.get(key) if brief is self.brief else None
            rows = self.make_rows(brief, storyline_of(brief, key), matches, cancelled,
                                  made[0] if made is not None and made[2] == width else None)
            if rows is None or cancelled():
                return None
            heights = self._heights_of(rows, made, width)
        except Exception as exc:  # a bug in a pane is logged, never shown as a traceback
            report = getattr(self.app, "report_error", None)
            if report is not None and not cancelled():
                self._to_loop(report, exc, f"the {self.id} pane")
            return None
        if matches is None and brief is self.brief and variant == self.variant():
            self._made[key] = (rows, heights, width)  # (not rows of a choice the pane has since left)
        return rows, heights

    @work(thread=True, exclusive=True, group="ahead", description="ahead", exit_on_error=False)
    def make_ahead(self) -> None:
        """Make the rows of every storyline in the background, so moving to one is instant."""
        worker = get_current_worker()
        brief, width = self.brief, self._content_width()
        if brief is None:
            return
        for s in brief.storylines:
            if worker.is_cancelled or brief is not self.brief:
                return
            made = self._made.get(s.key)
            if made is None or made[2] != width:
                self._make((brief, s.key, None), width, lambda: worker.is_cancelled or brief is not self.brief)

    def _apply(self, token: int, state: State, rows: list[Row], heights: list[int], width: int, reset: bool) -> None:
        try:
            self._show(token, state, rows, heights, width, reset)
        except Exception as exc:  # run from a worker, whose failure nobody would see: report it
            report = getattr(self.app, "report_error", None)
            if report is None:
                raise
            report(exc, f"the {self.id} pane")

    def _show(self, token: int, state: State, rows: list[Row], heights: list[int], width: int, reset: bool) -> None:
        if token != self._token:
            return  # a newer state is being built
        keep = self.wanted_cursor() if self.CURSOR_FOLLOWS_STATE else None if reset else self.cursor_id
        if reset and self.land_at_end:
            keep = next((r.id for r in reversed(rows) if r.id is not None), None)
        self.land_at_end = False
        self.title = self.heading_title()
        _, _, matches = state
        self.set_highlight(matches.spans if matches is not None else None)
        self.set_rows(rows, heights=heights, width=width, cursor_id=keep or self.wanted_cursor(), keep_scroll=not reset)
        self.shown = state
        self.set_marks(self.marks_for(self.point_index))
        self.rows_shown()


    def _to_loop(self, callback: Callable[..., object], *args: object) -> None:
        on_loop(self.app, callback, *args)


def storyline_of(brief: Brief | None, key: str | None) -> Storyline | None:
    if brief is None or key is None:
        return None
    try:
        return brief.storyline(key)
    except KeyError:
        return None

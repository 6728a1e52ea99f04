"""The app's state and its search: the base class of :class:`briefing.tui.app.BriefingApp`.

Search filters the panes in place, as fzf and toolong do: each keystroke runs the query in
an exclusive thread worker over the whole brief (:meth:`briefing.search.index.SearchIndex.match`),
and the result becomes the app's ``matches``, which every pane is bound to.  A result is
used only while its query is still what the search field holds (the stale-result guard).
Enter goes to the first pane with matches; ``n``/``N`` step through them; esc in the field
restores the view from before the search, esc in a pane clears the filter where you are.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import get_current_worker

from ..model import Brief
from ..search import Matches, SearchIndex
from .errors import log_exception
from .panes.base import Pane
from .threads import on_loop

HIT_PANES = ("summary", "quotes", "sources")  # the panes search hits are shown in, in reading order


class SearchBar(Input):
    """The search field above the panes; hidden until ``/``."""

    BINDINGS = [  # shown in the footer while typing (the app handles them)
        Binding("enter", "app.open", "Go to the hits", id="open"),
        Binding("escape", "app.go_back", "Back", id="back"),
        Binding("tab", "app.next_pane", "Panes", id="next_pane"),
        Binding("shift+tab", "app.previous_pane", "Panes", show=False, id="previous_pane"),
    ]

    def __init__(self) -> None:
        super().__init__(placeholder="Search: the panes keep what matches · enter: go to the hits · esc: back",
                         id="search", compact=True)
        self.display = False


class SearchingApp(App[int]):
    """Holds the state the panes are bound to, and runs the search."""

    brief: reactive[Brief | None] = reactive(None, always_update=True)
    storyline_key: reactive[str | None] = reactive(None)
    point_index: reactive[int | None] = reactive(None)
    matches: reactive[Matches | None] = reactive(None)
    search_index: SearchIndex | None = None
    _before_search: tuple[str | None, str | None] | None = None  # (storyline, focused pane)

    @property
    def has_articles(self) -> bool:
        return self.brief is not None and bool(self.brief.articles)

    @property
    def searching(self) -> bool:
        bar = self.search_bar
        return bar is not None and bar.display

    @property
    def search_bar(self) -> SearchBar | None:
        """The search field; None while the app is closing (a worker's late result finds no widgets)."""
        bars = self.query(SearchBar)
        return bars.first() if bars else None

    def focus_now(self, widget: Widget) -> None:
        """Focus ``widget`` before the next key is handled (``Widget.focus`` waits its turn in the
        queue, behind keys typed meanwhile: "/" and a fast query would lose its first letters)."""
        self.screen.set_focus(widget)

    def from_worker(self, callback: Callable[..., object], *args: object) -> object:
        """Run ``callback(*args)`` on the event loop, from a worker thread (see :func:`on_loop`)."""
        return on_loop(self, callback, *args)

    def storyline_keys(self) -> list[str]:
        """The storylines the Storylines pane lists (while searching, those with matches)."""
        if self.brief is None:
            return []
        m = self.matches
        return [s.key for s in self.brief.storylines if m is None or m.shows(s.key)]

    def action_search(self) -> None:
        if not self.has_articles:
            self.notify("Nothing to search yet.", severity="warning", markup=False)
            return
        bar = self.query_one(SearchBar)
        if not bar.display:
            self._before_search = (self.storyline_key, self.focused.id if self.focused is not None else None)
            bar.display = True
        self.focus_now(bar)

    def close_search(self, *, restore: bool) -> None:
        """Clear the search; ``restore``: go back to the storyline and pane from before it."""
        bar = self.query_one(SearchBar)
        bar.value = ""
        bar.display = False
        self.point_index = None
        self.matches = None
        before, self._before_search = self._before_search, None
        if restore and before is not None:
            key, focus = before
            if key is not None and key != self.storyline_key:
                self.point_index = None
                self.storyline_key = key
            if focus:
                self.focus_now(self.query_one(f"#{focus}"))
                return
        if isinstance(self.focused, SearchBar) or self.focused is None:
            self.focus_now(self.query_one("#storylines"))

    def on_input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, SearchBar):
            event.stop()
            if event.value.strip():
                self.run_search(event.value)
            else:
                self.matches = None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, SearchBar):
            event.stop()
            self.accept_search()

    def accept_search(self) -> None:
        """Enter in the field: to the first pane of the storyline that has matches."""
        key = self.storyline_key
        target = "storylines"
        if self.matches is not None and key is not None and self.brief is not None:
            target = next((p for p in HIT_PANES if self._hits_in(p, key)), target)  # in n's reading order
        self.focus_now(self.query_one(f"#{target}"))

    @work(thread=True, exclusive=True, group="search", description="search")
    def run_search(self, query: str) -> None:
        index = self.search_index
        if index is None:
            return  # index_ready runs it
        try:
            result = index.match(query)
        except Exception as exc:
            log_exception(exc, f"search {query!r}")
            return
        if not get_current_worker().is_cancelled:
            self.from_worker(self.show_matches, query, result)

    def show_matches(self, query: str, matches: Matches | None) -> None:
        bar = self.search_bar
        if bar is None or query != bar.value or not bar.display:
            return  # stale: the user typed on since this search started
        self.point_index = None  # the point may be filtered out: no marks for what is not shown
        self.matches = matches
        keys = self.storyline_keys()
        if matches is None or not keys:
            return
        # stay on a storyline whose Summary or Quotes show a hit (the view does not hop while
        # the user types on); else go to the first that has such a hit, so the panes never
        # sit on "No summary point matches" while another storyline has the answer
        current = self.storyline_key
        if current in keys and self._shows_hits(current):
            return
        target = next((k for k in keys if self._shows_hits(k)), current if current in keys else keys[0])
        if target != current:
            self.storyline_key = target

    def index_ready(self, brief: Brief, index: SearchIndex) -> None:
        if self.brief is not brief:
            return  # a newer brief replaced this one
        self.search_index = index
        bar = self.search_bar
        if bar is not None and bar.display and bar.value.strip():
            self.run_search(bar.value)

    # ---- n / N -------------------------------------------------------------------
    def action_next_hit(self) -> None:
        self._hop(1)

    def action_previous_hit(self) -> None:
        self._hop(-1)

    def _hits_in(self, pane_id: str | None, key: str) -> bool:
        """Whether the pane ``pane_id`` shows a search hit for the storyline ``key``."""
        m, brief = self.matches, self.brief
        if m is None or brief is None:
            return False
        if pane_id == "summary":
            return any(k == key for k, _ in m.points) or any(k == key for k, _ in m.events)
        if pane_id == "quotes":
            return any(key in brief.quotes[i].storylines for i in m.quotes if i < len(brief.quotes))
        if pane_id == "sources":
            story = next((s for s in brief.storylines if s.key == key), None)
            return story is not None and any(a in m.articles for a in story.articles)
        return m.shows(key)

    def _shows_hits(self, key: str) -> bool:
        """Whether the storyline ``key`` has a hit in its Summary or its Quotes."""
        return self._hits_in("summary", key) or self._hits_in("quotes", key)

    def _hop(self, direction: int) -> None:
        """The next match in reading order: down the focused pane, then the storyline's next
        pane that has hits (Summary, Quotes, Sources), then the next storyline that has any,
        in its first pane with hits (N: the same, backwards)."""
        if self.matches is None:
            self.notify("No search: press / to search.", markup=False, timeout=3)
            return
        pane = self.focused if isinstance(self.focused, Pane) else None
        if pane is not None and pane.id != "storylines":
            before = pane.cursor
            if direction > 0:
                pane.action_cursor_down()
            else:
                pane.action_cursor_up()
            if pane.cursor != before:
                return
        keys = self.storyline_keys()
        if not keys:
            return
        order = HIT_PANES if direction > 0 else HIT_PANES[::-1]
        if pane is not None and pane.id in order and self.storyline_key in keys:
            nxt = next((p for p in order[order.index(pane.id) + 1:] if self._hits_in(p, self.storyline_key)), None)
            if nxt is not None:
                self._land(self.query_one(f"#{nxt}", Pane), direction)
                return
        at = keys.index(self.storyline_key) if self.storyline_key in keys else -1
        key = keys[(at + direction) % len(keys)]
        # the pane that shows this storyline's first hit, never one that says "No … matches"
        target = self.query_one(f"#{next((p for p in order if self._hits_in(p, key)), 'summary')}", Pane)
        if key == self.storyline_key:  # the only storyline with hits: round again
            self._land(target, direction)
            return
        self.point_index = None
        target.land_at_end = direction < 0  # where the cursor goes when the new rows arrive
        self.storyline_key = key
        self.focus_now(target)

    def _land(self, pane: Pane, direction: int) -> None:
        """Focus ``pane`` (its rows already shown) on its first hit, or its last going back."""
        self.focus_now(pane)
        if direction > 0:
            pane.action_cursor_top()
        else:
            pane.action_cursor_bottom()

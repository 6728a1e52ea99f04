"""The app's state and its search: the base class of :class:`briefing.tui.app.BriefingApp`.

Search runs in an exclusive thread worker; a result is shown only while its query is
still what the search field holds (the stale-result guard).
"""

from __future__ import annotations

from textual import work
from textual.app import App
from textual.reactive import reactive
from textual.widgets import ContentSwitcher, Input
from textual.worker import get_current_worker

from ..model import Brief
from ..search import Hit, SearchIndex, SearchResult
from .errors import log_exception
from .messages import OpenArticle
from .quotes_pane import QuotesPane
from .render import kept_id
from .search_panel import SearchInput, SearchJump, SearchResults
from .sources_pane import SourcesPane
from .summary_pane import SummaryPane


class SearchingApp(App[int]):
    """Holds the state the panes are bound to, and runs the search."""

    brief: reactive[Brief | None] = reactive(None, always_update=True)
    storyline_key: reactive[str | None] = reactive(None)
    point_index: reactive[int | None] = reactive(None)
    search_index: SearchIndex | None = None
    searching: bool = False
    _focus_before_search: str | None = None

    @property
    def has_articles(self) -> bool:
        return self.brief is not None and bool(self.brief.articles)

    def action_search(self) -> None:
        if not self.has_articles:
            self.notify("Nothing to search yet.", severity="warning", markup=False)
            return
        if not self.searching:
            self._focus_before_search = self.focused.id if self.focused is not None else None
            self.searching = True
        field = self.query_one("#search-input", SearchInput)
        field.display = True
        self.query_one("#views", ContentSwitcher).current = "search-results"
        field.focus()
        self.run_search(field.value)

    def close_search(self, restore: bool = True) -> None:
        self.searching = False
        self.query_one("#search-input").display = False
        self.query_one("#views", ContentSwitcher).current = "main"
        if restore and self._focus_before_search:
            self.query_one(f"#{self._focus_before_search}").focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search-input":
            self.run_search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search-input":
            self._jump_to_current()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        index = self.search_index
        if index is None:
            return
        try:
            result = index.search(query)
        except Exception as exc:
            log_exception(exc, f"search {query!r}")
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self.show_results, result)

    def show_results(self, result: SearchResult) -> None:
        field = self.query_one("#search-input", SearchInput)
        if result.query != field.value or not self.searching or self.brief is None:
            return  # stale: the user typed on since this search started
        self.query_one("#search-results", SearchResults).show(self.brief, result)

    def _jump_to_current(self) -> None:
        hit = self.query_one("#search-results", SearchResults).current()
        if hit is not None:
            self.jump_to(hit)

    def on_search_jump(self, message: SearchJump) -> None:
        self.jump_to(message.hit)

    def jump_to(self, hit: Hit) -> None:
        """Show a search hit in its pane (an article's text also opens the reader there)."""
        self.close_search(restore=False)
        if hit.storyline is not None and hit.storyline != self.storyline_key:
            self.storyline_key = hit.storyline
        self.point_index = None
        self.call_after_refresh(self._focus_hit, hit)

    def _focus_hit(self, hit: Hit) -> None:
        summary = self.query_one("#summary", SummaryPane)
        sources = self.query_one("#sources", SourcesPane)
        quotes = self.query_one("#quotes", QuotesPane)
        if hit.kind == "point" and hit.point is not None:
            summary.select_id(f"p{hit.point}")
            summary.focus()
        elif hit.kind == "quote" and hit.quote is not None:
            if quotes.select_id(f"q{hit.quote}"):
                quotes.focus()
            elif hit.article is not None:
                self.post_message(OpenArticle(hit.article, hit.paragraph, quote=hit.quote))
        elif hit.kind in ("article", "text") and hit.article is not None and self.brief is not None:
            sources.select_id(kept_id(self.brief, hit.article))
            sources.focus()
            if hit.kind == "text":
                self.post_message(OpenArticle(hit.article, hit.paragraph))
        else:
            self.query_one("#storylines").focus()


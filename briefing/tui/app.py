"""The dashboard app: loads the brief in a worker and links the four panes.

The app holds the state (``brief``, ``storyline_key``, ``point_index``) as reactives
and binds them into the panes with ``data_bind``; panes post messages when the user
moves (see :mod:`briefing.tui.messages`).  Keys live in :mod:`briefing.tui.keys`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, Input, OptionList, ProgressBar, Static
from textual.worker import WorkerFailed

from ..config_model import Config
from ..errors import BriefingError
from ..export.files import export_brief
from ..export.writer import WriteError
from ..model import Brief
from ..reopen import open_brief
from ..gcpause import keep_out_of_collector
from ..search import SearchIndex, build_index
from .commands import BriefCommands
from .errors import log_exception, short
from .help_screen import HelpScreen
from .keys import app_bindings, key_display, keymap_from_config, keys_for
from .messages import FocusPane, OpenArticle, PointChosen, StorylineChosen
from .pane import Pane
from .problems_screen import ProblemsScreen
from .quotes_pane import QuotesPane
from .reader import ReaderScreen
from .render import kept_id, literal
from .search_panel import SearchInput, SearchResults
from .searching import SearchingApp
from .sources_pane import SourcesPane
from .states import empty_text, subtitle
from .storylines_pane import StorylinesPane
from .summary_pane import SummaryPane

DEFAULT_THEME = "textual-dark"
PANES = ("storylines", "summary", "sources", "quotes")


class BriefingApp(SearchingApp):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "briefing"
    BINDINGS = app_bindings()
    COMMANDS = App.COMMANDS | {BriefCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    def __init__(self, config: Config, sources: list[str] | None = None, theme: str | None = None,
                 brief: Brief | None = None, use_cache: bool = True) -> None:
        """``brief``: show this brief instead of loading one from the sources.
        ``use_cache``: read unchanged files from the article cache."""
        super().__init__()
        self.config = config
        self.use_cache = use_cache
        self.given_brief = brief
        self.sources = sources
        self.theme_name = theme or config.theme
        self.keymap = keymap_from_config(config.keys)
        self.search_index: SearchIndex | None = None
        self.searching = False
        self._focus_before_search: str | None = None
        self.load_error: str | None = None

    # ---- layout ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchInput(placeholder="Search storylines, points, quotes, articles…  ↑↓ pick · enter jump · esc close", id="search-input", compact=True)
        with ContentSwitcher(initial="loading", id="views"):
            with Vertical(id="loading"):
                yield Static("Loading the articles…", id="loading-label")
                yield ProgressBar(total=100, show_eta=False, id="progress")
            with VerticalScroll(id="empty"):
                yield Static(id="empty-text")
            with Horizontal(id="main"):
                with Vertical(id="left"):
                    yield self._bind(StorylinesPane(id="storylines"))
                    yield self._bind(SourcesPane(id="sources"))
                with Vertical(id="right"):
                    yield self._bind(SummaryPane(id="summary"))
                    yield self._bind(QuotesPane(id="quotes"))
            yield SearchResults(id="search-results")
        yield Footer()

    def _bind(self, pane: Pane) -> Pane:
        return pane.data_bind(BriefingApp.brief, BriefingApp.storyline_key, BriefingApp.point_index)

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)
        if self.theme_name in self.available_themes:
            self.theme = self.theme_name
        else:
            self.theme = DEFAULT_THEME
            self.notify(f"Unknown theme “{self.theme_name}”; using {DEFAULT_THEME}. "
                        f"Known themes: {', '.join(sorted(self.available_themes))}.",
                        severity="warning", timeout=8, markup=False)
        self.query_one("#search-input").display = False
        if self.given_brief is not None:
            self.show_brief(self.given_brief)
        else:
            self.load_brief()

    # ---- loading ---------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load")
    def load_brief(self) -> None:
        try:
            self.call_from_thread(self._progress, "reading files", 0.02)
            brief = open_brief(self.sources, self.config, use_cache=self.use_cache,
                               progress=lambda stage, f: self.call_from_thread(self._progress, stage, f))
            self.call_from_thread(self.show_brief, brief)  # the search index follows in its own worker
        except BriefingError as exc:
            self.call_from_thread(self._load_failed, str(exc))
            return
        except Exception as exc:  # an analysis bug must not take the screen
            path = log_exception(exc, "building the brief")
            self.call_from_thread(self._load_failed, f"Could not build the brief: {short(exc)}. Details: {path}")
            return

    @work(thread=True, exclusive=True, group="index")
    def index_brief(self, brief: Brief) -> None:
        """Build the search index off the event loop; a search typed meanwhile runs when it is ready."""
        try:
            index = build_index(brief)
        except Exception as exc:
            log_exception(exc, "indexing for search")
            return
        keep_out_of_collector()  # no full garbage collection over the brief in the middle of typing
        self.call_from_thread(self._index_ready, brief, index)

    def _index_ready(self, brief: Brief, index: SearchIndex) -> None:
        if self.brief is not brief:
            return  # a newer brief replaced this one
        self.search_index = index
        if self.searching:
            self.run_search(self.query_one("#search-input", Input).value)

    def _progress(self, stage: str, fraction: float) -> None:
        self.query_one("#loading-label", Static).update(literal(f"Building the brief: {stage}…"))
        self.query_one("#progress", ProgressBar).update(progress=round(100 * fraction))

    def _load_failed(self, message: str) -> None:
        self.load_error = message
        self._show_empty()

    def show_brief(self, brief: Brief, index: SearchIndex | None = None) -> None:
        """Show a built brief (the load worker calls this; tests may too)."""
        self.search_index = index
        if index is None:
            self.index_brief(brief)
        self.point_index = None
        self.brief = brief
        self.sub_title = subtitle(brief)
        if not brief.articles:
            self._show_empty()
        else:
            self.query_one("#views", ContentSwitcher).current = "main"
            if brief.storylines:
                self.storyline_key = brief.storylines[0].key
            self.query_one("#storylines").focus()
        if brief.problems:
            n = len(brief.problems)
            key = key_display(keys_for("problems", self.keymap))
            self.notify(f"{n} file{'s' if n != 1 else ''} had load problems: press {key} to see them.",
                        title="Load problems", severity="warning", timeout=12, markup=False)

    def _show_empty(self) -> None:
        self.query_one("#empty-text", Static).update(empty_text(self.config, self.sources, self.brief, self.load_error, self.keymap))
        self.query_one("#views", ContentSwitcher).current = "empty"
        self.query_one("#empty").focus()

    # ---- messages from the panes ----------------------------------------------
    def on_storyline_chosen(self, message: StorylineChosen) -> None:
        if message.key != self.storyline_key:
            self.point_index = None
            self.storyline_key = message.key

    def on_point_chosen(self, message: PointChosen) -> None:
        self.point_index = message.index

    def on_focus_pane(self, message: FocusPane) -> None:
        self.query_one(f"#{message.pane_id}").focus()

    def on_open_article(self, message: OpenArticle) -> None:
        if self.brief is None:
            return
        try:
            article = self.brief.article(kept_id(self.brief, message.article))
        except KeyError:
            return
        self.push_screen(ReaderScreen(self.brief, article, self.storyline_key, message.paragraph, message.quote))

    # ---- actions (keys, command palette) ----------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        on_main = len(self.screen_stack) <= 1
        if action in ("next_pane", "previous_pane", "storyline", "search", "export", "open"):
            # hidden from the footer (False) when there is nothing to act on
            return on_main and self.has_articles
        if action == "back":
            return on_main
        return True

    def _pane_order(self) -> list[Widget]:
        if self.searching:
            return [self.query_one("#search-input"), self.query_one("#search-results")]
        if not self.has_articles:
            return []
        return [self.query_one(f"#{p}") for p in PANES]

    def _cycle(self, step: int) -> None:
        order = self._pane_order()
        if not order:
            return
        current = next((i for i, w in enumerate(order) if w is self.focused), -1)
        order[(current + step) % len(order)].focus()

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_previous_pane(self) -> None:
        self._cycle(-1)

    def action_down(self) -> None:
        self._move("down")

    def action_up(self) -> None:
        self._move("up")

    def _move(self, direction: str) -> None:
        w = self.focused
        if isinstance(w, OptionList):
            w.action_cursor_down() if direction == "down" else w.action_cursor_up()
        elif isinstance(w, SearchInput):
            w.action_results(direction)
        elif w is not None and hasattr(w, "scroll_down"):
            w.scroll_down() if direction == "down" else w.scroll_up()

    def action_open(self) -> None:
        w = self.focused
        if isinstance(w, SearchInput):
            self._jump_to_current()
        elif isinstance(w, OptionList):
            w.action_select()

    def action_storyline(self, index: int) -> None:
        if self.brief is not None and 0 <= index < len(self.brief.storylines):
            self.point_index = None
            self.storyline_key = self.brief.storylines[index].key

    def action_back(self) -> None:
        if self.searching:
            self.close_search()
        elif self.point_index is not None:
            self.point_index = None
            if self.has_articles:
                self.query_one("#storylines").focus()
        elif self.has_articles:
            self.query_one("#storylines").focus()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    def action_problems(self) -> None:
        if isinstance(self.screen, ProblemsScreen):
            return
        self.push_screen(ProblemsScreen(self.brief.problems if self.brief else ()))

    def action_export(self) -> None:
        if self.brief is None or not self.brief.articles:
            self.notify("Nothing to export yet: there are no articles.", severity="warning", markup=False)
            return
        self.export_worker(self.brief)

    @work(thread=True, exclusive=True, group="export")
    def export_worker(self, brief: Brief) -> None:
        try:
            path = export_brief(brief, self.config)
        except WriteError as exc:
            self.call_from_thread(self.notify, f"Export failed: {exc}", severity="error", timeout=10, markup=False)
            return
        except Exception as exc:
            log = log_exception(exc, "export")
            self.call_from_thread(self.notify, f"Export failed: {short(exc)}. Details: {log}",
                                  severity="error", timeout=10, markup=False)
            return
        self.call_from_thread(self.notify, f"Exported the brief to {path}", title="Exported", timeout=8, markup=False)

    # ---- errors --------------------------------------------------------------------
    def report_error(self, error: BaseException, where: str = "") -> None:
        """Log an unexpected error to the state folder; the user gets one line, never a traceback."""
        path = log_exception(error, where or "unexpected error")
        details = f" Details: {path}" if path else ""
        try:
            self.notify(f"Something went wrong: {short(error)}.{details}", severity="error", timeout=10, markup=False)
        except Exception:
            self.exit(1)

    def _handle_exception(self, error: Exception) -> None:
        """Textual calls this for any error a handler or worker let through: log it instead
        of printing a traceback.  (The widget whose handler failed stops; the app goes on.)"""
        self.report_error(error.error if isinstance(error, WorkerFailed) else error)


def run_app(config: Config, sources: list[str] | None, theme: str | None, use_cache: bool = True) -> int:
    """Run the dashboard; the exit code for the ``briefing`` command."""
    app = BriefingApp(config, sources=sources, theme=theme, use_cache=use_cache)
    try:
        app.run()
    except Exception as exc:  # never a traceback on the terminal
        path = log_exception(exc, "run_app")
        print(f"briefing: unexpected error: {short(exc)}" + (f" (details in {path})" if path else ""), file=sys.stderr)
        return 1
    return app.return_code or 0


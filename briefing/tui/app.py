"""The dashboard app: builds the brief in a worker and links the four panes.

The app holds the state (``brief``, ``storyline_key``, ``point_index``, ``matches``) as
reactives and binds it into the panes with ``data_bind``; panes post messages only for
moves the user made (:mod:`briefing.tui.messages`), and the app changes its state in
answer.  Searching is in :mod:`briefing.tui.searching`, building in
:mod:`briefing.tui.loading`, keys in :mod:`briefing.tui.keys`."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer, Header, ProgressBar, Static
from textual.worker import WorkerFailed, get_current_worker

from ..config.schema import Config
from ..errors import ConfigError
from ..export.files import export_brief
from ..export.promote import promote
from ..export.writer import WriteError
from ..ingest.discover import display_path
from ..model import Brief
from ..search import build_index
from ..storylines.explain import ParagraphWhy, explain_paragraph
from ..text.clean import shown
from ..work import keep_out_of_collector
from .commands import BriefCommands
from .errors import log_exception, short
from .keys import app_bindings, key_display, keymap_from_config, keys_for
from .loading import BriefLoader
from .messages import FocusPane, OpenArticle, PointChosen, StorylineChosen, StorylineStep
from .panes.base import Pane
from .panes.quotes import QuotesPane
from .panes.sources import SourcesPane
from .panes.storylines import StorylinesPane
from .panes.summary import SummaryPane
from .render import kept_id, literal
from .screens.help import HelpScreen
from .screens.problems import ProblemsScreen
from .screens.reader import ReaderScreen
from .screens.why import WhyScreen
from .searching import SearchBar
from .settings import Settings
from .states import empty_text, subtitle
from .watching import WatchingApp

DEFAULT_THEME = "textual-dark"
PANES = ("storylines", "summary", "sources", "quotes")


class BriefingApp(WatchingApp):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "briefing"
    BINDINGS = app_bindings()  # type: ignore[assignment]  # (Textual's own list type is invariant)
    COMMANDS = App.COMMANDS | {BriefCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    AUTO_FOCUS = None  # nothing to focus until the brief is shown (the hidden search field must not take it)

    def __init__(self, config: Config, sources: list[str] | None = None, theme: str | None = None,
                 brief: Brief | None = None, use_cache: bool = True, settings: Settings | None = None,
                 watch: bool = False) -> None:
        """``brief``: show this brief instead of building one from the sources.
        ``use_cache``: reopen an unchanged corpus from the cache.  ``settings``: what the
        app remembers between runs (the theme).  ``watch``: rebuild when the sources change."""
        super().__init__()
        self.config = config
        self.use_cache = use_cache
        self.given_brief = brief
        self.sources = sources
        self.settings = settings if settings is not None else Settings.load()
        self.theme_name = theme or self.settings.theme_for(config.theme)
        self.keymap = keymap_from_config(config.keys)
        self.load_error: str | None = None
        self._loader: BriefLoader | None = None
        self.watch_sources = watch
        self._reloading = False

    # ---- layout ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar()
        with ContentSwitcher(initial="loading", id="views"):
            with Vertical(id="loading"):
                yield Static("Reading the articles…", id="loading-label")
                yield ProgressBar(total=100, show_eta=False, id="progress")
                yield Static(id="loading-preview")
            with VerticalScroll(id="empty"):
                yield Static(id="empty-text")
            with Horizontal(id="main"):
                with Vertical(id="left"):
                    yield self._bind(StorylinesPane(id="storylines"))
                    yield self._bind(SourcesPane(id="sources"))
                with Vertical(id="right"):
                    yield self._bind(SummaryPane(id="summary"))
                    yield self._bind(QuotesPane(id="quotes"))
        yield Footer()

    def _bind(self, pane: Pane) -> Pane:
        return pane.data_bind(BriefingApp.brief, BriefingApp.storyline_key, BriefingApp.point_index,
                              BriefingApp.matches)

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)
        if self.theme_name in self.available_themes:
            self.theme = self.theme_name
        else:
            self.theme = DEFAULT_THEME
            self.notify(f"Unknown theme “{shown(self.theme_name)}”; using {DEFAULT_THEME}. "
                        f"Known themes: {', '.join(sorted(self.available_themes))}.",
                        severity="warning", timeout=8, markup=False)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.given_brief is not None:
            self.show_brief(self.given_brief)
        else:
            self.load_brief()
            self.start_watching()

    def _remember_theme(self, theme: object) -> None:
        name = getattr(theme, "name", None)
        if isinstance(name, str):
            self.settings.remember_theme(name, self.config.theme)

    # ---- loading ---------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", description="load")
    def load_brief(self) -> None:
        loader = BriefLoader(self.sources, self.config, self.use_cache, self.from_worker, get_current_worker())
        previous, self._loader = self._loader, loader
        if previous is not None:
            previous.cancel()  # a rebuild asked for again: the older build process stops now
        loader.run(self._progress, self._preview, self.show_brief, self._load_failed, prepare=self.mark_new)

    def reload_brief(self) -> None:
        self._reloading = self.brief is not None and bool(self.brief.articles)
        self.load_brief()

    def on_unmount(self) -> None:
        if self._loader is not None:
            self._loader.cancel()  # no build process outlives the app

    @work(thread=True, exclusive=True, group="index", description="index")
    def index_brief(self, brief: Brief) -> None:
        """Build the search index off the event loop; a search typed meanwhile runs when it is ready."""
        try:
            index = build_index(brief)
        except Exception as exc:
            log_exception(exc, "indexing for search")
            return
        keep_out_of_collector()  # no full garbage collection over the brief in the middle of typing
        self.from_worker(self.index_ready, brief, index)
        self.from_worker(self._make_ahead)

    def _make_ahead(self) -> None:
        for pane in self.query(Pane):
            pane.make_ahead()

    def _progress(self, stage: str, fraction: float) -> None:
        for label in self.query("#loading-label").results(Static):
            label.update(literal(f"Building the brief: {stage}…"))
        for bar in self.query("#progress").results(ProgressBar):
            bar.update(progress=round(100 * fraction))

    def _preview(self, text: Text) -> None:
        for static in self.query("#loading-preview").results(Static):
            static.update(text)

    def _load_failed(self, message: str) -> None:
        if self.rebuild_failed(message):
            return
        self.load_error = message
        self._show_empty()

    def show_brief(self, brief: Brief) -> None:
        """Show a built brief (the load worker calls this; tests may too)."""
        self.search_index = None
        self.point_index = None
        self.matches = None
        keep, self._reloading = self.storyline_key if self._reloading else None, False
        self.brief = brief
        self.sub_title = subtitle(brief)
        if not brief.articles:
            self._show_empty()
        else:
            self.query_one("#views", ContentSwitcher).current = "main"
            keys = [s.key for s in brief.storylines]
            if keys:
                self.storyline_key = keep if keep in keys else keys[0]
            if keep is None:
                self.focus_now(self.query_one("#storylines"))
        self.index_brief(brief)
        if brief.problems:
            n = len(brief.problems)
            key = key_display(keys_for("problems", self.keymap))
            self.notify(f"{n} file{'s' if n != 1 else ''} had load problems: press {key} to see them.",
                        title="Load problems", severity="warning", timeout=12, markup=False)

    def _show_empty(self) -> None:
        text = empty_text(self.config, self.sources, self.brief, self.load_error, self.keymap)
        self.query_one("#empty-text", Static).update(text)
        self.query_one("#views", ContentSwitcher).current = "empty"
        self.focus_now(self.query_one("#empty"))

    # ---- messages from the panes ----------------------------------------------
    def on_storyline_chosen(self, message: StorylineChosen) -> None:
        self.choose_storyline(message.key)

    def on_storyline_step(self, message: StorylineStep) -> None:
        keys = self.storyline_keys()
        if not keys:
            return
        at = keys.index(self.storyline_key) if self.storyline_key in keys else (-1 if message.delta > 0 else len(keys))
        self.choose_storyline(keys[max(0, min(len(keys) - 1, at + message.delta))])

    def choose_storyline(self, key: str) -> None:
        if key != self.storyline_key:
            self.point_index = None
            self.storyline_key = key

    def on_point_chosen(self, message: PointChosen) -> None:
        self.point_index = message.index

    def on_focus_pane(self, message: FocusPane) -> None:
        self.focus_now(self.query_one(f"#{message.pane_id}"))

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
        if action == "search" and isinstance(self.focused, SearchBar):
            return False  # "/" typed in the field is part of the query
        if action in ("next_pane", "previous_pane", "storyline", "search", "export", "open", "next_hit", "previous_hit"):
            # hidden from the footer (False) when there is nothing to act on
            return on_main and self.has_articles
        if action == "go_back":
            return on_main
        return True

    def _pane_order(self) -> list[Widget]:
        if not self.has_articles:
            return []
        bar = self.query_one(SearchBar)
        return ([bar] if bar.display else []) + [self.query_one(f"#{p}") for p in PANES]

    def _cycle(self, step: int) -> None:
        order = self._pane_order()
        if not order:
            return
        current = next((i for i, w in enumerate(order) if w is self.focused), -1)
        self.focus_now(order[(current + step) % len(order)])

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_previous_pane(self) -> None:
        self._cycle(-1)

    def action_open(self) -> None:
        w = self.focused
        if isinstance(w, SearchBar):
            self.accept_search()
        elif isinstance(w, Pane):
            w.action_choose()

    def action_storyline(self, index: int) -> None:
        keys = self.storyline_keys()
        if 0 <= index < len(keys):
            self.choose_storyline(keys[index])

    def action_go_back(self) -> None:
        if self.searching or self.matches is not None:
            self.close_search(restore=isinstance(self.focused, SearchBar))
        elif self.point_index is not None:
            self.point_index = None
            if self.has_articles:
                self.focus_now(self.query_one("#storylines"))
        elif self.has_articles:
            self.focus_now(self.query_one("#storylines"))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    def action_problems(self) -> None:
        if isinstance(self.screen, ProblemsScreen):
            return
        self.push_screen(ProblemsScreen(self.brief.problems if self.brief else (), failed=self.load_error))

    def action_export(self) -> None:
        if self.brief is None or not self.brief.articles:
            self.notify("Nothing to export yet: there are no articles.", severity="warning", markup=False)
            return
        self.export_worker(self.brief)

    @work(thread=True, exclusive=True, group="export", description="export")
    def export_worker(self, brief: Brief) -> None:
        try:
            path = export_brief(brief, self.config)
        except WriteError as exc:
            self.from_worker(partial(self.notify, f"Export failed: {exc}", severity="error", timeout=10, markup=False))
            return
        except Exception as exc:
            log = log_exception(exc, "export")
            self.from_worker(partial(self.notify, f"Export failed: {short(exc)}. Details: {log}",
                                     severity="error", timeout=10, markup=False))
            return
        notice = f"Exported the brief to {display_path(path)}"  # (from the working folder: short enough to read)
        self.from_worker(partial(self.notify, notice, title="Exported", timeout=8, markup=False))

    def action_why(self) -> None:
        summary = self.query_one(SummaryPane)
        point = summary.current_point() if self.focused is summary else None
        s = self.brief.storyline(self.storyline_key) if self.brief and self.storyline_key else None
        if self.brief is None or s is None or point is None or point >= len(s.summary):
            self.notify("Highlight a summary point to see why its paragraph is in this storyline.",
                        severity="warning", markup=False)
            return
        p = s.summary[point]
        self.why_worker(self.brief, p.article, p.paragraph)

    @work(thread=True, exclusive=True, group="why", description="why")
    def why_worker(self, brief: Brief, article: str, paragraph: int) -> None:
        """Reads the paragraph's evidence off the event loop (a big brief has many passages to look through)."""
        why = explain_paragraph(brief, self.config, article, paragraph)
        if why is None or get_current_worker().is_cancelled:
            return
        a = brief.article(article)
        self.from_worker(self._show_why, shown(f"{Path(a.path).name}: {a.title}"), why)

    def _show_why(self, source: str, why: ParagraphWhy) -> None:
        if not isinstance(self.screen, WhyScreen):
            self.push_screen(WhyScreen(source, why))

    def action_promote(self) -> None:
        storyline = self.brief.storyline(self.storyline_key) if self.brief and self.storyline_key else None
        if storyline is None or not storyline.found:
            self.notify("Highlight a found storyline (marked “found”) to promote it to config.yaml.",
                        severity="warning", markup=False)
            return
        self.promote_worker(storyline.key)

    @work(thread=True, exclusive=True, group="promote", description="promote")
    def promote_worker(self, key: str) -> None:
        brief = self.brief
        if brief is None:
            return
        try:
            path, new_key = promote(brief.storyline(key), brief, self.config)
        except ConfigError as exc:
            self.from_worker(partial(self.notify, f"Not promoted: {exc}", severity="error", timeout=10, markup=False))
            return
        except (OSError, WriteError) as exc:
            self.from_worker(partial(self.notify, f"Not promoted: {short(exc)}", severity="error", timeout=10,
                                     markup=False))
            return
        self.from_worker(partial(self.notify, f"Wrote storyline “{new_key}” to {shown(str(path))}: it is configured "
                                 "from the next start (tune it with `briefing explain`)", title="Promoted", timeout=10,
                                 markup=False))

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


def run_app(config: Config, sources: list[str] | None, theme: str | None, use_cache: bool = True,
            watch: bool = False) -> int:
    """Run the dashboard; the exit code for the ``briefing`` command."""
    app = BriefingApp(config, sources=sources, theme=theme, use_cache=use_cache, watch=watch)
    try:
        app.run()
    except Exception as exc:  # never a traceback on the terminal
        path = log_exception(exc, "run_app")
        print(f"briefing: unexpected error: {short(exc)}" + (f" (details in {path})" if path else ""), file=sys.stderr)
        return 1
    return app.return_code or 0

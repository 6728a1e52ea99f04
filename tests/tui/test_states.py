"""Loading in a worker, the empty state, load problems, export, themes and errors."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path
from typing import Callable

import pytest
from textual.widgets import Static

from briefing.config_model import Config
from briefing.model import Problem
from briefing.tui import app as app_module
from briefing.tui.app import BriefingApp
from briefing.tui.errors import log_path
from briefing.tui.problems_screen import ProblemsScreen
from briefing.tui.sources_pane import SourcesPane

from .conftest import settle, static_text, write_articles
from .sample import sample_brief

ARTICLES = {
    "one.txt": "Summit called off\n\n3 November 2025\n\nThe summit in Budapest was cancelled after talks stalled. "
               "Foreign Minister Sergei Lavrov said \"there are no plans for a meeting soon,\" officials added.\n\n"
               "Diplomats said negotiations on a ceasefire could resume.\n",
    "two.txt": "Sanctions bite\n\n3 November 2025\n\nNew sanctions on Rosneft and Lukoil hit oil exports and "
               "barrels shipped. Show [bold]this[/bold] literally.\n",
}


def notifications(app: BriefingApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_brief_is_built_in_a_worker_from_the_sources(make_app: Callable[..., BriefingApp], tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    gc.unfreeze()
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.query_one("#views").current == "loading"
        await settle(pilot)
        assert app.brief is not None and len(app.brief.articles) == 2
        assert app.query_one("#views").current == "main"
        assert app.query_one("#progress").percentage == 1.0
        assert app.search_index is not None and app.search_index.search("lavorv").total > 0
        # the brief and its index are out of the cyclic collector's reach: no stall mid-typing
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        titles = " ".join(str(app.query_one(SourcesPane).get_option_at_index(i).prompt.columns[1]._cells[0])
                          for i in range(app.query_one(SourcesPane).option_count))
        assert "Summit called off" in titles


async def test_empty_folder_explains_what_to_do(make_app: Callable[..., BriefingApp], tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one("#views").current == "empty"
        text = static_text(app.query_one("#empty-text", Static))
        assert "No articles to brief" in text and str(folder) in text and "--sources" in text
        await pilot.press("slash", "e", "tab", "j", "enter", "escape")  # nothing to act on, nothing breaks
        await settle(pilot)
        assert not app.searching and not (app.config.export.folder).exists()
        assert app.query_one("#views").current == "empty"
        shown = {b.binding.action for b in app.active_bindings.values() if b.enabled}
        assert "quit" in shown and "help" in shown and "export" not in shown and "search" not in shown


async def test_missing_source_is_an_empty_state_not_a_crash(make_app: Callable[..., BriefingApp], tmp_path: Path) -> None:
    app = make_app(sources=[str(tmp_path / "nowhere")])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one("#views").current == "empty"
        assert "Could not load the articles" in static_text(app.query_one("#empty-text", Static))


async def test_load_problems_are_notified_and_listed(make_app: Callable[..., BriefingApp], tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", {**ARTICLES, "broken.json": "{not json"})
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.brief is not None and app.brief.problems
        assert any("press p" in m for m in notifications(app))
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        assert "broken.json" in static_text(app.screen.query_one("#problems-table", Static))
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_export_key_writes_the_brief_and_says_where(make_app: Callable[..., BriefingApp], config: Config) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
    written = list(config.export.folder.glob("brief-2025-11-03.md"))
    assert written and "Diplomacy" in written[0].read_text()
    assert any(str(written[0]) in m for m in notifications(app))


async def test_export_failure_is_a_notification(make_app: Callable[..., BriefingApp], config: Config, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    bad = dataclasses.replace(config, export=dataclasses.replace(config.export, folder=blocker / "sub"))
    app = make_app(config=bad)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert app.is_running
    assert any(m.startswith("Export failed: cannot create folder") for m in notifications(app))


async def test_theme_from_config_and_unknown_theme(make_app: Callable[..., BriefingApp], config: Config) -> None:
    app = make_app(config=dataclasses.replace(config, theme="nord"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
    app = make_app(theme="no-such-theme")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert any("Unknown theme" in m and "no-such-theme" in m for m in notifications(app))


async def test_problems_key_without_problems(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app(brief=sample_brief(problems=(Problem("bad.bin", "not text"),)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert "not text" in static_text(app.screen.query_one("#problems-table", Static))


@pytest.mark.expect_error_log
async def test_unexpected_error_is_logged_not_shown(make_app: Callable[..., BriefingApp],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: SourcesPane) -> None:
        raise RuntimeError("pane exploded")

    monkeypatch.setattr(SourcesPane, "on_point_changed", boom)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "j")
        await settle(pilot)
        assert app.is_running
        assert any("Something went wrong: pane exploded" in m for m in notifications(app))
    assert "RuntimeError: pane exploded" in log_path().read_text()
    assert app.return_code in (0, None)


@pytest.mark.expect_error_log
async def test_errors_textual_reports_are_logged_without_exiting(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app._handle_exception(KeyError("handler bug"))
        await settle(pilot)
        assert app.is_running
        await pilot.press("j")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
    assert "KeyError: 'handler bug'" in log_path().read_text()
    assert not app._exit_renderables  # nothing to print as a traceback on exit


@pytest.mark.expect_error_log
async def test_analysis_crash_in_the_worker_is_logged(make_app: Callable[..., BriefingApp], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kw: object) -> None:
        raise ValueError("analysis bug")

    monkeypatch.setattr(app_module, "open_brief", broken)
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one("#views").current == "empty"
        assert "analysis bug" in static_text(app.query_one("#empty-text", Static))
    assert "ValueError: analysis bug" in log_path().read_text()

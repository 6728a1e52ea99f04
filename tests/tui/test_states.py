"""Loading in a build process, the empty state, load problems, export, themes and errors."""

from __future__ import annotations

import dataclasses
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.color import Color
from textual.widgets import Static

from briefing.config.schema import Config
from briefing.model import Problem
from briefing.pipeline.child import BuildProcess
from briefing.tui.app import BriefingApp
from briefing.tui.errors import log_path
from briefing.tui.loading import BriefLoader
from briefing.tui.panes.sources import SourcesPane
from briefing.tui.screens.problems import ProblemsScreen
from briefing.tui.settings import Settings

from .conftest import row_text, settle, static_text, write_articles
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


async def test_brief_is_built_in_a_build_process_from_the_sources(make_app: Callable[..., BriefingApp],
                                                                 tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    gc.unfreeze()
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.query_one("#views").current == "loading"
        await settle(pilot)
        assert app.brief is not None and len(app.brief.articles) == 2
        assert app._loader is not None and app._loader.process is not None  # built in a child process
        assert app.query_one("#views").current == "main"
        assert app.query_one("#progress").percentage == 1.0
        assert app.search_index is not None and app.search_index.search("lavorv").total > 0
        # the brief and its index are out of the cyclic collector's reach: no stall mid-typing
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        sources = app.query_one(SourcesPane)
        assert any("Summit called off" in row_text(sources, i) for i in range(len(sources.rows)))


def test_the_loader_reports_stages_storylines_then_the_brief(config: Config, tmp_path: Path) -> None:
    """What the load worker hands the app, in order (run here without an app)."""
    from types import SimpleNamespace

    folder = write_articles(tmp_path / "news", ARTICLES)
    got: list[tuple[str, Any]] = []
    loader = BriefLoader([str(folder)], config, False, lambda fn, *a: fn(*a), SimpleNamespace(is_cancelled=False))  # type: ignore[arg-type]
    loader.run(lambda stage, f: got.append(("stage", (stage, f))), lambda text: got.append(("preview", text.plain)),
               lambda brief: got.append(("brief", brief)), lambda msg: got.append(("failed", msg)))
    kinds = [k for k, _ in got]
    assert kinds[-1] == "brief" and "failed" not in kinds
    assert kinds.index("preview") < kinds.index("brief")
    stages = [v[0] for k, v in got if k == "stage"]
    assert any(s.startswith("reading files") for s in stages) and "summarising" in stages
    fractions = [v[1] for k, v in got if k == "stage"]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    preview = next(v for k, v in got if k == "preview")
    assert "Diplomacy" in preview and "Storylines found so far" in preview


async def test_a_thousand_uncached_files_open_with_the_progress_moving(make_app: Callable[..., BriefingApp],
                                                                      tmp_path: Path) -> None:
    """From 400 files the loader parses on every core; the dashboard builds in a child process,
    where that is safe (it used to fail with "bad value(s) in fds_to_keep")."""
    cities = ["Paris", "Tokyo", "Chicago", "London", "Frankfurt", "Sydney", "Toronto", "Madrid"]
    texts = {}
    for i in range(1000):
        city = cities[i % len(cities)]
        texts[f"{i:04d}.txt"] = (
            f"Company {i} reports results\n\n{1 + i % 28} March 1987\n\n"
            f"{city.upper()}, March {1 + i % 28} - Company {i} Inc said its first quarter net profit rose "
            f"{i % 97} pct to {i * 3 % 1000} mln dlrs, on sales of {i * 7 % 5000} mln dlrs.\n\n"
            f"The company said results in {city} reflected higher prices for item {i % 13} and lower costs.\n")
    folder = write_articles(tmp_path / "many", texts)
    app = make_app(sources=[str(folder)])
    fractions: list[float] = []
    real = app._progress

    def progress(stage: str, fraction: float) -> None:
        fractions.append(fraction)
        real(stage, fraction)

    app._progress = progress  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.load_error is None
        assert app.brief is not None and len(app.brief.articles) == 1000
        assert app.query_one("#views").current == "main"
        assert len(set(fractions)) > 10 and fractions[-1] == 1.0


async def test_a_build_process_that_dies_is_reported_not_shown(make_app: Callable[..., BriefingApp], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BuildProcess, "command",
                        lambda self: [sys.executable, "-c", "import sys; print('analysis bug', file=sys.stderr); sys.exit(3)"])
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one("#views").current == "empty"
        text = static_text(app.query_one("#empty-text", Static))
        assert "exit status 3" in text and "analysis bug" in text


@pytest.mark.expect_error_log
async def test_without_a_build_process_the_brief_is_built_here(make_app: Callable[..., BriefingApp], tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: BuildProcess) -> None:
        raise OSError("no processes left")

    monkeypatch.setattr(BuildProcess, "start", refuse)
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.brief is not None and len(app.brief.articles) == 2
        assert app.query_one("#views").current == "main"


async def test_empty_folder_explains_what_to_do(make_app: Callable[..., BriefingApp], tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.query_one("#views").current == "empty"
        text = static_text(app.query_one("#empty-text", Static))
        assert "No articles to brief" in text and str(folder) in text and "--sources" in text
        assert all(kind in text for kind in (".html", "RSS", "OPML"))  # every kind of source it reads
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


async def test_load_problems_are_notified_and_listed_with_whole_paths(make_app: Callable[..., BriefingApp],
                                                                      tmp_path: Path) -> None:
    deep = "a-folder-with-a-long-name/" * 6
    folder = write_articles(tmp_path / "news", {**ARTICLES, "broken.json": "{not json", deep + "photo.txt": ""})
    (folder / deep / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.brief is not None and app.brief.problems
        assert len(app.brief.articles) == 2  # the image is not an article
        assert any("press p" in m for m in notifications(app))
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        listed = static_text(app.screen.query_one("#problems-table", Static))
        assert "broken.json" in listed and "binary" in listed
        assert (deep + "photo.txt") in listed.replace("\n", "")  # the whole path, wrapped, never cut
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


async def test_the_export_notice_gives_the_path_from_the_working_folder(
        make_app: Callable[..., BriefingApp], config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(config.export.folder.parent)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
    assert f"Exported the brief to {config.export.folder.name}/brief-2025-11-03.md" in notifications(app)


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


async def test_the_theme_picked_in_the_app_is_remembered(make_app: Callable[..., BriefingApp], config: Config,
                                                         tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "gruvbox"  # what the palette's "Change theme" does
        await settle(pilot)
    again = make_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "gruvbox"
    assert make_app(theme="nord").theme_name == "nord"  # --theme wins
    # a newer word in config.yaml wins over the remembered pick
    assert make_app(config=dataclasses.replace(config, theme="dracula")).theme_name == "dracula"
    assert Settings.load().theme_for(config.theme) == "gruvbox"


def _contrast(a: Color, b: Color) -> float:
    la, lb = a.brightness, b.brightness
    return abs(la - lb)


async def test_every_built_in_theme_shows_the_pane_borders(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.settings.path = None  # trying every theme is not picking one
        pane = app.query_one(SourcesPane)
        weak = []
        for name in sorted(app.available_themes):
            app.theme = name
            await pilot.pause()
            kind, border = pane.styles.border_top
            assert kind == "round", name
            if border.ansi is not None:
                continue  # ANSI themes draw in the terminal's own foreground: always visible
            behind = pane.background_colors[1] if border.a < 1 else pane.background_colors[0]
            shown = behind + border
            if _contrast(shown, pane.background_colors[1]) < 0.12:
                weak.append((name, shown.hex, pane.background_colors[1].hex))
        assert not weak, weak


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
    def boom(self: SourcesPane, *args: object) -> None:
        raise RuntimeError("pane exploded")

    monkeypatch.setattr(SourcesPane, "make_rows", boom)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j")
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


async def test_quitting_while_building_leaves_no_build_process(make_app: Callable[..., BriefingApp],
                                                              tmp_path: Path) -> None:
    import asyncio

    texts = {f"{i:04d}.txt": f"Report {i}\n\n3 March 1987\n\nCompany {i} said profit rose {i} pct.\n" for i in range(600)}
    folder = write_articles(tmp_path / "many", texts)
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(500):
            if app._loader is not None and app._loader.process is not None and app._loader.process._proc is not None:
                break
            await asyncio.sleep(0.01)
        process = app._loader.process if app._loader else None
        assert process is not None and process._proc is not None
        await pilot.press("q")
    proc = process._proc
    assert proc is not None
    for _ in range(300):
        if proc.poll() is not None:
            break
        await asyncio.sleep(0.01)
    assert proc.poll() is not None  # killed, not left to finish in the background


async def test_an_unknown_theme_name_is_echoed_escaped(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app(theme="\x1b]52;c;aGk=\x07evil")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        said = [m for m in notifications(app) if "Unknown theme" in m]
        assert said and "\x1b" not in said[0] and "\\x1b" in said[0]


async def test_the_problems_screen_says_when_the_brief_could_not_be_built(make_app: Callable[..., BriefingApp],
                                                                       tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BuildProcess, "command", lambda self: [sys.executable, "-c", "raise SystemExit(3)"])
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        text = static_text(app.screen.query_one("#problems-table", Static))
        assert "could not be built" in text and "without problems" not in text

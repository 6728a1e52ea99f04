"""Every key of the footer and the panes, the help screen, the keymap from config and the command palette."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

from textual.command import CommandPalette
from textual.widgets import Static

from briefing.config.load import load_config
from briefing.config.rules import KEY_ACTIONS
from briefing.config.schema import Config
from briefing.model import Article
from briefing.tui.app import BriefingApp
from briefing.tui.keys import ACTIONS, app_bindings, keymap_from_config, pane_bindings, quotes_bindings
from briefing.tui.panes.base import Pane
from briefing.tui.panes.sources import SourcesPane
from briefing.tui.screens.help import HelpScreen, help_table
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.why import WhyScreen

from .conftest import row_ids, settle
from .sample import article, rebuilt, sample_brief


def test_every_configurable_action_is_a_binding_with_that_id() -> None:
    bound = {b.id for b in app_bindings() + pane_bindings() + quotes_bindings()}
    assert set(KEY_ACTIONS) <= bound
    shown = {b.id for b in app_bindings() + pane_bindings() if b.show}
    assert {"quit", "help", "search", "export", "next_pane"} <= shown


def test_keymap_from_config_splits_lists() -> None:
    assert keymap_from_config({"quit": "x", "search": "f, ctrl+f"}) == {"quit": "x", "search": "f,ctrl+f"}


async def test_footer_at_80x24_still_shows_quit_and_keys(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.export_screenshot()  # the SVG holds the footer's text
        assert "Quit" in footer and "Keys" in footer


async def test_tab_and_shift_tab_cycle_the_panes(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        seen = []
        for _ in range(4):
            seen.append(app.focused.id if app.focused else None)
            await pilot.press("tab")
        assert seen == ["storylines", "summary", "sources", "quotes"]
        assert app.focused is not None and app.focused.id == "storylines"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "quotes"


async def test_j_k_and_arrows_move(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
        await pilot.press("down")
        await settle(pilot)
        assert app.storyline_key == "other"
        await pilot.press("k", "up")
        await settle(pilot)
        assert app.storyline_key == "diplomacy"


def long_brief(n: int = 60) -> tuple[list[str], object]:
    """The sample brief with ``n`` more sources in its first storyline."""
    brief = sample_brief()
    extra: list[Article] = [article(f"x{i:02d}", f"Report number {i} on the summit", ["Text."]) for i in range(n)]
    s = brief.storylines[0]
    s = dataclasses.replace(s, articles=s.articles + tuple(a.id for a in extra))
    return [a.id for a in extra], rebuilt(brief, articles=brief.articles + tuple(extra), storylines=(s,) + brief.storylines[1:])


async def test_top_bottom_and_paging(make_app: Callable[..., BriefingApp]) -> None:
    _, brief = long_brief()
    app = make_app(brief=brief)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        sources = app.query_one(SourcesPane)
        sources.focus()
        ids = row_ids(sources)
        await pilot.press("G")
        assert sources.cursor_id == ids[-1] and str(sources.border_title).endswith(f"{len(ids)}/{len(ids)}")
        await pilot.press("g")
        assert sources.cursor_id == ids[0]
        for page_down, page_up in (("space", "b"), ("pagedown", "pageup")):
            await pilot.press(page_down)
            first_page = ids.index(sources.cursor_id or "")
            assert 3 <= first_page < len(ids) - 1  # a page holds several two-line rows
            await pilot.press(page_down)
            assert ids.index(sources.cursor_id or "") > first_page
            await pilot.press(page_up, page_up)
            assert sources.cursor_id == ids[0]
        await pilot.press("end")
        assert sources.cursor_id == ids[-1]
        await pilot.press("home")
        assert sources.cursor_id == ids[0]


async def test_g_and_G_in_storylines_go_to_the_first_and_last(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        assert app.storyline_key == "other"
        await pilot.press("g")
        await settle(pilot)
        assert app.storyline_key == "diplomacy"


async def test_number_keys_jump_to_a_storyline(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert app.storyline_key == "other"
        assert app.query_one("#storylines", Pane).cursor_id == "other"
        await pilot.press("9")  # no ninth storyline: nothing happens
        await settle(pilot)
        assert app.storyline_key == "other"


async def test_enter_on_storyline_goes_to_summary_and_on_source_opens_reader(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert app.focused is not None and app.focused.id == "summary"
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.id == "a1"
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ReaderScreen)
        assert app.focused is not None and app.focused.id == "sources"


async def test_help_screen_lists_every_action(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
    keys = [c.plain for c in help_table({}).columns[0]._cells]
    assert len(keys) >= len(ACTIONS)
    assert "g / Home" in keys and "space / PgDn" in keys and "n" in keys and "N" in keys
    assert "+" in keys and "plus" not in keys  # the promote key as the README writes it


async def test_a_dialog_scrolls_with_the_panes_moves(make_app: Callable[..., BriefingApp]) -> None:
    from textual.containers import VerticalScroll

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        body = app.screen.query_one("#dialog-body", VerticalScroll)
        assert body.max_scroll_y > 2  # the keys do not fit at 80x24
        await pilot.press("j", "j")
        await settle(pilot)
        assert body.scroll_y == 2
        await pilot.press("G")
        await settle(pilot)
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await settle(pilot)
        assert body.scroll_y == 0
        await pilot.press("space")
        await settle(pilot)
        assert body.scroll_y > 2 and isinstance(app.screen, HelpScreen)


async def test_q_quits(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_keys_remapped_from_config(make_app: Callable[..., BriefingApp], config: Config) -> None:
    remapped = dataclasses.replace(config, keys=MappingProxyType({"search": "f", "quit": "x", "down": "ctrl+n",
                                                                  "bottom": "z"}))
    app = make_app(config=remapped)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")  # j was the default for down; now it does nothing
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
        await pilot.press("z")  # a pane key remapped too
        await settle(pilot)
        assert app.storyline_key == "other"
        await pilot.press("slash")
        assert not app.searching
        await pilot.press("f")
        assert app.searching
        await pilot.press("escape")
        cells = [c.plain for c in help_table(app.keymap).columns[0]._cells]
        assert "f" in cells and "x" in cells and "/" not in cells
        await pilot.press("x")
        await pilot.pause()
        assert not app.is_running


async def test_command_palette_runs_the_same_actions(make_app: Callable[..., BriefingApp], config: Config) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert CommandPalette.is_open(app)
        await pilot.press(*"sanc")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
        await pilot.press("ctrl+p")
        await pilot.press(*"expo")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
    assert list((config.export.folder).glob("brief-*.md"))


async def test_a_in_quotes_shows_every_quote_of_the_storyline_and_back(make_app: Callable[..., BriefingApp],
                                                                       config: Config) -> None:
    from pathlib import Path

    from briefing.config.schema import QuotesConfig

    seeds = str(Path(__file__).resolve().parents[2] / "seeds")
    app = make_app(sources=[seeds], config=dataclasses.replace(config, quotes=QuotesConfig(key_per_storyline=2)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        brief = app.brief
        assert brief is not None
        s = next(s for s in brief.storylines if s.quotes)
        app.choose_storyline(s.key)
        await settle(pilot)
        pane = app.query_one("#quotes", Pane)
        every = [i for i, q in enumerate(brief.quotes) if s.key in q.storylines]
        assert len(every) > len(s.quotes), "the sample needs quotes beyond the key ones"
        assert row_ids(pane) == [f"q{i}" for i in s.quotes]
        pane.focus()
        await pilot.press("a")
        await settle(pilot)
        assert sorted(row_ids(pane)) == sorted(f"q{i}" for i in every)
        assert row_ids(pane)[: len(s.quotes)] == [f"q{i}" for i in s.quotes]  # key quotes still first
        assert "all" in str(pane.border_title or pane.title)
        await pilot.press("a")
        await settle(pilot)
        assert row_ids(pane) == [f"q{i}" for i in s.quotes]


async def test_plus_promotes_a_found_storyline_into_the_config(make_app: Callable[..., BriefingApp], config: Config,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "promote.yaml"
    path.write_text("storylines:\n  talks:\n    title: Talks\n    terms: {summit: 3}\n")
    brief = sample_brief()
    marked = tuple(dataclasses.replace(s, found=True, key="found-oil-sanctions") if s.key == "sanctions" else s
                   for s in brief.storylines)
    app = make_app(brief=rebuilt(brief, storylines=marked), config=dataclasses.replace(config, path=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("plus")  # diplomacy is configured: nothing is written
        await settle(pilot)
        assert "found-" not in path.read_text() and "oil-sanctions" not in path.read_text()
        await pilot.press("down", "plus")
        await settle(pilot)
        written = load_config(path)
        assert [s.key for s in written.storylines] == ["talks", "oil-sanctions"]
        assert written.storylines[1].terms


async def test_w_on_a_summary_point_says_why_its_paragraph_is_there(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("w")  # in Storylines: no point highlighted
        await settle(pilot)
        assert not isinstance(app.screen, WhyScreen)
        await pilot.press("tab", "w")
        await settle(pilot)
        assert isinstance(app.screen, WhyScreen)
        shown = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert "a1.txt" in shown and "min_score" in shown and "summit" in shown
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, WhyScreen)

"""Cases found by driving the dashboard hard: keys in the order typed, rows that keep their
last line, the cursor that follows the state, numbers that match what is listed."""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events

from briefing.config.schema import Config
from briefing.pipeline.child import BuildProcess, BuildRequest, Failed, StorylinePreview
from briefing.tui.app import BriefingApp
from briefing.tui.loading import MAX_PREVIEW, preview_text
from briefing.tui.panes.base import Pane
from briefing.tui.panes.sources import SourcesPane
from briefing.tui.rows import measure
from briefing.tui.screens.reader import ReaderScreen

from .conftest import row_ids, row_text, settle, write_articles
from .sample import rebuilt, sample_brief
from .test_keys import long_brief


def queue(app: BriefingApp, *keys: str) -> None:
    """Keys as a fast typist's terminal delivers them: all queued before the first is handled."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_enter_waits_for_the_moves_typed_before_it(make_app: Callable[..., BriefingApp]) -> None:
    _, brief = long_brief(20)
    app = make_app(brief=brief)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        sources = app.query_one(SourcesPane)
        app.focus_now(sources)
        ids = row_ids(sources)
        queue(app, "j", "j", "j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.id == ids[3]


async def test_every_row_is_measured_for_the_width_it_is_drawn_at(make_app: Callable[..., BriefingApp]) -> None:
    """A scrollbar coming or going must not leave rows measured for another width."""
    _, brief = long_brief(60)
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key in ("1", "2", "3", "1"):  # few rows, then many, then few
            await pilot.press(key)
            await settle(pilot)
            for pane in app.query(Pane):
                width = pane.scrollable_content_region.width
                assert pane._heights == measure(pane.rows, width, pane.SHOW_MARKS), pane.id


async def test_the_storylines_cursor_follows_the_state_after_a_search(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")  # Other
        await settle(pilot)
        await pilot.press("slash", *"sanctions")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
        await pilot.resize_terminal(100, 40)
        await pilot.press("escape")  # back to where the search began
        await settle(pilot)
        assert app.storyline_key == "other"
        assert app.query_one("#storylines", Pane).cursor_id == "other"


async def test_storylines_while_searching_are_numbered_as_listed_and_show_their_counts(
        make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ablaze", "enter")
        await settle(pilot)
        pane = app.query_one("#storylines", Pane)
        assert row_ids(pane) == ["diplomacy", "other"]
        assert row_text(pane, 1).startswith("2 Other") and "match" in row_text(pane, 1)
        assert pane._heights == measure(pane.rows, pane.scrollable_content_region.width, False)
        await pilot.press("2")
        await settle(pilot)
        assert app.storyline_key == "other"


async def test_a_search_clears_the_marks_of_a_point_it_may_hide(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab")  # point 0 highlighted: its sources marked
        await settle(pilot)
        assert app.query_one(SourcesPane).marked is not None
        await pilot.press("slash", *"collapse")
        await settle(pilot)
        assert app.point_index is None and app.query_one(SourcesPane).marked is None


async def test_a_storyline_title_is_shown_literally(make_app: Callable[..., BriefingApp]) -> None:
    brief = sample_brief()
    s = dataclasses.replace(brief.storylines[0], title="EU [trade] talks [/]")
    app = make_app(brief=rebuilt(brief, storylines=(s,) + brief.storylines[1:]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.query_one("#summary", Pane).settled
        drawn = app.export_screenshot().replace("&#160;", " ")
        assert "Summary — EU [trade] talks [/]" in drawn


async def test_a_query_of_no_words_and_a_query_of_no_hits_say_so(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"!!!")
        await settle(pilot)
        assert app.matches is not None and not app.storyline_keys()
        assert "Nothing matches" in row_text(app.query_one("#storylines", Pane), 0)


def test_the_loading_preview_lists_a_few_storylines_and_counts_the_rest() -> None:
    many = tuple(StorylinePreview(f"s{i}", f"Story {i}", i + 1, None, None) for i in range(20))
    text = preview_text(many).plain
    assert text.count("Story ") == MAX_PREVIEW and f"and {20 - MAX_PREVIEW} more" in text


def test_the_build_process_never_imports_from_the_working_folder(tmp_path: Path, config: Config,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    trap = tmp_path / "trap"
    trap.mkdir()
    marker = tmp_path / "imported"
    (trap / "dataclasses.py").write_text(f"open({str(marker)!r}, 'w').write('x')\nraise SystemExit(9)\n")
    news = write_articles(tmp_path / "news", {"a.txt": "Talks resume\n\nThe minister said the talks would resume.\n"})
    monkeypatch.chdir(trap)
    process = BuildProcess(BuildRequest((str(news),), config, use_cache=False))
    process.start()
    events_seen = list(process.events())
    assert not marker.exists()
    assert type(events_seen[-1]).__name__ == "Built"


def test_a_build_process_that_sends_garbage_is_stopped_and_reported(config: Config,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BuildProcess, "command", lambda self: [
        sys.executable, "-c", "import sys, time; sys.stdout.write('not a frame' * 4); sys.stdout.flush(); time.sleep(60)"])
    process = BuildProcess(BuildRequest(None, config))
    process.start()
    start = time.perf_counter()
    last = list(process.events())[-1]
    assert isinstance(last, Failed) and time.perf_counter() - start < 10
    assert process._proc is not None and process._proc.poll() is not None

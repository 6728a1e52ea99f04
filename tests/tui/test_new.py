"""What is new: "new since" marks on points, sources and quotes; ``t`` for since this morning;
``r`` and ``--watch`` rebuild with what came, keeping the user's place."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.tui import watching
from briefing.tui.app import BriefingApp
from briefing.tui.panes.quotes import QuotesPane
from briefing.tui.panes.sources import SourcesPane
from briefing.tui.panes.summary import SummaryPane

from .conftest import row_text, settle, write_articles
from .sample import sample_brief
from .test_states import ARTICLES

LATE = ("Officials in Budapest said on Thursday that the summit would not be rescheduled this year, "
        "and Foreign Minister Sergei Lavrov said Moscow's demands on Ukraine were unchanged.")


async def test_new_articles_are_marked_on_their_points_sources_and_quotes(make_app: Callable[..., BriefingApp]) -> None:
    base = sample_brief()
    brief = dataclasses.replace(base, new=("a1", "a4"), new_since=dt.datetime.combine(base.generated_at.date(), dt.time(8, 10)))
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources = app.query_one(SourcesPane)
        marked = [row_text(sources, i) for i in range(len(sources.rows)) if "new since 08:10" in row_text(sources, i)]
        assert len(marked) == 1 and "Summit in Budapest called off" in marked[0]
        summary = app.query_one(SummaryPane)
        points = [row_text(summary, i) for i in range(len(summary.rows))]
        assert any("new since 08:10" in p and "called off" in p for p in points)
        assert not any("new since" in p and "called off" not in p and "Lavrov" not in p for p in points)
        quotes = app.query_one(QuotesPane)
        assert any("new since 08:10" in row_text(quotes, i) for i in range(len(quotes.rows)))


async def test_a_point_that_an_older_article_also_reports_is_no_news(make_app: Callable[..., BriefingApp]) -> None:
    base = sample_brief()
    brief = dataclasses.replace(base, new=("a1",), new_since=dt.datetime.combine(base.generated_at.date(), dt.time(8, 10)))
    app = make_app(brief=brief)  # a1 is new, its copy a4 was seen before
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        assert not any("new since" in row_text(summary, i) for i in range(len(summary.rows)))
        sources = app.query_one(SourcesPane)
        assert any("new since 08:10" in row_text(sources, i) for i in range(len(sources.rows)))


async def test_nothing_is_marked_new_without_an_earlier_opening(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources = app.query_one(SourcesPane)
        assert not any("new since" in row_text(sources, i) for i in range(len(sources.rows)))
        await pilot.press("t")
        assert "Nothing to compare with yet." in [n.message for n in app._notifications]


async def test_watching_rebuilds_with_a_new_file_marked_new_and_keeps_the_storyline(
        make_app: Callable[..., BriefingApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watching, "WATCH_SECONDS", 0.2)
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)], watch=True)
    gc.unfreeze()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.brief is not None and len(app.brief.articles) == 2 and not app.brief.new
        keys = [s.key for s in app.brief.storylines]
        app.storyline_key = keys[-1]
        await settle(pilot)
        await pilot.pause(0.5)  # the watcher has looked once
        (folder / "late.txt").write_text(LATE, encoding="utf-8")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (app.brief is None or len(app.brief.articles) < 3):
            await pilot.pause(0.2)
        await settle(pilot)
        assert app.brief is not None and len(app.brief.articles) == 3
        late = next(a for a in app.brief.articles if a.path.endswith("late.txt"))
        assert app.brief.new == (late.id,) and app.brief.new_since is not None
        assert app.storyline_key == keys[-1]  # the reader stays where they were
        # "since this morning": this was the day's first opening, so the same article
        await pilot.press("t")
        assert app.brief.new == (late.id,) and app.since_morning
        gc.unfreeze()


async def test_watching_sees_a_file_that_comes_before_its_first_look(
        make_app: Callable[..., BriefingApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file added while the brief loads, before the watcher's first tick, is new: the watcher
    took its starting point when it started, not at its first tick."""
    monkeypatch.setattr(watching, "WATCH_SECONDS", 1.5)
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)], watch=True)
    gc.unfreeze()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (folder / "late.txt").write_text(LATE, encoding="utf-8")  # before the first tick
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (app.brief is None or len(app.brief.articles) < 3):
            await pilot.pause(0.2)
        assert app.brief is not None and len(app.brief.articles) == 3
        gc.unfreeze()


async def test_r_rebuilds_now(make_app: Callable[..., BriefingApp], tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    gc.unfreeze()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (folder / "late.txt").write_text(LATE, encoding="utf-8")
        await pilot.press("r")
        await settle(pilot)
        assert app.brief is not None and len(app.brief.articles) == 3
        assert any(a.path.endswith("late.txt") and app.brief.is_new(a.id) for a in app.brief.articles)
        gc.unfreeze()


def test_looking_at_the_sources_fetches_nothing(tmp_path: Path, config: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    discovering = importlib.import_module("briefing.ingest.discover")  # (the package exports a function of that name)

    def no_fetching(*args: object, **kw: object) -> object:
        raise AssertionError("the watcher fetched")

    monkeypatch.setattr(discovering, "fetch_all", no_fetching)
    folder = write_articles(tmp_path / "news", ARTICLES)
    (folder / "feeds.opml").write_text('<opml><body><outline xmlUrl="https://wire.example/rss"/></body></opml>')
    seen = watching.signature([str(folder), "https://wire.example/other.rss"], config)  # type: ignore[arg-type]
    assert sorted(Path(p).name for p, _, _ in seen) == ["feeds.opml", "one.txt", "two.txt"]
    (folder / "one.txt").write_text("changed", encoding="utf-8")
    assert watching.signature([str(folder)], config) != seen  # type: ignore[arg-type]


async def test_a_rebuild_that_fails_keeps_the_brief_on_screen(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = app.brief
        app._load_failed("source not found: /gone")
        await settle(pilot)
        assert app.brief is shown and app.query_one("#views").current == "main"
        assert any("could not be rebuilt: source not found: /gone" in n.message for n in app._notifications)


async def test_a_newer_rebuild_stops_the_older_build(make_app: Callable[..., BriefingApp], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.tui.loading import BriefLoader

    cancelled: list[BriefLoader] = []
    real = BriefLoader.cancel

    def counting(self: BriefLoader) -> None:
        cancelled.append(self)
        real(self)

    monkeypatch.setattr(BriefLoader, "cancel", counting)
    folder = write_articles(tmp_path / "news", ARTICLES)
    app = make_app(sources=[str(folder)])
    gc.unfreeze()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = app._loader
        await pilot.press("r")
        await settle(pilot)
        assert first is not None and first in cancelled and app._loader is not first
        gc.unfreeze()

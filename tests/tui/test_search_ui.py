"""Search-as-you-type in the app: filtering, typo tolerance, jumping, escape, stale results."""

from __future__ import annotations

from typing import Callable

from rich.text import Text

from briefing.search import SearchResult
from briefing.tui.app import BriefingApp
from briefing.tui.reader import ReaderScreen
from briefing.tui.search_panel import SearchInput, SearchResults

from .conftest import settle


async def type_query(pilot, text: str, *, keys: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Open the search and enter ``text``: key by key, or pasted at once (faster)."""
    await pilot.press("slash")
    if keys:
        await pilot.press(*text)
    else:
        pilot.app.query_one(SearchInput).value = text
    await settle(pilot)


async def test_typo_finds_lavrov_grouped_and_highlighted(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "lavorv", keys=True)
        results = app.query_one(SearchResults)
        kinds = [h.kind for h in results.hits]
        assert "quote" in kinds and "text" in kinds
        assert kinds == sorted(kinds, key=["storyline", "point", "quote", "article", "text"].index)
        headings = [results.get_option_at_index(i).prompt for i in range(results.option_count)
                    if results.get_option_at_index(i).disabled]
        assert any(isinstance(h, Text) and h.plain.startswith("Quotes") for h in headings)
        first = results.get_option_at_index(results.highlighted or 0).prompt
        assert isinstance(first, Text)
        styled = [first.plain[s.start:s.end] for s in first.spans if "reverse" in str(s.style)]
        assert any(w.lower() == "lavrov" for w in styled)


async def test_every_keystroke_filters(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "s", keys=True)
        many = len(app.query_one(SearchResults).hits)
        await pilot.press(*"anct")
        await settle(pilot)
        few = app.query_one(SearchResults).hits
        assert 0 < len(few) < many
        assert all("sanct" in h.text.lower() for h in few)


async def test_enter_jumps_to_the_point_and_escape_restores(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "oil companies")
        hit = app.query_one(SearchResults).current()
        assert hit is not None and hit.kind == "point"
        await pilot.press("enter")
        await settle(pilot)
        assert not app.searching and app.storyline_key == "sanctions"
        assert app.focused is not None and app.focused.id == "summary" and app.point_index == 0
        # escape in search restores the view it came from
        await pilot.press("1")
        await settle(pilot)
        app.query_one("#quotes").focus()
        await type_query(pilot, "drone")
        assert app.query_one("#views").current == "search-results"
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one("#views").current == "main" and app.focused is not None and app.focused.id == "quotes"
        assert app.storyline_key == "diplomacy"


async def test_down_picks_hits_and_text_hit_opens_reader(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "ablaze")
        results = app.query_one(SearchResults)
        text_hits = [i for i, h in enumerate(results.hits) if h.kind == "text"]
        assert text_hits
        for _ in range(text_hits[0]):
            await pilot.press("down")
        assert results.current() is results.hits[text_hits[0]]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.id == "a3"
        assert app.screen.paragraph == 0


async def test_stale_results_are_dropped(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "summit")
        shown = list(app.query_one(SearchResults).hits)
        assert app.search_index is not None
        old = app.search_index.search("sum")  # an answer to a query the user has typed past
        app.show_results(old)
        assert app.query_one(SearchResults).hits == shown
        app.show_results(SearchResult("summit", ()))  # the current query: shown
        assert app.query_one(SearchResults).hits == []


async def test_no_match_says_so(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "qqqzz")
        results = app.query_one(SearchResults)
        assert results.hits == [] and "Nothing matches" in results.get_option_at_index(0).prompt.plain
        assert app.query_one(SearchInput).value == "qqqzz"


async def test_query_typed_before_the_index_is_ready_runs_when_it_is(make_app: Callable[..., BriefingApp],
                                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import briefing.tui.app as app_module

    gate = threading.Event()
    real = app_module.build_index

    def slow_index(brief):  # type: ignore[no-untyped-def]
        gate.wait(5)
        return real(brief)

    monkeypatch.setattr(app_module, "build_index", slow_index)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.search_index is None  # the panes show while the index is still being built
        await pilot.press("slash")
        app.query_one(SearchInput).value = "lavorv"
        await pilot.pause()
        assert not app.query_one(SearchResults).hits
        gate.set()
        await settle(pilot)
        assert app.search_index is not None
        assert app.query_one(SearchResults).hits

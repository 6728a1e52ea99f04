"""Search as you type, in place: the panes keep what matches, n/N step through it, esc restores."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from briefing.tui.app import BriefingApp
from briefing.tui.panes.base import Pane
from briefing.tui.panes.quotes import QuotesPane
from briefing.tui.panes.sources import SourcesPane
from briefing.tui.panes.summary import SummaryPane
from briefing.tui.searching import SearchBar

from .conftest import row_ids, row_text, screen_lines, settle


async def type_query(pilot: Any, text: str, *, keys: bool = False) -> None:
    """Open the search and enter ``text``: key by key, or pasted at once (faster)."""
    await pilot.press("slash")
    if keys:
        await pilot.press(*text)
    else:
        pilot.app.query_one(SearchBar).value = text
    await settle(pilot)


def highlighted_words(pane: Pane, index: int) -> list[str]:
    """The characters drawn highlighted in one row (as the terminal gets them)."""
    words = []
    for strip in pane._row_lines(index, pane.scrollable_content_region.width):
        words += [seg.text for seg in strip if seg.style is not None and seg.style.reverse]
    return words


async def test_typing_filters_the_panes_in_place_with_typos_forgiven(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "lavorv", keys=True)
        assert app.query_one("#main").display and app.query_one(SearchBar).display  # the dashboard stays
        assert app.matches is not None
        assert row_ids(app.query_one("#storylines", Pane)) == ["diplomacy"]  # only storylines with matches
        quotes = app.query_one(QuotesPane)
        assert row_ids(quotes) == ["q0"]
        assert any(w.lower() == "lavrov" for w in highlighted_words(quotes, 0))
        sources = app.query_one(SourcesPane)
        assert row_ids(sources) == ["a1"]  # only the article whose text matches, with the matching line
        assert sources.rows[0].tail is not None
        assert any("Lavrov" in line for line in screen_lines(sources))
        assert "match" in row_text(app.query_one("#storylines", Pane), 0)


async def test_every_keystroke_narrows(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "s", keys=True)
        assert app.matches is not None
        many = len(app.matches.articles) + len(app.matches.points) + len(app.matches.quotes)
        await pilot.press(*"anct")
        await settle(pilot)
        few = len(app.matches.articles) + len(app.matches.points) + len(app.matches.quotes)
        assert 0 < few < many
        assert app.storyline_key == "sanctions"  # the storyline shown had no match: the first that has
        summary = app.query_one(SummaryPane)
        assert all("sanct" in row_text(summary, i).lower() for i, r in enumerate(summary.rows) if r.id)


async def test_enter_goes_to_the_hits_and_escape_in_the_field_restores_the_view(
        make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.query_one("#quotes").focus()
        await type_query(pilot, "oil companies")
        assert app.storyline_key == "sanctions"
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "summary"
        assert app.query_one(SearchBar).display  # the filter stays while you read the hits
        await pilot.press("slash")  # back to the field, then esc: back to where the search began
        await pilot.press("escape")
        await settle(pilot)
        assert not app.query_one(SearchBar).display and app.matches is None
        assert app.storyline_key == "diplomacy" and app.focused is not None and app.focused.id == "quotes"
        assert row_ids(app.query_one("#storylines", Pane)) == ["diplomacy", "sanctions", "other"]


async def test_escape_in_a_pane_clears_the_search_where_you_are(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "ablaze")
        await pilot.press("enter")
        await settle(pilot)
        assert app.storyline_keys() == ["diplomacy", "other"]
        await pilot.press("2")  # the number keys count the storylines listed
        await settle(pilot)
        assert app.storyline_key == "other"
        await pilot.press("escape")
        await settle(pilot)
        assert app.matches is None and app.storyline_key == "other"


async def test_n_and_N_step_through_the_hits_across_storylines(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "summit")
        assert app.matches is not None
        with_hits = app.storyline_keys()
        assert len(with_hits) >= 2
        await pilot.press("enter")
        await settle(pilot)
        start = app.storyline_key
        seen = [(app.storyline_key, app.focused.id if app.focused else None)]
        for _ in range(6):
            await pilot.press("n")
            await settle(pilot)
            seen.append((app.storyline_key, app.focused.id if app.focused else None))
        assert {k for k, _ in seen} == set(with_hits)  # n went through every storyline that has hits
        await pilot.press("N")
        await settle(pilot)
        assert app.storyline_key in with_hits
        assert start in with_hits


async def test_n_and_N_visit_every_hit_in_reading_order(make_app: Callable[..., BriefingApp]) -> None:
    """Down the pane, then the storyline's next pane with hits, then the next storyline, in the
    first pane that shows its hits: never a pane that says "No ... matches", and back again."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "summit")  # Diplomacy: two points and an event, a source; Other: a source
        await pilot.press("enter")
        await settle(pilot)
        assert app.storyline_key == "diplomacy" and app.focused is app.query_one("#summary")

        def where() -> tuple[str | None, str | None, str | None]:
            pane = app.focused
            return app.storyline_key, pane.id if pane else None, getattr(pane, "cursor_id", None)

        seen = [where()]
        for _ in range(8):
            await pilot.press("n")
            await settle(pilot)
            seen.append(where())
        panes = [(k, p) for k, p, _ in seen]
        assert ("diplomacy", "sources") in panes and ("other", "sources") in panes
        assert ("other", "summary") not in panes  # Other's summary has no hit
        assert seen[0] in seen[1:]  # round again to the first hit
        first_round = seen[:seen.index(seen[0], 1)]
        back = [where()]
        for _ in range(len(first_round) - 1):
            await pilot.press("N")
            await settle(pilot)
            back.append(where())
        assert set(back) == set(first_round)  # N visits the same hits, backwards


async def test_enter_goes_to_the_first_pane_with_hits_in_reading_order(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "Lavrov")  # Diplomacy: a quote by him and a source naming him, no point
        await pilot.press("enter")
        await settle(pilot)
        assert app.storyline_key == "diplomacy" and app.focused is app.query_one("#quotes")
        await pilot.press("n")
        await settle(pilot)
        assert app.focused is app.query_one("#sources")  # then the sources, as n reads them


async def test_n_lands_in_the_pane_that_shows_the_hit(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "ablaze")  # a summary point of Other; a source of both Diplomacy and Other
        await pilot.press("enter")
        await settle(pilot)
        app.storyline_key = "other"
        app.focus_now(app.query_one("#summary"))
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert app.storyline_key == "other" and app.focused is app.query_one("#sources")  # the next pane first
        await pilot.press("n")
        await settle(pilot)
        # Diplomacy's hit is a source: n lands there, not on "No summary point matches"
        assert app.storyline_key == "diplomacy" and app.focused is app.query_one("#sources")
        await pilot.press("n")
        await settle(pilot)
        assert app.storyline_key == "other" and app.focused is app.query_one("#summary")  # Other's point again


async def test_n_without_a_search_says_how_to_search(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert any("press / to search" in n.message for n in app._notifications)


async def test_stale_results_are_dropped(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "summit")
        shown = app.matches
        assert app.search_index is not None
        app.show_matches("sum", app.search_index.match("sum"))  # an answer to a query the user has typed past
        assert app.matches is shown
        newer = app.search_index.match("sum")
        app.query_one(SearchBar).value = "sum"
        app.show_matches("sum", newer)  # the current query: used
        assert app.matches is newer


async def test_no_match_says_so(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await type_query(pilot, "qqqzz")
        assert app.matches is not None and not app.storyline_keys()
        assert "No summary point matches." in row_text(app.query_one(SummaryPane), 0)
        assert app.query_one(SearchBar).value == "qqqzz"


async def test_query_typed_before_the_index_is_ready_runs_when_it_is(make_app: Callable[..., BriefingApp],
                                                                    monkeypatch: Any) -> None:
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
        app.query_one(SearchBar).value = "lavorv"
        await pilot.pause()
        assert app.matches is None
        gate.set()
        await settle(pilot)
        assert app.search_index is not None
        assert app.matches is not None and app.matches.quotes


async def test_keys_typed_right_after_the_slash_reach_the_field(make_app: Callable[..., BriefingApp]) -> None:
    """As a fast typist's keys arrive: all queued before the app has handled the first."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key, char in (("slash", "/"), ("l", "l"), ("a", "a"), ("v", "v"), ("r", "r")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.query_one(SearchBar).value == "lavr"
        assert app.matches is not None and app.matches.quotes


async def test_a_slash_in_the_field_is_part_of_the_query(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "a", "slash", "b")
        await settle(pilot)
        assert app.query_one(SearchBar).value == "a/b"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_panes_keep_the_full_width_while_the_search_field_shows(
        make_app: Callable[..., BriefingApp], size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", "l")
        await settle(pilot)
        assert app.query_one("#search").display
        assert app.query_one("#main").region.width == size[0]
        assert app.query_one("#summary").region.right == size[0]


async def test_the_view_moves_to_a_storyline_whose_summary_or_quotes_hold_the_hit(
        make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.storyline_key == "diplomacy"
        await type_query(pilot, "ablaze")  # in a Diplomacy source's text, and in a point of Other
        assert app.storyline_key == "other"
        assert "ablaze" in row_text(app.query_one(SummaryPane), 0)


async def test_the_view_stays_while_its_summary_or_quotes_hold_a_hit(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # Other
        await settle(pilot)
        assert app.storyline_key == "other"
        await type_query(pilot, "strikes")  # a point of Other, and one of Diplomacy, listed first
        assert app.storyline_key == "other"

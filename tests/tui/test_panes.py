"""The four panes and how they are linked."""

from __future__ import annotations

from typing import Any, Callable

from rich.table import Table
from rich.text import Text

from briefing.tui.app import BriefingApp
from briefing.tui.pane import Pane
from briefing.tui.quotes_pane import QuotesPane
from briefing.tui.sources_pane import SourcesPane
from briefing.tui.summary_pane import SummaryPane

from .conftest import settle


def prompt_text(pane: Pane, index: int) -> str:
    """The visible text of one option (its cells joined)."""
    prompt: Any = pane.get_option_at_index(index).prompt
    if isinstance(prompt, Table):
        cells = [c for col in prompt.columns for c in col._cells]
        return " ".join(c.plain if isinstance(c, Text) else str(c) for c in cells)
    return prompt.plain if isinstance(prompt, Text) else str(prompt)


def ids(pane: Pane) -> list[str | None]:
    return [pane.get_option_at_index(i).id for i in range(pane.option_count)]


async def test_storylines_listed_with_count_and_span_other_last(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one("#storylines", Pane)
        assert ids(pane) == ["diplomacy", "sanctions", "other"]
        assert "2 articles" in prompt_text(pane, 0) and "3 Nov 2025" in prompt_text(pane, 0)
        assert "1 article " in prompt_text(pane, 1) + " "
        assert "undated" in prompt_text(pane, 2)
        assert app.focused is pane and app.storyline_key == "diplomacy"


async def test_moving_in_storylines_updates_every_other_pane(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources, summary, quotes = app.query_one(SourcesPane), app.query_one(SummaryPane), app.query_one(QuotesPane)
        assert ids(sources) == ["a1", "a3"]
        assert ids(quotes) == ["q0"]
        await pilot.press("down")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
        assert ids(sources) == ["a2"]
        assert ids(quotes) == ["q1"]
        assert "New sanctions target" in prompt_text(summary, 0)
        assert "Sanctions" in str(summary.border_title)


async def test_sources_show_number_title_outlet_date_and_copies(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources = app.query_one(SourcesPane)
        first, second = prompt_text(sources, 0), prompt_text(sources, 1)
        assert "[1]" in first and "Summit in Budapest called off" in first and "Wire" in first
        assert "2025-11-03" in first and "also in 1 copy" in first
        assert "[2]" in second and "undated" in second and "a3.txt" in second  # no outlet: the file


async def test_summary_points_have_citations_timeline_and_players(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        texts = [prompt_text(summary, i) for i in range(summary.option_count) if summary.get_option_at_index(i).id]
        assert texts[0].startswith("[1] The summit in Budapest")  # the copy a4 cites as its kept copy [1]
        assert texts[1].startswith("[2] The summit collapse")
        assert any("2025-11-03" in t and "called off on Tuesday" in t for t in texts)
        all_text = " ".join(prompt_text(summary, i) for i in range(summary.option_count))
        assert "Key players" in all_text and "Sergey Lavrov" in all_text


async def test_corroboration_count_is_shown(make_app: Callable[..., BriefingApp]) -> None:
    import dataclasses

    from .sample import rebuilt, sample_brief

    brief = sample_brief()
    s = brief.storylines[0]
    point = dataclasses.replace(s.summary[0], sources=("a1", "a3"), corroboration=2)
    brief = rebuilt(brief, storylines=(dataclasses.replace(s, summary=(point,)),) + brief.storylines[1:])
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = prompt_text(app.query_one(SummaryPane), 0)
        assert text.startswith("[1][2]") and "corroborated by 2 sources" in text


async def test_moving_over_a_point_marks_its_sources_and_quotes(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources, quotes = app.query_one(SourcesPane), app.query_one(QuotesPane)
        assert "▶" not in prompt_text(sources, 0)
        await pilot.press("tab")  # to the summary: point 0 (cites a1 and its copy)
        await settle(pilot)
        assert app.point_index == 0
        assert prompt_text(sources, 0).startswith("▶") and not prompt_text(sources, 1).startswith("▶")
        assert prompt_text(quotes, 0).startswith("▶")  # the quote comes from a1
        await pilot.press("j")  # point 1 cites a3
        await settle(pilot)
        assert app.point_index == 1
        assert not prompt_text(sources, 0).startswith("▶") and prompt_text(sources, 1).startswith("▶")
        assert not prompt_text(quotes, 0).startswith("▶")
        await pilot.press("escape")  # clears the highlight
        await settle(pilot)
        assert app.point_index is None and "▶" not in prompt_text(sources, 1)


async def test_article_text_is_shown_literally(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert "Daily [bold]Ledger[/bold]" in prompt_text(app.query_one(SourcesPane), 0)

"""The four panes and how they are linked."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from briefing.model import Dispute, DisputeSide, SummaryPoint
from briefing.tui.app import BriefingApp
from briefing.tui.panes.base import Pane
from briefing.tui.panes.quotes import QuotesPane
from briefing.tui.panes.sources import SourcesPane
from briefing.tui.panes.summary import SummaryPane

from .conftest import row_ids, row_text, screen_lines, settle
from .sample import rebuilt, sample_brief


async def test_storylines_listed_with_count_and_span_other_last(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one("#storylines", Pane)
        assert row_ids(pane) == ["diplomacy", "sanctions", "other"]
        assert "2 articles" in row_text(pane, 0) and "3 Nov 2025" in row_text(pane, 0)
        assert "1 article " in row_text(pane, 1) + " "
        assert "undated" in row_text(pane, 2)
        assert app.focused is pane and app.storyline_key == "diplomacy"


async def test_a_found_storyline_is_marked_found(make_app: Callable[..., BriefingApp]) -> None:
    brief = sample_brief()
    marked = tuple(dataclasses.replace(s, found=True) if s.key == "sanctions" else s for s in brief.storylines)
    app = make_app(brief=rebuilt(brief, storylines=marked))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.query_one("#storylines", Pane)
        assert "found" in row_text(pane, 1) and "found" not in row_text(pane, 0)


async def test_moving_in_storylines_updates_every_other_pane(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources, summary, quotes = app.query_one(SourcesPane), app.query_one(SummaryPane), app.query_one(QuotesPane)
        assert row_ids(sources) == ["a1", "a3"]
        assert row_ids(quotes) == ["q0"]
        await pilot.press("down")
        await settle(pilot)
        assert app.storyline_key == "sanctions"
        assert row_ids(sources) == ["a2"]
        assert row_ids(quotes) == ["q1"]
        assert "New sanctions target" in row_text(summary, 0)
        assert "Sanctions" in str(summary.border_title)


async def test_sources_show_brief_number_title_outlet_date_and_copies(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        brief = app.brief
        assert brief is not None
        sources = app.query_one(SourcesPane)
        first, second = row_text(sources, 0), row_text(sources, 1)
        assert first.startswith(f"[{brief.source_numbers['a1']}]")
        assert "Summit in Budapest called off" in first and "Wire" in first
        assert "2025-11-03" in first and "also in 1 copy" in first
        assert "undated" in second and "a3.txt" in second  # no outlet: the file
        assert "stale" not in second


async def test_a_stale_source_is_flagged(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app(brief=rebuilt(sample_brief(), stale=("a3",)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "undated, stale" in row_text(app.query_one(SourcesPane), 1)


async def test_one_numbering_for_the_dashboard_and_the_exports(make_app: Callable[..., BriefingApp]) -> None:
    from briefing.export.outline import build_outline

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        brief = app.brief
        assert brief is not None
        outline = build_outline(brief)
        exported = {src.title: src.number for src in outline.sources}
        for key in ("1", "2", "3"):
            await pilot.press(key)
            await settle(pilot)
            sources = app.query_one(SourcesPane)
            for i, aid in enumerate(row_ids(sources)):
                title = brief.article(aid).title
                assert row_text(sources, i).startswith(f"[{exported[title]}]"), (title, row_text(sources, i))
        # the summary cites with the same numbers as the exported section
        await pilot.press("1")
        await settle(pilot)
        first_point = outline.sections[0].points[0]
        assert row_text(app.query_one(SummaryPane), 0).startswith("".join(f"[{n}]" for n in first_point.cites))


async def test_summary_points_have_citations_timeline_and_players(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        texts = [row_text(summary, i) for i, r in enumerate(summary.rows) if r.id]
        assert texts[0].startswith("[1] The summit in Budapest")  # a1 and its copy a4 share number 1
        assert texts[1].startswith("[2] The summit collapse")
        assert any("2025-11-03" in t and "called off on Tuesday" in t for t in texts)
        all_text = " ".join(row_text(summary, i) for i in range(len(summary.rows)))
        assert "Key players" in all_text and "Sergey Lavrov" in all_text


async def test_the_headline_tops_the_summary_and_the_cursor_starts_on_the_lede(
        make_app: Callable[..., BriefingApp]) -> None:
    brief = sample_brief()
    dispute = Dispute((DisputeSide("cancelled", "It was cancelled.", ("a1",), "a1", 0),
                       DisputeSide("postponed [b]x[/b]", "It was postponed.", ("a3",), "a3", 0, "Putin")),
                      about="[b]summit[/b]")
    s = brief.storylines[0]
    lede = dataclasses.replace(s.summary[0], via="FT [b]x[/b]")
    judgement = SummaryPoint("Lisk clearly holds all the cards [b]now[/b].", ("a3",), "a3", 2, 1)
    s = dataclasses.replace(s, headline="Budapest summit [b]called off[/b]", disputes=(dispute,),
                            summary=(lede,) + s.summary[1:], analysis=(judgement,))
    app = make_app(brief=rebuilt(brief, storylines=(s,) + brief.storylines[1:]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        assert summary.rows[0].id is None  # a line to read, not a row to select
        assert row_text(summary, 0) == "Budapest summit [b]called off[/b]"  # literally, no markup
        assert summary.rows[1].id is None
        assert row_text(summary, 1) == "⚖ Disputed ([b]summit[/b]): cancelled [1] · postponed [b]x[/b], says Putin [2]"
        assert row_text(summary, 2).endswith("via FT [b]x[/b]")  # the outlet the lede's report comes from
        texts = [row_text(summary, i) for i in range(len(summary.rows))]
        at = texts.index("Analysis")  # the writers' judgement, apart from the points and not selectable
        assert texts[at + 1].startswith("[2] Lisk clearly holds all the cards [b]now[/b].") and "analysis" in texts[at + 1]
        assert summary.rows[at + 1].id is None
        await pilot.press("tab")
        await settle(pilot)
        assert app.point_index == 0  # the lede
        await pilot.press("/")
        await pilot.press(*"collapse")
        await settle(pilot)
        assert "Budapest summit" not in row_text(summary, 0)  # a search lists matching points only
    long_lede = dataclasses.replace(s.summary[0], text="The summit was called off after a long phone call. " * 2)
    tall = dataclasses.replace(s, headline="Budapest summit called off " * 3, summary=(long_lede,) + s.summary[1:])
    async with make_app(brief=rebuilt(brief, storylines=(tall,) + brief.storylines[1:])).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        summary = pilot.app.query_one(SummaryPane)
        assert summary.scroll_offset.y == 0  # on the lede, the headline above it stays in view
        await pilot.press("j", "j", "j", "k", "k", "k")
        await settle(pilot)
        assert summary.scroll_offset.y == 0
    many = (dispute,) * 3
    crowded = dataclasses.replace(tall, headline="Budapest summit called off " * 8, disputes=many)
    async with make_app(brief=rebuilt(brief, storylines=(crowded,) + brief.storylines[1:])).run_test(
            size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        summary = pilot.app.query_one(SummaryPane)
        assert any(line.startswith("[1]") for line in screen_lines(summary))  # the lede is never scrolled away


async def test_long_citation_runs_show_three_and_how_many_more(make_app: Callable[..., BriefingApp]) -> None:
    from .sample import article

    brief = sample_brief()
    extra = tuple(article(f"x{i}", f"Extra report {i}", ["The summit was called off, officials said."]) for i in range(5))
    s = brief.storylines[0]
    point = dataclasses.replace(s.summary[0], sources=("a1", "a3") + tuple(a.id for a in extra), corroboration=7)
    brief = rebuilt(brief, articles=brief.articles + extra,
                    storylines=(dataclasses.replace(s, summary=(point,) + s.summary[1:]),) + brief.storylines[1:])
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = row_text(app.query_one(SummaryPane), 0)
        assert text.startswith("[1][2][3] +4 ") and "corroborated by 7 sources" in text
        await pilot.press("tab")  # every cited source is marked in the Sources pane
        await settle(pilot)
        assert app.query_one(SourcesPane).marked == frozenset({"a1", "a3"} | {a.id for a in extra})


async def test_a_corroborated_point_says_once_that_all_its_sources_are_undated(
        make_app: Callable[..., BriefingApp]) -> None:
    from .sample import article

    brief = sample_brief()
    late = article("x1", "Another undated report", ["The summit was called off, officials said."], published=None)
    s = brief.storylines[0]
    point = dataclasses.replace(s.summary[0], sources=("a3", "x1"), corroboration=2)
    brief = rebuilt(brief, articles=brief.articles + (late,),
                    storylines=(dataclasses.replace(s, summary=(point,) + s.summary[1:]),) + brief.storylines[1:])
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = row_text(app.query_one(SummaryPane), 0)
        assert "corroborated by 2 sources, all undated" in text and "from undated" not in text


async def test_moving_over_a_point_marks_its_sources_and_quotes(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sources, quotes = app.query_one(SourcesPane), app.query_one(QuotesPane)
        assert "▶" not in row_text(sources, 0)
        await pilot.press("tab")  # to the summary: point 0 (cites a1 and its copy)
        await settle(pilot)
        assert app.point_index == 0
        assert row_text(sources, 0).startswith("▶") and not row_text(sources, 1).startswith("▶")
        assert row_text(quotes, 0).startswith("▶")  # the quote comes from a1
        assert any(line.startswith("▶") for line in screen_lines(sources))
        await pilot.press("j")  # point 1 cites a3
        await settle(pilot)
        assert app.point_index == 1
        assert not row_text(sources, 0).startswith("▶") and row_text(sources, 1).startswith("▶")
        assert not row_text(quotes, 0).startswith("▶")
        await pilot.press("escape")  # clears the highlight
        await settle(pilot)
        assert app.point_index is None and "▶" not in row_text(sources, 1)


async def test_article_text_is_shown_literally(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert "Daily [bold]Ledger[/bold]" in row_text(app.query_one(SourcesPane), 0)
        assert any("Daily [bold]Ledger[/bold]" in line for line in screen_lines(app.query_one(SourcesPane)))


async def test_every_pane_title_shows_the_position(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert str(app.query_one("#storylines").border_title).endswith("1/3")
        assert str(app.query_one(SourcesPane).border_title).endswith("1/2")
        await pilot.press("tab", "tab", "j")
        await settle(pilot)
        assert str(app.query_one(SourcesPane).border_title).endswith("2/2")
        assert str(app.query_one(SummaryPane).border_title).removeprefix("▸ ").startswith("Summary — Diplomacy")


async def test_only_the_focused_panes_title_is_marked(make_app: Callable[..., BriefingApp]) -> None:
    """The focused pane shows "▸" before its title, not only a coloured border (a terminal without colour)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(4):
            marked = [p for p in app.query(".pane") if str(p.border_title or "").startswith("▸ ")]
            assert [p.id for p in marked] == [app.focused.id if app.focused else None]
            await pilot.press("tab")
            await settle(pilot)


@pytest.mark.parametrize(
    ("headline", "sides"),
    [
        pytest.param("Budapest summit called off",
                     (DisputeSide("cancelled", "It was cancelled.", ("a1",), "a1", 0),
                      DisputeSide("postponed", "It was postponed.", ("a3",), "a3", 0, "Putin")), id="short"),
        # at 80x24 a two-line headline and a three-line dispute take half the pane: they still show first
        # (what the sources dispute leads), with the lede starting below them
        pytest.param("Powerful quake in Iran kills 10; 80 hurt and 7 villages damaged on the island",
                     (DisputeSide("three people killed", "Three were killed.", ("a1", "a2"), "a1", 0),
                      DisputeSide("10 people killed", "Ten were killed.", ("a3",), "a3", 0, "Heydar Alishbandi")),
                     id="tall"),
    ],
)
async def test_a_lede_taller_than_the_pane_still_shows_the_headline_and_dispute_above_it(
        headline: str, sides: tuple[DisputeSide, DisputeSide], make_app: Callable[..., BriefingApp]) -> None:
    brief = sample_brief()
    s = brief.storylines[0]
    long_lede = dataclasses.replace(s.summary[0], text="The summit was called off after a long phone call. " * 6)
    tall = dataclasses.replace(s, headline=headline, disputes=(Dispute(sides),), summary=(long_lede,) + s.summary[1:])
    async with make_app(brief=rebuilt(brief, storylines=(tall,) + brief.storylines[1:])).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        summary = pilot.app.query_one(SummaryPane)
        lines = screen_lines(summary)
        assert summary.scroll_offset.y == 0 and lines[0].startswith(headline[:22])
        assert any(line.startswith("⚖ Disputed") for line in lines) and any(line.startswith("[1]") for line in lines)


async def test_a_point_from_undated_articles_says_its_sources_are_undated(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        dated, undated = row_text(summary, 0), row_text(summary, 1)  # a1 dated; a3 undated
        assert "undated" not in dated
        assert "from an undated source" in undated


def test_a_storyline_nothing_reached_says_so_rather_than_undated() -> None:
    from briefing.model import Storyline
    from briefing.tui.panes.storylines import storyline_row

    row = storyline_row(2, Storyline("sanctions", "Sanctions", (), ()), None)
    text = row.body.plain
    assert "no articles matched" in text and "undated" not in text and "0 articles" not in text


def test_a_points_citations_are_shown_in_ascending_order() -> None:
    from briefing.tui.render import citation_text, numbers_of

    brief = sample_brief()
    ids = sorted(brief.source_numbers, key=lambda a: -brief.source_numbers[a])  # the highest number first
    numbers = numbers_of(brief, ids + ids[:1])
    assert len(numbers) >= 2 and numbers == sorted(set(numbers))
    assert citation_text(numbers).startswith(f"[{min(numbers)}]")


async def test_a_timeline_date_after_the_briefs_says_upcoming(make_app: Callable[..., BriefingApp]) -> None:
    from briefing.model import TimelineEvent

    from .sample import D2

    brief = sample_brief()
    s = brief.storylines[0]
    ahead = TimelineEvent(D2 + dt.timedelta(days=18), "Dealings must wind down by the deadline.", "a1", 2)
    brief = rebuilt(brief, storylines=(dataclasses.replace(s, timeline=s.timeline + (ahead,)),) + brief.storylines[1:])
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        text = {r.id: row_text(summary, i) for i, r in enumerate(summary.rows) if r.id is not None}
        assert text["t1"].endswith("upcoming") and "upcoming" not in text["t0"]


def test_a_long_citation_run_always_shows_the_source_of_the_sentence() -> None:
    from briefing.tui.render import citation_text

    assert citation_text([1, 2, 3, 4, 5, 6]) == "[1][2][3] +3"
    assert citation_text([1, 2, 3, 4, 5, 6], own=5) == "[1][2][5] +3"
    assert citation_text([1, 2, 3, 4, 5, 6], own=2) == "[1][2][3] +3"


async def test_a_points_own_source_is_among_its_three_citations(make_app: Callable[..., BriefingApp]) -> None:
    from .sample import article

    brief = sample_brief()
    extra = tuple(article(f"x{i}", f"Extra report {i}", ["The summit was called off, officials said."]) for i in range(5))
    s = brief.storylines[0]
    point = dataclasses.replace(s.summary[0], sources=("a1", "a3") + tuple(a.id for a in extra), article="x4",
                                corroboration=7)
    brief = rebuilt(brief, articles=brief.articles + extra,
                    storylines=(dataclasses.replace(s, summary=(point,) + s.summary[1:]),) + brief.storylines[1:])
    app = make_app(brief=brief)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        own = brief.source_numbers["x4"]
        assert own > 3 and f"[{own}]" in row_text(app.query_one(SummaryPane), 0).split(" +")[0]


def test_a_long_source_title_is_cut_to_a_few_lines_worth() -> None:
    from briefing.tui.panes.sources import SOURCE_TITLE_CHARS, source_row

    brief = sample_brief()
    art = dataclasses.replace(brief.articles[0], title="The planned summit between the two leaders in the capital "
                              "has been cancelled after weeks of talks over the terms of a ceasefire in the east")
    row = source_row(brief, art)
    first_line = row.body.plain.split("\n")[0]
    assert len(first_line) <= SOURCE_TITLE_CHARS and first_line.endswith("…")
    assert first_line.startswith("The planned summit between the two leaders")

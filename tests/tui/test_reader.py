"""The reader: full article, storyline passages highlighted, quotes marked, opened at a quote."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import Static

from briefing.model import Block, Quote
from briefing.tui.app import BriefingApp
from briefing.tui.screens.reader import QUOTE_STYLE, TARGET_STYLE, ReaderScreen, block_text

from .conftest import settle, static_text


def styled(text: Text, style: str) -> list[str]:
    return [text.plain[s.start:s.end] for s in text.spans if str(s.style) == style]


def test_block_text_marks_quotes_and_keeps_markup_literal() -> None:
    block = Block(0, "paragraph", 'He said "[bold]no[/bold] deal" and left.')
    quote = Quote("[bold]no[/bold] deal", "Someone", "a", 0)
    text = block_text(block, [(0, quote)], target=None)
    assert text.plain == block.text
    assert styled(text, QUOTE_STYLE) == ["[bold]no[/bold] deal"]
    assert styled(block_text(block, [(0, quote)], target=0), TARGET_STYLE) == ["[bold]no[/bold] deal"]


def test_block_text_strips_escapes() -> None:
    text = block_text(Block(0, "bullet", "red \x1b[31mtext\x07"), [], None)
    assert text.plain == "• red text"


async def test_reader_shows_whole_article_with_passages_highlighted(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")  # sources pane, first source
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        blocks = list(screen.query(".block"))
        assert len(blocks) == len(screen.article.blocks)
        assert [b.id for b in blocks if b.has_class("passage")] == ["b0", "b1"]  # diplomacy passages of a1
        quoted = static_text(screen.query_one("#b1", Static))
        assert "We remain faithful" in quoted


async def test_enter_on_quote_opens_reader_at_that_quote(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        app.query_one("#quotes").focus()
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.article.id == "a2" and screen.quote == 1 and screen.paragraph == 1
        assert screen.query_one("#b1").has_class("target")
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ReaderScreen)


async def test_reader_scrolls_to_a_far_paragraph(make_app: Callable[..., BriefingApp]) -> None:
    import dataclasses

    from .sample import rebuilt, sample_brief

    brief = sample_brief()
    a2 = brief.article("a2")
    long_blocks = tuple(Block(i, "paragraph", f"Filler paragraph number {i} " * 8) for i in range(40))
    long_blocks += (Block(40, "paragraph", '"This will hurt their war chest," said Scott Bessent.'),)
    a2 = dataclasses.replace(a2, blocks=long_blocks)
    q = dataclasses.replace(brief.quotes[1], paragraph=40)
    brief = rebuilt(brief, articles=(brief.articles[0], a2) + brief.articles[2:], quotes=(brief.quotes[0], q))
    app = make_app(brief=brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        app.query_one("#quotes").focus()
        await pilot.press("enter")
        await settle(pilot)
        body = app.screen.query_one("#reader-body")
        assert body.scroll_y > 0
        target = app.screen.query_one("#b40")
        assert target.region.y < app.size.height  # on screen


async def test_j_and_k_scroll_the_reader(make_app: Callable[..., BriefingApp]) -> None:
    import dataclasses

    from .sample import rebuilt, sample_brief

    brief = sample_brief()
    a1 = brief.article("a1")
    a1 = dataclasses.replace(a1, blocks=tuple(Block(i, "paragraph", f"Line {i} " * 20) for i in range(30)))
    brief = rebuilt(brief, articles=(a1,) + brief.articles[1:])
    app = make_app(brief=brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        body = app.screen.query_one("#reader-body")
        assert body.scroll_y == 0
        await pilot.press("j", "j", "j")
        await settle(pilot)
        assert body.scroll_y > 0
        down = body.scroll_y
        await pilot.press("k")
        await settle(pilot)
        assert body.scroll_y < down

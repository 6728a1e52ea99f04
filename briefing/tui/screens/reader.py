"""The reader: one article in full, the storyline's passages highlighted and its quotes marked."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from ...model import Article, Block, Brief, Quote
from ..keys import pane_bindings
from ..render import byline_of, copies_note, date_text, literal, plain
from .scrolling import ScrollsBody

QUOTE_STYLE = "italic underline"
TARGET_STYLE = "bold reverse"


def block_text(block: Block, quotes: list[tuple[int, Quote]], target: int | None) -> Text:
    """A block as literal text with its quotes styled (the target quote stands out)."""
    text = literal(block.text, style="bold" if block.kind == "heading" else "")
    if block.kind == "bullet":
        text = Text("• ", end="") + text
    shift = 2 if block.kind == "bullet" else 0
    body = text.plain
    for qi, q in quotes:
        start = body.find(plain(q.text), shift)
        if start < 0 or not q.text:
            continue
        text.stylize(TARGET_STYLE if qi == target else QUOTE_STYLE, start, start + len(plain(q.text)))
    return text


class ReaderScreen(ScrollsBody, Screen[None]):
    """Opened with an article; ``paragraph`` or ``quote`` (index into Brief.quotes) to
    scroll to, and the storyline whose passages to highlight."""

    BINDINGS = [Binding("escape", "back", "Back", id="back"), *pane_bindings()]  # the panes' keys scroll here
    BODY = "#reader-body"

    def __init__(self, brief: Brief, article: Article, storyline: str | None,
                 paragraph: int | None = None, quote: int | None = None) -> None:
        super().__init__(classes="reader")
        self.brief = brief
        self.article = article
        self.storyline_key = storyline
        self.quote = quote
        if quote is not None and paragraph is None:
            paragraph = brief.quotes[quote].paragraph
        self.paragraph = paragraph

    def passages(self) -> set[int]:
        if self.storyline_key is None:
            return set()
        try:
            s = self.brief.storyline(self.storyline_key)
        except KeyError:
            return set()
        return {p.paragraph for p in s.passages if p.article == self.article.id}

    def compose(self) -> ComposeResult:
        a = self.article
        meta = ([plain(a.outlet)] if a.outlet else []) + byline_of(a) + [date_text(a.published), plain(a.path)]
        if copies_note(a):
            meta.append(copies_note(a))
        head = literal(a.title, style="bold") + Text("\n" + " · ".join(meta), style="dim")
        if a.url:
            head.append_text(literal("\n" + a.url, style="dim underline"))
        quotes_by_block: dict[int, list[tuple[int, Quote]]] = {}
        for qi, q in enumerate(self.brief.quotes):
            if q.article == a.id:
                quotes_by_block.setdefault(q.paragraph, []).append((qi, q))
        marked = self.passages()
        with VerticalScroll(id="reader-body"):
            yield Static(head, id="reader-head")
            for b in a.blocks:
                classes = "block " + b.kind
                if b.index in marked:
                    classes += " passage"
                if b.index == self.paragraph:
                    classes += " target"
                yield Static(block_text(b, quotes_by_block.get(b.index, []), self.quote), id=f"b{b.index}", classes=classes)
            yield Static(Text("▌ highlighted: this storyline's passages   underlined: quotes", style="dim"), id="reader-legend")
        yield Footer()

    def on_mount(self) -> None:
        body = self.query_one("#reader-body", VerticalScroll)
        body.border_title = "Reader"
        body.focus()
        if self.paragraph is not None:
            self.call_after_refresh(self._scroll_to_target)

    def _scroll_to_target(self) -> None:
        targets = self.query(f"#b{self.paragraph}")
        if targets:
            self.query_one("#reader-body", VerticalScroll).scroll_to_widget(targets.first(), top=True, animate=False)

    def action_back(self) -> None:
        self.dismiss(None)

"""Article text is shown, never obeyed: HTML tags, Markdown/Obsidian specials, Rich markup and
terminal escapes in articles come out literally (or, for escapes, not at all) in every format."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from briefing.export import render
from briefing.export.markdown import md_escape
from briefing.export.outline import clean
from tests.golden.fixture_brief import fixture_brief

LITERALS = ['<script>alert("x")</script>', "[bold]red[/bold]", "<b>more</b>", "*talks*", "__over__",
            "$5 or $10", "==marked==", "[[wiki]]", "`code`", "<i>No comment</i> [bold]at all[/bold]"]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _markdown_to_html(text: str) -> str:
    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough").use(footnote_plugin)
    return md.render(text)


HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "nav", "ul", "ol", "li", "a",
             "section", "h1", "h2", "h3", "p", "sup", "span", "blockquote", "cite", "time", "strong", "br"}
MD_TAGS = {"h1", "h2", "h3", "p", "strong", "em", "ul", "ol", "li", "blockquote", "a", "sup", "hr", "section", "code"}


def test_html_escapes_every_piece_of_article_text() -> None:
    html = render(fixture_brief(), "html")
    page = _parse(html)
    assert page.tags <= HTML_TAGS, page.tags - HTML_TAGS
    for lit in LITERALS:
        assert lit in page.visible, lit
    assert "Daily <b>Planet</b>" in page.visible and "Press <Office>" in page.visible
    assert "<script" not in html and "\x1b" not in html
    assert all(h.startswith(("#src-", "#story-", "#sources", "https://")) for h in page.hrefs), page.hrefs
    assert "javascript:" not in " ".join(page.hrefs)


def test_html_is_self_contained_phone_readable_and_printable() -> None:
    html = render(fixture_brief(), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<style>" in html and "max-width" in html and "@media print" in html and "system-ui" in html
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html.split("<body>")[0])  # no remote resource


def test_html_citations_link_to_the_source_list() -> None:
    html = render(fixture_brief(), "html")
    targets = set(re.findall(r'href="#(src-\d+)"', html))
    ids = set(re.findall(r'id="(src-\d+)"', html))
    assert targets and targets <= ids


def test_markdown_renders_article_text_literally() -> None:
    md = render(fixture_brief(), "md")
    page = _parse(_markdown_to_html(md))
    assert page.tags <= MD_TAGS, page.tags - MD_TAGS
    for lit in LITERALS:
        assert lit in page.visible, lit
    assert "\x1b" not in md


def test_markdown_line_starts_in_article_text_make_no_block() -> None:
    html = _markdown_to_html(render(fixture_brief(), "md"))
    assert "<li>- # &gt; Officials cancelled" in html  # not a nested list, heading or quote
    assert "<li>1. Analysts expect" in html
    assert "<h1>" in html and html.count("<h1>") == 1


def test_markdown_neutralises_obsidian_syntax() -> None:
    md = render(fixture_brief(), "md")
    for raw in (r"\$5 or \$10", r"\=\=marked\=\=", r"\#tag", r"\%\%hidden\%\%", r"\[\[wiki\]\]"):
        assert raw in md


def test_markdown_footnotes_are_unique_and_all_referenced() -> None:
    md = render(fixture_brief(), "md")
    defs = re.findall(r"^\[\^(\d+)\]:", md, flags=re.M)
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    assert len(defs) == len(set(defs))
    assert set(defs) == refs


def test_markdown_paths_show_as_is_even_with_backticks() -> None:
    import dataclasses

    b = fixture_brief()
    odd = dataclasses.replace(b.articles[3], path="news/a`b <i>c</i> *d*.txt")
    brief = dataclasses.replace(b, articles=b.articles[:3] + (odd,) + b.articles[4:])
    page = _parse(_markdown_to_html(render(brief, "md")))
    assert "news/a`b <i>c</i> *d*.txt" in page.visible and "i" not in page.tags
    assert "news/wire.txt" in page.visible


def test_text_has_no_escape_sequences_and_keeps_markup_literal() -> None:
    txt = render(fixture_brief(), "txt")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", txt)
    flat = " ".join(txt.split())
    for lit in LITERALS:
        assert lit in flat, lit


def test_clean_strips_terminal_escapes_and_controls() -> None:
    assert clean("a\x1b[31mred\x1b[0m b\x1b]8;;http://x\x07link\x1b]8;;\x07 c\u202eevil\x00") == "ared blink cevil"
    assert clean("  many\n\tspaces  ") == "many spaces"
    assert clean("x" * 50, limit=10) == "x" * 9 + "…"


def test_clean_is_fast_on_adversarial_text() -> None:
    import time

    text = ("\x1b[" + "1;" * 100_000 + "\x1b]" + "a" * 100_000) * 3
    start = time.perf_counter()
    clean(text, limit=1_000_000)
    assert time.perf_counter() - start < 1.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 .-+*_#>|~$=%^&<>[]()`!\\:{}\"'")), min_size=1, max_size=40))
def test_md_escape_shows_exactly_the_text(text: str) -> None:
    shown = " ".join(text.split())
    if not shown:
        return
    html = _markdown_to_html("x " + md_escape(shown))  # as inside a line, after a marker
    page = _parse(html)
    assert page.tags <= {"p"}, (text, html)
    assert page.visible == "x " + shown, (text, html)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 .-+*_#>|~$=%^&<>[]()`!\\:")), min_size=1, max_size=30))
def test_md_escape_at_the_start_of_a_list_item(text: str) -> None:
    shown = " ".join(text.split())
    if not shown:
        return
    page = _parse(_markdown_to_html("- " + md_escape(shown)))
    assert page.tags <= {"ul", "li"}, text
    assert page.visible == shown, text

"""Web pages and HTML fragments as article text.

A saved page (``.html``, or a URL's page) is read by ``trafilatura``, a maintained
main-text extractor: it keeps the article's paragraphs and drops navigation, adverts,
comments and footers, and reads the title, date, site name and author from the page's
metadata (``<meta>``, Open Graph, JSON-LD ``NewsArticle``).  It is imported only when a
page is read (its import costs a third of a second).

The HTML inside a feed entry (a few paragraphs, no page around them) is too short for a
main-text extractor, which wants a page; :func:`fragment_text` turns it into paragraphs with
the standard library's parser (block elements end a paragraph; scripts and styles are
dropped; entities are decoded).
"""

from __future__ import annotations

from html.parser import HTMLParser

from .decode import Skip
from .formats import Record

# elements that end a paragraph
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer figure "
    "figcaption hr dd dt dl".split())
_DROPPED = frozenset("script style noscript template svg iframe object head".split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._run: list[str] = []
        self._dropped = 0

    def _end(self) -> None:
        text = " ".join("".join(self._run).split())
        if text:
            self.paragraphs.append(text)
        self._run = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropped += 1
        elif tag in _BLOCKS:
            self._end()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._end()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
        elif tag in _BLOCKS:
            self._end()

    def handle_data(self, data: str) -> None:
        if not self._dropped:
            self._run.append(data)


def fragment_text(html: str) -> str:
    """The paragraphs of an HTML fragment, one blank line between them (plain text comes back
    as it is, its paragraphs kept)."""
    if "<" not in html:
        return html
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._end()
    return "\n\n".join(parser.paragraphs)


def read_page(html: str, url: str | None = None) -> Record:
    """A web page's main article text and its title, date, site and address."""
    import trafilatura  # a third of a second to import: only when a page is read

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False)
    if doc is None:
        raise Skip("no article text found in this web page")
    fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = fields.get("title") or None
    lines = [line.strip() for line in (fields.get("text") or "").split("\n")]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]  # the page's own headline, read as its title
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise Skip("no article text found in this web page")
    return Record(text=text, title=title, date=fields.get("date") or None,
                  outlet=fields.get("sitename") or None, url=fields.get("url") or url,
                  author=fields.get("author") or None)

"""Sources pane: the articles behind the storyline, by the brief's source numbers; those the
highlighted point cites are marked ▶.  While searching, only the articles that match, with
the matching line of their text."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text

from ...model import Article, Brief, Storyline
from ...search import Matches
from ...text.clean import shorten
from ..messages import OpenArticle
from ..render import byline_of, copies_note, date_text, highlighted, literal, new_mark, outlet_of
from ..rows import Row
from .base import Cancelled, Pane

SOURCE_TITLE_CHARS = 72


def source_row(brief: Brief, a: Article) -> Row:
    n = brief.source_numbers.get(a.id)
    # a title is cut to a few lines' worth: the pane lists sources to scan (the reader shows it whole)
    title = literal(shorten(a.title, SOURCE_TITLE_CHARS), style="bold")
    meta = [outlet_of(a), *byline_of(a), date_text(a.published) + (", stale" if brief.is_stale(a.id) else "")]
    note = copies_note(a)
    if note:
        meta.append(note)
    title.append("\n" + " · ".join(meta), style="dim")
    fresh = new_mark(brief, (a.id,))
    if fresh is not None:
        title.append_text(fresh)
    return Row(a.id, title, left=Text(f"[{n}]" if n else "[?]", style="bold"), link=a.id)


class Snippet:
    """The tail of a source that matched in its text: the first matching line, made when drawn."""

    __slots__ = ("brief", "article", "matches")

    def __init__(self, brief: Brief, article: str, matches: Matches) -> None:
        self.brief, self.article, self.matches = brief, article, matches

    def __call__(self, width: int) -> Text:
        text, spans = self.matches.text_snippet(self.brief, self.article, width)
        return highlighted(text, spans, style="italic")


class SourcesPane(Pane):
    TITLE = "Sources"
    SHOW_MARKS = True

    def make_rows(self, brief: Brief, s: Storyline | None, matches: Matches | None,
                  cancelled: Cancelled, unfiltered: list[Row] | None = None) -> list[Row] | None:
        if s is None:
            return []
        if unfiltered is None:
            numbers = brief.source_numbers
            unfiltered = []
            for i, aid in enumerate(sorted(s.articles, key=lambda aid: numbers.get(aid, 1 << 30))):  # as exported
                if i % 256 == 0 and cancelled():
                    return None
                try:
                    unfiltered.append(source_row(brief, brief.article(aid)))
                except KeyError:
                    continue
        if matches is None:
            return unfiltered
        wanted, texts = matches.articles, matches.texts
        rows = [replace(r, tail=Snippet(brief, r.link, matches)) if r.link in texts else r
                for r in unfiltered if r.link in wanted and r.link is not None]
        if not rows:
            rows.append(Row(None, Text("No source matches.", style="dim italic")))
        return rows

    def watch_point_index(self) -> None:
        super().watch_point_index()
        self.border_subtitle = "▶ cited by the point" if self.marked is not None else ""

    def on_row_list_chosen(self, event: Pane.Chosen) -> None:
        event.stop()
        self.post_message(OpenArticle(event.row_id))

"""Turning brief records into Rich ``Text`` for the panes.

Article text is untrusted: it only ever enters a ``Text`` as plain characters
(``Text(s)`` / ``Text.append(s)``), never as markup, so ``[bold]`` shows as typed.
Control characters are stripped once more here as a second line of defence.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.text import Text

from ..model import Article, Brief
from ..text.clean import clean, one_line
from .rows import HIT_STYLE

MAX_CITES = 3  # citations shown beside a point; the Sources pane marks them all


def plain(s: str) -> str:
    """Text safe to show in a terminal: escapes and control characters removed
    (:func:`briefing.text.clean.clean`), tabs as spaces."""
    return clean(s).replace("\t", " ")


def literal(s: str, style: str = "") -> Text:
    """A Rich Text that shows ``s`` literally (no markup, no escapes)."""
    return Text(plain(s), style=style, end="")


def highlighted(s: str, spans: Iterable[tuple[int, int]], style: str = "", hit: str = HIT_STYLE) -> Text:
    """``s`` shown literally with the character spans styled (the offsets are into ``s``)."""
    safe = s if clean(s) == s and "\t" not in s else None
    text = Text(safe if safe is not None else plain(s), style=style, end="")
    if safe is not None:  # offsets only hold when nothing was removed
        for start, end in spans:
            text.stylize(hit, start, end)
    return text


def date_text(d: dt.date | None) -> str:
    return d.isoformat() if d else "undated"


def date_span(first: dt.date | None, last: dt.date | None) -> str:
    if first is None:
        return "undated"
    if last is None or last == first:
        return f"{first.day} {first.strftime('%b %Y')}"
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {last.strftime('%b %Y')}"
    if first.year == last.year:
        return f"{first.day} {first.strftime('%b')} – {last.day} {last.strftime('%b %Y')}"
    return f"{first.day} {first.strftime('%b %Y')} – {last.day} {last.strftime('%b %Y')}"


def new_mark(brief: Brief, article_ids: Iterable[str]) -> Text | None:
    """"  new since 08:10" when the articles are all new since the brief was last opened (a point
    that older articles also report is no news)."""
    if brief.new_since is None or not brief.all_new(article_ids):
        return None
    since = brief.new_since.astimezone()  # this machine's clock, as the user reads it
    same_day = since.date() == brief.generated_at.astimezone().date()
    when = since.strftime("%H:%M") if same_day else since.strftime("%d %b %H:%M")
    return Text(f"  new since {when}", style="bold cyan")


def byline_of(a: Article) -> list[str]:
    """``["by Anna Berg"]`` when the article names its author, else nothing."""
    return [f"by {plain(one_line(a.author))}"] if a.author else []


MAX_FILE_NAME = 20  # a file name standing for an unknown outlet is cut in the middle beyond this


def outlet_of(a: Article) -> str:
    """The article's outlet, else its file name (a long one cut in the middle, so that it never
    breaks across lines in a narrow pane: the reader shows the whole path)."""
    if a.outlet:
        return plain(one_line(a.outlet))
    name = plain(a.path.replace("\\", "/").rsplit("/", 1)[-1])
    if cell_len(name) <= MAX_FILE_NAME:
        return name
    keep = MAX_FILE_NAME - 1
    head, tail = _cells_from(name, keep - keep // 3), _cells_from(name[::-1], keep // 3)[::-1]
    return head + "…" + tail


def _cells_from(text: str, cells: int) -> str:
    """The longest start of ``text`` that fills at most ``cells`` terminal cells and ends between
    two characters a reader sees as one (never before a combining mark or inside a joined emoji)."""
    n, used = 0, 0
    while n < len(text) and used + cell_len(text[n]) <= cells:
        used += cell_len(text[n])
        n += 1
    while 0 < n < len(text) and any(unicodedata.combining(c) or c == "\u200d" or 0xFE00 <= ord(c) <= 0xFE0F
                                    for c in (text[n], text[n - 1])):
        n -= 1  # (checked on both sides: the end of a name is cut from its reversed text)
    return text[:n]


def kept_id(brief: Brief, article_id: str) -> str:
    """The id of the copy that was kept (the article itself when it is not a copy)."""
    try:
        a = brief.article(article_id)
    except KeyError:
        return article_id
    return a.duplicate_of or a.id


def numbers_of(brief: Brief, sources: Iterable[str]) -> list[int]:
    """The brief's source numbers for these articles, each once, in ascending order (as a
    reader looks them up: [1][2][4], never [4][2][1])."""
    numbers = brief.source_numbers
    return sorted({n for n in map(numbers.get, sources) if n is not None})


def citation_text(numbers: Sequence[int], limit: int = MAX_CITES, *, own: int | None = None) -> str:
    """``[1][4][7] +2``: at most ``limit`` citations, and how many more there are; ``own``, the
    source the shown sentence is from, is always among them (in its place in the order)."""
    first = list(numbers[:limit])
    if own is not None and own in numbers and own not in first and limit > 0:
        first = sorted(first[: limit - 1] + [own])
    shown = "".join(f"[{n}]" for n in first) or "[?]"
    more = len(numbers) - limit
    return shown + (f" +{more}" if more > 0 else "")


def copies_note(a: Article) -> str:
    n = len(a.copies)
    if not n:
        return ""
    return f"also in {n} cop{'y' if n == 1 else 'ies'}"

"""Turning brief records into Rich ``Text`` for the panes.

Article text is untrusted: it only ever enters a ``Text`` as plain characters
(``Text(s)`` / ``Text.append(s)``), never as markup, so ``[bold]`` shows as typed.
Control characters are stripped once more here as a second line of defence.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Iterable

from rich.table import Table
from rich.text import Text

from ..model import Article, Brief, Storyline
from ..text import clean, one_line

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(s: str) -> str:
    """Text safe to show in a terminal: escapes and control characters removed."""
    return _CONTROL.sub("", clean(s))


def literal(s: str, style: str = "") -> Text:
    """A Rich Text that shows ``s`` literally (no markup, no escapes)."""
    return Text(plain(s), style=style, end="")


def highlighted(s: str, spans: Iterable[tuple[int, int]], style: str = "bold reverse") -> Text:
    """``s`` with the character spans styled (the offsets are into ``s``)."""
    safe = s if not _CONTROL.search(s) and "\x1b" not in s else None
    text = Text(safe if safe is not None else plain(s), end="")
    if safe is not None:  # offsets only hold when nothing was removed
        for start, end in spans:
            text.stylize(style, start, end)
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


def outlet_of(a: Article) -> str:
    return plain(one_line(a.outlet)) if a.outlet else Path(a.path).name


def source_numbers(brief: Brief, s: Storyline) -> dict[str, int]:
    """Citation numbers for a storyline: its articles in order, then any other article
    its summary cites.  A copy gets the number of its kept copy."""
    numbers: dict[str, int] = {}
    for aid in s.articles:
        numbers.setdefault(aid, len(numbers) + 1)
    for p in s.summary:
        for aid in p.sources:
            kept = kept_id(brief, aid)
            if kept not in numbers:
                numbers[kept] = len(numbers) + 1
    return numbers


def kept_id(brief: Brief, article_id: str) -> str:
    """The id of the copy that was kept (the article itself when it is not a copy)."""
    try:
        a = brief.article(article_id)
    except KeyError:
        return article_id
    return a.duplicate_of or a.id


def citations(brief: Brief, sources: Iterable[str], numbers: dict[str, int]) -> list[int]:
    out: list[int] = []
    for aid in sources:
        n = numbers.get(kept_id(brief, aid))
        if n is not None and n not in out:
            out.append(n)
    return out


def copies_note(a: Article) -> str:
    n = len(a.copies)
    if not n:
        return ""
    return f"also in {n} cop{'y' if n == 1 else 'ies'}"


def row(left: Text, right: Text) -> Table:
    """Two columns, so wrapped text hangs under itself instead of under the number."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(left, right)
    return grid

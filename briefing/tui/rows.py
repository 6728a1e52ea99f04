"""The rows of a pane and how they wrap.

A row is a fixed column on the left (a number, a date, citations) and a body that wraps under
itself.  Heights and the wrapped lines come from one function, :func:`break_offsets`, so the
height a row is given is always the number of lines it draws: a wrapped row never loses its
last line.  Measuring is a few microseconds a row, so a pane can lay out thousands of rows
and draw only the ones on screen (:class:`briefing.tui.rowlist.RowList`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text

_WORD = re.compile(r"[^ ]+")
GAP = 1  # cells between the left column and the body
MARK = "▶ "  # the mark column of a pane that marks the rows a point cites
HIT_STYLE = "bold reverse"  # a search match


@dataclass(frozen=True, slots=True, eq=False)
class Row:
    """One row.  ``id``: None for a heading or a note the cursor skips.  ``link``: the article
    the row belongs to, for the marks of the highlighted point.  ``tail``: an optional last
    line made when the row is drawn (given the width it must fit), for text that is costly to
    prepare and only needed on screen (a search snippet)."""

    id: str | None
    body: Text
    left: Text | None = None
    link: str | None = None
    tail: Callable[[int], Text] | None = None
    heading: bool = False

    @property
    def left_width(self) -> int:
        return cell_len(self.left.plain) + GAP if self.left is not None and self.left.plain else 0


def body_width(row: Row, width: int, marks: bool) -> int:
    return max(1, width - (len(MARK) if marks else 0) - row.left_width)


def row_height(row: Row, width: int, marks: bool) -> int:
    return len(break_offsets(row.body.plain, body_width(row, width, marks))) + 1 + (row.tail is not None)


def measure(rows: Sequence[Row], width: int, marks: bool) -> list[int]:
    """Every row's height at ``width`` (the pane's content width)."""
    return [row_height(r, width, marks) for r in rows]


def wrap_row(row: Row, width: int, marks: bool) -> list[tuple[Text | None, Text]]:
    """The row's lines at ``width``: (left column or its blank, body line), as many as
    :func:`row_height` says; the tail is cut to fit its one line."""
    bw = body_width(row, width, marks)
    lines = wrap(row.body, bw)
    if row.tail is not None:
        tail = row.tail(bw)
        tail.truncate(bw, overflow="ellipsis")
        lines.append(tail)
    lw = row.left_width
    out: list[tuple[Text | None, Text]] = []
    for n, line in enumerate(lines):
        left: Text | None = None
        if lw and row.left is not None:
            left = row.left.copy() if n == 0 else Text(" " * (lw - GAP))
            left.pad_right(lw - left.cell_len)
        out.append((left, line))
    return out


def _width(s: str) -> int:
    return len(s) if s.isascii() else cell_len(s)


def break_offsets(text: str, width: int) -> list[int]:
    """Where ``text`` breaks into lines of at most ``width`` cells: after each newline, and
    before the word that would overflow (a word longer than a line is cut).  Spaces at a
    break are dropped from the line they end (see :func:`wrap`)."""
    width = max(1, width)
    out: list[int] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        _break_line(text, pos, end, width, out)
        if nl < 0:
            break
        out.append(nl + 1)
        pos = nl + 1
    return out


def _break_line(text: str, start: int, end: int, width: int, out: list[int]) -> None:
    """Greedy word wrap of ``text[start:end]`` (no newline in it), breaks appended to ``out``."""
    if end - start <= width and _width(text[start:end]) <= width:
        return
    x = 0  # cells used on the current line
    prev = start  # where the last word ended
    for m in _WORD.finditer(text, start, end):
        ws, we = m.span()
        word = m.group()
        w = we - ws if word.isascii() else cell_len(word)
        gap = ws - prev
        prev = we
        if x and x + gap + w > width:
            out.append(ws)  # the word starts the next line; the spaces before it are dropped
            x, gap = 0, 0
        if x + gap + w <= width:
            x += gap + w
            continue
        x += gap  # a word longer than a line: cut it, cell by cell
        for c, ch in enumerate(word):
            cw = _width(ch)
            if x + cw > width and x > 0:
                out.append(ws + c)
                x = 0
            x += cw


def wrap(text: Text, width: int) -> list[Text]:
    """``text`` cut into the lines :func:`break_offsets` gives, styles kept, the spaces at
    each break dropped."""
    offsets = break_offsets(text.plain, width)
    lines = text.divide(offsets) if offsets else [text.copy()]
    out = []
    for line in lines:
        if line.plain.endswith("\n"):
            line = line[:-1]
        line.rstrip()
        out.append(line)
    return out

"""The plain-text brief, for email: wrapped at 80 columns, citations as ``[n]``.

Article text is cleaned of control characters and terminal escapes by the outline;
nothing here interprets markup, so ``[bold]`` in an article stays four letters in brackets.
Words longer than a line (a URL, a path) are never broken; they get a line of their own.
"""

from __future__ import annotations

import textwrap

from ..model import Brief
from .outline import FOUND_NOTE, Outline, QuoteView, SectionView, SourceView, build_outline, byline, plural, short_date, where

WIDTH = 80
_GLUE = "\xa0"  # keeps a citation and its count on one line; the outline has no other NBSP


def _wrap(text: str, first: str = "", rest: str | None = None) -> list[str]:
    rest = " " * len(first) if rest is None else rest
    lines = textwrap.wrap(text, width=WIDTH, initial_indent=first, subsequent_indent=rest,
                          break_long_words=False, break_on_hyphens=False) or [first.rstrip()]
    return [line.replace(_GLUE, " ") for line in lines]


def _cites(numbers: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _tail(numbers: tuple[int, ...], count: str | None = None) -> str:
    """`` [1][3] (2 sources)`` glued together so a wrap never splits it."""
    parts = [x for x in (_cites(numbers), f"({count})" if count else "") if x]
    return " " + _GLUE.join(parts).replace(" ", _GLUE) if parts else ""


def _heading(text: str, rule: str) -> list[str]:
    lines = _wrap(text)
    return lines + [rule * min(WIDTH, max(len(x) for x in lines))]


def _quote(q: QuoteView) -> list[str]:
    who = q.speaker or "unattributed"
    if q.role:
        who += f", {q.role}"
    return _wrap(f"“{q.text}”", "  ") + _wrap(f"— {who} {_cites(q.cites)}".rstrip(), "      ") + [""]


def _section(s: SectionView) -> list[str]:
    out = _heading(s.title.upper(), "-")
    out += _wrap(plural(s.articles, "article") + (f" · {s.span}" if s.span else "")
                 + (f" · {FOUND_NOTE}" if s.found else "")) + [""]
    if s.headline:
        out += _wrap(s.headline) + [""]
    for d in s.disputes:
        out += _wrap(f"{d.lead} " + " · ".join(f"{x.said} {_cites(x.cites)}".rstrip() for x in d.sides)) + [""]
    if not (s.points or s.analysis or s.quotes or s.timeline or s.players):
        return out + ["Nothing to summarise in this storyline.", ""]
    if s.points:
        out.append("Summary")
        for p in s.points:
            out += _wrap(p.text + _tail(p.cites, p.count), "  * ", "    ")
        out.append("")
    if s.analysis:
        out.append("Analysis")
        for p in s.analysis:
            out += _wrap(p.text + _tail(p.cites, p.whose), "  * ", "    ")
        out.append("")
    if s.quotes:
        out.append("Key quotes")
        for q in s.quotes:
            out += _quote(q)
    if s.timeline:
        out.append("Timeline")
        for e in s.timeline:
            ahead = " (upcoming)" if e.upcoming else ""
            out += _wrap(f"{short_date(e.date)}{ahead}: {e.text} {_cites(e.cites)}".rstrip(), "  * ", "    ")
        out.append("")
    if s.players:
        out.append("Key players")
        for player in s.players:
            role = f", {player.role}" if player.role else ""
            out += _wrap(f"{player.name}{role}: {plural(player.mentions, 'mention')} in "
                         f"{plural(player.articles, 'article')}", "  * ", "    ")
        out.append("")
    return out


def _source(s: SourceView) -> list[str]:
    tag = f"[{s.number}] "
    pad = " " * len(tag)
    out = _wrap(s.title, tag, pad) + _wrap(byline(s), pad) + _wrap(where(s), pad)
    for c in s.copies:
        out += _wrap(f"merged copy: {c.title}", pad + "+ ", pad + "  ")
        out += _wrap(byline(c), pad + "  ") + _wrap(where(c), pad + "  ")
    return out + [""]


def render_outline_text(o: Outline) -> str:
    out = _heading(o.title, "=")
    out += _wrap(o.counts)
    for note in (o.coverage, o.generated):
        if note:
            out += _wrap(note)
    if len(o.sections) > 1:
        out += _wrap("Storylines: " + " · ".join(s.title for s in o.sections))
    out.append("")
    for s in o.sections:
        out += [""] + _section(s)
    if not o.sections:
        out += ["No storyline was found in these articles.", ""]
    out += [""] + _heading("SOURCES", "-")
    for src in o.sources:
        out += _source(src)
    if o.problems:
        out += [""] + _heading("FILES NOT INCLUDED", "-")
        for p in o.problems:
            out += _wrap(f"{p.path}: {p.reason}", "  * ", "    ")
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def render_text(brief: Brief) -> str:
    return render_outline_text(build_outline(brief))

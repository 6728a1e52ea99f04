"""The Markdown brief: GitHub- and Obsidian-flavoured, with footnote-style citations.

Every citation ``[^n]`` has exactly one footnote definition and every definition is
cited, so nothing is dropped by renderers that discard unused footnotes.  Article
text is shown literally: Markdown, Obsidian and HTML syntax in it is escaped.
"""

from __future__ import annotations

import re

from ..model import Brief
from .outline import (
    FOUND_NOTE,
    CopyView,
    Outline,
    QuoteView,
    SectionView,
    SourceView,
    build_outline,
    byline,
    plural,
    short_date,
    where,
)

# Inline specials of CommonMark/GFM plus Obsidian's ($ math, == highlight, # tags, %% comments, ^ refs).
# ``( ) !`` need no escape: they only act next to ``[ ]``, which always are escaped.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$=%^&])")
# What would start a block if it opened a line: list markers, ordered-list numbers, headings, quotes.
_BLOCK_START = re.compile(r"^(\d{1,9})([.)])")


def md_escape(text: str) -> str:
    """Article text shown literally: Markdown specials escaped and raw HTML neutralised."""
    text = " ".join(text.split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _BLOCK_START.sub(r"\1\\\2", text)
    if text[:1] in ("-", "+", ":"):  # a list marker or a definition at the start of a line
        text = "\\" + text
    return text


def _cites(numbers: tuple[int, ...]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _quote(q: QuoteView) -> list[str]:
    who = md_escape(q.speaker) if q.speaker else "unattributed"
    if q.speaker:
        who = f"**{who}**"
    if q.role:
        who += f", {md_escape(q.role)}"
    return [f"> “{md_escape(q.text)}”", ">", f"> — {who} {_cites(q.cites)}".rstrip(), ""]


def _section(s: SectionView) -> list[str]:
    out = [f"## {md_escape(s.title)}", ""]
    meta = plural(s.articles, "article") + (f" · {s.span}" if s.span else "") + (f" · {FOUND_NOTE}" if s.found else "")
    out += [f"*{md_escape(meta)}*", ""]
    if s.headline:
        out += [f"**{md_escape(s.headline)}**", ""]
    for d in s.disputes:
        out += [f"> **{md_escape(d.lead)}** " + " · ".join(f"{md_escape(x.said)} {_cites(x.cites)}".rstrip()
                                                          for x in d.sides), ""]
    if not (s.points or s.analysis or s.quotes or s.timeline or s.players):
        return out + ["Nothing to summarise in this storyline.", ""]
    if s.points:
        out += ["### Summary", ""]
        out += [f"- {md_escape(p.text)} {_cites(p.cites)} *({md_escape(p.count)})*" for p in s.points]
        out.append("")
    if s.analysis:
        out += ["### Analysis", ""]
        out += [f"- {md_escape(p.text)} {_cites(p.cites)} *({md_escape(p.whose)})*" for p in s.analysis]
        out.append("")
    if s.quotes:
        out += ["### Key quotes", ""]
        for q in s.quotes:
            out += _quote(q)
    if s.timeline:
        out += ["### Timeline", ""]
        for e in s.timeline:
            ahead = " *(upcoming)*" if e.upcoming else ""
            out.append(f"- **{short_date(e.date)}**{ahead} — {md_escape(e.text)} {_cites(e.cites)}".rstrip())
        out.append("")
    if s.players:
        out += ["### Key players", ""]
        for p in s.players:
            role = f", {md_escape(p.role)}" if p.role else ""
            out.append(f"- **{md_escape(p.name)}**{role} — {plural(p.mentions, 'mention')}"
                       f" in {plural(p.articles, 'article')}")
        out.append("")
    return out


def _where(s: SourceView | CopyView) -> str:
    """A linkable URL as an autolink; else the path (or unlinkable URL) as code, shown as is."""
    if s.url:
        return f"<{s.url}>"
    text = where(s)
    return f"`{text}`" if "`" not in text else md_escape(text)


def _source(s: SourceView) -> list[str]:
    out = [f"{s.number}. **{md_escape(s.title)}** — {md_escape(byline(s))} · {_where(s)}"]
    out += [f"    - merged copy: {md_escape(c.title)} — {md_escape(byline(c))} · {_where(c)}" for c in s.copies]
    return out


def render_outline_markdown(o: Outline) -> str:
    out = [f"# {md_escape(o.title)}", "", f"**{md_escape(o.counts)}**", ""]
    notes = " ".join(x for x in (o.coverage, o.generated) if x)
    out += [md_escape(notes), ""]
    if len(o.sections) > 1:
        out += ["**Storylines:** " + " · ".join(md_escape(s.title) for s in o.sections), ""]
    for s in o.sections:
        out += _section(s)
    if not o.sections:
        out += ["No storyline was found in these articles.", ""]
    out += ["## Sources", ""]
    for src in o.sources:
        out += _source(src)
    out.append("")
    if o.problems:
        out += ["## Files not included", ""]
        out += [f"- {md_escape(p.path)}: {md_escape(p.reason)}" for p in o.problems]
        out.append("")
    cited = [s for s in o.sources if s.cited]
    if cited:  # one definition per cited source, nothing else
        out += [f"[^{s.number}]: {md_escape(s.title)} — {md_escape(byline(s))}" for s in cited]
        out.append("")
    return "\n".join(out)


def render_markdown(brief: Brief) -> str:
    return render_outline_markdown(build_outline(brief))

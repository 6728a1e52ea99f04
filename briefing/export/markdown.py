"""The Markdown brief."""

from __future__ import annotations

import re

from ..model import Brief

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: str) -> str:
    """Article text shown literally: Markdown specials and raw HTML neutralised."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_markdown(brief: Brief) -> str:
    numbers = {a.id: i for i, a in enumerate(brief.articles, 1)}
    date = brief.date.isoformat() if brief.date else "undated"
    out = [f"# Brief for {date}", ""]
    out.append(f"{len(brief.articles)} articles · {len(brief.outlets)} sources · {brief.duplicates_merged} duplicates merged")
    out.append("")
    for s in brief.storylines:
        out.append(f"## {md_escape(s.title)}")
        out.append("")
        for p in s.summary:
            cites = "".join(f"[^{numbers[i]}]" for i in p.sources)
            out.append(f"- {md_escape(p.text)} {cites} ({p.corroboration} source{'s' if p.corroboration != 1 else ''})")
        for qi in s.quotes:
            q = brief.quotes[qi]
            out.append(f"> “{md_escape(q.text)}” — {md_escape(q.speaker or 'unattributed')} [^{numbers[q.article]}]")
            out.append("")
        out.append("")
    out.append("## Sources")
    out.append("")
    for a in brief.articles:
        when = a.published_iso or "undated"
        out.append(f"[^{numbers[a.id]}]: {md_escape(a.title)}, {md_escape(a.outlet or a.path)}, {when}")
    return "\n".join(out) + "\n"

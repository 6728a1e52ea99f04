"""The HTML brief: one self-contained file (inline CSS, no script, no remote resource),
readable on a phone, printable.  Every piece of article text goes through ``html.escape``."""

from __future__ import annotations

import re
from html import escape

from ..model import Brief
from .outline import FOUND_NOTE, Outline, QuoteView, SectionView, SourceView, build_outline, byline, plural, short_date, where

_SLUG = re.compile(r"[^a-z0-9]+")

CSS = """
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --bg: #fff; --rule: #d9d9de;
  --accent: #0b57d0; --quote: #f4f5f7; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ea; --muted: #a0a4ab; --bg: #16171a; --rule: #33353a; --accent: #8ab4f8; --quote: #202226; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .2rem; padding-top: .8rem; border-top: 1px solid var(--rule); }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1.3rem 0 .4rem; }
p { margin: .4rem 0; }
.counts { font-weight: 600; }
.meta, .corr, .copy, footer { color: var(--muted); font-size: .9rem; }
.headline { font-size: 1.15rem; font-weight: 600; margin: .2rem 0 .6rem; }
.disputed { border-left: 3px solid #c77d00; padding-left: .6rem; }
nav ul { list-style: none; padding: 0; margin: .8rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
ul, ol { padding-left: 1.3rem; }
li { margin: .35rem 0; }
a { color: var(--accent); }
sup.cite { font-size: .72em; line-height: 0; white-space: nowrap; }
sup.cite a { text-decoration: none; }
blockquote { margin: .7rem 0; padding: .5rem .9rem; background: var(--quote); border-left: 3px solid var(--accent); }
blockquote p { margin: 0; }
blockquote .by { margin-top: .3rem; font-size: .92rem; }
.timeline time { font-weight: 600; white-space: nowrap; }
.upcoming { font-style: italic; color: var(--muted); }
ol.sources li:target { outline: 2px solid var(--accent); outline-offset: 3px; }
.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --accent: #000; --quote: #fff; }
  body { font: 11pt/1.4 Georgia, "Times New Roman", serif; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  li, blockquote { break-inside: avoid; page-break-inside: avoid; }
  blockquote { border-left: 2px solid #000; }
  a { text-decoration: none; }
  .sources a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  @page { margin: 18mm 16mm; }
}
"""

# No script, no remote anything: the file shows the same offline, in a mail client or printed.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
UPCOMING = ' <span class="upcoming">(upcoming)</span>'  # after a timeline date later than the brief's


def _e(text: str) -> str:
    return escape(text, quote=True)


def _slugs(sections: tuple[SectionView, ...]) -> list[str]:
    """One unique element id per storyline, from its key."""
    out: list[str] = []
    for i, s in enumerate(sections, 1):
        slug = f"story-{_SLUG.sub('-', s.key.lower()).strip('-') or i}"
        out.append(slug if slug not in out else f"{slug}-{i}")
    return out


def _cites(numbers: tuple[int, ...]) -> str:
    if not numbers:
        return ""
    links = "".join(f'<a href="#src-{n}" title="source {n}">[{n}]</a>' for n in numbers)
    return f' <sup class="cite">{links}</sup>'


def _quote(q: QuoteView) -> str:
    who = f"<cite>{_e(q.speaker)}</cite>" if q.speaker else "unattributed"
    if q.role:
        who += f", {_e(q.role)}"
    return (f"<blockquote><p>“{_e(q.text)}”</p>"
            f'<p class="by">— {who}{_cites(q.cites)}</p></blockquote>')


def _section(s: SectionView, slug: str) -> list[str]:
    meta = plural(s.articles, "article") + (f" · {s.span}" if s.span else "") + (f" · {FOUND_NOTE}" if s.found else "")
    out = [f'<section id="{slug}">', f"<h2>{_e(s.title)}</h2>", f'<p class="meta">{_e(meta)}</p>']
    if s.headline:
        out.append(f'<p class="headline">{_e(s.headline)}</p>')
    for d in s.disputes:
        out.append(f'<p class="disputed"><strong>{_e(d.lead)}</strong> '
                   + " · ".join(f"{_e(x.said)}{_cites(x.cites)}" for x in d.sides) + "</p>")
    if not (s.points or s.analysis or s.quotes or s.timeline or s.players):
        out.append("<p>Nothing to summarise in this storyline.</p>")
    if s.points:
        out += ["<h3>Summary</h3>", '<ul class="points">']
        out += [f'<li>{_e(p.text)}{_cites(p.cites)} <span class="corr">({_e(p.count)})</span></li>'
                for p in s.points]
        out.append("</ul>")
    if s.analysis:
        out += ["<h3>Analysis</h3>", '<ul class="points analysis">']
        out += [f'<li>{_e(p.text)}{_cites(p.cites)} <span class="corr">({_e(p.whose)})</span></li>' for p in s.analysis]
        out.append("</ul>")
    if s.quotes:
        out += ["<h3>Key quotes</h3>"] + [_quote(q) for q in s.quotes]
    if s.timeline:
        out += ["<h3>Timeline</h3>", '<ul class="timeline">']
        out += [f'<li><time datetime="{e.date.isoformat()}">{short_date(e.date)}</time>'
                f'{UPCOMING if e.upcoming else ""} — {_e(e.text)}{_cites(e.cites)}</li>' for e in s.timeline]
        out.append("</ul>")
    if s.players:
        out += ["<h3>Key players</h3>", '<ul class="players">']
        for p in s.players:
            role = f", {_e(p.role)}" if p.role else ""
            out.append(f"<li><strong>{_e(p.name)}</strong>{role} — "
                       f"{plural(p.mentions, 'mention')} in {plural(p.articles, 'article')}</li>")
        out.append("</ul>")
    out.append("</section>")
    return out


def _where(url: str | None, text: str) -> str:
    if url:
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return f'<span class="path">{_e(text)}</span>'


def _source(s: SourceView) -> str:
    parts = [f'<li id="src-{s.number}" value="{s.number}"><strong>{_e(s.title)}</strong>',
             f' <span class="meta">— {_e(byline(s))}</span><br>{_where(s.url, where(s))}']
    if s.copies:
        parts.append('<ul class="copy">')
        parts += [f"<li>merged copy: {_e(c.title)} — {_e(byline(c))}<br>{_where(c.url, where(c))}</li>"
                  for c in s.copies]
        parts.append("</ul>")
    parts.append("</li>")
    return "".join(parts)


def render_outline_html(o: Outline) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="generator" content="briefing">',
        f"<title>{_e(o.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{_e(o.title)}</h1>",
        f'<p class="counts">{_e(o.counts)}</p>',
        f'<p class="meta">{_e(" ".join(x for x in (o.coverage, o.generated) if x))}</p>',
    ]
    slugs = _slugs(o.sections)
    if o.sections:
        out.append("<nav><ul>")
        out += [f'<li><a href="#{slug}">{_e(s.title)}</a></li>' for s, slug in zip(o.sections, slugs)]
        out.append('<li><a href="#sources">Sources</a></li></ul></nav>')
    out.append("</header>")
    for s, slug in zip(o.sections, slugs):
        out += _section(s, slug)
    if not o.sections:
        out.append("<p>No storyline was found in these articles.</p>")
    out += ['<section id="sources">', "<h2>Sources</h2>", '<ol class="sources">']
    out += [_source(s) for s in o.sources]
    out += ["</ol>", "</section>"]
    if o.problems:
        out += ['<section id="problems">', "<h2>Files not included</h2>", "<ul>"]
        out += [f'<li><span class="path">{_e(p.path)}</span>: {_e(p.reason)}</li>' for p in o.problems]
        out += ["</ul>", "</section>"]
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def render_html(brief: Brief) -> str:
    return render_outline_html(build_outline(brief))

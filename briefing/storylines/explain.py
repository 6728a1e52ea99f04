"""Why each paragraph went where it went: the terms it matched, its score against each
storyline's ``min_score``, and the near misses, so a user can tune a beat in minutes.

:func:`explain` runs the same assignment as the brief (:mod:`briefing.storylines.assign`,
found storylines included) and reads each block's evidence again
(:func:`briefing.storylines.blocks.block_evidence`, :meth:`CompiledStorylines.matches`).
For each paragraph or bullet it gives the storylines the paragraph ended in and *how*:

* ``terms``: its own terms (with its heading's share) reach the storyline's ``min_score``;
* ``context``: it came with its heading, its neighbours or its title (rules 2 to 5 of
  :mod:`briefing.storylines.blocks`), its own evidence below the threshold;
* ``found``: a found storyline (grouped by subject from what no configured storyline held);
* ``other``: nothing reached it and no found storyline took it.

A *near miss* is a configured storyline the paragraph has evidence for (at least a third
of its ``min_score``) but did not reach.  :func:`explain_text` writes it all as plain text,
every article character made printable (:func:`briefing.text.clean.shown`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config.schema import Config
from ..model import Article, Brief, Storyline
from ..text.clean import one_line, shown
from ..work import SERIAL, Runner
from .assign import OTHER_KEY, assign_passages, compiled_for
from .blocks import CONTINUE_SHARE, block_evidence
from .scoring import CompiledStorylines

EXCERPT = 90  # characters of a paragraph shown


@dataclass(frozen=True, slots=True)
class TermHit:
    term: str  # as written in the config ("negotiat*", "peace talks")
    uses: int
    adds: float  # what it added to the score (negative for a negative term)


@dataclass(frozen=True, slots=True)
class Reach:
    """One configured storyline's evidence in one paragraph."""

    key: str
    title: str
    score: float  # own terms plus the heading's share
    min_score: float
    hits: tuple[TermHit, ...]


@dataclass(frozen=True, slots=True)
class ParagraphWhy:
    index: int
    text: str
    excluded: str | None  # background, filler: why it feeds nothing
    went: tuple[tuple[str, str, str], ...]  # (key, title, how) for every storyline it went to
    reaches: tuple[Reach, ...]  # the configured storylines it reached
    near: tuple[Reach, ...]  # ...and the ones it had evidence for but did not reach


@dataclass(frozen=True, slots=True)
class ArticleWhy:
    article: str
    path: str
    title: str
    paragraphs: tuple[ParagraphWhy, ...]
    duplicate_of: str | None = None


def explain(articles: Sequence[Article], config: Config, *, runner: Runner = SERIAL) -> tuple[ArticleWhy, ...]:
    """Every article (copies say which article they copy) with every paragraph explained."""
    storylines, _ = assign_passages(articles, config, runner=runner)
    went = _went(storylines)
    cs = compiled_for(tuple(config.storylines))
    return tuple(_article_why(a, cs, went) for a in articles)


def explain_paragraph(brief: Brief, config: Config, article: str, paragraph: int) -> ParagraphWhy | None:
    """Why one paragraph of a brief went where it went (None when the brief has no such paragraph)."""
    try:
        a = brief.article(article)
    except KeyError:
        return None
    why = _article_why(a, compiled_for(tuple(config.storylines)), _went(brief.storylines))
    return next((p for p in why.paragraphs if p.index == paragraph), None)


def _went(storylines: Sequence[Storyline]) -> dict[tuple[str, int], list[tuple[str, str, bool]]]:
    went: dict[tuple[str, int], list[tuple[str, str, bool]]] = {}
    for s in storylines:
        for p in s.passages:
            went.setdefault((p.article, p.paragraph), []).append((s.key, s.title, s.found))
    return went


def _article_why(a: Article, cs: CompiledStorylines, went: dict[tuple[str, int], list[tuple[str, str, bool]]]) -> ArticleWhy:
    if a.duplicate_of is not None:
        return ArticleWhy(a.id, a.path, a.title, (), a.duplicate_of)
    text_of = {b.index: b.text for b in a.blocks}
    paragraphs: list[ParagraphWhy] = []
    for ev in block_evidence(a, cs):
        hits = cs.matches(text_of[ev.index]) if ev.excluded is None else [[] for _ in cs.specs]
        reaches: list[Reach] = []
        near: list[Reach] = []
        for i, spec in enumerate(cs.specs):
            r = Reach(spec.key, spec.title, round(ev.context[i], 2), spec.min_score,
                      tuple(TermHit(t.text, n, round(w, 2)) for t, n, w in hits[i]))
            if ev.context[i] > 0 and ev.context[i] >= spec.min_score:
                reaches.append(r)
            elif ev.excluded is None and ev.context[i] >= spec.min_score * CONTINUE_SHARE and ev.context[i] > 0:
                near.append(r)
        reached = {r.key for r in reaches}
        how = tuple((key, title, "found" if found else "other" if key == OTHER_KEY
                     else "terms" if key in reached else "context")
                    for key, title, found in went.get((a.id, ev.index), ()))
        gone = {k for k, _, _ in how}
        paragraphs.append(ParagraphWhy(ev.index, text_of[ev.index], ev.excluded, how, tuple(reaches),
                                       tuple(r for r in near if r.key not in gone)))
    return ArticleWhy(a.id, a.path, a.title, tuple(paragraphs))


def _hits(r: Reach) -> str:
    terms = ", ".join(f"{h.term} {h.adds:+g}" + (f" (x{h.uses})" if h.uses > 1 else "") for h in r.hits)
    return terms or "its heading"


def _about(p: ParagraphWhy, storyline: str) -> bool:
    want = storyline.casefold()
    keys = [k for k, _, _ in p.went] + [r.key for r in p.near]
    titles = [t for _, t, _ in p.went] + [r.title for r in p.near]
    return any(want == x.casefold() for x in keys + titles)


def paragraph_lines(p: ParagraphWhy) -> list[str]:
    """The lines :func:`explain_text` writes for one paragraph."""
    text = shown(one_line(p.text))
    lines = [f"  ¶{p.index + 1} {text[:EXCERPT]}{'…' if len(text) > EXCERPT else ''}"]
    if p.excluded is not None:
        lines.append(f"      feeds nothing: {p.excluded}")
    by_key = {r.key: r for r in p.reaches}
    for key, title, how in p.went:
        r = by_key.get(key)
        if how == "terms" and r is not None:
            lines.append(f"      -> {shown(title)}: {r.score:g} >= min_score {r.min_score:g} ({shown(_hits(r))})")
        elif how == "found":
            lines.append(f"      -> {shown(title)}: found storyline (grouped by subject with other articles)")
        elif how == "other":
            lines.append("      -> Other: no storyline reached")
        else:
            lines.append(f"      -> {shown(title)}: with its heading, neighbours or title")
    for r in p.near:
        lines.append(f"      near miss {shown(r.title)}: {r.score:g} < min_score {r.min_score:g} ({shown(_hits(r))})")
    return lines


def explain_text(whys: Sequence[ArticleWhy], storyline: str | None = None) -> str:
    """Plain text, one block per article; with ``storyline`` (a key or title), only the
    paragraphs that went to it or nearly did."""
    lines: list[str] = []
    paths = {w.article: w.path for w in whys}
    for w in whys:
        paragraphs = [p for p in w.paragraphs if storyline is None or _about(p, storyline)]
        if storyline is not None and not paragraphs:
            continue
        lines.append(f"{shown(Path(w.path).name)}: {shown(one_line(w.title))}")
        if w.duplicate_of is not None:
            original = paths.get(w.duplicate_of, w.duplicate_of)
            lines += [f"  a copy of {shown(Path(original).name)}: its paragraphs count once, with the article it copies",
                      ""]
            continue
        for p in paragraphs:
            lines += paragraph_lines(p)
        lines.append("")
    return "\n".join(lines)

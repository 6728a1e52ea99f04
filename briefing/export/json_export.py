"""The JSON brief: the stable machine contract (see the README's "JSON schema")."""

from __future__ import annotations

import json
from typing import Any

import orjson

from ..model import Article, Brief, Passage, Quote, Storyline

SCHEMA = "briefing/1"


def _passage(p: Passage) -> dict[str, Any]:
    return {"article": p.article, "paragraph": p.paragraph, "text": p.text}


def _article(a: Article, brief: Brief) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "published": a.published_iso,
        "outlet": a.outlet,
        "author": a.author,
        "url": a.url,
        "words": a.words,
        "duplicate_of": a.duplicate_of,
        "copies": list(a.copies),
        "stale": brief.is_stale(a.id),
        "paragraphs": [{"kind": b.kind, "text": b.text} for b in a.blocks],
    }


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "speaker": q.speaker,
        "role": q.role,
        "verb": q.verb,
        "article": q.article,
        "paragraph": q.paragraph,
        "key": q.key,
        "storylines": list(q.storylines),
    }


def _storyline(s: Storyline, brief: Brief) -> dict[str, Any]:
    return {
        "key": s.key,
        "title": s.title,
        "found": s.found,
        "headline": s.headline,
        "disputes": [
            {"about": d.about,
             "sides": [{"label": x.label, "speaker": x.speaker, "text": x.text, "sources": list(x.sources),
                        "article": x.article, "paragraph": x.paragraph} for x in d.sides]}
            for d in s.disputes
        ],
        "first": s.first.isoformat() if s.first else None,
        "last": s.last.isoformat() if s.last else None,
        "articles": list(s.articles),
        "summary": [
            {"text": p.text, "sources": list(p.sources), "corroboration": p.corroboration, "via": p.via,
             "article": p.article, "paragraph": p.paragraph}
            for p in s.summary
        ],
        "analysis": [
            {"text": p.text, "sources": list(p.sources), "article": p.article, "paragraph": p.paragraph}
            for p in s.analysis
        ],
        "passages": [_passage(p) for p in s.passages],
        "substories": [
            {"label": sub.label, "articles": list(sub.articles), "passages": [_passage(p) for p in sub.passages]}
            for sub in s.substories
        ],
        "quotes": [_quote(brief.quotes[i]) for i in s.quotes],
        "timeline": [
            {"date": e.date.isoformat(), "text": e.text, "article": e.article, "paragraph": e.paragraph,
             "sources": list(e.sources or (e.article,))}
            for e in s.timeline
        ],
        "players": [
            {"name": p.name, "kind": p.kind, "role": p.role, "mentions": p.mentions, "articles": list(p.articles)}
            for p in s.players
        ],
    }


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "date": brief.date.isoformat() if brief.date else None,
        "generated_at": brief.generated_at.isoformat(),
        "counts": {
            "articles": len(brief.articles),
            "stories": len(brief.primary_articles),
            "sources": len(brief.outlets),
            "duplicates_merged": brief.duplicates_merged,
            "undated_left_out": brief.left_out_undated,
            "other_days_left_out": brief.left_out_other_days,
        },
        "articles": [_article(a, brief) for a in brief.articles],
        "storylines": [_storyline(s, brief) for s in brief.storylines],
        "quotes": [_quote(q) for q in brief.quotes],
        "claims": [{"text": c.text, "sources": list(c.sources), "corroboration": c.corroboration} for c in brief.claims],
        "problems": [{"path": p.path, "reason": p.reason, "severity": p.severity} for p in brief.problems],
    }


def render_json(brief: Brief) -> str:
    """The brief as indented JSON text (see :func:`json_bytes`)."""
    data = brief_to_dict(brief)
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")
    except orjson.JSONEncodeError:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def json_bytes(brief: Brief) -> bytes:
    """The brief as indented JSON in UTF-8, ready to write: no text copy of a file that is
    220 MB at 50,000 articles.  orjson writes it (ten times faster than the json module's
    indented dump, which is pure Python: 0.64 s against 0.05 s for a brief of 10,000 articles),
    byte for byte as ``json.dumps(..., ensure_ascii=False, indent=2)`` would; the json module
    is the fallback for a text orjson refuses (a lone surrogate from a file name that is not
    UTF-8, written as its ``\\u`` escape)."""
    data = brief_to_dict(brief)
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace")

"""Direct quotations and who said them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .config_model import Config
from .model import Article, Quote, Storyline

_QUOTE = re.compile(r"[“\"]([^”\"\n]{1,2000})[”\"]")
_AFTER = re.compile(r"^[,.]?\s*(?:(?P<name1>(?:[A-Z][\w'’-]+\s?){1,3})\s+(?P<verb1>said|stated|added|remarked|told)|(?P<verb2>said|stated|added)\s+(?P<name2>(?:[A-Z][\w'’-]+\s?){1,3}))")


def extract_quotes(articles: Sequence[Article], config: Config) -> list[Quote]:
    out: list[Quote] = []
    for a in articles:
        if a.duplicate_of is not None:
            continue
        for b in a.blocks:
            if b.kind == "heading":
                continue
            for m in _QUOTE.finditer(b.text):
                after = _AFTER.match(b.text[m.end():m.end() + 80])
                speaker = verb = None
                if after:
                    speaker = (after.group("name1") or after.group("name2") or "").strip() or None
                    verb = after.group("verb1") or after.group("verb2")
                out.append(Quote(text=m.group(1).strip(), speaker=speaker, article=a.id, paragraph=b.index, verb=verb))
    return out


def attach_quotes(quotes: Sequence[Quote], storylines: Sequence[Storyline]) -> tuple[tuple[Quote, ...], tuple[Storyline, ...]]:
    """Mark key quotes, tie each quote to the storylines of its paragraph, and list each
    storyline's key quotes (indices into the returned quotes)."""
    where: dict[tuple[str, int], list[str]] = {}
    for s in storylines:
        for p in s.passages:
            where.setdefault((p.article, p.paragraph), []).append(s.key)
    marked = []
    for q in quotes:
        key = q.speaker is not None and len(q.text.split()) >= 5
        marked.append(replace(q, key=key, storylines=tuple(where.get((q.article, q.paragraph), ()))))
    new_storylines = []
    for s in storylines:
        idx = tuple(i for i, q in enumerate(marked) if q.key and s.key in q.storylines)
        new_storylines.append(replace(s, quotes=idx))
    return tuple(marked), tuple(new_storylines)

"""Grouping what the articles say into the storylines of the config."""

from __future__ import annotations

import re
from typing import Sequence

from .config_model import Config, StorylineSpec, Term
from .model import Article, Passage, Storyline
from .text import normalize

OTHER_KEY = "other"
OTHER_TITLE = "Other"


def _term_pattern(term: Term) -> re.Pattern[str]:
    text = normalize(term.text)
    if text.endswith("*"):
        return re.compile(r"\b" + re.escape(text[:-1]) + r"\w*")
    parts = [re.escape(w) for w in text.split()]
    last = parts[-1] + r"(?:s|es|ed|ing|d)?"
    return re.compile(r"\b" + r"\s+".join(parts[:-1] + [last]) + r"\b")


def score(text: str, spec: StorylineSpec) -> float:
    norm = normalize(text)
    total = sum(t.weight * len(_term_pattern(t).findall(norm)) for t in spec.terms)
    total -= sum(t.weight * len(_term_pattern(t).findall(norm)) for t in spec.negative)
    return total


def _date_key(a: Article) -> tuple[int, int]:
    return (0, a.published.toordinal()) if a.published else (1, 0)


def assign_storylines(articles: Sequence[Article], config: Config) -> tuple[Storyline, ...]:
    """Storylines (config order, "Other" last when anything is left) with their articles
    and passages.  Copies of an article (``duplicate_of`` set) feed nothing themselves."""
    primaries = [a for a in articles if a.duplicate_of is None]
    passages: dict[str, list[Passage]] = {s.key: [] for s in config.storylines}
    other: list[Passage] = []
    for a in primaries:
        for b in a.blocks:
            if b.kind == "heading":
                continue
            hits = [(score(b.text, s), s) for s in config.storylines]
            hits = [(sc, s) for sc, s in hits if sc >= s.min_score]
            if not hits:
                other.append(Passage(a.id, b.index, b.text, 0.0))
            for sc, s in hits:
                passages[s.key].append(Passage(a.id, b.index, b.text, sc))
    by_id = {a.id: a for a in primaries}
    out = []
    specs = [(s.key, s.title) for s in config.storylines] + [(OTHER_KEY, OTHER_TITLE)]
    passages[OTHER_KEY] = other
    for key, title in specs:
        ps = passages[key]
        if key == OTHER_KEY and not ps:
            continue
        arts = sorted({p.article for p in ps}, key=lambda i: (_date_key(by_id[i]), by_id[i].path))
        dates = [by_id[i].published for i in arts if by_id[i].published]
        out.append(Storyline(key, title, tuple(arts), tuple(ps), first=min(dates, default=None), last=max(dates, default=None)))
    return tuple(out)

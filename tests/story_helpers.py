"""A storyline built the way the pipeline builds it (name book, quotes attached), for tests
of key players and of the shortcuts they take."""

from __future__ import annotations

from briefing.model import Article, Passage, Storyline
from briefing.people.namebook import NameBook
from briefing.quotes.extract import attach_quotes, extract_quotes


def storyline_of(make, config, texts, *, key="s", title="S", score=1.0):  # type: ignore[no-untyped-def]
    """(articles, storyline with every block as a passage, quotes, name book)."""
    arts: list[Article] = [make(t, name=f"{i}.txt", title=f"Headline {i}") for i, t in enumerate(texts)]
    passages = tuple(Passage(a.id, b.index, b.text, score) for a in arts for b in a.blocks)
    story = Storyline(key, title, tuple(a.id for a in arts), passages)
    book = NameBook.build(arts, config.aliases)
    quotes, (story,) = attach_quotes(extract_quotes(arts, config, names=book), [story])
    return arts, story, quotes, book

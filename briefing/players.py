"""Key players of a storyline: the people and organisations who matter most in it.

People and organisations are read from the storyline's passages with the name
machinery of the quotes (one person, one name; roles as the text gives them).  Places,
nationalities, news agencies and capitalised phrases that name nobody ("Cold War",
"The Trump-Putin") are never players.  Ranked by mentions, by how many articles
mention them and by how often they are quoted in the storyline.  In a storyline of more
than :data:`MAX_PASSAGES` passages (the "Other" of a brief of tens of thousands of
articles) they are counted over that many, evenly spread through it, so the stage stays
linear in the articles while the people who matter, named throughout, still lead.
"""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Sequence

from .mentions import find_mentions
from .model import Article, Passage, Player, Quote, Storyline
from .namebook import NameBook, best_role, book_for, last_book_for
from .quote_marks import find_quotes
from .speakers import UNNAMED

MAX_PLAYERS = 8
MAX_PASSAGES = 20_000  # passages read per storyline at most (evenly spread)
PASSAGE_CACHE = 400_000  # passages whose people are remembered between storylines


def _book(articles: Mapping[str, Article], quotes: Sequence[Quote]) -> NameBook:
    book = last_book_for(articles.values())
    if book is not None:
        return book
    # built without the config: the names the quotes settled on stay canonical
    speakers = {q.speaker: () for q in quotes if q.speaker and q.speaker != UNNAMED and " " in q.speaker}
    return book_for(articles.values(), speakers)


def _people(book: NameBook, article: str, paragraph: int, text: str) -> tuple[tuple[str, str, str | None], ...]:
    """(name, kind, role) of each person or organisation a passage names outside its quotes;
    kept on the book, since a paragraph often belongs to several storylines."""
    key = (article, paragraph, hash(text))
    hit = book.passage_people.get(key)
    if hit is not None:
        return hit
    out: list[tuple[str, str, str | None]] = []
    spans = find_quotes(text)
    known = book.take_mentions(article, paragraph, text)
    mentions = known if known is not None and not spans else find_mentions(text, skip=[(s.start, s.end) for s in spans])
    for m in mentions:
        if m.kind == "person":
            name = book.person(m.phrase.name, article)
        elif m.kind == "organisation":
            name = book.org(m.phrase.name)
            name = None if book.is_news_org(name) else name
        else:
            continue
        if name is not None:
            out.append((name, m.kind, m.phrase.role))
    found = tuple(out)
    if len(book.passage_people) < PASSAGE_CACHE:
        book.passage_people[key] = found
    return found


def read_passages(passages: Sequence[Passage]) -> Sequence[Passage]:
    """The passages players are counted over: all, or :data:`MAX_PASSAGES` evenly spread."""
    if len(passages) <= MAX_PASSAGES:
        return passages
    step = len(passages) / MAX_PASSAGES
    return [passages[int(k * step)] for k in range(MAX_PASSAGES)]


def key_players(
    storyline: Storyline, articles: Mapping[str, Article], quotes: Sequence[Quote], *, names: NameBook | None = None
) -> tuple[Player, ...]:
    """The people and organisations who matter most in a storyline, best first (at most
    ``MAX_PLAYERS``).  ``names``: the brief's name book (built from ``articles`` when None)."""
    book = names if names is not None else _book(articles, quotes)
    mentions: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    where: dict[str, set[str]] = {}
    roles: dict[str, Counter[str]] = {}
    for p in read_passages(storyline.passages):
        for name, kind, role in _people(book, p.article, p.paragraph, p.text):
            mentions[name] += 1
            kinds[name] = kind
            where.setdefault(name, set()).add(p.article)
            if role:
                roles.setdefault(name, Counter())[role] += 1
    quoted: Counter[str] = Counter(
        q.speaker for q in quotes if q.speaker and q.speaker in mentions and storyline.key in q.storylines
    )
    order = {a: i for i, a in enumerate(storyline.articles)}

    def weight(name: str) -> float:
        return mentions[name] + 2 * len(where[name]) + 2 * quoted[name]

    def matters(name: str) -> bool:  # named twice, quoted, or introduced with a role
        return mentions[name] >= 2 or quoted[name] > 0 or (kinds[name] == "person" and name in roles)

    ranked = sorted((n for n in mentions if matters(n)), key=lambda n: (-weight(n), n))
    out: list[Player] = []
    for name in ranked[:MAX_PLAYERS]:
        role = (best_role(roles.get(name, {})) or book.role(name)) if kinds[name] == "person" else None
        arts = tuple(sorted(where[name], key=lambda a: (order.get(a, len(order)), a)))
        kind = "person" if kinds[name] == "person" else "organisation"
        out.append(Player(name, kind, role, mentions[name], arts))
    return tuple(out)

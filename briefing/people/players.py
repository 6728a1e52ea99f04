"""Key players of a storyline: the people and organisations who matter most in it.

People and organisations are read from the storyline's passages with the name
machinery of the quotes (one person, one name; roles as the text gives them).  Places,
nationalities, news agencies and capitalised phrases that name nobody ("Cold War",
"The Trump-Putin") are never players.  Ranked by mentions, by how many articles
mention them and by how often they are quoted in the storyline.  Every passage is
counted; a long storyline can be tallied in runs, on both cores (:class:`Tally`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Article, Passage, Player, Quote, Storyline
from ..text.quote_marks import find_quotes
from .mentions import find_mentions, outside
from .name_words import GENERIC_BODIES
from .namebook import NameBook, book_for
from .names import UNNAMED, strip_possessive, surname_like_place
from .namesakes import best_role

MAX_PLAYERS = 8
PASSAGE_CACHE = 400_000  # passages whose people are remembered between storylines


def _book(articles: Mapping[str, Article], quotes: Sequence[Quote]) -> NameBook:
    """A name book for key players asked for on their own (the pipeline passes the brief's):
    without the config, so the names the quotes settled on are the canonical ones."""
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
    skip = [(s.start, s.end) for s in spans]
    mentions = outside(text, known, skip) if known is not None else None
    if mentions is None:
        mentions = find_mentions(text, skip=skip)
    for m in mentions:
        if m.kind == "person":
            role = m.phrase.role
            firm = (book.company([role, *m.phrase.name]) if role and " " not in role and role[:1].isupper()
                    else book.company(m.phrase.name) if role is None and len(m.phrase.name) > 1 else None)
            if firm is not None:  # "General Motors" (a General called Motors), "American Express": "... Corp", "... Co"
                out.append((firm, "organisation", None))
                continue
            name = book.person(m.phrase.name, article, paragraph, role)
        elif m.kind == "place" and len(m.phrase.name) == 1 and surname_like_place(m.phrase.name[0]) and (
                book.has_surname(m.phrase.name[0])):
            name = book.person(m.phrase.name, article, paragraph)  # "Cuban" after "Mark Cuban"
        elif m.kind == "organisation":
            if len(m.phrase.name) == 1 and strip_possessive(m.phrase.name[0])[0].lower() in GENERIC_BODIES:
                continue  # "the Bank said", "the Ministry": no particular body
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


@dataclass(slots=True)
class Tally:
    """Who a run of passages names: mentions, kind (the last seen), articles and roles."""

    mentions: Counter[str] = field(default_factory=Counter)
    kinds: dict[str, str] = field(default_factory=dict)
    where: dict[str, set[str]] = field(default_factory=dict)
    roles: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        """Fold in the tally of the passages that come after these (order kept: the same
        result as one tally over both runs)."""
        self.mentions.update(other.mentions)
        self.kinds.update(other.kinds)
        for name, arts in other.where.items():
            self.where.setdefault(name, set()).update(arts)
        for name, counts in other.roles.items():
            self.roles.setdefault(name, Counter()).update(counts)


def tally(book: NameBook, passages: Sequence[Passage]) -> Tally:
    """The people and organisations ``passages`` name.  A long storyline can be tallied in
    runs (on both cores) and the runs folded together with :meth:`Tally.add`."""
    t = Tally()
    mentions, kinds, where, roles = t.mentions, t.kinds, t.where, t.roles
    for p in passages:
        for name, kind, role in _people(book, p.article, p.paragraph, p.text):
            mentions[name] += 1
            kinds[name] = kind
            where.setdefault(name, set()).add(p.article)
            if role:
                roles.setdefault(name, Counter())[role] += 1
    return t


def key_players(
    storyline: Storyline, articles: Mapping[str, Article], quotes: Sequence[Quote], *, names: NameBook | None = None,
    counted: Tally | None = None,
) -> tuple[Player, ...]:
    """The people and organisations who matter most in a storyline, best first (at most
    ``MAX_PLAYERS``).  ``names``: the brief's name book (built from ``articles`` when None);
    ``counted``: the storyline's tally when already made (:func:`tally`)."""
    book = names if names is not None else _book(articles, quotes)
    t = counted if counted is not None else tally(book, storyline.passages)
    mentions, kinds, where, roles = t.mentions, t.kinds, t.where, t.roles
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
        out.append(Player(name, "person" if kinds[name] == "person" else "organisation", role, mentions[name], arts))
    return tuple(out)

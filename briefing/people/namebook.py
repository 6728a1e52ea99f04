"""The brief's book of names: one canonical name per person and organisation.

Built once from every primary article.  A person is registered only when the text
shows it is one (a title, an honorific, an apposition, a speech verb); other mentions
of the same surname then resolve to that person.  Spellings merge by transliteration
key (``names.skeleton``) and through the config's ``aliases`` table (canonical name ->
other spellings).  A surname shared by several people resolves to the one that article
names in full, else to the one the brief mentions most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Article
from ..text.quote_marks import find_quotes
from ..text.words import normalize
from ..work import SERIAL, Runner
from .appositions import age_after
from .mentions import Mention, article_mentions
from .name_words import LEGAL_FORMS, NEWS_ORGS, ORG_HEADS
from .names import org_key, person_key, skeleton, strip_possessive
from .namesakes import best_role, fold_quote, gender_fits, given, particle_led, plausible, shares_title

DOMINANT = 2  # a surname alone is the person the brief names at least this many times more than any namesake


@dataclass(slots=True)
class _Person:
    key: tuple[str, str]
    spellings: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    alias: str | None = None
    articles: set[str] = field(default_factory=set)  # where the brief shows this one to be a person


class NameBook:
    def __init__(self, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self._alias_norm: dict[str, tuple[str, ...]] = {}
        self._alias_skel: dict[tuple[str, ...], tuple[str, ...]] = {}
        for canonical, variants in (aliases or {}).items():
            words = tuple(canonical.split())
            for v in (canonical, *variants):
                self._alias_norm[normalize(v)] = words
                parts = v.split()
                self._alias_skel[tuple(skeleton(w) for w in parts)] = words
                if len(parts) > 1 and skeleton(parts[-1]) != skeleton(words[-1]):
                    # a surname that does not look like the canonical one: "Selenskyj" alone
                    self._alias_skel.setdefault((skeleton(parts[-1]),), words)
        self._alias_cache: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._canonicals = set(self._alias_skel.values())
        self._people: dict[tuple[str, str], _Person] = {}
        self._by_surname: dict[str, dict[str, _Person]] = {}
        self._article_first: dict[tuple[str, str], Counter[str]] = {}  # (article, surname) -> given name -> shown a person
        self._paragraph_first: dict[tuple[str, int, str], set[str]] = {}  # (article, paragraph, surname) -> given names
        self._article_spelled: dict[tuple[str, str], dict[str, str]] = {}  # (article, surname) -> given name -> as printed
        self._bare_first: set[tuple[str, str]] = set()  # (article, surname) named bare before in full
        self._article_roles: dict[tuple[str, tuple[str, str]], Counter[str]] = {}
        self._surname_articles: dict[str, set[str]] = {}
        self._orgs: dict[str, Counter[str]] = {}
        self._initials: dict[str, str] | None = None  # an acronym -> the spelled-out key it stands for
        self._acronyms: dict[str, str] | None = None  # the other way, for the acronyms the brief uses
        self._org_articles: dict[str, set[str]] = {}
        self._companies: dict[str, str] | None = None  # a company's key without its legal form -> its key
        # (article, paragraph, text hash) -> (name, kind, role) of the people a passage names
        self.passage_people: dict[tuple[str, int, int], tuple[tuple[str, str, str | None], ...]] = {}
        # (article, block index) -> (block text, its mentions): read while building, handed
        # on so that key players need not find them again (taken, once used, by ``take_mentions``)
        self._block_mentions: dict[tuple[str, int], tuple[str, list[Mention]]] = {}

    # building
    @classmethod
    def build(cls, articles: Iterable[Article], aliases: Mapping[str, Sequence[str]] | None = None,
              *, runner: Runner = SERIAL) -> NameBook:
        """The book of the primary articles' mentions (read through ``runner``)."""
        book = cls(aliases)
        primaries = [a for a in articles if a.duplicate_of is None]
        # each article's mentions go into the book as they come, while the helpers read on
        for a, blocks in zip(primaries, runner.imap(article_mentions, primaries), strict=True):
            for k, found in blocks:  # (position in a.blocks, mentions): no text sent back
                b = a.blocks[k]
                spans = None  # the block's quotations, found when a full name needs them
                for m in found:
                    inside = False
                    if m.kind == "person" and len(m.phrase.name) > 1:
                        if spans is None:
                            spans = find_quotes(b.text) if '"' in b.text or "\u201c" in b.text else []
                        inside = any(sp.start <= m.start < sp.end for sp in spans)
                    book.add(m, a.id, -1 if inside else b.index, age_after(b.text, m.end))
                book._block_mentions[(a.id, b.index)] = (b.text, found)
        return book

    def take_mentions(self, article: str, paragraph: int, text: str) -> list[Mention] | None:
        """The mentions found in this block while building (no quotation skipped), once:
        None when ``text`` is not the block's text or they were taken already."""
        hit = self._block_mentions.get((article, paragraph))
        if hit is None or hit[0] != text:
            return None
        del self._block_mentions[(article, paragraph)]
        return hit[1]

    def aliased(self, name: Sequence[str]) -> tuple[str, ...]:
        """The config's canonical words for a name, or the name itself."""
        words = tuple(name)
        if not self._alias_skel:
            return words
        hit = self._alias_cache.get(words)
        if hit is None:
            hit = self._alias_norm.get(normalize(" ".join(words)))
            if hit is None:
                hit = self._alias_skel.get(tuple(skeleton(w) for w in words), words)
            if len(self._alias_cache) < 100_000:
                self._alias_cache[words] = hit
        return hit

    def add(self, m: Mention, article: str, paragraph: int = -1, aged: bool = False) -> None:
        """Register a mention of ``article``; ``paragraph``: its block index, -1 inside a quotation;
        ``aged``: an age follows the name ("Ivanka Trump, 34,")."""
        if m.kind == "organisation":
            key = org_key(m.phrase.name)
            surface = " ".join(m.phrase.name)
            if surface.lower().startswith("the "):
                surface = surface[4:]
            self._orgs.setdefault(key, Counter())[strip_possessive(surface)[0]] += 1
            self._org_articles.setdefault(key, set()).add(article)
            self._initials = self._acronyms = self._companies = None
            return
        if m.kind != "person":
            return
        name = self.aliased(m.phrase.name)
        first, last = person_key(name)
        if not last:
            return
        self._surname_articles.setdefault(last, set()).add(article)
        if first:  # every full name the article gives, shown to be a person here or elsewhere
            self._article_spelled.setdefault((article, last), {}).setdefault(first, " ".join(name))
        elif (article, last) not in self._article_spelled:
            self._bare_first.add((article, last))  # "Obama spoke …" before any full name: someone known already
        if not m.evidence:
            return
        if first and not aged:
            self._article_first.setdefault((article, last), Counter())[first] += 1
        if first and not m.possessive and not aged:
            # shown a person right there, outside a quotation ("Jeb Bush told …"; not "Melania Trump's speech"):
            # a bare "Bush" in that paragraph is this one
            self._paragraph_first.setdefault((article, paragraph, last), set()).add(first)
        p = self._people.get((first, last))
        if p is None:
            p = _Person((first, last))
            self._people[(first, last)] = p
            self._by_surname.setdefault(last, {})[first] = p
        if name != tuple(m.phrase.name) or name in self._canonicals:
            p.alias = " ".join(name)
        p.spellings[" ".join(name)] += 1
        p.articles.add(article)
        if m.phrase.role:
            p.roles[m.phrase.role] += 1
            self._article_roles.setdefault((article, p.key), Counter())[m.phrase.role] += 1

    # looking up
    def _person(self, name: Sequence[str], article: str | None, paragraph: int | None = None,
                role: str | None = None, introduced: bool = False, gender: str | None = None) -> _Person | None:
        words = self.aliased(name)
        first, last = person_key(words)
        cands = self._by_surname.get(last)
        if not cands:
            return None
        if first:
            return cands.get(first)
        if len(words) == 1:
            # a bare surname is someone written with that very surname: "Grimm" is not Ryan Grim,
            # nor "Braynard" Lael Brainard (spellings fold together only with a given name to match)
            said = fold_quote(words[0])
            cands = {f: p for f, p in cands.items() if any(fold_quote(sp.rsplit(" ", 1)[-1]) == said for sp in p.spellings)}
            if not cands:
                return None
        if len(words) > 1:
            # a name opening with a particle ("Ben Smith", "Ben Ali", "Al Gore") is one of those
            # whose spelling ends with it ("Zine El Abidine Ben Ali"), never another of that surname
            tail = " ".join(words).casefold()
            fitting = [p for p in cands.values() if any(sp.casefold().endswith(tail) for sp in p.spellings)]
            named = [p for p in fitting if p.key[0]]  # "Ursula von der Leyen" for "Von der Leyen"
            return named[0] if len(named) == 1 else fitting[0] if len(fitting) == 1 else None
        full = {f: p for f, p in cands.items() if f}
        spelled = self._article_spelled.get((article or "", last), {})
        # the namesakes this article names in full: people the brief knows, and people it gives a common
        # given name ("Donald Harlan", whom nothing else showed a person), of the honorific's gender if any
        here = [f for f in spelled if (f in full or given(spelled[f])) and gender_fits(spelled[f], gender)]
        known = {f: full[f] for f in here if f in full}
        if len(known) > 1 and role:
            titled = [q for q in known.values() if shares_title(role, q.roles)]
            if len(titled) == 1:  # "Treasury Secretary Baker" beside "Howard Baker": James Baker
                return titled[0]
        shown = self._paragraph_first.get((article or "", paragraph, last), set()) if paragraph is not None else set()
        beside = [f for f in shown if f in here]
        if len(beside) == 1 and beside[0] in known:
            return known[beside[0]]  # "Jeb Bush told an Iowa audience … Bush said": the namesake shown right there
        if len(here) > 1 and introduced:
            return cands.get("")  # "Clintock, 35, the daughter of both": someone new
        evidence = self._article_first.get((article or "", last))
        ranked_here = [(f, n) for f, n in evidence.most_common() if f in known][:2] if evidence else []
        if not ranked_here and len(known) < len(here):
            # "Donald Harlan" … "his daughter, Ivy Harlan, 34": no one the brief knows for sure, unless the one it
            # knows is named in other articles too ("Barack Obama" beside "the first lady, Michelle Obama")
            established = [q for q in known.values() if q.articles - {article or ""}]
            return established[0] if len(known) == 1 and established else cands.get("")
        if ranked_here:
            # namesakes this article shows to be people (by title, apposition, speech; an age introduces a
            # relative, "his daughter Ivanka, 34", and counts not): the one it shows far the most, else the one
            # the brief names far the most, else no guess
            if len(ranked_here) == 2 and ranked_here[0][1] < DOMINANT * ranked_here[1][1]:
                tied = [known[f] for f, _ in ranked_here]
                counts = sorted((sum(q.spellings.values()) for q in tied), reverse=True)
                top = max(tied, key=lambda q: sum(q.spellings.values()))
                return top if counts[0] >= DOMINANT * counts[1] else None
            return known[ranked_here[0][0]]
        if len(known) == 1:
            return next(iter(known.values()))
        stray = self._stray(cands.get(""), full)
        if stray and full:  # "Ben Hale" named too: a bare "Hale" is one of several people
            counts = sorted([sum(p.spellings.values()) for p in full.values()] + [stray], reverse=True)
            top = max(full.values(), key=lambda p: sum(p.spellings.values()))
            return top if counts[0] >= DOMINANT * counts[1] and sum(top.spellings.values()) == counts[0] else None
        if len(full) == 1:
            return next(iter(full.values()))
        if full:
            # no one of that surname named in this article: the one the brief names far the most
            # ("Trump"), but never a guess between people named about as often ("Smith": Ben or Scott?)
            ranked = sorted(full.values(), key=lambda p: -sum(p.spellings.values()))
            first_n, second_n = (sum(p.spellings.values()) for p in ranked[:2])
            if first_n >= DOMINANT * second_n:
                return ranked[0]
        return cands.get("")

    def _stray(self, p: _Person | None, full: Mapping[str, _Person]) -> int:
        """How often a surname-keyed person is named by a particle-led name that no full name
        ends with ("Ben Hale" beside "Scott Hale"; not "Von der Leyen" beside "Ursula von der Leyen")."""
        if p is None:
            return 0
        spellings = [sp.casefold() for q in full.values() for sp in q.spellings]
        return sum(n for sp, n in p.spellings.items()
                   if particle_led(sp) and not any(f.endswith(sp.casefold()) for f in spellings))

    def _display(self, p: _Person) -> str:
        if p.alias:
            return p.alias
        if p.key[0] == "":
            full = {f: q for f, q in self._by_surname.get(p.key[1], {}).items() if f}
            if self._stray(p, full):  # "De Hale", "El Baradei": a person of their own
                return next(sp for sp, _ in p.spellings.most_common() if particle_led(sp))
            if (other := self._person_full(p.key[1])) is not None:
                return self._display(other)
        return p.spellings.most_common(1)[0][0]

    def _person_full(self, last: str) -> _Person | None:
        full = [p for f, p in self._by_surname.get(last, {}).items() if f]
        return full[0] if len(full) == 1 else None

    def has_surname(self, name: str) -> bool:
        """Whether a one-word ``name`` is the surname of someone the brief names in full."""
        words = name.split()
        return len(words) == 1 and any(f for f in self._by_surname.get(person_key(words)[1], {}))

    def person(self, name: Sequence[str], article: str | None = None, paragraph: int | None = None,
               role: str | None = None, *, introduced: bool = False, gender: str | None = None) -> str | None:
        """Canonical full name of a known person, or None.  A bare surname several people of the article
        share is the one named in full in the same ``paragraph`` (a block index), else the one whose
        title the mention gives (``role``: "Treasury Secretary Baker"), else the one the article names
        first, unless the mention is ``introduced`` as someone of its own ("Clintock, 35, the daughter of
        both"); a surname the article names no one in full by is the one the brief names far the most."""
        own = self._only_full_name(name, article)
        if own is not None and gender_fits(own, gender):
            return own
        p = self._person(name, article, paragraph, role, introduced, gender)
        return self._display(p) if p else None

    def _only_full_name(self, name: Sequence[str], article: str | None) -> str | None:
        """For a bare surname the brief knows no one by on its own ("Schumer", not "President Obama"):
        the one full name the article gives that surname, by a common given name, when the brief has
        not shown that one to be a person ("Don't look for Amy Schumer …" … "Schumer wrote"), unless the
        article named the surname alone before it ("Obama spoke …" … "Michelle Obama joined him")."""
        words = self.aliased(name)
        if len(words) != 1 or article is None:
            return None
        first, last = person_key(words)
        if first or ("", last) in self._people or (article, last) in self._bare_first:
            return None
        spelled = self._article_spelled.get((article, last), {})
        named = [f for f, sp in spelled.items() if plausible(sp) or f in self._by_surname.get(last, {})]
        if len(named) != 1 or named[0] in self._by_surname.get(last, {}) or not given(spelled[named[0]]):
            return None  # ("Ammon Bundy and Ryan Bundy": which one, the article does not say)
        return spelled[named[0]]

    def role(self, canonical: str, article: str | None = None) -> str | None:
        """The role the article gives this person, else the one the brief gives most."""
        p = self._person(canonical.split(), article)
        if p is None:
            return None
        keys = [p.key] + ([full.key] if p.key[0] == "" and (full := self._person_full(p.key[1])) else [])
        # the surname alone counts only in this article ("Kristen Day" takes no role of a "Day" elsewhere)
        bare = [q.key for q in self._by_surname.get(p.key[1], {}).values() if q.key[0] == "" and p.key[0]]
        if article:
            here: Counter[str] = Counter()
            for k in keys + bare:
                here.update(self._article_roles.get((article, k), {}))
            if here:
                return best_role(here)
        if len(canonical.split()) == 1 and any(f for f in self._by_surname.get(p.key[1], {})):
            return None  # a surname left bare because several people bear it: no one's role elsewhere
        roles: Counter[str] = Counter()
        for k in keys:
            if k in self._people:
                roles.update(self._people[k].roles)
        return best_role(roles)

    def _initials_table(self) -> dict[str, str]:
        """Initials of every spelled-out organisation of two words or more -> its key (the most
        mentioned when two share initials); made once the book is complete."""
        if self._initials is None:
            found: dict[str, str] = {}
            for k, spellings in self._orgs.items():
                words = [w for w in k.split() if w not in ("of", "and", "for", "the", "on")]
                if len(words) >= 2:
                    initials = "".join(w[0] for w in words if w[:1].isalpha())
                    best = found.get(initials)
                    if best is None or sum(spellings.values()) > sum(self._orgs[best].values()):
                        found[initials] = k
            self._initials = found
        return self._initials

    def _spelled_out(self, key: str, surface: str = "") -> str:
        """The key of the organisation an acronym stands for when the brief spells it out ("eu" ->
        "europe union", "dnc" -> "democratic national committee"), else ``key``."""
        if " " in key or not key.isalpha() or not 2 <= len(key) <= 6:
            return key
        printed = self._orgs.get(key)
        if not (surface.isupper() or (printed is not None and any(sp.isupper() for sp in printed))):
            return key  # "Pa" or "Abc" as printed is a name, not an acronym
        return self._initials_table().get(key, key)

    def org(self, words: Sequence[str]) -> str:
        """Display name of an organisation: its most common spelling in the brief, an acronym and
        the name it stands for counted as one ("EU" and "European Union")."""
        key = self._spelled_out(org_key(words), " ".join(words))
        if key not in NEWS_ORGS:  # "Arsenal Holdings" is the brief's "Arsenal Holdings Inc" (an outlet stays an outlet)
            key = self._company_key(key) or key
        seen = self._orgs.get(key)
        if seen:
            short = self._orgs.get(self._acronym_of(key))
            both = seen + short if short else seen  # "NATO" 4 times and spelled out once: "NATO"
            return both.most_common(1)[0][0]
        surface = " ".join(words)
        return strip_possessive(surface[4:] if surface.lower().startswith("the ") else surface)[0]

    def _company_key(self, key: str) -> str | None:
        """The key of the company the brief names with its legal form, for its key without it."""
        if self._companies is None:
            self._companies = {}
            for k, _ in sorted(self._orgs.items(), key=lambda kv: -sum(kv[1].values())):
                head, _, form = k.rpartition(" ")
                if head and form in LEGAL_FORMS and not all(w in ORG_HEADS for w in head.split()):  # ("Bank Plc")
                    self._companies.setdefault(head, k)  # (the commonest, when both "Inc" and "Corp" are written)
        return self._companies.get(key)

    def company(self, words: Sequence[str]) -> str | None:
        """The company a person-shaped phrase is, when the brief names it with its legal form
        ("General Motors", read as a General called Motors, is "General Motors Corp"), else None."""
        found = self._company_key(org_key(words))
        return self.org(found.split()) if found is not None else None

    def is_news_org(self, name: str) -> bool:
        return normalize(name) in NEWS_ORGS

    def prominence(self, canonical: str) -> int:
        """In how many articles the person or organisation is mentioned."""
        p = self._person(canonical.split(), None)
        if p is not None:
            return len(self._surname_articles.get(p.key[1], ()))
        key = self._spelled_out(org_key(canonical.split()), canonical)  # "NATO" counts its spelled-out mentions too
        named = self._org_articles.get(key, set())
        short = self._org_articles.get(self._acronym_of(key))
        return len(named | short) if short else len(named)

    def _acronym_of(self, key: str) -> str:
        """The acronym the brief uses for the organisation ``key`` spells out, if any."""
        if self._acronyms is None:
            self._acronyms = {k: a for a, k in self._initials_table().items() if a in self._orgs}
        return self._acronyms.get(key, "")


def book_for(articles: Iterable[Article], aliases: Mapping[str, Sequence[str]] | None = None,
             *, runner: Runner = SERIAL) -> NameBook:
    """The name book of the primary articles.  The pipeline builds it once per brief and hands
    it to the quotes and the key players."""
    return NameBook.build([a for a in articles if a.duplicate_of is None], aliases, runner=runner)

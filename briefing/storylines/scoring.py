"""Scoring text against the storylines of the config: how much evidence a paragraph
or a sentence carries for each storyline.

How a term matches (the rules a user reads in ``config.yaml``):

* a plain word matches itself and its regular inflections: ``strike`` also matches
  strikes, striking; ``demands`` also matches demand, demanded (irregular forms such
  as "struck" are not guessed: list them; "according" and "regarding" are not taken for
  ``accord`` and ``regard``);
* ``word*`` matches every word that starts with ``word`` (``negotiat*``);
* a phrase of several words matches those words in a row (its last word inflects,
  ``air defen*`` may end in a prefix); punctuation and hyphens between words are
  ignored, so ``cease fire`` also matches "cease-fire";
* where terms of one storyline overlap, the longest match wins and its words are not
  counted again (``oil exports`` counts once, not also as ``exports``); among terms of
  equal length the one written exactly so beats an inflection, which beats a prefix;
* each term counts in full once, and every further use in the same text adds half its
  weight, up to five uses (repeating one word is weak evidence);
* negative terms subtract in the same way.

Matching works on tokens (normalised words), through dictionaries built once per
config by :func:`compile_storylines`, so scoring costs one dictionary lookup per word
whatever the number of terms.  No regular expression is built from user text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..config.schema import StorylineSpec, Term
from ..text.words import fold, tokens

REPEAT_FACTOR = 0.5  # each further use of a term adds this share of its weight
MAX_REPEATS = 5
_VOWELS = frozenset("aeiou")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CACHE_LIMIT = 200_000


def match_form(text: str) -> str:
    """``text`` as terms are matched: quotes and dashes folded, accents off, case-folded
    (:func:`briefing.text.words.normalize`, with a fast path for plain ASCII)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return _COMBINING.sub("", decomposed).casefold()


# what :func:`match_form` leaves out of the tokens anyway: ASCII, and the curly quotes,
# dashes, odd spaces and ellipsis it folds to ASCII punctuation or spaces
_NOT_PLAIN = re.compile("[^\x00-\x7f\u2018\u2019\u201a\u201b\u2032\u00b4\u201c-\u201f\u2033"
                        "\u00ab\u00bb\u2010-\u2015\u2212\u00a0\u2009\u200a\u202f\u2007\u2026]")


def is_plain(text: str) -> bool:
    """Whether ``text`` has no accent, ligature or other letter outside ASCII: then its
    tokens are its lower-cased runs of ASCII letters and digits."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


def _singulars(word: str) -> set[str]:
    """The word and, for a plural, its singular guesses (demands -> demand)."""
    out = {word}
    if len(word) > 4 and word.endswith("ies"):
        out.add(word[:-3] + "y")
    elif len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        out.add(word[:-2])
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.add(word[:-1])
    return out


# the news wires' shorthand for the words of company results ("Shr 71 cts vs 43 cts", "4TH QTR NET",
# "QTLY DIV"): a term's word matches its shorthand too.  Not "Rev" (also "Reverend"), nor the units
# every figure carries ("mln dlrs", "pct"): "dollar" would then match every report of a sum.
WIRE_SHORTHAND: dict[str, tuple[str, ...]] = {
    "quarter": ("qtr",), "quarters": ("qtrs",), "quarterly": ("qtly", "qtrly"), "share": ("shr",),
    "shares": ("shrs",), "revenues": ("revs",), "dividend": ("div",), "dividends": ("divs",),
}


# -ing forms that news writes as prepositions, almost never as the verb: "according to the
# ministry" is no "accord" (a term written so still matches).  Not "following", "including",
# "considering", "barring": "The Fed is considering a rate hike" is the verb.
PREPOSITION_FORMS = frozenset("according regarding".split())


def inflections(word: str) -> frozenset[str]:
    """The forms a plain term word matches: plural, -ed, -ing, -er(s), with the usual
    spelling changes (strike -> striking, casualty -> casualties, ban -> banned), and the
    wires' shorthand for it (:data:`WIRE_SHORTHAND`: quarter -> qtr); never an -ing form
    that is a preposition (:data:`PREPOSITION_FORMS`: accord -> "according")."""
    if len(word) <= 2 or not word.isalpha():
        return frozenset({word})
    forms = _inflections(word) - (PREPOSITION_FORMS - {word})
    return forms | {short for form in forms for short in WIRE_SHORTHAND.get(form, ())}


def _inflections(word: str) -> frozenset[str]:
    forms: set[str] = set()
    for base in _singulars(word):
        forms.add(base)
        forms.update((base + "s", base + "es", base + "ed", base + "ing", base + "er", base + "ers"))
        if base.endswith("e"):
            stem = base[:-1]
            forms.update((base + "d", stem + "ing", base + "r", base + "rs"))
        if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
            stem = base[:-1]
            forms.update((stem + "ies", stem + "ied", stem + "ier", stem + "iers"))
        if (len(base) >= 3 and base[-1] not in _VOWELS and base[-1] not in "wxy"
                and base[-2] in _VOWELS and base[-3] not in _VOWELS):
            doubled = base + base[-1]
            forms.update((doubled + "ed", doubled + "ing", doubled + "er", doubled + "ers"))
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class _Word:
    """How one word of a term matches a token."""

    exact: str  # the word as written (without a trailing "*")
    prefix: bool
    forms: frozenset[str]  # inflections (for the last word of a plain term), else {exact}

    def rank(self, token: str) -> int | None:
        """2 = written exactly, 1 = an inflection, 0 = by prefix, None = no match."""
        if token == self.exact and not self.prefix:
            return 2
        if self.prefix:
            return 0 if token.startswith(self.exact) else None
        return 1 if token in self.forms else None


@dataclass(frozen=True, slots=True)
class _Compiled:
    story: int  # index of the storyline
    term: int  # index of the term inside the storyline's positive + negative terms
    words: tuple[_Word, ...]
    weight: float  # negative for negative terms


def _compile_term(story: int, index: int, term: Term, sign: float) -> _Compiled | None:
    raw = term.text.strip()
    prefix = raw.endswith("*")
    parts = tokens(raw.rstrip("*"))
    if not parts:
        return None
    words = []
    for i, w in enumerate(parts):
        last = i == len(parts) - 1
        if last and prefix:
            words.append(_Word(w, True, frozenset()))
        elif last:
            words.append(_Word(w, False, inflections(w)))
        else:
            words.append(_Word(w, False, frozenset({w})))
    return _Compiled(story, index, tuple(words), sign * term.weight)


@dataclass(slots=True)
class CompiledStorylines:
    """Every term of every storyline, indexed by the token its first word matches."""

    specs: tuple[StorylineSpec, ...]
    by_form: dict[str, list[_Compiled]] = field(default_factory=dict)
    prefixes: dict[int, dict[str, list[_Compiled]]] = field(default_factory=dict)
    _cache: dict[str, tuple[_Compiled, ...]] = field(default_factory=dict)

    def starting_with(self, token: str) -> tuple[_Compiled, ...]:
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        found: list[_Compiled] = list(self.by_form.get(token, ()))
        for length, table in self.prefixes.items():
            if len(token) >= length:
                found.extend(table.get(token[:length], ()))
        result = tuple(found)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = result
        return result

    def score_tokens(self, toks: Sequence[str]) -> tuple[float, ...]:
        """Evidence per storyline (config order) for a run of tokens."""
        scores = [0.0] * len(self.specs)
        for (story, _), (used, weight) in self._uses(toks).items():
            scores[story] += weight * (1 + REPEAT_FACTOR * (min(used, MAX_REPEATS) - 1))
        return tuple(scores)

    def matches(self, text: str) -> list[list[tuple[Term, int, float]]]:
        """Per storyline (config order): each term found in ``text``, how many times, and what
        it added to the score (negative for a negative term), the heaviest first."""
        out: list[list[tuple[Term, int, float]]] = [[] for _ in self.specs]
        for (story, index), (used, weight) in self._uses(tokens(text)).items():
            spec = self.specs[story]
            term = (spec.terms + spec.negative)[index]
            out[story].append((term, used, weight * (1 + REPEAT_FACTOR * (min(used, MAX_REPEATS) - 1))))
        for found in out:
            found.sort(key=lambda m: (-abs(m[2]), m[0].text))
        return out

    def _uses(self, toks: Sequence[str]) -> dict[tuple[int, int], tuple[int, float]]:
        """(storyline, term) -> (uses, weight): the longest match wins where terms overlap."""
        n = len(self.specs)
        counts: dict[tuple[int, int], tuple[int, float]] = {}
        free_from = [0] * n  # per storyline: tokens before this index are used by a match
        # the candidates of every token, looked up in C; a token not seen before is read once
        for i, cands in enumerate(map(self._cache.get, toks)):
            if not cands:
                if cands is not None:
                    continue  # starts no term (most tokens)
                cands = self.starting_with(toks[i])
                if not cands:
                    continue
            best: dict[int, tuple[tuple[int, int], _Compiled]] = {}
            for c in cands:
                if free_from[c.story] > i:
                    continue
                rank = _match(c, toks, i)
                if rank is None:
                    continue
                key = (len(c.words), rank)
                cur = best.get(c.story)
                if cur is None or key > cur[0]:
                    best[c.story] = (key, c)
            for story, ((length, _), c) in best.items():
                free_from[story] = i + length
                used, weight = counts.get((story, c.term), (0, c.weight))
                counts[(story, c.term)] = (used + 1, weight)
        return counts

    def score(self, text: str) -> tuple[float, ...]:
        return self.score_tokens(tokens(text))

    def qualifies(self, scores: Sequence[float]) -> tuple[bool, ...]:
        """Per storyline: has some evidence and at least its ``min_score``."""
        return tuple(sc > 0 and sc >= spec.min_score for sc, spec in zip(scores, self.specs))


def _match(c: _Compiled, toks: Sequence[str], i: int) -> int | None:
    """The rank of the match of ``c`` at token ``i`` (its last word's rank), or None."""
    if i + len(c.words) > len(toks):
        return None
    rank: int | None = None
    for j, w in enumerate(c.words):
        rank = w.rank(toks[i + j])
        if rank is None:
            return None
    return rank


def compile_storylines(specs: Sequence[StorylineSpec]) -> CompiledStorylines:
    """Index the terms of ``specs`` once; score any number of texts with the result."""
    out = CompiledStorylines(tuple(specs))
    for s_idx, spec in enumerate(specs):
        terms = [(t, 1.0) for t in spec.terms] + [(t, -1.0) for t in spec.negative]
        for t_idx, (term, sign) in enumerate(terms):
            c = _compile_term(s_idx, t_idx, term, sign)
            if c is None or c.weight == 0:
                continue
            first = c.words[0]
            if first.prefix:
                table = out.prefixes.setdefault(len(first.exact), {})
                table.setdefault(first.exact, []).append(c)
            else:
                for form in first.forms:
                    out.by_form.setdefault(form, []).append(c)
    return out

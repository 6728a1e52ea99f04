"""How central a sentence is to a storyline: TF-IDF vectors against the storyline's
centroid, plus the storyline's own terms from the config.

Everything is linear in the number of words: each sentence is compared with one
centroid, never with every other sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..config.schema import StorylineSpec, Term
from ..text.words import STOPWORDS as BASE_STOPWORDS
from ..text.words import stem, words

# the stop list, and the reporting verbs and contractions that say nothing about the event
STOPWORDS = BASE_STOPWORDS | frozenset(
    "added because could've however it's noted reported reportedly stated there's three would've".split())


def norm_words(text: str) -> list[str]:
    """:func:`briefing.text.words.words` (kept by this name for the candidates' callers)."""
    return words(text)


def content_words(text: str | Sequence[str]) -> list[str]:
    """Stemmed normalised words without stop words (numbers kept).  Takes a text or
    its :func:`norm_words`."""
    ws = norm_words(text) if isinstance(text, str) else text
    return [stem(w) for w in ws if w not in STOPWORDS and (len(w) > 2 or w.isdigit())]


class Centroid:
    """TF-IDF centroid of a storyline's sentences.

    Each sentence weighs 1, but an article's sentences together weigh at most
    :data:`ARTICLE_CAP`, so one long article cannot define the storyline.  A sentence is
    scored against the centroid of all the *other* sentences (leave one out), so a
    sentence is not central merely because it is counted in the centroid itself."""

    ARTICLE_CAP = 8.0

    def __init__(self, docs: Sequence[tuple[str, Sequence[str]]]) -> None:
        """``docs``: (article id, content words) for every candidate sentence."""
        df: Counter[str] = Counter()
        for _, ws in docs:
            df.update(set(ws))
        n = max(1, len(docs))
        self.idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
        per_article = Counter(art for art, _ in docs)
        self._vectors = [self.vector(ws) for _, ws in docs]
        self._weights = [min(per_article[art], self.ARTICLE_CAP) / per_article[art] for art, _ in docs]
        total: dict[str, float] = {}
        for vec, w in zip(self._vectors, self._weights):
            for word, v in vec.items():
                total[word] = total.get(word, 0.0) + w * v
        self._total = dict(total)
        self._norm2 = sum(v * v for v in total.values())

    def vector(self, ws: Iterable[str]) -> dict[str, float]:
        vec = {w: self.idf.get(w, 1.0) for w in set(ws)}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def similarity(self, ws: Iterable[str]) -> float:
        """Cosine similarity of any word list with the whole centroid (0..1)."""
        norm = math.sqrt(self._norm2) or 1.0
        return sum(v * self._total.get(w, 0.0) for w, v in self.vector(ws).items()) / norm

    def centrality(self, i: int) -> float:
        """Cosine similarity of doc ``i`` with the centroid of every other doc (0..1)."""
        vec, w = self._vectors[i], self._weights[i]
        if not vec:
            return 0.0
        dot = sum(v * self._total.get(word, 0.0) for word, v in vec.items())
        rest_dot = dot - w  # the doc's own vector has unit length
        rest_norm2 = self._norm2 - 2 * w * dot + w * w
        if rest_norm2 <= 1e-12 or rest_dot <= 0:
            return 0.0
        return rest_dot / math.sqrt(rest_norm2)


_INFLECTIONS = ("", "s", "es", "ed", "ing", "d")


class TermRelevance:
    """How much a sentence speaks of a storyline, by the storyline's config terms:
    score / (score + min_score), so 0 without terms, 0.5 at the storyline's minimum
    score, rising towards 1.  No spec ("Other"): always 1.

    Terms match as the storylines module describes them: a word with its inflections,
    ``stem*`` as a prefix, a phrase as words in a row.  Matching works on the word
    list, so it costs one pass over the sentence whatever the number of terms."""

    def __init__(self, spec: StorylineSpec | None) -> None:
        self.spec = spec
        self._exact: dict[str, float] = {}
        self._stems: list[tuple[str, float]] = []
        self._phrases: list[tuple[tuple[str, ...], bool, float]] = []
        self._stem_re: re.Pattern[str] | None = None
        self._firsts: frozenset[str] = frozenset()
        if spec is None:
            return
        for terms, sign in ((spec.terms, 1.0), (spec.negative, -1.0)):
            for t in terms:
                self._add(t, sign)

    def _add(self, term: Term, sign: float) -> None:
        ws = tuple(words(term.text.rstrip("*")))
        if not ws:
            return
        if term.is_stem and len(ws) == 1:
            self._stems.append((ws[0], sign * term.weight))
        elif len(ws) == 1:
            for suffix in _INFLECTIONS:
                self._exact[ws[0] + suffix] = self._exact.get(ws[0] + suffix, 0.0) + sign * term.weight
        else:
            self._phrases.append((ws, term.is_stem, sign * term.weight))

    def score(self, ws: Sequence[str]) -> float:
        if self._stem_re is None:
            self._stem_re = re.compile("|".join(re.escape(x) for x, _ in self._stems) or r"(?!)")
            self._firsts = frozenset(p[0] for p, _, _ in self._phrases)
        total = 0.0
        exact, stems, firsts = self._exact, self._stems, self._firsts
        for i, w in enumerate(ws):
            if w in exact:
                total += exact[w]
            if self._stem_re.match(w):
                total += sum(weight for stem_, weight in stems if w.startswith(stem_))
            if w in firsts:
                total += self._phrase_at(ws, i)
        return total

    def _phrase_at(self, ws: Sequence[str], i: int) -> float:
        total = 0.0
        for phrase, is_stem, weight in self._phrases:
            n = len(phrase)
            if ws[i] != phrase[0] or i + n > len(ws) or tuple(ws[i : i + n - 1]) != phrase[:-1]:
                continue
            last = ws[i + n - 1]
            if last.startswith(phrase[-1]) if is_stem else any(last == phrase[-1] + x for x in _INFLECTIONS):
                total += weight
        return total

    def __call__(self, sentence: str | Sequence[str]) -> float:
        if self.spec is None:
            return 1.0
        ws = norm_words(sentence) if isinstance(sentence, str) else sentence
        score = max(0.0, self.score(ws))
        return score / (score + max(self.spec.min_score, 1.0))


def find_spec(specs: Iterable[StorylineSpec], key: str) -> StorylineSpec | None:
    return next((s for s in specs if s.key == key), None)


def position_weight(rank: int) -> float:
    """News puts the main facts first: the lead paragraph counts most."""
    return 1.0 + 1.0 / (1 + rank)


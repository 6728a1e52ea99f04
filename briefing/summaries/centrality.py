"""How central a sentence is to a storyline: TF-IDF vectors against the storyline's
centroid, plus the storyline's own terms from the config.

Everything is linear in the number of words: each sentence is compared with one
centroid, never with every other sentence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from ..config.schema import StorylineSpec
from ..storylines.scoring import compile_storylines
from ..text.words import STOPWORDS as BASE_STOPWORDS
from ..text.words import stem, tokens, words

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


class TermRelevance:
    """How much a sentence speaks of a storyline, by the storyline's config terms:
    score / (score + min_score), so 0 without terms, 0.5 at the storyline's minimum
    score, rising towards 1.  No spec ("Other"): always 1.

    Terms match exactly as they do when paragraphs are put in storylines
    (:mod:`briefing.storylines.scoring`: inflections, ``stem*`` prefixes, phrases, the
    longest match winning where terms overlap, repeats counting half), so a point's
    relevance and its paragraph's storyline rest on the same evidence."""

    def __init__(self, spec: StorylineSpec | None) -> None:
        self.spec = spec
        self._compiled = compile_storylines([spec]) if spec is not None else None

    def score(self, text: str) -> float:
        """The storyline's evidence in ``text``: what its paragraph would score."""
        return self._compiled.score_tokens(tokens(text))[0] if self._compiled is not None else 0.0

    def __call__(self, sentence: str) -> float:
        if self.spec is None:
            return 1.0
        score = max(0.0, self.score(sentence))
        return score / (score + max(self.spec.min_score, 1.0))


def find_spec(specs: Iterable[StorylineSpec], key: str) -> StorylineSpec | None:
    return next((s for s in specs if s.key == key), None)


def position_weight(rank: int) -> float:
    """News puts the main facts first: the lead paragraph counts most."""
    return 1.0 + 1.0 / (1 + rank)


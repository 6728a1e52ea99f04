"""Search-as-you-type over a brief: a prefix index with typo tolerance.

Headless (no UI imports).  :func:`build_index` turns a :class:`Brief` into a
:class:`SearchIndex`; ``index.search("lavorv")`` returns a :class:`SearchResult`
whose hits are grouped by kind, best first, each with the character spans of its
text that matched (for highlighting).

How it stays fast at 10k articles:

* every document (a storyline title, a summary point, a quote with its speaker, an
  article title, an article's text) is split into normalised words; each word has a
  posting list of document numbers (sorted, and documents are numbered kind by kind,
  so one kind is one slice of a posting list);
* a query word expands to the vocabulary words it could mean: itself, the words it
  begins (the last query word is usually half typed) and, for words of four letters or
  more, the words within one or two edits (transpositions count as one edit) found
  with rapidfuzz among the words of a similar length and the same first letter;
* each kind keeps only its best ``limit`` documents, and those few are re-ranked with
  rapidfuzz against the whole query.
"""

from __future__ import annotations

import bisect
import heapq
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..model import Brief
from .forms import find_spans, fold_same_length, index_form, snippet, token_set, tokens
from .results import KIND_LABELS, KINDS, Hit, Kind, Matches, SearchResult

MAX_PREFIX_EXPANSIONS = 40
MAX_FUZZY_EXPANSIONS = 12
MIN_FUZZY_LEN = 4
MAX_CANDIDATES = 1500  # documents examined per kind for a multi-word query
MAX_FILTER_MAP = 20_000  # postings above which a query word is checked per document
LIMIT = 10  # hits per kind


@dataclass(frozen=True, slots=True)
class _Doc:
    kind: Kind
    text: str  # display text
    storyline: str | None = None
    point: int | None = None
    quote: int | None = None
    article: str | None = None
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class _Expansion:
    token: str
    quality: float  # 0..1, how sure we are the user meant this word
    highlight: int  # how many characters of the word to highlight


class SearchIndex:
    """Built once per brief by :func:`build_index`; read-only afterwards (thread-safe to query)."""

    def __init__(self, brief: Brief) -> None:
        self._brief = brief
        self._docs: list[_Doc] = []
        self._kind_start: dict[Kind, int] = {}
        self._kind_end: dict[Kind, int] = {}
        self._postings: dict[str, array[int]] = {}
        self._build()
        self._vocab: list[str] = sorted(self._postings)
        self._by_head: dict[tuple[str, int], list[str]] = {}
        for tok in self._vocab:
            self._by_head.setdefault((tok[0], len(tok)), []).append(tok)
        self._prefix_cache: dict[str, tuple[_Expansion, ...]] = {}
        self._members = {s.key: frozenset(s.articles) for s in brief.storylines}

    # ---- building -------------------------------------------------------------
    def _add(self, doc: _Doc, text: str) -> None:
        n = len(self._docs)
        self._docs.append(doc)
        for tok in token_set(index_form(text)):
            post = self._postings.get(tok)
            if post is None:
                self._postings[tok] = array("I", (n,))
            else:
                post.append(n)

    def _build(self) -> None:
        b = self._brief
        primaries = [a for a in b.articles if a.duplicate_of is None]
        home = _home_storylines(b)
        for kind in KINDS:
            self._kind_start[kind] = len(self._docs)
            if kind == "storyline":
                for s in b.storylines:
                    self._add(_Doc(kind, s.title, storyline=s.key), s.title)
            elif kind == "point":
                for s in b.storylines:
                    for i, p in enumerate(s.summary):
                        self._add(_Doc(kind, p.text, storyline=s.key, point=i, article=p.article, paragraph=p.paragraph), p.text)
            elif kind == "event":
                for s in b.storylines:
                    for i, e in enumerate(s.timeline):
                        self._add(_Doc(kind, e.text, storyline=s.key, point=i, article=e.article, paragraph=e.paragraph), e.text)
            elif kind == "quote":
                for qi, q in enumerate(b.quotes):
                    shown = f"{q.text} — {q.speaker}" if q.speaker else q.text
                    where = q.storylines[0] if q.storylines else home.get(q.article)
                    self._add(_Doc(kind, shown, storyline=where, quote=qi, article=q.article, paragraph=q.paragraph), shown)
            elif kind == "article":
                for a in primaries:
                    self._add(_Doc(kind, a.title, storyline=home.get(a.id), article=a.id), a.title)
            else:
                for a in primaries:
                    self._add(_Doc(kind, "", storyline=home.get(a.id), article=a.id), a.text)
            self._kind_end[kind] = len(self._docs)

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocab)

    @property
    def document_count(self) -> int:
        return len(self._docs)

    # ---- expanding query words -------------------------------------------------
    def _prefix(self, term: str) -> tuple[_Expansion, ...]:
        cached = self._prefix_cache.get(term)
        if cached is not None:
            return cached
        lo = bisect.bisect_left(self._vocab, term)
        hi = bisect.bisect_left(self._vocab, term + "\U0010ffff", lo)
        words = self._vocab[lo:hi]
        if len(words) > MAX_PREFIX_EXPANSIONS:
            # the most frequent completions, but never lose the word itself
            words = heapq.nlargest(MAX_PREFIX_EXPANSIONS, words, key=lambda w: (w == term, len(self._postings[w])))
        out = tuple(
            _Expansion(w, 1.0 if w == term else 0.7 + 0.2 * len(term) / len(w), len(term)) for w in words
        )
        if len(self._prefix_cache) > 4096:
            self._prefix_cache.clear()
        self._prefix_cache[term] = out
        return out

    def _fuzzy(self, term: str) -> tuple[_Expansion, ...]:
        n = len(term)
        if n < MIN_FUZZY_LEN:
            return ()
        k = 1 if n <= 5 else 2
        pool: list[str] = []
        for length in range(n - k, n + k + 1):
            pool.extend(self._by_head.get((term[0], length), ()))
        found = process.extract(term, pool, scorer=OSA.distance, score_cutoff=k, limit=MAX_FUZZY_EXPANSIONS)
        return tuple(
            _Expansion(w, 0.75 * OSA.normalized_similarity(term, w), len(w)) for w, dist, _ in found if dist > 0
        )

    def expand(self, term: str, partial: bool = True) -> tuple[_Expansion, ...]:
        """The words ``term`` may mean, best first.  A ``partial`` word (the one being
        typed) also means every word it begins; a finished one only does when it is no
        word itself."""
        prefix = self._prefix(term)
        if not partial and prefix and prefix[0].token == term:
            prefix = prefix[:1]
        seen: dict[str, _Expansion] = {}
        for e in prefix + self._fuzzy(term):
            if e.token not in seen or seen[e.token].quality < e.quality:
                seen[e.token] = e
        return tuple(sorted(seen.values(), key=lambda e: -e.quality))

    # ---- filtering (every match, for the panes) ---------------------------------
    def match(self, query: str) -> Matches | None:
        """Every document holding all the query's words (each word as :meth:`expand` reads
        it); None for a blank query, and nothing matched for one with no words ("!!!")."""
        if not query.strip():
            return None
        folded = index_form(query[:200])
        terms = list(dict.fromkeys(tokens(folded)))[:8]
        if not terms:
            empty: frozenset[Any] = frozenset()
            return Matches(query, (), empty, empty, empty, empty, empty, empty, MappingProxyType({}))
        typing = folded[-1:].isalnum()
        expansions = [self.expand(t, partial=typing and i == len(terms) - 1) for i, t in enumerate(terms)]
        marks = tuple(dict.fromkeys((e.token, e.highlight) for exp in expansions for e in exp))
        found: dict[Kind, list[_Doc]] = {}
        if all(expansions):
            order = sorted(expansions, key=lambda exp: sum(len(self._postings[e.token]) for e in exp))
            for kind in KINDS:
                docs: set[int] | None = None
                for exp in order:
                    here = self._docs_of(exp, kind)
                    docs = here if docs is None else docs & here
                    if not docs:
                        break
                found[kind] = [self._docs[n] for n in sorted(docs or ())]
        quotes = frozenset(d.quote for d in found.get("quote", ()) if d.quote is not None)
        titles = frozenset(d.article for d in found.get("article", ()) if d.article)
        texts = frozenset(d.article for d in found.get("text", ()) if d.article)
        points = frozenset((d.storyline, d.point) for d in found.get("point", ()) if d.storyline and d.point is not None)
        events = frozenset((d.storyline, d.point) for d in found.get("event", ()) if d.storyline and d.point is not None)
        counts: dict[str, int] = {}
        for key, _ in points | events:
            counts[key] = counts.get(key, 0) + 1
        for qi in quotes:
            for key in self._brief.quotes[qi].storylines:
                counts[key] = counts.get(key, 0) + 1
        articles = titles | texts
        if articles:
            for key, members in self._members.items():
                n = len(articles & members) if len(articles) < len(members) else len(members & articles)
                if n:
                    counts[key] = counts.get(key, 0) + n
        return Matches(
            query=query, marks=marks,
            storylines=frozenset(d.storyline for d in found.get("storyline", ()) if d.storyline),
            points=points, events=events, quotes=quotes, titles=titles, texts=texts,
            counts=MappingProxyType(counts),
        )

    def _docs_of(self, exp: tuple[_Expansion, ...], kind: Kind) -> set[int]:
        lo_doc, hi_doc = self._kind_start[kind], self._kind_end[kind]
        out: set[int] = set()
        for e in exp:
            post = self._postings[e.token]
            lo = bisect.bisect_left(post, lo_doc)
            hi = bisect.bisect_left(post, hi_doc, lo)
            if hi > lo:
                out.update(post[lo:hi])
        return out

    # ---- searching -------------------------------------------------------------
    def search(self, query: str, limit: int = LIMIT) -> SearchResult:
        """Hits for ``query`` grouped by kind; at most ``limit`` per kind."""
        folded = index_form(query[:200])
        terms = list(dict.fromkeys(tokens(folded)))[:8]
        if not terms:
            return SearchResult(query, ())
        typing = folded[-1:].isalnum()  # the last word is still being typed
        expansions = [self.expand(t, partial=typing and i == len(terms) - 1) for i, t in enumerate(terms)]
        if any(not e for e in expansions):
            return SearchResult(query, ())
        sizes = [sum(len(self._postings[e.token]) for e in exp) for exp in expansions]
        driver = min(range(len(terms)), key=lambda i: sizes[i])
        others = [i for i in range(len(terms)) if i != driver]
        folded_query = " ".join(terms)
        groups: list[tuple[Kind, tuple[Hit, ...]]] = []
        for kind in KINDS:
            lo_doc, hi_doc = self._kind_start[kind], self._kind_end[kind]
            filters = [_Filter(self._postings, expansions[i], lo_doc, hi_doc) for i in others]
            found = self._collect(kind, expansions[driver], filters, limit)
            if not found:
                continue
            best = sorted(found.items(), key=lambda item: (-_quality(item[1]), item[0]))[:limit]
            hits = [self._hit(doc_no, matched, folded_query) for doc_no, matched in best]
            hits.sort(key=lambda h: -h.score)
            groups.append((kind, tuple(hits)))
        return SearchResult(query, tuple(groups))

    def _collect(
        self, kind: Kind, driver: tuple[_Expansion, ...], others: list[_Filter], limit: int
    ) -> dict[int, list[_Expansion]]:
        """Documents of one kind holding every query word: document -> the word matched for each."""
        lo_doc, hi_doc = self._kind_start[kind], self._kind_end[kind]
        found: dict[int, list[_Expansion]] = {}
        want = limit * 2
        examined = 0
        for e in driver:  # best expansion first
            post = self._postings[e.token]
            lo = bisect.bisect_left(post, lo_doc)
            hi = bisect.bisect_left(post, hi_doc, lo)
            if not others:  # one word: the first documents are as good as any
                hi = min(hi, lo + want)
            for doc_no in post[lo:hi]:
                examined += 1
                if doc_no in found:
                    continue
                matched = [e]
                for other in others:
                    m = other.get(doc_no)
                    if m is None:
                        break
                    matched.append(m)
                else:
                    found[doc_no] = matched
                    if len(found) >= want:
                        return found
                if examined >= MAX_CANDIDATES:
                    return found
        return found

    def _hit(self, doc_no: int, matched: list[_Expansion], query: str) -> Hit:
        doc = self._docs[doc_no]
        marks = [(e.token, e.highlight) for e in matched]
        text, paragraph = doc.text, doc.paragraph
        quality = _quality(matched)
        if doc.kind == "text":
            text, spans, paragraph = self._text_snippet(doc.article or "", marks)
            score = 100 * quality
        else:
            spans = find_spans(fold_same_length(text), marks)
            rerank = fuzz.partial_ratio(query, index_form(text[:300])) / 100.0
            score = 100 * (0.8 * quality + 0.2 * rerank)
        return Hit(
            kind=doc.kind, text=text, spans=spans, score=round(score, 2),
            storyline=doc.storyline, point=doc.point, quote=doc.quote, article=doc.article, paragraph=paragraph,
        )

    def _text_snippet(self, article_id: str, marks: list[tuple[str, int]]) -> tuple[str, tuple[tuple[int, int], ...], int | None]:
        article = self._brief.article(article_id)
        for block in article.blocks:
            spans = find_spans(fold_same_length(block.text), marks)
            if spans:
                text, shifted = snippet(block.text, spans)
                return text, shifted, block.index
        first = article.blocks[0] if article.blocks else None
        return (snippet(first.text, ())[0] if first else ""), (), (first.index if first else None)


class _Filter:
    """Which documents of one kind hold one of a query word's expansions.  When the word's
    postings in that kind are short they become a dict; a very common word is checked
    document by document (binary search, most frequent word first), which costs little
    because such a word is nearly always there."""

    def __init__(self, postings: dict[str, array[int]], exps: tuple[_Expansion, ...], lo_doc: int, hi_doc: int) -> None:
        self._map: dict[int, _Expansion] | None = None
        ranges = []
        for e in exps:
            post = postings[e.token]
            lo = bisect.bisect_left(post, lo_doc)
            hi = bisect.bisect_left(post, hi_doc, lo)
            if hi > lo:
                ranges.append((post, lo, hi, e))
        if sum(hi - lo for _, lo, hi, _ in ranges) <= MAX_FILTER_MAP:
            self._map = {}
            for post, lo, hi, e in reversed(ranges):  # best last, so the best overwrites
                self._map.update(dict.fromkeys(post[lo:hi], e))
        self._ranges = sorted(ranges, key=lambda r: r[1] - r[2])  # most documents first

    def get(self, doc_no: int) -> _Expansion | None:
        if self._map is not None:
            return self._map.get(doc_no)
        for post, lo, hi, e in self._ranges:
            i = bisect.bisect_left(post, doc_no, lo, hi)
            if i < hi and post[i] == doc_no:
                return e
        return None


def _quality(matched: list[_Expansion]) -> float:
    return sum(e.quality for e in matched) / len(matched)


def _home_storylines(brief: Brief) -> dict[str, str]:
    """Each article's first storyline (a copy goes with its kept copy)."""
    home: dict[str, str] = {}
    for s in brief.storylines:
        for aid in s.articles:
            home.setdefault(aid, s.key)
    for a in brief.articles:
        if a.duplicate_of and a.duplicate_of in home:
            home.setdefault(a.id, home[a.duplicate_of])
    return home


def build_index(brief: Brief) -> SearchIndex:
    return SearchIndex(brief)


def search(brief_or_index: Brief | SearchIndex, query: str, limit: int = LIMIT) -> SearchResult:
    index = brief_or_index if isinstance(brief_or_index, SearchIndex) else build_index(brief_or_index)
    return index.search(query, limit)


def labels(groups: Iterable[tuple[Kind, tuple[Hit, ...]]]) -> list[str]:
    return [KIND_LABELS[k] for k, _ in groups]

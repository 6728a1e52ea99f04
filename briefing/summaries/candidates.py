"""Sentences of a storyline that may become summary points.

A candidate is a complete, stand-alone sentence from one of the storyline's
passages.  Headings, questions, label-only bullets, filler, boilerplate, fragments
and historical background never become candidates.  A label in front of a
sentence ("UPDATE: The Kremlin ...") is dropped and the sentence kept.  A sentence
that leans on the one before it ("This marks a departure ...") is joined to that
sentence when both are in the same paragraph and the one before stands alone; it
is left out otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..model import Article, Passage
from ..text.filler import (
    MAX_SENTENCE_CHARS,
    commentary_hits,
    dateline_end,
    is_background,
    is_note,
    leans_on_previous,
    point_rejection,
    refers_back,
    split_label,
    strip_connective,
)
from ..text.sentences import sentence_spans
from .centrality import content_words, norm_words, position_weight

MAX_PASSAGES = 3000  # per storyline: the first paragraphs of every article come first
MAX_JOINED_CHARS = 700
LONG_WORDS = 35
# a transcript's turn: a speaker's name in capitals and a colon, then words in the first or second person
# ("RYAN: I know some of them, but ...", "... the Congressional — TRUMP: Well, I would."), dialogue, not a
# reported fact (a dateline in capitals, "NEW DELHI: India's exports ...", speaks in no person)
_TURN_LABEL = re.compile(r"(?:^|\s[—–-]\s)([A-Z][A-Z.'’-]{1,20}):\s")
_SPEAKER_VOICE = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]ll|I['’]d|me|my|we|we['’]re|our|us|you|your)\b", re.I)
_CAPITALISED = re.compile(r"(?<=\s)[\"“‘'(]?[A-Z][\w’'.-]*|\d[\d.,%]*")


def _a_turn(sentence: str) -> bool:
    m = _TURN_LABEL.search(sentence)
    return m is not None and bool(_SPEAKER_VOICE.search(sentence[m.end():]))


@dataclass(slots=True)
class Candidate:
    text: str  # what the point will say (original characters, spaces collapsed)
    keys: tuple[str, ...]  # the sentences to look up in the claim groups, main one first
    article: str
    paragraph: int
    words: list[str]  # content words (stemmed, no stop words)
    plain: list[str]  # every normalised word, for the storyline's terms
    weight: float  # quality and position, multiplied into the score
    score: float = 0.0


def _one_line(text: str) -> str:
    return " ".join(text.split())  # str.split() splits at exactly the white space \s matches


def paragraph_ranks(article: Article) -> dict[int, int]:
    """Block index -> rank among the article's non-heading blocks (0 = the lead)."""
    ranks: dict[int, int] = {}
    for b in article.blocks:
        if b.kind != "heading":
            ranks[b.index] = len(ranks)
    return ranks


def capped_passages(passages: Sequence[Passage], ranks: Mapping[str, Mapping[int, int]]) -> list[Passage]:
    """The storyline's passages, at most :data:`MAX_PASSAGES`: leads of every article first."""
    if len(passages) <= MAX_PASSAGES:
        return list(passages)
    order = sorted(passages, key=lambda p: (ranks.get(p.article, {}).get(p.paragraph, 0), -p.score))
    return order[:MAX_PASSAGES]


def _specificity(sentence: str) -> float:
    """Names and numbers per word: reporting is specific, commentary is not."""
    n_words = max(1, len(sentence.split()))
    return len(_CAPITALISED.findall(sentence)) / n_words


def _quality(text: str, labelled: bool, joined: bool, first_in_paragraph: bool) -> float:
    w = 0.75 + min(0.25, _specificity(text))
    w *= 0.85 ** min(3, commentary_hits(text))
    if labelled:
        w *= 0.9
    if joined:
        w *= 0.8
    n_words = len(text.split())
    if n_words > LONG_WORDS:  # a point should read in one breath
        w *= (LONG_WORDS / n_words) ** 0.5
    if first_in_paragraph:
        w *= 1.05
    return w


def passage_candidates(
    passage: Passage,
    rank: int,
    debris: Sequence[re.Pattern[str]],
    recent_year: int | None,
) -> Iterator[Candidate]:
    """``debris``: the config's boilerplate patterns, merged (:func:`briefing.text.filler.merged_patterns`)."""
    text = passage.text
    prev: tuple[int, int, str] | None = None  # span and key of the previous usable sentence
    for i, (start, end) in enumerate(sentence_spans(text)):
        usable_prev, prev = prev, None
        if end - start > 2 * MAX_SENTENCE_CHARS:
            continue
        raw = _one_line(text[start:end])
        if len(raw) > MAX_SENTENCE_CHARS:
            continue
        label, body = split_label(raw)
        body = strip_connective(body)
        if point_rejection(body, debris) or is_background(body, recent_year) or is_note(raw) or _a_turn(raw):
            continue
        joined = False
        keys: tuple[str, ...] = (raw,)
        point = body
        # (an article's lead sentence may open "The court ruled ...": it leans on nothing)
        if leans_on_previous(body) or (refers_back(body) and not (rank == 0 and i == 0)):
            if usable_prev is None:
                continue
            p_start, _, p_key = usable_prev
            point = _one_line(text[p_start:end])
            if len(point) > MAX_JOINED_CHARS:
                continue
            keys, joined = (p_key, raw), True
        else:
            # (past a label or a connective: the body's first letter may have been capitalised)
            body_start = start if body == raw else max(start, text.find(body[1:31], start, end) - 1)
            prev = (body_start, end, raw)
        # (a dateline is no label: a wire's lede keeps its weight, "WASHINGTON - A six-year trend ...")
        weight = position_weight(rank) * _quality(point, label is not None and not dateline_end(raw), joined, i == 0)
        plain = norm_words(point)
        yield Candidate(point, keys, passage.article, passage.paragraph, content_words(plain), plain, weight)

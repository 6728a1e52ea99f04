"""Text forms used by :mod:`briefing.search.index`: index words, highlight spans, snippets.

All scans are bounded (``MAX_SCAN`` characters, ``MAX_SPANS`` hits per word) and use
``str.find``/a linear regex, so adversarial text (1 MB lines) cannot make them slow.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..text.words import TOKEN

# combining marks left by NFKD decomposition (accents), soft hyphens and zero-width characters
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
MAX_TOKEN = 40
MAX_SCAN = 200_000
MAX_SPANS = 40
SNIPPET_WIDTH = 160
SNIPPET_LEAD = 40

Spans = tuple[tuple[int, int], ...]


def index_form(text: str) -> str:
    """Lower-case, accents removed, quotes and dashes folded: the form words are indexed in.
    (The words of :func:`briefing.text.words.normalize`, at C speed on long non-ASCII text.)"""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = _COMBINING.sub("", text)
    return text.casefold()


def tokens(folded: str) -> list[str]:
    """The words of an :func:`index_form` text (hyphens and apostrophes split words)."""
    return [t[:MAX_TOKEN] for t in TOKEN.findall(folded)]


def token_set(folded: str) -> set[str]:
    """The distinct words of an :func:`index_form` text, as :func:`tokens` cuts them."""
    words = set(TOKEN.findall(folded))
    if any(len(w) > MAX_TOKEN for w in words):
        words = {w[:MAX_TOKEN] for w in words}
    return words


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    n = index_form(ch)
    if len(n) == 1:
        return n
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold_same_length(text: str) -> str:
    """Like :func:`index_form`, but one character for one character, so offsets into the
    result are offsets into ``text``."""
    if text.isascii():
        return text.lower()
    folded = _NON_ASCII.sub(lambda m: _fold_char(m.group()), text).lower()
    if len(folded) != len(text):  # a character whose lower case is longer (rare)
        folded = "".join(_fold_char(c) for c in text)
    return folded


def find_spans(folded: str, marks: list[tuple[str, int]]) -> Spans:
    """Where the words in ``marks`` (word, characters to highlight) start a word of
    ``folded``; merged, sorted (start, end) spans."""
    text = folded[:MAX_SCAN]
    found: list[tuple[int, int]] = []
    for word, width in marks:
        if not word:
            continue
        start, count = 0, 0
        while count < MAX_SPANS:
            i = text.find(word, start)
            if i < 0:
                break
            start = i + 1
            if i > 0 and (text[i - 1].isalnum()):
                continue
            found.append((i, i + max(1, min(width, len(text) - i))))
            count += 1
    return merge_spans(found)


def merge_spans(spans: list[tuple[int, int]]) -> Spans:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return tuple(out)


def snippet(text: str, spans: Spans, width: int = SNIPPET_WIDTH, lead: int = SNIPPET_LEAD) -> tuple[str, Spans]:
    """A one-line window of ``text`` around its first span (``lead`` characters before it), with
    the spans moved into it."""
    first = spans[0][0] if spans else 0
    start = max(0, first - lead)
    if start > 0:
        space = text.find(" ", start, first)
        if space >= 0:
            start = space + 1
    end = min(len(text), start + width)
    body = text[start:end].replace("\n", " ").replace("\t", " ")
    opening = "…" if start > 0 else ""
    closing = "…" if end < len(text) else ""
    shift = len(opening) - start
    moved = tuple(
        (max(s + shift, len(opening)), min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return opening + body + closing, moved

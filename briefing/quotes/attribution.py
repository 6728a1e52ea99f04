"""Who a quotation is attributed to, read from the words around it.

Each finder returns a :class:`Found` with the speaker phrase as printed (a name, a
pronoun, "who", an unnamed source, or a role such as "the president") and a rank: the
lower, the more direct the attribution.

1. right after the quote: ``“…,” Lavrov said`` / ``said Tikhy`` / ``FT quoted one source as saying``
2. right before it: ``Lavrov said: “…”`` / ``stating, “…”``
3. at the end of the quote's sentence: ``…, the Russian Defense Ministry has said.``
4. a speech clause earlier in the sentence: ``he emphasized that there is “no need”``
5. an owned speech noun: ``despite his declaration that Putin “wants peace.”``
6. ``According to the White House, … “…”``

Only bounded windows of text around a quote are read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..people.name_words import (
    AMBIGUOUS_SPEECH,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    UNNAMED_HEADS,
    VERB_FILLERS,
)
from ..people.names import Tok, tokenize
from ..text.quote_marks import Span
from .phrases import QTOK, SpeakerRef, filler, is_quote, parse_back, parse_forward, speakerish, with_verb

__all__ = ["Found", "SpeakerRef", "attribute"]

WINDOW = 400  # characters read before and after a quote
NEAR = 160  # characters read first before a quote, for the end of the sentence before
_ENDS = frozenset({".", "!", "?", "…", "...", ";"})
_LEADING = frozenset({",", "—", "–", "-", "("})
_OWNERS = {"his": "he", "her": "she", "its": "it", "their": "they"}


@dataclass(frozen=True, slots=True)
class Found:
    ref: SpeakerRef
    rank: int


def window(text: str, spans: Sequence[Span], lo: int, hi: int) -> list[Tok]:
    """Tokens of ``text[lo:hi]`` with each quotation in it as one placeholder token."""
    out: list[Tok] = []
    pos = lo
    for k in range(bisect_right(spans, lo, key=_span_end), len(spans)):
        sp = spans[k]
        if sp.start >= hi:
            break
        if sp.start > pos:
            out.extend(tokenize(text, pos, sp.start))
        out.append(Tok(f"{QTOK}{k}", sp.start, sp.end, QTOK))
        pos = sp.end
    if pos < hi:
        out.extend(tokenize(text, pos, hi))
    return out


def _span_end(sp: Span) -> int:
    return sp.end


def _quote_ends_sentence(text: str, t: Tok) -> bool:
    inner = text[t.start:t.end].rstrip(" ”\"’'»")
    return inner.endswith((".", "!", "?", "…"))


def _is_boundary(text: str, toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.text in _ENDS:
        return nxt is None or nxt.text[0].isupper() or is_quote(nxt) or t.text == ";"
    if is_quote(t) and _quote_ends_sentence(text, t):
        return nxt is None or nxt.text[0].isupper() or is_quote(nxt)
    return False


def sentence_before(text: str, spans: Sequence[Span], k: int) -> list[Tok]:
    """Tokens of the quote's sentence before it (earlier quotes as placeholders)."""
    start = spans[k].start
    if start > NEAR:  # most sentences end close by: read a short window first
        near = window(text, spans, start - NEAR, start)
        # its first word may be cut (one word makes at most two tokens, "etc" and "."):
        # a boundary after that is the same as in the full window
        for i in range(len(near) - 1, 1, -1):
            if _is_boundary(text, near, i):
                return near[i + 1:]
    toks = window(text, spans, max(0, start - WINDOW), start)
    for i in range(len(toks) - 1, -1, -1):
        if _is_boundary(text, toks, i):
            return toks[i + 1:]
    return toks


def sentence_after(text: str, spans: Sequence[Span], k: int) -> list[Tok]:
    """Tokens of the quote's sentence after it, up to and including its full stop."""
    end = spans[k].end
    hi = min(len(text), end + WINDOW)
    if hi - end > NEAR:  # most sentences end close by: read a short window first
        near = window(text, spans, end, end + NEAR)
        # its last word may be cut (one word makes at most two tokens): only what is
        # decided before the last three tokens is the same as in the full window
        found = _sentence_after(text, spans[k], near, len(near) - 3)
        if found is not None:
            return found
    return _sentence_after(text, spans[k], window(text, spans, end, hi), None) or []


def _sentence_after(text: str, sp: Span, toks: list[Tok], safe: int | None) -> list[Tok] | None:
    """The sentence after a quote in ``toks``; with ``safe``, None when deciding needs a
    token at or past index ``safe``."""
    limit = len(toks) if safe is None else safe
    if limit <= 0 and safe is not None:
        return None
    if sp.closed and _quote_ends_sentence(text, Tok("", sp.start, sp.end)):
        if toks and (toks[0].text[0].isupper() or is_quote(toks[0])):
            i = _attribution_end(toks)
            if safe is not None and i >= limit:
                return None
            if not (0 < i < len(toks) and toks[i].low in SPEECH_VERBS):
                return []
    for i, t in enumerate(toks):
        if safe is not None and i >= limit - 1:
            return None
        if t.text in _ENDS or (is_quote(t) and _is_boundary(text, toks, i)):
            return toks[: i + 1]
    return None if safe is not None else toks


def _attribution_end(toks: Sequence[Tok]) -> int:
    """Index of the token after a speaker and its fillers opening ``toks`` (0: none)."""
    i = 0
    while i < len(toks) and i < 6 and (speakerish(toks[i]) or toks[i].low in PRONOUNS):
        i += 1
    while i < len(toks) and toks[i].low in VERB_FILLERS:
        i += 1
    return i


def _attribution_start(toks: Sequence[Tok]) -> bool:
    """``Lavrov said`` / ``he added`` opening the words after a quote that ends in a full stop."""
    i = _attribution_end(toks)
    return 0 < i < len(toks) and toks[i].low in SPEECH_VERBS


def after_quote(text: str, spans: Sequence[Span], k: int) -> Found | None:
    """Rank 1: the attribution right after a quote."""
    sp = spans[k]
    hi = min(spans[k + 1].start if k + 1 < len(spans) else len(text), sp.end + 250)
    toks = tokenize(text, sp.end, hi)
    i = 0
    while i < len(toks) and i < 2 and toks[i].text in _LEADING:
        i += 1
    if i >= len(toks):
        return None
    ends_sentence = sp.closed and _quote_ends_sentence(text, Tok("", sp.start, sp.end))
    if ends_sentence and i == 0 and not _attribution_start(toks):
        return None
    t = toks[i]
    if t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        ref, _ = parse_forward(toks, i + 2)
        return Found(with_verb(ref, "according to"), 1) if ref else None
    if t.low in SPEECH_VERBS:
        ref, _ = parse_forward(toks, i + 1)
        return Found(with_verb(ref, t.text), 1) if ref else None
    if (t.low in ("a", "an", "the") and i + 2 < len(toks) and toks[i + 1].low in SPEECH_NOUNS
            and toks[i + 2].low in ("from", "by", "of")):
        i += 3  # "a statement from the Kremlin said"
    ref, j = parse_forward(toks, i)
    if ref is None:
        return None
    if j < len(toks) and toks[j].text == ",":  # "Maria Zakharova, the ministry's spokeswoman, said"
        for c in range(j + 1, min(len(toks), j + 16)):
            if toks[c].text == "," or toks[c].text in _ENDS or is_quote(toks[c]):
                j = c + 1 if toks[c].text == "," else len(toks)
                break
    n = 0
    while j < len(toks) and n < 4 and filler(toks[j]):
        j += 1
        n += 1
    if j >= len(toks) or toks[j].low not in SPEECH_VERBS:
        return None
    verb = toks[j]
    if verb.low in ("quoted", "quotes", "quoting") and not any(x.low == "was" for x in toks[i:j]):
        reported, m = parse_forward(toks, j + 1)
        if reported and m + 1 < len(toks) and toks[m].low == "as" and toks[m + 1].low in SPEECH_VERBS:
            outlet = " ".join(w for w in ref.words if w.lower() != "the")
            role = f"{reported.role or 'source'} quoted by {outlet}" if reported.kind == "unnamed" else reported.role
            return Found(with_verb(reported, f"{verb.text} … as {toks[m + 1].text}", role), 1)
    return Found(with_verb(ref, verb.text), 1)


def clause_before(text: str, pre: Sequence[Tok]) -> Found | None:
    """Rank 2 (adjacent) or 4: "X said: “…”", "stating, “…”", "X told Y that … “…”"."""
    n = len(pre)
    for v in range(n - 1, max(-1, n - 40), -1):
        t = pre[v]
        if is_quote(t):
            continue
        low = t.low
        if low.endswith("ing") and v > 0 and pre[v - 1].text == "," and low not in SPEECH_VERBS and low.isalpha():
            break  # "…, leading Trump to …": the quote belongs to another clause
        if low not in SPEECH_VERBS:
            continue
        after = pre[v + 1: v + 9]
        if after and after[0].low == "by":
            continue  # passive: "reported by TASS"
        if low in AMBIGUOUS_SPEECH and not (
            not after or after[0].text in (":", ",") or is_quote(after[0])
            or any(a.low == "that" for a in after[:7]) or any(a.low == "as" for a in after[:6])
        ):
            continue
        k = v - 1
        while k >= 0 and filler(pre[k]) and v - k < 5:
            k -= 1
        ref = parse_back(pre, k) if k >= 0 else None
        if ref is None and k >= 0 and pre[k].text == ",":
            if low.endswith("ing"):
                ref = _subject_before(pre, k)  # "Lavrov answered the question, stating, “…”"
            else:
                ref = _before_parenthesis(pre, k)  # "Mark Rutte, the head of NATO, said"
        if ref is None:
            continue
        return Found(with_verb(ref, t.text), 2 if n - v <= 3 else 4)
    return None


def _before_parenthesis(toks: Sequence[Tok], k: int) -> SpeakerRef | None:
    """The speaker before a comma-enclosed aside that ends at ``toks[k]``: "X, Name, said",
    "A senior diplomat, speaking on condition of anonymity, said"."""
    ref = parse_back(toks, k - 1) if k >= 1 else None
    if ref is not None and ref.kind in ("name", "unnamed"):
        return ref
    for c in range(k - 1, max(-1, k - 16), -1):
        if toks[c].text == ",":
            return parse_back(toks, c - 1) if c >= 1 else None
        if toks[c].text in _ENDS or is_quote(toks[c]):
            return None
    return None


def _subject_before(toks: Sequence[Tok], k: int) -> SpeakerRef | None:
    """The nearest subject before ``toks[k]``: a pronoun or name followed by a lower-case verb."""
    for i in range(k - 1, max(-1, k - 30), -1):
        t = toks[i]
        nxt = toks[i + 1]
        if is_quote(t) or is_quote(nxt) or not nxt.text[0].islower() or not nxt.text.isalpha():
            continue
        if nxt.low in ROLE_NOUNS or nxt.low in ROLE_MODIFIERS or nxt.low in UNNAMED_HEADS:
            continue
        if t.low in PRONOUNS or (speakerish(t) and t.text[0].isupper()):
            return parse_back(toks, i)
    return None


def sentence_end(text: str, tail: Sequence[Tok]) -> Found | None:
    """Rank 3: ``…, the Russian Defense Ministry has said.`` closing the quote's sentence."""
    if not tail or tail[-1].text not in _ENDS:
        return None
    commas = [i for i, t in enumerate(tail) if t.text == ","]
    if not commas:
        return None
    clause = tail[commas[-1] + 1: -1]
    if not clause or any(is_quote(t) for t in clause):
        return None
    for v, t in enumerate(clause[:14]):
        if t.low in SPEECH_VERBS:
            k = v - 1
            while k >= 0 and filler(clause[k]):
                k -= 1
            if k < 0:
                return None
            ref, j = parse_forward(clause, 0)
            if ref is None or j != k + 1:
                return None
            return Found(with_verb(ref, t.text), 3)
    return None


def owned_speech(pre: Sequence[Tok]) -> Found | None:
    """Rank 5: "his declaration that …", "Trump's remarks: …"."""
    for v in range(len(pre) - 1, max(-1, len(pre) - 30), -1):
        t = pre[v]
        if t.low not in SPEECH_NOUNS or v == 0:
            continue
        nxt = pre[v + 1] if v + 1 < len(pre) else None
        if nxt is not None and not (nxt.low == "that" or nxt.text in (":", ",") or is_quote(nxt)):
            continue
        owner = pre[v - 1]
        if owner.low in _OWNERS:
            return Found(SpeakerRef("pronoun", (_OWNERS[owner.low],), owner.start, verb=t.text), 5)
        if owner.text.endswith(("’s", "'s")):
            ref = parse_back(pre, v - 1)
            if ref is not None:
                return Found(with_verb(ref, t.text), 5)
    return None


def according_to(pre: Sequence[Tok], tail: Sequence[Tok]) -> Found | None:
    """Rank 6: "According to X, …" anywhere in the quote's sentence."""
    for toks in (pre, tail):
        for i in range(len(toks) - 2):
            if toks[i].low == "according" and toks[i + 1].low == "to":
                ref, _ = parse_forward(toks, i + 2)
                if ref is not None:
                    return Found(with_verb(ref, "according to"), 6)
    return None


def attribute(text: str, spans: Sequence[Span], k: int) -> Found | None:
    """The most direct attribution of quote ``k`` found in its own sentence."""
    direct = after_quote(text, spans, k)
    j = k
    while direct is None and j + 1 < len(spans) and j - k < 3 and _same_sentence(text, spans, j):
        j += 1  # “a violation of our legislation” that would have “…,” Tikhy said.
        direct = after_quote(text, spans, j)
    if direct is not None:
        return direct
    pre = sentence_before(text, spans, k)
    tail = sentence_after(text, spans, k)
    found = [f for f in (clause_before(text, pre), sentence_end(text, tail), owned_speech(pre), according_to(pre, tail)) if f]
    return min(found, key=lambda f: f.rank) if found else None


def _same_sentence(text: str, spans: Sequence[Span], k: int) -> bool:
    """Quote ``k + 1`` continues the sentence of quote ``k``."""
    a, b = spans[k], spans[k + 1]
    if b.start - a.end > 150 or _quote_ends_sentence(text, Tok("", a.start, a.end)):
        return False
    return not any(t.text in _ENDS for t in tokenize(text, a.end, b.start))

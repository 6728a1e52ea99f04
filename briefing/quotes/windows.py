"""The quote's sentence, read from bounded windows of text around it, and the small
token-level steps every attribution pattern shares (a bracketed aside, the speaker that
opens the words after a quote)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..people.name_words import BACK_VERBS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, UNNAMED_HEADS, VERB_FILLERS
from ..people.names import PARTY_TAG, Tok, tokenize
from ..text.quote_marks import Span
from .phrases import QTOK, is_quote, speakerish

WINDOW = 400  # characters read before and after a quote
NEAR = 160  # characters read first before a quote, for the end of the sentence before
ENDS = frozenset({".", "!", "?", "…", "...", ";"})
MAX_APPOSITIVE = 30  # tokens of an aside between a speaker and the verb: "X, the head of …, said"
MAX_ASIDE = 8  # tokens of a bracketed aside after a name: "(R-Fla.)", "(D-N.Y.)"
MAX_OF = 10  # tokens of an "of" phrase after a name: "of the Sierra Club"
SHORT_QUOTE = 30  # characters of a quoted title an apposition may hold ("wearing “Ted Cruz” pins")


def speech_verb(t: Tok) -> bool:
    """A verb of speech as attributions print it: in lower case ("States" and "Post" in "the
    United States" and "the Washington Post" are names, not "states" and "post")."""
    return t.low in SPEECH_VERBS and t.text[:1].islower()


def speech_at(toks: Sequence[Tok], i: int) -> bool:
    """A verb of speech at ``toks[i]``, a reply with "back" ("shot back", "fired back"), or
    "put it" ("as Cornyn put it: …")."""
    t = toks[i]
    if speech_verb(t):
        return True
    if t.low in ("put", "puts") and i + 1 < len(toks) and toks[i + 1].low == "it" and t.text.islower():
        return True
    return t.low in BACK_VERBS and t.text[:1].islower() and i + 1 < len(toks) and toks[i + 1].low == "back"


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


def quote_ends_sentence(text: str, t: Tok) -> bool:
    inner = text[t.start:t.end].rstrip(" ”\"’'»")
    return inner.endswith((".", "!", "?", "…"))


def _is_boundary(text: str, toks: Sequence[Tok], i: int) -> bool:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.text in ENDS:
        return nxt is None or nxt.text[0].isupper() or is_quote(nxt) or t.text == ";"
    if is_quote(t) and quote_ends_sentence(text, t):
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


def sentence_preceding(text: str, spans: Sequence[Span], k: int) -> list[Tok]:
    """Tokens of the sentence just before the one quote ``k`` opens, its final stop included
    (empty when the quote does not open its sentence or opens the paragraph)."""
    toks = window(text, spans, max(0, spans[k].start - WINDOW), spans[k].start)
    ends = [i for i in range(len(toks) - 1, -1, -1) if _is_boundary(text, toks, i)]
    if not ends or ends[0] != len(toks) - 1:
        return []  # words of the quote's own sentence come before it
    lo = ends[1] + 1 if len(ends) > 1 else (0 if spans[k].start - WINDOW <= 0 else len(toks))
    return toks[lo:]


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
    if sp.closed and quote_ends_sentence(text, Tok("", sp.start, sp.end)):
        if toks and (toks[0].text[0].isupper() or is_quote(toks[0])):
            i = _attribution_end(toks)
            if safe is not None and i >= limit:
                return None
            if not (0 < i < len(toks) and speech_verb(toks[i])):
                return []
    for i, t in enumerate(toks):
        if safe is not None and i >= limit - 1:
            return None
        if t.text in ENDS or (is_quote(t) and _is_boundary(text, toks, i)):
            return toks[: i + 1]
    return None if safe is not None else toks


def skip_aside(toks: Sequence[Tok], j: int) -> int:
    """The index after a short bracketed aside that opens at ``toks[j]`` ("(R-Fla.)",
    "(@dmartosko)"), or ``j`` when none does."""
    if j < len(toks) and toks[j].text == "(":
        for c in range(j + 1, min(len(toks), j + MAX_ASIDE)):
            if toks[c].text == ")":
                return c + 1
            if is_quote(toks[c]) or toks[c].text == "(":
                break
    return j


def skip_of(toks: Sequence[Tok], j: int) -> int:
    """The index after an "of" phrase naming where a speaker is from, when one opens at
    ``toks[j]`` ("of the Sierra Club", "of the James Martin Center for Nonproliferation
    Studies", "of Wisconsin"), else ``j``."""
    if j >= len(toks) or toks[j].low != "of":
        return j
    k = j + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    start = k
    while k < len(toks) and k - j < MAX_OF:
        w = toks[k].text
        if w[:1].isupper() and not is_quote(toks[k]):
            k += 1
        elif toks[k].low in ("for", "of", "and", "on", "&") and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
            k += 1
        else:
            break
    return k if k > start else j


def aside_before(toks: Sequence[Tok], k: int) -> int:
    """The index before a short bracketed aside that closes at ``toks[k]``, or before a party
    tag between commas ("Sen. Ron Johnson, R-Wis., said"), or ``k``."""
    if 2 <= k < len(toks) and toks[k].text == "," and PARTY_TAG.fullmatch(toks[k - 1].text) and toks[k - 2].text == ",":
        return k - 3
    if 0 <= k < len(toks) and toks[k].text == ")":
        for c in range(k - 1, max(-1, k - MAX_ASIDE), -1):
            if toks[c].text == "(":
                return c - 1
            if is_quote(toks[c]) or toks[c].text == ")":
                break
    return k


def _attribution_end(toks: Sequence[Tok]) -> int:
    """Index of the token after a speaker and its fillers opening ``toks`` (0: none)."""
    i = 0
    while i < len(toks) and i < 6 and (speakerish(toks[i]) or toks[i].low in PRONOUNS):
        i += 1
    while i < len(toks) and toks[i].low in VERB_FILLERS:
        i += 1
    return i


def attribution_start(toks: Sequence[Tok]) -> bool:
    """``Lavrov said`` / ``he added`` opening the words after a quote that ends in a full stop."""
    i = _attribution_end(toks)
    if i == 0 or i >= len(toks):
        return False
    i = skip_aside(toks, i)  # "Mark Tolan (R-Ohio) said"
    if i < len(toks) and toks[i].text == "," and toks[0].text[:1].isupper():
        # "Will Estrada, the chairman for the exurb, said": an apposition between name and verb
        for c in range(i + 1, min(len(toks) - 1, i + MAX_APPOSITIVE)):
            if toks[c].text in ENDS or (is_quote(toks[c]) and toks[c].end - toks[c].start > SHORT_QUOTE):
                return False
            if toks[c].text == "," and speech_verb(toks[c + 1]):
                return True
        return False
    return i < len(toks) and speech_verb(toks[i])


# what describes an unnamed source after its head: "a source close to the industry", "an official
# familiar with the talks", "a person with knowledge of the matter"
_POST_MODIFIERS = {"close": "to", "familiar": "with", "involved": "in", "knowledgeable": "about", "briefed": "on",
                   "with": "knowledge"}
MAX_POST = 8  # words such a description runs to before its verb
_AFTER_HEAD = frozenset("at with for from of in".split())  # "a dealer at one co-op", "a spokesman for IRI"


def skip_post_modifier(toks: Sequence[Tok], j: int) -> int:
    """The index of the speech verb after a description that opens at ``toks[j]`` ("close to the
    industry said"), else ``j``."""
    if j + 1 >= len(toks) or _POST_MODIFIERS.get(toks[j].low) != toks[j + 1].low:
        return j
    for k in range(j + 2, min(len(toks), j + 2 + MAX_POST)):
        t = toks[k]
        if t.text in ENDS or t.text == "," or is_quote(t):
            return j
        if speech_verb(t):
            return k
    return j


def post_modifier_start(toks: Sequence[Tok], k: int) -> int:
    """The index of the last word before a description that ends at ``toks[k]`` ("a source close to
    the industry", "a grain dealer at one member co-op", "a spokesman for state holding company IRI"),
    else ``k``: the description's opening word is looked for within :data:`MAX_POST`."""
    for c in range(k - 1, max(0, k - MAX_POST - 2), -1):
        t = toks[c]
        if t.text in ENDS or t.text == "," or is_quote(t) or t.low in PRONOUNS or (
                speech_verb(t) and t.low.endswith(("ed", "said", "says", "told"))):
            return k  # (no clause inside: "a member of the family suggested they …")
        if _POST_MODIFIERS.get(t.low) == toks[c + 1].low and c >= 1:
            return c - 1
        if t.low in _AFTER_HEAD and c >= 1 and toks[c - 1].text.islower() and (
                toks[c - 1].low in UNNAMED_HEADS or toks[c - 1].low in ROLE_NOUNS):
            return c - 1
    return k

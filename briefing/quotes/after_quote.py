"""Rank 1 of :mod:`.attribution`: the attribution right after a quote (``“…,” Lavrov said``,
``said Tikhy``, ``FT quoted one source as saying``, ``“…,” a source close to the industry said``), and
rank 6: ``According to the White House, …`` (or the author of a paper it names)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..people.name_words import OBJECT_VERBS, SPEECH_NOUNS
from ..people.names import Tok, parse_name, tokenize
from ..text.quote_marks import Span
from .phrases import Found, SpeakerRef, filler, is_quote, parse_forward, with_verb
from .subjects import speaker_forward
from .windows import (
    ENDS,
    MAX_APPOSITIVE,
    SHORT_QUOTE,
    attribution_start,
    quote_ends_sentence,
    skip_aside,
    skip_of,
    skip_post_modifier,
    speech_at,
    speech_verb,
    window,
)

_LEADING = frozenset({",", "—", "–", "-", "("})
# a paper and what its author did to it: "a court document filed by", "a statement issued by"
_PAPERS = frozenset("document documents filing filings statement letter memo report complaint motion brief "
                    "affidavit ruling order release".split())
_AUTHORED = frozenset("filed issued released written signed sent published submitted".split())


def after_quote(text: str, spans: Sequence[Span], k: int, opened: bool = False) -> Found | None:
    """Rank 1: the attribution right after a quote.  ``opened``: the quote's sentence began
    before it ("Brafman said, “…”"), so a quote that ends it is followed by a new sentence,
    whatever that sentence says ("He added, …" is the next quote's attribution)."""
    sp = spans[k]
    nxt = k + 1  # a short quoted title after the quote may sit in its attribution ("wearing “Ted Cruz” pins, said")
    while nxt < len(spans) and spans[nxt].end - spans[nxt].start <= SHORT_QUOTE and spans[nxt].start < sp.end + 250:
        nxt += 1
    hi = min(spans[nxt].start if nxt < len(spans) else len(text), sp.end + 250)
    toks = window(text, spans, sp.end, hi) if nxt > k + 1 else tokenize(text, sp.end, hi)
    i = 0
    while i < len(toks) and i < 2 and toks[i].text in _LEADING:
        i += 1
    if i >= len(toks):
        return None
    ends_sentence = sp.closed and quote_ends_sentence(text, Tok("", sp.start, sp.end))
    if ends_sentence and i == 0 and toks[0].text[:1].isupper() and (opened or not attribution_start(toks)):
        return None  # a new sentence, unless it opens "Trump asked" ("“Out!” the crowd yelled" goes on)
    t = toks[i]
    if told_to_us(toks, i):  # "“…,” we’re told.": the writer's unnamed source
        return Found(SpeakerRef("unnamed", (t.text,), t.start, "told"), 1)
    if t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        ref = according(toks, i + 2)
        return Found(with_verb(ref, "according to"), 1) if ref else None
    if speech_verb(t):
        if t.low in OBJECT_VERBS or t.low.endswith("ing"):
            # "“Scandal,” thanked Obama for “…”": Obama is thanked, not speaking; "“…,” promising
            # the Friends of Abe will return": a participle's object is never who speaks
            return None
        ref, _ = speaker_forward(toks, i + 1)
        return Found(with_verb(ref, t.text), 1) if ref else None
    if t.low == "as" and not ends_sentence:  # the race “is a dead heat,” as Cruz said on Monday
        ref, j = speaker_forward(toks, i + 1)
        j = skip_aside(toks, j)
        n = 0
        while j < len(toks) and n < 4 and filler(toks[j]):
            j, n = j + 1, n + 1
        if ref is not None and j < len(toks) and speech_at(toks, j):
            return Found(with_verb(ref, toks[j].text), 1)
        return None
    if (t.low in ("a", "an", "the") and i + 2 < len(toks) and toks[i + 1].low in SPEECH_NOUNS
            and toks[i + 2].low in ("from", "by", "of")):
        i += 3  # "a statement from the Kremlin said"
    ref, j = speaker_forward(toks, i)
    if ref is None:
        return None
    j = skip_of(toks, skip_aside(toks, j))  # "Sen. Marco Rubio (R-Fla.) said", "Mr. Morgan of the Sierra Club said"
    if ref.kind == "unnamed" and (past := skip_post_modifier(toks, j)) != j:  # "a source close to the industry said"
        ref, j = replace(ref, role=" ".join([ref.role or "", *(x.text for x in toks[j:past])]).strip()), past
    if _a_role(ref) and j + 1 < len(toks) and toks[j].text == ",":
        named, k = parse_forward(toks, j + 1)  # "the Ohio governor, John Kasich, said": the name the role has
        person = parse_name(named.words) if named is not None and named.kind == "name" else None
        if named is not None and person is not None and person.kind == "person" and k + 1 < len(toks) \
                and toks[k].text == ",":
            title = " ".join(ref.words) if ref.kind == "name" else ref.role or " ".join(ref.words)
            if ref.kind == "name" and ref.role:
                title = f"{ref.role} {title}"  # "the company's CEO"
            ref, j = with_verb(named, "", " ".join(w for w in title.split() if w.lower() not in ("the", "a", "an"))), k
    if j < len(toks) and toks[j].text == ",":  # "Maria Zakharova, the ministry's spokeswoman, said"
        # the aside ends at the comma before the verb, however many commas it holds itself
        # ("Anne Richards, assistant secretary of state for population, refugees, and migration, said")
        for c in range(j, min(len(toks) - 1, j + MAX_APPOSITIVE)):
            if toks[c].text in ENDS or (is_quote(toks[c]) and toks[c].end - toks[c].start > SHORT_QUOTE):
                break
            if toks[c].text == "," and (speech_verb(toks[c + 1]) or filler(toks[c + 1])):
                j = c + 1
                break
        else:
            j = len(toks)
    n = 0
    while j < len(toks) and n < 4 and filler(toks[j]):
        j += 1
        n += 1
    if j >= len(toks) or not speech_at(toks, j):
        return None
    verb = toks[j]
    if verb.low in ("quoted", "quotes", "quoting") and not any(x.low == "was" for x in toks[i:j]):
        reported, m = parse_forward(toks, j + 1)
        if reported and m + 1 < len(toks) and toks[m].low == "as" and speech_verb(toks[m + 1]):
            outlet = " ".join(w for w in ref.words if w.lower() != "the")
            role = f"{reported.role or 'source'} quoted by {outlet}" if reported.kind == "unnamed" else reported.role
            return Found(with_verb(reported, f"{verb.text} … as {toks[m + 1].text}", role), 1)
    return Found(with_verb(ref, verb.text), 1)


_US = frozenset({"we", "i"})
_TOLD_US = frozenset({"we're", "i'm"})
_BE = frozenset({"are", "am", "were", "was"})


def told_to_us(toks: Sequence[Tok], i: int) -> bool:
    """Whether ``toks[i:]`` open on the writer being told ("we’re told", "I am told", "we have been
    told"): the words come from a source the story does not name, never from "We’re" as a name."""
    lows = [t.low.replace("’", "'") for t in toks[i:i + 4]]
    if len(lows) >= 2 and lows[0] in _TOLD_US and lows[1] == "told":
        return True
    if len(lows) >= 3 and lows[0] in _US and lows[1] in _BE and lows[2] == "told":
        return True
    return len(lows) >= 4 and lows[0] in _US and lows[1] in ("have", "had") and lows[2] == "been" and lows[3] == "told"


def _a_role(ref: SpeakerRef) -> bool:
    """Whether a speaker phrase is a role rather than a name ("the Ohio senator", "a spokesman",
    "the company's CEO")."""
    if ref.kind in ("role", "unnamed"):
        return True
    phrase = parse_name(ref.words) if ref.kind == "name" else None
    return phrase is not None and phrase.kind == "role"


def according_to(pre: Sequence[Tok], tail: Sequence[Tok]) -> Found | None:
    """Rank 6: "According to X, …" anywhere in the quote's sentence."""
    for toks in (pre, tail):
        for i in range(len(toks) - 2):
            if toks[i].low == "according" and toks[i + 1].low == "to":
                ref = according(toks, i + 2)
                if ref is not None:
                    return Found(with_verb(ref, "according to"), 6)
    return None


def according(toks: Sequence[Tok], i: int) -> SpeakerRef | None:
    """Who "according to" (ending before ``toks[i]``) names: "according to the White House", or
    the author of a paper it names: "according to a court document filed by state attorney
    Dave Aronberg"."""
    for j in range(i, min(len(toks) - 2, i + 5)):
        if toks[j].low in _AUTHORED and toks[j + 1].low == "by" and j > i and toks[j - 1].low in _PAPERS:
            ref, end = speaker_forward(toks, j + 2)
            if end < len(toks) and toks[end].low in ("and", "&"):
                return None  # "filed by the Securities and Exchange Commission": a name the phrase cuts short
            if ref is not None and ref.kind in ("name", "role"):
                return ref
            break
    ref, _ = parse_forward(toks, i)
    return ref

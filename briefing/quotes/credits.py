"""Credits that name a quote's speaker without a verb: a dash after the quote
(``“…” ― Oscar P. Quintero``), a paragraph that only credits the quote above it
(``- Sanders.``) and a name as a label before it (``Clinton: “…”``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..people.name_words import OUTLET_NOUNS
from ..people.names import Tok, parse_name, tokenize
from ..text.quote_marks import Span
from .phrases import Found, parse_back, with_verb
from .subjects import speaker_forward, verb_like
from .windows import aside_before, skip_aside, speech_verb

_DASH_THEN_NAME = re.compile(r"(?<![ \t\xa0])[ \t\xa0]*+(?:\n[ \t\xa0]*+)?[―—–-][ \t\xa0]*+(?=[A-Z])")
_CREDIT_ENDS = frozenset({",", ".", ";", "—", "―", "–", "|"})
_LABEL_OPENERS = frozenset({"-", "—", "―", "–", "•", "|", "*"})
_PREPOSITIONS = frozenset("to with for about at from by of on in into against like than".split())


def dash_after(text: str, spans: Sequence[Span], k: int) -> Found | None:
    """Rank 1: a credit line after the quote: ``“…” ― Oscar P. Quintero``, ``“…” -Sanders.``"""
    sp = spans[k]
    m = _DASH_THEN_NAME.match(text, sp.end)
    if m is None:
        return None
    hi = min(spans[k + 1].start if k + 1 < len(spans) else len(text), m.end() + 160)
    toks = tokenize(text, m.end(), hi)
    ref, j = speaker_forward(toks, 0)
    j = skip_aside(toks, j)
    if ref is None or ref.kind not in ("name", "role") or (j < len(toks) and toks[j].text not in _CREDIT_ENDS):
        return None
    return Found(with_verb(ref, "—"), 1)


def credit_line(text: str, dashed: bool = False) -> Found | None:
    """A short paragraph that only credits the quote above it: ``- Sanders.``,
    ``-President Obama, tweeting after Clinton's speech.``  ``dashed``: the paragraph's
    dash was read as a bullet's and is gone from ``text``."""
    if len(text) > 200:
        return None
    m = _DASH_THEN_NAME.match(text)
    if m is None and not (dashed and text[:1].isupper()):
        return None
    toks = tokenize(text, m.end() if m else 0, len(text))
    ref, j = speaker_forward(toks, 0)
    j = skip_aside(toks, j)
    if ref is None or ref.kind not in ("name", "role") or (j < len(toks) and toks[j].text not in _CREDIT_ENDS):
        return None
    if any(verb_like(t) and not t.low.endswith("ing") for t in toks[j:]):
        return None  # "- Ben Cole, the mayor, resigned on Friday.": a sentence of its own, no credit
    return Found(with_verb(ref, "—"), 1)


def colon_label(pre: Sequence[Tok]) -> Found | None:
    """Rank 2: a speaker's name as a label before the quote: ``Clinton: “…”``, ``- HuffPollster: “…”``."""
    if len(pre) < 2 or pre[-1].text != ":":
        return None
    k = aside_before(pre, len(pre) - 2)
    ref = parse_back(pre, k) if k >= 0 else None
    if ref is None or ref.kind != "name" or (len(ref.words) == 1 and ref.words[0].isupper() and len(ref.words[0]) > 4):
        return None  # ("PREVIOUSLY:", "BREAKING:": a section's label, not a name)
    first = next((i for i, t in enumerate(pre) if t.start == ref.pos), None)
    if first is not None and first >= 2 and pre[first - 1].low == "and":
        # "Frank Newport and Jim Harter: “…”": two names as the label; the first is given
        other = parse_back(pre, first - 2)
        start = next((i for i, t in enumerate(pre) if other is not None and t.start == other.pos), None)
        if other is not None and other.kind == "name" and start is not None:
            ref, first = other, start
    if first is None:
        return None
    if not (first == 0 or pre[first - 1].text in _LABEL_OPENERS):
        # a full name closing a clause without a speech verb, then the colon: "The surge doesn't surprise
        # Republican pollster Daron Shaw: “…”" (not the object of a preposition nor an outlet: "he wrote to Jon
        # Vell:", "told the Dutch newspaper NRC Handelsblad:")
        person = parse_name(tuple(ref.words))
        if person is None or person.kind != "person" or len(person.name) < 2 \
                or any(t.low in _PREPOSITIONS or t.low in OUTLET_NOUNS for t in pre[max(0, first - 4):first]) \
                or any(speech_verb(t) for t in pre[:first]):
            return None
        return Found(with_verb(ref, ":"), 3)
    return Found(with_verb(ref, ":"), 2)

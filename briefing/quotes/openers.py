"""Attributions that open the quote's sentence before any verb of the quote's own clause:
"Here’s Clinton in December 1992: “…”" and "As White House press secretary Josh Earnest
explained, three taxes were postponed, “which …”"."""

from __future__ import annotations

from collections.abc import Sequence

from ..people.names import Tok
from .phrases import Found, filler, is_quote, with_verb
from .subjects import speaker_forward
from .windows import speech_at, speech_verb

_HERE = frozenset({"here’s", "here's"})
_WHEN_WHERE = frozenset("in on at during after before from".split())
# "as X explained," says what X said; "as X spoke," only when (the NRA was lobbying meanwhile)
_AS_SAID = frozenset("said says explained explains noted notes wrote writes argued argues observed observes "
                     "recalled recalls warned warns acknowledged acknowledges conceded concedes stated states "
                     "told tells reported reports pointed points put puts".split())


def here_is(pre: Sequence[Tok]) -> Found | None:
    """Rank 2: "Here’s Clinton in December 1992: “…”" (the name, then when or where, then the colon)."""
    if len(pre) < 3 or pre[-1].text != ":":
        return None
    i = 1 if pre[0].low in ("and", "but", "so") else 0
    if i < len(pre) and pre[i].low in _HERE:
        i += 1
    elif i + 1 < len(pre) and pre[i].low == "here" and pre[i + 1].low == "is":
        i += 2
    else:
        return None
    ref, j = speaker_forward(pre, i)
    rest = pre[j:-1]
    if ref is None or ref.kind != "name" or len(rest) > 6 or (rest and rest[0].low not in _WHEN_WHERE) \
            or any(speech_verb(t) or is_quote(t) for t in rest):
        return None
    return Found(with_verb(ref, ":"), 2)


_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})


def as_clause(pre: Sequence[Tok]) -> Found | None:
    """Rank 5: the sentence opens "As White House press secretary Josh Earnest explained, …"
    and the quote comes later in it (after a conjunction too: "But as The Hill pointed out, “…”")."""
    at = 1 if pre and pre[0].low in _CONJUNCTIONS else 0
    if len(pre) < at + 4 or pre[at].low != "as":
        return None
    ref, j = speaker_forward(pre, at + 1)
    n = 0
    while ref is not None and j < len(pre) and n < 3 and filler(pre[j]):
        j, n = j + 1, n + 1
    if ref is None or j + 1 >= len(pre) or pre[j].low not in _AS_SAID:
        return None
    if pre[j].low in ("pointed", "points", "put", "puts") and j + 2 < len(pre) and pre[j + 1].low in ("out", "it"):
        j += 1  # "as X pointed out,", "as X put it,"
    if not (speech_at(pre, j) or pre[j].low in ("out", "it")):
        return None
    comma = next((c for c in range(j + 1, min(len(pre), j + 8)) if pre[c].text == ","), None)
    if comma is None or any(speech_verb(t) or is_quote(t) for t in pre[j + 1:comma]):
        return None  # ("As X said last week in Tel Aviv, “…”": when and where may follow the verb)
    return Found(with_verb(ref, pre[j - 1].text if pre[j].low in ("out", "it") else pre[j].text), 5)

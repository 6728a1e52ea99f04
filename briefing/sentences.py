"""Sentence splitting that survives newsroom text.

Handles abbreviations (U.S., Mr., Sen., Gen., Jan.), initials (J. D. Vance),
decimals and money (2.33 million, $84.50), ellipses, and quotations whose
closing mark follows the full stop ("... over." He said).
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt
    pres supt insp det rev hon amb fr messrs mmes
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp bros plc llc dept univ assn est approx vs etc al fig vol vols pp cf ca
    e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c
    """.split()
)
# a possible end of sentence: . ! ? or …, optional closing quotes/brackets, then space
_BOUNDARY = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"”’')\]]*(?=\s+|$)")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_STARTER = re.compile(r"\s*[\"“‘'(\[]?\s*([A-Z0-9À-ÖØ-Þ])")


def _is_abbreviation(token: str) -> bool:
    t = token.lstrip("\"“‘'([").rstrip(".").lower()
    if not t:
        return False
    if t in ABBREVIATIONS:
        return True
    if re.fullmatch(r"[a-z]", t):  # an initial: J. Smith
        return True
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", t):  # U.S, e.g, a.m
        return True
    return False


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, original characters kept, stripped of outer space."""
    text = text.strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        punct = m.group(0)
        nxt = _STARTER.match(text, end)
        if end < len(text) and not nxt:
            continue  # next word starts lower-case: not a boundary ("... 2.33 million")
        if punct.startswith(".") and not punct.startswith("..."):
            tok = _TOKEN_BEFORE.search(text, 0, m.start() + 1)
            token = tok.group(1) if tok else ""
            if _is_abbreviation(token):
                # "U.S. President" stays together; "in the U.S. The next" splits only when
                # the abbreviation can end a sentence and the next word is a plain sentence starter
                base = token.lstrip("\"“‘'([").rstrip(".").lower()
                if not (base in {"u.s", "u.k", "u.n", "e.u", "d.c", "etc", "a.m", "p.m", "inc", "ltd", "co", "corp", "jr", "sr"}
                        and nxt and _sentence_starter(text, nxt.start(1))):
                    continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_STARTERS = frozenset(
    "the a an this that these those it he she they we i in on at but and however meanwhile "
    "after before while when if as for since although though yet so there its his her their "
    "our my one two three some many most no not".split()
)


def _sentence_starter(text: str, pos: int) -> bool:
    m = re.match(r"[A-Za-z]+", text[pos:pos + 20])
    return bool(m) and m.group(0).lower() in _STARTERS

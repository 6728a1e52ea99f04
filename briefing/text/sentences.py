"""Sentence splitting that survives newsroom text.

Handles abbreviations (U.S., Mr., Sen., Gen., Jan.), initials (J. D. Vance),
decimals and money (2.33 million, $84.50), ellipses, quotations whose closing
mark follows the full stop ("... over." He said), and headings left on their own
line without a full stop.

Every pattern here is a single bounded scan (no nested quantifiers), so a 1 MB
line without punctuation costs one linear pass.
"""

from __future__ import annotations

import re

# Titles and other abbreviations that are followed by more of the same sentence
# (a name, a number): a full stop after them never ends a sentence.
TITLES = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl pvt
    pres supt insp det rev hon amb fr messrs mmes gen brig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    dept univ assn est approx vs fig vol vols pp cf ca al
    """.split()
)
# Abbreviations that may also end a sentence ("... in the U.S. The next day"): they end one
# only when a plain sentence opener follows.
CAN_END = frozenset("u.s u.k u.n e.u d.c u.s.a etc a.m p.m inc ltd co corp jr sr bros plc llc".split())
# places a wire capitalises the next word after ("the U.S. And its partners": one sentence)
_PLACE_ABBREVIATIONS = frozenset("u.s u.k u.n e.u".split())
# never a sentence end, whatever follows
NEVER_END = frozenset("e.g i.e cf vs viz".split())

# a possible end of sentence: ., !, ? or an ellipsis, optional closing quotes/brackets,
# then white space or the end of the text.  A match starts only at the first mark of a run
# (the look-behind keeps a long run that fails from being retried at every mark: linear);
# opening with a character class lets the engine skip ahead to the next mark quickly.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+[\"”’'»)\]]*+(?=\s|$)")
# what starts the next sentence: optional opening quote/bracket, then a capital or a digit
_STARTER = re.compile(r"\s{1,50}+[\"“‘'«(\[]?\s?([A-Z0-9À-ÖØ-Þ])")
_WORD_AT = re.compile(r"[A-Za-z]{1,20}")
_HEADING_LINE_WORDS = 14
_END_PUNCT = tuple('.!?:;"”’\')…»]')

# Words that open a sentence far more often than they follow an abbreviation.
_OPENERS = frozenset(
    "the a an this that these those it he she they we i in on at but and however meanwhile "
    "after before while when if as for since although though yet so there its his her their "
    "our my one two three some many most no not".split()
)


def _bare(token: str) -> str:
    return token.lstrip("\"“‘'([«").rstrip(".").lower()


def _is_initial(base: str) -> bool:
    return len(base) == 1 and base.isalpha()


def _is_dotted(base: str) -> bool:
    """U.S, e.g, a.m: letters separated by dots."""
    parts = base.split(".")
    return len(parts) > 1 and all(len(p) == 1 and p.isalpha() for p in parts)


def _opener_at(text: str, pos: int) -> bool:
    m = _WORD_AT.match(text, pos)
    return m is not None and m.group(0).lower() in _OPENERS


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the candidate boundary text[start:end] really ends a sentence."""
    if end >= len(text):
        return True
    nxt = _STARTER.match(text, end)
    if not nxt:
        return False  # the next word starts in lower case ("... 2.33 million", "e.g. the")
    punct = text[start:end]
    if not punct.startswith(".") or punct.startswith(".."):
        return True  # ! ? and ellipses end a sentence before a capital
    # the run of non-space characters ending at the mark (at most 40 of them)
    before = text[max(0, start - 40):start + 1].rsplit(None, 1)
    base = _bare(before[-1][-40:]) if before else ""
    if not base:
        return True
    if base in NEVER_END:
        return False
    if base == "no" and text[nxt.start(1)].isdigit():
        return False  # "No. 10"
    if base in TITLES:
        return False
    if base in CAN_END or _is_initial(base) or _is_dotted(base):
        # "U.S. President", "J. D. Vance" stay together; "in the U.S. The next" splits; "the U.S. And its
        # partners" (a wire's capital) goes on
        wire_and = base in _PLACE_ABBREVIATIONS and text.startswith(("And ", "Or "), nxt.start(1))
        return _opener_at(text, nxt.start(1)) and not wire_and
    return True


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the text split at blank lines and after lines that read as headings
    (short, no closing punctuation, the next line starting with a capital)."""
    spans: list[tuple[int, int]] = []
    start = pos = 0
    while (nl := text.find("\n", pos)) >= 0:
        line = text[pos:nl].strip()
        after = text[nl + 1 : nl + 200]
        rest = after.lstrip()
        blank_follows = after.lstrip(" \t").startswith("\n")
        heading = (
            bool(line)
            and not line.endswith(_END_PUNCT)
            and len(line.split()) <= _HEADING_LINE_WORDS
            and bool(rest)
            and (rest[0].isupper() or rest[0] in "\"“‘'")
        )
        if heading or blank_follows:
            spans.append((start, nl))
            start = nl + 1
        pos = nl + 1
    spans.append((start, len(text)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, outer white space excluded."""
    out: list[tuple[int, int]] = []
    chunks = _heading_lines(text) if "\n" in text else [(0, len(text))]
    for c_start, c_end in chunks:
        chunk = text[c_start:c_end]
        start = 0
        for m in _BOUNDARY.finditer(chunk):
            if _ends_sentence(chunk, m.start(), m.end()):
                _add(out, chunk, start, m.end(), c_start)
                start = m.end()
        _add(out, chunk, start, len(chunk), c_start)
    return out


def _add(out: list[tuple[int, int]], chunk: str, start: int, end: int, offset: int) -> None:
    piece = chunk[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    out.append((offset + start + lead, offset + start + lead + len(stripped)))


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, original characters kept, stripped of outer space."""
    return [" ".join(text[s:e].split()) if "\n" in text[s:e] else text[s:e] for s, e in sentence_spans(text)]

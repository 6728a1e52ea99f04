"""Words: the normalised copy of a text used for matching (:func:`normalize`: straight
quotes and dashes, no accents, lower case), its words and their count.  The original
characters, cleaned, are kept for display (:mod:`briefing.text.words.clean`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2007": " ",
        "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "",
        "\u2026": "...",
    }
)
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in _QUOTE_MAP) + "]")

# ---- the tokenisers ------------------------------------------------------------------------------
# TOKEN: runs of letters and digits (an apostrophe or a hyphen ends one): what storyline terms
# and search queries are matched on.  WORD: letters and digits joined by inner apostrophes and
# hyphens ("don't", "long-range"): the words of a sentence, as counted and compared.
TOKEN = re.compile(r"[^\W_]+")
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")  # WORD on lower-cased ASCII, at C speed

# the tokens: see :func:`tokens`
# combining accents (after NFKD) and invisible characters that would split a word in two
_INVISIBLE = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060\ufeff]+")


# ASCII letters and digits to lower case, everything else to a space
_ASCII_WORDS = bytes((c | 0x20 if 65 <= c <= 90 else c) if chr(c).isalnum() else 32 for c in range(128)) + b" " * 128
# the punctuation that makes most news text non-ASCII; it separates words like ASCII punctuation
_TYPOGRAPHY = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026", "\u00a0", "\u00ab", "\u00bb")


def tokens(text: str) -> list[str]:
    """Case-folded, accent-free :data:`TOKEN` runs of letters and digits: what copies, claims and
    storyline terms are matched on.  Punctuation, quotes (straight or curly), dashes and line
    breaks all vanish, so re-wrapped or re-quoted copies tokenise alike; accents, soft hyphens
    and zero-width characters do not split a word.  Plain ASCII is done by byte translation."""
    if not text.isascii():
        for ch in _TYPOGRAPHY:
            if ch in text:
                text = text.replace(ch, " ")
        if not text.isascii():
            text = _INVISIBLE.sub("", unicodedata.normalize("NFKD", text))
            if not text.isascii():
                return TOKEN.findall(text.casefold())
    return text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()


# ---- the stop list --------------------------------------------------------------------------------
# English function words, reporting verbs and titles that carry no content; a stage may add
# the words its own purpose ignores (claims: days and years; centrality: more reporting verbs).
STOPWORDS = frozenset(
    """
    a about above according after again against all also am an and any are as at be been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most mr mrs ms my myself new no nor not now of off on once one only or other
    our ours out over own said same say says she should so some such than that the their theirs them
    themselves then there these they this those through to told too two under until up very was we
    were what when where which while who whom why will with would you your yours
    """.split()
)


# ---- the stemmer ----------------------------------------------------------------------------------
@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A light stem so that sanctions/sanction and talks/talk meet (remembered: a pure function
    of the word, asked again and again for the same words)."""
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def fold(text: str) -> str:
    """Straight quotes, plain dashes and spaces; accents and case kept."""
    if text.isascii() and "`" not in text:
        return text
    return _FOLDABLE.sub(_fold_one, text)


def _fold_one(m: re.Match[str]) -> str:
    return str(_QUOTE_MAP[ord(m.group())])


def _combining_class() -> re.Pattern[str]:
    """A character class of every combining mark (canonical combining class > 0) in the
    Basic Multilingual Plane, built once; the astral planes are rare enough to check slowly."""
    ranges: list[str] = []
    start = None
    for cp in range(0x300, 0x10000):
        on = unicodedata.combining(chr(cp)) != 0
        if on and start is None:
            start = cp
        elif not on and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{cp - 1:04x}")
            start = None
    return re.compile("[" + "".join(ranges) + "]+")


_COMBINING = _combining_class()
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if _ASTRAL.search(stripped):
        stripped = "".join(c for c in stripped if not unicodedata.combining(c))
    return stripped


def normalize(text: str) -> str:
    """The matching form: folded quotes and dashes, no accents, case-folded, single spaces."""
    return " ".join(strip_accents(fold(text)).casefold().split())  # split(): exactly the \s of re


def words(text: str) -> list[str]:
    """Normalised words of a text (letters and digits, inner apostrophes and hyphens kept);
    plain ASCII text (the common case) is lower-cased and scanned at C speed."""
    if text.isascii() and "`" not in text:
        return _ASCII_WORD.findall(text.lower())
    return WORD.findall(normalize(text))


# word_count's fast path: letters and digits -> "a", inner joiners ' and - -> "j", the rest -> " "
_COUNT_TABLE = bytes((97 if chr(c).isalnum() else 106 if chr(c) in "'-" else 32) for c in range(128)) + b" " * 128
# the punctuation that makes most news text non-ASCII; none of it is part of a word
_NON_WORD_TYPOGRAPHY = ("\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026", "\u00a0", "\u00ab", "\u00bb")


def word_count(text: str) -> int:
    """How many words ``text`` has as written: runs of letters and digits, joined by a
    single apostrophe (straight or curly) or hyphen between them (``len(WORD.findall(text))``)."""
    if not text.isascii():
        text = text.replace("\u2019", "'")  # "Russia’s" is one word, as "Russia's" is
        for ch in _NON_WORD_TYPOGRAPHY:
            if ch in text:
                text = text.replace(ch, " ")
        if not text.isascii():  # letters beyond ASCII: the regular expression decides
            return len(WORD.findall(text))
    # plain ASCII: count the runs with C-level byte operations (a quarter of findall's time)
    marks = text.encode("ascii").translate(_COUNT_TABLE)
    if b"j" not in marks:
        return len(marks.split())
    pieces = marks.split(b"j")
    joins = sum(1 for a, b in zip(pieces, pieces[1:]) if a.endswith(b"a") and b.startswith(b"a"))
    return len(marks.replace(b"j", b" ").split()) - joins

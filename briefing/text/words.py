"""Words: the normalised copy of a text used for matching (:func:`normalize`: straight
quotes and dashes, no accents, lower case), its words and their count.  The original
characters, cleaned, are kept for display (:mod:`briefing.text.words.clean`).
"""

from __future__ import annotations

import re
import unicodedata

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
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


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
    """Normalised words of a text (letters and digits, inner apostrophes and hyphens kept)."""
    return _WORD.findall(normalize(text))


# word_count's fast path: letters and digits -> "a", inner joiners ' and - -> "j", the rest -> " "
_COUNT_TABLE = bytes((97 if chr(c).isalnum() else 106 if chr(c) in "'-" else 32) for c in range(128)) + b" " * 128
# the punctuation that makes most news text non-ASCII; none of it is part of a word
_NON_WORD_TYPOGRAPHY = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026", "\u00a0", "\u00ab", "\u00bb")


def word_count(text: str) -> int:
    """How many words ``text`` has as written: runs of letters and digits, joined by a
    single straight apostrophe or hyphen between them (``len(_WORD.findall(text))``)."""
    if not text.isascii():
        for ch in _NON_WORD_TYPOGRAPHY:
            if ch in text:
                text = text.replace(ch, " ")
        if not text.isascii():  # letters beyond ASCII: the regular expression decides
            return len(_WORD.findall(text))
    # plain ASCII: count the runs with C-level byte operations (a quarter of findall's time)
    marks = text.encode("ascii").translate(_COUNT_TABLE)
    if b"j" not in marks:
        return len(marks.split())
    pieces = marks.split(b"j")
    joins = sum(1 for a, b in zip(pieces, pieces[1:]) if a.endswith(b"a") and b.startswith(b"a"))
    return len(marks.replace(b"j", b" ").split()) - joins

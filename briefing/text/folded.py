"""Case-insensitive patterns that scan plain ASCII text fast.

Python's ``re.IGNORECASE`` folds case character by character as it scans, which makes a
long alternation two to three times slower.  For ASCII text, lower-casing the text once and
scanning it with a case-sensitive twin of the pattern finds exactly the same thing, provided
every letter the pattern spells is in lower case (checked when it is built).  Other text is
scanned with the ``re.IGNORECASE`` pattern as before, so the answers never differ.

Some patterns are slow even so: a long alternation whose branches open with an anchor, a
class or a look-behind (a sentence's or a clause's start, "not after a.m.") is tried branch by
branch at every position.  Built with ``prefilter=True``, such a pattern first looks for the
words one of which every match holds (:func:`required_words`, read from the pattern itself):
``in`` over a few words is far cheaper than the scan, and a text that holds none of them
cannot match, so the answers are the same.  A pattern of plain words the engine already skips
through fast is left without (there the look-up costs more than it saves).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any


def _pattern_parser() -> Any:
    """The parser behind ``re``: its own module from Python 3.11, ``sre_parse`` before."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module("sre_parse")


_SRE = _pattern_parser()

_ESCAPE = re.compile(r"\\.")
_UPPER = re.compile(r"[A-Z]")
MIN_WORD = 3  # a prefilter on shorter words would pass nearly every text


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set of words: the longest shortest word, then the fewest words."""
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _needs(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """Words of which a match of the parsed sequence ``items`` holds at least one (None: no such set
    is known).  Only what every match must hold counts: a run of literal characters, a group of
    alternatives each of which needs a word, a repeat done at least once."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL" and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        end_run()
        inner: frozenset[str] | None = None
        if name == "BRANCH":
            alternatives = [_needs(branch) for branch in av[1]]
            if all(alternatives):
                inner = frozenset().union(*[a for a in alternatives if a])
        elif name == "SUBPATTERN":
            inner = _needs(av[-1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            inner = _needs(av[2])
        elif name == "ATOMIC_GROUP":
            inner = _needs(av)
        if inner:
            options.append(inner)
    end_run()
    return _best(options)


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of ``pattern`` (read case-insensitively) holds,
    each at least :data:`MIN_WORD` characters long; None when the pattern promises none."""
    try:
        words = _needs(list(_SRE.parse(pattern, flags & ~re.IGNORECASE)))
    except Exception:  # noqa: BLE001 - a parser that changed shape only loses the prefilter
        return None
    if not words or min(map(len, words)) < MIN_WORD:
        return None
    # a word that holds another is found whenever that one is: look for the shorter only
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


class Folded:
    """A case-insensitive pattern (its letters in lower case) asked "is it there?" or "how often?"."""

    __slots__ = ("anycase", "lower", "words", "any_word")

    def __init__(self, pattern: str, flags: int = 0, *, prefilter: bool = False) -> None:
        if _UPPER.search(_ESCAPE.sub("", pattern)):
            raise ValueError(f"a folded pattern spells its letters in lower case: {pattern!r}")
        self.anycase = re.compile(pattern, flags | re.IGNORECASE)
        self.lower = re.compile(pattern, flags & ~re.IGNORECASE)
        self.words = required_words(pattern, flags) if prefilter else None
        # for text that is not ASCII, the words are looked for with the engine's own case folding
        self.any_word = re.compile("|".join(map(re.escape, self.words)), re.IGNORECASE) if self.words else None

    @property
    def pattern(self) -> str:
        return self.anycase.pattern

    def _may_hold(self, text: str) -> bool:
        """False only when ``text`` holds none of the words every match needs."""
        if self.words is None:
            return True
        if not text.isascii():
            return self.any_word is None or self.any_word.search(text) is not None
        low = text.lower()
        return any(w in low for w in self.words)

    def found_in(self, text: str, pos: int = 0, endpos: int = 2**62) -> bool:
        if self.words is not None and not self._may_hold(text):
            return False
        if text.isascii():
            return self.lower.search(text.lower(), pos, endpos) is not None
        return self.anycase.search(text, pos, endpos) is not None

    def count_in(self, text: str) -> int:
        if self.words is not None and not self._may_hold(text):
            return 0
        if text.isascii():
            return len(self.lower.findall(text.lower()))
        return len(self.anycase.findall(text))

"""Whether a user's regular expression can take very long on some line.

Python's ``re`` backtracks, so a pattern like ``(a+)+$``, ``(.*a){25}`` or ``.*.*.*.*x`` can
take longer than the age of the universe on a line of a few hundred characters, and a match
cannot be interrupted.  The config's ``boilerplate`` patterns run on every line of every
article, so each is refused when it is read if it has a shape that backtracks badly:

* a repeat inside a repeat: ``(a+)+``, ``(\\w*)*``, ``(.*a){25}`` (exponential);
* a repeat of an alternation whose branches are not plain words: ``(a|a?)+`` (exponential);
* three or more open-ended repeats of wide classes (``.*``, ``\\S+``, ``[^,]*``) in one
  pattern: each multiplies the work by the length of the line.

What passes is then timed on lines built to make it backtrack, at the longest length the
loader matches boilerplate against (:data:`PROBE_CHARS`), and refused when that takes more
than :data:`BUDGET_S`.  (The usual ``.*word.*`` shapes take well under a millisecond.)
"""

from __future__ import annotations

import re
import time
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre_c
    import sre_parse

PROBE_CHARS = 400  # the loader matches boilerplate only against lines up to this long
BUDGET_S = 0.25
MAX_OPEN_ENDED = 2

_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT}
_WIDE = {sre_c.ANY, sre_c.NOT_LITERAL, sre_c.CATEGORY}


def risk(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` could take very long on some line; None when it cannot.  A pattern
    that does not compile is not judged here (``re.compile`` says what is wrong)."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    why = _nested(list(tree))
    if why:
        return why
    open_ended = _count_open_ended(list(tree))
    if open_ended > MAX_OPEN_ENDED:
        return (f"has {open_ended} open-ended repeats such as .* or \\S+, whose combinations a long line "
                f"multiplies; use at most {MAX_OPEN_ENDED}")
    return _timed(pattern, flags)


def _children(op: Any, av: Any) -> list[list[Any]]:
    """The sub-sequences inside one parsed item."""
    if op in _REPEATS or op == getattr(sre_c, "POSSESSIVE_REPEAT", None):
        return [list(av[2])]
    if op == sre_c.SUBPATTERN:
        return [list(av[-1])]
    if op == sre_c.BRANCH:
        return [list(b) for b in av[1]]
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [list(av[1])]
    if op == getattr(sre_c, "ATOMIC_GROUP", None):
        return [list(av)]
    if op == sre_c.GROUPREF_EXISTS:
        return [list(av[1])] + ([list(av[2])] if av[2] is not None else [])
    return []


def _varies(items: list[Any]) -> bool:
    """Whether the sequence holds a repeat of variable count (so it can match in many ways)."""
    for op, av in items:
        if op in _REPEATS and av[0] != av[1]:
            return True
        if any(_varies(child) for child in _children(op, av)):
            return True
    return False


def _plain_branch(items: list[Any]) -> bool:
    """An alternation whose branches are fixed strings: ``(a|an|the)``."""
    for op, av in items:
        if op == sre_c.BRANCH:
            return all(all(o == sre_c.LITERAL for o, _ in b) for b in av[1])
        if op == sre_c.SUBPATTERN:
            return _plain_branch(list(av[-1]))
    return True


def _nested(items: list[Any]) -> str | None:
    for op, av in items:
        if op in _REPEATS and av[1] > 1:
            inner = list(av[2])
            if _varies(inner):
                return "nests a repeat inside a repeat (like (a+)+ or (.*a){25}), which can hang on some text"
            if _has_branch(inner) and not _plain_branch(inner):
                return "repeats an alternation whose branches are not plain words (like (a|a?)+), which can hang"
        for child in _children(op, av):
            why = _nested(child)
            if why:
                return why
    return None


def _has_branch(items: list[Any]) -> bool:
    return any(op == sre_c.BRANCH or any(_has_branch(c) for c in _children(op, av)) for op, av in items)


def _wide(items: list[Any]) -> bool:
    for op, av in items:
        if op in _WIDE:
            return True
        if op == sre_c.IN and (any(o in (sre_c.NEGATE, sre_c.CATEGORY) for o, _ in av) or len(av) > 3):
            return True
        if any(_wide(child) for child in _children(op, av)):
            return True
    return False


def _count_open_ended(items: list[Any]) -> int:
    n = 0
    for op, av in items:
        if op in _REPEATS and av[1] == sre_c.MAXREPEAT and _wide(list(av[2])):
            n += 1
        n += sum(_count_open_ended(child) for child in _children(op, av))
    return n


def _probes(pattern: str) -> list[str]:
    letters = "".join(dict.fromkeys(c for c in pattern if c.isalnum())) or "a"
    bodies = ["a", " ", "a ", "x", "ab", "0", "-", "aA1 ,.", letters, letters + " "]
    out = []
    for body in bodies:
        line = (body * (PROBE_CHARS // len(body) + 1))[: PROBE_CHARS - 1]
        out += [line + "!", "!" + line]
    return out


def _timed(pattern: str, flags: int) -> str | None:
    try:
        compiled = re.compile(pattern, flags)
    except re.error:
        return None
    start = time.perf_counter()
    for probe in _probes(pattern):
        compiled.fullmatch(probe)  # the loader matches whole lines
        spent = time.perf_counter() - start
        if spent > BUDGET_S:
            return (f"takes over {spent * 1000:.0f} ms on a line of {PROBE_CHARS} characters built to make it "
                    "backtrack; simplify it")
    return None

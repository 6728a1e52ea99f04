"""Whether a user's regular expression can take very long on some line.

Python's ``re`` backtracks, so a pattern like ``(a+)+$``, ``(.*a){25}`` or ``.*.*.*.*x`` can
take longer than the age of the universe on a line of a few hundred characters, and a match
cannot be interrupted.  The config's ``boilerplate`` patterns run on every line of every
article, so each is refused when it is read if it has a shape that backtracks badly:

* a repeat inside a repeat: ``(a+)+``, ``(\\w*)*``, ``(.*a){25}`` (exponential);
* a repeat of an alternation unless its branches are words that start with different
  letters: ``(a|a?)+``, ``(?:a|aa)*``, ``(?:xy|x|y)*``, ``(?:a|a){40}`` (exponential);
* more than :data:`MAX_VARYING` repeats of varying count: ``a?a?…a?aa…a`` (exponential);
* more than :data:`MAX_OPEN_ENDED` long repeats of wide classes (``.*``, ``\\S+``, ``[^,]*``,
  ``.{0,99}``) in one pattern: each multiplies the work by the length of the line.

What passes is then timed on lines built to make it backtrack, at the longest length the
loader matches boilerplate against (:data:`PROBE_CHARS`), in a separate process that is
stopped after :data:`BUDGET_S` (a match cannot be interrupted, so a pattern the rules missed
could otherwise hang the check itself).  The usual ``.*word.*`` shapes take well under a
millisecond.  A pattern's verdict is remembered for the life of the process.
"""

from __future__ import annotations

import json
import re
import selectors
import subprocess
import sys
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre_c
    import sre_parse

PROBE_CHARS = 400  # the loader matches boilerplate only against lines up to this long
BUDGET_S = 2.0  # for all the probes of one pattern, process start included
MAX_OPEN_ENDED = 2
MAX_VARYING = 12
LONG_REPEAT = 10  # a repeat whose count may vary by this much is as good as open-ended

_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT}
_WIDE = {sre_c.ANY, sre_c.NOT_LITERAL, sre_c.CATEGORY}


@lru_cache(maxsize=512)
def risk(pattern: str, flags: int = 0, *, probe: bool = True) -> str | None:
    """Why ``pattern`` could take very long on some line; None when it cannot.  A pattern
    that does not compile is not judged here (``re.compile`` says what is wrong).  ``probe``:
    time it too (:func:`timed`; a caller with many patterns times them together instead)."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    why = _nested(list(tree))
    if why:
        return why
    varying = _count_varying(list(tree))
    if varying > MAX_VARYING:
        return (f"has {varying} repeats of varying count (?, *, +, {{m,n}}), whose combinations can take very "
                f"long; use at most {MAX_VARYING}")
    open_ended = _count_open_ended(list(tree))
    if open_ended > MAX_OPEN_ENDED:
        return (f"has {open_ended} open-ended repeats such as .* or \\S+, whose combinations a long line "
                f"multiplies; use at most {MAX_OPEN_ENDED}")
    return _timed(pattern, flags) if probe else None


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


def _deterministic_branches(items: list[Any]) -> bool:
    """Whether every alternation in ``items`` has only non-empty fixed words starting with
    different letters (``(explore|discover|learn)``): a repeat of it can match a text one way only."""
    for op, av in items:
        if op == sre_c.BRANCH:
            branches = [list(b) for b in av[1]]
            if any(not b or any(o != sre_c.LITERAL for o, _ in b) for b in branches):
                return False
            firsts = [b[0][1] for b in branches]
            if len(set(firsts)) != len(firsts):
                return False
        if not all(_deterministic_branches(child) for child in _children(op, av)):
            return False
    return True


def _nested(items: list[Any]) -> str | None:
    for op, av in items:
        if op in _REPEATS and av[1] > 1:
            inner = list(av[2])
            if _varies(inner):
                return "nests a repeat inside a repeat (like (a+)+ or (.*a){25}), which can hang on some text"
            if _has_branch(inner) and not _deterministic_branches(inner):
                return ("repeats an alternation whose branches can match the same text (like (a|aa)* or "
                        "(xy|x|y)*), which can hang")
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


def _count_varying(items: list[Any]) -> int:
    n = 0
    for op, av in items:
        if op in _REPEATS and av[0] != av[1]:
            n += 1
        n += sum(_count_varying(child) for child in _children(op, av))
    return n


def _count_open_ended(items: list[Any]) -> int:
    n = 0
    for op, av in items:
        if op in _REPEATS and av[1] - av[0] >= LONG_REPEAT and _wide(list(av[2])):
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


_PROBE = """
import json, re, sys
job = json.loads(sys.stdin.read())
for i, (pattern, flags) in enumerate(job["patterns"]):
    compiled = re.compile(pattern, flags)
    for line in job["lines"]:
        compiled.fullmatch(line)  # the loader matches whole lines
    print(i, flush=True)
"""


def timed(patterns: Sequence[tuple[str, int]]) -> list[str | None]:
    """For each (pattern, flags), why it is too slow on the probes, or None: all timed in one
    child process, each pattern given :data:`BUDGET_S` after the one before it.  The child is
    stopped on the first that overruns; the ones after it are timed again."""
    out: list[str | None] = [None] * len(patterns)
    todo = list(range(len(patterns)))
    while todo:
        slow = _time_in_child([patterns[i] for i in todo])
        if slow is None:
            break
        out[todo[slow]] = (f"takes over {BUDGET_S:g} s on lines of {PROBE_CHARS} characters built to make it "
                           "backtrack; simplify it")
        todo = todo[slow + 1:]
    return out


@lru_cache(maxsize=64)
def timed_once(patterns: tuple[tuple[str, int], ...]) -> tuple[str | None, ...]:
    """:func:`timed`, remembered: a config is read again and again with the same patterns."""
    return tuple(timed(patterns))


def _time_in_child(patterns: Sequence[tuple[str, int]]) -> int | None:
    """The position of the first pattern that overran, or None when all finished in time."""
    # by stdin, as ASCII JSON: a pattern may hold any character (a lone surrogate cannot be an
    # argument) and there may be more of them than a command line holds
    job = json.dumps({"patterns": [list(p) for p in patterns],
                      "lines": [line for pattern, _ in patterns for line in _probes(pattern)]})
    try:
        proc = subprocess.Popen([sys.executable, "-I", "-c", _PROBE], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    except OSError:
        return None  # no process to spare: the static rules stand alone
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(job)
        proc.stdin.close()
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            for k in range(len(patterns)):
                if not sel.select(timeout=BUDGET_S) or not proc.stdout.readline():
                    return k if proc.poll() is None else None  # overran (or the child could not run)
        return None
    except OSError:
        return None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()


def _timed(pattern: str, flags: int) -> str | None:
    try:
        re.compile(pattern, flags)
    except re.error:
        return None
    return timed([(pattern, flags)])[0]

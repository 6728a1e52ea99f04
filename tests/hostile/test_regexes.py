"""Every regular expression in the core, against inputs built to make regexes backtrack."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import briefing
from briefing.text.folded import Folded

ADVERSARIAL = [
    "a" * 20_000, " " * 20_000, "A" * 20_000, "Aa " * 7_000, "A. " * 7_000, "U.S. " * 4_000, "“" * 20_000,
    '"' * 20_000, "'" * 20_000, "(" * 20_000, "-" * 20_000, "1" * 20_000, "1." * 10_000, "\n" * 20_000,
    "— " * 10_000, "said " * 5_000, "the " * 5_000, "Mr. " * 5_000, "October 20 " * 2_000, "x-" * 10_000,
    "* " * 10_000, "# " * 10_000, "a\n" * 10_000, "“a " * 7_000, "Mr. A B C D " * 2_000,
    (" - " + "A" * 60 + "!") * 600, "In this " * 3_000, "according to the " * 1_500, "(A) " * 5_000,
]


def core_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for mod in pkgutil.walk_packages(briefing.__path__, "briefing."):
        if ".tui" in mod.name or mod.name.endswith("__main__"):
            continue
        module = importlib.import_module(mod.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{mod.name}.{name}", value))
            elif isinstance(value, Folded):  # a case-insensitive pattern and its lower-case twin
                found += [(f"{mod.name}.{name}", value.anycase), (f"{mod.name}.{name}.lower", value.lower)]
                if value.any_word is not None:  # its prefilter's words, for text that is not ASCII
                    found.append((f"{mod.name}.{name}.any_word", value.any_word))
    return found


PATTERNS = core_patterns()


def test_patterns_were_found() -> None:
    assert len(PATTERNS) > 10


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_catastrophic_backtracking(name: str, pattern: re.Pattern[str]) -> None:
    for text in ADVERSARIAL:
        start = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        elapsed = time.perf_counter() - start
        assert elapsed < 2.0, f"{name} took {elapsed:.2f}s on {text[:12]!r}…"

"""Counts what the hostile-input tests tried, and prints it at the end of the run."""

from __future__ import annotations

from typing import Any

COUNTS = {"cases": 0, "articles": 0, "lost": 0}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if COUNTS["cases"]:
        terminalreporter.write_line(
            f"hostile input: {COUNTS['cases']} cases tried, {COUNTS['articles']} articles built, "
            f"{COUNTS['lost']} lost, 0 crashes (any crash fails the run)"
        )

"""Fixtures of the quote tests."""

from __future__ import annotations

import pytest

from briefing.model import Quote
from briefing.quotes.extract import extract_quotes


@pytest.fixture
def speaker_of(make, repo_config):  # type: ignore[no-untyped-def]
    """The quote holding ``fragment`` that the quote finder reads in an article of ``text``."""
    def _speaker(text: str, fragment: str) -> Quote:
        qs = extract_quotes([make("A headline\n\n" + text)], repo_config)
        hit = [q for q in qs if fragment in q.text]
        assert hit, f"no quote holding {fragment!r} in {[q.text for q in qs]}"
        return hit[0]

    return _speaker

"""Golden files: each format rendered from the hand-made fixture brief.

Regenerate after an intended change with ``BRIEFING_UPDATE_GOLDEN=1 pytest tests/test_export_golden.py``
and read the diff before committing it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.export import FORMATS, render
from tests.golden.fixture_brief import fixture_brief

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str) -> None:
    text = render(fixture_brief(), fmt)
    path = GOLDEN / f"brief.{fmt}"
    if UPDATE:
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.exists(), f"no golden file {path.name}; run with BRIEFING_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{fmt} output differs from {path.name}; if intended, regenerate with BRIEFING_UPDATE_GOLDEN=1"


def test_every_format_has_a_golden_file() -> None:
    assert {p.suffix[1:] for p in GOLDEN.glob("brief.*")} == set(FORMATS)


def test_rendering_is_deterministic() -> None:
    for fmt in FORMATS:
        assert render(fixture_brief(), fmt) == render(fixture_brief(), fmt)

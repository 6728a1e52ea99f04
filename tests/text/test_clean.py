"""The cleaner repairs text decoded with the wrong encoding on its way to us (mojibake), as
real scraped news carries it in names, and leaves everything else as written."""

from __future__ import annotations

import pytest

from briefing.text.clean import clean


@pytest.mark.parametrize(("raw", "repaired"), [
    ("Enrique PeÃ±a Nieto said", "Enrique Peña Nieto said"),  # UTF-8 read as Windows-1252
    ("FranÃ\x83Â§ois Hollande", "François Hollande"),  # ...twice, a C1 control inside
    ("Marc TrA\u0303\u00a9vidic put it", "Marc Trévidic put it"),  # its "Ã" decomposed on the way
])
def test_mojibake_is_repaired(raw: str, repaired: str) -> None:
    assert clean(raw) == repaired


@pytest.mark.parametrize("text", [
    "à la carte, Âge d’or, naïve “quotes” — dashes…",
    "São Paulo’s café–bar",
    "Zürich, Kraków, Ελλάδα, Москва",
])
def test_real_accents_and_marks_stay_as_written(text: str) -> None:
    assert clean(text) == text

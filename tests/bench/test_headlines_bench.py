"""The headline benchmark's own scoring: what it counts as a fault and how it scores words."""

from __future__ import annotations

import pytest

from benchmarks.bench_headlines import f1, faults, folded_words, lede


@pytest.mark.parametrize(("headline", "expected"), [
    ("Lisk introduced a two-cent tax on sweetened drinks", []),
    ("While most of the city was asleep on New Year's Eve", ["opener"]),
    ("After the vote, Lisk introduced a tax", []),
    ("Russia's foreign ministry put the onus on", ["cut off"]),
    ("Vell Industries said it filed an 8-K report indicating…", ["cut off"]),
    ("Details of the abuse by “Stars: Days", ["cut off"]),
    ("Prices of wheat rose 0.4 pct in May", []),  # a month, not the verb
    ("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
     ["long"]),
])
def test_faults(headline: str, expected: list[str]) -> None:
    assert faults(headline) == expected


def test_f1_scores_shared_words_and_pairs() -> None:
    ours, theirs = folded_words("Treasury repeats dollar stance"), folded_words("TREASURY REPEATS ONLY REAGAN TO SPEAK ON DOLLAR")
    assert f1(ours, theirs, 1) == pytest.approx(2 * (3 / 4) * (3 / 8) / (3 / 4 + 3 / 8))
    assert f1(ours, theirs, 2) == pytest.approx(2 * (1 / 3) * (1 / 7) / (1 / 3 + 1 / 7))
    assert f1(folded_words("Gold rose"), folded_words("Silver fell"), 1) == 0.0


def test_the_lede_is_the_first_long_sentence_without_its_dateline() -> None:
    paragraphs = ["Logo", "LISK, March 2 - Vell Industries Inc said it filed an 8-K report on the takeover. More follows.",
                  "Second paragraph of the story with many more words than needed here."]
    assert lede(paragraphs) == "Vell Industries Inc said it filed an 8-K report on the takeover."

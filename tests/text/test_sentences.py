"""Sentence splitting on newsroom text: abbreviations, initials, numbers, quotes, headings."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.text.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The U.S. President met Sen. Smith on Jan. 5. He left at 5 p.m. The talks ended.",
            ["The U.S. President met Sen. Smith on Jan. 5.", "He left at 5 p.m.", "The talks ended."],
        ),
        ("Mr. Putin and Gen. Valery Gerasimov spoke. Then Dr. Lee left.", ["Mr. Putin and Gen. Valery Gerasimov spoke.", "Then Dr. Lee left."]),
        ("Talks in the U.S. The next day, nothing happened.", ["Talks in the U.S.", "The next day, nothing happened."]),
        ("U.S. officials said the U.K. Government agreed.", ["U.S. officials said the U.K. Government agreed."]),
        ("He lives at No. 10 Downing St. in London.", ["He lives at No. 10 Downing St. in London."]),
        ("Some, e.g. The Times, disagreed.", ["Some, e.g. The Times, disagreed."]),
        # a wire's capital after "U.S.": "And" goes on with the sentence
        ("Bonn faces pressure from the U.S. And its European partners to act.",
         ["Bonn faces pressure from the U.S. And its European partners to act."]),
        ("Shares closed at 4 p.m. And then the selling began again.",
         ["Shares closed at 4 p.m.", "And then the selling began again."]),
    ],
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_initials() -> None:
    assert split_sentences("J. D. Vance spoke. Then George W. Bush replied.") == [
        "J. D. Vance spoke.",
        "Then George W. Bush replied.",
    ]


def test_decimals_and_money() -> None:
    text = "Exports were 2.33 million barrels. Brent hit $84.50 on Monday. It fell 1.2%. Output was 9.8 bn."
    assert split_sentences(text) == [
        "Exports were 2.33 million barrels.",
        "Brent hit $84.50 on Monday.",
        "It fell 1.2%.",
        "Output was 9.8 bn.",
    ]


def test_closing_quote_after_full_stop_and_question_inside_quote() -> None:
    text = 'He said, “We are done.” Then he left. “Are we?” she asked. "Fine." It ended.'
    assert split_sentences(text) == [
        "He said, “We are done.”",
        "Then he left.",
        "“Are we?” she asked.",
        '"Fine."',
        "It ended.",
    ]


def test_ellipses() -> None:
    assert split_sentences("The talks... will continue. Wait… What now?") == [
        "The talks... will continue.",
        "Wait…",
        "What now?",
    ]
    assert split_sentences("Looming large is more saber-rattling...") == ["Looming large is more saber-rattling..."]


def test_headings_without_a_full_stop() -> None:
    assert split_sentences("Key Takeaways\nThe cancellation underscores divisions. It matters.") == [
        "Key Takeaways",
        "The cancellation underscores divisions.",
        "It matters.",
    ]
    # a hard-wrapped line is not a heading: it is joined
    assert split_sentences("Line one of a wrapped\nparagraph goes on. Second one.") == [
        "Line one of a wrapped paragraph goes on.",
        "Second one.",
    ]
    assert split_sentences("First part\n\nsecond part") == ["First part", "second part"]


def test_lower_case_after_a_full_stop_is_no_boundary() -> None:
    assert split_sentences("It rose to 3 vs. 2 in the vote. a") == ["It rose to 3 vs. 2 in the vote. a"]


def test_spans_point_at_the_original_text() -> None:
    text = "  One sentence here.   Two more words!  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["One sentence here.", "Two more words!"]


def test_empty() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


@pytest.mark.parametrize(
    "text",
    [
        "." * 300_000 + "x",
        "a. " * 100_000,
        "U.S. " * 60_000,
        " " * 300_000 + ".",
        ("word " * 50 + "\n") * 3000,
        "“" * 100_000 + ". A",
    ],
)
def test_adversarial_text_is_linear(text: str) -> None:
    start = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - start < 2.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab U.S.!?…\"”“'\n 0123456789$%,J")), max_size=200))
def test_spans_cover_every_character_in_order(text: str) -> None:
    spans = sentence_spans(text)
    assert all(s < e for s, e in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())

"""Adversarial text: quotes, players and names stay fast (linear, bounded windows)."""

from __future__ import annotations

import time

import pytest

from briefing.model import Passage, Storyline
from briefing.people.players import key_players
from briefing.quotes.extract import attach_quotes, extract_quotes
from briefing.text.quote_marks import find_quotes

HOSTILE = {
    "quote pairs": "“Ab cd,” Mr. Lavrov said. " * 8000,
    "straight marks": '"' * 200_000,
    "open marks": "“" * 200_000,
    "single marks": "'a " * 70_000,
    "names": "Mr. A B C D " * 16_000,
    "verbs": "said " * 40_000,
    "quote verb quote": "“a” said “b” " * 15_000,
    "capitals": "Aa " * 70_000,
    "one long quote": "“" + "word " * 40_000 + "”",
    "pronoun attributions": "“We will go there now,” he said. " * 6_000,
    "abbreviations": "U.S. " * 40_000,
    "particles": "Von der Von der " * 12_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_paragraphs_are_handled_quickly(name: str, make, repo_config) -> None:  # type: ignore[no-untyped-def]
    art = make(HOSTILE[name], title="Headline")
    start = time.perf_counter()
    quotes = extract_quotes([art], repo_config)
    story = Storyline("x", "X", (art.id,), tuple(Passage(art.id, b.index, b.text, 1.0) for b in art.blocks))
    quotes2, (story,) = attach_quotes(quotes, [story])
    key_players(story, {art.id: art}, quotes2)
    assert time.perf_counter() - start < 8.0


def test_many_quotes_in_one_paragraph_are_all_listed(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    art = make("“Ab cd,” Mr. Lavrov said. " * 500, title="Headline")
    quotes = extract_quotes([art], repo_config)
    assert len(quotes) == 500
    assert quotes[0].speaker == "Lavrov"


def test_quote_spans_never_overlap_on_mixed_marks() -> None:
    text = "“a ‘b’ c” 'd “e” f' \"g\" ‘h’ 5'11\" “i " * 200
    spans = find_quotes(text)
    assert spans
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_a_key_quote_a_summary_point_gives_word_for_word_gives_way_to_the_next(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    from briefing.quotes.extract import beside_points

    art = make("“Our finding is that the chemical was a nerve agent,” said police chief Khalid Bakar.\n\n"
               "“We will charge both suspects with murder this week,” Bakar told reporters.", title="Headline")
    quotes = extract_quotes([art], repo_config)
    story = Storyline("x", "X", (art.id,), tuple(Passage(art.id, b.index, b.text, 1.0) for b in art.blocks))
    marked, (story,) = attach_quotes(quotes, [story])
    assert len(story.quotes) == 2
    point = "“Our finding is that the chemical was a nerve agent,” said police chief Khalid Bakar."
    (kept,) = beside_points(marked, [story], [[point]], limit=8)
    assert [marked[i].text for i in kept] == ["We will charge both suspects with murder this week"]
    assert beside_points(marked, [story], [["The police named two suspects."]], limit=8) == [story.quotes]
    # the same words with other punctuation, or a shorter cut of them, are the same quote
    near = "Bakar said: “Our finding is that the chemical was a nerve agent.”"
    (kept,) = beside_points(marked, [story], [[near]], limit=8)
    assert [marked[i].text for i in kept] == ["We will charge both suspects with murder this week"]
    # ... but a point that leaves its speaker to "he said" keeps the key quote that names him
    leaning = "“Our finding is that the chemical was a nerve agent,” he said."
    assert beside_points(marked, [story], [[leaning]], limit=8) == [story.quotes]

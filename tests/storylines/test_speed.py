"""The shortcuts that keep the storyline stage fast give the same answers as the slow
paths they skip, and the work per storyline stays bounded."""

from __future__ import annotations

import random
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import Passage
from briefing.storylines.background import _CLICHE, background_blocks, check_filler, cue_count
from briefing.storylines.scoring import is_plain, match_form
from briefing.storylines.substories import MAX_THREADED, MORE_LABEL, thread_substories, threaded
from briefing.text.words import TOKEN as _TOKEN
from briefing.text.words import tokens

# letters and marks where a fast path could go wrong: accents (composed and not),
# ligatures, curly quotes and dashes, zero-width joiners, the Kelvin sign, sharp s
_UNSEEN = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
ODD = "aZé\u0301\ufb01’“—\u2026\u00a0\u200b\u212aß1_ -.'"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(ODD)) | st.characters(), max_size=60))
def test_fast_tokens_equal_the_full_normalisation(text: str) -> None:
    # tokens() also drops what never splits a word (soft hyphens, zero-width characters)
    assert tokens(text) == _TOKEN.findall(match_form(_UNSEEN.sub("", text)))


def test_plain_text_is_told_apart() -> None:
    assert is_plain("Talks “collapsed” — again… on Tuesday’s 2025 call")
    for odd in ("café", "cafe\u0301", "\ufb01nance", "wo\u200brd", "\u212aelvin", "Straße"):
        assert not is_plain(odd), odd


CLICHES = [
    "As the situation evolves, nobody knows.", "AS THIS CRISIS UNFOLDS we wait.", "as the saga continues",
    "As the story develops", "The world watches closely.", "The international community is watching.",
    "The world will be watching.", "The world holds its breath.", "The world waits.", "It remains to be seen.",
    "Only time will tell.", "All eyes are on Geneva.", "Stay tuned.", "STAY INFORMED", "This is a developing story.",
    "The coming weeks will tell.", "What happens next is unclear.", "The road ahead is long.",
]


@pytest.mark.parametrize("sentence", CLICHES)
def test_the_cheap_first_test_never_hides_a_stock_phrase(sentence: str) -> None:
    assert _CLICHE.search(sentence), sentence  # the list above covers every kind
    assert check_filler(f"{sentence} The weather was mild.").has_cliche


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["As the", "situation", "evolves", "world", "watches", "Stay", "tuned", "ſtay",
                                 "\u212aeep", "ahead", "road", "is", "long", "the", ",", "."]), max_size=12))
def test_filler_check_agrees_with_the_pattern_alone(words: list[str]) -> None:
    text = " ".join(words)
    assert check_filler(text).has_cliche == bool(_CLICHE.search(text))


WORDS = ("founded in 1881 largest capital of history renowned famous home to centuries ago "
         "years old said Monday the port city é\u0301 \ufb01 ’ 1200 BC famous1 history_ 1500").split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([1, 2, 3]))
def test_cue_count_from_tokens_equals_cue_count_from_the_text(words: list[str], needed: int) -> None:
    text = " ".join(words)
    if is_plain(text):
        fast, slow = cue_count(text, 2025, needed, tokens(text)), cue_count(text, 2025, needed)
        assert (fast >= needed) == (slow >= needed)
        if slow >= needed:
            assert fast == slow


def test_background_with_the_callers_tokens_equals_background_alone(make) -> None:  # type: ignore[no-untyped-def]
    text = ("Lisbon dockers strike\n\nPort workers walked out on Tuesday, the union said.\n\nLisbon\n\n"
            "Lisbon is the capital and largest city of Portugal, founded by traders around 1200 BC.\n\n"
            "Grand Harbour was built in 1530 and is famous for its history dating back centuries.\n\n"
            "Photo: Reuters")
    a = make(text, title="Dockers", date="2025-06-03")
    words = {b.index: tokens(b.text) for b in a.blocks if is_plain(b.text)}
    assert background_blocks(a, words) == background_blocks(a) != frozenset()


def _big_storyline(n: int) -> list[Passage]:
    rng = random.Random(11)
    names = [f"Place{i}" for i in range(300)]
    words = "port bridge refinery school strike fire flood market vote court".split()
    return [Passage(f"a{i // 4:05d}", i % 4, f"Officials in {rng.choice(names)} said the {rng.choice(words)} near "
                    f"{rng.choice(names)} was hit on day {i}.", float(i % 7)) for i in range(n)]


def test_only_the_best_scored_passages_are_threaded_newest_first_among_equals() -> None:
    ps = _big_storyline(MAX_THREADED + 500)
    chosen = threaded(ps)
    assert len(chosen) == MAX_THREADED and chosen == sorted(chosen)
    left = set(range(len(ps))) - set(chosen)
    assert max(ps[i].score for i in left) <= min(ps[i].score for i in chosen)
    cut = min(ps[i].score for i in chosen)
    assert max(i for i in left if ps[i].score == cut) < min(i for i in chosen if ps[i].score == cut)
    assert threaded(ps[:10]) == list(range(10))


def test_a_big_storyline_threads_fast_and_keeps_every_passage_once() -> None:
    ps = _big_storyline(3 * MAX_THREADED)
    t = time.perf_counter()
    subs = thread_substories(ps)
    assert time.perf_counter() - t < 3.0  # threading stops at MAX_THREADED passages
    seen = [p for s in subs for p in s.passages]
    assert sorted(seen, key=lambda p: (p.article, p.paragraph)) == ps
    more = next(s for s in subs if s.label == MORE_LABEL)
    unthreaded = {(ps[i].article, ps[i].paragraph) for i in set(range(len(ps))) - set(threaded(ps))}
    assert unthreaded <= {(p.article, p.paragraph) for p in more.passages}
    assert all(re.fullmatch(r"[\w ,'’-]+", s.label) for s in subs)


def test_a_small_storyline_has_no_more_reports_for_unthreaded_passages() -> None:
    ps = [Passage("a1", 0, "Missiles struck the Kestrel refinery near Dunmore.", 2.0),
          Passage("a2", 0, "Smoke rose over the Kestrel refinery in Dunmore.", 1.0)]
    subs = thread_substories(ps)
    assert sum(len(s.passages) for s in subs) == 2 and all(s.label != MORE_LABEL for s in subs)


def test_rarity_is_counted_over_every_paragraph_of_a_small_brief_and_a_bounded_sample_of_a_big_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.storylines import assign as storylines
    from briefing.storylines import substories

    news = [(f"a{i}", 0, f"text {i}") for i in range(50)]
    story = [Passage(f"a{i}", 0, f"text {i}", float(i)) for i in range(0, 50, 2)]
    other = [Passage(f"a{i}", 0, f"text {i}", 0.0) for i in range(1, 50, 2)]
    assert storylines._rarity_sample(news, [story, other]) == list(range(50))
    monkeypatch.setattr(storylines, "VOCAB_TEXTS", 20)
    monkeypatch.setattr(substories, "MAX_THREADED", 8)
    sample = storylines._rarity_sample(news, [story, other])
    assert len(sample) == 20 and sample == sorted(set(sample))
    wanted = {int(ps[i].article[1:]) for ps in (story, other) for i in threaded(ps)}
    assert len(wanted) == 16 and wanted <= set(sample)
    assert min(set(sample) - wanted) < 10 < max(set(sample) - wanted)  # the rest spread out

"""The shortcuts that make quotes, players and timelines fast give the same answers as
the long way round: short windows first, mentions handed on by the name book, cheap
prefilters before date scans, boilerplate patterns merged into one scan."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from briefing.people.namebook import NameBook
from briefing.people.players import key_players
from briefing.quotes import attribution, windows
from briefing.text.dates import find_dates, resolve_relative
from briefing.text.filler import is_boilerplate
from briefing.text.quote_marks import find_quotes
from tests.story_helpers import storyline_of

PIECES = [
    "The talks in Budapest were called off, officials said. ",
    "Foreign Minister Sergey Lavrov, who spoke by phone etc. on Monday, was blunt. ",
    "U.S. envoys met at 10 a.m. in Geneva... ",
    "“We are ready,” Lavrov said. ",
    "He added that the offer was “not serious” and “a provocation.” ",
    "“Nothing has changed.” The Kremlin said so; ",
    "According to the White House, the leaders want “peace” ",
    "and a long clause without any full stop that runs on and on about sanctions, drones and ",
    "Mr. Peskov told reporters: “It is premature.” ",
]


def _both_ways(text: str, monkeypatch: pytest.MonkeyPatch, near: int) -> None:
    spans = find_quotes(text)
    monkeypatch.setattr(windows, "NEAR", 10**9)
    slow = [(attribution.sentence_before(text, spans, k), attribution.sentence_after(text, spans, k),
             attribution.attribute(text, spans, k)) for k in range(len(spans))]
    monkeypatch.setattr(windows, "NEAR", near)
    fast = [(attribution.sentence_before(text, spans, k), attribution.sentence_after(text, spans, k),
             attribution.attribute(text, spans, k)) for k in range(len(spans))]
    assert fast == slow


@pytest.mark.parametrize("near", [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 160])
def test_short_windows_find_the_same_sentences(near: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(PIECES * 3)
    assert len(find_quotes(text)) >= 10
    _both_ways(text, monkeypatch, near)


@settings(max_examples=60, deadline=None)
@given(order=st.lists(st.integers(0, len(PIECES) - 1), min_size=2, max_size=14), near=st.integers(1, 200))
def test_short_windows_any_text(order: list[int], near: int) -> None:
    text = "".join(PIECES[i] for i in order)
    with pytest.MonkeyPatch.context() as mp:
        _both_ways(text, mp, near)


def test_a_cut_abbreviation_is_no_sentence_end(monkeypatch: pytest.MonkeyPatch) -> None:
    # the short window starts inside "Sen.": its tail "en." must not end a sentence
    text = "x" * 300 + " Officials and Sen. Rubio, in a statement, called it “a mistake” again"
    spans = find_quotes(text)
    monkeypatch.setattr(windows, "NEAR", spans[0].start - (text.index("Sen.") + 1))
    fast = attribution.sentence_before(text, spans, 0)
    monkeypatch.setattr(windows, "NEAR", 10**9)
    slow = attribution.sentence_before(text, spans, 0)
    assert fast == slow and slow[0].text == "x" * 300


TEXTS = [
    "Russian Foreign Minister Sergey Lavrov spoke to US Secretary of State Marco Rubio. "
    "“Our position has not changed,” Lavrov said in Moscow.\n\n"
    "Kremlin spokesman Dmitry Peskov said the summit was off. Peskov met Rubio.",
    "Foreign Minister Sergei Lavrov said Russia’s Defence Ministry shot down drones. Mr. Lavrov met Peskov.",
]


def _story(make, config):  # type: ignore[no-untyped-def]
    return storyline_of(make, config, TEXTS)


def test_players_the_same_with_or_without_handed_on_mentions(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts, story, quotes, book = _story(make, repo_config)
    by_id = {a.id: a for a in arts}
    handed_on = key_players(story, by_id, quotes, names=book)
    _, _, _, fresh = _story(make, repo_config)
    fresh._block_mentions.clear()  # nothing handed on: every passage read again
    assert key_players(story, by_id, quotes, names=fresh) == handed_on
    assert {p.name for p in handed_on} >= {"Sergey Lavrov", "Dmitry Peskov", "Marco Rubio"}


def test_handed_on_mentions_only_for_the_same_text_and_once(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    arts, _, _, _ = _story(make, repo_config)
    book = NameBook.build(arts, repo_config.aliases)
    block = arts[1].blocks[-1]
    assert book.take_mentions(arts[1].id, block.index, block.text + " More.") is None
    got = book.take_mentions(arts[1].id, block.index, block.text)
    assert got and any(m.phrase.name[-1] == "Lavrov" for m in got)
    assert book.take_mentions(arts[1].id, block.index, block.text) is None


def test_date_prefilters_keep_every_date() -> None:
    anchor = dt.date(2025, 10, 24)
    assert [d for _, _, d in find_dates("Talks on 21 October 2025 and 2025-10-22.")] == [dt.date(2025, 10, 21), dt.date(2025, 10, 22)]
    assert find_dates("On 21 October the talks ended.") == []
    assert [d for _, _, d in resolve_relative("Talks NEXT FRIDAY; strikes LAST NIGHT.", anchor)] == [
        dt.date(2025, 10, 31), dt.date(2025, 10, 23)]
    assert resolve_relative("Talks were held in October.", anchor) == []


def test_merged_boilerplate_patterns_match_like_each_alone() -> None:
    from briefing.text.filler import merged_patterns

    patterns = [re.compile(r"sign up for .*"), re.compile(r"read more", re.I), re.compile(r"(?i)share this"),
                re.compile(r"(\w+) \1"), re.compile(r"follow us(?= on)\s.*"), re.compile(r"(?P<w>ads?)")]
    for s in ["sign up for our newsletter", "READ MORE", "Share This", "bye bye", "bye now",
              "follow us on X", "follow us", "ad", "ads", "ad blocker", "Read more about it", "**Read more**"]:
        stripped = s.strip().strip("*_#>").strip()
        assert is_boilerplate(s, merged_patterns(patterns)) == any(p.fullmatch(stripped) for p in patterns), s


def test_merged_patterns_match_as_the_patterns_they_merge() -> None:
    """Merging is a plain function of the patterns asked for (no remembered merge that another
    tuple could be answered with)."""
    from briefing.text.filler import merged_patterns

    first, second = (re.compile(r"logo"),), (re.compile(r"image \d+"), re.compile(r"(?i)x"))
    for _ in range(2):
        assert is_boilerplate("logo", merged_patterns(first)) and not is_boilerplate("image 1", merged_patterns(first))
        assert is_boilerplate("image 1", merged_patterns(second)) and not is_boilerplate("logo", merged_patterns(second))
        assert is_boilerplate("X", merged_patterns(second))  # an inline-flag pattern kept on its own


def test_a_cut_number_is_no_sentence_end_after_a_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    # the short window ends inside "3.5": its "3." must not end the sentence
    text = "“We are ready,” officials said of the 3.5 billion deal, adding more detail. " + "y" * 300
    spans = find_quotes(text)
    monkeypatch.setattr(windows, "NEAR", text.index("3.5") + 2 - spans[0].end)
    fast = attribution.sentence_after(text, spans, 0)
    monkeypatch.setattr(windows, "NEAR", 10**9)
    slow = attribution.sentence_after(text, spans, 0)
    assert fast == slow and slow[-1].text == "."


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab1Z '-_.,’“”—éЖ\n\u00a0", max_size=40))
def test_word_count_fast_path_counts_like_the_pattern(text: str) -> None:
    from briefing.text.words import WORD as _WORD
    from briefing.text.words import word_count

    assert word_count(text) == len(_WORD.findall(text))


@pytest.mark.parametrize("text, n", [("don't stop", 2), ("don’t stop", 2), ("a-b-c --d e'", 3), ("x_y", 2),
                                     ("Café au lait", 3), ("", 0), ("— 12.5% —", 2)])
def test_word_count_examples(text: str, n: int) -> None:
    from briefing.text.words import word_count

    assert word_count(text) == n


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab \n\t\r\x0b\x0c\x1b[31m\x07\x85\x9b\u00a0\u2028\u2029\u202e\u2066\ufeff\ufffa“é", max_size=30))
def test_clean_fast_path_changes_nothing_it_should_not(text: str) -> None:
    import unicodedata

    from briefing.text import clean as text_mod

    assume(not text_mod._MOJIBAKE.search(unicodedata.normalize("NFC", text)))  # repaired first: see test_clean.py
    expected = text_mod._CONTROLS.sub("", text_mod._ESCAPES.sub("", text_mod._SEPARATORS.sub("\n", text.replace("\r\n", "\n"))))
    assert text_mod.clean(text) == expected


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.integers(-(2**63), 2**63 - 1), max_size=400), count=st.integers(1, 80))
def test_smallest_hashes_are_the_sorted_prefix(values: list[int], count: int) -> None:
    from briefing.dedup.shingles import _smallest

    assert _smallest(values, count) == sorted(values)[:count]


def test_smallest_with_skewed_hashes_falls_back_to_sorting() -> None:
    from briefing.dedup.shingles import _smallest

    values = list(range(10**18, 10**18 + 1000))  # none below the bound for uniform hashes
    assert _smallest(values, 64) == values[:64]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="a Z.!?…\"”’')]\n", max_size=24))
def test_sentence_boundaries_match_the_pattern_with_a_lookbehind(text: str) -> None:
    from briefing.text.sentences import _BOUNDARY

    guarded = re.compile(r"(?<![.!?…])[.!?…]++[\"”’'»)\]]*+(?=\s|$)")
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in guarded.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab U.S Mr. 12.5 \t\n", max_size=60))
def test_token_before_a_mark_is_the_run_of_non_space(text: str) -> None:

    for start in [i for i, c in enumerate(text) if c == "."]:
        m = re.compile(r"\S{1,40}$").search(text, max(0, start - 40), start + 1)
        before = text[max(0, start - 40):start + 1].rsplit(None, 1)
        assert (before[-1][-40:] if before else None) == (m.group(0) if m else None)


NAMED = [
    "‘I told Lavrov’ Putin said. ", "“Sergey Lavrov” President Putin met ", "'Peace' Trump wrote, ",
    "the “Bank” of England and the Bank of “England” ", "Kremlin spokesman Dmitry Peskov said: “Mr. Putin is ready.” ",
    "“We spoke to Foreign Minister Lavrov,” Rubio said. ", "Ursula von der Leyen, who “met Zelensky”, added ",
    "«Vladimir Putin» of Russia ", "He said 'Trump's plan' and ‘Putin’s’ view ", "“Open quote with Xi Jinping ",
    "The firm called it ‘Big Apple’-Smith Jones said. ", "He said ‘Never Again’-Maria Lopez told them. ",
    "Officials met Jean-'Paul Sartre' in Paris. ", "‘Peace’. Mr Putin said ", "(‘Kremlin’) Peskov ",
]


@settings(max_examples=300, deadline=None)
@given(order=st.lists(st.integers(0, len(NAMED) - 1), min_size=1, max_size=8))
def test_mentions_outside_quotes_equal_a_search_that_skips_them(order: list[int]) -> None:
    from briefing.people.mentions import find_mentions, outside

    text = "".join(NAMED[i] for i in order)
    for runs_on in (False, True):
        skip = [(s.start, s.end) for s in find_quotes(text, runs_on=runs_on)]
        filtered = outside(text, find_mentions(text), skip)
        assert filtered is None or filtered == find_mentions(text, skip=skip)


@pytest.mark.parametrize("text", ["The firm called it ‘Big Apple’-Smith Jones said on Monday.",
                                  "Officials met Jean-'Paul Sartre' in Paris on Monday."])
def test_mentions_are_searched_again_when_a_word_runs_into_a_quotation(text: str) -> None:
    from briefing.people.mentions import find_mentions, outside

    skip = [(s.start, s.end) for s in find_quotes(text)]
    assert skip and outside(text, find_mentions(text), skip) is None


def test_mentions_outside_clean_quotations_are_filtered() -> None:
    from briefing.people.mentions import find_mentions, outside

    text = "“We are ready,” Foreign Minister Sergey Lavrov said, meeting “President Putin” later."
    skip = [(s.start, s.end) for s in find_quotes(text)]
    filtered = outside(text, find_mentions(text), skip)
    assert filtered is not None and filtered == find_mentions(text, skip=skip)
    assert [m.phrase.name for m in filtered] == [("Sergey", "Lavrov")]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="As tHe SiTuAtIoN evolves remain to be seen copyright 1987 founded in K\u212aſ’ .\n", max_size=60))
def test_folded_patterns_find_what_ignorecase_finds(text: str) -> None:
    from briefing.storylines import background
    from briefing.text import filler

    for folded in (filler._FILLER, filler._BACKGROUND, filler._COMMENTARY, background._REPORTING, background._NEWS_TIME):
        assert folded.found_in(text) == bool(folded.anycase.search(text))
        assert folded.count_in(text) == len(folded.anycase.findall(text))


def test_folded_pattern_refuses_upper_case_letters() -> None:
    from briefing.text.folded import Folded

    assert Folded(r"\bsaid\b").found_in("He SAID so")
    with pytest.raises(ValueError):
        Folded(r"[A-Z]ussia")


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="aZ9_ -'’“”—…\u00a0\u2032\u00b4éß\n.", max_size=40))
def test_storyline_tokens_fast_path_matches_the_pattern(text: str) -> None:
    from briefing.storylines import scoring
    from briefing.text.words import TOKEN, tokens

    text_seen = re.sub("[\u00ad\u200b-\u200d\u2060\ufeff]", "", text)  # never splits a word
    expected = TOKEN.findall(text.lower() if scoring._NOT_PLAIN.search(text) is None else scoring.match_form(text_seen))
    assert tokens(text) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \t\n\r\x0b\x0c\x1c\x85\u00a0\u2002\u2028\u3000\u200b.", max_size=30))
def test_one_line_splits_where_the_white_space_pattern_does(text: str) -> None:
    from briefing.summaries.candidates import _one_line

    assert _one_line(text) == re.sub(r"\s+", " ", text).strip()


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="aZé É’'-., )\n1_&", max_size=16))
def test_capital_patterns_match_their_look_behind_first_forms(text: str) -> None:
    from briefing.people import runs
    from briefing.storylines import vocabulary as sw

    up = sw._UPPER
    before_first = {
        runs._CAP: r"(?<![\w’'])[A-ZÀ-ÖØ-Þ][\w’'.\-]*",
        sw._NAME_RUN: rf"(?<![\w'’-])[{up}][\w'’.&-]*(?: [{up}][\w'’.&-]*){{0,5}}",
        sw._MID_CAPITAL: rf"(?<=[\w,)] )[{up}][\w'’-]*",
    }
    for fast, slow in before_first.items():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(slow, text)]


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="aZ1 .’'-,“”—é\n\t\u00a0\u2028_", max_size=40), lo=st.integers(0, 45), hi=st.integers(0, 45))
@example(text="aaa.Za", lo=0, hi=6)  # a run-on sentence hypothesis once found
def test_name_tokens_are_the_pattern_matches_at_their_places(text: str, lo: int, hi: int) -> None:
    from briefing.people.names import _TOKEN, Tok, is_abbreviation, tokenize

    expected = []
    for m in _TOKEN.finditer(text, lo, hi):
        t, (s, e) = m.group(), m.span()
        i = t.find(".", 3)  # "said.Trump": two sentences run together (a lower-case word, a stop, a name)
        if i > 0 and t[:i].isalpha() and t[:i].islower() and not is_abbreviation(t[:i + 1]) \
                and t[i + 1:i + 2].isupper() and t[i + 2:i + 3].islower():
            expected += [Tok(t[:i], s, s + i, t[:i].lower()), Tok(".", s + i, s + i + 1, ".")]
            t, s = t[i + 1:], s + i + 1
        core = t.rstrip(".")
        if t[-1] == "." and len(t) > 1 and not is_abbreviation(t):
            expected += [Tok(core, s, s + len(core), core.lower())] if core else []
            expected.append(Tok(t[len(core):], s + len(core), e, t[len(core):]))
        else:
            expected.append(Tok(t, s, e, t.lower()))
    assert tokenize(text, lo, hi) == expected
    assert tokenize(text) == tokenize(text, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(sketches=st.lists(st.lists(st.integers(0, 12), max_size=6), max_size=12), min_shared=st.integers(1, 4))
def test_candidate_pairs_are_the_pairs_sharing_enough_entries(sketches: list[list[int]], min_shared: int) -> None:
    from briefing.dedup.shingles import candidate_pairs

    expected = []
    for i in range(len(sketches)):
        for j in range(i + 1, len(sketches)):
            shared = len(set(sketches[i]) & set(sketches[j]))
            if shared and shared >= min(min_shared, len(sketches[i]), len(sketches[j])):
                expected.append((i, j, shared))
    expected.sort(key=lambda t: (-t[2], t[0], t[1]))
    assert candidate_pairs(sketches, min_shared=min_shared, cap=100) == expected


def test_a_misspelt_month_the_pattern_lets_through_is_read_not_a_crash() -> None:
    # real wire text: "Sepember 30, 1987"
    assert [d for _, _, d in find_dates("The offer expires Sepember 30, 1987, the company said.")] == [
        dt.date(1987, 9, 30)]

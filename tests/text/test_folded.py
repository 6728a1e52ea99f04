"""Case-folded patterns and their word prefilter: a pattern built with ``prefilter=True`` looks
for the words every match needs before it scans, and answers exactly as the plain scan does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.text import captions, signoffs
from briefing.text.folded import Folded, required_words


@pytest.mark.parametrize("pattern, words", [
    (r"\bsafe harbou?r statement\b", ("r statement",)),  # the optional "u" splits the run: the longer part
    (r"\b(?:reach|contact|e-?mail) (?:him|her) at", ("contact", "mail", "reach")),
    # the common start of "him|her" is read as part of the run; the optional opening is not
    (r"(?:^|[,.;]\s*)(?:(?:and|but) )?follow (?:him|her)", ("follow h",)),
    (r"\bfollow @\w|like us on (?:facebook|twitter)", ("follow @", "like us on ")),
    # a word that holds another is found whenever that one is
    (r"\bcontributed (?:to )?this report\b|\bcontributed reporting\b", ("contributed ",)),
    (r"(?:ab)+cde", ("cde",)),
    (r"(?:abc){1,3}x", ("abc",)),
])
def test_required_words_are_read_from_the_pattern(pattern: str, words: tuple[str, ...]) -> None:
    assert required_words(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"\d{3}-\d{4}",  # no literal at all
    r"(?:abc)?x|y",  # optional words promise nothing, and "y" is too short to be worth a look
    r"abc|\w+",  # one branch needs no word: every text may match
    r"(?:foo)*bar|ba",  # a word shorter than three letters would pass nearly every text
])
def test_no_words_no_prefilter(pattern: str) -> None:
    assert required_words(pattern) is None
    assert Folded(pattern, prefilter=True).words is None


def test_the_sign_off_and_caption_scans_use_the_prefilter() -> None:
    """Without it they were the dearest scans of a 10k brief (3 CPU-s of 16)."""
    for pattern in (signoffs._SIGN_OFF, signoffs._ANY_CUE, signoffs._LEGAL_NOTICE, signoffs._FORWARD_LOOKING,
                    captions._CAPTION_ANYWHERE, captions._PLAYER_AND_COMMENTS):
        assert pattern.words, pattern.pattern[:60]


def test_a_text_without_the_words_is_never_scanned() -> None:
    folded = Folded(r"(?:^|, )follow (?:him|her) on twitter", prefilter=True)

    class Refuses:
        def search(self, *args: object) -> None:
            raise AssertionError("scanned")

        findall = search

    folded.lower = Refuses()  # type: ignore[assignment]
    folded.anycase = Refuses()  # type: ignore[assignment]
    assert not folded.found_in("Shares of Hanson Trust rose 5 pence on the news.")
    assert not folded.found_in("Préfet Lallement a déclaré que la manifestation était interdite.")
    assert folded.count_in("The court adjourned until Monday.") == 0


PATTERNS = [signoffs._SIGN_OFF.pattern, signoffs._ANY_CUE.pattern, captions._CAPTION_ANYWHERE.pattern,
            r"\bsafe harbou?r statement\b|\bkiss\b", r"(?<!a\.m\.), (?:monday|friday),? (?:jan|may)\w{0,5} \d{1,2}"]
# pieces of matches and near misses, and letters whose case folding is not plain ASCII's
# (Kelvin sign, long s, dotless and dotted i, sharp s)
PIECES = ["Follow him on Twitter @jdoe", "follow her on ", "Reach her at 442-1400", "reach", " at ", "@",
          "contributed to this report", "Safe Harbor statement", "SAFE HARBOUR STATEMENT", "harbo", "statement",
          ", Friday, May 2, 2014", ", Monday, Jan. 5, 2019", "a.m.", " (AP Photo", " photo ", "ſtatement",
          "\u212aiss", "KİSS", "kıss", "straße", "Like us on Facebook", ". ", ", ", "“", "”", "x", " "]


@settings(max_examples=300, deadline=None)
@given(order=st.lists(st.sampled_from(PIECES), max_size=12), which=st.sampled_from(PATTERNS))
def test_the_prefilter_never_changes_an_answer(order: list[str], which: str) -> None:
    text = "".join(order)
    fast = Folded(which, prefilter=True)
    plain = re.compile(which, re.IGNORECASE)
    assert fast.found_in(text) == (plain.search(text) is not None)
    assert fast.count_in(text) == len(plain.findall(text))


@pytest.mark.parametrize("text", ["\u212aISS me", "ſafe harbor ſtatement", "Safe Harbour Statement",
                                  "KİSS", "a kıss"])
def test_case_folding_beyond_ascii_is_the_engine_s(text: str) -> None:
    pattern = r"\bsafe harbou?r statement\b|\bkiss\b"
    assert Folded(pattern, prefilter=True).found_in(text) == (re.search(pattern, text, re.IGNORECASE) is not None)

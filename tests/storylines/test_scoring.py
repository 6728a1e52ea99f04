"""Scoring: whole words and stems, prefixes, phrases, negative terms, repeats, speed."""

from __future__ import annotations

import re
import time

import pytest

from briefing.config.schema import StorylineSpec, Term
from briefing.storylines.assign import compiled_for, score
from briefing.storylines.scoring import compile_storylines, inflections
from briefing.text.words import tokens


def spec(terms: dict[str, float], negative: dict[str, float] | None = None, min_score: float = 2.0, key: str = "s") -> StorylineSpec:
    return StorylineSpec(key, key.title(), tuple(Term(t, w) for t, w in terms.items()),
                         tuple(Term(t, w) for t, w in (negative or {}).items()), min_score)


@pytest.mark.parametrize("term,text", [
    ("strike", "Two strikes hit the port"), ("strike", "Striking the depot"), ("strike", "a strike"),
    ("demands", "Moscow demanded more"), ("demands", "one demand"), ("casualties", "one casualty"),
    ("ban", "they banned it"), ("ban", "banning exports"), ("attack", "the attackers fled"),
    ("refinery", "two refineries"), ("tariff", "Tariffs rose"),
])
def test_plain_word_matches_its_inflections(term: str, text: str) -> None:
    assert score(text, spec({term: 1})) == 1


@pytest.mark.parametrize("term,text", [
    ("quarter", "DANAHER CORP 4TH QTR NET"), ("quarterly", "Berkshire Gas pays regular qtly div"),
    ("dividend", "Qtly div 12 cts vs 12 cts prior"), ("per share", "Shr 71 cts vs 43 cts, per shr"),
    ("shares", "2.5 mln shrs outstanding"), ("revenues", "Revs 161.6 mln vs 77.6 mln"),
])
def test_a_word_matches_the_wires_shorthand_for_it(term: str, text: str) -> None:
    assert score(text, spec({term: 1})) == 1


@pytest.mark.parametrize("term,text", [
    ("dollar", "Net 7.2 mln dlrs vs 4.4 mln dlrs"),  # a unit every sum carries is no subject
    ("percent", "Sales rose 12 pct"), ("revenue", "The Rev. Al Sharpton spoke"),
])
def test_the_units_of_figures_and_other_senses_are_no_shorthand(term: str, text: str) -> None:
    assert score(text, spec({term: 1})) == 0


@pytest.mark.parametrize("term,text", [
    ("art", "a party started"), ("war", "a warning"), ("port", "they reported it"), ("ban", "a banana"),
    ("strike", "strikebreaker"), ("talks", "a stalk"),
])
def test_plain_word_is_a_whole_word(term: str, text: str) -> None:
    assert score(text, spec({term: 1})) == 0


def test_star_is_a_prefix_at_a_word_start() -> None:
    s = spec({"negotiat*": 1})
    assert score("negotiators met; negotiation failed", s) == 1.5  # two uses: 1 + 0.5
    assert score("they will renegotiate", s) == 0


def test_phrases_match_words_in_a_row_and_the_longest_wins() -> None:
    s = spec({"oil exports": 2, "exports": 1.5, "air defen*": 3})
    assert score("Russian oil exports rose", s) == 2  # not also "exports"
    assert score("oil and exports", s) == 1.5
    assert score("the air defences fired", s) == 3
    assert score("air-defense units", s) == 3  # punctuation between words is ignored
    assert score("the air was cold; defences held", s) == 0


def test_exact_form_beats_an_inflection_of_another_term() -> None:
    s = spec({"meeting": 1.5, "meet": 1})
    assert score("a meeting", s) == 1.5 and score("they meet", s) == 1


def test_repeats_add_half_up_to_five_uses() -> None:
    s = spec({"drone": 2})
    assert score("drone", s) == 2
    assert score("drone drone", s) == 3
    assert score(" ".join(["drone"] * 50), s) == 2 + 4 * 1.0


def test_negative_terms_subtract() -> None:
    s = spec({"summit": 3}, {"founded": 2, "largest city": 3})
    assert score("the summit", s) == 3
    assert score("the largest city, founded for a summit", s) == 3 - 2 - 3


def test_case_accents_and_quotes_are_folded() -> None:
    s = spec({"zaporizhzhia": 1, "cafe": 1, "kyiv's": 1})
    assert score("ZAPORIZHZHIA and the Café", s) == 2
    assert tokens("Kyiv’s “Óbuda”") == ["kyiv", "s", "obuda"]


def test_qualifies_needs_evidence_and_the_threshold() -> None:
    cs = compile_storylines([spec({"a1": 1}, min_score=2, key="x"), spec({"b1": 1}, min_score=0, key="y")])
    assert cs.qualifies(cs.score("a1 a1 a1")) == (True, False)  # 2.0 >= 2; y has no evidence
    assert cs.qualifies(cs.score("a1 b1")) == (False, True)  # min 0 still needs some evidence


def test_inflections_of_short_or_odd_words_are_the_word() -> None:
    assert inflections("us") == frozenset({"us"})
    assert inflections("g7") == frozenset({"g7"})
    assert "struck" not in inflections("strike")  # irregular forms are listed by the user


def test_an_ing_form_that_is_a_preposition_is_not_the_term() -> None:
    """"according to the documents" is no "accord"; a verb's -ing form still counts."""
    cs = compile_storylines([spec({"accord": 2, "consider": 2, "bar": 2}, min_score=2, key="x")])
    assert cs.score("Isaiah Silva wants a ton of it, according to the documents.") == (0.0,)
    assert cs.score("The accord was signed; the accords hold.") == (3.0,)  # the word itself still counts
    assert cs.score("The Fed is considering a rate hike.") == (2.0,)
    assert cs.score("A court order barring the agency from acting.") == (2.0,)
    assert "according" in inflections("according")  # a term written so matches itself


def test_terms_are_compiled_once_per_config(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = (spec({f"word{i}": 1 for i in range(300)} | {"peace talks": 2, "negotiat*": 1}),)
    cs = compiled_for(specs)
    assert compiled_for(specs) is cs
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k))
    text = "The peace talks stalled as negotiators left; word7 and word299 appeared. " * 3
    for _ in range(200):
        cs.score(text)
    assert not compiled


def test_scoring_is_fast_whatever_the_number_of_terms() -> None:
    small = compile_storylines([spec({"summit": 3, "talks": 2})])
    big = compile_storylines([spec({f"term{i}": 1 for i in range(1000)} | {f"stem{i}*": 1 for i in range(200)}
                                   | {f"two words{i}": 1 for i in range(300)}, key=f"k{j}") for j in range(10)])
    paragraph = ("Officials said the summit talks would resume after the strikes on the port, "
                 "and negotiators from both sides met in the capital on Monday. ") * 2
    paragraphs = [paragraph + str(i) for i in range(3000)]

    def run(cs: object) -> float:
        t = time.perf_counter()
        for p in paragraphs:
            cs.score(p)  # type: ignore[attr-defined]
        return time.perf_counter() - t

    t_small, t_big = run(small), run(big)
    assert t_big < 2.0
    assert t_big < 8 * t_small + 0.2  # cost is per word, not per term

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


@pytest.mark.parametrize("text", [
    "sagði hann „ÞAÐ“ og fór",  # Icelandic: "Ð“" is no mangled Cyrillic letter
    "café’s menu",
    "O MEU IRMÃ ESTÁ AQUI",  # a capital Ã before a space is Portuguese, not a mangled "à"
])
def test_real_words_that_look_mangled_stay_as_written(text: str) -> None:
    assert clean(text) == text


@pytest.mark.parametrize(("raw", "repaired"), [
    ("O MEU IRMÃ ESTÁ AQUI, disse PeÃ±a", "O MEU IRMÃ ESTÁ AQUI, disse Peña"),  # only the mangled word
    ("the brand NESTLÉ® said (PeÃ±a)", "the brand NESTLÉ® said (Peña)"),
    ("x\x9b31mRED PeÃ±a", "xRED Peña"),  # an escape is removed, never decoded into visible text
    ("line1\x85line2 PeÃ±a", "line1\nline2 Peña"),  # a next-line control is still a line break
    ("PeÃ\u200b±a Nieto", "Peña Nieto"),  # an invisible mark inside the pair
])
def test_only_mangled_words_are_repaired_and_controls_still_go(raw: str, repaired: str) -> None:
    assert clean(raw) == repaired
    assert clean(clean(raw)) == clean(raw)  # cleaning twice changes nothing


@pytest.mark.parametrize(("raw", "spaced"), [
    ("in suburban Lisk.The Department of Corrections says he will serve his sentence there.",
     "in suburban Lisk. The Department of Corrections says he will serve his sentence there."),
    ('"The goal is to keep him safe during his incarceration."Vell spent a few hours at the county jail.',
     '"The goal is to keep him safe during his incarceration." Vell spent a few hours at the county jail.'),
    # ...and a straight quotation mark after the stop opens the next sentence's quote when the marks before are even
    ('The roof collapsed within minutes."We lost everything," Vell said.',
     'The roof collapsed within minutes. "We lost everything," Vell said.'),
    ("It rose 2.5 pct.The bank said so.", "It rose 2.5 pct. The bank said so."),
    ("at his home in 2004.Officials say he is being processed.", "at his home in 2004. Officials say he is being processed."),
    ("according to officials.LASD Lt. Jon Vell said so.", "according to officials. LASD Lt. Jon Vell said so."),
    # a ticker, a title, a domain, an abbreviation and an address stay as written
    ("Neste Oy <Neoy.He> bought a stake.", "Neste Oy <Neoy.He> bought a stake."),
    ("Mrs.Smith said so.", "Mrs.Smith said so."),
    ("Amazon.Com Inc said so.", "Amazon.Com Inc said so."),
    ("the U.S.The next day", "the U.S.The next day"),
    ("write to jon.Vell@example.com today", "write to jon.Vell@example.com today"),
])
def test_a_sentence_run_into_the_next_gets_its_space(raw: str, spaced: str) -> None:
    from briefing.text.clean import spaced_sentences

    assert spaced_sentences(raw) == spaced


def test_a_paragraph_of_sentences_run_together_is_read_as_sentences(make) -> None:  # type: ignore[no-untyped-def]
    from briefing.text.sentences import split_sentences

    art = make("A headline\n\nJon Vell spent his first night in prison in Lisk.The department says he will serve "
               "his sentence there.Officials say he is being processed.")
    assert len(split_sentences(art.blocks[-1].text)) == 3


def test_a_quotation_opened_curly_and_closed_straight_is_one_quotation() -> None:
    from briefing.text.clean import spaced_sentences

    raw = ('the war“While some were interned, these men stepped forward," Sen. Ann Lind said. "Their bravery paved '
           'the way for the law signed into law."The Gold Medal is the highest honor.')
    assert spaced_sentences(raw).endswith('signed into law." The Gold Medal is the highest honor.')


@pytest.mark.parametrize(("text", "still_open"), [
    ('He said "we will go', [8]),
    ('He said "we will go," and left.', []),
    ('the war“While they waited, these men stepped forward," she said.', []),  # “…," is one quotation
    ('the roof collapsed within minutes."We', []),  # a mark after a word closes; with none open it leaves none
    ('"It is over," he said. "We', [23]),
])
def test_one_reading_of_which_quotations_are_open(text: str, still_open: list[int]) -> None:
    from briefing.text.quote_marks import open_quotes

    assert open_quotes(text) == still_open

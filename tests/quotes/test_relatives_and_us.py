"""Who "who" stands for, and the writer being told: kinds read in real multi-outlet news."""

from __future__ import annotations

import pytest

from briefing.people.names import is_name_word


@pytest.mark.parametrize("word", ["We’re", "We're", "I'm", "They’ve", "I’ll", "It's", "Let's"])
def test_a_pronoun_run_into_its_verb_is_no_name(word: str) -> None:
    assert not is_name_word(word)


@pytest.mark.parametrize("word", ["O'Neill", "D'Amato", "O’Malley"])
def test_a_name_with_an_apostrophe_stays_a_name(word: str) -> None:
    assert is_name_word(word)


@pytest.mark.parametrize("told", ["we’re told", "we're told", "I am told", "we have been told", "I'm told"])
def test_the_writer_being_told_is_an_unnamed_source(speaker_of, told: str) -> None:  # type: ignore[no-untyped-def]
    text = (f"We’re told that after months of talks, Jon Vell is still holding out.\n\n"
            f"“He is forcing the matter to litigation,” {told}. Both sides declined to comment.")
    q = speaker_of(text, "forcing the matter")
    assert q.speaker == "unnamed source"


def test_who_after_a_name_and_its_description_is_the_name_not_the_group_in_it(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Police cleared the Camp Lisk site outside City Hall on Monday, and attorneys for Camp Lisk asked a judge "
            "for an injunction.\n\nProtesters credited the police with restraint, including Carl Vell, a Camp Lisk "
            "organizer, who said to a group of officers standing by, \"You guys have been fantastic.\"")
    assert speaker_of(text, "fantastic").speaker == "Carl Vell"


def test_who_after_a_name_behind_a_preposition_is_that_name(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Senate majority leader Jon Vell spoke on Monday.\n\nLisk has had a frosty relationship with Vell, now the "
            "Senate majority leader, who in 2010 said the main goal was to make Lind a \"one-term president and nothing "
            "more.\"")
    assert speaker_of(text, "one-term president").speaker == "Jon Vell"


def test_a_full_name_closing_a_clause_before_the_colon_is_the_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("The timing of the surge does not surprise Republican pollster Jon Vell: “Historically, lesser-known "
            "candidates who beat established ones in early contests have seen the biggest boost.”")
    q = speaker_of(text, "biggest boost")
    assert q.speaker == "Jon Vell"


@pytest.mark.parametrize("text", [
    "Ann Lind wrote a long letter to Jon Vell: “We will never give up the fight for the port and its workers.”",
    "Ann Lind explained what was wrong to the Dutch newspaper Lisk Handelsblad: “What they did was so insensitive "
    "and they know it very well.”",
])
def test_a_name_after_a_preposition_or_an_outlet_before_the_colon_is_not(speaker_of, text: str) -> None:  # type: ignore[no-untyped-def]
    q = speaker_of(text, "We will" if "port" in text else "insensitive")
    assert q.speaker not in ("Jon Vell", "Lisk Handelsblad")


def test_a_quote_run_into_the_sentence_before_keeps_its_speaker(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A fire destroyed the hardware store on Main Street on Friday.The manager, Jon Vell, said the roof "
            "collapsed within minutes.\"We lost everything,\" Vell said. \"The whole town came out to help.\"")
    assert (speaker_of(text, "lost everything").speaker or "").endswith("Vell")
    assert (speaker_of(text, "whole town").speaker or "").endswith("Vell")


def test_who_after_an_organisation_named_as_someone_is_that_organisation(speaker_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Jon Vell proposed the bill on Monday.\n\nVell later met with Amnesty International, who said the "
            "bill was \"deeply flawed and dangerous for everyone in the region.\"")
    assert speaker_of(text, "deeply flawed").speaker == "Amnesty International"

"""The lines that sign an article (byline, copyright line, the wire's sign-off) give its outlet
and author and are not story text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.ingest.discover import Found
from briefing.ingest.formats import Record
from briefing.ingest.load import build_article
from briefing.ingest.signature import read_signature

BODY = "The minister said the talks would resume on Monday.\n\nA second paragraph follows here with more detail."


@pytest.mark.parametrize(
    ("line", "outlet", "author"),
    [
        ("By Anna Berg, Reuters", "Reuters", "Anna Berg"),
        ("By JILL COLVIN Associated Press", "AP", "Jill Colvin"),  # the outlet runs on after the name
        ("BY JILL COLVIN and ZEKE MILLER, ASSOCIATED PRESS", "AP", "Jill Colvin and Zeke Miller"),
        ("By Laura Woods/GoBankingRates", "GoBankingRates", "Laura Woods"),
        ("By Rebecca English For Mailonline", "Mailonline", "Rebecca English"),
        ("By Rebecca English, Royal Correspondent for the Daily Mail", "Daily Mail", "Rebecca English"),
        ("By Julie Pace, AP White House Correspondent", "AP", "Julie Pace"),
        ("By Lauren O'Callaghan", None, "Lauren O'Callaghan"),  # a writer, no outlet
        ("By Jane Smith, Staff Writer", None, "Jane Smith"),  # a job is not an outlet
        ("**By Anna Berg, Reuters**", "Reuters", "Anna Berg"),  # Markdown emphasis
        ("By José García, EFE", "EFE", "José García"),  # accents
        # the outlet as the writer: no writer
        ("By The Associated Press", "AP", None),
        ("By ASSOCIATED PRESS", "AP", None),
        ("By Reuters Staff", "Reuters", None),
        ("By CNN Wire", "CNN", None),
        # given names that are also times; a full stop; dots in the outlet; reporting added
        ("By April Rubin", None, "April Rubin"),
        ("By June Thomas, Slate", "Slate", "June Thomas"),
        ("By John Smith, Reuters.", "Reuters", "John Smith"),
        ("By Jane Doe, St. Louis Post-Dispatch", "St. Louis Post-Dispatch", "Jane Doe"),
        ("By Francesca Chambers, White House Correspondent For Dailymail.com", "Dailymail.com", "Francesca Chambers"),
        ("By Anna Berg, with reporting by Reuters", None, "Anna Berg"),
    ],
)
def test_a_byline_names_the_writer_and_the_outlet(line: str, outlet: str | None, author: str | None) -> None:
    sig = read_signature(["Talks resume", line, *BODY.split("\n")])
    assert (sig.outlet, sig.author, sig.lines) == (outlet, author, frozenset({1}))


@pytest.mark.parametrize(
    "line",
    [
        "By Sunday night the size of the crowd outside City Hall swelled further.",
        "By the way, it would be great if we could get along.",
        "By 6. 30am the fire had been contained using water and foam.",
        "By Land And Sea",  # a heading: no person's name holds "And"
        "By Christmas Eve, the rebels had taken the city.",  # when, not who
        "By Super Tuesday, Trump had won 10 states.",
        "By Tuesday Evening, Smith Resigned.",
        "By Late Tuesday, with the votes counted, Smith had won",
        "By Will Power, with the wind at his back, he won the race",
        "By Monday Morning Anna Berg",
    ],
)
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert read_signature([line, *BODY.split("\n")]) == read_signature(["x", *BODY.split("\n")])
    assert read_signature([*BODY.split("\n"), line]).author is None  # nor as the last paragraph


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright © 2017 NPR. All rights reserved. Visit our website terms of use and permissions pages.", "NPR"),
        ("Copyright 2014 KCTV (Meredith Corp.) All rights reserved.", "KCTV"),
        ("© 2017 WTOP. All Rights Reserved.", "WTOP"),
        ("Copyright 2016 WFAA", "WFAA"),
        ("Copyright 1987 Reuters Ltd. All rights reserved. Republication of Reuters content is prohibited.", "Reuters"),
        ("Copyright 2016 The Associated Press. All rights reserved. This material may not be published.", "AP"),
    ],
)
def test_a_copyright_line_at_the_end_names_the_publisher(line: str, outlet: str) -> None:
    lines = [*BODY.split("\n"), line]
    sig = read_signature(lines)
    assert (sig.outlet, sig.lines) == (outlet, frozenset({len(lines) - 1}))


@pytest.mark.parametrize(
    "line",
    [
        "© JK Rowling, founder and president of Lumos",  # neither a year nor "all rights reserved": a credit
        "Image copyright AFP Image caption Members of the crew recovering debris",  # a photo's credit
        "© 2018 Getty Images",  # a photo agency
        "Copyright 2017 Disney Enterprises",  # an owner, not the outlet
    ],
)
def test_a_credit_is_no_copyright_line(line: str) -> None:
    sig = read_signature([*BODY.split("\n"), line])
    assert (sig.outlet, sig.lines) == (None, frozenset())


@pytest.mark.parametrize(("line", "outlet"), [("REUTER", "Reuters"), ("Reuter", "Reuters"), ("(Reuters)", "Reuters"),
                                              ("— The Associated Press", "AP")])
def test_the_wires_sign_off_on_the_last_line(line: str, outlet: str) -> None:
    sig = read_signature([*BODY.split("\n"), line])
    assert (sig.outlet, sig.lines) == (outlet, frozenset({3}))


def test_a_sign_off_closing_the_last_paragraph_is_cut_from_it() -> None:
    sig = read_signature(["Net charge offs were 34.7 mln, compared to 41.1 mln dlrs a year earlier. REUTER"])
    assert sig.outlet == "Reuters"
    assert sig.glued == (0, "Net charge offs were 34.7 mln, compared to 41.1 mln dlrs a year earlier.")


@pytest.mark.parametrize("last", ["Moscow", "said John Reuter", "Reuters said on Monday it would appeal."])
def test_a_last_line_that_only_mentions_an_outlet_signs_nothing(last: str) -> None:
    sig = read_signature([*BODY.split("\n"), last])
    assert (sig.outlet, sig.lines, sig.glued) == (None, frozenset(), None)


def test_a_copyright_line_far_from_the_end_signs_nothing() -> None:
    lines = ["Copyright 2016 WFAA", *(["A paragraph of the story that goes on."] * 8)]
    assert read_signature(lines).outlet is None


# through the loader: the article's fields and paragraphs


def test_a_byline_gives_outlet_and_author_and_is_not_a_paragraph(make) -> None:  # type: ignore[no-untyped-def]
    a = make("Talks resume in Geneva\n\nBy JILL COLVIN Associated Press\n\n" + BODY)
    assert (a.title, a.outlet, a.author) == ("Talks resume in Geneva", "AP", "Jill Colvin")
    assert [b.text for b in a.blocks] == BODY.split("\n\n")


def test_a_byline_on_the_first_line_is_not_taken_for_the_title(make) -> None:  # type: ignore[no-untyped-def]
    a = make("By Anna Berg, Reuters\n\n" + BODY)
    assert a.title != "By Anna Berg, Reuters" and a.outlet == "Reuters"


def test_the_wire_sign_off_gives_the_outlet_and_leaves_the_paragraphs(make) -> None:  # type: ignore[no-untyped-def]
    a = make("BANK RAISES RATE\nMarch 2, 1987\n\nLONDON, March 2 - " + BODY + "\n\nREUTER")
    assert a.outlet == "Reuters"
    assert all("REUTER" not in b.text for b in a.blocks) and len(a.blocks) == 2


def test_metadata_and_dateline_come_before_the_signature(make) -> None:  # type: ignore[no-untyped-def]
    assert make("By Anna Berg, Reuters\n\n" + BODY, outlet="Example Times").outlet == "Example Times"
    a = make("Headline\n\nLONDON (Reuters) - " + BODY + "\n\nCopyright 2025 The Associated Press. All rights reserved.")
    assert a.outlet == "Reuters"


def test_a_feeds_author_comes_before_the_byline(repo_config: Config) -> None:
    rec = Record(text="By Anna Berg, Reuters\n\n" + BODY, author="Ben Ode")
    a = build_article(rec, Found(Path("a.txt"), "a.txt", "a.txt"), repo_config)
    assert (a.author, a.outlet) == ("Ben Ode", "Reuters")

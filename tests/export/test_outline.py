"""The outline every human format is laid out from: numbering, copies, counts, dates."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.export import render
from briefing.export.outline import build_outline, date_span, long_date, quote_text, safe_url
from tests.golden.fixture_brief import fixture_brief


def test_sources_are_numbered_in_reading_order_uncited_last() -> None:
    o = build_outline(fixture_brief())
    assert [s.path for s in o.sources] == ["news/wire.txt", "news/summit.md", "news/undated #1.txt",
                                           "news/background.txt"]
    assert [s.number for s in o.sources] == [1, 2, 3, 4]
    assert [s.cited for s in o.sources] == [True, True, True, False]


def test_a_merged_copy_is_cited_as_its_kept_copy_and_listed_under_it() -> None:
    o = build_outline(fixture_brief())
    first = o.sections[0].points[0]
    assert first.cites == (1, 2)  # a2, a3 (copy of a2) and a1: the copy adds no number
    assert [c.path for c in o.source(1).copies] == ["mirror/wire-copy.txt"]
    assert all(s.path != "mirror/wire-copy.txt" for s in o.sources)


def test_headline_counts_and_coverage() -> None:
    o = build_outline(fixture_brief())
    assert o.counts == "5 articles · 5 sources · 1 duplicate merged · 2 undated left out · 3 of other days left out"
    assert o.coverage == ("Articles published 1–3 November 2025, plus 1 undated article. 2 undated articles left out. "
                          "3 articles of other days left out.")
    assert o.title == "Daily brief: Monday 3 November 2025"
    assert o.generated == "Generated 2025-11-03 06:30 UTC."


def test_counts_without_anything_left_out() -> None:
    brief = dataclasses.replace(fixture_brief(), left_out_undated=0, left_out_other_days=0)
    o = build_outline(brief)
    assert "left out" not in o.counts and "left out" not in o.coverage
    for fmt in ("md", "html", "txt"):
        assert "left out" not in render(brief, fmt)


def test_undated_brief() -> None:
    b = fixture_brief()
    undated = tuple(dataclasses.replace(a, published=None) for a in b.articles)
    o = build_outline(dataclasses.replace(b, date=None, articles=undated, left_out_undated=0, left_out_other_days=0))
    assert o.title == "Daily brief (undated)"
    assert o.coverage == "No article carries a date."
    assert o.first is None and o.undated_in == 5


def test_quote_text_drops_the_marks_and_comma_it_was_cut_with() -> None:
    assert quote_text("“We will not move,” ") == "We will not move"
    assert quote_text('"Yes."') == "Yes."
    assert quote_text(",") == ","


def test_safe_url() -> None:
    assert safe_url("https://example.com/a?b=1&c=2") == "https://example.com/a?b=1&c=2"
    assert safe_url(" http://x.org ") == "http://x.org"
    for bad in ("javascript:alert(1)", "https://x.org/\"onmouseover=", "https://a b", "file:///etc/passwd",
                "data:text/html,hi", "https://x.org/<script>", None, ""):
        assert safe_url(bad) is None, bad


def test_dates_read_as_english() -> None:
    assert long_date(dt.date(2025, 11, 3)) == "Monday 3 November 2025"
    assert date_span(dt.date(2025, 11, 1), dt.date(2025, 11, 3)) == "1–3 November 2025"
    assert date_span(dt.date(2025, 10, 30), dt.date(2025, 11, 3)) == "30 October – 3 November 2025"
    assert date_span(dt.date(2024, 12, 30), dt.date(2025, 1, 2)) == "30 December 2024 – 2 January 2025"
    assert date_span(dt.date(2025, 11, 3), dt.date(2025, 11, 3)) == "3 November 2025"
    assert date_span(None, None) == ""


def test_a_citation_of_an_unknown_article_is_dropped_not_a_crash() -> None:
    b = fixture_brief()
    s = b.storylines[0]
    bad = dataclasses.replace(s.summary[0], sources=("nope", "a1"))
    brief = dataclasses.replace(b, storylines=(dataclasses.replace(s, summary=(bad,)),) + b.storylines[1:])
    assert build_outline(brief).sections[0].points[0].cites == (1,)
    for fmt in ("md", "html", "txt", "json"):
        assert render(brief, fmt)


def test_a_timeline_event_cites_every_article_reporting_it() -> None:
    o = build_outline(fixture_brief())
    assert [e.cites for e in o.sections[0].timeline] == [(1,), (1, 2), (1,)]  # a1; a3 and a copy of a2 (1)


def test_a_timeline_date_after_the_briefs_is_marked_upcoming_in_every_human_format() -> None:
    brief = fixture_brief()
    assert [e.upcoming for e in build_outline(brief).sections[0].timeline] == [False, False, True]
    assert "- **21 Nov 2025** *(upcoming)* — Dealings" in render(brief, "md")
    assert "21 Nov 2025 (upcoming): Dealings" in render(brief, "txt")
    assert '</time> <span class="upcoming">(upcoming)</span> — Dealings' in render(brief, "html")
    assert render(brief, "md").count("(upcoming)") == 1


def test_citations_are_listed_in_ascending_order_whatever_order_the_point_gives() -> None:
    b = fixture_brief()
    s = b.storylines[0]
    first = dataclasses.replace(s.summary[0], sources=("a2", "a1"))  # numbers a2 1, a1 2
    second = dataclasses.replace(s.summary[1], sources=("a1", "a2"))
    brief = dataclasses.replace(b, storylines=(dataclasses.replace(s, summary=(first, second) + s.summary[2:]),)
                                + b.storylines[1:])
    assert [p.cites for p in build_outline(brief).sections[0].points[:2]] == [(1, 2), (1, 2)]
    assert "[^2][^1]" not in render(brief, "md") and "[2][1]" not in render(brief, "txt")

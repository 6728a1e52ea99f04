"""Storyline timelines: dated events, resolved dates, no background, one event per fact."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace

from briefing.model import Article, TimelineEvent
from briefing.summaries.timeline import build_timeline
from tests.summary_helpers import storyline_of

Make = Callable[..., Article]
D = dt.date


def timeline(*articles: Article) -> tuple[TimelineEvent, ...]:
    return build_timeline(storyline_of(list(articles)), {a.id: a for a in articles})


def by_date(events: tuple[TimelineEvent, ...]) -> dict[dt.date, list[str]]:
    out: dict[dt.date, list[str]] = {}
    for e in events:
        out.setdefault(e.date, []).append(e.text)
    return out


def test_full_dates_are_taken_as_written(make: Make) -> None:
    a = make("The two leaders met in Anchorage, Alaska, on August 15, 2025, for three hours of talks.", name="a.txt")
    (event,) = timeline(a)
    assert event.date == D(2025, 8, 15)
    assert "Anchorage" in event.text
    assert event.article == a.id and event.paragraph == 0
    assert event.sources == (a.id,)


def test_yearless_and_relative_dates_resolve_against_the_article_date(make: Make) -> None:
    a = make(
        "On October 20, the foreign ministers of Valdoria and Castria spoke by phone for an hour.\n\n"
        "Border guards reported on Friday that three trucks had been turned back at Kessel.\n\n"
        "A drone struck a car park in the early hours of Sunday, killing two people.\n\n"
        "The ministry said yesterday that the crossing would stay closed.",
        name="a.txt",
        date="2025-11-03",  # a Monday
    )
    dates = by_date(timeline(a))
    assert "foreign ministers" in dates[D(2025, 10, 20)][0]
    assert "trucks" in dates[D(2025, 10, 31)][0]
    assert "car park" in dates[D(2025, 11, 2)][0]
    assert "crossing would stay closed" in dates[D(2025, 11, 2)][1]


def test_undated_article_takes_the_storylines_date_for_yearless_dates_only(make: Make) -> None:
    dated = make("Officials closed the Kessel crossing on November 2 after the grain dispute.", name="d.txt", date="2025-11-03")
    undated = make(
        "Speaking at a press conference on October 21, the minister said talks were over.\n\n"
        "On Friday the border police reported long queues at the crossing.",
        name="u.txt",
    )
    dates = by_date(timeline(dated, undated))
    assert "press conference" in dates[D(2025, 10, 21)][0]
    assert all("Friday" not in t for ts in dates.values() for t in ts)  # relative day, undated: left out


def test_an_undatable_event_is_left_out(make: Make) -> None:
    alone = make("On October 21 the minister said talks were over.\n\nOn Friday the police reported queues.", name="u.txt")
    assert timeline(alone) == ()
    # the article's own full dates contradict the storyline's date: no guessing the year
    dated = make("Officials closed the Kessel crossing on November 2 after the dispute.", name="d.txt", date="2025-11-03")
    old = make(
        "The treaty was signed on March 3, 2019 in Lisk by both ministers.\n\nOn October 21 the minister said talks were over.",
        name="o.txt",
    )
    assert all(e.article != old.id for e in timeline(dated, old))


def test_history_and_publication_stamps_are_not_events(make: Make) -> None:
    a = make(
        "Updated: November 3, 2025 at 10:00, with new figures on the talks in Lisk.\n\n"
        "Anchorage is the largest city in Alaska, founded in 1914 as a port for the railway.\n\n"
        "The alliance was created on April 4, 1949 by twelve countries in Washington.\n\n"
        "The summit was called off on October 22, 2025 after the phone call between the ministers.",
        name="a.txt",
        date="2025-11-03",
    )
    events = timeline(a)
    assert [e.date for e in events] == [D(2025, 10, 22)]


def test_questions_and_filler_are_not_events(make: Make) -> None:
    a = make(
        "Will the talks resume on November 10?\n\n"
        "As the situation evolves on October 30, the world watches closely.\n\n"
        "Officials met in Lisk on October 29 to discuss the border.",
        name="a.txt",
        date="2025-11-03",
    )
    assert [e.date for e in timeline(a)] == [D(2025, 10, 29)]


def test_one_event_per_date_and_fact_keeping_every_source(make: Make) -> None:
    a = make("On October 20, the foreign ministers of Valdoria and Castria spoke by phone for an hour.", name="a.txt", date="2025-11-03")
    b = make("The foreign ministers of Valdoria and Castria spoke by phone for an hour on October 20.", name="b.txt", date="2025-11-02")
    c = make("On October 20, farmers blocked the motorway to Lisk with 300 tractors.", name="c.txt", date="2025-11-02")
    copy = make("On October 20, farmers blocked the motorway to Lisk with 300 tractors.", name="c2.txt", date="2025-11-02")
    c = replace(c, copies=(copy.id,))
    copy = replace(copy, duplicate_of=c.id)
    events = build_timeline(storyline_of([a, b, c, copy]), {x.id: x for x in (a, b, c, copy)})
    assert len(events) == 2
    calls = next(e for e in events if "ministers" in e.text)
    assert set(calls.sources) == {a.id, b.id}
    assert calls.sources[0] == calls.article
    farmers = next(e for e in events if "farmers" in e.text)
    assert farmers.sources == (c.id, copy.id)


def test_events_are_sorted_by_date(make: Make) -> None:
    a = make(
        "The ministers met again on October 28 in Lisk to sign the deal.\n\n"
        "Talks first began on October 2 in Kessel between the two ministers.\n\n"
        "A deadline for the grain deal was set for November 21 by the commission.",
        name="a.txt",
        date="2025-11-03",
    )
    assert [e.date for e in timeline(a)] == [D(2025, 10, 2), D(2025, 10, 28), D(2025, 11, 21)]


def test_many_articles_stay_fast(make: Make) -> None:
    arts = [
        make(
            "\n\n".join(f"Officials in district {i} met on October {1 + (i + k) % 28} to discuss item {k}." for k in range(5)),
            name=f"{i}.txt",
            date="2025-11-03",
        )
        for i in range(300)
    ]
    start = time.perf_counter()
    events = timeline(*arts)
    assert time.perf_counter() - start < 5.0
    assert events == tuple(sorted(events, key=lambda e: e.date))


def test_an_undated_storyline_borrows_the_briefs_date(make: Make) -> None:
    undated = make("The commission set a November 21 deadline for winding down the grain deals.", name="u.txt")
    elsewhere = make("Unrelated news from Lisk about the weather and the harvest.", name="e.txt", date="2025-11-03")
    events = build_timeline(storyline_of([undated]), {a.id: a for a in (undated, elsewhere)})
    assert [e.date for e in events] == [D(2025, 11, 21)]
    assert build_timeline(storyline_of([undated]), {undated.id: undated}) == ()


def test_only_sentences_that_may_hold_a_date_are_read() -> None:
    """Sentences with no digit and no word ending in "day" or "night" are passed over
    before the filler checks: nothing in them could be resolved to a date."""
    import re

    from briefing.text.dates import _RELATIVE_RE, may_name_a_day, resolve_relative

    words = re.search(r"\(\?P<word>([^)]*)\)", _RELATIVE_RE.pattern)
    assert words and all("day" in w or "night" in w for w in words.group(1).split("|"))
    for s in ("On MONDAY the talks ended.", "Yesterday the envoy left.", "LAST NIGHT drones hit the port."):
        assert may_name_a_day(s) and resolve_relative(s, D(2025, 10, 24))
    assert not may_name_a_day("The envoy left for talks in the capital.")


def test_relative_days_without_digits_still_make_events(make: Make) -> None:
    a = make("On Friday the envoys met in the capital for six hours.\n\nYESTERDAY the ministry said talks would go on.\n\n"
             "Last night drones struck a depot near the border.", date="2025-10-24")  # a Friday
    assert by_date(timeline(a)) == {
        D(2025, 10, 23): ["YESTERDAY the ministry said talks would go on.", "Last night drones struck a depot near the border."],
        D(2025, 10, 24): ["On Friday the envoys met in the capital for six hours."],
    }


def test_the_first_repeat_is_the_one_a_scan_in_order_finds() -> None:
    """The timeline's twin search runs the fuzzy half in rapidfuzz's C loop: it must pick the
    same event as trying each in turn with :func:`mmr.repeats`."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from briefing.summaries import mmr

    words = st.frozensets(st.sampled_from(["talk", "talks", "summit", "putin", "trump", "budapest", "cancel",
                                           "cancell", "meet", "meeting", "rubio", "lavrov", "call", "2025"]), max_size=6)

    @settings(max_examples=300, deadline=None)
    @given(new=words, others=st.lists(words, max_size=12))
    def check(new: frozenset[str], others: list[frozenset[str]]) -> None:
        expected = next((k for k, o in enumerate(others) if mmr.repeats(o, new)), None)
        assert mmr.first_repeat(new, others, [mmr.joined(o) for o in others]) == expected

    check()

"""Dates: full, yearless and relative dates, resolved against an article's date."""

from __future__ import annotations

import datetime as dt
import time

from briefing.text.dates import (
    find_dates,
    is_date_line,
    parse_date,
    resolve_partial,
    resolve_relative,
    resolve_yearless,
)

MONDAY = dt.date(2025, 11, 3)
D = dt.date


def dates(hits: list[tuple[int, int, dt.date]]) -> list[dt.date]:
    return [d for _, _, d in hits]


def test_full_dates_keep_working_for_the_loader() -> None:
    assert dates(find_dates("on August 15, 2025, in Anchorage")) == [D(2025, 8, 15)]
    assert dates(find_dates("3 November, 2025")) == [D(2025, 11, 3)]
    assert parse_date("2025-11-01T10:00Z") == D(2025, 11, 1)
    assert is_date_line("Published: Nov 3, 2025 10:00 GMT") == D(2025, 11, 3)
    assert is_date_line("The talks began on Nov 3, 2025 in Geneva") is None


def test_yearless_dates_take_the_year_of_the_anchor() -> None:
    assert dates(resolve_yearless("On October 20 Rubio and Lavrov spoke.", MONDAY)) == [D(2025, 10, 20)]
    assert dates(resolve_yearless("Speaking on 21 October, he said", MONDAY)) == [D(2025, 10, 21)]


def test_yearless_dates_cross_the_new_year() -> None:
    jan = D(2026, 1, 5)
    assert dates(resolve_yearless("the December 28 strike", jan)) == [D(2025, 12, 28)]
    # a date a few weeks ahead is a coming event, not last year's
    assert dates(resolve_yearless("setting a November 21 deadline", MONDAY)) == [D(2025, 11, 21)]


def test_yearless_dates_ignore_full_dates_and_lower_case_months() -> None:
    assert resolve_yearless("on August 15, 2025, they met", MONDAY) == []
    assert resolve_yearless("they may 10 times refuse", MONDAY) == []
    assert resolve_yearless("in October 2025", MONDAY) == []


def test_weekdays_are_the_last_such_day() -> None:
    assert dates(resolve_relative("in the early hours of Sunday", MONDAY)) == [D(2025, 11, 2)]
    assert dates(resolve_relative("reported on Friday that", MONDAY)) == [D(2025, 10, 31)]
    assert dates(resolve_relative("said on Monday", MONDAY)) == [MONDAY]
    assert dates(resolve_relative("last Monday", MONDAY)) == [D(2025, 10, 27)]
    assert dates(resolve_relative("Friday's meeting was tense", MONDAY)) == [D(2025, 10, 31)]


def test_coming_weekdays_and_yesterday() -> None:
    assert dates(resolve_relative("next Monday", MONDAY)) == [D(2025, 11, 10)]
    assert dates(resolve_relative("talks will be held on Friday", MONDAY)) == [D(2025, 11, 7)]
    assert dates(resolve_relative("said yesterday", MONDAY)) == [D(2025, 11, 2)]


def test_named_days_are_not_weekdays() -> None:
    assert resolve_relative("sales on Black Friday", MONDAY) == []
    assert resolve_relative("Good Friday services", MONDAY) == []


def test_resolve_partial_combines_both() -> None:
    hits = resolve_partial("On October 20 they spoke, and on Friday they met.", MONDAY)
    assert dates(hits) == [D(2025, 10, 20), D(2025, 10, 31)]


def test_date_patterns_are_linear_on_hostile_text() -> None:
    text = "October " * 20_000 + "Friday " * 20_000 + "1 " * 50_000 + "x" * 500_000
    start = time.perf_counter()
    resolve_partial(text, MONDAY)
    find_dates(text)
    assert time.perf_counter() - start < 3.0


def test_what_had_been_expected_for_a_weekday_is_past() -> None:
    """A review found "traders had originally expected the market to level out on Monday" (a story
    of a Tuesday) dated the Monday after, and marked upcoming."""
    tuesday = D(1987, 10, 20)
    assert dates(resolve_relative("Traders had originally expected the market to level out on Monday.", tuesday)) == [
        D(1987, 10, 19)]
    assert dates(resolve_relative("The market is expected to level out on Monday.", tuesday)) == [D(1987, 10, 26)]

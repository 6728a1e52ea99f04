"""What is new since the brief was last opened, and since the day's first opening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from briefing.model import Article, Brief
from briefing.pipeline.seen import SeenLog, marked

Make = Callable[..., Article]
T0 = dt.datetime(2025, 11, 3, 8, 10, tzinfo=dt.timezone.utc)


def brief_of(*articles: Article) -> Brief:
    return Brief(date=None, generated_at=T0, articles=tuple(articles), storylines=())


def open_at(path: Path, brief: Brief, now: dt.datetime) -> tuple[str, ...]:
    log = SeenLog(path)
    last, morning = log.opened(now)
    fresh = log.note(brief, now, last, morning)
    log.save()
    return marked(brief, fresh).new


def test_articles_first_seen_after_the_last_opening_are_new(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    a = make("Dock workers in Lisk voted on Tuesday to end the strike.", name="a.txt")
    b = make("Forty grain ships waited off Lisk as the port reopened.", name="b.txt")
    assert open_at(path, brief_of(a), T0) == ()  # the first opening: nothing to compare with
    assert open_at(path, brief_of(a, b), T0 + dt.timedelta(hours=1)) == (b.id,)
    assert open_at(path, brief_of(a, b), T0 + dt.timedelta(hours=2)) == ()  # seen at the last opening


def test_since_this_morning_keeps_what_the_days_later_openings_brought(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    a = make("Dock workers in Lisk voted on Tuesday to end the strike.", name="a.txt")
    b = make("Forty grain ships waited off Lisk as the port reopened.", name="b.txt")
    c = make("The labour ministry said the pay deal would cost 40 million.", name="c.txt")
    open_at(path, brief_of(a), T0)
    open_at(path, brief_of(a, b), T0 + dt.timedelta(hours=2))
    log = SeenLog(path)
    now = T0 + dt.timedelta(hours=4)
    last, morning = log.opened(now)
    fresh = log.note(brief_of(a, b, c), now, last, morning)
    assert (last, morning) == (T0 + dt.timedelta(hours=2), T0)
    assert fresh.new_since_last == (c.id,) and fresh.new_since_morning == (b.id, c.id)
    shown = marked(brief_of(a, b, c), fresh, morning=True)
    assert shown.is_new(b.id) and shown.new_since == T0 and not shown.is_new(a.id)


def test_a_renamed_file_with_the_same_text_is_not_new(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    text = "Dock workers in Lisk voted on Tuesday to end the strike."
    open_at(path, brief_of(make(text, name="a.txt")), T0)
    assert open_at(path, brief_of(make(text, name="renamed.txt")), T0 + dt.timedelta(hours=1)) == ()


def test_a_damaged_log_is_started_afresh(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    path.write_text("{not json")
    a = make("Dock workers in Lisk voted on Tuesday to end the strike.", name="a.txt")
    assert open_at(path, brief_of(a), T0) == ()
    assert "articles" in path.read_text()


def test_a_log_with_times_with_and_without_a_zone_still_reads(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    path.write_text('{"articles": {}, "openings": ["2025-11-03T07:00:00", "2025-11-03T08:00:00+00:00"]}')
    a = make("Dock workers in Lisk voted on Tuesday to end the strike.", name="a.txt")
    log = SeenLog(path)
    assert len(log.openings) == 2 and all(t.tzinfo is not None for t in log.openings)
    open_at(path, brief_of(a), T0 + dt.timedelta(days=1))


def test_two_dashboards_saving_keep_each_others_sightings(make: Make, tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    a = make("Dock workers in Lisk voted on Tuesday to end the strike.", name="a.txt")
    b = make("Forty grain ships waited off Lisk as the port reopened.", name="b.txt")
    one, two = SeenLog(path), SeenLog(path)
    one.note(brief_of(a), T0, None, None)
    one.save()
    two.note(brief_of(b), T0 + dt.timedelta(minutes=5), None, None)
    two.save()
    merged = SeenLog(path)
    assert merged.first_seen == {a.content_hash: T0, b.content_hash: T0 + dt.timedelta(minutes=5)}

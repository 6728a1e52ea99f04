"""An undated article whose own dates place it well before the rest is stale: listed, flagged,
and kept out of the day's points."""

from __future__ import annotations

from collections.abc import Callable

from briefing.config.schema import Config
from briefing.model import Article
from briefing.summaries.freshness import stale_articles
from briefing.summaries.points import summarize_storyline
from tests.summary_helpers import HandClaims, storyline_of

Make = Callable[..., Article]

TODAY = "The foreign ministers of Valdoria and Castria met in Lisk on Monday to discuss the border."
OLD = ("Valdoria's president offered on January 14, 2025 to meet his Castrian counterpart to end the "
       "dispute over the border.")


def test_an_undated_article_dated_by_its_own_text_to_months_ago_is_stale(make: Make) -> None:
    today = make(TODAY, name="today.txt", date="2025-11-03")
    old = make(f"{OLD}\n\nTalks were expected to start in February.", name="old.txt")
    recent = make("The talks of October 28 ended without a deal, officials said on October 30.", name="recent.txt")
    vague = make("The two presidents have not met since the border was closed.", name="vague.txt")
    assert stale_articles([today, old, recent, vague]) == {old.id}


def test_nothing_is_stale_without_a_dated_article(make: Make) -> None:
    assert stale_articles([make(OLD, name="old.txt"), make(TODAY, name="t.txt")]) == frozenset()


def test_a_dated_article_is_as_fresh_as_its_date(make: Make) -> None:
    today = make(TODAY, name="today.txt", date="2025-11-03")
    dated_old = make(OLD, name="dated.txt", date="2025-01-15")
    assert stale_articles([today, dated_old]) == frozenset()


def test_a_stale_article_makes_no_point(make: Make, repo_config: Config) -> None:
    today = make(f"{TODAY}\n\nRail freight to Kessel was suspended until the crossing reopens.", name="t.txt",
                 date="2025-11-03")
    old = make(f"{OLD}\n\nFarmers blocked the motorway with more than 300 tractors.", name="old.txt")
    articles = {a.id: a for a in (today, old)}
    made = summarize_storyline(storyline_of([today, old]), articles, HandClaims(), repo_config,
                               stale=stale_articles([today, old]))
    assert made.points and all(p.article == today.id for p in made.points)


def test_background_dates_in_a_lead_told_by_the_day_do_not_make_it_stale(make: Make) -> None:
    today = make(TODAY, name="today.txt", date="2025-11-03")
    fresh = make("Drones struck Lisk overnight on Tuesday, the heaviest attack since the war began on "
                 "February 24, 2022.", name="fresh.txt")
    assert stale_articles([today, fresh]) == frozenset()


def test_a_lead_told_by_the_day_is_still_judged_by_its_own_dates(make: Make) -> None:
    today = make(TODAY, name="today.txt", date="2025-11-03")
    old = make("Officials said on Tuesday that the January 14, 2025 border clash left two guards injured.",
               name="old.txt")
    assert stale_articles([today, old]) == {old.id}

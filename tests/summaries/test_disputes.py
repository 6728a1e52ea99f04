"""Conflicting accounts of one event become one disputed point with each side and its
sources; two events of one kind, or two companies' figures, never do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.config.schema import Config
from briefing.model import Article
from briefing.summaries.disputes import speaker_of
from briefing.summaries.points import summarize_storyline
from briefing.text.concepts import concept_words
from briefing.text.words import words
from tests.summary_helpers import HandClaims, storyline_of

Make = Callable[..., Article]

CANCELLED = [
    "The planned summit between President Ilse Marek and President Tomas Brann in Lisk has been cancelled.",
    "Valdoria called off the Lisk summit between President Ilse Marek and President Tomas Brann, officials said.",
]
POSTPONED = "President Brann has meanwhile insisted that the planned summit in Lisk was postponed and not cancelled."
FILL = [
    "Rail operator VDR suspended freight trains to Kessel until the crossing reopens on Monday.",
    "Farmers from the Orlen region blocked the motorway with more than 300 tractors overnight.",
    "The European Commission opened an inquiry into the Valdorian grain tariffs on Tuesday.",
]


def disputes(make: Make, config: Config, *texts: str) -> tuple[tuple[tuple[str, str | None, frozenset[str]], ...], ...]:
    arts = [make(t, name=f"{i}.txt") for i, t in enumerate(texts)]
    made = summarize_storyline(storyline_of(arts), {a.id: a for a in arts}, HandClaims(), config)
    names = {a.id: a.path.rsplit("/", 1)[-1] for a in arts}
    return tuple(tuple((s.label, s.speaker, frozenset(names[x] for x in s.sources)) for s in d.sides)
                 for d in made.disputes)


def test_cancelled_against_postponed_is_one_dispute_with_every_source(make: Make, repo_config: Config) -> None:
    found = disputes(make, repo_config, f"{CANCELLED[0]}\n\n{FILL[0]}", f"{CANCELLED[1]}\n\n{FILL[1]}",
                     f"{POSTPONED}\n\n{FILL[2]}")
    assert found == ((("cancelled", None, frozenset({"0.txt", "1.txt"})),
                      ("postponed, not cancelled", "Brann", frozenset({"2.txt"}))),)


def test_a_dispute_says_what_it_is_about(make: Make, repo_config: Config) -> None:
    arts = [make(t, name=f"{i}.txt") for i, t in enumerate(
        (f"{CANCELLED[0]}\n\n{FILL[0]}", f"{CANCELLED[1]}\n\n{FILL[1]}", f"{POSTPONED}\n\n{FILL[2]}"))]
    made = summarize_storyline(storyline_of(arts), {a.id: a for a in arts}, HandClaims(), repo_config)
    assert [d.about for d in made.disputes] == ["summit"]  # the event both name, not "planned"


@pytest.mark.parametrize("first, second, about", [
    ("The football match between Lisk United and Orlen City was cancelled after fans clashed outside the stadium, "
     "the league reported.",
     "Sunday's match between Lisk United and Orlen City was postponed, not cancelled, after rival fans clashed "
     "outside the ground, chairman Olaf Kren said.", "match"),  # not "clashed", a verb after the dispute
    ("The highly anticipated summit between President Ilse Marek and President Tomas Brann in Lisk was cancelled, "
     "officials confirmed on Monday.",
     "The highly anticipated summit between President Ilse Marek and President Tomas Brann in Lisk was postponed, "
     "not cancelled, officials said on Monday.", "summit"),  # not "anticipated" nor "confirmed"
    ("Police in Lisk arrested the opposition leader Piotr Halas on Monday, his lawyer said.",
     "The interior ministry denied that police had arrested Piotr Halas on Monday.", ""),  # not "police"
])
def test_what_a_dispute_is_about_is_its_subject(make: Make, repo_config: Config, first: str, second: str,
                                                about: str) -> None:
    arts = [make(f"{t}\n\n{FILL[k]}", name=f"{k}.txt") for k, t in enumerate((first, second))]
    made = summarize_storyline(storyline_of(arts), {a.id: a for a in arts}, HandClaims(), repo_config)
    assert [d.about for d in made.disputes] == [about]


def test_a_denial_is_a_side(make: Make, repo_config: Config) -> None:
    arrested = "Police in Lisk arrested the opposition leader Piotr Halas on Monday, his lawyer said."
    denied = "The interior ministry denied that police had arrested Piotr Halas on Monday."
    found = disputes(make, repo_config, f"{arrested}\n\n{FILL[0]}", f"{denied}\n\n{FILL[1]}")
    assert sorted(side[0] for side in found[0]) == ["arrested", "not arrested"]


def test_two_companies_or_two_weeks_are_no_dispute(make: Make, repo_config: Config) -> None:
    usx = "NEW YORK, March 11 - USX Corp said proved reserves of oil fell 28 pct at the end of 1986."
    amoco = "CHICAGO, March 19 - Amoco Corp said its natural gas reserves increased at the end of 1986."
    assert disputes(make, repo_config, f"{usx}\n\n{FILL[0]}", f"{amoco}\n\n{FILL[1]}") == ()
    rose = "U.S. M-1 money supply rose 1.9 billion dlrs in the February 23 week, the Federal Reserve said."
    fell = "U.S. M-1 money supply fell 600 mln dlrs in the March 2 week, the Federal Reserve said."
    assert disputes(make, repo_config, f"{rose}\n\n{FILL[0]}", f"{fell}\n\n{FILL[1]}") == ()


def test_one_story_giving_both_accounts_is_not_a_dispute_between_outlets(make: Make, repo_config: Config) -> None:
    assert disputes(make, repo_config, f"{CANCELLED[0]}\n\n{POSTPONED}\n\n{FILL[0]}") == ()


def test_negation_covers_what_follows_not_the_negating_word() -> None:
    assert "not-reject" not in concept_words(words("Russia's firm stance, refusing to make concessions"))
    assert "not-release" in concept_words(words("The sheriff declined to release the names"))
    assert not any(c.startswith("not-") for c in concept_words(words("militants fired more than 300 rockets")))


def test_who_gives_an_account() -> None:
    assert speaker_of(POSTPONED) == "Brann"
    assert speaker_of("Kremlin spokesman Dmitry Peskov said the talks were postponed.") == "Dmitry Peskov"
    assert speaker_of("The talks were postponed, according to the Foreign Ministry.") == "Foreign Ministry"
    assert speaker_of("Key reason is Russia's refusal to compromise on Ukraine demands.") is None


def test_other_people_or_other_days_are_no_dispute(make: Make, repo_config: Config) -> None:
    won = "Senator Dana Kessler won the Orlen primary by a wide margin, the election board said."
    lost = "Governor Mark Ruben lost the Orlen primary by a wide margin, the election board said."
    assert disputes(make, repo_config, f"{won}\n\n{FILL[0]}", f"{lost}\n\n{FILL[1]}") == ()
    rose = "Brent crude prices rose sharply on Monday after the Orlen refinery fire."
    fell = "Brent crude prices fell sharply on Tuesday after the Orlen refinery fire."
    assert disputes(make, repo_config, f"{rose}\n\n{FILL[0]}", f"{fell}\n\n{FILL[1]}") == ()


def test_not_only_is_no_denial(make: Make, repo_config: Config) -> None:
    also = "President Ilse Marek not only cancelled the Lisk summit but recalled her envoy."
    assert disputes(make, repo_config, f"{CANCELLED[0]}\n\n{FILL[0]}", f"{also}\n\n{FILL[1]}") == ()
    assert "not-cancel" not in concept_words(words("whether or not the summit is cancelled"))


def test_a_dispute_is_shown_once(make: Make, repo_config: Config) -> None:
    scrapped = "Plans for the Lisk summit between President Ilse Marek and President Tomas Brann were scrapped."
    again = "President Tomas Brann insisted the Lisk summit with President Ilse Marek was postponed, not cancelled."
    found = disputes(make, repo_config, f"{CANCELLED[0]}\n\n{FILL[0]}", f"{POSTPONED}\n\n{FILL[1]}",
                     f"{scrapped}\n\n{FILL[2]}", f"{again}\n\n{FILL[0]}")
    pairs = [frozenset(side[2] for side in d) for d in found]  # each side by its sources
    assert len(pairs) == len(set(pairs)) == 1  # the cancelled and the postponed reports, once


def test_two_figures_of_one_year_are_no_dispute(make: Make, repo_config: Config) -> None:
    fell = ("Foreign makers' share of the Valdorian car market fell to 30.8 pct in the first quarter of 1986, "
            "the Federal Motor Office said.")
    rose = ("Valdorian new car registrations increased by 31 pct in the first quarter of 1986, the Federal "
            "Motor Office said.")
    assert disputes(make, repo_config, f"{fell}\n\n{FILL[0]}", f"{rose}\n\n{FILL[1]}") == ()


# different figures for one count


def test_two_death_tolls_for_one_quake_are_a_dispute(make: Make, repo_config: Config) -> None:
    three = "The governor of Qalin island told reporters four villages had been destroyed and three people killed."
    ten = "Qalin island governor Mirek Dovan told reporters that a total of 10 people had been killed on the island."
    found = disputes(make, repo_config, f"{three}\n\n{FILL[0]}", f"{ten}\n\n{FILL[1]}")
    assert [frozenset(d) for d in found] == [frozenset({("three people killed", None, frozenset({"0.txt"})),
                                                        ("10 people killed", "Mirek Dovan", frozenset({"1.txt"}))})]


def test_a_plea_is_no_account_against_a_conviction(make: Make, repo_config: Config) -> None:
    plea = "Garin Holm, 35, of New Lisk pleaded not guilty to two counts of murder and one count of kidnapping."
    record = "The suspect, Garin Holm, 35, of New Lisk, has a long record, including convictions for kidnapping."
    assert disputes(make, repo_config, f"{plea}\n\n{FILL[0]}", f"{record}\n\n{FILL[1]}") == ()
    assert "plead-not-guilty" in concept_words(words(plea)) and "not-convict" not in concept_words(words(plea))


def test_a_story_on_both_sides_with_no_one_disputing_is_a_change_not_a_dispute(make: Make, repo_config: Config) -> None:
    rose = "The Kessel central bank added liquidity as call money rates rose above 4.0 pct."
    fell = "The call money declines at the Kessel central bank surprised some dealers."
    # one story gives both and a second only the fall: the fall's report cites the first story too
    assert disputes(make, repo_config, f"{rose}\n\n{fell}\n\n{FILL[0]}", f"{fell}\n\n{FILL[1]}") == ()


def test_march_written_as_a_month_is_a_time_not_a_protest() -> None:
    from briefing.summaries.paraphrase import gist

    text = "Lisk Motors said car sales in the early March period declined 8.2 pct."
    g = gist(text, words(text))
    assert "march" in g.times and "protest" not in g.events
    assert "protest" in gist("Thousands march on the capital.", words("Thousands march on the capital.")).events
    opening = "In March, the company cut 500 jobs at the plant."
    assert "march" in gist(opening, words(opening)).times and "protest" not in gist(opening, words(opening)).events
    for month in ("The summit on 7 May was cancelled.", "It was planned for the end of May.", "It runs from May to July."):
        assert "may" in gist(month, words(month)).times
    for not_month in ("The deal agreed by May was voted down.", "The summit may be postponed again."):
        assert "may" not in gist(not_month, words(not_month)).times
    named = "Thousands joined the Women's March in the capital."
    assert "protest" in gist(named, words(named)).events and not gist(named, words(named)).times
    dated = "The vote on March 3 was cancelled."
    assert "march" in gist(dated, words(dated)).times


def test_a_condition_in_the_sentence_is_no_account_but_a_possibility_is(make: Make, repo_config: Config) -> None:
    maybe = POSTPONED.removesuffix(".") + " and might be held in May."
    found = disputes(make, repo_config, f"{CANCELLED[0]}\n\n{FILL[0]}", f"{CANCELLED[1]}\n\n{FILL[1]}",
                     f"{maybe}\n\n{FILL[2]}")
    assert len(found) == 1


@pytest.mark.parametrize("opening", ["A total of 12 people were killed", "In total, 12 people were killed"])
def test_a_total_that_is_the_count_itself_still_disputes(opening: str, make: Make, repo_config: Config) -> None:
    twelve = f"{opening} in the Qalin market bombing, governor Mirek Dovan said."
    ten = "Ten people were killed in the Qalin market bombing, governor Mirek Dovan said."
    found = disputes(make, repo_config, f"{twelve}\n\n{FILL[0]}", f"{ten}\n\n{FILL[1]}")
    assert sorted(side[0] for d in found for side in d) == ["12 people killed", "Ten people killed"]


# pairs of sentences from two stories that are no dispute, each a kind the rules refuse
NO_DISPUTE = [
    pytest.param("Sheriff Anna Roth declined to release the names of the victims on Sunday.",
                 "Sheriff Anna Roth wouldn't release any details about the victims on Sunday.",
                 id="accounts_that_agree_are_no_dispute"),
    pytest.param("The quake on Qalin island killed 10 people, the governor Mirek Dovan said.",
                 "Governor Mirek Dovan said 10 people had been killed by the quake on Qalin island.",
                 id="the_same_count_in_other_words_is_no_dispute"),
    pytest.param("Valdorian oil exports held at 2.33 million barrels per day in October, Mirek Dovan said.",
                 "Valdorian oil exports held at 2.4 million barrels per day in October, Mirek Dovan said.",
                 id="amounts_and_rates_are_never_a_count_dispute"),
    pytest.param("During the raid, commandos confiscated 12 magazines and six AK-47 rifles from the boat.",
                 "In the raid, commandos confiscated 31 magazines and 14 AK-47 rifles from the boat.",
                 id="only_a_model_in_common_is_no_dispute"),
    pytest.param("Vexa has not revealed an official release date or pricing for the Corra 8900 phone.",
                 "Vexa has not released a launch date or pricing for the Corra 8900 phone.",
                 id="two_sentences_saying_what_did_not_happen_are_no_dispute"),
    pytest.param("Mirek Dovan said 97 rockets fired from Gaza hit Valdoria overnight.",
                 "Mirek Dovan said Valdoria had been the target of more than 750 rockets fired from Gaza this year.",
                 id="a_tally_over_a_period_is_no_count_of_one_event"),
    pytest.param("Valdorian officials have said that if the Commission has to buy the sugar, it will resell it at once.",
                 "The Commission signalled that it would sell the Valdorian sugar back onto the market by tender.",
                 id="what_would_happen_if_is_no_account"),
    pytest.param("Vexair also agreed that it would not interfere with the merger between Corrair and Lisk Aviation.",
                 "Corrair rejected the offer yesterday, calling it an attempt to interfere with its merger with Lisk Aviation.",
                 id="two_parties_doing_two_acts_are_no_dispute"),
    pytest.param("On Monday, three people were killed in the Qalin quake, governor Mirek Dovan said.",
                 "On Tuesday, 10 people were killed in the Qalin quake, governor Mirek Dovan said.",
                 id="two_days_counts_are_no_dispute"),
    pytest.param("Mirek Dovan said three people were killed when a bus left the mountain road near Qalin at night.",
                 "Mirek Dovan said 10 people were killed when the roof of the Qalin textile factory gave way.",
                 id="counts_in_accounts_of_other_things_are_no_dispute"),
    pytest.param("Three people were killed in the bombing in Qalin, governor Mirek Dovan said.",
                 "Ten people were wounded in the bombing in Qalin, governor Mirek Dovan said.",
                 id="three_killed_and_ten_wounded_are_no_dispute"),
    pytest.param("More than 1,200 Marek emails were deemed classified by the Valdorian department.",
                 "The newest release of the Valdorian department holds 64 Marek emails deemed classified, bringing the total to 1,750.",
                 id="a_batch_and_a_running_total_are_no_dispute"),
    pytest.param("Four soldiers shot 12 protesters in the Qalin square, governor Mirek Dovan said.",
                 "Protesters shot two soldiers in the Qalin square, governor Mirek Dovan said.",
                 id="a_count_and_its_doers_are_no_dispute"),
]


@pytest.mark.parametrize(("a", "b"), NO_DISPUTE)
def test_no_dispute(a: str, b: str, make: Make, repo_config: Config) -> None:
    assert disputes(make, repo_config, f"{a}\n\n{FILL[0]}", f"{b}\n\n{FILL[1]}") == ()

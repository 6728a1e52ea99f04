"""What outlets report in different words becomes one point cited to all of them; different
events of one kind, contradicting accounts and different figures never merge."""

from __future__ import annotations

from collections.abc import Callable

from briefing.config.schema import Config
from briefing.model import Article
from briefing.summaries.paraphrase import SAME_REPORT, Rarity, gist, group_reports, similarity
from briefing.summaries.points import summarize
from briefing.text.concepts import concept_words
from briefing.text.words import words
from tests.summary_helpers import HandClaims, storyline_of

Make = Callable[..., Article]

# one event, three outlets, three wordings (the kinds of leads wire and web outlets write)
CALLED_OFF = [
    "The planned summit between the Valdorian President Ilse Marek and the Castrian President Tomas Brann "
    "in Lisk has been cancelled after talks on a border truce broke down.",
    "Valdoria called off the meeting between President Ilse Marek and President Tomas Brann in Lisk, "
    "officials said on Friday.",
    "Plans for a Lisk summit of Presidents Marek and Brann have been scrapped, the Castrian government said.",
]
# stories that fill each outlet's article, none of them the other's
OTHER = [
    "Rail operator VDR suspended freight trains to Kessel until the crossing reopens on Monday.",
    "Grain prices on the Orlen exchange rose to a record 310 euros a tonne in early trading.",
    "Farmers from the Orlen region blocked the motorway with more than 300 tractors overnight.",
    "The European Commission opened an inquiry into the Valdorian grain tariffs on Tuesday.",
    "Neighbouring Ostmark recalled its ambassador in protest at the closure of its consulate.",
    "Truck drivers waited up to four days at the Kessel crossing, the border police said.",
]


def sim(a: str, b: str, *context: str) -> float:
    gists = [gist(s, words(s)) for s in (a, b, *context, *OTHER)]
    return similarity(gists[0], gists[1], Rarity(gists))


def test_synonyms_of_an_event_meet() -> None:
    called_off = set(concept_words(words("Washington called off the meeting with the Kremlin")))
    scrapped = set(concept_words(words("The US scrapped plans for the summit with Russia")))
    assert {"cancel", "meet", "us", "russia"} <= called_off & scrapped


def test_how_a_report_is_told_is_not_what_happened() -> None:
    """"stated", "noted", "reportedly", "clearly" say how an outlet tells it, as "said" does:
    no concept, so they neither keep two reports apart nor bring two together."""
    told = "Foreign Minister Anton Vell stated that he clearly confirmed to Ilse Marek in a phone call that the demands stand."
    plain = "Foreign Minister Anton Vell confirmed to Ilse Marek in a phone call that the demands stand."
    reported = "Ilse Marek reportedly noted the demands after a phone call with Foreign Minister Anton Vell."
    g_told, g_plain = gist(told, words(told)), gist(plain, words(plain))
    assert g_told.events == g_plain.events
    assert not {"stated", "clearly", "reportedly", "noted"} & gist(reported, words(reported)).events
    assert sim(told, reported) == sim(plain, reported)
    # "added" is what happened in "employers added 150,000 jobs": two outlets' jobs reports still meet
    assert sim("U.S. employers added 150,000 jobs in October, the Labor Department said.",
               "The economy added 150,000 jobs last month as hiring slowed.") >= SAME_REPORT


def test_an_aside_about_a_thing_is_not_what_happened() -> None:
    """", which was considered another chance for peace," describes the summit; what the
    sentence reports is that it was cancelled, as the other outlets say."""
    aside = "The second summit in Lisk, which was considered another opportunity for peace in the region, has been canceled."
    g = gist(aside, words(aside))
    assert {"cancel", "meet"} <= g.events and not {"considered", "opportunity", "peace"} & g.events
    assert sim(CALLED_OFF[0], aside, *CALLED_OFF) >= SAME_REPORT
    # an aside at the end of the sentence, and one about a person: its deeds are no event of the sentence
    call = "Marek confirmed the call, which lasted an hour."
    assert "lasted" not in gist(call, words(call)).events
    said = "Ilse Marek, who toured the region on Friday, said she would meet Brann in May."
    assert "toured" not in gist(said, words(said)).events
    # a restrictive clause (no comma) is part of what happened
    restrictive = "The leader who cancelled the summit resigned."
    assert "cancel" in gist(restrictive, words(restrictive)).events
    # what another account could contradict stays an event, so the dispute shows
    cancelled = "Marek announced a second summit with Brann in Lisk, which has since been cancelled, officials said."
    postponed = "Marek had unveiled plans for another meeting with Brann in Lisk, which the government said was postponed."
    assert sim(cancelled, postponed) == 0.0
    # an aside never runs past its sentence's end; a main clause that says nothing happened keeps the aside's
    # event; ", which is why ..." is no aside but the news
    assert sim("Police named the man as Jon Vell, 41, who is homeless. He will be charged with unlawful entry.",
               "Vell will be charged with unlawful entry, a spokesman said.") >= SAME_REPORT
    assert sim("The plane, which crashed on Monday near Lisk, was carrying 150 passengers.",
               "A plane crashed near Lisk on Monday, officials said.") >= SAME_REPORT
    assert sim("Marek fell ill, which is why the summit was cancelled.",
               "The summit in Lisk was cancelled, officials said.") >= SAME_REPORT


def test_what_differs_in_substance_stays_apart() -> None:
    assert "cancel" not in concept_words(words("The summit was postponed"))
    assert concept_words(words("The talks were not cancelled")) == ["meet", "not-cancel"]
    assert "not-cancel" in concept_words(words("He didn't call off the talks"))
    assert "rise" in concept_words(words("Prices rose")) and "fall" in concept_words(words("Prices fell"))


def test_three_wordings_of_one_event_are_the_same_report() -> None:
    for other in CALLED_OFF[1:]:
        assert sim(CALLED_OFF[0], other, *CALLED_OFF) >= SAME_REPORT


def test_the_same_kind_of_event_elsewhere_is_not_the_same_report() -> None:
    # two earthquakes in one country: different magnitudes and places
    a = "A 5.6 magnitude earthquake hit an island off Valdoria's southern coast on Sunday, injuring five people."
    b = "An earthquake with a magnitude of 5.9 hit northern Valdoria on Sunday, killing 10 people."
    assert sim(a, b) == 0.0
    # one kind of event, no one in common
    c = "Police in Tesk arrested two men over the warehouse fire on Sunday."
    d = "Police in Marsk arrested a woman over the jewellery robbery on Sunday."
    assert sim(c, d) == 0.0


def test_contradicting_accounts_never_merge() -> None:
    cancelled = CALLED_OFF[0]
    postponed = "President Brann said the planned summit in Lisk was postponed and not cancelled."
    assert sim(cancelled, postponed, *CALLED_OFF) == 0.0
    rose = "Grain prices in Lisk rose by 12 percent on Monday after the border closure."
    fell = "Grain prices in Lisk fell by 12 percent on Monday after the border closure."
    assert sim(rose, fell) == 0.0


def test_sharing_only_names_is_not_the_same_report() -> None:
    a = "President Ilse Marek and President Tomas Brann met in Lisk in August."
    b = "President Ilse Marek said President Tomas Brann was a pragmatic partner."
    assert sim(a, b) < SAME_REPORT


def test_groups_form_around_their_leader_and_one_story_never_joins_itself() -> None:
    sentences = [CALLED_OFF[0], CALLED_OFF[1], CALLED_OFF[0].replace("Lisk", "Lisk city"), OTHER[0]]
    gists = [gist(s, words(s)) for s in sentences + OTHER]
    leader = group_reports(gists[:4], ["a", "b", "a", "c"], Rarity(gists))
    assert leader[1] == 0  # another story's wording joins the leader
    assert leader[2] == 2  # the same story saying it again does not
    assert leader[3] == 3


def test_a_paraphrased_event_is_one_point_cited_to_every_outlet(make: Make, repo_config: Config) -> None:
    arts = [
        make("\n\n".join([lead, *OTHER[2 * i:2 * i + 2]]), name=f"{i}.txt")
        for i, lead in enumerate(CALLED_OFF)
    ]
    points = summarize(storyline_of(arts), {a.id: a for a in arts}, HandClaims(), repo_config)
    about = [p for p in points if any(w in p.text for w in ("cancelled", "called off", "scrapped"))]
    assert len(about) == 1, [p.text for p in points]
    assert set(about[0].sources) == {a.id for a in arts}
    assert about[0].corroboration == 3
    assert points[0] is about[0]  # what three outlets report leads

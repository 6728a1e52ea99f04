"""Storyline summaries: cited, counted, ordered, never repeating, never debris."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from briefing.config.schema import Config
from briefing.dedup.claims import group_claims
from briefing.model import Article, SummaryPoint
from briefing.summaries.centrality import content_words
from briefing.summaries.mmr import OVERLAP_REPEAT, overlap
from briefing.summaries.points import MAX_POINTS, summarize, summarize_storyline
from briefing.text.clean import one_line
from tests.summary_helpers import HandClaims, storyline_of

Make = Callable[..., Article]

FACTS = [
    "Officials in Valdoria closed the northern border crossing at Kessel after a dispute over grain tariffs.",
    "The Valdorian trade ministry said exports of wheat through Kessel fell by 40 percent in September.",
    "Farmers from the Orlen region blocked the motorway to the capital with more than 300 tractors.",
    "Prime Minister Anna Vetrova met the farmers' union in Lisk and promised compensation of 120 million euros.",
    "The European Commission opened an inquiry into the Valdorian grain tariffs on Tuesday.",
    "Rail operator VDR suspended freight trains to Kessel until the border crossing reopens.",
    "Grain prices on the Lisk exchange rose to a record 310 euros a tonne.",
    "Neighbouring Castria recalled its ambassador from Lisk in protest at the closure.",
    "Truck drivers waited up to four days at the Kessel crossing, the border police said.",
]


def by_id(*articles: Article) -> dict[str, Article]:
    return {a.id: a for a in articles}


def texts(points: tuple[SummaryPoint, ...]) -> list[str]:
    return [p.text for p in points]


def run(config: Config, articles: list[Article], claims: Any = None, **kw: Any) -> tuple[SummaryPoint, ...]:
    return summarize(storyline_of(articles, **kw), by_id(*articles), claims or HandClaims(), config)


def test_a_shared_claim_cites_every_article_with_its_count(make: Make, repo_config: Config) -> None:
    shared = FACTS[0]
    a = make(f"{shared} {FACTS[1]}\n\n{FACTS[2]}", name="a.txt")
    b = make(f"{FACTS[3]}\n\n{shared}", name="b.txt")
    copy = make(f"{FACTS[3]}\n\n{shared}", name="b-copy.txt")
    b = replace(b, copies=(copy.id,))
    copy = replace(copy, duplicate_of=b.id)
    claims = HandClaims([(shared, (a.id, b.id, copy.id), 2)])
    points = run(repo_config, [a, b, copy], claims)
    point = next(p for p in points if p.text == shared)
    assert set(point.sources) == {a.id, b.id, copy.id}
    assert point.sources[0] == point.article
    assert point.corroboration == 2


def test_a_point_without_a_claim_cites_its_article_and_its_copies(make: Make, repo_config: Config) -> None:
    a = make("\n\n".join(FACTS[:4]), name="a.txt")
    copy = make("\n\n".join(FACTS[:4]), name="a2.txt")
    a = replace(a, copies=(copy.id,))
    copy = replace(copy, duplicate_of=a.id)
    points = run(repo_config, [a, copy])
    assert points
    for p in points:
        assert p.sources == (a.id, copy.id)
        assert p.corroboration == 1


def test_citations_through_the_real_claim_groups(make: Make, repo_config: Config) -> None:
    shared = FACTS[4]
    a = make(f"{FACTS[0]}\n\n{shared}\n\n{FACTS[5]}", name="a.txt")
    b = make(f"{FACTS[6]}\n\n{shared}\n\n{FACTS[7]}", name="b.txt")
    claims = group_claims([a, b], repo_config)
    point = next(p for p in run(repo_config, [a, b], claims) if p.text == shared)
    assert set(point.sources) == {a.id, b.id}
    assert point.corroboration == 2


def test_corroboration_lifts_a_point(make: Make, repo_config: Config) -> None:
    arts = [make("\n\n".join(FACTS[3 * i:3 * i + 3]), name=f"{i}.txt") for i in range(3)]
    baseline = texts(run(repo_config, arts))
    lifted_text = baseline[-1]
    claims = HandClaims([(lifted_text, tuple(a.id for a in arts), 3)])
    points = run(repo_config, arts, claims)
    assert points[0].text == lifted_text
    assert points[0].corroboration == 3


def test_three_to_seven_points(make: Make, repo_config: Config) -> None:
    many = [make("\n\n".join(FACTS), name=f"{i}.txt") for i in range(2)]
    assert 3 <= len(run(repo_config, many)) <= MAX_POINTS
    few = make(f"{FACTS[0]}\n\n{FACTS[1]}", name="few.txt")
    assert len(run(repo_config, [few])) == 2  # too little text for three
    assert run(repo_config, [make("Short one.\n\nWhat next?", name="none.txt")]) == ()


def test_no_point_repeats_another(make: Make, repo_config: Config) -> None:
    variants = [
        "Officials in Valdoria closed the northern border crossing at Kessel after a dispute over grain tariffs.",
        "After a dispute over grain tariffs, officials in Valdoria closed the northern border crossing at Kessel.",
        "Valdoria closed the northern border crossing at Kessel on Monday after a dispute over grain tariffs, officials said.",
        "The northern border crossing at Kessel was closed by officials in Valdoria after the grain tariff dispute.",
    ]
    arts = [make(f"{v}\n\n{FACTS[2 + i]}\n\n{FACTS[6]}", name=f"{i}.txt") for i, v in enumerate(variants)]
    points = run(repo_config, arts)
    words = [frozenset(content_words(p.text)) for p in points]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            assert overlap(words[i], words[j]) < OVERLAP_REPEAT, (points[i].text, points[j].text)
    assert sum(1 for p in points if "Kessel" in p.text and "closed" in p.text) == 1
    assert len({p.text for p in points}) == len(points)


DEBRIS = [
    "Key Takeaways",
    "Why Did Valdoria Close the Kessel Border Crossing Over Grain Tariffs?",
    "Will the grain tariffs on Kessel exports hurt Valdorian farmers and the border trade?",
    "As the situation evolves, the world watches closely the grain tariffs at the Kessel border.",
    "Explore the impact of grain tariffs on Kessel exports in this detailed analysis.",
    "Stay tuned for more updates on the Kessel border and grain tariffs as this story develops.",
    "Share this article on Facebook",
    "It remains to be seen whether the grain tariffs at Kessel will be lifted by Valdoria.",
]


def test_debris_is_never_chosen(make: Make, repo_config: Config) -> None:
    body = "\n\n".join(DEBRIS[:1] + FACTS[:3] + DEBRIS[1:4] + FACTS[3:6] + DEBRIS[4:] + FACTS[6:])
    arts = [make(body, name=f"{i}.txt") for i in range(2)]
    points = run(repo_config, arts)
    assert len(points) >= 3
    chosen = " ".join(texts(points))
    for d in DEBRIS:
        assert d not in chosen
    assert "?" not in chosen


def test_label_bullets_are_never_points_but_their_sentence_may_be(make: Make, repo_config: Config) -> None:
    body = (
        "- Border Closure Deepens Crisis: Officials in Valdoria closed the northern border crossing at Kessel "
        "after a dispute over grain tariffs.\n"
        "- Key Facts\n"
        "- Trade Impact\n\n"
        "UPDATE: Rail operator VDR suspended freight trains to Kessel until the border crossing reopens.\n\n"
        + "\n\n".join(FACTS[2:6])
    )
    points = run(repo_config, [make(body, name="a.txt")])
    chosen = texts(points)
    assert all(":" not in t for t in chosen)
    assert "Key Facts" not in " ".join(chosen) and "Trade Impact" not in " ".join(chosen)
    assert FACTS[0] in chosen
    assert FACTS[5] in chosen


def test_a_sentence_leaning_on_the_one_before_is_joined_or_left_out(make: Make, repo_config: Config) -> None:
    body = (
        f"{FACTS[0]} This marks a sharp break with the open-border policy of the last decade.\n\n"
        "He's referring to the farmers. However, the ministry denied the claim about grain exports.\n\n"
        + "\n\n".join(FACTS[1:5])
    )
    points = run(repo_config, [make(body, name="a.txt")])
    for p in points:
        assert not p.text.startswith(("This ", "He's", "However")), p.text
        if "This marks" in p.text:
            assert p.text.startswith(FACTS[0])
    assert all("referring to the farmers" not in p.text for p in points)


def test_points_are_extractive(make: Make, repo_config: Config) -> None:
    arts = [make("\n\n".join(FACTS[i::2]), name=f"{i}.txt") for i in range(2)]
    everything = one_line(" ".join(b.text for a in arts for b in a.blocks))
    for p in run(repo_config, arts):
        assert p.text in everything
        block = next(b for b in arts[0].blocks + arts[1].blocks if p.text in one_line(b.text))
        assert block.index == p.paragraph


def test_the_storylines_own_terms_count(make: Make, repo_config: Config) -> None:
    sanctions = [
        "The European Union imposed sanctions on the state oil company Rosneft and on Lukoil this week.",
        "Oil exports through the Baltic ports fell to 1.9 million barrels per day after the sanctions.",
    ]
    other = [
        "The Lisk city council repainted four bridges over the river Orle in a record week.",
        "A new exhibition of medieval maps opened at the national library in Kessel on Sunday.",
    ]
    arts = [make("\n\n".join(other + sanctions), name="s.txt"), make("\n\n".join(other[::-1] + sanctions[::-1]), name="t.txt")]
    points = run(repo_config, arts, key="sanctions", title="Sanctions")
    assert set(texts(points)[:2]) == set(sanctions)


def test_deterministic(make: Make, repo_config: Config) -> None:
    arts = [make("\n\n".join(FACTS[i:] + FACTS[:i]), name=f"{i}.txt") for i in range(3)]
    assert run(repo_config, arts) == run(repo_config, arts)


def test_many_articles_stay_fast(make: Make, repo_config: Config) -> None:
    arts = []
    for i in range(400):
        paras = [f"{FACTS[(i + k) % len(FACTS)][:-1]} in district {i % 37} on day {k}." for k in range(5)]
        arts.append(make("\n\n".join(paras), name=f"{i}.txt"))
    start = time.perf_counter()
    points = run(repo_config, arts)
    assert time.perf_counter() - start < 5.0
    assert 3 <= len(points) <= MAX_POINTS


def test_a_point_never_opens_with_an_additive_connective(make: Make, repo_config: Config) -> None:
    from briefing.text.filler import strip_connective

    assert strip_connective("Also, Secretary Lina Hart told the council.") == "Secretary Lina Hart told the council."
    assert strip_connective("In addition, officials closed Kessel.") == "Officials closed Kessel."
    assert strip_connective("Also the council met.") == "Also the council met."  # no comma: part of the sentence
    # an opening "And" only links to the sentence before ("And Thursday's shootings come 11 months after …")
    assert strip_connective("And the shooting came 11 months after another.") == "The shooting came 11 months after another."
    assert strip_connective("Andrew Hale told the council.") == "Andrew Hale told the council."
    assert strip_connective("and raises separation of powers concerns.") == "and raises separation of powers concerns."
    arts = [make("\n\n".join(["Also, " + FACTS[0][0].lower() + FACTS[0][1:], *FACTS[1:]]), name="a.txt")]
    assert not any(p.text.lower().startswith("also") for p in run(repo_config, arts))


def test_the_word_budget_ends_the_summary(make: Make, repo_config: Config) -> None:
    import dataclasses

    from briefing.config.schema import SummaryConfig

    many = [make("\n\n".join(FACTS), name=f"{i}.txt") for i in range(2)]
    short = run(dataclasses.replace(repo_config, summary=SummaryConfig(words=20)), many)
    long = run(dataclasses.replace(repo_config, summary=SummaryConfig(words=2000)), many)
    assert len(short) == 3  # the minimum, however few words are asked for
    assert len(long) > len(short) and [p.text for p in long[:3]] == [p.text for p in short]  # rank order: any budget cuts it


def test_a_point_is_said_once_in_the_brief() -> None:
    from briefing.model import SummaryPoint
    from briefing.pipeline.finish import once_each

    a = SummaryPoint(text="Officials closed Kessel.", sources=("x",), article="x", paragraph=0, corroboration=1)
    b = SummaryPoint(text="Drivers waited four days.", sources=("x",), article="x", paragraph=1, corroboration=1)
    assert once_each([(a, b), (b,), (a,)]) == [(a, b), (), ()]


def test_dated_reports_lead_undated_ones(make: Make, repo_config: Config) -> None:
    shared = FACTS[0]
    undated = make(f"{shared}\n\n{FACTS[1]}", name="old.txt")
    dated = make(f"{shared}\n\n{FACTS[2]}", name="new.txt", date="2025-11-03")
    claims = HandClaims([(shared, (undated.id, dated.id), 2)])
    point = next(p for p in run(repo_config, [undated, dated], claims) if p.text == shared)
    assert point.article == dated.id  # the dated article's sentence is the point ...
    assert point.sources == (dated.id, undated.id)  # ... and the undated one is cited after it


def test_the_writers_judgement_is_listed_as_analysis_not_as_a_point(make: Make, repo_config: Config) -> None:
    judgement = "Valdoria knows it is in the driver's seat at the border, despite the farmers' blockade."
    art = make("\n\n".join([FACTS[0], judgement, *FACTS[1:4]]), name="a.txt")
    made = summarize_storyline(storyline_of([art]), by_id(art), HandClaims(), repo_config)
    assert judgement not in texts(made.points)
    assert [p.text for p in made.analysis] == [judgement]
    assert made.analysis[0].sources == (art.id,)


def test_a_template_line_that_stories_of_many_days_carry_is_never_a_point(make, repo_config: Config) -> None:
    template = "Prices are indicative and subject to change without notice at any of the dealers."
    stories = [("1987-03-02", "Cocoa futures rose on heavy buying by the trade houses in London on Monday."),
               ("1987-04-14", "Sugar prices slipped after the Cuban harvest report came in on Tuesday."),
               ("1987-06-30", "Coffee quotas split the producers at the London meeting of the council.")]
    arts = [make(f"Market note {k}\n{d}\n\n{lead} {template}", name=f"m{k}.txt") for k, (d, lead) in enumerate(stories)]
    claims = group_claims(arts, repo_config)
    made = summarize_storyline(storyline_of(arts), {a.id: a for a in arts}, claims, repo_config)
    texts = [p.text for p in made.points]
    assert texts and not any("indicative" in t for t in texts), texts

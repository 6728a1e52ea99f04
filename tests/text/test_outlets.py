"""Who first reported it: "via" an outlet, and one outlet's report retold counts once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.config.load import load_config
from briefing.config.schema import Config
from briefing.ingest.discover import Found
from briefing.ingest.formats import Record
from briefing.ingest.load import build_article
from briefing.model import Article
from briefing.summaries.points import summarize
from briefing.text.outlets import outlet_of_url, same_outlet, via
from tests.summary_helpers import HandClaims, storyline_of

Make = Callable[..., Article]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("According to the Financial Times, the envoy was recalled on Friday.", "Financial Times"),
        ("The FT report says Lisk issued sweeping demands on the border.", "Financial Times"),
        ("In a statement reported by state-run TASS news agency, the spokesman said there was no need.", "TASS"),
        ("Four industry sources confirmed to Reuters that the refinery was hit.", "Reuters"),
        ("According to the state Interfax news agency, the plant stopped work.", "Interfax"),
        ("Officials told the AP that the strike killed four people.", "AP"),
        ("According to reports from the New York Times, the talks broke down.", "The New York Times"),
        ("Russia's TASS news agency reported the strike on the depot.", "TASS"),
        ("China's Xinhua said the talks had ended.", "Xinhua"),
        ("Qatar-based Al Jazeera reported the deal on Monday.", "Al Jazeera"),
        # naming an outlet is not taking a report from it
        ("The BBC building in Portland Place was evacuated on Monday.", None),
        ("According to officials, the talks ended without a deal.", None),
        ("He spoke at the launch of the AP Stylebook in March.", None),
    ],
)
def test_the_outlet_a_sentence_takes_its_report_from(sentence: str, outlet: str | None) -> None:
    assert via(sentence) == outlet


def test_one_outlet_under_several_names() -> None:
    assert same_outlet("FT", "Financial Times") and same_outlet("The BBC", "BBC News")
    assert not same_outlet("Reuters", "AP") and not same_outlet(None, "AP")


FILL = [
    "Rail operator VDR suspended freight trains to Kessel until the crossing reopens on Monday.",
    "Farmers from the Orlen region blocked the motorway with more than 300 tractors overnight.",
]


def test_two_stories_retelling_one_outlets_report_are_one_report(make: Make, repo_config: Config) -> None:
    retold = [
        "Valdoria recalled its ambassador from Lisk over the border dispute, the Financial Times reported.",
        "According to the FT, Valdoria recalled its ambassador from Lisk over the dispute at the border.",
    ]
    arts = [make(f"{t}\n\n{f}", name=f"{i}.txt") for i, (t, f) in enumerate(zip(retold, FILL))]
    points = summarize(storyline_of(arts), {a.id: a for a in arts}, HandClaims(), repo_config)
    recalled = [p for p in points if "ambassador" in p.text]
    assert len(recalled) == 1
    assert set(recalled[0].sources) == {a.id for a in arts}  # both cited ...
    assert recalled[0].corroboration == 1  # ... as one original report
    assert recalled[0].via == "Financial Times"


def test_an_outlets_own_report_is_not_via_itself(make: Make, repo_config: Config) -> None:
    art = make(f"Valdoria recalled its ambassador, Reuters reported.\n\n{FILL[0]}", name="r.txt", outlet="Reuters")
    points = summarize(storyline_of([art]), {art.id: art}, HandClaims(), repo_config)
    assert all(p.via is None for p in points)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/world-europe-123", "BBC"),
        ("https://edition.cnn.com/2025/11/01/politics/summit", "CNN"),
        ("https://m.lemonde.fr/international/article/x", "Le Monde"),
        ("https://www.example-news.com/2025/11/03/summit", "example-news.com"),
        ("http://10.0.0.1/story", None),
        (None, None),
    ],
)
def test_the_outlet_a_web_address_names(url: str | None, outlet: str | None) -> None:
    assert outlet_of_url(url) == outlet


def test_an_article_gets_its_outlet_from_its_url_or_its_opening_tag(make: Make) -> None:

    config = load_config(None)
    rec = Record(text="The talks ended on Monday without a deal.", url="https://www.reuters.com/world/x")
    assert build_article(rec, Found(Path("a.json"), "a.json", "a.json"), config).outlet == "Reuters"
    tagged = make("(CNN) The Trump administration plans to raise tariffs on $200 billion in goods.\n\nMore text here.")
    assert tagged.outlet == "CNN"
    own = make("LONDON (Reuters) - The bank raised rates.\n\nMore text here.")
    assert own.outlet == "Reuters"


@pytest.mark.parametrize(
    "sentence",
    ["SAP said it acquired the software maker for 1 billion euros.", "The NFT report says prices fell.",
     "Michael Bloomberg said he would not run again.", "Steve Forbes said taxes were too high."],
)
def test_a_name_inside_another_word_or_a_persons_name_is_no_outlet(sentence: str) -> None:
    assert via(sentence) is None


def test_an_outlets_own_story_and_a_retelling_of_it_are_one_report(make: Make, repo_config: Config) -> None:
    own = make(f"Valdoria recalled its ambassador from Lisk over the border dispute.\n\n{FILL[0]}", name="ft.txt",
               outlet="Financial Times")
    retold = make(f"According to the FT, Valdoria recalled its ambassador from Lisk over the dispute at the border."
                  f"\n\n{FILL[1]}", name="b.txt")
    points = summarize(storyline_of([own, retold]), {a.id: a for a in (own, retold)}, HandClaims(), repo_config)
    recalled = next(p for p in points if "ambassador" in p.text)
    assert set(recalled.sources) == {own.id, retold.id} and recalled.corroboration == 1


def test_an_opening_tag_is_an_outlet_only_when_it_names_one(make: Make) -> None:
    assert make("(LEAD) The talks ended on Monday without a deal.\n\nMore text here.").outlet is None
    assert make("(Updated) The talks ended on Monday without a deal.\n\nMore text here.").outlet is None
    assert make("(CNN Business) The talks ended on Monday without a deal.\n\nMore text here.").outlet == "CNN"


def test_two_stories_of_one_outlet_are_two_reports(make: Make, repo_config: Config) -> None:
    a = make(f"Valdoria recalled its ambassador from Lisk over the border dispute.\n\n{FILL[0]}", name="a.txt",
             outlet="news.example.com")
    b = make(f"Valdoria has recalled its ambassador from Lisk after the dispute at the border.\n\n{FILL[1]}",
             name="b.txt", outlet="news.example.com")
    points = summarize(storyline_of([a, b]), {x.id: x for x in (a, b)}, HandClaims(), repo_config)
    assert next(p for p in points if "ambassador" in p.text).corroboration == 2


def test_a_story_that_tells_a_report_itself_and_as_an_outlets_counts_once(make: Make, repo_config: Config) -> None:
    """A count of reports never exceeds the stories cited: a story that carries a thing in its own
    words (a claim it shares with another story) and again as another outlet's ("..., CNN reported")
    is one report, its own."""
    own = "Valdoria recalled its ambassador from Lisk over the border dispute."
    a = make(f"{own}\n\n{FILL[0]}", name="a.txt")
    b = make(f"{own}\n\nValdoria has recalled its ambassador from Lisk over the dispute at the border, CNN reported."
             f"\n\n{FILL[1]}", name="b.txt")
    claims = HandClaims([(own, (a.id, b.id), 2)])
    points = summarize(storyline_of([a, b]), {x.id: x for x in (a, b)}, claims, repo_config)
    recalled = next(p for p in points if "ambassador" in p.text)
    assert recalled.corroboration == 2 == len(set(recalled.sources))

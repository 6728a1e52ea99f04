"""A user's own storylines (business, sport, technology) on their own articles,
without touching code."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config.load import load_config
from briefing.config.schema import Config
from briefing.model import Article, Storyline
from briefing.pipeline.build import build_brief
from briefing.storylines.assign import OTHER_KEY, assign_storylines
from tests.conftest import make_article

USER_CONFIG = """
sources: [news]
storylines:
  business:
    title: Business
    terms:
      earnings: 3
      revenue: 2
      profit*: 2
      shares: 2
      investors: 2
      quarterly: 1.5
      merger: 3
      acquisition*: 3
      stock market: 3
      dividend*: 2
    min_score: 3
  sport:
    title: Sport
    terms:
      match: 2
      goal*: 2
      league: 2
      striker: 2.5
      coach: 2
      season: 1
      championship: 3
      transfer*: 2
      penalty: 2
      final whistle: 3
    negative:
      goal of: 2
    min_score: 3
  technology:
    title: Technology
    terms: [software, chip*, artificial intelligence, ai, smartphone*, startup*, data centre, app]
"""

ARTICLES = {
    "chips.txt": ("2025-05-02", """Nordalux results

Chipmaker Nordalux reported record quarterly earnings on Thursday as demand for artificial intelligence chips surged. Revenue rose 40% to $12bn, and shares jumped 8% in early trading.

The company said its new data centre software would ship next year, alongside an app for developers.

Investors welcomed a higher dividend and the first share buyback in the company's history.
"""),
    "derby.txt": ("2025-05-04", """Riverside win the derby

Riverside United beat Harbour City 3-1 in a league match on Saturday, their striker scoring twice before the final whistle.

The coach said the title race was far from over.

The club's shares rose 5% on the stock market on Monday after the win, and investors cheered.
"""),
    "weather.txt": ("2025-05-03", """Rain on the way

Heavy rain is expected across the north on Sunday, forecasters said, with rivers already high after a wet week.
"""),
    "policy.txt": ("2025-05-03", """Council plans

The council set the goal of cutting traffic in the old town by half, the mayor told reporters on Friday.
"""),
}

# paragraph -> storylines, from reading the fixture articles above
EXPECTED = {
    ("chips.txt", "record quarterly earnings"): {"business", "technology"},
    ("chips.txt", "data centre software"): {"technology"},
    ("chips.txt", "higher dividend"): {"business"},
    ("derby.txt", "league match"): {"sport"},
    ("derby.txt", "title race"): {"sport"},
    ("derby.txt", "stock market"): {"business"},
    ("weather.txt", "Heavy rain"): {OTHER_KEY},
    ("policy.txt", "goal of cutting"): {OTHER_KEY},
}


@pytest.fixture(scope="module")
def user_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    folder = tmp_path_factory.mktemp("user")
    (folder / "config.yaml").write_text(USER_CONFIG, encoding="utf-8")
    return load_config(folder / "config.yaml")


@pytest.fixture(scope="module")
def articles(user_config: Config) -> dict[str, Article]:
    return {name: make_article(text, user_config, name=name, date=date) for name, (date, text) in ARTICLES.items()}


def _where(storylines: tuple[Storyline, ...], a: Article, needle: str) -> set[str]:
    index = next(b.index for b in a.blocks if needle in b.text and b.kind != "heading")
    return {s.key for s in storylines for p in s.passages if (p.article, p.paragraph) == (a.id, index)}


def test_user_storylines_group_user_articles(user_config: Config, articles: dict[str, Article]) -> None:
    out = assign_storylines(list(articles.values()), user_config)
    assert [s.key for s in out] == ["business", "sport", "technology", OTHER_KEY]
    got = {key: _where(out, articles[key[0]], key[1]) for key in EXPECTED}
    assert got == EXPECTED


def test_mixed_paragraph_gives_each_storyline_its_sentences(user_config: Config, articles: dict[str, Article]) -> None:
    out = {s.key: s for s in assign_storylines(list(articles.values()), user_config)}
    chips = articles["chips.txt"]
    tech = next(p for p in out["technology"].passages if p.article == chips.id and p.paragraph == 0)
    biz = next(p for p in out["business"].passages if p.article == chips.id and p.paragraph == 0)
    assert tech.text.startswith("Chipmaker") and "Revenue" not in tech.text
    assert biz.text == chips.blocks[0].text  # both sentences speak of business


def test_user_config_through_the_pipeline(user_config: Config, articles: dict[str, Article]) -> None:
    brief = build_brief(list(articles.values()), user_config)
    assert [s.key for s in brief.storylines][:3] == ["business", "sport", "technology"]
    sport = brief.storyline("sport")
    assert sport.articles == (articles["derby.txt"].id,)
    assert str(sport.first) == str(sport.last) == "2025-05-04"
    business = brief.storyline("business")
    assert business.articles == (articles["chips.txt"].id, articles["derby.txt"].id)  # by date


def test_the_default_storylines_do_not_leak_into_a_user_config(user_config: Config, tmp_path: Path) -> None:
    a = make_article("Drone attacks hit the port overnight as summit talks on sanctions collapsed, officials said.",
                     user_config, name="war.txt", date="2025-05-05")
    out = assign_storylines([a], user_config)
    assert [s.key for s in out if s.passages] == [OTHER_KEY]

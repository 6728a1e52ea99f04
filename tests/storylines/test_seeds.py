"""The seeds' paragraphs go where a careful reader puts them (mapping written from
reading the five seed articles), on the pipeline's output and in the JSON brief."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.export.json_export import render_json
from briefing.model import Article, Brief
from briefing.pipeline.build import build_brief
from tests.conftest import seed

# D = diplomacy, S = sanctions, K = strikes, O = "Other", - = nowhere (background, filler).
# "A|B" lists the readings a careful reader could defend for an ambiguous paragraph.
# Every paragraph and bullet of every seed is listed (headings are not passages).
EXPECTED: dict[str, dict[int, str]] = {
    # Kremlin/Trump: the cancelled meeting, then strikes; the last paragraph is filler.
    "000": {0: "D", 1: "D", 2: "D", 3: "K", 4: "K", 5: "K", 6: "K", 7: "-"},
    # Summit-cancellation explainer: diplomacy and sanctions, nothing on strikes.
    "001": {0: "D", 1: "D", 2: "D", 3: "S", 5: "D", 7: "DS", 8: "D", 11: "D", 13: "S",
            15: "D", 16: "S", 17: "DS", 19: "DS"},
    # Putin offers talks (with the sanctions threat), then the Ryazan and Kremniy strikes.
    "002": {0: "D", 1: "D", 2: "D", 3: "DS", 4: "D", 5: "D", 6: "D", 7: "D",
            8: "K", 9: "K", 10: "K", 11: "K", 12: "K|DK", 13: "K", 14: "K", 15: "K", 16: "K",
            17: "K", 18: "K", 19: "K", 20: "K", 21: "K", 22: "K", 23: "K"},
    # Second summit cancelled: diplomacy throughout; the glossary at the end is background.
    "003": {**{i: "D" for i in (0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20)},
            **{i: "-" for i in (22, 24, 26, 28, 30, 32, 34, 36)}},
    # FT report on the cancellation; the frontline and nuclear asides at the end.
    "004": {0: "D", 1: "D", 2: "D", 3: "D", 4: "D", 5: "D", 6: "DK", 7: "D", 8: "D|DK|K",
            9: "K|O", 10: "K|O", 11: "O", 12: "O", 13: "K|O"},
}
GLOSSARY_START = 21  # seed 003: from here on, a heading naming a place or body, then its definition
LETTER = {"diplomacy": "D", "sanctions": "S", "strikes": "K", "other": "O"}


@pytest.fixture(scope="module")
def brief(seed_articles: list[Article], repo_config: Config) -> Brief:
    return build_brief(seed_articles, repo_config)


def _placement(brief: Brief) -> dict[tuple[str, int], str]:
    got: dict[tuple[str, int], set[str]] = {}
    for s in brief.storylines:
        for p in s.passages:
            got.setdefault((p.article, p.paragraph), set()).add(LETTER[s.key])
    return {k: "".join(sorted(v, key="DSKO".index)) for k, v in got.items()}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_each_seed_paragraph_goes_where_a_reader_puts_it(brief: Brief, seed_articles: list[Article], prefix: str) -> None:
    art = seed(seed_articles, prefix)
    placed = _placement(brief)
    expected = EXPECTED[prefix]
    assert sorted(expected) == [b.index for b in art.blocks if b.kind != "heading"], "mapping must list every paragraph"
    wrong = {}
    for index, allowed in expected.items():
        got = placed.get((art.id, index), "-")
        if got not in allowed.split("|"):
            wrong[index] = (got, allowed, art.blocks[index].text[:70])
    assert not wrong


def test_articles_feed_every_storyline_they_cover(brief: Brief, seed_articles: list[Article]) -> None:
    kremlin, explainer = seed(seed_articles, "000").id, seed(seed_articles, "001").id
    by_key = {s.key: s for s in brief.storylines}
    assert kremlin in by_key["diplomacy"].articles and kremlin in by_key["strikes"].articles
    assert kremlin not in by_key["sanctions"].articles
    assert explainer in by_key["diplomacy"].articles and explainer in by_key["sanctions"].articles
    assert explainer not in by_key["strikes"].articles


def test_glossary_and_filler_feed_nothing(brief: Brief, seed_articles: list[Article]) -> None:
    glossary = seed(seed_articles, "003")
    start = GLOSSARY_START
    assert glossary.blocks[start].kind == "heading" and all(b.kind == "heading" for b in glossary.blocks[start::2])
    texts = [p.text for s in brief.storylines for p in s.passages]
    assert not any(p.article == glossary.id and p.paragraph >= start for s in brief.storylines for p in s.passages)
    assert not any("largest city" in t or "founded in" in t or "world watches closely" in t for t in texts)


def test_mixed_paragraph_is_split_by_sentence(brief: Brief, seed_articles: list[Article]) -> None:
    explainer = seed(seed_articles, "001")
    index = next(b.index for b in explainer.blocks if "oil trade" in b.text)
    sanc = [p for p in brief.storyline("sanctions").passages if (p.article, p.paragraph) == (explainer.id, index)]
    dipl = [p for p in brief.storyline("diplomacy").passages if (p.article, p.paragraph) == (explainer.id, index)]
    assert len(sanc) == 1 and len(dipl) == 1
    assert "oil trade" in sanc[0].text and "talks" not in sanc[0].text
    assert "talks" in dipl[0].text and "oil trade" not in dipl[0].text
    assert sanc[0].text in explainer.blocks[index].text  # the sentence, as written


def test_storyline_order_dates_and_other_last(brief: Brief, seed_articles: list[Article]) -> None:
    keys = [s.key for s in brief.storylines]
    assert keys == ["diplomacy", "sanctions", "strikes", "other"]
    by_id = {a.id: a for a in seed_articles}
    dipl = brief.storyline("diplomacy")
    dates = [by_id[a].published for a in dipl.articles]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # by date, undated last
    assert (dipl.first, dipl.last) == (min(dated), max(dated))
    order = {a: i for i, a in enumerate(dipl.articles)}
    assert [(order[p.article], p.paragraph) for p in dipl.passages] == sorted((order[p.article], p.paragraph) for p in dipl.passages)


def test_strike_substories_are_the_events_each_article_reports(brief: Brief, seed_articles: list[Article]) -> None:
    strikes = brief.storyline("strikes")

    def home(word: str, prefix: str) -> str:
        art = seed(seed_articles, prefix)
        index = next(b.index for b in art.blocks if word in b.text and b.kind != "heading")
        return next(sub.label for sub in strikes.substories
                    if any((p.article, p.paragraph) == (art.id, index) for p in sub.passages))

    ryazan, tuapse = home("Ryazan", "002"), home("Tuapse", "000")
    assert "Ryazan" in ryazan and ryazan != tuapse  # the refinery strike and the port strike: two events
    ryazan_sub = next(s for s in strikes.substories if s.label == ryazan)
    assert len(ryazan_sub.passages) >= 10  # the Ryazan report's strike paragraphs stay together
    assert sum(len(s.passages) for s in strikes.substories) == len(strikes.passages)


def test_json_brief_carries_passages_and_substories(brief: Brief, seed_articles: list[Article]) -> None:
    data = json.loads(render_json(brief))
    by_key = {s["key"]: s for s in data["storylines"]}
    glossary = seed(seed_articles, "003")
    for s in data["storylines"]:
        assert s["passages"] and s["substories"]
        for p in s["passages"]:
            assert isinstance(p["paragraph"], int) and p["text"]
    assert not any(p["article"] == glossary.id and p["paragraph"] >= GLOSSARY_START
                   for s in data["storylines"] for p in s["passages"])
    assert {p["article"] for p in by_key["strikes"]["passages"]} == set(by_key["strikes"]["articles"])


def test_repo_config_is_the_defaults() -> None:
    root = Path(__file__).resolve().parents[2]
    assert (root / "config.yaml").read_text(encoding="utf-8") == (root / "briefing" / "config" / "defaults.yaml").read_text(encoding="utf-8")

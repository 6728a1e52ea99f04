"""``briefing explain``: the terms each paragraph matched, its score against min_score, the
near misses, and where it went (configured, found, Other, nowhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import cli
from briefing.config.load import parse_config
from briefing.config.schema import Config
from briefing.storylines.explain import explain, explain_text
from tests.conftest import make_article
from tests.storylines.test_found import SUBJECTS

YAML = """
storylines:
  talks:
    title: Talks
    terms: {summit: 3, talks: 2, envoy: 2, "negotiat*": 2}
    negative: {football: 3}
    min_score: 3
  strikes:
    title: Strikes
    terms: {"drone*": 2.5, attack: 2}
    min_score: 3
"""
TEXT = ("The summit talks resumed in Geneva, the envoy said.\n\n"
        "Negotiators met again on Tuesday.\n\n"
        "A drone was seen over the port.\n\n"
        "The weather stayed mild for the season.")


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return parse_config(YAML, source="<test>", base_dir=tmp_path_factory.mktemp("c"))


def test_each_paragraph_says_its_terms_score_and_where_it_went(cfg: Config) -> None:
    a = make_article(TEXT, cfg, name="geneva.txt", title="Talks resume")
    (why,) = explain([a], cfg)
    first, second, third, fourth = why.paragraphs
    (reach,) = first.reaches
    assert reach.key == "talks" and reach.score == 7 and reach.min_score == 3
    assert [(h.term, h.adds) for h in reach.hits] == [("summit", 3), ("envoy", 2), ("talks", 2)]
    assert first.went == (("talks", "Talks", "terms"),)
    # too weak alone (2 < 3), it continues the paragraph before: context, not its own terms
    assert second.went == (("talks", "Talks", "context"),) and second.reaches == ()
    # a drone alone is 2.5 < 3: a near miss, and the paragraph goes to Other
    assert [r.key for r in third.near] == ["strikes"] and third.went == (("other", "Other", "other"),)
    assert fourth.near == () and fourth.reaches == ()


def test_the_text_names_terms_scores_and_near_misses(cfg: Config) -> None:
    a = make_article(TEXT, cfg, name="geneva.txt", title="Talks resume")
    text = explain_text(explain([a], cfg))
    assert "geneva.txt: Talks resume" in text
    assert "-> Talks: 7 >= min_score 3 (summit +3, envoy +2, talks +2)" in text
    assert "near miss Strikes: 2.5 < min_score 3 (drone* +2.5)" in text
    only = explain_text(explain([a], cfg), "strikes")
    assert "¶3" in only and "¶1" not in only  # (counted from 1, as a reader counts)


def test_negative_terms_show_what_they_take_away(cfg: Config) -> None:
    a = make_article("The summit talks were overshadowed by the football final.", cfg, name="f.txt", title="x")
    (why,) = explain([a], cfg)
    hits = {h.term: h.adds for r in why.paragraphs[0].reaches + why.paragraphs[0].near for h in r.hits}
    assert hits["football"] == -3 and hits["summit"] == 3


def test_found_storylines_are_explained_and_named_by_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bare = parse_config("storylines: {}\n", source="<test>", base_dir=tmp_path)
    arts = [make_article(t, bare, name=f"{k}-{i}.txt", title=f"{k} {i}") for k, ts in SUBJECTS.items()
            for i, t in enumerate(ts)]
    whys = explain(arts, bare)
    text = explain_text(whys)
    assert "found storyline (grouped by subject with other articles)" in text
    title = next(t for w in whys for p in w.paragraphs for _, t, how in p.went if how == "found")
    only = explain_text(whys, title)
    assert only and title in only and "wheat" in only.lower() + title.lower() or title in only


def test_a_near_miss_needs_a_third_of_min_score(cfg: Config) -> None:
    # "attack" alone is 2 of strikes' 3: a near miss; "summit" talk with nothing of strikes is none
    a = make_article("The attack was reported late.\n\nThe weather stayed mild.", cfg, name="n.txt", title="x")
    first, second = explain([a], cfg)[0].paragraphs
    assert [r.key for r in first.near] == ["strikes"] and second.near == ()


def test_hostile_text_is_shown_printable(cfg: Config) -> None:
    a = make_article("The summit \x1b[31mtalks\x1b[0m resumed, the envoy said.", cfg, name="x.txt", title="t\x1b]0;x\x07")
    text = explain_text(explain([a], cfg))
    assert "\x1b" not in text and "\x07" not in text


def test_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "geneva.txt").write_text("Talks resume\n\n" + TEXT, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(YAML, encoding="utf-8")
    args = ["explain", "--config", str(tmp_path / "config.yaml"), "--sources", str(tmp_path / "news")]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "geneva.txt" in out and ">= min_score 3" in out
    assert cli.main(args + ["--article", "geneva.txt", "--storyline", "Strikes"]) == 0
    assert "near miss Strikes" in capsys.readouterr().out
    assert cli.main(args + ["--storyline", "sport"]) == cli.EXIT_USAGE
    assert "no such storyline" in capsys.readouterr().err
    assert cli.main(args + ["--article", "nope.txt"]) == cli.EXIT_NOTHING

"""Assignment rules: per paragraph, split by sentence, headings, neighbours, Other,
copies, empty and odd configs, order and dates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.config.load import parse_config
from briefing.config.schema import Config
from briefing.model import Article, Storyline
from briefing.storylines.assign import OTHER_KEY, assign_storylines
from tests.conftest import make_article

RULES_YAML = """
storylines:
  talks:
    title: Talks
    terms: {summit: 3, talks: 2, ceasefire: 2, envoy: 2, negotiat*: 2}
    min_score: 3
  strikes:
    title: Strikes
    terms: {drone*: 2.5, missile*: 2, attack*: 2, shelling: 2.5}
    min_score: 3
  quiet:
    title: Quiet
    terms: {zeppelin: 3}
"""


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return parse_config(RULES_YAML, source="<test>", base_dir=tmp_path_factory.mktemp("c"))


def art(cfg: Config, text: str, name: str = "a.txt", date: str | None = "2025-03-04") -> Article:
    return make_article(text, cfg, name=name, title="Test article", date=date)


def where(storylines: tuple[Storyline, ...], a: Article, needle: str) -> set[str]:
    index = next(b.index for b in a.blocks if needle in b.text)
    return {s.key for s in storylines for p in s.passages if (p.article, p.paragraph) == (a.id, index)}


TALKS = "The summit talks resumed in Geneva on Monday, the envoy said."
STRIKE = "A drone attack hit a fuel depot overnight, officials said."


def test_one_article_feeds_every_storyline_it_covers(cfg: Config) -> None:
    a = art(cfg, f"{TALKS}\n\n{STRIKE}\n\nThe weather in the capital stayed mild for the season, forecasters noted.")
    out = assign_storylines([a], cfg)
    assert [s.key for s in out] == ["talks", "strikes", "quiet", OTHER_KEY]
    assert where(out, a, "summit") == {"talks"} and where(out, a, "drone") == {"strikes"}
    assert where(out, a, "weather") == {OTHER_KEY}
    assert out[2].passages == () and out[2].articles == () and out[2].substories == ()


def test_a_mixed_paragraph_is_split_by_sentence(cfg: Config) -> None:
    text = (f"{TALKS} Delegates arrived by train. {STRIKE} The depot burned for hours.\n\n"
            "An unrelated paragraph about gardening follows, with nothing else in it at all.")
    a = art(cfg, text)
    out = {s.key: s for s in assign_storylines([a], cfg)}
    (t,) = out["talks"].passages
    (k,) = out["strikes"].passages
    assert t.paragraph == k.paragraph == 0
    assert t.text == f"{TALKS} Delegates arrived by train."  # a sentence without evidence stays with the one before
    assert k.text == f"{STRIKE} The depot burned for hours."
    assert t.score > 0 and k.score > 0


def test_one_sentence_about_two_storylines_goes_whole_to_both(cfg: Config) -> None:
    a = art(cfg, "Drone attacks continued while the summit talks went on, officials said.")
    out = {s.key: s for s in assign_storylines([a], cfg)}
    assert out["talks"].passages[0].text == out["strikes"].passages[0].text == a.blocks[0].text


def test_below_the_threshold_goes_to_other(cfg: Config) -> None:
    a = art(cfg, "Officials mentioned the talks only in passing, among many other things that day.")
    out = assign_storylines([a], cfg)
    assert where(out, a, "passing") == {OTHER_KEY}


def test_a_heading_goes_with_the_paragraphs_under_it(cfg: Config) -> None:
    text = ("Summit talks in Geneva\n\n"
            "Delegations from both countries arrived by train and met behind closed doors on Monday.\n\n"
            "Arrivals in Geneva\n\n"
            "The envoy was seen leaving the hotel early on Tuesday morning, reporters said.\n\n"
            "Summit talks in Geneva resume\n\n"
            "The envoy was seen again on Wednesday evening, near the station, reporters said.\n\n"
            "Drone attack on the depot\n\n"
            "Firefighters fought the blaze at the depot until dawn, the fire service said.")
    a = art(cfg, text)
    assert [b.kind for b in a.blocks] == ["heading", "paragraph"] * 4
    out = assign_storylines([a], cfg)
    assert where(out, a, "Delegations") == {"talks"}  # no evidence of its own: takes its heading's
    assert where(out, a, "Tuesday morning") == {OTHER_KEY}  # weak evidence (2 < 3), weak heading
    assert where(out, a, "Wednesday evening") == {"talks"}  # weak evidence plus half the heading's
    assert where(out, a, "Firefighters") == {"strikes"}


def test_a_weak_paragraph_continues_its_neighbour(cfg: Config) -> None:
    weak = "The envoy left the room without comment, witnesses said."  # 2 < 3, but a third of it
    a = art(cfg, f"{TALKS}\n\n{weak}")
    alone = art(cfg, f"{weak}\n\nThe harvest festival drew large crowds to the old town square.", name="b.txt")
    out = assign_storylines([a, alone], cfg)
    assert where(out, a, "without comment") == {"talks"}
    assert where(out, alone, "without comment") == {OTHER_KEY}


def test_short_asides_between_two_paragraphs_of_a_storyline_stay_with_it(cfg: Config) -> None:
    aside = "Delegates arrived by train from the coast, some of them visibly tired."
    aside2 = "\u201cWe are ready for anything,\u201d one of them told reporters outside."
    three = aside + "\n\n" + aside2 + "\n\nThe hotel was closed to the public for the day."
    a = art(cfg, f"{TALKS}\n\n{aside}\n\n{aside2}\n\n{TALKS.replace('Monday', 'Tuesday')}")
    b = art(cfg, f"{TALKS}\n\n{three}\n\n{TALKS.replace('Monday', 'Tuesday')}", name="b.txt")
    out = assign_storylines([a, b], cfg)
    assert where(out, a, "arrived by train") == {"talks"} and where(out, a, "ready for anything") == {"talks"}
    assert where(out, b, "arrived by train") == {OTHER_KEY}  # three in a row is no aside


def test_bullets_are_blocks_too(cfg: Config) -> None:
    a = art(cfg, f"{TALKS}\n\n- Drone and missile attacks hit two towns overnight.\n- Shelling resumed at dawn near the river.")
    out = assign_storylines([a], cfg)
    assert where(out, a, "two towns") == {"strikes"} and where(out, a, "Shelling") == {"strikes"}
    assert a.blocks[1].kind == "bullet"


def test_copies_feed_nothing_themselves(cfg: Config) -> None:
    a = art(cfg, f"{TALKS}\n\n{STRIKE}")
    copy = replace(art(cfg, f"{TALKS}\n\n{STRIKE}", name="copy.txt"), duplicate_of=a.id)
    out = assign_storylines([a, copy], cfg)
    assert all(p.article == a.id for s in out for p in s.passages)
    assert all(copy.id not in s.articles for s in out)


def test_nothing_is_dropped_silently(cfg: Config) -> None:
    a = art(cfg, f"{TALKS}\n\nA paragraph about nothing in particular, written at some length here.\n\n{STRIKE}\n\n- a bullet about lunch menus in the canteen today")
    out = assign_storylines([a], cfg)
    placed = {p.paragraph for s in out for p in s.passages}
    assert placed == {b.index for b in a.blocks if b.kind != "heading"}


def test_other_is_left_out_when_empty_and_always_last(cfg: Config) -> None:
    out = assign_storylines([art(cfg, f"{TALKS}\n\n{STRIKE}")], cfg)
    assert [s.key for s in out] == ["talks", "strikes", "quiet"]
    assert assign_storylines([], cfg) == tuple(assign_storylines([], cfg))
    assert [s.key for s in assign_storylines([], cfg)] == ["talks", "strikes", "quiet"]


def test_no_storylines_at_all_puts_everything_under_other(tmp_path: Path) -> None:
    cfg = parse_config("storylines: {}\n", source="<test>", base_dir=tmp_path)
    a = art(cfg, f"{TALKS}\n\n{STRIKE}")
    out = assign_storylines([a], cfg)
    assert [s.key for s in out] == [OTHER_KEY]
    assert [p.paragraph for p in out[0].passages] == [0, 1] and out[0].articles == (a.id,)


def test_a_storyline_whose_terms_never_match_is_listed_empty(cfg: Config) -> None:
    out = {s.key: s for s in assign_storylines([art(cfg, TALKS)], cfg)}
    quiet = out["quiet"]
    assert quiet.title == "Quiet" and quiet.passages == () and (quiet.first, quiet.last) == (None, None)


def test_odd_terms_do_not_break_scoring(tmp_path: Path) -> None:
    yaml = ("storylines:\n  odd:\n    terms: ['***', '-', 'C++', 'U.S.', 'état*', '  spaced   out  ']\n    min_score: 1\n"
            "  zero:\n    terms: {summit: 0}\n    min_score: 0\n")
    cfg = parse_config(yaml, source="<test>", base_dir=tmp_path)
    a = art(cfg, "The U.S. and the état-major spoke, spaced out over a week.\n\nA summit was held.")
    out = {s.key: s for s in assign_storylines([a], cfg)}
    assert [p.paragraph for p in out["odd"].passages] == [0]
    assert out["zero"].passages == ()  # weight 0 is no evidence, even with min_score 0
    assert [p.paragraph for p in out[OTHER_KEY].passages] == [1]


def test_articles_by_date_undated_last_and_date_span(cfg: Config) -> None:
    late = art(cfg, STRIKE, name="late.txt", date="2025-03-09")
    early = art(cfg, STRIKE.replace("fuel", "grain"), name="early.txt", date="2025-03-02")
    undated = art(cfg, STRIKE.replace("fuel", "ammunition"), name="undated.txt", date=None)
    out = {s.key: s for s in assign_storylines([undated, late, early], cfg)}
    k = out["strikes"]
    assert k.articles == (early.id, late.id, undated.id)
    assert [p.article for p in k.passages] == [early.id, late.id, undated.id]
    assert (str(k.first), str(k.last)) == ("2025-03-02", "2025-03-09")


@pytest.mark.parametrize("body", [
    "drone summit Ryazan Moscow “quoted” " * 30000,  # 1 MB, one paragraph, no sentence end
    "Drone attack. Summit talks. (Sanctions.) " * 25000,  # thousands of sentences
    '"a" “b” U.S. A: ' * 70000,  # quotes, abbreviations, labels
], ids=["megabyte-line", "many-sentences", "quotes-and-abbreviations"])
def test_hostile_paragraphs_are_fast(cfg: Config, body: str) -> None:
    import time

    from briefing.model import Block
    a = Article(id="x", path="x.txt", title="t", published=None, outlet=None, url=None, words=1, content_hash="h",
                blocks=(Block(0, "heading", "Budapest"), Block(1, "paragraph", body), Block(2, "paragraph", TALKS)))
    t = time.perf_counter()
    out = assign_storylines([a], cfg)
    assert time.perf_counter() - t < 3.0
    assert {p.paragraph for s in out for p in s.passages} == {1, 2}


def test_continuation_runs_both_ways_along_weak_paragraphs(cfg: Config) -> None:
    weak = "The envoy spoke briefly to reporters, witness number {}."  # 2 < 3 each, a third of 3 is 1
    body = "\n\n".join(weak.format(i) for i in range(6))
    a = art(cfg, f"{body}\n\n{TALKS}\n\n{body.replace('witness', 'observer')}")
    out = assign_storylines([a], cfg)
    assert {p.paragraph for p in out[0].passages} == set(range(13))


def test_a_table_of_figures_is_read_as_paragraphs_and_the_title_leads_it(tmp_path: Path) -> None:
    cfg = parse_config("storylines:\n  results:\n    title: Results\n    terms: {loss: 2, quarterly: 2}\n"
                       "    min_score: 2\n", source="<test>", base_dir=tmp_path)
    table = "Oper shr loss 1.08 dlrs vs loss 84 cts\nOper loss 7,700,000 vs loss 1,700,000\nRevs 11,800,000 vs 9,800,000"
    a = make_article(table.replace("\n", "\n\n"), cfg, name="t.txt", title="Acme Corp results", date="1987-03-02")
    out = {s.key: s for s in assign_storylines([a], cfg)}
    assert "results" in out and 0 in {p.paragraph for p in out["results"].passages}  # a table line, not a heading
    # a line with no term of its own, under a title that reaches the storyline
    notice = "SPRINGFIELD, Ill., March 2 - Regular payout 12 cts vs 12 cts prior\n\nPay April 1\n\nRecord March 16"
    b = make_article(notice, cfg, name="d.txt", title="ACME CORP QUARTERLY DIVIDEND", date="1987-03-02")
    got = {s.key: s for s in assign_storylines([b], cfg)}
    assert "results" in got and [p.paragraph for p in got["results"].passages] == [0, 2]
    plain = make_article(notice, cfg, name="e.txt", title="ACME CORP NOTICE", date="1987-03-02")
    assert {s.key: s for s in assign_storylines([plain], cfg)}["results"].passages == ()
    # the wires' shorthand is the term's word: "Qtly" is "quarterly"
    short = make_article(notice.replace("Regular payout", "Qtly div"), cfg, name="f.txt", title="ACME CORP NOTICE",
                         date="1987-03-02")
    assert [p.paragraph for p in {s.key: s for s in assign_storylines([short], cfg)}["results"].passages] == [0]

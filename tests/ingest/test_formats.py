"""Each article format, and the messy-text rules, on fixtures the tests write."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.errors import SourceError
from briefing.ingest.load import load_articles

BODY = "The minister said the talks would resume on Monday.\n\nA second paragraph follows here with more detail."


def load(tmp_path: Path, config: Config, *sources: str):  # type: ignore[no-untyped-def]
    return load_articles([str(tmp_path / s) for s in sources] or [str(tmp_path)], config)


def test_markdown_front_matter(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Talks resume\ndate: 2025-10-21\nsource: Example Times\nurl: https://example.com/a\n---\n"
        "# Heading one\n\n" + BODY + "\n\n- first bullet\n- second bullet\n", encoding="utf-8")
    (a,), problems = load(tmp_path, repo_config)
    assert not problems
    assert (a.title, a.published, a.outlet, a.url) == ("Talks resume", dt.date(2025, 10, 21), "Example Times", "https://example.com/a")
    assert [b.kind for b in a.blocks] == ["heading", "paragraph", "paragraph", "bullet", "bullet"]
    assert a.blocks[0].text == "Heading one"


def test_markdown_outlet_alias_and_images(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "b.md").write_text("---\ntitle: T\noutlet: Wire\n---\n![a photo](x.png)\n\n" + BODY)
    (a,), _ = load(tmp_path, repo_config)
    assert a.outlet == "Wire" and "photo" not in a.text


def test_json_object_and_list(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "One", "text": BODY, "published": "Nov 3, 2025", "source": {"name": "Wire"}}))
    (tmp_path / "many.json").write_text(json.dumps([{"headline": "Two", "body": BODY}, {"title": "Three", "content": BODY, "date": "2025-11-02T08:00:00Z"}]))
    articles, problems = load(tmp_path, repo_config)
    assert not problems
    by_title = {a.title: a for a in articles}
    assert set(by_title) == {"One", "Two", "Three"}
    assert by_title["One"].published == dt.date(2025, 11, 3) and by_title["One"].outlet == "Wire"
    assert by_title["Three"].published == dt.date(2025, 11, 2)
    assert len({a.id for a in articles}) == 3


def test_jsonl_with_a_bad_line(tmp_path: Path, repo_config: Config) -> None:
    lines = [json.dumps({"title": "A", "text": BODY}), "{not json", json.dumps({"title": "B", "text": BODY}), json.dumps({"title": ["a", "list"], "text": BODY}),
             json.dumps({"title": 5, "text": BODY})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    articles, problems = load(tmp_path, repo_config)
    assert [a.title for a in articles][:2] == ["A", "B"] and [a.title for a in articles][3] == "5"
    assert len(articles) == 4  # a field of the wrong type costs the field, not the article
    assert any("line 2" in p.path and "bad JSON" in p.reason for p in problems)
    assert any("line 4" in p.path and "should be text" in p.reason and p.severity == "warning" for p in problems)


def test_folders_are_read_recursively_in_a_stable_order(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "deep.txt").write_text("Deep title\n" + BODY)
    (tmp_path / "a.txt").write_text("Top title\n" + BODY)
    articles, _ = load(tmp_path, repo_config)
    assert [a.title for a in articles] == ["Top title", "Deep title"]


def test_glob_and_single_file_sources(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "x.txt").write_text("X title\n" + BODY)
    (tmp_path / "y.md").write_text("Y title\n\n" + BODY)
    arts, _ = load_articles([str(tmp_path / "*.md")], repo_config)
    assert [a.title for a in arts] == ["Y title"]
    arts, _ = load_articles([str(tmp_path / "x.txt")], repo_config)
    assert [a.title for a in arts] == ["X title"]


def test_missing_source_is_an_error_naming_it(tmp_path: Path, repo_config: Config) -> None:
    with pytest.raises(SourceError, match="no-such-folder"):
        load_articles([str(tmp_path / "no-such-folder")], repo_config)


@pytest.mark.parametrize(
    "first, expected",
    [
        ("3 November, 2025", dt.date(2025, 11, 3)),
        ("Nov 3, 2025", dt.date(2025, 11, 3)),
        ("November 3rd, 2025", dt.date(2025, 11, 3)),
        ("2025-11-03", dt.date(2025, 11, 3)),
        ("Monday, 3 November 2025 08:15 GMT", dt.date(2025, 11, 3)),
        ("Published: 2025-11-03", dt.date(2025, 11, 3)),
    ],
)
def test_date_line_forms(first: str, expected: dt.date, make) -> None:  # type: ignore[no-untyped-def]
    a = make(first + "\nA headline for the story\n" + BODY)
    assert a.published == expected
    assert a.title == "A headline for the story"


def test_a_wire_headline_over_a_date_and_time_line(make) -> None:  # type: ignore[no-untyped-def]
    """As the Reuters wire files them: the headline is not joined to the stamp under it."""
    a = make("TRADE ISSUES STRAINING EC'S PATIENCE WITH JAPAN\n1987-04-13 05:15\n\n"
             "BRUSSELS, April 13 - Member states of the European Community are starting to run out of patience.\n")
    assert a.title == "TRADE ISSUES STRAINING EC'S PATIENCE WITH JAPAN"
    assert a.published == dt.date(1987, 4, 13)


def test_date_prefix_in_text(make) -> None:  # type: ignore[no-untyped-def]
    a = make(" date 2025-11-01 The agency reported on Friday that the talks were off. " + BODY)
    assert a.published == dt.date(2025, 11, 1)
    assert a.blocks[0].text.startswith("The agency reported")


def test_no_date_is_undated(make) -> None:  # type: ignore[no-untyped-def]
    assert make("Headline\n" + BODY).published is None


def test_a_line_over_the_date_line_is_the_title_whatever_its_shape(make) -> None:  # type: ignore[no-untyped-def]
    """Wire headlines open with a ticker or end with a tag: the date line under them says they are
    the headline (else the first table row or the second paragraph became the title)."""
    for title in ("<GIANT YELLOWKNIFE MINES LTD> 4TH QTR NET", "TO-FITNESS INC <TFIT> YEAR LOSS (update)"):
        a = make(f"{title}\n1987-04-02 09:05\n\nTORONTO, April 2 - Shr 23 cts vs 46 cts\n\nRevs 14.6 mln vs 15.0 mln\n\nReuter")
        assert a.title == title
        assert a.published == dt.date(1987, 4, 2)
        assert a.blocks[0].text.startswith("TORONTO")


def test_title_falls_back_to_file_name(make) -> None:  # type: ignore[no-untyped-def]
    a = make("- only a bullet here\n- and another", name="my_story-name.txt")
    assert a.title == "my story name"


def test_rewrapped_lines_are_joined(make) -> None:  # type: ignore[no-untyped-def]
    text = ("The talks collapsed after the minister's call, officials said on\n"
            "Tuesday, and no new date has been set for a meeting between the\n"
            "two sides, according to people familiar with the matter.\n\n"
            "A second paragraph.")
    a = make("Headline here\n\n" + text)
    assert a.blocks[0].text.startswith("The talks collapsed") and a.blocks[0].text.endswith("matter.")
    assert len(a.blocks) == 2


def test_dateline_gives_the_outlet(make) -> None:  # type: ignore[no-untyped-def]
    a = make("Headline\nLONDON (Reuters) - Oil prices rose on Monday after the sanctions. " + BODY)
    assert a.outlet == "Reuters"
    # a well-known outlet under its shown name; another keeps the dateline's
    assert make("Headline\nBOSTON (CBS) – One of the people killed was a boy. " + BODY).outlet == "CBS News"
    assert make("Headline\nLANCASTER (CBSLA) — A body was found. " + BODY).outlet == "CBSLA"
    assert make("Headline\nMIAMI (CBS Miami) — A body was found. " + BODY).outlet == "CBS Miami"  # not CBS News
    assert make("Headline\nLAGOS (Guardian Nigeria) — A body was found. " + BODY).outlet == "Guardian Nigeria"


def test_matching_uses_a_normalised_copy() -> None:
    from briefing.text.words import normalize

    assert normalize("Moscow’s “demands” — Óbuda") == "moscow's \"demands\" - obuda"


def test_nothing_is_written_into_source_folders(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "a.txt").write_text("Title\n" + BODY)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    load_articles([str(tmp_path)], repo_config)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_word_count_is_the_sum_over_blocks(tmp_path: Path, repo_config: Config) -> None:
    """Words at the edges of blocks are never joined across them (a trailing hyphen, an
    apostrophe, non-ASCII letters), so the article's count is its blocks' counts added."""
    from briefing.text.words import word_count

    (tmp_path / "a.md").write_text(
        "# A well-\n\nknown case\n\nThe rebels'\n\n'forces moved - Zelenskyy’s aides and Erdoğan met.\n\n- it's 2025-\n",
        encoding="utf-8")
    (a,), _ = load(tmp_path, repo_config)
    assert a.words == sum(word_count(b.text) for b in a.blocks) == 13  # "Zelenskyy’s" is one word


@pytest.mark.parametrize(
    "debris",
    [
        "Image copyright Getty Images Image caption Debris from the crash is laid out for investigation in 2009",
        "Image caption Police officers in riot gear waited outside the station",
        "Image copyright Getty Images",  # a credit alone
        "Story Continued Below",
        "Story continues below advertisement",
        "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later",
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box.",
        "Click to email this to a friend (Opens in new window)",  # share buttons
        "Click to share on Twitter (Opens in new window)",
        # a web archive's note where the saved page's text is missing
        "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every"
        " day, these data are added to the Wayback Machine after an embargo period.",
        "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.",
    ],
)
def test_page_debris_is_neither_title_nor_text(debris: str, make) -> None:  # type: ignore[no-untyped-def]
    """Photo captions and credits, "continued below" and newsletter boxes of real pages."""
    a = make(debris + "\n\n" + BODY)
    assert a.title != debris and all(b.text != debris for b in a.blocks)
    assert [b.text for b in a.blocks] == BODY.split("\n\n")


def test_a_line_that_ends_in_a_link_marker_is_kept(make) -> None:  # type: ignore[no-untyped-def]
    line = "The ministry published the list of 41 sanctioned firms (opens in new window)"
    a = make(BODY + "\n\n" + line)
    assert any(b.text == line for b in a.blocks)


@pytest.mark.parametrize("story", ["Image copyright is a thorny legal issue for news sites, the judge wrote.",
                                   "Story continued below the fold on the front page of the late edition.",
                                   "The Internet Archive's Wayback Machine has saved a trillion pages, the library said."])
def test_story_text_that_opens_like_debris_is_kept(story: str, make) -> None:  # type: ignore[no-untyped-def]
    a = make(BODY + "\n\n" + story)
    assert a.blocks[-1].text == story


@pytest.mark.parametrize("sentence, title", [
    # cut at a clause's comma, never inside a noun phrase ("for a bitter, multimillion-dollar ...")
    ("The fight over the late singer's most famous guitar is heading for a bitter, multimillion-dollar court battle "
     "in Los Angeles, lawyers for both sides said on Friday.",
     "The fight over the late singer's most famous guitar is heading for a bitter, multimillion-dollar court battle "
     "in Los Angeles"),
    # too long with no clause to cut at: cut short and marked, never ending on "a" or "for"
    ("The fight over tragic frontman Kurt Ramsey's most priceless guitar is heading for a bitter multimillion-dollar "
     "court battle in the courts of Los Angeles County this year.",
     "The fight over tragic frontman Kurt Ramsey's most priceless guitar is heading…"),
    # many words but short: whole, never cut
    ("A fire at a chemical plant in Texas on Sunday forced the evacuation of homes near the site.",
     "A fire at a chemical plant in Texas on Sunday forced the evacuation of homes near the site"),
])
def test_a_title_from_a_long_first_sentence_is_cut_where_a_phrase_ends(sentence: str, title: str) -> None:
    from briefing.ingest.structure import headline_from_sentence

    assert headline_from_sentence(sentence) == title


def test_a_title_from_the_first_sentence_skips_a_video_players_caption(make) -> None:  # type: ignore[no-untyped-def]
    a = make("EMBED More News Videos A 38-year-old man was killed when his car crashed and caught fire in Lisk.\n\n"
             "The investigation into the fatal crash in Lisk continued today with police digging through the wreck.\n\n"
             "Friends and family are mourning the engineer who died in the crash on Friday morning.")
    assert a.title.startswith("The investigation into the fatal crash")

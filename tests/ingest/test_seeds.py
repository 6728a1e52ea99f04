"""The loader on the five real seed articles: titles, stated dates, debris gone, structure kept."""

from __future__ import annotations

import datetime as dt

from briefing.model import Article
from tests.conftest import seed


def kinds(a: Article) -> list[str]:
    return [b.kind for b in a.blocks]


def texts(a: Article) -> str:
    return "\n".join(b.text for b in a.blocks)


def test_all_five_load_without_problems(seed_articles: list[Article]) -> None:
    assert len(seed_articles) == 5
    assert len({a.id for a in seed_articles}) == 5


def test_slug_becomes_a_title_with_the_articles_own_capitals(seed_articles: list[Article]) -> None:
    assert seed(seed_articles, "000").title == "Kremlin and Trump cancel urgent meeting amid ongoing Ukraine conflict"


def test_title_line(seed_articles: list[Article]) -> None:
    a = seed(seed_articles, "002")
    assert a.title == "Putin Proposes Meeting with Trump to Discuss Ukraine Conflict"
    assert not a.blocks[0].text.startswith("Putin Proposes")


def test_headline_heading_when_there_is_no_title_line(seed_articles: list[Article]) -> None:
    assert seed(seed_articles, "003").title == "Second Trump-Putin Summit Canceled"


def test_first_sentence_titles_are_sentences_not_fragments(seed_articles: list[Article]) -> None:
    for prefix in ("001", "004"):
        title = seed(seed_articles, prefix).title
        assert 20 <= len(title) <= 130
        assert not title.endswith("U.S.")  # the abbreviation is not a sentence end
    assert seed(seed_articles, "001").title.startswith("The planned summit between U.S. President Donald Trump")


def test_stated_dates(seed_articles: list[Article]) -> None:
    assert seed(seed_articles, "000").published == dt.date(2025, 11, 3)
    assert seed(seed_articles, "004").published == dt.date(2025, 11, 1)
    for prefix in ("001", "002", "003"):
        assert seed(seed_articles, prefix).published is None


def test_date_prefix_removed_from_text(seed_articles: list[Article]) -> None:
    a = seed(seed_articles, "004")
    assert a.blocks[0].text.startswith("The Financial Times is out")


def test_debris_dropped(seed_articles: list[Article]) -> None:
    every = "\n".join(texts(a) for a in seed_articles)
    for debris in ("Logo", "Image 1", "Stay tuned for more updates", "in this detailed analysis"):
        assert debris not in every
    assert "3 November, 2025" not in texts(seed(seed_articles, "000"))
    assert "kremlin-and-trump" not in texts(seed(seed_articles, "000"))


def test_headings_and_bullets_kept(seed_articles: list[Article]) -> None:
    a = seed(seed_articles, "001")
    headings = [b.text for b in a.blocks if b.kind == "heading"]
    assert "What Caused the Cancellation of the Trump-Putin Summit?" in headings
    assert "Key Takeaways" in headings and "Frequently Asked Questions" in headings
    bullets = [b.text for b in a.blocks if b.kind == "bullet"]
    assert len(bullets) == 6
    assert bullets[0].startswith("U.S.-Russia talks collapse")  # the "- " marker is gone
    g = seed(seed_articles, "003")
    assert [b.text for b in g.blocks if b.kind == "heading"][:2] == ["Second Trump-Putin Summit Canceled", "Russia Rejects “Peace Signals” from Washington"]
    assert "Budapest" in [b.text for b in g.blocks if b.kind == "heading"]


def test_paragraphs_split_on_single_and_blank_lines(seed_articles: list[Article]) -> None:
    assert kinds(seed(seed_articles, "002")).count("paragraph") == 24
    assert kinds(seed(seed_articles, "000")).count("paragraph") == 8


def test_original_characters_kept(seed_articles: list[Article]) -> None:
    g = texts(seed(seed_articles, "003"))
    assert "Óbuda" in g and "Moscow’s" in g and "–" in g


def test_ids_are_stable(seed_articles: list[Article], repo_config) -> None:  # type: ignore[no-untyped-def]
    from briefing.ingest.load import load_articles
    from tests.conftest import SEEDS

    again, _ = load_articles([str(SEEDS)], repo_config)
    assert [a.id for a in again] == [a.id for a in seed_articles]

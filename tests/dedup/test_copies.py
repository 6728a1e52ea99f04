"""Article-level de-duplication: every kind of re-publication merges, separate reporting never does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.config.schema import DedupConfig
from briefing.dedup.copies import find_duplicates
from briefing.model import Article
from tests.dedup_fixtures import HEADLINE, SEPARATE, original, republications

CFG = DedupConfig()


@pytest.mark.parametrize("kind", sorted(republications()))
def test_each_kind_of_republication_is_one_story(make, kind: str) -> None:
    a = make(original(), name="orig.txt")
    b = make(republications()[kind], name=f"{kind}.txt")
    out = find_duplicates([a, b], CFG)
    assert [x.id for x in out] == [a.id, b.id]
    primary, copy = (out[0], out[1]) if out[1].duplicate_of else (out[1], out[0])
    assert copy.duplicate_of == primary.id
    assert primary.duplicate_of is None
    assert primary.copies == (copy.id,)


def test_a_whole_family_of_copies_is_one_story(make) -> None:
    arts = [make(original(), name="orig.txt")] + [make(t, name=f"{k}.txt") for k, t in republications().items()]
    out = find_duplicates(arts, CFG)
    primaries = [a for a in out if a.duplicate_of is None]
    assert len(primaries) == 1
    kept = primaries[0]
    assert set(kept.copies) == {a.id for a in out} - {kept.id}
    assert all(a.duplicate_of == kept.id for a in out if a is not kept)


def test_kept_copy_is_the_fullest(make) -> None:
    trimmed = make(republications()["trimmed_last"], name="t.txt")
    full = make(republications()["added_paragraph"], name="f.txt")
    plain = make(original(), name="o.txt")
    out = find_duplicates([trimmed, plain, full], CFG)
    assert out[2].duplicate_of is None
    assert out[0].duplicate_of == out[1].duplicate_of == full.id
    assert out[2].copies == (trimmed.id, plain.id)


def test_ties_go_to_the_earliest_published_then_the_first_loaded(make) -> None:
    late = make(original(), name="late.txt", date="2025-11-04")
    early = make(original(), name="early.txt", date="2025-11-02")
    undated = replace(make(original(), name="undated.txt"), published=None)
    out = find_duplicates([undated, late, early], CFG)
    assert [a.duplicate_of for a in out] == [early.id, early.id, None]
    a1 = make(original(), name="one.txt")
    a2 = make(original(), name="two.txt")
    out = find_duplicates([a1, a2], CFG)
    assert out[0].duplicate_of is None and out[1].duplicate_of == a1.id


def test_separately_written_reports_of_one_event_stay_apart(make) -> None:
    a = make(original(), name="orig.txt")
    b = make(SEPARATE, name="other.txt")
    out = find_duplicates([a, b], CFG)
    assert all(x.duplicate_of is None and not x.copies for x in out)


def test_the_seeds_are_never_merged(seed_articles: list[Article]) -> None:
    out = find_duplicates(seed_articles, CFG)
    assert all(a.duplicate_of is None and not a.copies for a in out)


def test_nothing_is_dropped_or_reordered(make, seed_articles: list[Article]) -> None:
    arts = list(seed_articles) + [make(original(), name="o.txt"), make(republications()["typos"], name="t.txt")]
    out = find_duplicates(arts, CFG)
    assert [a.id for a in out] == [a.id for a in arts]
    assert [a.blocks for a in out] == [a.blocks for a in arts]
    assert sum(1 for a in out if a.duplicate_of) == 1


def test_the_threshold_comes_from_the_config(make) -> None:
    a = make(original(), name="o.txt")
    b = make(republications()["word_swaps"], name="w.txt")
    assert find_duplicates([a, b], DedupConfig(article_threshold=85))[1].duplicate_of == a.id
    assert find_duplicates([a, b], DedupConfig(article_threshold=99.5))[1].duplicate_of is None


def test_a_paragraph_of_a_longer_story_is_not_a_copy_but_a_trimmed_one_is(make) -> None:
    """A paragraph lifted from a longer story is shared text; the story cut to its first
    paragraphs (a brief of the wire story) is a trimmed re-publication."""
    from tests.dedup_fixtures import PARAGRAPHS, render

    long_ = make(original(), name="l.txt")
    lifted = make(render("Strike", "2025-11-03", PARAGRAPHS[1:2]), name="s.txt")
    out = find_duplicates([lifted, long_], CFG)
    assert out[0].duplicate_of is None and out[1].duplicate_of is None
    cut = make(render(HEADLINE, "2025-11-03", PARAGRAPHS[:2]), name="c.txt")
    assert find_duplicates([cut, long_], CFG)[0].duplicate_of == long_.id


def test_a_large_family_beyond_the_posting_cap_is_found(make) -> None:
    from briefing.dedup import copies as dedup

    base = original()
    words = ["exports", "members", "reporters", "mediator", "harvest", "shipments", "morning", "summer"]
    arts = []
    for i in range(dedup.POSTING_CAP + 16):
        text = base.replace(words[i % len(words)], words[i % len(words)][::-1], 1)
        arts.append(make(text + f"\nCopy number {i}.\n", name=f"c{i}.txt"))
    out = find_duplicates(arts, CFG)
    assert sum(1 for a in out if a.duplicate_of is None) == 1


def test_empty_and_single(make) -> None:
    assert find_duplicates([], CFG) == []
    a = make(original(), name="o.txt")
    assert find_duplicates([a], CFG) == [a]


def test_wrapping_does_not_make_a_copy_fuller(make) -> None:
    """A byline, dateline or footer adds words but no story: the earlier plain copy is kept."""
    a = make(original(), name="o.txt", date="2025-11-03")
    for kind in ("dateline", "byline", "footer"):
        b = make(republications()[kind], name="d.txt", date="2025-11-04")
        if kind == "byline":  # a byline line is no story text at all: the writers, not a paragraph
            assert (b.words, b.author) == (a.words, "Jonas Whitfield and Priya Raman")
        else:
            assert b.words > a.words
        assert find_duplicates([b, a], CFG)[0].duplicate_of == a.id


def test_a_copy_is_published_within_days_of_its_original(make) -> None:
    """The same text weeks apart is a new story told in the same words (a weekly report, a
    rate left unchanged again); undated, only the text can tell."""
    a = make(original(), name="o.txt", date="2025-11-03")
    soon = make(republications()["dateline"], name="d.txt", date="2025-11-05")
    late = make(republications()["dateline"], name="d.txt", date="2025-11-20")
    undated = replace(make(republications()["dateline"], name="d.txt"), published=None)
    assert find_duplicates([a, soon], CFG)[1].duplicate_of == a.id
    assert [x.duplicate_of for x in find_duplicates([a, late], CFG)] == [None, None]
    assert find_duplicates([a, undated], CFG)[1].duplicate_of == a.id
    assert [x.duplicate_of for x in find_duplicates([a, late], DedupConfig(max_days_apart=30))] == [None, a.id]


def _pool() -> list[str]:
    from tests.dedup_fixtures import EXTRA, PARAGRAPHS, SEPARATE

    return PARAGRAPHS + [EXTRA] + SEPARATE.split("\n\n")[1:]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 10), min_size=1, max_size=6), min_size=0, max_size=8))
def test_families_are_consistent(repo_config, picks: list[list[int]]) -> None:
    from tests.conftest import make_article

    pool = _pool()
    arts = [make_article("Title\n2025-11-03\n\n" + "\n\n".join(pool[i % len(pool)] for i in p), repo_config,
                         name=f"{n}.txt") for n, p in enumerate(picks)]
    out = find_duplicates(arts, CFG)
    assert [a.id for a in out] == [a.id for a in arts]
    by_id = {a.id: a for a in out}
    for a in out:
        if a.duplicate_of:
            kept = by_id[a.duplicate_of]
            assert kept.duplicate_of is None and a.id in kept.copies and not a.copies
        for c in a.copies:
            assert by_id[c].duplicate_of == a.id
    # identical texts always end up in one family
    for x in out:
        for y in out:
            if x.text == y.text:
                assert (x.duplicate_of or x.id) == (y.duplicate_of or y.id)


def test_articles_without_words_are_not_copies_of_each_other(make) -> None:
    a = make("One\n2025-11-03\n\n★ ★ ★ !!! ???", name="a.txt")
    b = make("Two\n2025-11-03\n\n☆ ☆ ☆ ... ---", name="b.txt")
    out = find_duplicates([a, b], CFG)
    assert out[0].duplicate_of is None and out[1].duplicate_of is None

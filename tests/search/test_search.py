"""The headless search index: kinds, prefixes, typos, positions, bounds."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.model import Article
from briefing.pipeline.build import build_brief
from briefing.search import KINDS, SearchIndex, build_index, search
from briefing.search.forms import find_spans, fold_same_length, index_form, snippet, tokens
from tests.tui.sample import sample_brief


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return build_index(sample_brief())


def texts(index: SearchIndex, q: str, kind: str) -> list[str]:
    return [h.text for k, hs in index.search(q).groups if k == kind for h in hs]


def test_typo_finds_lavrov(index: SearchIndex) -> None:
    result = index.search("lavorv")
    kinds = [k for k, _ in result.groups]
    assert "quote" in kinds and "text" in kinds
    for hit in result.hits():
        marked = [hit.text[s:e] for s, e in hit.spans]
        assert any(m.lower() == "lavrov" for m in marked), (hit.text, hit.spans)


def test_groups_follow_kind_order_and_carry_where_to_jump(index: SearchIndex) -> None:
    result = index.search("summit")
    kinds = [k for k, _ in result.groups]
    assert kinds == [k for k in KINDS if k in kinds] and "point" in kinds and "article" in kinds
    point = next(h for k, hs in result.groups if k == "point" for h in hs)
    assert point.storyline == "diplomacy" and point.point == 0 and point.article == "a1"
    quote = index.search("war chest").groups[0][1][0]
    assert quote.kind == "quote" and quote.quote == 1 and quote.storyline == "sanctions"


def test_speakers_and_storyline_titles_are_searchable(index: SearchIndex) -> None:
    assert texts(index, "bessent", "quote") == ["This will hurt their war chest, — Scott Bessent"]
    assert texts(index, "sanct", "storyline") == ["Sanctions"]


def test_prefix_of_the_last_word_matches_as_you_type(index: SearchIndex) -> None:
    hits = index.search("oil comp").hits()
    assert hits and all("oil" in h.text.lower() and "compan" in h.text.lower() for h in hits)
    spans = {h.text[s:e].lower() for h in hits for s, e in h.spans}
    assert "comp" in spans and "oil" in spans


def test_all_words_must_match(index: SearchIndex) -> None:
    assert index.search("lavrov sanctions").total == 0
    assert index.search("sanctions oil").total > 0


def test_exact_word_ranks_above_completion_and_typo() -> None:
    import datetime as dt

    from briefing.model import Brief
    from tests.tui.sample import article

    arts = (article("x1", "Port strike", ["The port was closed."]),
            article("x2", "Portugal vote", ["Portugal voted on Sunday."]),
            article("x3", "Sport news", ["Sport results."]))
    ix = build_index(Brief(None, dt.datetime(2025, 1, 1), arts, ()))
    titles = texts(ix, "port", "article")
    assert titles[0] == "Port strike" and "Portugal vote" in titles


def test_empty_and_punctuation_queries(index: SearchIndex) -> None:
    assert index.search("").total == 0
    assert index.search("  ,.;  ").total == 0
    assert index.search("[bold]").total == 0  # markup is just the word "bold"
    assert search(sample_brief(), "budapest").total > 0


def test_limit_per_kind(index: SearchIndex) -> None:
    assert all(len(hs) <= 1 for _, hs in index.search("the", limit=1).groups)


def test_text_hits_point_at_the_paragraph_with_a_snippet(index: SearchIndex) -> None:
    hit = next(h for h in index.search("ablaze").hits() if h.kind == "text")
    assert hit.article == "a3" and hit.paragraph == 0
    assert [hit.text[s:e] for s, e in hit.spans] == ["ablaze"]


def test_accents_and_case_fold() -> None:
    assert tokens(index_form("Zürich ÉLAN Trump-Putin")) == ["zurich", "elan", "trump", "putin"]
    folded = fold_same_length("Zürich")
    assert len(folded) == len("Zürich") and folded == "zurich"
    assert find_spans(fold_same_length("Go to Zürich, zurich!"), [("zurich", 6)]) == ((6, 12), (14, 20))


def test_spans_only_at_word_starts() -> None:
    assert find_spans("sport port", [("port", 4)]) == ((6, 10),)


def test_snippet_moves_spans() -> None:
    text = "x" * 100 + " target word here"
    start = text.index("target")
    body, spans = snippet(text, ((start, start + 6),), width=40)
    assert body.startswith("…") and [body[s:e] for s, e in spans] == ["target"]


def test_built_from_real_articles(make: object, repo_config: Config) -> None:
    a = make("Talks stalled\n\nSergei Lavrov said the summit in Budapest would not happen.\n", name="x.txt")  # type: ignore[operator]
    brief = build_brief([a], repo_config)
    assert any(h.article == a.id for h in build_index(brief).search("budapst").hits())


def test_adversarial_text_stays_fast(repo_config: Config, make: object) -> None:
    huge = "a" * 1_000_000 + " " + "lavrov " * 50_000
    art: Article = make("Title\n\n" + huge, name="huge.txt")  # type: ignore[operator]
    import datetime as dt

    from briefing.model import Brief

    ix = build_index(Brief(None, dt.datetime(2025, 1, 1), (art,), ()))
    t = time.perf_counter()
    for q in ("a", "aaaa", "lavorv", "lavrov a", "aaaaaaaaab"):
        ix.search(q)
    assert time.perf_counter() - t < 1.0


def test_search_core_does_not_import_textual() -> None:
    for name in ("search/index.py", "search/forms.py"):
        tree = ast.parse((Path(__file__).parents[2] / "briefing" / name).read_text())
        mods = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        mods |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not any(m.startswith(("textual", "rich")) for m in mods)

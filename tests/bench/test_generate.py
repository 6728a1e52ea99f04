"""The benchmark corpus generator and the benchmark's scoring, on small corpora."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.corpus import pair_scores
from benchmarks.generate import EDITS, generate
from briefing.config.schema import Config
from briefing.dedup.copies import find_duplicates
from briefing.ingest.load import load_articles
from briefing.pipeline.build import build_brief


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(out, 400, seed=3)
    return out


def test_writes_n_articles_and_a_manifest(corpus: Path) -> None:
    files = sorted((corpus / "articles").glob("*.txt"))
    manifest = json.loads((corpus / "manifest.json").read_text())
    assert len(files) == 400 == len(manifest)
    assert set(manifest) == {f.name for f in files}
    for name, entry in manifest.items():
        assert entry["family"] in manifest and manifest[entry["family"]]["family"] == entry["family"]
        assert (entry["family"] == name) == (entry["edits"] == [])


def test_plants_every_kind_of_edit_and_separate_same_event_articles(corpus: Path) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text())
    kinds = Counter(e for v in manifest.values() for e in v["edits"])
    assert set(kinds) == set(EDITS)
    originals_per_event = Counter(v["event"] for k, v in manifest.items() if v["family"] == k)
    assert max(originals_per_event.values()) >= 3
    copies = sum(1 for k, v in manifest.items() if v["family"] != k)
    assert 0.15 * 400 < copies < 0.5 * 400


def test_vocabulary_is_varied(corpus: Path) -> None:
    words = Counter(w.lower() for f in (corpus / "articles").glob("*.txt") for w in f.read_text().split())
    assert len(words) > 3000


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    generate(tmp_path / "a", 30, seed=5)
    generate(tmp_path / "b", 30, seed=5)
    for f in (tmp_path / "a" / "articles").iterdir():
        assert f.read_bytes() == (tmp_path / "b" / "articles" / f.name).read_bytes()


def test_pair_scores() -> None:
    truth = {"a": "a", "b": "a", "c": "c", "d": "c", "e": "e"}
    assert pair_scores(truth, truth) == (1.0, 1.0)
    assert pair_scores({"a": "x", "b": "x", "c": "c", "d": "d", "e": "e"}, truth) == (1.0, 0.5)
    assert pair_scores({"a": "x", "b": "x", "c": "x", "d": "d", "e": "e"}, truth) == (1 / 3, 0.5)
    assert pair_scores({k: k for k in truth}, {k: k for k in truth}) == (1.0, 1.0)


def test_planted_copies_are_found_and_separate_articles_kept_apart(corpus: Path, repo_config: Config) -> None:
    truth = {k: str(v["family"]) for k, v in json.loads((corpus / "manifest.json").read_text()).items()}
    articles, _ = load_articles([str(corpus / "articles")], repo_config)
    found = {Path(a.path).name: a.duplicate_of or a.id for a in find_duplicates(articles, repo_config.dedup)}
    precision, recall = pair_scores(found, truth)
    assert precision >= 0.99 and recall >= 0.97


def test_the_brief_never_loses_an_article(corpus: Path, repo_config: Config, seed_articles: list) -> None:
    articles, _ = load_articles([str(corpus / "articles")], repo_config)
    articles = articles[:150] + list(seed_articles)
    brief = build_brief(articles, repo_config)
    assert [a.id for a in brief.articles] == [a.id for a in articles]
    deduped = {a.id: a for a in find_duplicates(articles, repo_config.dedup)}
    assert {a.id: a.duplicate_of for a in brief.articles} == {k: a.duplicate_of for k, a in deduped.items()}
    assert brief.duplicates_merged == sum(1 for a in deduped.values() if a.duplicate_of)

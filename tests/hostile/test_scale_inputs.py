"""Huge and pathological inputs finish in bounded time through the whole pipeline."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.export import RENDERERS, render
from briefing.ingest.load import load_articles
from briefing.pipeline.build import build_brief
from tests.hostile.conftest import COUNTS

# generous: CI machines are slow and shared, but catastrophic backtracking takes minutes or hours
LIMIT_S = 20.0

CASES = {
    "one 1 MB line": "Headline\n" + ("word " * 200_000),
    "100k tiny paragraphs": "Headline\n" + "\n".join("Ok." for _ in range(100_000)),
    "thousands of quotes": "Headline\n" + " ".join(f"“Quote number {i} is here,” he said." for i in range(3000)),
    "unbalanced quotes": "Headline\n" + ("“ " * 50_000) + " said Lavrov.",
    "straight quote soup": "Headline\n" + ('"a" ' * 40_000) + "said",
    "nested brackets": "Headline\n" + ("(" * 50_000) + "x" + (")" * 50_000),
    "abbreviation run": "Headline\n" + ("U.S. " * 100_000),
    "capitalised run": "Headline\n" + ("President Minister Secretary " * 30_000) + "said.",
    "dates everywhere": "Headline\n" + ("On October 20, 2025 and Friday " * 20_000),
    "no spaces": "Headline\n" + ("x" * 1_000_000),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bounded_time(name: str, tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "big.txt").write_text(CASES[name], encoding="utf-8")
    start = time.perf_counter()
    articles, problems = load_articles([str(tmp_path)], repo_config)
    brief = build_brief(articles, repo_config, problems=problems)
    for fmt in RENDERERS:
        render(brief, fmt)
    elapsed = time.perf_counter() - start
    COUNTS["cases"] += 1
    COUNTS["articles"] += len(articles)
    assert len(brief.articles) == len(articles) == 1
    assert elapsed < LIMIT_S, f"{name}: {elapsed:.1f}s"

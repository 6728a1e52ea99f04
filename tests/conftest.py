"""Shared fixtures: the repo's config and seeds, and articles made from text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.config.load import load_config
from briefing.config.schema import Config
from briefing.ingest.discover import Found
from briefing.ingest.formats import Record
from briefing.ingest.load import build_article, load_articles
from briefing.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def repo_config() -> Config:
    return load_config(ROOT / "config.yaml")


@pytest.fixture(scope="session")
def seed_articles(repo_config: Config) -> list[Article]:
    articles, problems = load_articles([str(SEEDS)], repo_config)
    assert not problems
    return articles


def seed(articles: list[Article], prefix: str) -> Article:
    """The seed article whose file name starts with ``prefix`` ("000", "003", ...)."""
    return next(a for a in articles if Path(a.path).name.startswith(prefix))


def make_article(
    text: str,
    config: Config,
    *,
    name: str = "a.txt",
    title: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
) -> Article:
    """An article built from text exactly as the loader would build it from a file."""
    rec = Record(text=text, title=title, date=date, outlet=outlet)
    return build_article(rec, Found(Path(name), name, name), config)


@pytest.fixture
def make(repo_config: Config):  # type: ignore[no-untyped-def]
    def _make(text: str, **kw) -> Article:  # type: ignore[no-untyped-def]
        return make_article(text, repo_config, **kw)

    return _make


@pytest.fixture(autouse=True)
def _private_xdg_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's cache, state or config folders."""
    base = tmp_path_factory.mktemp("xdg")
    for name in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(base / name.lower()))


@pytest.fixture
def today() -> dt.date:
    return dt.date(2025, 11, 3)


def headline_corpus(root: Path, body: str, n: int = 3) -> Path:
    """A folder ``root/news`` of ``n`` small articles "Headline i" + ``body`` (cache and reopen tests)."""
    d = root / "news"
    d.mkdir()
    for i in range(n):
        (d / f"{i}.txt").write_text(f"Headline {i}\n{body}", encoding="utf-8")
    return d

"""The SQLite article cache: hits, changes, deletions, corrupt and foreign files; and the
parallel loader gives the same articles as the serial one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import briefing.ingest.load as loader_mod
from briefing.config.schema import Config
from briefing.ingest.load import load_articles
from briefing.pipeline.cache import ArticleCache
from tests.conftest import headline_corpus

BODY = "The minister said the talks would resume on Monday, officials confirmed.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = headline_corpus(tmp_path, BODY)
    (d / "empty.txt").write_text("")
    return d


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = loader_mod.parse_file

    def spy(f, opts, data=None):  # type: ignore[no-untyped-def]
        seen.append(f.path.name)
        return real(f, opts, data)

    monkeypatch.setattr(loader_mod, "parse_file", spy)
    return seen


def test_hit_returns_the_same_articles_without_parsing(corpus: Path, tmp_path: Path, repo_config: Config,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ArticleCache.open(tmp_path / "c.sqlite")
    assert cache is not None and not cache.warnings
    first = load_articles([str(corpus)], repo_config, cache=cache)
    parsed = count_parses(monkeypatch)
    second = load_articles([str(corpus)], repo_config, cache=cache)
    assert parsed == []
    assert second == first
    assert [p.reason for p in second[1]] == ["empty file"]


def test_changed_added_and_removed_files_are_picked_up(corpus: Path, tmp_path: Path, repo_config: Config,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ArticleCache.open(tmp_path / "c.sqlite")
    load_articles([str(corpus)], repo_config, cache=cache)
    (corpus / "1.txt").write_text("Changed headline\n" + BODY)
    os.utime(corpus / "1.txt", ns=(1, 1))  # even with an old mtime, the size and hash changed
    (corpus / "new.txt").write_text("New headline\n" + BODY)
    (corpus / "2.txt").unlink()
    parsed = count_parses(monkeypatch)
    articles, _ = load_articles([str(corpus)], repo_config, cache=cache)
    assert sorted(parsed) == ["1.txt", "new.txt"]
    assert sorted(a.title for a in articles) == ["Changed headline", "Headline 0", "New headline"]


def test_same_size_same_mtime_different_content_is_not_trusted(corpus: Path, tmp_path: Path, repo_config: Config) -> None:
    cache = ArticleCache.open(tmp_path / "c.sqlite")
    load_articles([str(corpus)], repo_config, cache=cache)
    p = corpus / "0.txt"
    st = p.stat()
    p.write_text(f"Headline X\n{BODY}", encoding="utf-8")  # same length
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    articles, _ = load_articles([str(corpus)], repo_config, cache=cache)
    assert "Headline X" in [a.title for a in articles]


def test_corrupt_cache_is_rebuilt_with_a_warning(corpus: Path, tmp_path: Path, repo_config: Config) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = ArticleCache.open(path)
    assert cache is not None
    assert cache.warnings and "rebuilt" in cache.warnings[0]
    articles, _ = load_articles([str(corpus)], repo_config, cache=cache)
    assert len(articles) == 3


def test_foreign_sqlite_file_is_not_trusted(corpus: Path, tmp_path: Path, repo_config: Config) -> None:
    path = tmp_path / "c.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE files (path TEXT, size INT, mtime_ns INT, hash TEXT, fingerprint TEXT, payload TEXT)")
    conn.commit()
    conn.close()
    cache = ArticleCache.open(path)
    assert cache is not None and cache.warnings
    assert len(load_articles([str(corpus)], repo_config, cache=cache)[0]) == 3


def test_damaged_entry_is_reparsed(corpus: Path, tmp_path: Path, repo_config: Config) -> None:
    path = tmp_path / "c.sqlite"
    cache = ArticleCache.open(path)
    first, _ = load_articles([str(corpus)], repo_config, cache=cache)
    cache.conn.execute("UPDATE files SET payload = '[{\"kind\": \"article\"}]'")
    cache.conn.commit()
    again, _ = load_articles([str(corpus)], repo_config, cache=cache)
    assert again == first


def test_config_change_invalidates(corpus: Path, tmp_path: Path, repo_config: Config) -> None:
    import re
    from dataclasses import replace

    cache = ArticleCache.open(tmp_path / "c.sqlite")
    load_articles([str(corpus)], repo_config, cache=cache)
    stricter = replace(repo_config, boilerplate=repo_config.boilerplate + (re.compile("headline 0", re.I),))
    articles, _ = load_articles([str(corpus)], stricter, cache=cache)
    assert "Headline 0" not in [a.title for a in articles]


def test_parallel_and_serial_loaders_agree(tmp_path: Path, repo_config: Config) -> None:
    d = tmp_path / "many"
    d.mkdir()
    for i in range(12):
        (d / f"{i:02}.txt").write_text(f"Headline {i}\n{BODY}Paragraph {i} adds detail.\n")
    (d / "bad.json").write_text("{")
    from briefing.ingest import load as loader
    from briefing.pipeline.runner import ForkRunner

    serial = load_articles([str(d)], repo_config)
    loader_least, loader.PARALLEL_MIN_FILES = loader.PARALLEL_MIN_FILES, 2
    try:
        parallel = load_articles([str(d)], repo_config, runner=ForkRunner(2))
    finally:
        loader.PARALLEL_MIN_FILES = loader_least
    assert serial == parallel
    assert len(serial[0]) == 12 and len(serial[1]) == 1


def test_cli_uses_the_cache_and_no_cache_bypasses_it(tmp_path: Path, corpus: Path) -> None:
    import json
    import subprocess
    import sys

    def export(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "briefing", "export", "--sources", str(corpus), "--format", "json",
                               "--out", "-", *extra], capture_output=True, text=True, timeout=120)

    cache_file = Path(os.environ["XDG_CACHE_HOME"]) / "briefing" / "articles.sqlite"
    first = export("--no-cache")
    assert first.returncode == 0 and not cache_file.exists()
    second = export()
    assert second.returncode == 0 and cache_file.exists()
    assert json.loads(second.stdout)["articles"] == json.loads(first.stdout)["articles"]
    cache_file.write_bytes(b"garbage" * 50)
    third = export()
    assert third.returncode == 0
    assert "corrupt or not ours; rebuilt" in third.stderr
    assert json.loads(third.stdout)["articles"] == json.loads(first.stdout)["articles"]

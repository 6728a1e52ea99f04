"""The cache key follows the core's source, not only the release number."""

from __future__ import annotations

from pathlib import Path

import briefing
from briefing.pipeline import version


def test_code_version_starts_with_the_release() -> None:
    assert version.code_version().startswith(briefing.__version__ + "+")


def test_a_changed_module_changes_the_version(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    core = tmp_path / "briefing"
    (core / "quotes").mkdir(parents=True)
    (core / "tui").mkdir()
    (core / "quotes" / "attribution.py").write_text("X = 1\n")
    (core / "tui" / "app.py").write_text("Y = 1\n")
    monkeypatch.setattr(version, "_CORE", core)
    version.code_version.cache_clear()
    try:
        before = version.code_version()
        (core / "tui" / "app.py").write_text("Y = 2\n")  # the app does not change a brief
        version.code_version.cache_clear()
        assert version.code_version() == before
        (core / "quotes" / "attribution.py").write_text("X = 2\n")
        version.code_version.cache_clear()
        assert version.code_version() != before
    finally:
        version.code_version.cache_clear()


def test_the_caches_are_keyed_on_the_code_they_depend_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.config.schema import Config
    from briefing.pipeline import cache, reopen

    config = Config(sources=(), storylines=())
    seen: list[tuple[str, ...] | None] = []

    def fake(scope: tuple[str, ...] | None = None) -> str:
        seen.append(scope)
        return f"v{len(seen)}"

    monkeypatch.setattr(version, "code_version", fake)
    a = cache.fingerprint(config)
    assert seen == [version.PARSING]  # parsed articles: only the parsing code
    b = cache.fingerprint(config)
    assert a != b  # a new version is a new key
    monkeypatch.setattr(reopen, "code_version", fake)
    reopen.corpus_key([], config, date=None, include_undated=False)
    assert seen[-1] is None  # a stored brief: the whole core

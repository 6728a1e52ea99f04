"""Which files a source names, under what key and shown path, each real file once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.ingest.discover import discover, display_path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    (d / "sub" / "deep").mkdir(parents=True)
    (d / "a.txt").write_text("A\nText.\n")
    (d / "sub" / "b.md").write_text("B\nText.\n")
    (d / "sub" / "deep" / "c.json").write_text("{}")
    (d / "alias.txt").symlink_to(d / "a.txt")  # the same file again, through a link
    (d / "sub" / "up.txt").symlink_to(Path("..") / "a.txt")  # and through a relative one
    return d


def test_keys_are_relative_to_the_source_and_each_real_file_comes_once(tree: Path, repo_config: Config) -> None:
    found, problems = discover([str(tree)], repo_config)
    assert [f.key for f in found] == ["a.txt", "sub/b.md", "sub/deep/c.json"]
    assert [f.path for f in found] == [tree / "a.txt", tree / "sub" / "b.md", tree / "sub" / "deep" / "c.json"]
    assert not problems


def test_a_link_to_a_file_outside_is_reported_not_read(tmp_path: Path, repo_config: Config) -> None:
    """An untrusted folder must not pull any other file into a brief (``notes.txt -> /etc/passwd``)."""
    d = tmp_path / "news"
    d.mkdir()
    (tmp_path / "outside.txt").write_text("O\nText.\n")
    (d / "inside.txt").symlink_to(tmp_path / "outside.txt")
    (d / "own.txt").write_text("Own\nText.\n")
    (d / "again.txt").symlink_to(d / "own.txt")  # a link inside the folder is read (once)
    found, problems = discover([str(d)], repo_config)
    assert [f.key for f in found] == ["again.txt"]
    assert any("inside.txt" in p.path and "outside the source folder" in p.reason for p in problems)
    again, _ = discover([str(d), str(tmp_path / "outside.txt")], repo_config)
    assert [f.key for f in again] == ["again.txt", "outside.txt"]  # named as a source, it is read


def test_shown_paths_are_relative_to_the_working_folder(tree: Path, repo_config: Config,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree.parent)
    shown = [f.display for f in discover([str(tree)], repo_config)[0]]
    assert shown == ["news/a.txt", "news/sub/b.md", "news/sub/deep/c.json"]
    monkeypatch.chdir(tree)
    assert [(f.key, f.display) for f in discover([str(tree)], repo_config)[0]][:1] == [("a.txt", "a.txt")]
    assert display_path(tree) == "."
    assert display_path(Path("/elsewhere/x.txt")) == "/elsewhere/x.txt"
    assert display_path(Path("relative/x.txt")) == "relative/x.txt"


def test_a_link_that_cannot_be_followed_says_why(tmp_path: Path, repo_config: Config,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import importlib

    disc = importlib.import_module("briefing.ingest.discover")  # the module, not the function

    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text("A\nText.\n")
    (d / "gone.txt").symlink_to(d / "nowhere.txt")
    (d / "locked.txt").symlink_to(d / "a.txt")
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(disc.os, "stat", stat)
    found, problems = discover([str(d)], repo_config)
    assert [f.key for f in found] == ["a.txt"]
    reasons = {Path(p.path).name: p.reason for p in problems}
    assert reasons == {"gone.txt": "broken or looping symbolic link", "locked.txt": "cannot read: Permission denied"}

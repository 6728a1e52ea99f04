"""Writing briefs safely: atomic replace, folders created, clear one-line errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing.export import writer
from briefing.export.writer import WriteError, write_atomic


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    assert write_atomic(out, "old\n") == out
    write_atomic(out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert _leftovers(tmp_path) == []


def test_missing_folders_are_created(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "brief.txt"
    write_atomic(out, "x")
    assert out.read_text() == "x"


def test_unicode_is_utf8(tmp_path: Path) -> None:
    out = tmp_path / "b.txt"
    write_atomic(out, "Óbuda – “quoted”")
    assert out.read_bytes().decode("utf-8") == "Óbuda – “quoted”"


def test_failure_mid_write_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "brief.md"
    out.write_text("the complete old brief\n")

    def broken_fsync(fd: int) -> None:  # the text is half on disk when the disk fails
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", broken_fsync)
    with pytest.raises(WriteError, match="No space left on device"):
        write_atomic(out, "a new brief that never completes\n" * 1000)
    assert out.read_text() == "the complete old brief\n"
    assert _leftovers(tmp_path) == []


def test_failure_at_rename_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "brief.md"
    out.write_text("old\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(writer.os, "replace", broken_replace)
    with pytest.raises(WriteError) as err:
        write_atomic(out, "new\n")
    assert "\n" not in str(err.value) and str(out) in str(err.value)
    assert out.read_text() == "old\n" and _leftovers(tmp_path) == []


def test_interrupt_mid_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "brief.md"
    out.write_text("old\n")
    real_fdopen = os.fdopen

    class Interrupting:
        def __init__(self, *a: object, **kw: object) -> None:
            self.fh = real_fdopen(*a, **kw)  # type: ignore[arg-type]

        def __enter__(self) -> Interrupting:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, text: str) -> int:
            self.fh.write(text[: len(text) // 2])
            raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "fdopen", Interrupting)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, "new brief\n" * 100)
    assert out.read_text() == "old\n" and _leftovers(tmp_path) == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="is a folder"):
        write_atomic(tmp_path, "x")


def test_a_file_in_the_way_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(WriteError, match="cannot create folder"):
        write_atomic(tmp_path / "file" / "brief.md", "x")
    assert (tmp_path / "file").read_text() == "x"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs permissions that bind (not root)")
def test_an_unwritable_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="cannot write"):
            write_atomic(folder / "brief.md", "x")
    finally:
        folder.chmod(0o700)


def test_new_file_gets_umask_permissions_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.md"
        write_atomic(out, "x")
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        out.chmod(0o600)
        write_atomic(out, "y")
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_a_symlink_is_followed(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("old")
    link = tmp_path / "latest.md"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text() == "new"

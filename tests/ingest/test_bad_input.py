"""Bad files are reported with their path and reason and skipped; every other file loads."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.ingest.load import load_articles
from briefing.model import Problem

GOOD = "A good headline\nThe minister said the talks would resume on Monday, officials confirmed.\n"


def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def run(d: Path, config: Config) -> tuple[list[str], list[Problem]]:
    articles, problems = load_articles([str(d)], config)
    assert "A good headline" in [a.title for a in articles], "the good file must still load"
    return [a.title for a in articles], problems


def reason_for(problems: list[Problem], name: str) -> Problem:
    hits = [p for p in problems if name in p.path]
    assert hits, f"no problem reported for {name}: {problems}"
    return hits[0]


def test_empty_file(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text("  \n\n \n")
    titles, problems = run(d, repo_config)
    assert len(titles) == 1
    assert reason_for(problems, "empty.txt").reason == "empty file"
    assert reason_for(problems, "blank.md").reason == "empty file"


def test_binary_file(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _, problems = run(d, repo_config)
    p = reason_for(problems, "photo.txt")
    assert "binary" in p.reason and p.severity == "error"


@pytest.mark.parametrize("name, data", [
    ("archive.txt", __import__("gzip").compress(b"The minister said the talks would resume. " * 200)),
    ("image.md", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 8),
    ("program.json", b"\x7fELF\x02\x01\x01" + bytes(64) + bytes(range(256)) * 8),
    ("book.txt", b"PK\x03\x04" + bytes(range(256)) * 8),
    ("deflated.txt", __import__("zlib").compress(os.urandom(2000))),  # no magic number: too many high bytes
])
def test_binary_files_of_any_extension_are_reported_never_loaded(tmp_path: Path, repo_config: Config,
                                                                  name: str, data: bytes) -> None:
    d = corpus(tmp_path)
    (d / name).write_bytes(data)
    titles, problems = run(d, repo_config)
    assert titles == ["A good headline"]  # the binary never shows as an article
    p = reason_for(problems, name)
    assert "binary" in p.reason and p.severity == "error"


def test_text_that_starts_like_a_binary_format_still_loads(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "mz.txt").write_text("MZ Holdings posts record profit\nMZ Holdings said on Monday that profit rose 12 pct.\n")
    titles, _ = run(d, repo_config)
    assert "MZ Holdings posts record profit" in titles


def test_oversized_file(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "huge.txt").write_text("Headline\n" + "word " * 300_000)
    cfg = replace(repo_config, max_file_mb=1.0)
    _, problems = run(d, cfg)
    p = reason_for(problems, "huge.txt")
    assert "too large" in p.reason and "max_file_mb" in p.reason


def test_unreadable_file(tmp_path: Path, repo_config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    d = corpus(tmp_path)
    locked = d / "locked.txt"
    locked.write_text(GOOD.replace("good", "locked"))
    real_open = os.open

    def fake_open(path, *a, **kw):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr(os, "open", fake_open)
    titles, problems = run(d, repo_config)
    assert "Permission denied" in reason_for(problems, "locked.txt").reason
    assert len(titles) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_file_without_read_permission(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    locked = d / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    _, problems = run(d, repo_config)
    assert "cannot read" in reason_for(problems, "locked.txt").reason


def test_bad_json_and_bad_front_matter(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "broken.json").write_text('{"title": "x", "text": ')
    (d / "types.json").write_text('{"title": ["not", "text"], "text": "Some body text here."}')
    (d / "nobody.json").write_text('{"title": "no text field"}')
    (d / "front.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n")
    (d / "evil.md").write_text("---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\nBody text.\n")
    titles, problems = run(d, repo_config)
    assert "bad JSON at line 1" in reason_for(problems, "broken.json").reason
    assert "should be text" in reason_for(problems, "types.json").reason
    assert "no article text" in reason_for(problems, "nobody.json").reason
    assert "bad front matter" in reason_for(problems, "front.md").reason
    evil = reason_for(problems, "evil.md")  # refused by name, and the article still loads without it
    assert "front matter refused" in evil.reason and "!!python/object/apply:os.system" in evil.reason
    assert evil.severity == "warning" and "Body text" in titles
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_latin1_is_decoded_with_a_warning(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "latin.txt").write_bytes("Caf\u00e9 talks in S\u00e3o Paulo\nThe minister said the caf\u00e9 was closed.\n".encode("latin-1"))
    titles, problems = run(d, repo_config)
    assert "Café talks in São Paulo" in titles
    p = reason_for(problems, "latin.txt")
    assert p.severity == "warning" and "not UTF-8" in p.reason


def test_utf16_with_bom(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "wide.txt").write_bytes("Wide headline\nThe text is in UTF-16 with a byte-order mark.\n".encode("utf-16"))
    titles, problems = run(d, repo_config)
    assert "Wide headline" in titles
    assert "UTF-16" in reason_for(problems, "wide.txt").reason


def test_truncated_utf8(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "cut.txt").write_bytes("Cut headline\nThe text ends in the middle of a character: caf\u00e9".encode()[:-1])
    titles, problems = run(d, repo_config)
    assert "Cut headline" in titles
    assert "truncated UTF-8" in reason_for(problems, "cut.txt").reason


def test_symlink_loop_and_broken_link(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "sub").mkdir()
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)
    (d / "self.txt").symlink_to(d / "self.txt")
    titles, problems = run(d, repo_config)
    assert titles.count("A good headline") == 1
    assert "loop" in reason_for(problems, "sub/loop").reason
    assert "link" in reason_for(problems, "self.txt").reason


def test_folder_named_like_a_file(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "odd.txt").mkdir()
    (d / "odd.txt" / "inner.txt").write_text("Inner headline\nThe inner article says something new today.\n")
    titles, problems = run(d, repo_config)
    assert "Inner headline" in titles
    assert "folder named like a file" in reason_for(problems, "odd.txt").reason


def test_other_file_types_are_reported_not_read(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "report.pdf").write_bytes(b"%PDF-1.4")
    (d / ".hidden.txt").write_text(GOOD)
    titles, problems = run(d, repo_config)
    assert len(titles) == 1
    assert "not an article file" in reason_for(problems, "report.pdf").reason
    assert not any(".hidden" in p.path for p in problems)


def test_escape_sequences_and_controls_are_removed(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    (d / "evil.txt").write_text(
        "Evil \x1b[31mred\x1b[0m title\x07\n"
        "Text with an OSC 8 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ and a clipboard write \x1b]52;c;ZXZpbA==\x07 done.\x00\n")
    articles, _ = load_articles([str(d)], repo_config)
    evil = next(a for a in articles if a.title.startswith("Evil"))
    everything = evil.title + evil.text
    assert evil.title == "Evil red title"
    assert not any(ord(c) < 32 and c not in "\n\t" for c in everything)
    assert "\x1b" not in everything and "\x9b" not in everything
    assert "link" in everything and "ZXZpbA" not in everything


def test_escape_sequences_in_file_names_never_reach_the_output(tmp_path: Path, repo_config: Config) -> None:
    d = corpus(tmp_path)
    evil = "\x1b]52;c;ZXZpbA==\x07\x1b[2Jname.txt"
    (d / evil).write_text("Evil headline\nThe text of the file with the hostile name is here.\n")
    (d / ("\x1b[31mempty.txt")).write_text("")
    articles, problems = load_articles([str(d)], repo_config)
    shown = [a.path for a in articles] + [p.path for p in problems]
    assert any("name.txt" in s for s in shown) and any("empty.txt" in s for s in shown)
    for s in shown:
        assert "\x1b" not in s and "\x07" not in s


def test_escape_sequences_written_as_json_escapes_are_removed(tmp_path: Path, repo_config: Config) -> None:
    """JSON spells control characters as \\u escapes, so they appear only once the record is
    read: its text is cleaned again (a text or Markdown file's is cleaned once, as a whole)."""
    import json

    d = corpus(tmp_path)
    record = {"title": "Evil \x1b[31mjson\x1b[0m", "text": "Body \x1b]52;c;ZXZpbA==\x07 with a \x1b[2Jclear and a bell\x07 here."}
    (d / "evil.json").write_text(json.dumps(record))
    (d / "evil.jsonl").write_text(json.dumps(record) + "\n")
    articles, _ = load_articles([str(d)], repo_config)
    evil = [a for a in articles if a.title.startswith("Evil")]
    assert len(evil) == 2
    for a in evil:
        everything = a.title + a.text
        assert not any(ord(c) < 32 and c not in "\n\t" for c in everything)
        assert "\x1b" not in everything and "ZXZpbA" not in everything and "clear" in everything

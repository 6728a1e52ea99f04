"""Faults and hostile input, case by case: each with a time limit, so a hang fails the run
instead of stopping it.  (The classes they belong to have property tests in test_classes.py.)"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing.config.load import load_config, parse_config
from briefing.config.schema import Config
from briefing.errors import ConfigError
from briefing.export.writer import WriteError, write_atomic
from briefing.ingest.load import load_articles
from briefing.pipeline.reopen import load_cached

GOOD = "Talks resume\nThe minister said the talks would resume on Monday, officials confirmed.\n"
LAUGHS = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
          "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
          "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n")


def within(seconds: float, fn: Callable[[], Any]) -> Any:
    """``fn()``, failing the test if it takes longer than ``seconds`` (it is left running in a
    daemon thread, which cannot keep the test run from ending)."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed back to the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        pytest.fail(f"took longer than {seconds} s (a hang)")
    if "error" in out:
        raise out["error"]
    return out.get("value")


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=kw.pop("capture_output", True),
                          timeout=timeout, env={**os.environ, **(env or {})}, **kw)


def one_line_error(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    assert "\x1b" not in text and "\x07" not in text, "an escape byte reached the terminal"
    return text


@pytest.fixture
def news(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_among_the_articles_is_reported_not_opened(news: Path, repo_config: Config) -> None:
    os.mkfifo(news / "x.txt")
    articles, problems = within(10, lambda: load_articles([str(news)], repo_config))
    assert [a.title for a in articles] == ["Talks resume"]
    assert any("x.txt" in p.path and "named pipe" in p.reason for p in problems)
    # and the cache's hashing pass, which reads every file too
    articles, _ = within(10, lambda: load_cached([str(news)], repo_config))
    assert len(articles) == 1


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin", reason="POSIX names as bytes")
def test_a_file_name_that_is_not_utf8_loads_with_the_cache_and_is_shown_escaped(news: Path, repo_config: Config,
                                                                                tmp_path: Path) -> None:
    raw = os.fsencode(str(news)) + b"/caf\xe9 \x1b[31m.txt"
    with open(raw, "wb") as fh:
        fh.write(GOOD.replace("Talks resume", "Cafe report").encode())
    for _ in range(2):  # filling the cache, then reading it
        articles, problems = within(20, lambda: load_cached([str(news)], repo_config))
        assert sorted(a.title for a in articles) == ["Cafe report", "Talks resume"]
        shown = next(a.path for a in articles if a.title == "Cafe report")
        assert "\\xe9" in shown and "\x1b" not in shown and shown.isprintable()
        assert not [p for p in problems if p.severity == "error"]
    r = cli("export", "--sources", str(news), "--format", "json", "--out", "-", env={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert r.returncode == 0, one_line_error(r.stderr)
    assert len(json.loads(r.stdout)["articles"]) == 2


def test_deep_folders_are_walked_without_recursion_in_linear_time(tmp_path: Path, repo_config: Config) -> None:
    top = tmp_path / "deep"
    here = str(top)
    os.mkdir(here)
    for _ in range(1200):
        here = os.path.join(here, "d")
        os.mkdir(here)
    Path(here, "a.txt").write_text(GOOD)
    try:
        start = time.perf_counter()
        articles, problems = within(30, lambda: load_articles([str(top)], repo_config))
        assert len(articles) == 1 and not problems
        assert time.perf_counter() - start < 10
    finally:  # bottom up: shutil.rmtree (and pytest's clean-up) recurse, and 1,200 folders is too deep for them
        os.remove(os.path.join(here, "a.txt"))
        while here != str(top):
            os.rmdir(here)
            here = os.path.dirname(here)


def test_a_link_to_a_folder_outside_the_source_is_not_followed(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "secret.txt").write_text(GOOD.replace("Talks resume", "Not in the source"))
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "own.txt").write_text(GOOD)
    (inner / "up").symlink_to("..")
    articles, problems = within(10, lambda: load_articles([str(inner)], repo_config))
    assert [a.title for a in articles] == ["Talks resume"]  # the parent's file is not pulled in
    assert any("up" in p.path and "outside the source folder" in p.reason for p in problems)


def test_billion_laughs_in_the_config_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("sources: [news]\n" + LAUGHS)
    with pytest.raises(ConfigError) as err:
        within(5, lambda: load_config(path))
    assert "aliases" in str(err.value) and ":3:" in str(err.value) and "\n" not in str(err.value)
    r = cli("--config", str(path), "export", "--out", "-", timeout=30)
    assert r.returncode == 2 and one_line_error(r.stderr).count("\n") == 1


def test_billion_laughs_in_front_matter_costs_the_front_matter_only(news: Path, repo_config: Config) -> None:
    (news / "laughs.md").write_text("---\n" + LAUGHS + "title: Hidden\n---\nThe summit was called off on Tuesday, "
                                    "officials said in a statement.\n")
    start = time.perf_counter()
    articles, problems = within(5, lambda: load_articles([str(news)], repo_config))
    assert time.perf_counter() - start < 2
    assert len(articles) == 2 and "Hidden" not in [a.title for a in articles]
    assert any("laughs.md" in p.path and "front matter refused" in p.reason for p in problems)


@pytest.mark.parametrize("pattern", [r"(.*a){25}", r".*.*.*.*.*.*.*.*.*.*x", r"(a+)+$", r"(\w+\s?)*$", r"(x|x?)+y",
                                     r".*a.*b.*c.*d", r"(?:a|b|ab)*", r"(?:a|aa)*x", r"(?:a|a){40}",
                                     "a?" * 35 + "a" * 35, r".{0,99}.{0,99}.{0,99}.{0,99}.{0,99}x", r"(?:xy|x|y)*z"])
def test_catastrophic_boilerplate_patterns_are_refused_when_the_config_is_read(pattern: str) -> None:
    text = "sources: [news]\nboilerplate:\n  - logo\n  - '" + pattern.replace("'", "''") + "'\n"
    with pytest.raises(ConfigError) as err:
        within(5, lambda: parse_config(text, source="config.yaml", base_dir=Path(".")))
    assert "boilerplate" in str(err.value) and ":4:" in str(err.value)


def test_the_seeds_load_in_bounded_time_with_the_shipped_patterns(repo_config: Config) -> None:
    articles, _ = within(20, lambda: load_articles(["seeds"], repo_config))
    assert len(articles) == 5


def test_a_device_as_out_is_written_to_not_replaced(tmp_path: Path) -> None:
    if not os.access("/dev/null", os.W_OK):
        pytest.skip("no writable /dev/null")
    write_atomic(Path("/dev/null"), "a brief\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # still the device
    assert not list(Path("/dev").glob(".brief-*.tmp"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_with_no_reader_as_out_is_an_error_not_a_wait(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="no reader"):
        within(5, lambda: write_atomic(fifo, "a brief\n"))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_read_only_target_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday's brief\n")
    target.chmod(0o444)
    with pytest.raises(WriteError, match="read-only"):
        write_atomic(target, "today's brief\n")
    assert target.read_text() == "yesterday's brief\n"


def test_stdout_full_or_closed_is_one_line_and_a_non_zero_exit(news: Path) -> None:
    if os.path.exists("/dev/full"):
        with open("/dev/full", "wb") as full:
            r = cli("export", "--no-cache", "--sources", str(news), "--out", "-", stdout=full, capture_output=False,
                    stderr=subprocess.PIPE)
        assert r.returncode != 0 and "standard output" in one_line_error(r.stderr)
        assert len(r.stderr.decode().strip().splitlines()) == 1
    r = subprocess.run(["sh", "-c", f'exec "{sys.executable}" -m briefing export --no-cache --sources "{news}" '
                                    "--out - >&-"], capture_output=False, stderr=subprocess.PIPE, timeout=60)
    assert r.returncode != 0 and "standard output is closed" in one_line_error(r.stderr)


def test_an_out_name_over_255_characters_is_one_line_exit_2(news: Path, tmp_path: Path) -> None:
    r = cli("export", "--no-cache", "--sources", str(news), "--out", str(tmp_path / ("b" * 300 + ".md")))
    assert r.returncode == 2 and "File name too long" in one_line_error(r.stderr)


def test_an_unknown_out_extension_is_refused_not_written_as_markdown(news: Path, tmp_path: Path) -> None:
    r = cli("export", "--no-cache", "--sources", str(news), "--out", str(tmp_path / "brief.pdf"))
    assert r.returncode == 2 and ".pdf" in one_line_error(r.stderr)
    assert not (tmp_path / "brief.pdf").exists()
    r = cli("export", "--no-cache", "--sources", str(news), "--format", "txt", "--out", str(tmp_path / "brief.pdf"))
    assert r.returncode == 0 and (tmp_path / "brief.pdf").read_text().startswith("Daily brief")


ESC = "\x1b]52;c;aGVsbG8=\x07\x1b[31m"


def test_escape_bytes_in_what_the_user_typed_never_reach_the_terminal(news: Path, tmp_path: Path) -> None:
    cases = [
        ("export", "--no-cache", "--sources", str(tmp_path / f"no{ESC}such"), "--out", "-"),
        ("export", "--no-cache", "--sources", str(news), str(tmp_path / f"gl{ESC}*.txt"), "--out", "-"),
        ("export", "--no-cache", "--sources", str(news), "--out", str(tmp_path / f"dir{ESC}" / "x" / ("y" * 300))),
        ("export", "--no-cache", "--sources", str(news), "--out", str(tmp_path / f"f{ESC}.pdf")),
        ("--sources", str(tmp_path / "no\x1b]52;c;aGVsbG8=\x07such")),  # (a "[" would make it a glob)
        ("--config", str(tmp_path / f"c{ESC}.yaml"), "export", "--out", "-"),
    ]
    for args in cases:
        r = cli(*args)
        assert r.returncode != 0 or r.stderr
        one_line_error(r.stderr)
    # the cache folder named in a warning
    bad_home = tmp_path / f"home{ESC}"
    bad_home.write_text("a file where the cache folder should be")
    r = cli("export", "--sources", str(news), "--out", "-", env={"XDG_CACHE_HOME": str(bad_home)})
    assert r.returncode == 0
    one_line_error(r.stderr)
    # and a glob echoed into the JSON problems is escaped there too
    r = cli("export", "--no-cache", "--sources", str(news), str(tmp_path / f"gl{ESC}*.txt"), "--format", "json",
            "--out", "-")
    assert b"\\u001b" not in r.stdout and b"\x1b" not in r.stdout


def test_javascript_and_data_urls_are_not_kept(tmp_path: Path, repo_config: Config) -> None:
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.json").write_text(json.dumps([
        {"title": "One", "text": "The minister said the talks would resume.", "url": "javascript:alert(1)"},
        {"title": "Two", "text": "The minister said the talks had ended.", "url": "data:text/html,<script>x</script>"},
        {"title": "Three", "text": "The minister said the talks went on.", "url": "https://example.com/a?b=1"},
    ]))
    articles, _ = load_articles([str(d)], repo_config)
    assert {a.title: a.url for a in articles} == {"One": None, "Two": None, "Three": "https://example.com/a?b=1"}


def test_a_relative_sources_path_is_read_from_the_working_folder(tmp_path: Path, news: Path) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "config.yaml").write_text("sources: [elsewhere]\n")
    r = cli("--config", str(conf / "config.yaml"), "export", "--no-cache", "--sources", "news", "--format", "txt",
            "--out", "-", cwd=tmp_path)
    assert r.returncode == 0, r.stderr and "Talks resume" in r.stdout.decode()


def test_a_cache_you_may_not_read_is_left_alone_and_said_so(tmp_path: Path, repo_config: Config,
                                                            monkeypatch: pytest.MonkeyPatch, news: Path) -> None:
    from briefing.pipeline.cache import ArticleCache

    path = tmp_path / "c.sqlite"
    cache = ArticleCache.open(path)
    assert cache is not None
    cache.close()
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == str(path) else real_access(p, mode, **kw))
    cache, warnings = ArticleCache.try_open(path)
    assert cache is None and any("permission denied" in w for w in warnings)
    assert path.read_bytes() == before and not path.with_suffix(".corrupt").exists()


def test_a_recursive_glob_over_linked_and_deep_folders_ends(tmp_path: Path, repo_config: Config) -> None:
    top = tmp_path / "m"
    (top / "sub").mkdir(parents=True)
    (top / "a.txt").write_text(GOOD)
    (top / "sub" / "b.txt").write_text(GOOD.replace("Talks resume", "Talks end"))
    (top / "loop").symlink_to(".")  # Python's own recursive glob follows it for ever
    (top / "up").symlink_to("..")
    (tmp_path / "outside.txt").write_text(GOOD.replace("Talks resume", "Not in the source"))
    articles, problems = within(15, lambda: load_articles([str(top / "**" / "*.txt")], repo_config))
    assert sorted(a.title for a in articles) == ["Talks end", "Talks resume"]
    here = str(tmp_path / "deep")
    os.mkdir(here)
    for _ in range(1100):
        here = os.path.join(here, "d")
        os.mkdir(here)
    Path(here, "c.txt").write_text(GOOD)
    try:
        found, _ = within(30, lambda: load_articles([str(tmp_path / "deep" / "**" / "*.txt")], repo_config))
        assert len(found) == 1
    finally:
        os.remove(os.path.join(here, "c.txt"))
        while here != str(tmp_path / "deep"):
            os.rmdir(here)
            here = os.path.dirname(here)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipes_where_the_app_keeps_its_files_never_hang_it(tmp_path: Path, news: Path,
                                                                 repo_config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.tui.settings import Settings

    os.mkfifo(tmp_path / "settings.json")
    assert within(5, lambda: Settings.load(tmp_path / "settings.json")).data == {}
    cache_home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    load_cached([str(news)], repo_config)  # makes the cache
    os.mkfifo(cache_home / "briefing" / "articles.sqlite-journal")
    articles, problems = within(10, lambda: load_cached([str(news)], repo_config))
    assert len(articles) == 1 and any("named pipe" in p.reason for p in problems)


@pytest.mark.parametrize("value", ["2024-13-45", "2024-02-30", "!!int abc", "!!float abc", "!!bool maybe",
                                   "1" * 5000, "!!timestamp yesterday"])
def test_a_front_matter_value_that_cannot_be_read_costs_the_front_matter_only(news: Path, repo_config: Config,
                                                                             value: str) -> None:
    (news / "odd.md").write_text(f"---\ntitle: Odd\nfoo: {value}\n---\nThe summit was called off, officials said.\n")
    articles, problems = within(5, lambda: load_articles([str(news)], repo_config))
    assert len(articles) == 2
    assert any("odd.md" in p.path and p.severity == "warning" for p in problems)


@pytest.mark.parametrize("value", ["2024-13-45", "!!int abc", "!!float abc", "!!bool maybe", "1" * 5000])
def test_a_config_value_that_cannot_be_read_is_one_line_with_its_line(tmp_path: Path, value: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(f"sources: [news]\ntheme: {value}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert ":2:" in str(err.value) and "\n" not in str(err.value)
    r = cli("--config", str(path), "export", "--out", "-")
    assert r.returncode == 2 and one_line_error(r.stderr).count("\n") == 1


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin", reason="POSIX names as bytes")
def test_a_title_made_from_a_name_that_is_not_utf8_is_clean(news: Path, tmp_path: Path) -> None:
    raw = os.fsencode(str(news)) + b"/bul_\x1b]52;c;aGk=\x07_\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(b"- a bullet\n- another bullet of the list\n")
    for _ in range(2):  # filling the cache, then reading it
        r = cli("export", "--sources", str(news), "--format", "json", "--out", "-",
                env={"XDG_CACHE_HOME": str(tmp_path / "c")})
        assert r.returncode == 0, one_line_error(r.stderr)
        titles = [a["title"] for a in json.loads(r.stdout)["articles"]]
        assert len(titles) == 2 and all(t.isprintable() and "\x1b" not in t for t in titles)


def test_json_with_a_number_too_long_to_read_is_reported(news: Path, repo_config: Config) -> None:
    (news / "big.json").write_text('{"title": "x", "text": "Body text.", "n": ' + "9" * 5000 + "}")
    (news / "big.jsonl").write_text('{"title": "y", "text": "Body text.", "n": ' + "9" * 5000 + "}\n")
    articles, problems = within(5, lambda: load_articles([str(news)], repo_config))
    assert len(articles) == 1
    assert any("big.json" in p.path and "bad JSON" in p.reason for p in problems)
    assert any("big.jsonl" in p.path and "bad JSON" in p.reason for p in problems)


def test_more_output_targets(news: Path, tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    r = cli("export", "--no-cache", "--sources", str(news), "--out", str(loop))
    assert r.returncode == 2 and "loop" in one_line_error(r.stderr).lower()
    r = cli("export", "--no-cache", "--sources", str(news), "--out", "")
    assert r.returncode == 2 and "file name" in one_line_error(r.stderr)
    log = tmp_path / "log.txt"
    log.write_text("earlier lines\n")
    with open(log, "ab") as out:  # as ">> log.txt" gives it: /dev/stdout is the standard output
        r = cli("export", "--no-cache", "--sources", str(news), "--format", "txt", "--out", "/dev/stdout",
                stdout=out, capture_output=False, stderr=subprocess.PIPE)
    assert r.returncode == 0 and log.read_text().startswith("earlier lines\nDaily brief")


def test_an_unknown_argument_is_echoed_escaped(news: Path) -> None:
    r = cli("export", "--sources", str(news), "--out", "-", "\x1b]52;c;aGVsbG8=\x07\u202e")
    assert r.returncode == 2 and "\\x1b" in one_line_error(r.stderr)


def test_a_relative_xdg_folder_is_ignored(tmp_path: Path) -> None:
    from briefing.pipeline.cache import default_cache_path

    os.environ_before = dict(os.environ)  # type: ignore[attr-defined]
    try:
        os.environ["XDG_CACHE_HOME"] = "relative/cache"
        assert default_cache_path().is_absolute()
    finally:
        os.environ.clear()
        os.environ.update(os.environ_before)  # type: ignore[attr-defined]

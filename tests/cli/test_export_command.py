"""``briefing export`` end to end on a corpus the tests write: structure, not exact text
(the analysis behind it changes; the exporters' exact text is pinned by the golden files)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from briefing import cli
from briefing.export import files, progress
from tests.export.test_escaping import _parse
from tests.export.test_schema import SCHEMA_FILE, validate

ARTICLES = {
    "talks.md": ("---\ntitle: Summit called off\ndate: 2025-11-03\nsource: Wire One\n---\n"
                 "The summit between the two presidents was cancelled after a phone call between the foreign "
                 "ministers. “We see no need for a meeting,” said Dmitry Peskov, the Kremlin spokesman.\n\n"
                 "Negotiations on a ceasefire have stalled over territorial demands, diplomats said.\n"),
    "oil.md": ("---\ntitle: New sanctions on oil exports\ndate: 2025-11-02\nsource: Markets Daily\n---\n"
               "New sanctions target Rosneft and Lukoil, aiming to cut oil exports and restrict payments.\n\n"
               "Buyers of Russian oil face pressure as the sanctions take effect.\n"),
    "drones.md": ("---\ntitle: Drone strike hits refinery\nsource: Front News\n---\n"
                  "A drone strike hit an oil refinery overnight, causing fires; two people were wounded.\n\n"
                  "Air defences shot down six drones near the capital, officials said.\n"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "news"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    (tmp_path / "config.yaml").write_text("sources: [news]\nexport:\n  folder: out\n  format: md\n")
    return tmp_path


def run(corpus: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["export", "--config", str(corpus / "config.yaml"), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_to_stdout(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(corpus, "--out", "-", capsys=capsys)
    assert code == 0, err
    assert out.startswith("# Daily brief: Monday 3 November 2025\n")
    assert "**3 articles · 3 sources · 0 duplicates merged**" in out
    assert "\n## Sources\n" in out and "\n1. **" in out
    assert re.search(r"\[\^\d+\]", out)
    assert not (corpus / "out").exists()


def test_every_format_to_stdout_has_the_whole_brief(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    titles = ["Summit called off", "New sanctions on oil exports", "Drone strike hits refinery"]
    for fmt in ("md", "html", "txt", "json"):
        code, out, err = run(corpus, "--format", fmt, "--out", "-", capsys=capsys)
        assert code == 0, err
        text = _parse(out).visible if fmt == "html" else out
        for t in titles:
            assert t in text, (fmt, t)
    schema = json.loads(SCHEMA_FILE.read_text())
    code, out, _ = run(corpus, "--format", "json", "--out", "-", capsys=capsys)
    assert validate(json.loads(out), schema, schema) == []


def test_text_is_wrapped_at_80(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(corpus, "--format", "txt", "--out", "-", capsys=capsys)
    long = [line for line in out.splitlines() if len(line) > 80 and len(line.split()) > 1]
    assert long == []


def test_default_file_under_the_configured_folder(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(corpus, capsys=capsys)
    path = corpus / "out" / "brief-2025-11-03.md"
    assert code == 0 and out == ""
    assert f"wrote {path}" in err
    assert path.read_text(encoding="utf-8").startswith("# Daily brief")


def test_file_and_stdout_are_the_same_brief(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = corpus / "b.txt"
    run(corpus, "--out", str(out_file), capsys=capsys)
    _, out, _ = run(corpus, "--format", "txt", "--out", "-", capsys=capsys)
    strip = lambda s: re.sub(r"Generated .* UTC\.", "", s)  # noqa: E731
    assert strip(out_file.read_text(encoding="utf-8")) == strip(out)


def test_format_follows_the_out_extension(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(corpus, "--out", str(corpus / "deep" / "er" / "brief.html"), capsys=capsys)
    assert code == 0, err
    assert (corpus / "deep" / "er" / "brief.html").read_text().startswith("<!DOCTYPE html>")


def test_renders_once(corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    for module in (cli, files):
        real = module.render_bytes

        def counting(brief, fmt, _real=real):  # type: ignore[no-untyped-def]
            calls.append(fmt)
            return _real(brief, fmt)

        monkeypatch.setattr(module, "render_bytes", counting)
    run(corpus, "--out", str(corpus / "x.md"), capsys=capsys)
    run(corpus, "--out", "-", capsys=capsys)
    assert calls == ["md", "md"]


def test_date_keeps_that_day_and_counts_the_undated(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(corpus, "--date", "2025-11-02", "--format", "json", "--out", "-", capsys=capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["date"] == "2025-11-02"
    assert [a["title"] for a in data["articles"]] == ["New sanctions on oil exports"]
    assert data["counts"]["undated_left_out"] == 1
    assert "1 undated article(s) left out" in err and "--include-undated" in err
    other = data["counts"]["other_days_left_out"]
    assert other >= 1 and f"{other} article(s) of other days left out" in err
    _, md, _ = run(corpus, "--date", "2025-11-02", "--out", "-", capsys=capsys)
    assert "1 undated left out" in md and "Sunday 2 November 2025" in md and f"{other} of other days left out" in md
    _, whole, _ = run(corpus, "--format", "json", "--out", "-", capsys=capsys)
    assert json.loads(whole)["counts"]["other_days_left_out"] == 0  # no --date: nothing left out


def test_include_undated(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(corpus, "--date", "2025-11-02", "--include-undated", "--format", "json", "--out", "-",
                       capsys=capsys)
    data = json.loads(out)
    assert code == 0 and data["counts"]["undated_left_out"] == 0
    assert sorted(a["title"] for a in data["articles"]) == ["Drone strike hits refinery", "New sanctions on oil exports"]


def test_a_day_without_articles_is_nothing_to_brief(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(corpus, "--date", "2024-01-01", "--out", "-", capsys=capsys)
    assert code == 1 and out == ""
    assert "nothing to brief: no articles published on 2024-01-01" in err and "1 undated" in err
    assert not (corpus / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["--date", "3/11/2025"], "not a date in the form YYYY-MM-DD"),
    (["--format", "pdf"], "invalid choice"),
    (["--bogus"], "unknown option --bogus"),
])
def test_bad_usage_exits_2(corpus: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    try:
        code = cli.main(["export", "--config", str(corpus / "config.yaml"), *args])
    except SystemExit as exit_:  # (argparse's own usage errors)
        code = exit_.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err


def test_out_is_a_folder(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for target in (str(corpus), str(corpus / "not-yet") + "/"):
        code, out, err = run(corpus, "--out", target, capsys=capsys)
        assert code == 2 and out == ""
        assert "is a folder; give a file name" in err and len(err.strip().splitlines()) == 1
    assert not (corpus / "not-yet").exists()


def test_out_cannot_be_written(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "plain-file").write_text("x")
    code, _, err = run(corpus, "--out", str(corpus / "plain-file" / "brief.md"), capsys=capsys)
    assert code == 2 and err.startswith("briefing: cannot create folder") and len(err.strip().splitlines()) == 1


def test_an_existing_brief_is_replaced_whole(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = corpus / "brief.md"
    out.write_text("yesterday's brief\n")
    assert run(corpus, "--out", str(out), capsys=capsys)[0] == 0
    assert out.read_text().startswith("# Daily brief") and "yesterday" not in out.read_text()
    assert [p.name for p in corpus.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("argv", [["--help"], ["export", "--help"], ["app", "--help"]])
def test_help_on_every_command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and out.startswith("usage: briefing")
    if argv[0] == "export":
        for flag in ("--date", "--include-undated", "--format", "--out", "--sources", "--config"):
            assert flag in out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_only_for_a_large_corpus() -> None:
    assert not progress.wants_progress(io.StringIO(), 10_000)
    assert not progress.wants_progress(_Tty(), 3)
    assert progress.wants_progress(_Tty(), progress.LARGE_CORPUS)


def test_progress_bar_drawn_on_a_terminal_stderr(corpus: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LARGE_CORPUS", 2)
    fake = _Tty()
    monkeypatch.setattr(cli.sys, "stderr", fake)
    code = cli.main(["export", "--config", str(corpus / "config.yaml"), "--out", "-"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("# Daily brief") and "\x1b" not in out
    assert "\x1b[" in fake.getvalue()  # the bar was drawn, on stderr only


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LARGE_CORPUS", 2)
    code, _, err = run(corpus, "--out", "-", capsys=capsys)
    assert code == 0 and "\x1b" not in err and err == ""


def test_progress_bar_starts_no_thread_so_the_brief_can_still_fork() -> None:
    import threading

    from briefing.pipeline.runner import can_fork

    before = can_fork()
    with progress.progress_bar(_Tty(), True) as update:
        assert update is not None
        update("de-duplicating", 0.1)
        assert threading.active_count() == 1
        assert can_fork() == before


def test_timings_name_every_stage_on_stderr(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["export", "--config", str(corpus / "config.yaml"), "--out", "-", "--no-cache", "--timings"])
    captured = capsys.readouterr()
    assert code == 0 and captured.out.startswith("# Daily brief")
    line = next(x for x in captured.err.splitlines() if "stage times:" in x)
    for stage in ("finding files", "reading files", "de-duplicating", "grouping storylines", "finding quotes",
                  "summarising", "writing", "total"):
        assert stage in line, stage
    assert "stage times" not in captured.out  # never in the brief itself
    cli.main(["export", "--config", str(corpus / "config.yaml"), "--out", "-", "--no-cache"])
    assert "stage times" not in capsys.readouterr().err  # only when asked


def test_stage_times_clock_each_stage_once() -> None:
    now = iter([0.0, 1.0, 1.5, 2.0, 4.0, 4.0, 4.5])
    seen: list[str] = []
    timer = progress.StageTimes(clock=lambda: next(now)).passing_to(lambda s, f: seen.append(s))
    timer("reading files (1 of 2)", 0.1)  # 1.0
    timer("reading files (2 of 2)", 0.2)  # same stage: no clock read
    timer("de-duplicating", 0.3)  # 1.5
    timer.mark("writing")  # 2.0
    assert timer.times() == [("reading files", 0.5), ("de-duplicating", 0.5), ("writing", 2.0)]  # now 4.0
    assert seen == ["reading files (1 of 2)", "reading files (2 of 2)", "de-duplicating"]
    assert timer.report().endswith("total 4.50 s")


def test_an_export_walks_the_sources_once(corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    calls: list[object] = []
    real = importlib.import_module("briefing.ingest.discover").discover

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    for module in ("briefing.cli", "briefing.pipeline.reopen", "briefing.ingest.load"):
        monkeypatch.setattr(f"{module}.discover", counting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus / "cache"))
    for extra in (["--no-cache"], []):
        calls.clear()
        assert cli.main(["export", "--config", str(corpus / "config.yaml"), "--out", "-", *extra]) == 0
        assert len(calls) == 1, extra
    capsys.readouterr()


def test_a_file_left_out_is_reported_as_skipped_and_the_rest_is_written(corpus: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "news" / "empty.txt").write_bytes(b"")
    code, out, err = run(corpus, "--format", "txt", "--out", "-", capsys=capsys)
    assert code == 0 and "Daily brief" in out
    assert "briefing: skipped: " in err and "empty.txt: empty file" in err and "error:" not in err


def test_a_reason_that_says_skipped_is_not_said_twice() -> None:
    from briefing.model import Problem

    assert cli.problem_line(Problem("news/loop", "symbolic link loop: folder already read, skipped")) == (
        "skipped: news/loop: symbolic link loop: folder already read")
    assert cli.problem_line(Problem("a.txt", "empty file")) == "skipped: a.txt: empty file"
    assert cli.problem_line(Problem("b.md", "odd date", "warning")) == "warning: b.md: odd date"

"""The command line parser: options before or after the command both count."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import cli


@pytest.mark.parametrize("argv", [["--config", "c.yaml", "export"], ["export", "--config", "c.yaml"]])
def test_config_before_or_after_the_command(argv: list[str]) -> None:
    assert cli.build_parser().parse_args(argv).config == "c.yaml"


def test_sources_after_the_command() -> None:
    args = cli.build_parser().parse_args(["export", "--sources", "a", "b/*.md"])
    assert args.sources == ["a", "b/*.md"] and args.command == "export"


@pytest.mark.parametrize("argv", [["--theme", "nord", "app"], ["app", "--theme", "nord"], ["--theme", "nord"]])
def test_theme_before_or_after_app(argv: list[str]) -> None:
    assert cli.build_parser().parse_args(argv).theme == "nord"


def test_defaults() -> None:
    args = cli.build_parser().parse_args(["export"])
    assert (args.config, args.sources, args.date, args.format, args.out, args.include_undated) == (
        None, None, None, None, None, False)


def test_config_given_before_export_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("---\ntitle: Talks resume\ndate: 2025-11-03\n---\nThe talks resume today.\n")
    (tmp_path / "c.yaml").write_text("sources: [news]\n")
    assert cli.main(["--config", str(tmp_path / "c.yaml"), "export", "--format", "txt", "--out", "-"]) == 0
    assert "Talks resume" in capsys.readouterr().out


def test_a_bad_config_is_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "c.yaml").write_text("export:\n  format: pdf\n")
    assert cli.main(["export", "--config", str(tmp_path / "c.yaml"), "--out", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: config error:") and len(err.strip().splitlines()) == 1


def test_the_dashboard_on_a_missing_folder_exits_2_before_any_screen(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.tui.app as app_module

    def never(*args: object, **kw: object) -> int:
        raise AssertionError("the app must not start")

    monkeypatch.setattr(app_module, "run_app", never)
    assert cli.main(["--sources", str(tmp_path / "no" / "such" / "path")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: source not found:") and len(err.strip().splitlines()) == 1


def test_an_address_given_as_a_source_is_kept_as_it_is() -> None:
    assert cli._from_here("https://wire.example/rss") == "https://wire.example/rss"
    assert cli._from_here("news").endswith("/news")


def test_a_command_after_the_sources_paths_is_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("---\ntitle: Talks resume\ndate: 2025-11-03\n---\nThe talks resume today.\n")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--sources", "news", "export", "--format", "txt", "--out", "-"]) == 0
    assert "Talks resume" in capsys.readouterr().out
    assert cli._command_first(["--sources", "a", "b", "export", "--out", "-"], ["export"]) == [
        "export", "--sources", "a", "b", "--out", "-"]
    assert cli._command_first(["export", "--sources", "export"], ["export"]) == ["export", "--sources", "export"]
    (tmp_path / "export").mkdir()  # a folder of that name is a path
    assert cli._command_first(["--sources", "export"], ["export"]) == ["--sources", "export"]


def test_a_misspelt_option_is_named_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--soruces", "seeds"]) == 2
    err = capsys.readouterr().err
    assert "unknown option --soruces" in err and "--sources" in err and "COMMAND" not in err
    assert len(err.strip().splitlines()) == 1
    assert cli.main(["export", "--fromat", "md"]) == 2
    assert "did you mean '--format'" in capsys.readouterr().err
    assert cli._unknown_option(["export", "--form", "md", "--out=-"], cli._options(cli.build_parser(), "export")) is None
    assert cli.main(["export", "--prot", "80"]) == 2  # a suggestion only from the options export takes
    err = capsys.readouterr().err
    assert "unknown option --prot" in err and "--port" not in err and "briefing export --help" in err
    assert cli._unknown_option(["--version", "--bogus"], cli._options(cli.build_parser())) is None


def test_only_paths_after_sources_make_the_command_move_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    commands = ["export", "app"]
    assert cli._command_first(["--sources", "export"], commands) == ["--sources", "export"]  # no path before it
    assert cli._command_first(["--sour", "a", "export"], commands) == ["export", "--sour", "a"]  # an abbreviation
    assert cli._command_first(["--sources=a", "export"], commands) == ["--sources=a", "export"]
    assert cli._command_first(["--config", "c.yaml", "--sources", "a", "app", "--theme", "x"], commands) == [
        "app", "--config", "c.yaml", "--sources", "a", "--theme", "x"]

"""``export_brief`` / ``default_out``: where a brief goes, in which format, rendered once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from briefing import export
from briefing.config.schema import Config, ExportConfig
from briefing.export import files
from briefing.export.files import choose_format, default_out, export_brief
from briefing.export.writer import WriteError
from tests.golden.fixture_brief import fixture_brief


def _config(tmp_path: Path, repo_config: Config, fmt: str = "md") -> Config:
    return dataclasses.replace(repo_config, base_dir=tmp_path, export=ExportConfig(folder=Path("briefs"), format=fmt))


def test_default_out(tmp_path: Path, repo_config: Config) -> None:
    cfg = _config(tmp_path, repo_config)
    assert default_out(cfg, dt.date(2025, 11, 3), "html") == tmp_path / "briefs" / "brief-2025-11-03.html"
    assert default_out(cfg, None, "txt").name == f"brief-{dt.date.today().isoformat()}.txt"


def test_export_brief_default_path_and_config_format(tmp_path: Path, repo_config: Config) -> None:
    path = export_brief(fixture_brief(), _config(tmp_path, repo_config, "json"))
    assert path == tmp_path / "briefs" / "brief-2025-11-03.json"
    assert json.loads(path.read_text())["date"] == "2025-11-03"


def test_choose_format() -> None:
    cfg = Config(sources=(), storylines=(), export=ExportConfig(format="txt"))
    assert choose_format(cfg) == "txt"
    assert choose_format(cfg, out=Path("x/brief.HTML")) == "html"
    assert choose_format(cfg, out=Path("x/brief.markdown")) == "md"
    assert choose_format(cfg, out=Path("x/brief.pdf")) == "txt"
    assert choose_format(cfg, "json", Path("brief.md")) == "json"


def test_export_brief_renders_once(tmp_path: Path, repo_config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = export.render_bytes

    def counting(brief, fmt):  # type: ignore[no-untyped-def]
        calls.append(fmt)
        return real(brief, fmt)

    monkeypatch.setattr(files, "render_bytes", counting)
    out = export_brief(fixture_brief(), _config(tmp_path, repo_config), out=tmp_path / "x" / "b.txt")
    assert calls == ["txt"] and out.read_text().startswith("Daily brief")


def test_export_brief_refuses_a_folder(tmp_path: Path, repo_config: Config) -> None:
    with pytest.raises(WriteError, match="is a folder"):
        export_brief(fixture_brief(), _config(tmp_path, repo_config), out=tmp_path)


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        export.render(fixture_brief(), "pdf")

"""Fixtures for the dashboard tests: a config writing into tmp, and the error-log guard."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from briefing.config.schema import Config, ExportConfig
from briefing.tui.app import BriefingApp
from briefing.tui.errors import log_path

from .sample import sample_brief


@pytest.fixture(autouse=True)
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Errors go to a log in tmp; a test fails if it logged one it did not expect."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    yield tmp_path / "state"
    if "expect_error_log" not in request.keywords and log_path().exists():
        pytest.fail("unexpected error logged:\n" + log_path().read_text())


@pytest.fixture
def config(repo_config: Config, tmp_path: Path) -> Config:
    return dataclasses.replace(repo_config, export=ExportConfig(folder=tmp_path / "out", format="md"),
                               base_dir=tmp_path)


@pytest.fixture
def make_app(config: Config) -> Callable[..., BriefingApp]:
    def _make(**kw: Any) -> BriefingApp:
        cfg = kw.pop("config", config)
        if "sources" not in kw and "brief" not in kw:
            kw["brief"] = sample_brief()
        return BriefingApp(cfg, **kw)

    return _make


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the workers and the messages they caused (twice: a finished worker may start another)."""
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def row_text(pane: Any, index: int) -> str:
    """What one row of a pane shows (its left column, body and marks), as plain text."""
    row = pane.rows[index]
    mark = ""
    if pane.SHOW_MARKS and row.link is not None and pane.marked is not None and row.link in pane.marked:
        mark = "▶"
    left = row.left.plain + " " if row.left is not None and row.left.plain else ""
    return mark + left + row.body.plain


def row_ids(pane: Any) -> list[str]:
    """The ids of the rows the cursor can take, in order."""
    return list(pane.row_ids)


def screen_lines(pane: Any) -> list[str]:
    """The lines a pane draws now (its visible content), as plain text."""
    height = pane.scrollable_content_region.height
    return [pane.render_line(y).text.rstrip() for y in range(height)]


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "expect_error_log: the test makes the app log an unexpected error on purpose")


def static_text(widget: object) -> str:
    """What a Static shows, as plain text (tables rendered)."""
    from io import StringIO

    from rich.console import Console

    console = Console(file=StringIO(), width=200, color_system=None, legacy_windows=False)
    content = widget.content  # type: ignore[attr-defined]
    if isinstance(content, str):
        return content
    with console.capture() as cap:
        console.print(content)
    return cap.get()

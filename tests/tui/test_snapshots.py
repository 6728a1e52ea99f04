"""Snapshot tests (pytest-textual-snapshot) of the main screens, one at 80x24.

Regenerate after an intended change of the look: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from briefing.tui.app import BriefingApp

from .conftest import settle


def test_dashboard_80x24(snap_compare: Any, make_app: Callable[..., BriefingApp]) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=settle)


def test_dashboard_120x40_point_highlighted(snap_compare: Any, make_app: Callable[..., BriefingApp]) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("tab", "j")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=before)


def test_search_lavorv_filters_in_place_120x40(snap_compare: Any, make_app: Callable[..., BriefingApp]) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"lavorv")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=before)


def test_search_at_80x24(snap_compare: Any, make_app: Callable[..., BriefingApp]) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"summit", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=before)


def test_reader_at_quote(snap_compare: Any, make_app: Callable[..., BriefingApp]) -> None:
    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        pilot.app.query_one("#quotes").focus()
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=before)

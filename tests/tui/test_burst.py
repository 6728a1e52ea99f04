"""Keys pressed faster than the panes redraw: each applied once, in order, then the app is idle.

The selected storyline is one reactive value on the app; the Storylines pane sends the
user's moves up as steps and its cursor only follows the value that comes back down, so a
burst can never make the panes bounce the selection between them.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.messages import StorylineChosen, StorylineStep
from briefing.tui.panes.base import Pane

from .conftest import row_ids, settle
from .sample import rebuilt, sample_brief


def many_storylines(n: int = 12):  # type: ignore[no-untyped-def]
    import dataclasses

    brief = sample_brief()
    base = brief.storylines[0]
    extra = tuple(dataclasses.replace(base, key=f"s{i:02d}", title=f"Storyline {i}") for i in range(n))
    return rebuilt(brief, storylines=brief.storylines + extra)


async def idle(pilot: Pilot[object]) -> None:
    await settle(pilot)
    assert not [w for w in pilot.app.workers if not w.is_finished], "workers still running"


async def test_thirty_quick_j_presses_end_on_the_last_storyline_and_the_app_goes_idle(
        make_app: Callable[..., BriefingApp]) -> None:
    brief = many_storylines()
    app = make_app(brief=brief)
    steps: dict[int, StorylineStep] = {}  # each message once (the hook sees it at every node it bubbles through)
    chosen: dict[int, StorylineChosen] = {}

    def hook(m: object) -> None:
        if isinstance(m, StorylineStep):
            steps[id(m)] = m
        elif isinstance(m, StorylineChosen):
            chosen[id(m)] = m

    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await settle(pilot)
        keys = [s.key for s in brief.storylines]
        for _ in range(30):
            await pilot.press("j")  # no pause between them: the panes are still redrawing
        await idle(pilot)
        assert app.storyline_key == keys[-1]
        assert len(steps) == 30 and not chosen  # one message per key, none echoed back
        for pane in app.query(Pane):
            assert pane.settled, pane.id
        assert app.query_one("#storylines", Pane).cursor_id == keys[-1]
        assert str(app.query_one("#summary", Pane).border_title).startswith(f"Summary — {brief.storylines[-1].title}")
        # and back up, as fast
        for _ in range(7):
            await pilot.press("k")
        await idle(pilot)
        assert app.storyline_key == keys[-8]
        assert all(p.settled for p in app.query(Pane))


async def test_burst_on_the_seeds_sized_brief_goes_idle(make_app: Callable[..., BriefingApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(30):
            await pilot.press("j")
        await idle(pilot)
        assert app.storyline_key == "other"
        assert row_ids(app.query_one("#sources", Pane)) == ["a3"]
        assert all(p.settled for p in app.query(Pane))


async def test_a_pane_never_echoes_a_change_it_was_given(make_app: Callable[..., BriefingApp]) -> None:
    seen: list[object] = []
    app = make_app()
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await settle(pilot)
        seen.clear()
        app.storyline_key = "other"  # a change made by the program, not the user
        await idle(pilot)
        assert not [m for m in seen if isinstance(m, (StorylineChosen, StorylineStep))]
        assert app.query_one("#storylines", Pane).cursor_id == "other"

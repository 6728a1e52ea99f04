"""The line-API list under every pane: exact wrapping, drawing only what is on screen, the cursor."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.text import Text
from textual.app import App, ComposeResult

from briefing.tui.rowlist import RowList
from briefing.tui.rows import Row, break_offsets, measure, row_height, wrap, wrap_row

WORDS = st.text(alphabet=st.sampled_from("ab xyz漢字é\n  "), max_size=60)


@given(WORDS, st.integers(min_value=2, max_value=30))
@settings(max_examples=400, deadline=None)
def test_wrapping_keeps_every_character_within_the_width(text: str, width: int) -> None:
    lines = wrap(Text(text), width)
    assert len(lines) == len(break_offsets(text, width)) + 1  # the height is the lines drawn
    assert all(line.cell_len <= width for line in lines)
    drawn = "".join(line.plain for line in lines)
    assert drawn.replace(" ", "") == text.replace(" ", "").replace("\n", "")  # no word lost, last line included


@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=8), min_size=1, max_size=30),
       st.integers(min_value=8, max_value=40))
@settings(max_examples=300, deadline=None)
def test_wrapping_is_greedy(words: list[str], width: int) -> None:
    lines = [line.plain for line in wrap(Text(" ".join(words)), width)]
    for line, nxt in zip(lines, lines[1:]):
        first = nxt.split(" ")[0]
        assert len(line) + 1 + len(first) > width  # the next word would not have fitted


def test_a_row_with_a_left_column_hangs_its_body_and_keeps_its_last_line() -> None:
    body = Text("The summit between the two presidents in Budapest was called off on Tuesday after talks.")
    row = Row("p0", body, left=Text("[1][2][3] +4"))
    lines = wrap_row(row, 40, marks=False)
    assert len(lines) == row_height(row, 40, marks=False)
    assert lines[0][0] is not None and lines[0][0].plain.startswith("[1][2][3] +4")
    assert all(left is not None and left.plain.strip() == "" for left, _ in lines[1:])
    assert " ".join(b.plain for _, b in lines).split() == body.plain.split()


class ListApp(App[None]):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield RowList(id="list", title="Things")

    def on_mount(self) -> None:
        self.query_one(RowList).set_rows(self.rows)


def many(n: int) -> list[Row]:
    return [Row(f"r{i}", Text(f"Row {i}: a source title long enough to wrap onto a second line here\nmeta · {i}"),
                left=Text(f"[{i}]"), link=f"r{i}") for i in range(n)]


async def test_ten_thousand_rows_draw_only_what_is_on_screen() -> None:
    app = ListApp(many(10_000))
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        rl = app.query_one(RowList)
        assert rl.virtual_size.height == sum(measure(rl.rows, rl.scrollable_content_region.width, False))
        assert len(rl._lines) <= 20  # rows wrapped and styled: those on screen only
        start = time.perf_counter()
        rl.focus()
        await pilot.press("G")
        await pilot.pause()
        assert time.perf_counter() - start < 1.0
        assert rl.cursor_id == "r9999" and str(rl.border_title).endswith("10000/10000")
        assert len(rl._lines) <= 40


async def test_cursor_moves_post_moved_and_program_moves_post_nothing() -> None:
    seen: dict[int, object] = {}
    app = ListApp(many(30))
    async with app.run_test(size=(60, 20), message_hook=lambda m: seen.setdefault(id(m), m)) as pilot:
        await pilot.pause()
        rl = app.query_one(RowList)
        rl.focus()
        await pilot.press("j", "j")
        await pilot.pause()
        moved = [m for m in seen.values() if isinstance(m, RowList.Moved)]
        assert [m.row_id for m in moved] == ["r1", "r2"]
        seen.clear()
        assert rl.select("r20")
        await pilot.pause()
        assert rl.cursor_id == "r20" and not [m for m in seen.values() if isinstance(m, RowList.Moved)]
        await pilot.press("enter")  # no app binding here: the list's own choose
        rl.action_choose()
        await pilot.pause()
        assert [m.row_id for m in seen.values() if isinstance(m, RowList.Chosen)] == ["r20"]


async def test_a_click_moves_then_chooses() -> None:
    seen: dict[int, object] = {}
    app = ListApp(many(5))
    async with app.run_test(size=(60, 20), message_hook=lambda m: seen.setdefault(id(m), m)) as pilot:
        await pilot.pause()
        rl = app.query_one(RowList)
        row = 2
        y = sum(measure(rl.rows[:row], rl.scrollable_content_region.width, False))
        await pilot.click(RowList, offset=(5, y + 1))  # +1: the top border
        await pilot.pause()
        assert rl.cursor_id == "r2"
        await pilot.click(RowList, offset=(5, y + 1))
        await pilot.pause()
        assert [m.row_id for m in seen.values() if isinstance(m, RowList.Chosen)] == ["r2"]


async def test_resizing_measures_again_so_no_line_is_lost() -> None:
    app = ListApp(many(50))
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        rl = app.query_one(RowList)
        wide = rl.virtual_size.height
        await pilot.resize_terminal(40, 20)
        await pilot.pause()
        narrow = rl.virtual_size.height
        assert narrow > wide
        assert narrow == sum(measure(rl.rows, rl.scrollable_content_region.width, False))


def test_a_long_file_name_standing_for_the_outlet_is_cut_in_the_middle_and_never_broken() -> None:
    from pathlib import Path

    from briefing.model import Article
    from briefing.tui.panes.sources import source_row
    from briefing.tui.render import MAX_FILE_NAME, outlet_of
    from tests.tui.sample import sample_brief

    brief = sample_brief()
    a = brief.articles[0]
    long_name = Article(**{**{f: getattr(a, f) for f in a.__dataclass_fields__}, "outlet": None,
                           "path": str(Path("news") / "001_286a006566de5d84.txt")})
    shown = outlet_of(long_name)
    assert len(shown) == MAX_FILE_NAME and shown.startswith("001_286a") and shown.endswith(".txt") and "…" in shown
    row = source_row(brief, long_name)
    lines = [line.plain for _, line in wrap_row(row, 30, marks=True)]
    assert any(shown in line for line in lines), lines  # on one line at the width of an 80-column screen's pane


def test_a_long_file_name_is_cut_by_terminal_cells_between_whole_characters() -> None:
    import unicodedata
    from dataclasses import replace

    from rich.cells import cell_len

    from briefing.tui.render import MAX_FILE_NAME, outlet_of
    from tests.tui.sample import sample_brief

    a = sample_brief().articles[0]
    for path in ("news/東京新聞の記事についての長いファイル名です.txt", "news/long-file-name-ending-in-é́́.txt"):
        shown = outlet_of(replace(a, outlet=None, path=path))
        assert cell_len(shown) <= MAX_FILE_NAME and "…" in shown
        after = shown[shown.index("…") + 1]
        assert not unicodedata.combining(after), shown  # no mark left without its letter

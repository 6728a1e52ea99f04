"""The four linked panes of the dashboard, each a :class:`briefing.tui.rowlist.RowList`."""

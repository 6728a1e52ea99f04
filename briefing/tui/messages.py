"""Messages the panes post up to the app ("attributes down, messages up").

A pane posts one only for a move the user made, never for a change it was given.
"""

from __future__ import annotations

from textual.message import Message


class StorylineChosen(Message):
    """The user picked a storyline (a click, or a jump)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class StorylineStep(Message):
    """The user moved ``delta`` storylines down (negative: up) from the one selected.  The app
    applies each step to its own state, so a burst of keys never races the panes."""

    def __init__(self, delta: int) -> None:
        super().__init__()
        self.delta = delta


class PointChosen(Message):
    """A summary point was highlighted (``index``), or the highlight left the points (None)."""

    def __init__(self, index: int | None) -> None:
        super().__init__()
        self.index = index


class OpenArticle(Message):
    """Open the reader on an article, optionally at a paragraph or a quote."""

    def __init__(self, article: str, paragraph: int | None = None, quote: int | None = None) -> None:
        super().__init__()
        self.article = article
        self.paragraph = paragraph
        self.quote = quote


class FocusPane(Message):
    def __init__(self, pane_id: str) -> None:
        super().__init__()
        self.pane_id = pane_id

"""The dashboard: a Textual app that only reads the immutable :class:`briefing.model.Brief`."""

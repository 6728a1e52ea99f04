"""Storylines: scoring paragraphs against the configured storylines (:mod:`.scoring`),
assigning them block by block (:mod:`.blocks`, :mod:`.assign`), keeping background and debris
out (:mod:`.background`), and threading each storyline's passages into sub-stories
(:mod:`.substories`, :mod:`.vocabulary`)."""

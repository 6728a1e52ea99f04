"""Quotes: finding quotations and their speakers (:mod:`.extract`), reading attribution
clauses (:mod:`.attribution`, :mod:`.phrases`) and resolving who spoke (:mod:`.speakers`)."""

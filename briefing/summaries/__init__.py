"""Summaries: candidate sentences (:mod:`.candidates`), centrality and relevance
(:mod:`.centrality`), redundancy (:mod:`.mmr`), the points of a storyline (:mod:`.points`) and
its timeline (:mod:`.timeline`)."""

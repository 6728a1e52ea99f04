"""People and organisations: name parsing (:mod:`.names`, :mod:`.name_words`), mentions in
text (:mod:`.mentions`), the name book that makes one person one name (:mod:`.namebook`),
and each storyline's key players (:mod:`.players`)."""

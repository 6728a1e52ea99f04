"""Whether a name in running text stands for no one who acts there: the object of a preposition
or of "told" ("told CNBC", "of Obama", "at Prescott, Ball and Turben Inc"), a body a person is
described by ("the Obama administration", "a Goldman Sachs analyst", "Acme analyst Jo Li",
"Acme Airlines' chief executive"), whom a speaker calls or thanks ("called National Nurses
United “…”"), or someone inside a participle or prepositional phrase the sentence opens with ("Preceded at the
lectern by Joe Arpaio, …, Trump launched …", "In an interview with … Mika Brzezinski, the Democratic
candidate stated": the subject comes after its comma; not the author of "In a statement from …, he said"); but never the
subject of a relative clause after it (", who said", ", which")."""

from __future__ import annotations

import re

from ..people.name_words import ROLE_NOUNS

_LAST_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"(?<!\s)\s++(\w+)")
# a name after a preposition or "told" ("told CNBC"), then "the" or names joined to it, is no one who acts
_OBLIQUE_BEFORE = frozenset("of to on at against about with toward towards into told tells telling called calls calling "
                            "thanked praised".split())  # ("called National Nurses United “one of …”": no speaker)
_NAMED = r"(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w&'’-]*|of|the|for)"  # "at Prescott, Ball and" (no weekday)
_OBLIQUE_TAIL = re.compile(rf"\b(?i:{'|'.join(sorted(_OBLIQUE_BEFORE))})\W+(?:the\W+)?"
                           rf"(?:(?:{_NAMED},?\s+){{0,5}}{_NAMED}\s+(?:and|&)\s+)?$")
# ... and for a body, the rest of a name it ends ("with the Center for Strategic and International Studies")
_OBLIQUE_BODY_TAIL = re.compile(rf"\b(?i:{'|'.join(sorted(_OBLIQUE_BEFORE))})\W+(?:the\W+)?"
                                rf"(?:(?:{_NAMED},?\s+){{0,5}}{_NAMED}\s+(?:and|&|for|of)\s+)?$")
_MODIFIED = frozenset("administration campaign camp government team aides allies supporters era presidency doctrine policy "
                      "policies foundation organization daughters sons children family girls boys household".split())
_RELATIVE_AFTER = re.compile(r",?\s{1,3}(?:who|which)\b")
# a name given to a thing just introduced: "a group called …", "the new party called …", "so-called"
# a sentence that opens with a participle phrase, the name inside it (no comma yet): "Preceded by X",
# "Flanked by X and Y", "Speaking after X" (a participle and a preposition: not "United Airlines CEO …",
# "Boeing chief executive …", "Wyoming senator …")
_FRONTED = re.compile(r"[\"“‘'(]?[A-Z][a-z]{2,}(?:ed|ing)\s+(?:at|by|after|with|alongside|beside|behind|before|on|in|"
                      r"from|to|for|about|into|over|under|among|between|against)\s[^,;:!?]*$")
# ... or with a prepositional phrase ("In an interview with Morning Joe hosts Joe Scarborough and
# Mika Brzezinski, the candidate said": no comma yet, so the subject is still to come)
_FRONTED_PHRASE = re.compile(r"[\"“‘'(]?(?:In|During|At|On|Over|After|Before|Following|Amid)\s+(?:an?|the|his|her|their|its)\s"
                             r"[^,;:!?]*$")
# ... whose comma comes after the name and what goes on with it ("… Joe Scarborough and Mika Brzezinski,",
# "… Ted Cruz at the State Fair Grounds yesterday,"), no verb between: "In a statement Tuesday Sen. Jo
# Smith praised the ruling" has none, so the name is its subject
_PHRASE_CLOSES = re.compile(r"(?:\s{1,3}(?:[A-Z][\w.’'-]*|at|in|on|of|for|the|a|an|and|&|with|to|from|by|yesterday|today|"
                            r"tonight|last|this|next|week|month|year|morning|afternoon|evening|night)){0,12}+\s{0,3},")
_AUTHOR_BEFORE = re.compile(r"\b(?:from|by)\s{1,3}(?:[\w.’'-]{1,30}\s{1,3}){0,4}$")  # "In a statement from Kremlin spokesman …"
_NAME_GIVEN = re.compile(r"\b(?:(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+called|so-called)\s*$", re.I)


def is_oblique(text: str, start: int, end: int, opens: int, kind: str) -> bool:
    """Whether the name at ``text[start:end]`` (its sentence opens at ``opens``) is no one who acts
    there; ``kind``: person, organisation or place."""
    if _RELATIVE_AFTER.match(text, end):
        return False  # "praised Chancellor Angela Merkel, who said: …"
    if _NAME_GIVEN.search(text, max(opens, start - 60), start):
        return False  # "a group called Human Rights Watch": a name given, not whom someone calls
    if kind != "place" and (_FRONTED.match(text, opens, start) or (
            _FRONTED_PHRASE.match(text, opens, start) and _PHRASE_CLOSES.match(text, end)
            and not _AUTHOR_BEFORE.search(text, max(opens, start - 80), start))):
        return True
    prev = _LAST_WORD.search(text[max(opens, start - 60): start])
    nxt, word = _NEXT_WORD.match(text, end), prev.group(1) if prev else ""  # (and "a Goldman Sachs analyst")
    if nxt is None and text[end:end + 1] in ("'", "’"):
        nxt = _NEXT_WORD.match(text, end + 1)  # "Acme Airlines' chief executive"
    tail = _OBLIQUE_TAIL if kind != "organisation" else _OBLIQUE_BODY_TAIL
    return bool(tail.search(text, max(opens, start - 90), start) or nxt and (nxt.group(1) in _MODIFIED
                or kind == "organisation" and (word in ("a", "an") and nxt.group(1).islower()
                                               or nxt.group(1) in ROLE_NOUNS)))  # "Acme analyst Jo Li"

"""What a headline cut from a lede leaves off: the clause or phrase that opens the lede before its
main clause, and a weekday.

"While the rest of us were celebrating, Seattle greeted the New Year with a tax" -> "Seattle greeted
the New Year with a tax"; "Trump on Friday said he had no regret" -> "Trump said he had no regret".
Used by :func:`briefing.summaries.headline.cut_to_headline`; measured on real ledes by
``benchmarks/bench_headlines.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..people.name_words import ROLE_NOUNS
from ..text.quote_marks import open_quotes

# what opens a clause or phrase before the main one: a subordinating word or a preposition ("While the rest
# of us were ...,", "At his desk in Slidell,"), an adverb and one ("Shortly after ..."), a participle and one
# ("Based on its remains,", "Standing before Judge Lind,")
OPENERS = frozenset("""in on at with after before during despite amid amidst following under since while when if
    although though because as by for from without unlike among through throughout upon once until within according
    around inside outside across beyond near toward towards regardless""".split())
# ...not a condition, which the main clause needs ("If ..., she could"), nor a quantity ("At least 26 people
# died", "About 300 workers", "As much as")
_CONDITIONS = frozenset("if unless whether".split())
_QUANTITY_NEXT = frozenset("least most much many few".split())
_QUANTITY_FIRST = frozenset("at around about over under up as".split())
SUBORDINATORS = frozenset("when while after before although though because as since until once".split())
# words that never open the main clause after the comma: a relative ("..., which rose"), a conjunction, a job
# ("..., president of the Farm Credit Corp, said": the name before it was the subject)
_NOT_A_START = frozenset("which who whose whom where when while and or but nor so yet".split())
# a pronoun leading what is left leans on the clause left off ("When officers arrived, they found ...")
_PRONOUNS = frozenset("he she they it we i you".split())
# finite verbs that show a participle or a gerund is the subject, not an opening phrase ("Trading in the shares
# will be suspended", "Spending in December fell")
_FINITE = frozenset("""is are was were will would has have had can could may might must shall should did does do
    said says died fell rose grew won lost went came took gave began told""".split())
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # a clause's comma, not a figure's ("100,000")
# a weekday a headline leaves out, after a name or a verb: "Trump on Friday said", "The LAPD early Monday
# declared", "announced Tuesday that" (not "Super Tuesday", "until Monday because", "Monday's", "Thursday night's",
# nor a weekday before its date: "on Wednesday, April 27, 2016")
_WEEKDAY = re.compile(
    rf"(?<!\S)(?P<prev>\S{{1,40}})(?P<when>(?:\s(?:on|early|late|earlier))?\s(?:{_WEEKDAYS})(?:\s(?:morning|afternoon|evening|night))?)"
    r"(?![’'])(?!\s(?:morning|afternoon|evening|night)\b)(?=\s[a-z]|,\s[a-z])(?!,\s(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)")


def opens_on_a_quantity(text: str) -> bool:
    """Whether ``text`` opens on a quantity, not a phrase: "At least 26 people", "About 300 workers"."""
    ws = text.split(maxsplit=2)
    if len(ws) < 2:
        return False
    second = ws[1].lower().strip(",")
    return ws[0].lower() in _QUANTITY_FIRST and (second in _QUANTITY_NEXT or second[:1].isdigit())


def opens_on_a_clause(text: str) -> bool:
    """Whether ``text`` opens on a clause or phrase before its main clause (see :data:`OPENERS`)."""
    ws = text.split(maxsplit=2)
    if len(ws) < 2:
        return False
    first, second = ws[0].lower(), ws[1].lower().strip(",")
    if first in _CONDITIONS or second in _CONDITIONS:
        return False
    if opens_on_a_quantity(text):
        return False
    if first in OPENERS:
        return True
    return (first.endswith("ly") or first.endswith("ed") or first.endswith("ing")) and len(first) > 3 and second in OPENERS


def main_clause_first(text: str, has_verb: Callable[[str], bool], says_something: Callable[[str], bool]) -> str:
    """``text`` without the clauses and phrases that open it before its main clause, when what follows
    says something on its own and opens as a main clause does (a name, a determiner: not "which", a verb,
    a participle, a job, a pronoun whose noun was left off, a list's item, an attribution: "..., the
    communique said, the debt ...").  A second opening phrase is read past ("At his desk in Slidell,
    outside New Orleans, Smith ..."); a name followed by its description between commas is the subject
    ("In testimony to the panel, Brent Beesley, president of the Farm Credit Corp, said").  Left whole:
    a lede that opens a quotation, and one whose main clause names with a pronoun someone only the part
    left off names ("Though Kaine has described himself ..., the Post reported that he ...").
    ``has_verb`` and ``says_something``: the caller's tests of a phrase."""
    body = _without_conjunction(text)
    if body[:1] in "\"“'‘" or not opens_on_a_clause(body):
        return text
    ws = body.split(maxsplit=2)
    first = ws[1].lower() if ws[0].lower().endswith("ly") else ws[0].lower()  # "Shortly after ..." opens on "after"
    commas = [m for m in _CLAUSE_COMMA.finditer(body) if outside_quotes(body[:m.start()])]
    in_phrase = False  # past a second opening phrase, whose list may run on ("at meetings in Ohio, New Jersey and ...")
    for comma in commas[:5]:
        dropped, rest = body[:comma.start()], body[comma.end():].strip()
        if first not in SUBORDINATORS and (finite(dropped) or _clause_inside(dropped, has_verb)):
            # the opening word's phrase is the subject ("Trading in the shares will be suspended, ..."), or the
            # main clause is inside it ("On June 25 the group proposed to buy ..., a note ...")
            return text
        if dropped.rstrip().lower().endswith((" what", " whether", " how", " which")) or rest.lower().startswith("if any"):
            return text  # "Asked what, if any, levels had been set, Baker replied": a question runs on
        segment, _, after = rest.partition(",")
        if not rest or (rest[:1].islower() and opens_on_a_clause(rest)):
            if _clause_inside(segment, has_verb):  # "In addition, on June 25 the group proposed ...": the main clause is in it
                return rest[0].upper() + rest[1:] if says_something(rest) else text
            in_phrase = True
            continue  # a second opening phrase ("..., outside New Orleans, Smith ...")
        if in_phrase and after and not has_verb(segment) and segment[:1].isupper():
            continue  # the phrase's list runs on
        nxt = rest.split(maxsplit=1)[0]
        low = nxt.lower().strip(",;:")
        if low in _PRONOUNS or (nxt[:1].islower() and (low in _NOT_A_START or low in ROLE_NOUNS or low.endswith("ing")
                                                       or has_verb(low))) \
                or not says_something(rest) or not has_verb(rest) or _SAID_AT_END.search(segment) \
                or _RELATIVE_IN.search(segment) \
                or (nxt[:1].islower() and _PRONOUN_IN.search(rest) and _NAME_IN.search(dropped)):
            return text
        in_phrase = False
        if after and not has_verb(segment):
            description, closed, _ = after.strip().partition(",")
            lead = description.split(maxsplit=1)[0].lower() if description else ""
            if nxt[:1].isupper() and description[:1].islower() and closed and not finite(description) \
                    and not opens_on_a_clause(description) and not segment.endswith(".") \
                    and lead not in ("and", "or") and not has_verb(lead):
                return rest  # a name and its description: "Brent Beesley, president of ..., said"
            return text  # a list's item or a name run on: "all Budget, Hilton and ... reservations"
        return rest[0].upper() + rest[1:]
    return text


def _without_conjunction(text: str) -> str:
    """``text`` past a leading "But", "And", "So", "Yet" ("But as the dollar slid, officials ...")."""
    head, _, rest = text.partition(" ")
    return rest if head in ("But", "And", "So", "Yet") and rest else text


def _clause_inside(phrase: str, has_verb: Callable[[str], bool]) -> bool:
    """Whether an opening phrase holds a subject and its verb past its own words: a determiner after its
    second word, then a verb ("on June 25 the Lee group proposed"; not "In testimony prepared for ...")."""
    ws = phrase.split()
    # (a determiner after a preposition opens its object: "executed after a tip that turned out ...")
    det = next((i for i in range(2, len(ws)) if ws[i].lower() in ("the", "a", "an") and ws[i - 1].lower() not in OPENERS
                and ws[i - 1].lower() not in ("of", "to")), None)
    return det is not None and any(has_verb(w) for w in ws[det + 2:])  # (not "the well-preserved bones")


def finite(text: str) -> bool:
    """Whether ``text`` holds a word that is surely a finite verb ("is", "will", "said", "died")."""
    return any(w.lower().strip(",;:") in _FINITE for w in text.split())


# an attribution between commas ("..., the communique said, ..."); a pronoun in the main clause ("he", "she")
# and a name in the part left off ("Though Kaine has ..."): the pronoun would name no one
_RELATIVE_IN = re.compile(r"\b(?:of which|of whom|which|who|whom)\b")  # "about 17 billion dlrs of which are outstanding"
_SAID_AT_END = re.compile(r"\b(?:said|says|say|added|noted|reported|wrote)\s*$")
_PRONOUN_IN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b")
_NAME_IN = re.compile(r"\s[A-Z][a-z]")


def opening_clause_only(text: str) -> bool:
    """Whether ``text`` is a clause opened by "When", "While", ... (past a "But") that never reaches its
    comma: no headline ("But as the dollar slid and markets plunged")."""
    ws = _without_conjunction(text).split(maxsplit=2)
    first = ws[1].lower() if len(ws) > 1 and ws[0].lower().endswith("ly") else ws[0].lower() if ws else ""
    return (first in SUBORDINATORS or first in _CONDITIONS) and "," not in text  # ("Shortly after ..." opens on "after")


def outside_quotes(text: str) -> bool:
    """Whether the end of ``text`` is outside the quotation marks and brackets it opened, save the one
    it opens with (a quotation the text opens with is its own: its words are the headline's)."""
    return open_quotes(text) in ([], [0]) and text.count("(") <= text.count(")")


def without_weekday(text: str, verb_like: Callable[[str], bool]) -> str:
    """``text`` without a weekday that follows a name or a verb (``verb_like``: the caller's test)."""
    def drop(m: re.Match[str]) -> str:
        prev, when = m.group("prev"), m.group("when")
        # after a verb ("said Monday"), or with its preposition between a subject and its verb ("Trump on
        # Friday said", "The LAPD early Monday declared"); never a name's part ("Super Tuesday", "Good Friday")
        # nor a preposition's object ("until Monday", "by Monday")
        if prev.lower() in OPENERS:
            return m.group(0)
        following = text[m.end():].split(maxsplit=1)[:1]
        if following and following[0].lower() in ("to", "through", "and", "or", "until"):
            return m.group(0)  # a range: "bills dated Monday to Friday"
        next_is_verb = bool(following) and verb_like(following[0].lower().strip(",;:"))
        if not when.lstrip().startswith(tuple(_WEEKDAYS.split("|"))):
            return prev if next_is_verb else m.group(0)
        # (a participle before a verb is a noun's: "a poll released Friday shows", "Rules issued Thursday said")
        return prev if prev.islower() and verb_like(prev.lower()) and not next_is_verb else m.group(0)
    return _WEEKDAY.sub(drop, text)

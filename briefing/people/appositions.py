"""What an apposition after a name says: a role (", the governor of X", ", president of the Brazilian
Association …", "Sam Lau, the party's director said"), or only that the name is a person (", who", an
age, a speech verb after it), and when it is no apposition at all ("… carrier Air Atlanta, a KLM
spokeswoman said": the clause's object, then its reporter)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_words import (
    LEGAL_FORMS,
    MODAL_FILLERS,
    PERSON_APPOSITIVE,
    PERSON_JOBS,
    POSSESSIVE_DETERMINERS,
    RELATIVES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VERB_FILLERS,
)
from .names import Tok, tokenize

_NEXT_WORD = re.compile(r"(, )?\s?([\w’'-]+)")
# a short adverbial and its comma before a sentence's subject: "Today,", "On Monday,", "Earlier this week,"
_LEAD_PHRASE = re.compile(r"\s{0,3}[A-Z][a-z]{0,20}(?:\s{1,3}[A-Za-z]{1,20}){0,3},\s{1,3}$")
LOOK = 80  # characters looked at before and after a run for its role

_AGE = re.compile(r", (\d{1,3}),")


def age_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by an age ("Dewayne Smithy, 33, of Baldwin"):
    a person, introduced there."""
    m = _AGE.match(text, end)
    return m is not None and m.group(1).isascii() and 0 < int(m.group(1)) < 120


_JOBS = PERSON_JOBS | frozenset({"executive", "officer", "analyst", "treasurer", "manager", "partner"})


def _job_at(toks: Sequence[Tok], i: int) -> bool:
    """Whether a job only a person holds opens at ``toks[i]``, after at most two modifiers ("president",
    "Worldwide Treasurer", "senior vice president", "chief executive"), and is no title before another
    name ("Ben Rhodes, former defense secretary Leon Panetta and …": a list)."""
    for k in range(i, min(i + 3, len(toks))):
        if toks[k].low in _JOBS and (k == i or toks[i].text[:1].isupper() or toks[i].low in ROLE_MODIFIERS):
            return k + 1 >= len(toks) or not (toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha())
        if not toks[k].text.isalpha() or (k > i and toks[k].low not in ROLE_MODIFIERS and not toks[k].text[:1].isupper()):
            return False
    return False


_STARTERS = frozenset("he she they it we i the but and in this that there his her their its".split())
_RELATIVE = frozenset("who whom whose which that".split())
_DANGLING = frozenset("to for of and or in at with on from by as the a an also too now then again still however "
                      "meanwhile".split())
# forms of a speech verb that are no noun ("a Washington state delegate", "a noted historian": no verb)
_VERB_FORMS = ("ed", "said", "says", "told", "tells", "wrote", "writes")


def opens_clause(text: str, start: int, lo: int) -> bool:
    """Whether the run at ``start`` is where a sentence or a quotation's reporting clause begins
    (a subject's place): "Sam Lau, the party's director said" opens its sentence; "a takeover of
    carrier Air Atlanta, a KLM spokeswoman said" does not."""
    before = text[max(lo, start - 3):start].rstrip()
    if not before or before[-1] in ".!?:;\n\"”’'“‘":
        return True
    lead = _LEAD_PHRASE.search(text, max(lo, start - 40), start)  # "Today, Andy Simpson, a spokesman …"
    return lead is not None and (lead.start() == lo or text[lead.start() - 1] in ".!?\n\"”")


def role_after(text: str, end: int, hi: int, one_word: bool = False, subject: bool = True) -> tuple[str | None, bool]:
    """(role, evidence) from an apposition after a run: ", the governor of X", ", who", "said".
    ``subject``: the run opens its clause (:func:`opens_clause`)."""
    m = _NEXT_WORD.match(text, end, min(hi, end + 24))
    if m is None:
        return None, False
    word = m.group(2).lower()
    if m.group(1) is None:
        if word in SPEECH_VERBS:
            return None, True
        if word not in VERB_FILLERS and not (word in MODAL_FILLERS and m.group(2).islower()):
            return None, False
    elif word == "who" or age_after(text, end):
        return None, True  # "…, who", and an age: "Dewayne Smithy, 33, of Baldwin"
    toks = tokenize(text, end, min(hi, end + LOOK))
    # a full name, then a job without an article: "Mario Branco Peres, president of the …", "Kurt
    # Viermetz, Worldwide Treasurer of <Morgan Guaranty Trust Co>"
    bare = not one_word and m.group(1) is not None and len(toks) > 2 and toks[0].text == "," and _job_at(toks, 1)
    if m.group(1) is not None and word not in ("the", "a", "an", "another", "who") and not age_after(text, end) and (
            word not in POSSESSIVE_DETERMINERS and not bare):
        return None, False
    if not toks:
        return None, False
    if toks[0].text == "," and len(toks) > 1:
        if toks[1].low == "who":
            return None, True
        if toks[1].low in ("the", "a", "an", "another") or bare:  # ("Grant Young, another Iowa Republican strategist")
            words: list[str] = []
            first = 1 if bare else 2
            for k, t in enumerate(toks[first:first + 12], start=first):
                if t.text in (",", ".", ";", ":", "(", ")") or not t.text[0].isalnum() or t.low in POSSESSIVE_DETERMINERS:
                    break  # (", the man their editor dubbed …": the editor is someone else's)
                if words and t.low in SPEECH_VERBS and t.text.islower() and t.low.endswith(_VERB_FORMS):
                    if one_word or not subject:
                        # "Face the Nation, the GOP front-runner said …", "… carrier Air Atlanta, a KLM
                        # spokeswoman said": a new clause's subject
                        return None, False
                    break  # after a full name that opens its sentence, the apposition's closing comma left out
                    #        ("Sam Lau, the party's director said"): the role ends before the verb
                if words and words[-1].endswith(".") and t.text[:1].isupper() and (
                        t.low in _STARTERS or words[-1][:-1].lower() in LEGAL_FORMS):
                    break  # a new sentence after an abbreviation's stop ("analyst at E.F. Hutton Co. He thinks …",
                    #        "president of Fox Properties Inc. Bronstein already held …")
                if t.low in _RELATIVE or (t.low == "and" and k + 1 < len(toks) and toks[k + 1].low in ("the", "a", "an")):
                    break  # ("a Republican activist who was campaigning …", "a chemistry professor and a member of
                    #        …": the role ends before its clause, or is the first of two)
                words.append(t.text)
            while words and ((words[-1].islower() and words[-1].endswith(("ing", "ed")) and words[-1] not in ROLE_NOUNS)
                             or words[-1].lower() in ("now", "also")):
                words.pop()  # a clause cut short ("… of the brokerage firm bearing his name")
            while words and words[-1].lower() in _DANGLING:
                words.pop()  # the phrase cut short ("… and former adviser to"): no loose preposition at its end
            if any(w.lower() in PERSON_APPOSITIVE for w in words[:4]):
                has_role = any(w.lower() in ROLE_NOUNS for w in words)
                return (" ".join(words) if has_role else None), True
        elif toks[1].low in POSSESSIVE_DETERMINERS:
            # "Michael D. Cohen, his longtime lawyer," is a person; the role is another's ("his lawyer")
            heads = []
            for t in toks[2:8]:
                if not t.text[0].isalnum():
                    break
                heads.append(t.low)
            # a job only a person holds ("his longtime lawyer" may be a firm), and no relative
            # ("his daughter and adviser" may be the main person's namesake)
            jobs = ROLE_NOUNS if toks[1].low in ("his", "her") else PERSON_JOBS  # (a person's lawyer is a person)
            return None, bool(jobs & set(heads[:3])) and not RELATIVES & set(heads)
        return None, False
    i = 0
    while i < len(toks) - 1 and (toks[i].low in VERB_FILLERS or (toks[i].text in MODAL_FILLERS)):
        i += 1
    return None, toks[i].low in SPEECH_VERBS

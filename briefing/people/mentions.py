"""Mentions of people, organisations and places in running text.

A mention is a run of capitalised words ("Russian Foreign Minister Sergey Lavrov",
"Russia's Defence Ministry", "Mr. Putin") with the role the text gives it, either in
the run, just before it ("Kremlin spokesman Dmitry Peskov") or in an apposition after it
("Pavel Malkov, the governor of Ryazan").  ``evidence`` says whether the text shows the
run is a person (a title, an honorific, an apposition, "who", a speech verb).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, fast_pickle
from ..text.filler import dateline_end
from .appositions import LOOK as _LOOK
from .appositions import opens_clause, role_after
from .name_words import (
    COMPANY_HEADS,
    GENERIC_BODIES,
    GIVEN_NAMES,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    ORG_HEADS,
    OUTLET_NOUNS,
    PERSON_APPOSITIVE,
    PERSON_JOBS,
    PLACED_NAMES,
    POSSESSIVE_DETERMINERS,
    RELATIVES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from .names import NamePhrase, is_name_word, is_place, parse_name, strip_possessive, tokenize
from .runs import runs as _runs


@fast_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    phrase: NamePhrase
    evidence: bool = False  # the text shows this is a person
    possessive: bool = False  # "Putin's"
    after_determiner: bool = False  # "his Xi meeting": not the subject of anything

    @property
    def kind(self) -> str:
        return self.phrase.kind


@lru_cache(maxsize=200_000)
def _a_firm_of_its_own(words: Sequence[str]) -> bool:
    """Whether the words after "of" name a firm a person works for: not a generic word alone ("Chief
    of Staff", "State of the Union") nor a firm's place ("Barnett Banks of Florida Inc")."""
    ws = [w for w in words if w.lower() not in ("the", "a", "an")]
    if len(ws) == 1 and strip_possessive(ws[0])[0].lower() in GENERIC_BODIES:
        return False
    while ws and ws[-1].lower() in LEGAL_FORMS:
        ws = ws[:-1]
    return bool(ws) and not is_place(ws)


def _owner_outside(owner: Sequence[str]) -> bool:
    """Whether the owner before a company's name is no part of it: a place or a person ("Britain's
    Redland Plc", "Hank Greenberg's C. V. Starr & Company"), not a founder's name the firm keeps
    ("Moody's Investors Service Inc", "McDonald's Corp")."""
    return is_place(owner) or owner[0].lower() in GIVEN_NAMES or owner[0].lower() in HONORIFICS


def _analyse(words: tuple[str, ...]) -> tuple[tuple[int, int, NamePhrase, bool, bool], ...]:
    """The named parts of a run of capitalised words: (first, last index, phrase, possessive,
    shown to be a person: an honorific, or a firm the person is "of").  A run splits at words that
    cannot be in a name, and after a possessive unless what follows is an organisation ("Russia's Defence Ministry")."""
    parts: list[tuple[int, int]] = []
    start: int | None = None
    n = len(words)
    for i, w in enumerate(words):
        if w == "of" or w in NAME_PARTICLES or is_name_word(w) or w.lower() in HONORIFICS or (
                w == "and" and start is not None and i + 1 < n) or (  # (a run holds "and" only inside a body's name)
                start is not None and (w.lower() in PLACED_NAMES or w == "He") and not w.isupper()
                and not words[i - 1].isupper() and is_name_word(words[i - 1])):  # "columnist Ai Jun", "Liu He"
            if start is None:
                start = i
        elif start is not None:
            parts.append((start, i - 1))
            start = None
        if i < n - 1 and strip_possessive(w)[1] and (words[-1].lower() not in ORG_HEADS or (
                words[-1].lower() in COMPANY_HEADS and _owner_outside(words[start if start is not None else i:i + 1]))):
            if start is not None:
                parts.append((start, i))
            start = None
    if start is not None:
        parts.append((start, n - 1))
    for k, (i, j) in enumerate(parts):  # "Shaw & Company Research": no firm "and Co" after all, two runs
        if "and" in words[i:j + 1] and "of" not in words[i:j + 1] and parse_name(words[i:j + 1]) is None:
            cut = words.index("and", i)
            parts[k:k + 1] = [(i, cut - 1), (cut + 1, j)]
    out = []
    for i, j in parts:
        while i <= j and (words[i] == "of" or words[i] in NAME_PARTICLES):
            i += 1
        while j >= i and (words[j] == "of" or words[j] in NAME_PARTICLES):
            j -= 1
        if i > j:
            continue
        phrase = parse_name(words[i:j + 1])
        if phrase is not None and phrase.kind == "organisation" and "of" in words[i + 1:j]:
            # "Justice Ginsburg of the U.S. Supreme Court": a titled person, then where from
            cut = words.index("of", i + 1)
            person = parse_name(words[i:cut])
            if person is not None and person.kind == "person" and person.role:
                phrase = None
            elif person is not None and (person.kind == "role" or person.kind == "person" and len(person.name) > 1 and (
                    person.name[0].lower() in GIVEN_NAMES or any(w.lower() in HONORIFICS for w in words[i:cut])
                    or len(person.name) == 2 and words[j].lower() in LEGAL_FORMS)):
                firm = parse_name(words[cut + 1:j + 1])
                if firm is not None and firm.kind == "organisation" and _a_firm_of_its_own(words[cut + 1:j + 1]):
                    # "Kevin Murphy of Morgan Stanley and Co": a given name, then the firm ("Mitsubishi Motor
                    # Sales of America Inc" is one firm); "CEO of TallGrass Distribution Ltd.": a role, then the firm
                    if person.kind == "person":
                        out.append((i, cut - 1, person, False, True))  # (a person by the firm they are of)
                    out.append((cut + 1, j, firm, strip_possessive(words[j])[1], False))
                    continue
        if phrase is None and "of" in words[i + 1:j]:
            # "Gov. Mike Pence of Indiana", "Sen. Tammy Baldwin of Wisconsin": a person, then where from;
            # "Mitsui and Co Ltd of Japan": a firm, then where from
            cut = words.index("of", i + 1)
            person = parse_name(words[i:cut])
            honorific = any(w.lower() in HONORIFICS for w in words[i:cut])
            if person is not None and person.kind == "organisation":  # "Public Service Co of New Hampshire": one firm
                out.append((i, j, NamePhrase("organisation", words[i:j + 1], None), strip_possessive(words[j])[1], False))
            elif person is not None and person.kind == "person" and (person.role or honorific):  # ("Gulf of Aden": no one)
                out.append((i, cut - 1, person, False, honorific))
                where = parse_name(words[cut + 1:j + 1])
                if where is not None and where.kind in ("place", "organisation"):
                    out.append((cut + 1, j, where, strip_possessive(words[j])[1], False))
            elif person is not None and person.kind == "person" and len(person.name) > 1 and (
                    person.name[0].lower() in GIVEN_NAMES):  # "David Morrison of Goldman Sachs International"
                firm = parse_name(words[cut + 1:j + 1])
                if firm is not None and _a_firm_of_its_own(words[cut + 1:j + 1]):
                    out.append((i, cut - 1, person, False, True))  # ("John Doyle of Smith Barney": the firm unsure)
                    if firm.kind == "organisation":
                        out.append((cut + 1, j, firm, strip_possessive(words[j])[1], False))
            continue
        if phrase is None or phrase.kind == "role":
            continue
        honorific = any(w.lower() in HONORIFICS for w in words[i:j + 1])
        out.append((i, j, phrase, strip_possessive(words[j])[1], honorific))
    return tuple(out)


_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                      r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                      r"|twentieth")


_QUOTE_THEN_VERB = re.compile(r"[”\"’'],?[”\"’']?\s+\w+\s+$")  # "…,” said ", "…" added "
_APPOSITION = re.compile(r",\s+([\w-]+)")


def _apposition(text: str, stop: int) -> bool:
    """Whether an apposition follows a name at ``stop``: ", a spokesman", ", 52,", ", speaking for",
    ", Chairman of Exco" (not ", which ...", nor the next name of a list, ", Pierce")."""
    m = _APPOSITION.match(text, stop)
    if m is None:
        return False
    w = m.group(1)
    low = w.lower()
    return (w[0].islower() and w not in ("which", "that")) or w[0].isdigit() or low in ROLE_NOUNS or low in TITLE_WORDS


_SAID = frozenset({"said", "says", "added", "adds", "asked", "asks", "explained", "wrote", "writes", "tweeted"})


def _word_before(text: str, start: int, lo: int) -> str:
    """The word just before ``start`` (lower case, punctuation stripped)."""
    chunk = text[max(lo, start - 24):start].rstrip()
    if not chunk or not chunk[-1].isalpha():
        return ""
    return chunk.rsplit(None, 1)[-1].lower() if " " in chunk else chunk.lower()


def after_outlet_noun(text: str, start: int, lo: int = 0) -> bool:
    """Whether the name at ``start`` follows a noun that makes it an outlet ("the newspaper La
    Repubblica", "the Paris daily Libération")."""
    return _word_before(text, start, lo) in OUTLET_NOUNS


# a name after these stands as a modifier, not anyone's subject: "his Xi meeting", "an Occupy LA organizer"
_MODIFYING = POSSESSIVE_DETERMINERS | {"a", "an"}


def _role_before(text: str, start: int, lo: int, name_words: int = 1) -> tuple[str | None, bool, bool]:
    """(role, evidence, after_determiner) from the words just before a run of ``name_words``."""
    last = _word_before(text, start, lo)
    if last not in ROLE_NOUNS and last not in PERSON_APPOSITIVE:
        # "its editor, Ben Smith, said": a job and a comma before a full name are evidence (not
        # "His daughter, Ivy Harlan,": a relative is often a namesake the bare surname is not)
        # (no role: "its editor" is the outlet's; a lone word may follow "Through an attorney, ")
        before = text[max(lo, start - 40):start].rstrip()
        if not before.endswith(","):
            return None, False, last in _MODIFYING
        phrase = [w.strip(".,;:'’").lower() for w in before[:-1].split()[-4:]]
        jobs = ROLE_NOUNS if {"his", "her"} & set(phrase) else PERSON_JOBS  # (a person's lawyer is a person)
        job = name_words >= 2 and bool(phrase) and phrase[-1] in jobs and not RELATIVES & set(phrase)
        return None, job, last in _MODIFYING
    toks = tokenize(text, max(lo, start - _LOOK), start)
    words: list[str] = []
    evidence = False
    i = len(toks) - 1
    while i >= 0 and len(words) < 6:
        t = toks[i].text
        low = t.lower()
        if low in ROLE_NOUNS or low in PERSON_APPOSITIVE:
            evidence = True
            words.append(t)
        elif low in ROLE_MODIFIERS or is_name_word(t):
            if not words:
                break
            words.append(t)
        else:
            break
        i -= 1
    determiner = not words and i >= 0 and toks[i].low in _MODIFYING
    words.reverse()
    while words and words[0][0].islower() and words[0].lower() not in ROLE_NOUNS and words[0].lower() not in ROLE_MODIFIERS:
        words = words[1:]
    has_role = any(w.lower() in ROLE_NOUNS for w in words)
    return (" ".join(words) if has_role else None), evidence, determiner


# the rest of a firm's name after a comma, up to its legal form: ", Sachs and Co", ", Pierce, Fenner and Smith Inc"
_FIRM_GOES_ON = re.compile(r"(?:,\s{1,3}[A-Z][\w'’.-]{0,30}(?:\s{1,3}[A-Z][\w'’.-]{0,30})?){1,3}\s{1,3}(?:and|&)\s{1,3}"
                           r"(?:[A-Z][\w'’.-]{0,30}\s{1,3}){0,2}"
                           r"(?:Co|Cos|Inc|Ltd|Corp|Plc)\b")

_FIRM_TAIL = re.compile(r",\s{1,3}[A-Z][\w'’.-]{0,30}\s{1,3}(?:Co|Cos|Inc|Ltd|Corp|Plc)\b(?![’'])")  # "Kleinwort, Benson Ltd"


def find_mentions(
    text: str, lo: int = 0, hi: int | None = None, skip: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    """People, organisations and places named in ``text[lo:hi]``, outside the ``skip``
    spans (sorted, e.g. quotations), in order."""
    end = len(text) if hi is None else hi
    out: list[Mention] = []
    if lo == 0:  # a wire's dateline ("DALLAS, March 3 - ...") is where the story was filed, not who is in it
        filed = dateline_end(text)
        if filed:
            skip = [(0, filed), *skip]
    firm_end = -1
    for run in _runs(text, lo, end, skip):
        if run and run[0][1] < firm_end:
            continue  # the rest of a firm's name read with its first part ("…, Sachs and Co")
        for i, j, phrase, possessive, honorific in _analyse(tuple(w[0] for w in run)):
            start, stop = run[i][1], run[j][2]
            if j == len(run) - 1 and ((firm := _FIRM_GOES_ON.match(text, stop, end)) is not None or (
                    phrase.kind == "person" and i == j and (firm := _FIRM_TAIL.match(text, stop, end)) is not None)):
                # "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc": one firm whose name holds a comma
                firm_end = firm.end()
                words = tuple(text[start:firm_end].replace(",", " ").split())
                out.append(Mention(start, firm_end, NamePhrase("organisation", words, None), False, False, False))
                continue
            if phrase.kind != "person":
                det = phrase.kind == "organisation" and _word_before(text, start, lo) in POSSESSIVE_DETERMINERS
                out.append(Mention(start, stop, phrase, False, possessive, det))
                continue
            if after_outlet_noun(text, start, lo):  # "the newspaper La Repubblica cited"
                out.append(Mention(start, stop, NamePhrase("organisation", phrase.name, None), False, possessive, False))
                continue
            evidence = phrase.role is not None or honorific
            if not evidence and (_ORDINAL.fullmatch(phrase.name[0].lower()) or (
                    len(phrase.name) == 1 and _ORDINAL.fullmatch(_word_before(text, start, lo)))):
                continue  # "the 13th Amendment", "the First Circuit": a thing, no person
            role_b, ev_b, det = _role_before(text, start, lo, len(phrase.name))
            # "…,” said David Gilbert." and "said Joel Reed, speaking for …": a full name after a speech verb,
            # then a quotation's stop or an apposition, speaks, so is a person (not "said Los Angeles-based
            # attorney …", nor the reported "The company said Merrill Lynch, Pierce … will lead")
            ev_b = ev_b or (len(phrase.name) >= 2 and _word_before(text, start, lo) in _SAID and (
                _apposition(text, stop)
                or text[stop:stop + 1] in (",", ".", ";", "") and _QUOTE_THEN_VERB.search(text, lo, start) is not None))
            role_a, ev_a = role_after(text, stop, end, len(phrase.name) < 2, opens_clause(text, start, lo))
            if ev_a and not role_a and len(phrase.name) < 2:
                ev_a = False  # a lone word before "said" may be an outlet or a place
            role = max((r for r in (phrase.role, role_b, role_a) if r), key=len, default=None)
            if role != phrase.role:
                phrase = NamePhrase("person", phrase.name, role)
            out.append(Mention(start, stop, phrase, evidence or ev_b or ev_a, possessive, det))
    return out


# a character a capitalised word (``_CAP``) can hold
_IN_WORD = re.compile(r"[\w’'.\-]")


def outside(text: str, mentions: Sequence[Mention], skip: Sequence[tuple[int, int]]) -> list[Mention] | None:
    """``find_mentions(text, skip=skip)`` from ``mentions = find_mentions(text)``, when that is
    certain: the mentions that start outside the spans (sorted quotations).  It is certain
    when no word runs into a quotation's edge (the character before it and the one after it
    cannot be part of a word): then a quotation mark stands between any word inside and any
    word outside, which no run of capitalised words crosses.  Else None: search again."""
    n = len(text)
    for s, e in skip:
        if (s > 0 and _IN_WORD.match(text, s - 1)) or (e < n and _IN_WORD.match(text, e)):
            return None  # "‘Big Apple’-Smith", "Jean-'Paul Sartre'"
    if not skip:
        return list(mentions)
    ends = [e for _, e in skip]
    out = []
    for m in mentions:
        k = bisect_right(ends, m.start)  # the first span ending after the mention starts
        if k == len(skip) or skip[k][0] > m.start:
            out.append(m)
    return out


def article_mentions(a: Article) -> list[tuple[int, list[Mention]]]:
    """The blocks of an article that name someone or something (by position), with their mentions."""
    out = []
    for k, b in enumerate(a.blocks):
        if b.kind != "heading":
            found = find_mentions(b.text)
            if found:
                out.append((k, found))
    return out

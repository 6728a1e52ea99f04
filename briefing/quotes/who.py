"""Who a quote's speaker is (a name, its kind and role as the article gives them), and what a
person's gender is as the text shows it (an honorific, a role, a common given name), for pronouns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..people.name_words import FEMALE_WORDS, MALE_WORDS, SPEECH_VERBS
from ..people.namesakes import given_gender


@dataclass(frozen=True, slots=True)
class Who:
    name: str
    kind: str  # person | organisation | place | unnamed | role (a role as printed, no one named)
    role: str | None = None


PRONOUN_GENDER = {"he": "male", "she": "female"}

_TITLED = frozenset("congresswoman congressman spokeswoman spokesman chairwoman chairman businesswoman businessman "
                    "councilwoman councilman assemblywoman assemblyman mrs. ms. mr. madam dame sir queen king "
                    "prince princess".split())
_HONORIFIC_GENDER = {"mr.": "male", "mr": "male", "ms.": "female", "ms": "female", "mrs.": "female",
                     "mrs": "female", "miss": "female"}


def honorific_gender(text: str, start: int) -> str | None:
    """The gender an honorific at or just before ``start`` gives ("Ms. Sanders": female)."""
    here = text[start:start + 5].split()[:1]
    before = text[max(0, start - 6):start].split()[-1:]
    for word in (*here, *before):
        if word.lower() in _HONORIFIC_GENDER:
            return _HONORIFIC_GENDER[word.lower()]
    return None


def gender_of(who: Who) -> str | None:
    """"female" or "male" when a person's given name or role says so ("Ruth Bader Ginsburg",
    "congresswoman"; a capitalised word of a role counts only as a title: "Mother Jones reporter"
    says nothing), else None."""
    if who.kind != "person":
        return None
    words = [w.lower() for w in (who.role or "").split() if w.islower() or w.lower() in _TITLED]
    if any(w in FEMALE_WORDS for w in words):
        return "female"
    if any(w in MALE_WORDS for w in words):
        return "male"
    return given_gender(who.name)


_PARTIES = {"gop": "republican", "republican": "republican", "republicans": "republican", "democratic": "democratic",
            "democrat": "democratic", "democrats": "democratic", "labour": "labour", "conservative": "conservative",
            "tory": "conservative", "liberal": "liberal"}


def party_clash(words: Sequence[str], role: str | None) -> bool:
    """Whether a role named by ``words`` ("the GOP front-runner") belongs to another party than
    ``role`` ("Democratic front-runner"): then it is not that person."""
    mine = {_PARTIES[w.lower()] for w in words if w.lower() in _PARTIES}
    theirs = {_PARTIES[w.lower().strip(".,")] for w in (role or "").split() if w.lower().strip(".,") in _PARTIES}
    return bool(mine and theirs and not mine & theirs)


@lru_cache(maxsize=256)
def _indefinite(head: str) -> re.Pattern[str]:
    """ "a senior U.S. Treasury official", "an aide" (no name right after it: "an aide, Jo Li,")."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w.’'-]+\s+){{0,5}}?{re.escape(head)})\b(?![\w’'-]|,?\s+[A-Z])")


def unnamed_before(text: str, pos: int, head: str) -> str | None:
    """The description of someone the paragraph introduced without a name before ``pos`` with the
    role ``head`` ("a senior U.S. Treasury official ... the official said"), if any."""
    if not head.isalpha():
        return None
    last = None
    for m in _indefinite(head).finditer(text, 0, pos):
        last = m
    if last is None:
        return None
    return _described(text, last)


def _described(text: str, m: re.Match[str]) -> str:
    """The description ``m`` matched, with the body it names after it: "a spokesman for Airbus" (not
    "an official at the Canadian embassy": a body's name cut short)."""
    more = _OF_BODY.match(text, m.end())  # (the whole body or none: never "a spokesperson at Arthur")
    return m.group(1) + more.group(0).rstrip(".") if more is not None else m.group(1)


# the heads of sources a later "he" or "she" may stand for: those whose trade is to be quoted (not a
# "voter", "resident" or "member" a politician met: "One voter asked about subsidies. “…,” she said" is the senator)
_SOURCE_HEADS = "|".join(sorted("""source official diplomat insider aide spokesman spokeswoman spokesperson analyst expert
                                   strategist dealer trader banker observer economist""".split(), key=len, reverse=True))
# "one dealer", "a trade source", "an official close to the talks": someone introduced without a name
_INDEFINITE_SOURCE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s{{1,3}}"
                                rf"((?:[a-z][\w’'-]{{0,30}}\s{{1,3}}){{0,3}}?(?:{_SOURCE_HEADS}))\b(?![\w’'-])")
_OPENING = re.compile(r"(?:^|[.!?]\s{1,3}|\n)(?:(?:But|And|However|Still|Yet),?\s{1,3})?$")
_NAME_NEXT = re.compile(r"[^.!?,]{0,80},\s{1,3}(?:[A-Z][a-z]{0,30}\s{1,3}){0,3}[A-Z][a-z]{0,30}\s{1,3}[a-z]")  # "…, Bob said"
_OF_BODY = re.compile(r"\s{1,3}(?:for|at|of|with|from)\s{1,3}(?:the\s{1,3})?[A-Z][\w.&’'-]*+(?:\s{1,3}[A-Z][\w.&’'-]*+){0,4}+"
                      r"(?![’']s|\s+[A-Z]|\s+(?:de|van|von|da|del|di|der|le|la|bin|al)\s|\s+(?:embassy|ministry|company|bank|agency|department|office|board|committee|"
                      r"firm|group|union|party|council|government|university|campaign|delegation|team|exchange|market)\b)")
_SAYS_NEXT = re.compile(r"[ \t]{1,3}(\w+)")  # the word after a description


def indefinite_source(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = (),
                      gender: str | None = None) -> str | None:
    """The last source ``text[lo:hi]`` introduces without a name as a sentence's subject, outside the
    ``skip`` spans (quotations), for a later "he" or "she" (``gender``: never a spokesman for "she"):
    "However, one dealer, although seeing no reason to be bullish, advised caution", "…, one trade
    source said." (not "He told a reporter": an object; nor "A rumpled figure with gray whiskers, Bob
    said": a name's description)."""
    last = None
    for m in _INDEFINITE_SOURCE.finditer(text, lo, hi):
        if any(a <= m.start() < b for a, b in skip) or _NAME_NEXT.match(text, m.end()):
            continue
        head = m.group(1).rsplit(None, 1)[-1].lower()
        if gender is not None and ((head in MALE_WORDS and gender == "female") or (head in FEMALE_WORDS and gender == "male")):
            continue
        if _OPENING.search(text, max(0, m.start() - 12), m.start()):
            last = m
            continue
        nxt = _SAYS_NEXT.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() in SPEECH_VERBS and text[m.start() - 2:m.start()].strip() == ",":
            last = m  # "…, one trade source said"
    return _described(text, last) if last is not None else None

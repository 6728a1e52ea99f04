"""Who a paragraph names outside its quotations, where, and in which sentence: what
:class:`briefing.quotes.speakers.ArticleContext` reads a pronoun's antecedent from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..people.name_words import ROLE_NOUNS
from ..text.sentences import sentence_spans
from .who import Who

SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# a name that reports its sentence: "…, McManus said." (an apposition between: "Li, the minister, said"),
# "…, said McManus." (then a stop or an apposition: not "…, said Trump continued")
_REPORTS_AFTER = re.compile(r"(?:,[^,.;:!?“”\"]{1,80},)?\s{1,3}(?:said|says|added|adds|explained|noted|wrote|told)\b")
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|at|from|with|in|on|to|by)\s{1,3}$")  # ("Jo Li of the Center for X Studies wrote")
_REPORTS_BEFORE = re.compile(r"[,”\"]\s{0,3}(?:said|says|added|adds|explained|noted|wrote)\s{1,3}$")  # (not "Li said Trump's …")


def reports(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` reports its sentence ("…, McManus said.", "…, said McManus.")."""
    if _OBJECT_BEFORE.search(text, max(0, start - 6), start):
        return False
    return bool(_REPORTS_AFTER.match(text, end)
                or (_REPORTS_BEFORE.search(text, max(0, start - 14), start) and text[end:end + 1] in ",.;"))


@dataclass(frozen=True, slots=True)
class Seen:
    """A person, organisation or place a paragraph names outside its quotations, and how."""

    pos: int
    sentence: int
    who: Who
    possessive: bool
    determiner: bool
    oblique: bool = False  # "Of Obama, he said", "the Obama administration": not who acts
    after_pronoun: bool = False  # "He said Obama …": the sentence's subject is a pronoun before it
    gender: str | None = None  # "female" after "Ms."/"Mrs.", "male" after "Mr."
    reports: bool = False  # the sentence's reporting clause: "…, McManus said.", "said McManus"


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of a paragraph (:func:`briefing.text.sentences.sentence_spans`)."""
    return [0] + [start for start, _ in sentence_spans(text)][1:]


def bisect_pos(seen: Sequence[Seen], pos: int) -> int:
    lo, hi = 0, len(seen)
    while lo < hi:
        mid = (lo + hi) // 2
        if seen[mid].pos < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def sentence_of(starts: Sequence[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def named_mid_sentence(text: str, pos: int) -> bool:
    """Whether a name at ``pos`` stands inside its sentence, where only a name is capitalised."""
    return text[:pos].rstrip(" “”\"'‘’")[-1:] not in ("", ".", "!", "?", ":")


def before_a_role(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is followed by a job in lower case, so names the job's body, not
    someone ("the Senate majority leader", "a White House press secretary")."""
    ws = text[pos:pos + 120].split()
    i = 0
    while i < len(ws) and (ws[i][:1].isupper() or ws[i] == "of"):
        i += 1
    if i == 0:
        return False
    for w in ws[i:i + 3]:  # up to two words before the job: "majority leader", "press secretary"
        low = w.lower().strip(",.;:")
        if low in ROLE_NOUNS:
            return True
        if not w.islower() or w.endswith((",", ".", ";", ":")):
            return False
    return False

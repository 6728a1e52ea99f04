"""Runs of capitalised words in running text: the raw material of names ("Russian Foreign Minister
Sergey Lavrov", "Securities and Exchange Commission", "Ursula von der Leyen"), read once per text.

A run joins capitalised words with single spaces, "of" and "of the"; "and" only inside one body's or
firm's name ("Jefferies and Co", "Food and Drug Administration"); name particles ("von der"); and
it stops at a date ("Jun 5") and at the edges of the ``skip`` spans (quotations).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_words import AND_CO, DATE_NAMES, GIVEN_NAMES, HONORIFICS, LEGAL_FORMS, NAME_PARTICLES, ORG_HEADS
from .names import is_abbreviation, strip_possessive

# a capitalised word not inside another one (the look-behind follows the first letter, so
# that the scan can jump from capital to capital)
_CAP = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w’'].)[\w’'.\-]*")
_JOINS = frozenset({" ", " of ", " of the "})
_AND = frozenset({" and ", " & "})
MAX_WORDS = 10
_OPEN_NICK = frozenset({' "', " “", " ‘"})
_CLOSE_NICK = re.compile(r"[\"”’] [A-Z]")
_NICKNAME_GAP = re.compile(r" [\"“‘][A-Z][\w.’'-]{0,15}[\"”’] ")

_Word = tuple[str, int, int]  # text, start, end


# the common nouns a body's name pairs with "and" ("Securities and Exchange", "Food and Drug", "Standard
# and Poor's", "Telephone and Telegraph", "Health and Human Services", "Ways and Means", "Fish and Wildlife")
_PAIRED_FIELDS = frozenset(
    """securities exchange food drug drugs alcohol tobacco standard standards telephone telegraph health trade
    industry commerce science technology arts housing fish wildlife agriculture energy labor labour ways
    management budget research development education culture transport transportation environment planning
    safety defense defence finance social welfare works land natural mines power light gas water human means
    urban""".split())
# up to four capitalised words in a row
_NEXT_NAME_WORDS = re.compile(r"[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3}")


def _one_body(cur: Sequence[_Word], text: str, at: int) -> bool:
    """Whether the "and" before ``text[at:]`` joins the words of one body's name ("Securities and
    Exchange Commission", "Food and Drug Administration", "Standard and Poor's Corp"): before it, a word
    or two (after any "of") that name no one, the last a field such names pair (:data:`_PAIRED_FIELDS`);
    after it, another field (or an owner and a legal form, "Poor's Corp"), and a body's or a firm's head
    within four capitalised words."""
    left = [w for w, _, _ in cur]
    if "of" in left:
        left = left[len(left) - left[::-1].index("of"):]
    if not 1 <= len(left) <= 2 or any(w.lower() in GIVEN_NAMES or w.lower() in HONORIFICS or strip_possessive(w)[1]
                                      or w in ("and", "of") for w in left):
        return False
    if left[-1].lower() not in _PAIRED_FIELDS:
        return False  # "Ford and General Motors Corp", "Texaco and Pennzoil Co": two firms
    right = _NEXT_NAME_WORDS.match(text, at)
    if right is None:
        return False
    after = right.group(0).split()
    if after[0].lower() not in _PAIRED_FIELDS and not (
            len(after) >= 2 and strip_possessive(after[0])[1] and after[1].lower() in LEGAL_FORMS):
        return False  # "Standard and Mobil Corp", "Dominion Securities and Wood Gundy Inc": two firms ("Poor's Corp" one)
    return any(strip_possessive(w.rstrip("."))[0].lower() in ORG_HEADS for w in right.group(0).split())


def runs(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]]) -> list[list[_Word]]:
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    si = 0
    nskip = len(skip)
    for m in _CAP.finditer(text, lo, hi):
        s, w = m.start(), m.group(0)
        if nskip:
            while si < nskip and skip[si][1] <= s:
                si += 1
            if si < nskip and skip[si][0] <= s:
                continue
        if w.lower() in DATE_NAMES and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isdigit():
            if cur:  # "Jun 5": a date, which ends a run
                runs.append(cur)
            cur = []
            continue
        if w[-1] in ".-’'":
            if w.endswith(".") and not is_abbreviation(w):
                w = w.rstrip(".")
            if not w.endswith(("’s", "'s")):
                w = w.rstrip("-’'")
            if not w:
                continue
        if cur and len(cur) < MAX_WORDS:
            prev = cur[-1]
            gap = text[prev[2]:s]
            if prev[0].lower() in GIVEN_NAMES and gap in _OPEN_NICK and _CLOSE_NICK.match(text, m.end()):
                continue  # a nickname between the names: "William “Mo” Cowan" is William Cowan
            if prev[0].lower() in GIVEN_NAMES and _NICKNAME_GAP.fullmatch(gap):
                cur.append((w, s, s + len(w)))
                continue
            if gap in _JOINS:
                if gap != " ":
                    cur.append(("of", prev[2] + 1, prev[2] + 3))
                cur.append((w, s, s + len(w)))
                continue
            if gap in _AND and (w in AND_CO or _one_body(cur, text, s)):  # "Jefferies and Co": one firm
                cur.append(("and", prev[2] + 1, s - 1))
                cur.append((w, s, s + len(w)))
                continue
            inner = gap.split(" ")
            if 3 <= len(inner) <= 4 and inner[0] == inner[-1] == "" and all(x in NAME_PARTICLES for x in inner[1:-1]):
                pos = prev[2] + 1
                for x in inner[1:-1]:  # "Ursula von der Leyen"
                    cur.append((x, pos, pos + len(x)))
                    pos += len(x) + 1
                cur.append((w, s, s + len(w)))
                continue
        if cur:
            runs.append(cur)
        cur = [(w, s, s + len(w))]
    if cur:
        runs.append(cur)
    return runs



"""What outlets report in different words: sentences of different stories that state one
fact or event become one point, cited to all of them.

Near-identical sentences are already one claim (:mod:`briefing.dedup.claims`).  Here two
sentences are the same report when they share enough of what they are about, weighed by
how rare it is in the storyline: their event concepts (what happened: cancel, meet,
phone, with the synonyms of :mod:`briefing.text.concepts`) and, at half weight, their
actors (the names, places and offices, which a whole storyline shares).  What an aside
(", which was seen as a chance for peace,", ", who resigned last year,") tells of a thing or
a person is no event of the sentence: its words count as actors only.  At least one
event concept must be shared, no concept of one may contradict the other's ("postponed"
against "cancelled", "not cancelled" against "cancelled") and the figures they give
must meet.  Groups are formed leader-first in the order given (best candidate first): a
sentence joins the first group whose leader it matches, so a group never drifts by
chaining from one member to the next.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..text.concepts import ACT_CONCEPTS, CONFLICTS, NEGATED, PLACE_CONCEPTS, ROLE_CONCEPTS, concept_spans
from ..text.words import stem, words

SAME_REPORT = 0.3  # weighted cosine of two sentences' concepts, at and above: the same report
ACTOR_WEIGHT = 0.5
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tonight week weekend month year".split())
_DAYS_AND_MONTHS = TIME_WORDS - {"today", "yesterday", "tonight", "week", "weekend", "month", "year"}
# "March" and "May" written as months: before a day or year, or after a word of when ("in March",
# "Early March", "7 May"; "by May" may be Theresa May); "Women's March", "Million Man March" are protests
_MONTH_WORDS = re.compile(r"\b(?i:in|early|late|mid|last|next|this|since|until|till|through|during|of|from|before"
                          r"|after|between|and|to) (March|May)\b|\b(?i:by) (March)\b|\b(March|May)(?= \d)"
                          r"|\d(?:st|nd|rd|th)? (March|May)\b")
_FIGURE = re.compile(r"(?<![\w.,-])\d{1,15}(?:[.,]\d{1,15}){0,5}")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
# a non-restrictive relative clause: ", which was considered another opportunity for peace," tells
# what the reader should know of a thing, not the event the sentence reports
_ASIDE = re.compile(r",[ \u00a0](?:which|who|whose) (?!is why|was why|means|meant|led|leads|prompted|caused|forced)"
                    r"[^,;:()\[\]\"“”.!?]{1,200}?(?:,|(?=[.!?]?$))")
_FIRST_WORD = re.compile(r"[\"“‘']?([A-Z][\w’'-]{0,40})")
_MID_CAPITAL = re.compile(r"(?<=[\w,;:)\]’'\"”] )[A-Z][\w’'-]*")
_CONFLICTING: dict[str, frozenset[str]] = {}
for _a, _b in CONFLICTS:
    _CONFLICTING[_a] = _CONFLICTING.get(_a, frozenset()) | {_b}
    _CONFLICTING[_b] = _CONFLICTING.get(_b, frozenset()) | {_a}


@dataclass(frozen=True, slots=True)
class Gist:
    """What a sentence is about: event concepts, actors, and the figures it gives."""

    events: frozenset[str]
    actors: frozenset[str]
    numbers: frozenset[str]
    times: frozenset[str] = frozenset()  # the days and months it names ("monday", "october")
    contested: bool = False  # it has an event concept that another account could contradict

    @property
    def concepts(self) -> frozenset[str]:
        return self.events | self.actors


def name_stems(texts: Iterable[str]) -> frozenset[str]:
    """The words written capitalised inside sentences (names), as stems: a sentence that opens
    with one of them opens with a name ("Marek met ...")."""
    return frozenset(stem(w.lower()) for t in texts for w in _MID_CAPITAL.findall(t))


def gist(text: str, plain: Sequence[str], names: frozenset[str] = frozenset()) -> Gist:
    """``plain``: the sentence's normalised words (:func:`briefing.text.words.words`);
    ``names``: :func:`name_stems` of the sentences it is compared with (its own first word
    counts as a name when it is one of them)."""
    capitalised = {stem(w.lower()) for w in _MID_CAPITAL.findall(text)}
    first = _FIRST_WORD.match(text)
    if first and stem(first.group(1).lower()) in names:
        capitalised.add(stem(first.group(1).lower()))
    events: set[str] = set()
    actors: set[str] = set()
    times: set[str] = set()
    months = {next(g for g in m.groups() if g).lower() for m in _MONTH_WORDS.finditer(text)}  # not a protest
    told = _told(text)
    for c, i, _ in concept_spans(plain):
        if months and plain[i] in months:
            times.add(plain[i])
            continue
        if c in TIME_WORDS:
            if c in _DAYS_AND_MONTHS and (c != "may" or c in months):  # ("may be postponed", "agreed by May")
                times.add(c)
            continue  # when, not who: two outlets date one event differently ("Friday", "this week")
        if c in PLACE_CONCEPTS or c in ROLE_CONCEPTS or c in capitalised:
            actors.add(c)
        elif not c.isdigit() and c not in _NUMBER_WORDS and (told is None or c in told):
            events.add(c)
    return Gist(frozenset(events), frozenset(actors), figures(text, plain), frozenset(times),
                any(c in _CONFLICTING for c in events))


def _told(text: str) -> frozenset[str] | None:
    """The concepts a sentence's events may come from when it holds an aside: those outside its
    asides, and of the aside's only what another account could contradict ("in Lisk, which has
    since been cancelled,": a dispute must see it).  None (all of them) without an aside, or when
    nothing outside the asides says what happened ("The plane, which crashed near Lisk, was
    carrying 150 passengers")."""
    if not _ASIDE.search(text):
        return None
    outside = frozenset(c for c, _, _ in concept_spans(words(_ASIDE.sub(",", text))))
    if not any(is_act(c) for c in outside):
        return None
    inside = {c for c, _, _ in concept_spans(words(text))} - outside
    return outside | {c for c in inside if c in _CONFLICTING or c.startswith(NEGATED)}


def figures(text: str, plain: Sequence[str]) -> frozenset[str]:
    """The numbers a sentence gives, as written figures ("5.6", "2,000" -> "2000") and small
    number words ("five" -> "5")."""
    found = {m.replace(",", "") for m in _FIGURE.findall(text)}
    found.update(_NUMBER_WORDS[w] for w in plain if w in _NUMBER_WORDS)
    return frozenset(found)


class Rarity:
    """Inverse document frequency of concepts over a storyline's candidate sentences."""

    def __init__(self, gists: Iterable[Gist]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for g in gists:
            df.update(g.concepts)
            n += 1
        self._idf = {c: math.log((n + 1) / (k + 1)) + 1.0 for c, k in df.items()}
        self._unseen = math.log(n + 1) + 1.0

    def __call__(self, concept: str) -> float:
        return self._idf.get(concept, self._unseen)

    def mass(self, g: Gist) -> float:
        return sum(map(self, g.events)) + ACTOR_WEIGHT * sum(map(self, g.actors))


def is_act(concept: str) -> bool:
    """Whether an event concept says what happened (cancel, phone, "closed"), not only what
    it happened to (border, crossing): a family of :mod:`briefing.text.concepts` or a word in
    the past tense."""
    return concept in ACT_CONCEPTS or concept.endswith("ed")


def against(concept: str) -> frozenset[str]:
    """The concepts that contradict ``concept`` ("cancel": "postpone", "not-cancel")."""
    return _CONFLICTING.get(concept, frozenset())


def opposed(a: Gist, b: Gist) -> tuple[str, str] | None:
    """The concepts by which two accounts contradict each other, (a's, b's): one that only a
    has against one that only b has ("cancel" / "postpone", "cancel" / "not-cancel"); b's
    plain concept before its negation."""
    if not (a.contested and b.contested):
        return None  # the common case, answered without building sets
    only_a, only_b = a.events - b.events, b.events - a.events
    for c in sorted(only_a):
        against = _CONFLICTING.get(c, frozenset()) & only_b
        if against:
            return c, min(against, key=lambda x: (x.startswith(NEGATED), x))
    return None


def conflict(a: Gist, b: Gist) -> bool:
    """Whether the two accounts contradict each other (:func:`opposed`), or give different figures."""
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return True
    return opposed(a, b) is not None


def closeness(a: Gist, b: Gist, rarity: Rarity, ignore: frozenset[str] = frozenset()) -> float:
    """0..1: a weighted cosine of the two sentences' concepts (those in ``ignore`` left out:
    what two accounts disagree on, which is then what they share the act of); 0 when they
    share no act (:func:`is_act`) or name different actors."""
    ea, eb = a.events - ignore, b.events - ignore
    shared_events = ea & eb
    if not (ignore or any(map(is_act, shared_events))) or (a.actors and b.actors and not a.actors & b.actors):
        return 0.0
    shared = sum(map(rarity, shared_events)) + ACTOR_WEIGHT * sum(map(rarity, a.actors & b.actors))
    mass_a = rarity.mass(a) - sum(map(rarity, a.events & ignore))
    mass_b = rarity.mass(b) - sum(map(rarity, b.events & ignore))
    denom = math.sqrt(mass_a * mass_b) if mass_a > 0 and mass_b > 0 else 0.0
    return shared / denom if denom else 0.0


def similarity(a: Gist, b: Gist, rarity: Rarity) -> float:
    """:func:`closeness`, and 0 when the two accounts contradict each other (:func:`conflict`).
    (Also refusing pairs that name different days, or each a person or place of its own, was
    measured on ECB+ leads and lowered both precision and recall: outlets date and place one
    event differently.)"""
    shared = a.events & b.events
    if not shared or not any(map(is_act, shared)):
        return 0.0  # the common case first: nothing done in common
    return 0.0 if conflict(a, b) else closeness(a, b, rarity)


def group_reports(gists: Sequence[Gist], stories: Sequence[str], rarity: Rarity,
                  threshold: float = SAME_REPORT) -> list[int]:
    """For each sentence (best first), the index of the group leader it joins (itself when
    it leads).  A sentence joins the first earlier leader of another story whose
    :func:`similarity` reaches ``threshold``; sentences of one story never join each other
    (one story saying a thing twice corroborates nothing)."""
    by_act: dict[str, list[int]] = {}  # act concept -> the leaders that have it, in order
    joined: list[int] = []
    for i, g in enumerate(gists):
        to = i
        acts = [c for c in g.events if is_act(c)]
        # only leaders sharing an act can reach the threshold (similarity is 0 otherwise)
        for j in sorted({j for c in acts for j in by_act.get(c, ())}):
            if stories[j] != stories[i] and similarity(g, gists[j], rarity) >= threshold:
                to = j
                break
        if to == i:
            for c in acts:
                by_act.setdefault(c, []).append(i)
        joined.append(to)
    return joined

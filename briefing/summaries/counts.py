"""The counts a sentence gives: a whole number and what it counts ("20 Ukrainian drones",
"at least 12 people", "nearly 60,000 residents").

Two accounts of one event that give different numbers for the same thing counted ("20
drones" against "25 drones", "killed 12 people" against "killed 15 people") dispute a figure
(:mod:`briefing.summaries.disputes`).  Only whole counts of things are counts here: amounts
of money, shares, rates and percentages ("2.33 million barrels per day", "20 percent", "35
mln dlrs") change with every report and are not compared, and neither are years, times of
day, ages or ordinals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.concepts import concept_of
from ..text.words import stem

_NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds dozens").split()
_VALUE = {w: str(i) for i, w in enumerate(_NUMBER_WORDS[:19], 2)} | {"thirty": "30", "forty": "40", "fifty": "50"}
# a whole number (not part of a decimal, a time, a date or a range) and the words after it
_COUNT = re.compile(
    r"(?<![\w.,:/$€£-])(?<!\d, )(\d{1,3}(?:,\d{3})+|\d{1,7}|(?i:" + "|".join(_NUMBER_WORDS[:19]) + r"|thirty|forty|fifty))"
    r"(?![\w.,:/%-]\d|\d|%|\.\d|-year|th\b|st\b|nd\b|rd\b)"
    r"((?: [A-Za-z][\w’'-]{0,30}[,;:.]?){1,4})"
)
# what a count may not be of: units of money, measure and time, scale words, rates
_NOT_COUNTED = frozenset(
    "percent per pct cent cents dlrs dollars dollar euros euro pounds pound yen rupees roubles rubles yuan "
    "mln million millions billion billions bln trillion thousand thousands hundred hundreds dozen dozens "
    "shares share points point basis barrels barrel bpd tonnes tonne tons ton ounces ounce kilos kilometres km "
    "miles mile metres meters feet foot acres hectares degrees minutes minute hours hour days day weeks week "
    "sources months month years year times pm am o’clock gmt bst est cst pst edt utc percentage stake times-a-year "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december cwt bags bales lbs pct.".split())
_UNTIL = frozenset("of to from in on at by for with and or but than per as who which that were was are is has have had "
                   "will would could said says told".split())
# plural nouns that do not end in -s
_PLURALS = frozenset("people children men women police personnel staff troops cattle sheep fish aircraft crew "
                     "militia clergy".split())
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                    "august september october november december".split())
_BEFORE = re.compile(r"([A-Za-z]{2,12})\.? $")


def _plural(word: str) -> bool:
    return word in _PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")))


@dataclass(frozen=True, slots=True)
class Count:
    """One count in a sentence: its value ("60000"), what it counts (the stem, "drone"), the words
    as written ("20 Ukrainian drones"), and what was done to what it counts, as a concept
    ("die" for "12 people were killed" and "killing 12 people"; "vote for"), when the words
    right around it say (None otherwise)."""

    value: str
    counted: str
    shown: str
    act: str | None = None
    said: str | None = None  # the act's word as written ("killed")


_AUXILIARIES = frozenset("were was are is be been being had have has now reportedly also all later".split())
_PASSIVE = frozenset("were was are is be been being".split())
# words between an act and its count: "killing at least 12 people", "won more than 19 delegates"
_BOUNDS = frozenset("at least more than over nearly about some around almost up to only a total of".split())
_IRREGULAR = frozenset("hit struck shot fled held won lost sent took gave sold bought fell rose met saw fought led "
                       "ran went made built cut kept beat found taken given stolen beaten driven broken fallen "
                       "hidden dead missing hurt".split())
# what follows an active verb when its subject is the count: "Four soldiers shot 12 protesters"
_OBJECT_START = re.compile(r"(?:the|a|an|his|her|their|its|our|\d[\d,]*|[A-Z][\w’'-]*)$")
# what may follow a verb without being its object: "12 people died Tuesday", "marched Saturday"
_WHEN = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                  "july august september october november december yesterday today tonight overnight last this "
                  "early late earlier later".split())
_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")
_CLAUSE_END = re.compile(r"[,;:.!?()—–]")
_RATIO = re.compile(r"(?i:\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of|of) )$")


def _verb_like(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ed", "ing")) or low in _IRREGULAR


def _act(text: str, start: int, end: int) -> tuple[str, str] | None:
    """What was done by or to the count at ``text[start:end]``, within its clause: the verb right
    after it, past auxiliaries ("were killed", "had been destroyed", "are dead"), else the verb
    right before it, past bounds ("killing at least 12"); marked as done by the count when an
    active verb after it has an object ("Four soldiers shot 12 protesters": "by shoot"), and
    with "for" or "against" after a vote."""
    after = _WORD.findall(_CLAUSE_END.split(text[end:end + 60], 1)[0])
    k = 0
    while k < len(after) and after[k].lower() in _AUXILIARIES:
        k += 1
    if k < len(after) and _verb_like(after[k]) and not (k > 0 and after[k - 1].lower() == "to"):
        word, nxt = after[k], after[k + 1] if k + 1 < len(after) else ""
        passive = any(w.lower() in _PASSIVE for w in after[:k])
        # a count followed by an active verb and its object did the act; "12 people killed Tuesday"
        # and "12 people died" had it done to them
        doer = "by " if not passive and nxt and _OBJECT_START.match(nxt) and nxt.lower() not in _WHEN else ""
    else:
        before = _WORD.findall(_CLAUSE_END.split(text[max(0, start - 60):start])[-1])
        while before and before[-1].lower() in _BOUNDS:
            before.pop()
        if not before or not _verb_like(before[-1]) or (len(before) > 1 and before[-2].lower() == "to"):
            return None
        word, nxt, doer = before[-1], "", ""
    particle = f" {nxt.lower()}" if nxt.lower() in ("for", "against") else ""
    return doer + concept_of(word.lower()) + particle, word


def counts(text: str) -> tuple[Count, ...]:
    """The counts of things ``text`` gives, in order."""
    out: list[Count] = []
    for m in _COUNT.finditer(text):
        raw = m.group(1)
        before = _BEFORE.search(text, max(0, m.start() - 14), m.start())
        if before is not None and before.group(1).lower() in _MONTHS:
            continue  # "Oct 20 talks": a date
        value = _VALUE.get(raw.lower(), raw.replace(",", ""))
        words: list[str] = []
        head: str | None = None
        for w in m.group(2).split():
            lw = w.lower().rstrip(",;:.")
            if lw in _UNTIL or lw in _NOT_COUNTED or not lw.replace("-", "").isalpha():
                break
            words.append(w.rstrip(",;:."))
            if w[0].isupper():
                continue  # "20 Ukrainian drones": a name's adjective, then the thing counted
            if _plural(lw):
                head = lw
                break
        if head is not None:
            if _RATIO.search(text[max(0, m.start() - 14):m.start()]):
                continue  # "nine in 10 voters": a share, not a count
            tail = m.start(2) + len(" ".join(["", *words]))
            act = _act(text, m.start(), tail)
            out.append(Count(value, stem(head), " ".join([raw, *words]), *(act or (None, None))))
    return tuple(out)


def differing(a: tuple[Count, ...], b: tuple[Count, ...]) -> tuple[Count, Count] | None:
    """The first count of one same thing, with one same act done to it, that ``a`` and ``b`` give
    different numbers for, when neither gives the other's number for it ("three people killed"
    against "10 people killed"; not "three killed" against "ten wounded")."""
    for ca in a:
        for cb in b:
            if ca.counted == cb.counted and ca.value != cb.value and ca.act is not None and ca.act == cb.act:
                if any(x.counted == ca.counted and x.value == cb.value for x in a) or \
                        any(x.counted == cb.counted and x.value == ca.value for x in b):
                    continue
                return ca, cb
    return None

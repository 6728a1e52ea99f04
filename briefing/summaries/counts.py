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
    """One count in a sentence: its value ("60000"), what it counts (the stem, "drone"), and the
    words as written ("20 Ukrainian drones")."""

    value: str
    counted: str
    shown: str


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
            out.append(Count(value, stem(head), " ".join([raw, *words])))
    return tuple(out)


def differing(a: tuple[Count, ...], b: tuple[Count, ...]) -> tuple[Count, Count] | None:
    """The first count of one same thing that ``a`` and ``b`` give different numbers for, when
    neither gives the other's number for it."""
    for ca in a:
        for cb in b:
            if ca.counted == cb.counted and ca.value != cb.value:
                if any(x.counted == ca.counted and x.value == cb.value for x in a) or \
                        any(x.counted == cb.counted and x.value == ca.value for x in b):
                    continue
                return ca, cb
    return None

"""Who published an article and who wrote it, from the lines that sign it.

Real text names its publisher in a few fixed places, none of them story text:

* a byline near the top: "By Anna Berg, Reuters", "By JILL COLVIN Associated Press",
  "By Laura Woods/GoBankingRates", "By Rebecca English for the Daily Mail", "By Fred Kiva"
  (an author and no outlet);
* a copyright line near the end: "Copyright 2017 NPR. All rights reserved.",
  "© 2017 WTOP. All Rights Reserved.", "Copyright 2014 KCTV (Meredith Corp.)" (a year or
  "all rights reserved" is needed: "© JK Rowling, founder of Lumos" is a photo credit; an
  "Image copyright AFP" caption never is);
* the wire's sign-off as the last line: "Reuter", "REUTER", "(Reuters)", "— AP", or
  "REUTER" closing the last paragraph.

These lines are taken out of the article's paragraphs (they are not story text) and give
the article's outlet and author when its metadata does not.  A dateline's "(Reuters)" is read
by :mod:`briefing.ingest.structure` and comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.outlets import exact_outlet, known_outlet

TOP_LINES = 4  # a byline is among the first lines of the text (after a title and a date line)
END_LINES = 6  # a copyright line or sign-off among the last
MAX_LINE = 120

# one word of a person's name: "Anna", "O'Callaghan", "Jean-Paul", "COLVIN", "J."
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_WORD = (r"(?!(?:For|FOR|And|AND|The|THE|Of|OF|At|In|On|With|From)\b)"
         rf"(?:[{_UP}][{_LOW}]{{0,15}}['’][{_UP}][{_LOW}]{{1,15}}|[{_UP}][{_LOW}]{{1,15}}(?:-[{_UP}][{_LOW}]{{1,15}})?"
         rf"|[{_UP}]{{2,15}}|[{_UP}]\.)")
_PARTICLE = r"(?:de|da|del|der|van|von|la|le|bin|al)"
_NAME = rf"{_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{1,4}}"
_BYLINE = re.compile(
    rf"^(?:By|BY)\s*:?\s+({_NAME}(?:,? (?:and|&) {_NAME}){{0,2}})"
    r"(?:\s{0,3}(?:,|\||/|—|–|-{1,2}|\bfor\b|\bFor\b|\bFOR\b)\s{0,3}([^!?;:]{2,60}?))?\s*\.?$"
)
# words no person's name holds: "By The Way", "By Land And Sea" are headings
# words no person's name holds ("By Monday Morning Anna Berg", "By Christmas, …")
_NOT_NAME = frozenset("The A An And Of In On At To For With From Our Your This That Now Then Day Night Way "
                      "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Halloween Thanksgiving "
                      "Morning Evening Afternoon Noon Midnight Tonight Today Tomorrow Yesterday Weekend Week Month "
                      "Break".split())
# words a name may hold, though not all of them ("April Rubin", "Eve Fairbanks", "Ben Winter"; not "Late Spring")
_TIME_WORDS = frozenset("January February March April May June July August September October November December "
                        "Eve Spring Summer Autumn Fall Winter Late Early Super Election New Year Mid".split())
# what a news service calls its own byline after its name: "By Reuters Staff", "By CNN Wire"
_WITH = re.compile(r"with (?:additional )?reporting by |with [A-Z][a-z]+ [A-Z]")
_DESK = frozenset("staff wire reports report news desk team writers".split())
_TAIL_WORD = re.compile(r"[A-Z0-9][\w&.'’-]*|for|of|the|and|at|in|&")
# a byline's tail that is the writer's job, not an outlet ("Staff Writer", "Senior Correspondent")
_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|producer|analyst|journalist|"
    r"bureau chief|chief|senior|special|guest|intern|photographer)s?\b",
    re.I,
)
_BY_DESK = re.compile(r"^(?:By|BY)\s*:?\s+([\w&.'’-]{1,30}(?: [\w&.'’-]{1,30}){0,4})$")
_OUTLET_WORDS = re.compile(r"^(?:the )?([A-Z][\w&.'’-]{0,30}(?: [A-Z][\w&.'’-]{0,30}){0,4})$")
_COPYRIGHT = re.compile(
    r"^(?:(?i:copyright)\s*(?:©|\((?i:c)\))?|©|\((?i:c)\))\s*((?:\d{4}(?:\s*[-–]\s*\d{2,4})?)?)\s*,?\s*"
    r"([A-Z][\w&.'’-]{0,30}(?: [A-Z(][\w&.'’()-]{0,30}){0,5}?)"
    r"\s*[.,]?\s*((?:(?i:all rights reserved)\b.*)?)$"
)
_COMPANY = re.compile(r"\([^)]{0,40}\)|,?\s{1,5}(?:Ltd|Limited|Inc|LLC|Corp|Corporation|Co|plc|PLC|Group|Company)\.?$")
_NOT_PUBLISHER = re.compile(r"\b(?:Images|Photos?|Pictures|Getty|Shutterstock|Alamy|Enterprises|Holdings)\b", re.I)
_SIGN_OFF = re.compile(r"^[-–—(]*\s*([A-Z][A-Za-z.&]{1,20}(?: [A-Z][A-Za-z.&]{1,20}){0,2})\s*\)?\.?$")
_GLUED_SIGN_OFF = re.compile(r"(?<=[.!?”\"’')])\s+REUTER\W{0,3}$")


@dataclass(frozen=True, slots=True)
class Signature:
    """What the signing lines say, and which lines they are (indices into the lines read)."""

    outlet: str | None = None
    author: str | None = None
    lines: frozenset[int] = frozenset()
    glued: tuple[int, str] | None = None  # (line, its text without the sign-off) when "REUTER" closes it


def _person(name: str) -> str:
    """A byline's name as a reader writes it: "JILL COLVIN" -> "Jill Colvin"."""
    words = name.split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 and "." not in w else w for w in words)


def _outlet_named(text: str) -> str | None:
    """The outlet a byline's tail or a copyright line names ("AP White House Correspondent" ->
    "AP", "Royal Correspondent for the Daily Mail" -> "Daily Mail", "GoBankingRates"), or None
    for a job alone ("Staff Writer")."""
    text = text.strip().rstrip(".")
    if (known := exact_outlet(text) or known_outlet(text)) is not None:
        return known
    parts = re.split(r"\s+(?:for|For|FOR|at|At)\s+", text)
    if len(parts) > 1:
        return _outlet_named(parts[-1])
    if _ROLE.search(text):
        return None
    name = " ".join(_COMPANY.sub("", text).split())
    m = _OUTLET_WORDS.match(name)
    return m.group(1) if m else None


def _byline(line: str) -> tuple[str | None, str | None] | None:
    """(outlet, author) of a byline, or None when the line is not one."""
    desk = _BY_DESK.match(line)
    if desk is not None:  # "By The Associated Press", "By Reuters Staff", "By CNN Wire": the outlet, no writer
        words = desk.group(1).split()
        for k in range(len(words), 0, -1):
            outlet = exact_outlet(" ".join(words[:k]))
            if outlet is not None and all(w.lower() in _DESK for w in words[k:]):
                return outlet, None
    m = _BYLINE.match(line)
    if m is None:
        return None
    names, tail = m.group(1), m.group(2)
    words = names.replace(",", " ").split()
    named = [w.capitalize() for w in words if w not in ("and", "&")]
    if any(w in _NOT_NAME for w in named) or all(w in _TIME_WORDS for w in named):
        return None  # "By Christmas Eve, the rebels had taken the city": when, not who (April Rubin is someone)
    if tail is not None and _WITH.match(tail):
        tail = None  # "By Anna Berg, with reporting by Reuters": the writer; the outlet is not said
    elif tail is not None and tail.startswith("with "):
        return None  # "By Will Power, with the wind at his back, he won": a sentence
    elif tail is not None and not (exact_outlet(tail) or known_outlet(tail) or _ROLE.search(tail)
                                   or all(_TAIL_WORD.fullmatch(w) for w in tail.split())):
        return None  # a sentence goes on after the comma, no outlet or job
    outlet = _outlet_named(tail) if tail else None
    if tail is None:  # "By JILL COLVIN Associated Press": the outlet's name runs on after the writer's
        for k in range(2, len(words)):
            if (outlet := exact_outlet(" ".join(words[k:]))) is not None:
                names = " ".join(words[:k])
                break
    return outlet, _person(names)


def _copyright(line: str) -> str | None:
    """The publisher a copyright line names, or None."""
    m = _COPYRIGHT.match(line)
    if m is None or not (m.group(1) or m.group(3)):
        return None  # neither a year nor "all rights reserved": a credit, not a copyright line
    if _NOT_PUBLISHER.search(m.group(2)):
        return None  # "© 2018 Getty Images", "Copyright 2017 Disney Enterprises": a photo agency or an owner
    return _outlet_named(m.group(2))


def _sign_off(line: str) -> str | None:
    m = _SIGN_OFF.match(line)
    if m is None:
        return None
    word = m.group(1)
    return "Reuters" if word.lower() == "reuter" else exact_outlet(word)


def _bare(line: str) -> str:
    """A line without Markdown emphasis around it ("**By Anna Berg**", "_Reuter_")."""
    return line.strip().strip("*_").strip()


def read_signature(lines: list[str]) -> Signature:
    """The outlet and author that ``lines`` (an article's lines, in order) sign it with."""
    taken: set[int] = set()
    byline: tuple[str | None, str | None] | None = None
    for i in range(min(TOP_LINES, len(lines))):
        s = _bare(lines[i])
        if len(s) <= MAX_LINE and (b := _byline(s)) is not None:
            byline = b
            taken.add(i)
            break
    copyright_outlet: str | None = None
    sign_off: str | None = None
    glued: tuple[int, str] | None = None
    end = [i for i in range(max(0, len(lines) - END_LINES), len(lines)) if i not in taken and lines[i].strip()]
    for i in reversed(end):
        s = _bare(lines[i])
        if len(s) > 2 * MAX_LINE:
            continue
        if i == end[-1] and (o := _sign_off(s)) is not None:
            sign_off = o
            taken.add(i)
        elif (c := _copyright(s)) is not None:
            copyright_outlet = copyright_outlet or c
            taken.add(i)
        elif byline is None and len(s) <= MAX_LINE and (b := _byline(s)) is not None:
            byline = b  # some pages sign at the foot
            taken.add(i)
    if sign_off is None and end and end[-1] not in taken:
        s = lines[end[-1]].rstrip()
        if (g := _GLUED_SIGN_OFF.search(s)) is not None:
            sign_off, glued = "Reuters", (end[-1], s[: g.start()])
    outlet = (byline[0] if byline else None) or copyright_outlet or sign_off
    return Signature(outlet, byline[1] if byline else None, frozenset(taken), glued)

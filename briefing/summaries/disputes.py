"""What outlets or speakers give conflicting accounts of: one disputed point with each side.

Two sentences of different stories dispute one event when they are about the same thing
(:func:`briefing.summaries.paraphrase.closeness` at the same-report threshold once the words
they disagree on are set aside) and one says what the other contradicts
(:func:`briefing.summaries.paraphrase.opposed`: "cancelled" against "postponed", "cancelled"
against "not cancelled", a denial).  Each side is the report its sentence belongs to, with
all of that report's sources, so "Disputed: cancelled [1][3] · postponed, not canceled, says
Putin [4]" cites every outlet on each side.  The two must name someone in common (not only
a place, an office or "Corp") and give no different figures: "USX said reserves fell" and
"Amoco said reserves increased" are two companies, not two accounts.  Different figures
for one count are not disputes here either: figures differ for too many other reasons
(dates, other counts) to be told apart by words alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import Dispute, DisputeSide
from ..people.name_words import SPEECH_VERBS
from ..text.concepts import NEGATED, PLACE_CONCEPTS, ROLE_CONCEPTS, surface
from .candidates import Candidate
from .paraphrase import SAME_REPORT, Gist, Rarity, against, closeness, opposed

MAX_DISPUTES = 3  # per storyline, the best reported first
_GENERIC_ACTORS = frozenset(
    "corp co inc ltd plc llc group company bank department ministry government agency office committee council "
    "party court police army military forces officials".split())
_SAYS = frozenset("said says told tells wrote writes".split())  # past or present, never a noun
_TITLES = frozenset("President Prime Minister Mr Mrs Ms Dr Senator Governor Chancellor Secretary".split())
_NAME = r"[A-Z][\w’'-]{1,30}"
# "President Putin has meanwhile emphasized", "Peskov said", "according to the Kremlin"
_SPEAKER = re.compile(
    rf"(?:({_NAME}(?: {_NAME}){{0,2}})(?: (?:has|had|have|also|again|meanwhile|later|\w{{2,20}}ly)){{0,3}} (\w{{2,20}})\b"
    rf"|\baccording to (?:the )?({_NAME}(?: {_NAME}){{0,2}}))"
)


def speaker_of(sentence: str) -> str | None:
    """Who the sentence says gives its account: the name before its first speech verb, or
    after "according to" (the last word of a person's name, the whole of an organisation's)."""
    for m in _SPEAKER.finditer(sentence):
        if m.group(3):
            return m.group(3)
        verb = (m.group(2) or "").lower()
        if verb in SPEECH_VERBS and (verb.endswith("ed") or verb in _SAYS):
            name = m.group(1).split()
            return name[-1] if len(name) > 1 and name[0] in _TITLES else m.group(1)
    return None


def _figures(g: Gist) -> frozenset[str]:
    """The figures a sentence gives, years left out (two reports of one year's numbers are
    about one year, not one figure)."""
    return frozenset(n for n in g.numbers if not (len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2100))


def _names(g: Gist) -> frozenset[str]:
    """Who a sentence names, beyond places, offices and the words every company or ministry
    has ("Corp", "Ministry")."""
    return frozenset(c for c in g.actors if c not in PLACE_CONCEPTS and c not in ROLE_CONCEPTS
                     and c not in _GENERIC_ACTORS)


def same_people(a: Gist, b: Gist) -> bool:
    """Whether two accounts are about the same people: they name someone in common, and
    everyone the one naming fewer names is named by the other ("Kessler won" and "Ruben
    lost" the same primary are two people's results, not two accounts of one)."""
    na, nb = _names(a), _names(b)
    if not na & nb:
        return False
    fewer, more = (na, nb) if len(na) <= len(nb) else (nb, na)
    return fewer <= more


def _label(c: Candidate, concept: str, also: str | None) -> str:
    said = surface(c.plain, concept) or concept.removeprefix(NEGATED)
    extra = surface(c.plain, also) if also else None
    return f"{said}, {extra}" if extra and extra != said else said


def find_disputes(pool: Sequence[Candidate], gists: Sequence[Gist], rarity: Rarity,
                  report_of: Callable[[Candidate], object],
                  sources_of: Callable[[Candidate], tuple[str, ...]]) -> tuple[Dispute, ...]:
    """The pool's disputes, at most :data:`MAX_DISPUTES`, the most reported first.
    ``report_of(c)``: the report a candidate belongs to (two sides never come from one report,
    and one pair of reports is disputed once); ``sources_of(c)``: its report's sources."""
    found: list[Dispute] = []
    seen: set[frozenset[int]] = set()
    having: dict[str, list[int]] = {}  # concept -> the sentences with it (only concepts something contradicts)
    for k, g in enumerate(gists):
        for c in g.events:
            if against(c):
                having.setdefault(c, []).append(k)
    for i, a in enumerate(pool):
        rivals = sorted({j for c in gists[i].events for x in against(c) for j in having.get(x, ()) if j > i})
        for j in rivals:
            b = pool[j]
            if a.article == b.article:
                continue
            opposing = opposed(gists[i], gists[j])
            if opposing is None:
                continue
            ra, rb = id(report_of(a)), id(report_of(b))
            pair = frozenset((ra, rb))
            if ra == rb or pair in seen:
                continue
            ca, cb = opposing
            ga, gb = gists[i], gists[j]
            fa, fb = _figures(ga), _figures(gb)
            if (fa and fb and not fa & fb) or not same_people(ga, gb) \
                    or (ga.times and gb.times and not ga.times & gb.times):
                continue  # other figures, other people or other days: two events, not two accounts of one
            if closeness(gists[i], gists[j], rarity, ignore=frozenset(opposing)) < SAME_REPORT:
                continue
            seen.add(pair)
            # b's negation of a's concept, said beside its own ("postponed, not canceled")
            also = NEGATED + ca if not cb.startswith(NEGATED) and NEGATED + ca in gists[j].events else None
            found.append(Dispute((
                DisputeSide(_label(a, ca, None), a.text, sources_of(a), a.article, a.paragraph, speaker_of(a.text)),
                DisputeSide(_label(b, cb, also), b.text, sources_of(b), b.article, b.paragraph, speaker_of(b.text)),
            )))
    found.sort(key=lambda d: -sum(len(s.sources) for s in d.sides))  # most reported first (stable)
    return tuple(found[:MAX_DISPUTES])

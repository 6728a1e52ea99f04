"""What outlets or speakers give conflicting accounts of: one disputed point with each side.

Two sentences of different stories dispute one event when they are about the same thing
(:func:`briefing.summaries.paraphrase.closeness` at the same-report threshold once the words
they disagree on are set aside) and one says what the other contradicts
(:func:`briefing.summaries.paraphrase.opposed`: "cancelled" against "postponed", "cancelled"
against "not cancelled", a denial).  Each side is the report its sentence belongs to, with
all of that report's sources, so "Disputed: cancelled [1][3] · postponed, not canceled, says
Putin [4]" cites every outlet on each side.  The two must name someone in common (not only
a place, an office or "Corp") and give no different figures: "USX said reserves fell" and
"Amoco said reserves increased" are two companies, not two accounts.

Two accounts that are about the same thing by the same measure, with no figure set aside,
and give different numbers for one thing counted (:mod:`briefing.summaries.counts`: "20
Ukrainian drones" against "25 drones") dispute that figure: "Disputed: 20 Ukrainian drones
[1] · 25 drones, says the ministry [3]".  Amounts, rates and percentages are never compared
(they change with every report), and the two must again name the same people and days.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import Dispute, DisputeSide
from ..people.name_words import SPEECH_VERBS
from ..text.concepts import NEGATED, NEGATIONS, PLACE_CONCEPTS, ROLE_CONCEPTS, concept_spans, surface
from .candidates import Candidate
from .counts import Count, counts, differing
from .paraphrase import SAME_REPORT, Gist, Rarity, against, closeness, is_act, opposed

_TOTAL = re.compile(r"\btotal(?:s|ed|ing|led|ling)?\b", re.I)
_A_TOTAL = re.compile(r"\b(?:a total of\b|in total,)", re.I)  # the count itself is the total
_CONDITIONAL = frozenset("if unless".split())  # (not "might be held in May": a side's aside)
_PERIODS = frozenset("year years month months week weeks since annual annually daily weekly monthly".split())
_PASSIVE = frozenset("was were been be being is are get got".split())
# what two sentences say happened, whoever they name, at and above: one event (a figure dispute is a
# strong claim: one governor's bus crash and factory roof, each "killing" people, are two events)
SAME_EVENT = 0.4
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


def _hypothetical(c: Candidate) -> bool:
    """Whether a sentence says what may or would happen under a condition, not what did."""
    return any(w in _CONDITIONAL for w in c.plain)


def _doer(c: Candidate, concept: str) -> str | None:
    """Who the sentence says did the act, when a name comes right before it in the active
    voice ("TWA also agreed", "USAir rejected"); None for a passive or no name."""
    said = surface(c.plain, concept)
    if said is None:
        return None
    word = said.removeprefix("not ").split(" ", 1)[0]
    m = re.search(rf"\b([A-Z][\w&.-]{{1,30}})((?: \w{{2,20}}){{0,2}}) {re.escape(word)}\b", c.text)
    if m is None or any(w.lower() in _PASSIVE for w in m.group(2).split()):
        return None
    return m.group(1).lower()


def _other_doers(a: Candidate, ca: str, b: Candidate, cb: str) -> bool:
    """Whether each side names a different party doing its act: two parties, not two accounts."""
    da, db = _doer(a, ca), _doer(b, cb)
    return da is not None and db is not None and da != db


def _over_a_period(c: Candidate) -> bool:
    """Whether a sentence counts over a period ("this year", "so far", "since March") or brings a
    total ("64 emails, bringing the total to 1,750"; "a total of 10 people" is the count itself),
    not one event's count."""
    if _TOTAL.search(_A_TOTAL.sub("", c.text)):
        return True
    return any(w in _PERIODS for w in c.plain) or " so far" in c.text


def _negative(c: Candidate) -> bool:
    """Whether a sentence says something did not happen (a negation of its own)."""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in c.plain)


def _events(g: Gist) -> Gist:
    """What a sentence says happened, whoever it names."""
    return Gist(g.events, frozenset(), g.numbers, g.times, g.contested)


def _count_label(n: Count) -> str:
    """A count with what was done, as the sentence words it: "three people killed"."""
    return f"{n.shown} {n.said}" if n.said and n.said.lower() not in n.shown.lower() else n.shown


def _label(c: Candidate, concept: str, also: str | None) -> str:
    said = surface(c.plain, concept) or concept.removeprefix(NEGATED)
    extra = surface(c.plain, also) if also else None
    return f"{said}, {extra}" if extra and extra != said else said


# who reports or acts, not what happened: never what a dispute is about
_AGENTS = frozenset("police officials official court media government ministry spokesman spokeswoman authorities "
                    "analyst analysts source sources agency chief league report reports statement".split())


def _about(a: Candidate, ga: Gist, gb: Gist, disputed: set[str], rarity: Rarity) -> str:
    """What two accounts are both about, in the first's words: a thing both sentences name
    and neither disputes, written before the disputed word (its subject: "The planned summit
    ... has been cancelled" -> "summit"), an event before other words; no verb form, name,
    or reporter ("clashed", "Brann's", "police"); "" when there is none."""
    told = {c.removeprefix(NEGATED) for c in disputed}
    at: dict[str, int] = {}  # concept -> where the sentence first words it (one word only)
    end = len(a.plain)  # where the disputed word stands
    for c, i, size in concept_spans(a.plain):
        if c in disputed:
            end = min(end, i)
        elif size == 1:
            at.setdefault(c, i)
    shared = [c for c in ga.events & gb.events if not c.startswith(NEGATED) and c not in told
              and c not in PLACE_CONCEPTS and at.get(c, end) < end]
    for c in sorted(shared, key=lambda c: (not is_act(c), -rarity(c), end - at[c])):
        word = a.plain[at[c]]
        if (len(word) > 2 and word.isalpha() and not word.endswith(("ed", "ing")) and word not in _AGENTS
                and not re.search(rf"\b{word[:1].upper()}{re.escape(word[1:])}\b", a.text)):  # (not a name)
            return word
    return ""


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
            if (cb == NEGATED + ca and _negative(a)) or (ca == NEGATED + cb and _negative(b)):
                continue  # "has not revealed a release date" against "has not released": both say what did not happen
            if set(sources_of(a)) & set(sources_of(b)) and not (speaker_of(a.text) or speaker_of(b.text)):
                continue  # a story on both sides, and no one said to dispute: a change it reports ("rose", "declines")
            ga, gb = gists[i], gists[j]
            fa, fb = _figures(ga), _figures(gb)
            if (fa and fb and not fa & fb) or not same_people(ga, gb) \
                    or (ga.times and gb.times and not ga.times & gb.times):
                continue  # other figures, other people or other days: two events, not two accounts of one
            if _hypothetical(a) or _hypothetical(b) or _other_doers(a, ca, b, cb):
                continue  # "if it has to buy" is no account; "TWA agreed" and "USAir rejected" are two parties
            if closeness(gists[i], gists[j], rarity, ignore=frozenset(opposing)) < SAME_REPORT:
                continue
            seen.add(pair)
            # b's negation of a's concept, said beside its own ("postponed, not canceled")
            also = NEGATED + ca if not cb.startswith(NEGATED) and NEGATED + ca in gists[j].events else None
            found.append(Dispute((
                DisputeSide(_label(a, ca, None), a.text, sources_of(a), a.article, a.paragraph, speaker_of(a.text)),
                DisputeSide(_label(b, cb, also), b.text, sources_of(b), b.article, b.paragraph, speaker_of(b.text)),
            ), _about(a, ga, gb, {ca, cb}, rarity)))
    found += _count_disputes(pool, gists, rarity, report_of, sources_of, seen)
    found.sort(key=lambda d: -sum(len(s.sources) for s in d.sides))  # most reported first (stable)
    return tuple(found[:MAX_DISPUTES])


def _count_disputes(pool: Sequence[Candidate], gists: Sequence[Gist], rarity: Rarity,
                    report_of: Callable[[Candidate], object], sources_of: Callable[[Candidate], tuple[str, ...]],
                    seen: set[frozenset[int]]) -> list[Dispute]:
    """Accounts of one event that give different numbers for the same thing counted."""
    found: list[Dispute] = []
    having: dict[str, list[int]] = {}  # thing counted -> the sentences counting it
    told = [counts(c.text) for c in pool]
    for k, cs in enumerate(told):
        for counted in {c.counted for c in cs}:
            having.setdefault(counted, []).append(k)
    for i, a in enumerate(pool):
        for j in sorted({j for c in told[i] for j in having[c.counted] if j > i}):
            b = pool[j]
            ra, rb = id(report_of(a)), id(report_of(b))
            pair = frozenset((ra, rb))
            if a.article == b.article or ra == rb or pair in seen:
                continue
            if set(sources_of(a)) & set(sources_of(b)) and not (speaker_of(a.text) or speaker_of(b.text)):
                continue
            differ = differing(told[i], told[j])
            ga, gb = gists[i], gists[j]
            if differ is None or not same_people(ga, gb) or ga.times != gb.times or _over_a_period(a) or _over_a_period(b):
                continue  # other people, other days, or a tally over time ("750 rockets this year"): not one count
            if not any(not any(ch.isdigit() for ch in x) for x in _names(ga) & _names(gb)):
                continue  # only a model in common ("AK-47"): a thing, not whose account
            if closeness(ga, gb, rarity) < SAME_REPORT or closeness(_events(ga), _events(gb), rarity) < SAME_EVENT:
                continue  # (by what happened alone too: one governor's bus crash and factory roof are two events)
            seen.add(pair)
            found.append(Dispute(tuple(
                DisputeSide(_count_label(n), c.text, sources_of(c), c.article, c.paragraph, speaker_of(c.text))
                for c, n in ((a, differ[0]), (b, differ[1])))))
    return found

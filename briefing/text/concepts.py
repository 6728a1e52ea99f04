"""Concept words: what two outlets reporting one event in different words still share.

Outlets paraphrase: one writes "the summit was cancelled", another "Washington called
off the meeting", a third "plans for the talks were scrapped".  :func:`concept_words`
maps a sentence's words to concepts so that such sentences meet: inflections and
spelling variants of one word (cancelled, canceled, cancellation), the common news
synonyms of an event (call off, scrap, abandon -> cancel), demonyms and the capitals used
for their governments (Russian, Moscow, the Kremlin -> russia).  What differs in
substance stays apart: "postponed" is not "cancelled", "rose" is not "fell", a death is
not an injury.

The table is general news vocabulary, not any corpus's names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .words import STOPWORDS, stem

# concept: word prefixes (each at least five letters, or a whole word when it ends in "$")
_FAMILIES: dict[str, tuple[str, ...]] = {
    "cancel": ("cancel", "scrap$", "scrapped", "scrapping", "scraps$", "abandon", "shelve", "shelving",
               "axed$", "nixed$", "call off", "called off", "calling off", "calls off"),
    "postpone": ("postpon", "delay", "defer", "put off"),
    "meet": ("summit", "meeting", "meet$", "meets$", "met$", "talks$", "sit-down", "face-to-face"),
    "die": ("kill", "murder", "homicide", "slaying", "dead$", "death", "died$", "dies$", "die$", "dying$",
            "fatal", "slain$", "perish"),
    "injure": ("injur", "wound", "hurt$", "hurts$"),
    "arrest": ("arrest", "detain", "detention", "custody", "apprehend"),
    "charge": ("charge", "charging", "indict", "prosecut"),
    "convict": ("convict", "guilty$"),
    # a plea is what the accused says, not a verdict: "pleaded not guilty" denies no conviction
    "plead-guilty": ("pleaded guilty", "pleads guilty", "plead guilty", "pleading guilty", "guilty plea"),
    "plead-not-guilty": ("pleaded not guilty", "pleads not guilty", "plead not guilty", "pleading not guilty",
                         "not guilty plea", "pleaded innocent", "pleads innocent"),
    "attack": ("attack", "strike$", "strikes$", "struck$", "striking$", "assault", "bombard", "shelling",
               "shelled$", "bombing", "bombed$", "airstrike", "air strike"),
    "missile": ("missile", "rocket"),
    "drone": ("drone", "uav$", "uavs$"),
    "resign": ("resign", "quit$", "quits$", "step down", "stepped down", "steps down", "stepping down"),
    "sanction": ("sanction", "penalt", "embargo"),
    "ban": ("ban$", "bans$", "banned$", "banning$", "prohibit", "outlaw"),
    "warn": ("warn", "caution"),
    "demand": ("demand", "call for", "calls for", "called for", "calling for", "insist"),
    "agree": ("agree", "accord$", "accords$", "deal$", "deals$"),
    "reject": ("reject", "refus", "rebuff", "dismiss", "turned down", "turns down", "turn down"),
    "rise": ("rise$", "rises$", "rose$", "risen$", "rising$", "increas", "climb", "jump", "surge",
             "soar"),
    "fall": ("fall$", "falls$", "fell$", "fallen$", "falling$", "decreas", "declin", "drop$", "drops$",
             "dropped$", "dropping$", "plung", "slump", "tumbl"),
    "buy": ("buy$", "buys$", "bought$", "buying$", "purchas", "acquire", "acquisition", "takeover",
            "take over"),
    "sell": ("sell$", "sells$", "sold$", "selling$"),
    "sue": ("sue$", "sues$", "sued$", "suing$", "lawsuit"),
    "investigate": ("investigat", "probe", "inquiry", "inquiries"),
    "elect": ("elect", "vote$", "votes$", "voted$", "voting$", "ballot"),
    "win": ("win$", "wins$", "won$", "winning$", "victor"),
    "lose": ("lose$", "loses$", "lost$", "losing$", "defeat"),
    "negotiate": ("negotiat", "peace talks"),
    "ceasefire": ("ceasefire", "cease-fire", "truce", "armistice"),
    "invade": ("invade", "invasion", "incursion"),
    "phone": ("phone", "telephone", "call$", "calls$", "spoke by"),
    "protest": ("protest", "demonstrat", "rally$", "rallies$", "march$", "marched$"),
    "fire": ("wildfire", "blaze", "fire$", "fires$"),
    "quake": ("earthquake", "quake", "tremor", "temblor", "aftershock"),
    "shoot": ("shooting", "shooter", "gunman", "gunmen", "gunfire", "shot$", "shoots$", "shoot$"),
    "release": ("release", "freed$", "frees$", "free$"),
    "announce": ("announce", "unveil"),
    "plan": ("plan$", "plans$", "planned$", "planning$", "intend", "proposal", "propose"),
    "leader": ("president", "premier", "prime minister", "chancellor", "leader"),
    "minister": ("minister", "secretary"),
}

# places: demonyms and the capitals and seats news uses for their governments
_PLACES: dict[str, tuple[str, ...]] = {
    "us": ("us$", "u s", "united states", "america$", "american", "washington$", "white house", "americans$"),
    "uk": ("uk$", "u k", "united kingdom", "britain", "british", "london$", "downing street", "whitehall"),
    "russia": ("russia", "moscow$", "kremlin"),
    "ukraine": ("ukrain", "kyiv", "kiev$"),
    "china": ("china$", "chinese$", "beijing$"),
    "france": ("france$", "french$", "paris$", "elysee"),
    "germany": ("germany$", "german$", "germans$", "berlin$"),
    "iran": ("iran$", "iranian", "tehran$"),
    "israel": ("israel",),
    "eu": ("eu$", "e u", "european union", "brussels$"),
    "un": ("un$", "u n", "united nations"),
    "japan": ("japan", "tokyo$"),
    "india": ("india$", "indian$", "indians$", "new delhi"),
    "turkey": ("turkey$", "turkish$", "ankara$"),
    "hungary": ("hungar", "budapest$"),
}


def _tables() -> tuple[dict[str, str], list[tuple[str, str]], dict[tuple[str, ...], str]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    phrases: dict[tuple[str, ...], str] = {}
    for table in (_FAMILIES, _PLACES):
        for concept, forms in table.items():
            for form in forms:
                if " " in form:
                    phrases[tuple(form.rstrip("$").split())] = concept
                elif form.endswith("$"):
                    exact[form[:-1]] = concept
                else:
                    prefixes.append((form, concept))
    prefixes.sort(key=lambda p: -len(p[0]))
    return exact, prefixes, phrases


_EXACT, _PREFIXES, _PHRASES = _tables()
_PREFIX_CONCEPT = dict(_PREFIXES)
_PREFIX = re.compile("|".join(re.escape(p) for p, _ in _PREFIXES))  # longest first: the first match wins
_PHRASE_STARTS = frozenset(p[0] for p in _PHRASES)
_LONGEST_PHRASE = max(len(p) for p in _PHRASES)


@lru_cache(maxsize=1 << 16)
def concept_of(word: str) -> str:
    """One normalised word's concept: its family, its place, or its stem."""
    found = _EXACT.get(word)
    if found is not None:
        return found
    m = _PREFIX.match(word)
    return _PREFIX_CONCEPT[m.group(0)] if m else stem(word)


# words that link a sentence's parts but say nothing of the event itself
_LINKING = frozenset("""
    according also amid among around despite due following including itself least many much
    near per regarding since toward towards upon via whether within without yet
""".split()) | frozenset(  # how a report is told, not what happened ("said" and "told" are stop words)
    """stated stating noted noting reiterated reiterates reiterating emphasized emphasised emphasizes
    emphasises stressed indicated remarked reportedly allegedly apparently clearly""".split())
# (not "added", "states", "notes": "employers added 150,000 jobs", "Twenty states sued", "senior notes")
DENIALS = frozenset("denied denies deny denying".split())
DENIAL_REACH = 6  # "denied that police had arrested": a denial covers its clause
NEGATIONS = DENIALS | frozenset(
    "not no never neither nor declined declines declining refused refuses refusing failed fails".split())
NEGATED = "not-"  # the prefix of a concept said not to be so ("postponed, not cancelled")
_FAMILY_NAMES = frozenset(_FAMILIES)
# what can be said not to have happened ("did not cancel", "declined to release"); things
# ("no missiles") and offices are not accounts of an event
_NEGATABLE = _FAMILY_NAMES - {"missile", "drone", "leader", "minister", "plan", "fire", "quake", "ceasefire",
                               "plead-guilty", "plead-not-guilty"}


def _contraction(word: str) -> bool:
    """he's, didn't, they're: a function word with its ending."""
    base, sep, _ = word.replace("’", "'").partition("'")
    return bool(sep) and (base in STOPWORDS or word.endswith("n't") or len(base) <= 2)


def _phrase_at(plain: Sequence[str], i: int) -> tuple[str, int] | None:
    """The concept of the longest phrase starting at word ``i`` and its length in words."""
    if plain[i] not in _PHRASE_STARTS:
        return None
    for size in range(min(_LONGEST_PHRASE, len(plain) - i), 1, -1):
        hit = _PHRASES.get(tuple(plain[i:i + size]))
        if hit is not None:
            return hit, size
    return None


def _not_a_negation(plain: Sequence[str], i: int) -> bool:
    """"not only ... but", "whether or not": a "not" that denies nothing."""
    nxt = plain[i + 1] if i + 1 < len(plain) else ""
    prev = plain[i - 1] if i else ""
    return plain[i] == "not" and (nxt == "only" or prev == "or")


def concept_spans(plain: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """(concept, first word, number of words) for each concept of a sentence's normalised
    words (:func:`briefing.text.words.words`): two-word phrases first ("called off", "united
    states"), stop words and one- or two-letter words left out (digits kept).  An event
    concept right after a negation (at most one word between; a denial's whole clause) is
    :data:`NEGATED`: "not cancelled" is not "cancelled"."""
    i, n = 0, len(plain)
    negated_until = -1
    while i < n:
        w = plain[i]
        phrase = _phrase_at(plain, i)
        concept: str | None = None
        if phrase is not None:
            concept, size = phrase
        else:
            size = 1
            if w in _EXACT:  # "us", "eu": short, and not stop words here
                concept = _EXACT[w]
            elif w.isdigit() or (len(w) > 2 and w not in STOPWORDS and w not in _LINKING and not _contraction(w)):
                concept = concept_of(w)
        if concept is not None:
            if i <= negated_until and concept in _NEGATABLE:
                concept = NEGATED + concept
            yield concept, i, size
        if (w in NEGATIONS or w.endswith("n't")) and not _not_a_negation(plain, i):
            negated_until = i + (DENIAL_REACH if w in DENIALS else 2)  # what follows, not the word ("refused")
        i += size


def concept_words(plain: Sequence[str]) -> list[str]:
    """The concepts of a sentence's normalised words, in order (:func:`concept_spans`)."""
    return [c for c, _, _ in concept_spans(plain)]


def surface(plain: Sequence[str], concept: str) -> str | None:
    """How a sentence words a concept ("called off" for cancel, "not canceled" for
    not-cancel), or None when it does not."""
    for c, i, size in concept_spans(plain):
        if c == concept:
            said = " ".join(plain[i:i + size])
            return f"not {said}" if c.startswith(NEGATED) else said
    return None


# accounts that cannot both be true of one event: they never merge (and are what outlets dispute)
CONFLICTS: tuple[tuple[str, str], ...] = (
    ("cancel", "postpone"), ("rise", "fall"), ("win", "lose"), ("agree", "reject"), ("buy", "sell"),
    ("plead-guilty", "plead-not-guilty"),
    *((c, NEGATED + c) for c in _NEGATABLE),
)

PLACE_CONCEPTS = frozenset(_PLACES)
ROLE_CONCEPTS = frozenset({"leader", "minister"})
# the families that say what happened (not who, and not the vaguest: "plan", "announce")
ACT_CONCEPTS = frozenset(_FAMILIES) - ROLE_CONCEPTS - {"plan", "announce"} | {NEGATED + c for c in _NEGATABLE}

"""Names of people and organisations: tokens, transliteration keys, role/name splitting.

``skeleton`` folds the spellings that transliteration produces (Sergey/Sergei,
Zelensky/Zelenskiy/Zelenskyy, Dmitry/Dmitriy, Aleksei/Alexei) to one key, so that one
person keeps one name across articles.  ``parse_name`` splits a capitalised phrase
("Russian Foreign Minister Sergey Lavrov") into its role and its name and says whether
it names a person, an organisation or a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from ..model import fast_pickle
from ..text.words import strip_accents
from .name_words import (
    BODY_AFTER_NAME,
    COMMON_CAPITALISED,
    COMPASS,
    COUNTRIES,
    DEMONYMS,
    DOCUMENT_WORDS,
    FIRM_WORDS,
    GEOGRAPHY,
    GIVEN_NAMES,
    HONORIFICS,
    LEGAL_FORMS,
    MEASURES,
    NAME_PARTICLES,
    NICKNAMES,
    ORG_HEADS,
    ORG_PHRASES,
    PLACED_NAMES,
    PLACES,
    ROLE_NOUNS,
    TITLE_WORDS,
)

Kind = Literal["person", "organisation", "place", "role"]

# A word (letters, digits, inner apostrophes, dots and hyphens) or one punctuation mark.
_TOKEN = re.compile(r"[\w’'.\-]+|[^\w\s]")
# the same, with the white space after it: every character not in a token is white space,
# so a token's position is the sum of the lengths before it (no match objects to ask)
_TOKEN_SPACE = re.compile(r"([\w’'.\-]+|[^\w\s])(\s*)")
_SPACE = re.compile(r"\s*")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?")
_NOT_LETTER = re.compile(r"[^a-z]")
_REPEAT = re.compile(r"(.)\1+")
_ABBREVIATIONS = HONORIFICS | frozenset(
    "sen. rep. gen. gov. lt. col. maj. capt. adm. sgt. st. jr. sr. prof. rev. hon. amb. dept. no. vs. inc. co. corp. ltd.".split()
)
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
# transliteration variants, applied in order to a lower-case, accent-free word
_TRANSLIT = (("shch", "sc"), ("sch", "sc"), ("kh", "h"), ("ks", "x"), ("ts", "c"), ("tz", "c"),
             ("ph", "f"), ("w", "v"), ("yo", "e"), ("ye", "e"), ("j", "y"), ("ck", "k"), ("y", "i"))

UNNAMED = "unnamed source"  # the speaker of a quote whose source the text does not name


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    low: str = ""  # the text in lower case


_make = tuple.__new__  # builds a Tok without NamedTuple's keyword handling (hot path)


# "R-Ky.", "D-N.Y.", "I-Vt." after a US lawmaker's name (a party's letter, a state's short form: not "T-Mobile.")
_PARTY_STATE = re.compile(r"[RDI]-(?:[A-Z][a-z]{0,3}|[A-Z]\.[A-Z])\.")


def is_abbreviation(word: str) -> bool:
    return word.lower() in _ABBREVIATIONS or bool(_DOTTED.fullmatch(word)) or bool(_PARTY_STATE.fullmatch(word))


def tokenize(text: str, lo: int = 0, hi: int | None = None) -> list[Tok]:
    """Words and punctuation of ``text[lo:hi]``; a full stop is split off a word unless
    the word is an abbreviation (Mr., U.S., Sen.)."""
    out: list[Tok] = []
    add = out.append
    end = len(text) if hi is None else hi
    pos = _SPACE.match(text, lo, end).end() if lo < end else lo  # type: ignore[union-attr]
    for t, space in _TOKEN_SPACE.findall(text, lo, end):
        s = pos
        e = s + len(t)
        pos = e + len(space)
        cut = _run_on(t) if "." in t[2:-1] else 0
        if cut:  # "said.Trump": two sentences run together
            add(_make(Tok, (t[:cut], s, s + cut, t[:cut].lower())))
            add(_make(Tok, (".", s + cut, s + cut + 1, ".")))
            t, s = t[cut + 1:], s + cut + 1
        if t[-1] == "." and len(t) > 1 and not is_abbreviation(t):
            core = t.rstrip(".")
            if core:
                add(_make(Tok, (core, s, s + len(core), core.lower())))
            add(_make(Tok, (t[len(core):], s + len(core), e, t[len(core):])))
        else:
            add(_make(Tok, (t, s, e, t.lower())))
    return out


def _run_on(word: str) -> int:
    """Where a full stop runs two sentences together inside ``word`` ("said.Trump": 4), or 0;
    never in an abbreviation ("U.S.Army") or a dotted name ("Node.js")."""
    i = word.find(".", 3)
    if i < 0 or not word[:i].isalpha() or not word[:i].islower() or is_abbreviation(word[: i + 1]):
        return 0  # ("Sen.Elizabeth", "vs.Trump": a title or an abbreviation before a name)
    if word[i + 1: i + 2].isupper() and word[i + 2: i + 3].islower():
        return i
    return 0


def strip_possessive(word: str) -> tuple[str, bool]:
    if "’" not in word and "'" not in word:
        return word, False
    for suffix in ("’s", "'s", "’S", "'S"):
        if word.endswith(suffix) and len(word) > 2:
            return word[: -len(suffix)], True
    if word.endswith(("s’", "s'")) and len(word) > 2:
        return word[:-1], True
    return word, False


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling-insensitive key for one name word: Sergey/Sergei -> "sergei"."""
    s = _NOT_LETTER.sub("", strip_accents(strip_possessive(word)[0]).lower())
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    return _REPEAT.sub(r"\1", s)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# a pronoun run into its verb: "We’re told", "I'm", "They’ve" (never a name, as "O'Neill" or "D'Amato" are)
_CONTRACTED = re.compile(r"(?:i|we|you|they|he|she|it|there|that|who|what|let)['’](?:re|m|ve|ll|d|s)", re.I)


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name (not "The", "However", "October", "We’re")."""
    w = word.lower()
    return (is_capitalised(word) and w not in COMMON_CAPITALISED and strip_possessive(w)[0] not in COMMON_CAPITALISED
            and not _CONTRACTED.fullmatch(w))


def _placed_name(name: Sequence[str], i: int) -> bool:
    """Whether ``name[i]``, a page label or an abbreviated date ("Read", "Jun"), is a name word
    here: written as a name, and alone (the attribution that read it placed it) or beside a
    name word that is not a dateline's capitals ("Ai Jun", not "BRUSSELS Jun")."""
    w = name[i]
    if w == "He":  # "Vice Premier Liu He": a name after a name word, never alone (the pronoun)
        return i > 0 and is_name_word(name[i - 1]) and not name[i - 1].isupper()
    if w.lower() not in PLACED_NAMES or not is_capitalised(w) or w.isupper():
        return False
    return len(name) == 1 or any(is_name_word(x) and not x.isupper() for k, x in enumerate(name) if k != i)


# an office about to be held, or held before: "Representative-elect", "Secretary-designate", "ex-President"
_TITLE_AFFIXES = ("-elect", "-designate")


def _is_title(word: str) -> bool:
    w = word.lower()
    if w.endswith(_TITLE_AFFIXES):
        w = w.rsplit("-", 1)[0]
    elif w.startswith("ex-"):
        w = w[3:]
    elif "-" in w and (w.rsplit("-", 1)[1] in TITLE_WORDS | ROLE_NOUNS or w.endswith("-born")):
        return True  # "Vice-President", "Under-secretary", "Vice-Chairman"; "Canadian-born"
    return w in TITLE_WORDS or w in ROLE_NOUNS or w in HONORIFICS


@fast_pickle
@dataclass(frozen=True, slots=True)
class NamePhrase:
    kind: Kind
    name: tuple[str, ...]  # the name words, possessive and honorifics removed
    role: str | None

    @property
    def text(self) -> str:
        return " ".join(self.name)


def place_key(words: Sequence[str]) -> str:
    return " ".join(strip_possessive(w)[0].lower() for w in words)


def is_org(words: Sequence[str]) -> bool:
    if not words:
        return False
    joined = place_key(words)
    last = strip_possessive(words[-1])[0]
    if joined in PLACES and joined not in ORG_PHRASES:
        return False  # "the Soviet Union": a country, though its last word names bodies
    if joined in ORG_PHRASES or last.lower() in ORG_HEADS:
        return True
    if " of " in joined and _body_of(joined):
        return True
    # an acronym (NATO, OSCE) that is not a place (US, UK)
    return (len(words) == 1 and 2 <= len(last) <= 6 and last.isupper() and last.isalpha() and joined not in PLACES
            and joined not in ROLE_NOUNS)  # ("CEO", "VP": a role)


_NOT_BODIES_OF = frozenset({"news", "watch"})


def _body_of(joined: str) -> bool:
    """Whether a lower-cased phrase "X of Y" is a body by the head before "of" ("bank of england",
    "university of chicago", "ministry of defence"): not "news of ..." or "house of cards", nor when a
    person follows ("bank of japan governor satoshi sumita", "services of mr ward")."""
    before, after = joined.split(" of ", 1)
    head = before.rsplit(" ", 1)[-1]
    if head not in ORG_HEADS or head in LEGAL_FORMS or head in _NOT_BODIES_OF:
        return False
    rest = after.split()
    return not any(w in ROLE_NOUNS or w in HONORIFICS or w.endswith(("'s", "’s")) or (
        _is_title(w) and len(rest) - k > 2) for k, w in enumerate(rest))


def is_place(words: Sequence[str]) -> bool:
    """A place, or a nationality standing alone ("Russian", "Russia-Ukraine"), or where words are
    posted ("Facebook", "Twitter"): nothing that speaks."""
    if not words:
        return False
    key = place_key(words)
    if key in PLACES or key in DEMONYMS:
        return True
    compass, _, rest = key.partition(" ")
    if compass in COMPASS and rest in PLACES:
        return True  # "West Germany", "South Africa", "Northern Ireland"
    if len(words) >= 2 and key.rsplit(" ", 1)[1] in ("city", "county") and words[-1][:1].isupper():
        return True  # "Atlantic City", "Gwinnett County"
    if len(words) == 1 and _demonym(key):
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(p in PLACES or p in DEMONYMS or _demonym(p) for p in parts)


def surname_like_place(word: str) -> bool:
    """Whether one word is a place only by a nationality's ending ("Cuban", "Kenyan"), which is also
    a surname ("Mark Cuban"): where the brief names such a person, the word is that person."""
    key = place_key([word])
    return key not in PLACES and key not in DEMONYMS and _demonym(key)


def _demonym(word: str) -> bool:
    """Whether a lower-case word is the adjective of a country or city the brief knows by its
    regular ending: Cuba -> Cuban, Colombia -> Colombian, Brazil -> Brazilian, Mexico -> Mexican,
    Yugoslavia -> Yugoslav, Iraq -> Iraqi, China -> Chinese."""
    if len(word) < 5 or not word.isalpha():
        return False
    stems = [word[:-1]] if word.endswith(("n", "i")) else []
    if word.endswith("ian"):
        stems.append(word[:-3])  # Brazil-ian, Egypt-ian
    if word.endswith("an"):
        stems.append(word[:-2] + "o")  # Mexic-o, Mexic-an
    if word.endswith("v"):
        stems.append(word + "ia")
    if word.endswith("ese"):
        stems += [word[:-3] + "a", word[:-3]]
    return any(s in COUNTRIES for s in stems if len(s) > 3)


_AFFILIATIONS = frozenset(
    "republican republicans democrat democrats democratic independent independents conservative conservatives "
    "liberal liberals libertarian socialist tory tories".split()
)


PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z]{1,4}\.?")  # "D-Md.", "R-Wis.": a US lawmaker's party and state


_NO_ONE_ALONE = frozenset({"People", "Initiative", "Programme", "Program"})


def parse_name(words: Sequence[str]) -> NamePhrase | None:
    """Role and name of a capitalised phrase, or None when it names nothing."""
    ws = [w for w in words if w]
    while ws and ws[0].lower() in ("the", "a", "an"):
        ws = ws[1:]
    if not ws or len(ws) > 10:
        return None
    if len(ws) == 1 and PARTY_TAG.fullmatch(ws[0]):
        return None  # "D-Md.", "R-Va.": a congressman's party and state, no one's name
    last = strip_possessive(ws[-1])[0].lower()
    if len(ws) == 1 and strip_possessive(ws[0])[0] in _NO_ONE_ALONE:
        return None  # a sentence's "People ...", a bare "Initiative" (not "People's Bank of China", "World Food Programme")
    if last in DOCUMENT_WORDS and not (len(ws) == 1 and ws[0].isupper()):
        return None  # "the Louvre Agreement", "the Clean Air Act": a text, no one who acts
    if last in GEOGRAPHY and "of" not in ws[1:] and not (len(ws) == 2 and ws[0].lower() in GIVEN_NAMES):
        return NamePhrase("place", tuple(ws), None)  # "the Gulf", "the Taiwan Strait" (not "George Strait")
    if all(strip_possessive(w)[0].lower() in MEASURES for w in ws) or (
            len(ws) == 1 and strip_possessive(ws[0])[0].lower() in LEGAL_FORMS):
        return None  # "Co", "Inc.": a legal form left alone; "GDP", "GMT": a measure's initials, no body
    if is_org(ws):
        return NamePhrase("organisation", tuple(ws), None)
    if is_place(ws):
        return NamePhrase("place", tuple(ws), None)
    if len(ws) >= 2 and ws[-1] in BODY_AFTER_NAME and is_name_word(ws[-2]):
        return NamePhrase("organisation", tuple(ws), None)  # "the Trump campaign", "the Obama administration"
    for i in range(len(ws) - 2, -1, -1):
        if strip_possessive(ws[i])[1]:  # "The Post's Dana Milbank": the owner is where the person is from
            owned = parse_name(ws[i + 1:])
            if owned is not None and owned.kind == "person":
                return NamePhrase("person", owned.name, " ".join([*ws[: i + 1], *(owned.role or "").split()]))
            break
    last_title = -1
    for i, w in enumerate(ws):
        if _is_title(w):
            last_title = i
    name = [w for w in ws[last_title + 1:]]
    role_words = [w for w in ws[: last_title + 1] if w.lower() not in HONORIFICS]
    while len(name) > 2 and name[0].lower() in _AFFILIATIONS and name[1].lower() in GIVEN_NAMES:
        name.pop(0)  # "Republican Donald Trump", "Democrat Hillary Clinton": a party (no role of its own), then the name
    while role_words and role_words[0].lower().endswith("ing") and not _is_title(role_words[0]):
        role_words = role_words[1:]  # "Saying President Obama …": the sentence's verb, not the role
    if len(role_words) > 2 and role_words[1] in ("of", "for", "to") and role_words[0].lower().endswith("s") and (
            not role_words[0].lower().endswith("ss")):
        role_words = role_words[2:]  # "Representatives of U.S. Treasury Secretary Steven Mnuchin": others, his role after
    role = " ".join(role_words) or None
    if not name or name[-1].lower() in _AFFILIATIONS:
        # "the Wisconsin Republican", "a Texas Democrat": a description, not a name
        return NamePhrase("role", (), role if not name else " ".join(ws))
    inner_ok = all(is_name_word(w) or _placed_name(name, i)
                   or (0 < i < len(name) - 1 and w.lower() in NAME_PARTICLES)
                   for i, w in enumerate(name))
    if not inner_ok or len(name) > 6:
        return None
    name[-1] = strip_possessive(name[-1])[0]
    if len(name) == 1 and name[0] in _NO_ONE_ALONE:
        return None  # "Strategic Defence Initiative": no "Initiative" titled "Strategic Defence"
    if len(name) == 1 and len(name[0].rstrip(".")) < 2:
        return None  # "<C>", a ticker; "J.": an initial alone names no one
    firm = [i for i, w in enumerate(name) if strip_possessive(w)[0].lower() in FIRM_WORDS]
    if firm and not (len(name) == 2 and firm == [1] and name[0].lower() in GIVEN_NAMES):  # ("Elizabeth Banks")
        given = next((k for k in range(firm[-1] + 1, len(name) - 1) if name[k].lower() in GIVEN_NAMES), None)
        if given is not None:  # "Treasury Secertary James Baker" (a misspelt title), "Trust Donald Trump …": the person
            return NamePhrase("person", tuple(name[given:]), None)
        if len(ws) == 1:  # "the Community", "United", "Investors": a body named before, if any (a bare head)
            return NamePhrase("organisation", tuple(ws), None)
        # "Warburg Securities", "Federal Reserve"; "General Motors" whole, its first word no title
        return NamePhrase("organisation", tuple(ws[:-1]) + (name[-1],), None)
    return NamePhrase("person", tuple(name), role)


_GIVEN_PARTICLES = frozenset({"Ben", "Al"})  # capitalised, these open a name as given names


def person_key(name: Sequence[str]) -> tuple[str, str]:
    """(first-name key, surname key) of a person's name words; first is "" for a surname alone."""
    return _person_key(tuple(name))


@lru_cache(maxsize=65536)
def _person_key(name: tuple[str, ...]) -> tuple[str, str]:
    ws = [w for w in name if w.lower() not in _SUFFIXES]
    if not ws:
        return "", ""
    last = skeleton(ws[-1])
    # "Von der Leyen": a surname; but "Ben Carson" and "Al Gore" open with given names
    given = ws[0] if len(ws) > 1 and (ws[0].lower() not in NAME_PARTICLES or ws[0] in _GIVEN_PARTICLES) else ""
    first = skeleton(NICKNAMES.get(given.lower(), given)) if len(given.rstrip(".")) > 1 else ""
    return first, last


_ORG_SPELLING = {"defense": "defence", "organization": "organisation", "center": "centre", "u.s.": "us"}


def org_key(words: Sequence[str]) -> str:
    """One key for the spellings of an organisation: "Russia's Defence Ministry",
    "the Russian Defense Ministry" and "Russia's Ministry of Defence" -> "russia defence ministry"."""
    return _org_key(tuple(words))


@lru_cache(maxsize=65536)
def _org_key(words: tuple[str, ...]) -> str:
    ws = [strip_possessive(strip_accents(w).lower())[0] for w in words]
    while ws and ws[0] == "the":
        ws = ws[1:]
    ws = [_ORG_SPELLING.get(DEMONYMS.get(w, w), DEMONYMS.get(w, w)) for w in ws]
    if "of" in ws:  # "ministry of defence" -> "defence ministry"
        i = ws.index("of")
        if 0 < i < len(ws) - 1 and ws[i - 1] in ORG_HEADS:
            ws = ws[: i - 1] + ws[i + 1:] + [ws[i - 1]]
    return " ".join(ws)

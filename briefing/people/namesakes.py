"""Telling namesakes apart: how a mention's surname, title, honorific and place compare with the
people the name book knows (:mod:`.namebook`), and which of a person's roles to show."""

from __future__ import annotations

from collections.abc import Mapping

from ..text.words import normalize
from .name_words import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES, NAME_PARTICLES


def particle_led(spelling: str) -> bool:
    """A name that opens with a particle ("De Gaulle", "Von der Leyen"), not an initial ("J. Smith")."""
    words = spelling.split()
    return len(words) > 1 and words[0].lower() in NAME_PARTICLES


def fold_quote(word: str) -> str:
    """A surname as compared with how another mention writes it: case, accents and apostrophe
    style aside ("O’Malley", "O'MALLEY"; "García", "Garcia")."""
    return normalize(word).removesuffix("'s")


_UNTITLED = frozenset("the a an of for and former acting deputy vice u.s. us".split())


def shares_title(role: str, roles: Mapping[str, int]) -> bool:
    """Whether a mention's ``role`` ("Treasury Secretary") shares a title word with a role the brief
    gives this person."""
    words = {w.strip(".,").lower() for w in role.split()} - _UNTITLED
    return any(words & ({w.strip(".,").lower() for w in r.split()} - _UNTITLED) for r in roles)


def given(spelled: str) -> bool:
    """Whether a full name as printed reads as one: a common given name and a surname, an initial
    between at most ("Amy Schumer", "George W. Bush"; not "Super Bowl" nor a title-case headline's
    "Hillary Clinton Slams Donald Trump")."""
    words = spelled.split()
    return 2 <= len(words) <= 3 and words[0].lower() in GIVEN_NAMES


def plausible(spelled: str) -> bool:
    """Whether a full name as printed may be someone's: :func:`given`, or a given name and a surname
    ("Grant Young", "Ammon Bundy"), a middle initial between at most ("John Q. Public"); not a
    title-case run ("Washington Post Trump", "Hillary Clinton Slams Donald Trump")."""
    words = spelled.split()
    return given(spelled) or len(words) == 2 or (len(words) == 3 and len(words[1].rstrip(".")) == 1)


def given_gender(spelled: str) -> str | None:
    """"female" or "male" when a full name as printed opens with a common given name that says so
    ("Ruth Bader Ginsburg"), else None (a surname alone says nothing)."""
    first = spelled.split(" ", 1)[0].lower() if " " in spelled else ""
    return "female" if first in FEMALE_NAMES else "male" if first in MALE_NAMES else None


def gender_fits(spelled: str, gender: str | None) -> bool:
    """Whether a full name as printed may be of ``gender`` ("female" for "Mrs. Clinton": not Bill Clinton)."""
    return gender is None or given_gender(spelled) in (None, gender)


def best_role(roles: Mapping[str, int]) -> str | None:
    """The most supported role; a general role ("Foreign Minister") supports the more
    specific ones that end with it ("Russian Foreign Minister")."""
    if not roles:
        return None
    low = {r: r.lower() for r in roles}

    def support(r: str) -> tuple[int, int]:
        return sum(n for r2, n in roles.items() if low[r].endswith(low[r2])), len(r)

    return max(roles, key=support)

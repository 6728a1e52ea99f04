"""Speaker phrases as printed: "Foreign Minister Lavrov", "he", "who", "one source",
"a senior EU diplomat", "the Ukrainian leader", read backwards from a verb or forwards
from it, over a bounded list of tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..people.name_words import (
    BODY_AFTER_NAME,
    HONORIFICS,
    MODAL_FILLERS,
    NAME_PARTICLES,
    PLACED_NAMES,
    PLATFORMS,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    UNNAMED_HEADS,
    US_STATES,
    VERB_FILLERS,
)
from ..people.names import Tok, is_abbreviation, is_name_word

RefKind = Literal["name", "pronoun", "relative", "unnamed", "role"]
QTOK = "\x00Q"  # a quotation inside a token window


def is_quote(t: Tok) -> bool:
    return t.text.startswith(QTOK)


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    kind: RefKind
    words: tuple[str, ...]
    pos: int  # where the phrase starts in the paragraph
    verb: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """An attribution: the speaker phrase and its rank (the lower, the more direct)."""

    ref: SpeakerRef
    rank: int


def speakerish(t: Tok) -> bool:
    w = t.text
    if not w or is_quote(t) or not (w[0].isalnum()):
        return False
    low = t.low
    if low in ROLE_NOUNS or low in ROLE_MODIFIERS or low in UNNAMED_HEADS:
        return True
    return w[0].isupper() and (is_name_word(w) or low in HONORIFICS or is_abbreviation(w))


def filler(t: Tok) -> bool:
    low = t.low
    return (low in VERB_FILLERS or low == "long" or (low in MODAL_FILLERS and t.text.islower())
            or (len(low) > 3 and low.endswith("ly") and low.isalpha() and t.text.islower()))


def interpret(words: Sequence[Tok]) -> SpeakerRef | None:
    if not words or all(w.low in _GAP_STOP and not is_name_word(w.text) for w in words):  # ("Will" is a name)
        return None  # "The", "A": no one
    texts = tuple(w.text for w in words)
    lows = [w.low for w in words]
    pos = words[0].start
    head = words[-1]
    head_lower = head.text[0].islower()
    if lows[-1] in UNNAMED_HEADS and lows[-1].endswith("s") and all(
            x in UNNAMED_HEADS or x in ROLE_MODIFIERS or x in QUANTIFIERS for x in lows):
        head_lower = True  # "Analysts said", "Officials said" at the start of a sentence
    if lows[0] in QUANTIFIERS or (head_lower and lows[-1] in UNNAMED_HEADS and lows[0] != "the"):
        if not head_lower or (lows[-1] not in UNNAMED_HEADS and lows[-1] not in ROLE_NOUNS):
            return None
        if len(words) == 1 and not lows[0].endswith("s"):
            return None  # "in person", "the aide": not a source
        role_words = texts[1:] if lows[0] in QUANTIFIERS else texts
        return SpeakerRef("unnamed", texts, pos, role=" ".join(role_words) or None)
    if head_lower and lows[-1] in BODY_AFTER_NAME and len(words) > 1 and words[-2].text[:1].isupper():
        return SpeakerRef("name", texts, pos)  # "the Trump campaign": parsed as an organisation
    if head_lower:
        if lows[-1] not in ROLE_NOUNS and lows[-1] not in UNNAMED_HEADS:
            return None
        body = texts[1:] if lows[0] == "the" else texts
        if lows[-1] in UNNAMED_HEADS and lows[-1] not in ROLE_NOUNS:
            return SpeakerRef("unnamed", texts, pos, role=" ".join(body))
        return SpeakerRef("role", body, pos, role=" ".join(body))
    key = " ".join(lows)
    if key in PLATFORMS or key in US_STATES:
        return None  # "on Facebook", "a congressman from Tennessee": where, not who ("Russia said" stays)
    return SpeakerRef("name", texts, pos)


def parse_back(toks: Sequence[Tok], j: int, floor: int = 0) -> SpeakerRef | None:
    """The speaker phrase that ends at ``toks[j]``."""
    if j < floor:
        return None
    t = toks[j]
    if t.low in PRONOUNS:
        return SpeakerRef("pronoun", (t.low,), t.start)
    if t.low == "who":
        return SpeakerRef("relative", ("who",), t.start)
    words: list[Tok] = []
    k = j
    while k >= floor and len(words) < 9:
        t = toks[k]
        if speakerish(t):
            words.append(t)
        elif (t.low == "of" or t.low in NAME_PARTICLES) and words and k - 1 >= floor and (
                speakerish(toks[k - 1]) or toks[k - 1].low in NAME_PARTICLES):
            words.append(t)
        elif t.low in ("the", "a", "an") or t.low in QUANTIFIERS:
            words.append(t)
            break
        else:
            break
        k -= 1
    words.reverse()
    return interpret(words)


def _unnamed_head(toks: Sequence[Tok], j: int, words: Sequence[Tok]) -> int | None:
    """Where an unnamed source's head stands after lower-case nouns that modify it, in a
    phrase opened by an article or a number ("a senior administration official said", "two
    campaign aides said"): within two words of ``toks[j]``, or None."""
    if not words or (words[0].low not in ("a", "an") and words[0].low not in QUANTIFIERS) or any(
            w.text[:1].isupper() or w.low in UNNAMED_HEADS or w.low in ROLE_NOUNS for w in words[1:]):
        return None  # (no article, or a whole phrase already: "A spokeswoman reminded voters")
    for m in range(j, min(len(toks), j + 3)):
        t = toks[m]
        if m > j and t.low in UNNAMED_HEADS and t.text.isalpha() and t.text.islower():
            gap = toks[j:m]
            after = toks[m + 1] if m + 1 < len(toks) else None  # the head ends the phrase: "... expert said"
            ends = after is None or not (after.text.isalpha() and after.text.islower()) or after.low in _GAP_STOP \
                or after.low in SPEECH_VERBS or filler(after)
            return m if all(_noun_modifier(g, k, gap, len(words) == 1, ends) for k, g in enumerate(gap)) else None
        if not (t.text.isalpha() and t.text.islower()) or t.low in _GAP_STOP:
            return None
    return None


def _noun_modifier(t: Tok, k: int, gap: Sequence[Tok], bare: bool, ends: bool) -> bool:
    """Whether ``t``, the ``k``-th word between an article and an unnamed source's head, can
    only be a modifier ("campaign aides", "an unnamed source", "a customs source"), never a
    verb: an "-ed" word right after the bare article or after an adverb ("an informed source",
    "a highly placed source"; not "A judge ordered officials"), a plural first of all ("a
    customs source") or before a head that ends the phrase (``ends``: "a human rights expert
    said"; not "A video shows resident volunteers"); never a preposition or a time word."""
    low = t.low
    if not (t.text.isalpha() and t.text.islower()) or low in _GAP_STOP or low in _NOT_MODIFIERS:
        return False
    before = gap[k - 1].low if k else ""
    if low.endswith("ed") and not ((k == 0 and bare) or before.endswith("ly") or before == "well"):
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us", "is")) and k > 0 and not ends)


_NOT_MODIFIERS = frozenset("of later earlier ago lot number couple few week day month year who".split())


_OWNERS = frozenset("the his her its their our".split())


def parse_forward(toks: Sequence[Tok], i: int) -> tuple[SpeakerRef | None, int]:
    """The speaker phrase that starts at ``toks[i]`` and the index after it."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t.low in PRONOUNS:
        return SpeakerRef("pronoun", (t.low,), t.start), i + 1
    if t.low == "one" and i + 3 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low in _OWNERS:
        group, end = parse_forward(toks, i + 3)  # "one of the Pentagon officials", "one of his aides": one of them
        if group is not None and group.kind in ("unnamed", "role") and group.role and group.role.endswith("s"):
            return SpeakerRef("unnamed", (t.text, *group.words), t.start, role=group.role[:-1]), end
    words: list[Tok] = []
    j = i
    if t.low in ("the", "a", "an") or t.low in QUANTIFIERS:
        words.append(t)
        j += 1
        # "the four-term congressman", "the veteran lawmaker": lower-case words before a role noun
        m = j
        while m < len(toks) and m - j < 3 and ((
                toks[m].text.islower() and toks[m].text.replace("-", "").isalpha() and toks[m].low not in ROLE_NOUNS
                and toks[m].low not in ROLE_MODIFIERS and toks[m].low not in _GAP_STOP)
                or (m > j and toks[m].text.isupper() and len(toks[m].text) <= 5
                    and not any(x.low in ("other", "another") for x in toks[j:m]))):  # "the presumptive GOP nominee"
            m += 1
        if m > j and m < len(toks) and (toks[m].low in ROLE_NOUNS or toks[m].low in ROLE_MODIFIERS) \
                and toks[m].text.islower():
            words.extend(toks[j:m])
            j = m
    while j < len(toks) and len(words) < 9:
        t = toks[j]
        if speakerish(t) or _label_name(toks, j, bool(words) and words[-1].text[:1].isupper()
                                        and words[-1].low not in ("the", "a", "an")) or (
                (t.low == "of" or t.low in NAME_PARTICLES) and words and j + 1 < len(toks)
                and (speakerish(toks[j + 1]) or toks[j + 1].low in NAME_PARTICLES)):
            words.append(t)
            j += 1
        elif (head := _unnamed_head(toks, j, words)) is not None:
            words.extend(toks[j:head + 1])  # "a senior administration official", "two campaign aides"
            j = head + 1
            break
        else:
            break
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if (j < len(toks) and toks[j].low in BODY_AFTER_NAME and toks[j].text.islower() and words
            and words[-1].text[:1].isupper() and nxt is not None and nxt.low in UNNAMED_HEADS and nxt.text.islower()
            and nxt.low not in ROLE_NOUNS):
        return interpret([*words, toks[j], nxt]), j + 2  # "Obama administration officials": unnamed
    if (j < len(toks) and toks[j].low in BODY_AFTER_NAME and toks[j].text.islower() and words
            and words[-1].text[:1].isupper()
            and (nxt is None or not nxt.text.isalpha() or not nxt.text.islower() or nxt.low in SPEECH_VERBS or filler(nxt))
            and not (nxt is not None and (nxt.low in ROLE_NOUNS or nxt.low in ROLE_MODIFIERS))):
        words.append(toks[j])  # "the Trump campaign", "the Obama administration"
        j += 1
    return interpret(words), j


def _label_name(toks: Sequence[Tok], j: int, after_name: bool) -> bool:
    """Whether a page label word at ``toks[j]`` is a name here: capitalised, after a name word
    ("Human Rights Watch") or right before a speech verb ("“…,” Read said")."""
    t = toks[j]
    if t.text == "He":
        return after_name  # "Vice Premier Liu He" (a capitalised "He" alone is the pronoun)
    return t.low in PLACED_NAMES and t.text[:1].isupper() and not t.text.isupper() and (
        after_name or (j + 1 < len(toks) and toks[j + 1].low in SPEECH_VERBS))


def with_verb(ref: SpeakerRef, verb: str, role: str | None = None) -> SpeakerRef:
    return replace(ref, verb=verb, role=role if role is not None else ref.role)


# words that cannot stand between a role and the name it introduces ("retired neurosurgeon Ben
# Carson", "Sanders campaign manager Jeff Weaver", "host Bill Maher"): they open a clause or a
# phrase of their own
_GAP_STOP = frozenset(
    "at on in to for with by from about after before during when while who whom whose which that and or "
    "but as than if because is was are were be been being has have had will would can could should may "
    "might must do does did not no the a an this these those his her its their our your my until unless "
    "since though although whereas where once so yet then even just only like into onto over under against "
    "between among through via upon".split()
) | PRONOUNS | SPEECH_VERBS
MAX_ROLE_GAP = 5  # lower-case words of a role before the name


def role_then_name(toks: Sequence[Tok], i: int) -> tuple[SpeakerRef | None, int]:
    """A name after the role that introduces it, starting at ``toks[i]``: "retired neurosurgeon
    Ben Carson", "Sanders campaign manager Jeff Weaver", "actress Jamie Lee Curtis"; the name with
    the role, and the index after it.  (None, i) when no such phrase starts there."""
    j = i
    role: list[str] = []
    lower = 0
    if j < len(toks) and toks[j].low in ("the", "a", "an"):
        j += 1
    while j < len(toks) and len(role) < MAX_ROLE_GAP + 3:
        t = toks[j]
        w = t.text
        if w == "/" and role and role[-1].isdigit() and j + 1 < len(toks) and toks[j + 1].text.isdigit():
            role[-1] += "/" + toks[j + 1].text  # "9/11 widow Terry Strada"
            j += 2
            continue
        if not w[:1].isalnum() or t.low in _GAP_STOP or is_quote(t):
            return None, i
        if w[0].islower():
            if t.low == "of" and role and all(r[:1].isupper() and r.lower() not in ROLE_NOUNS and r.lower() not in TITLE_WORDS
                                              for r in role):
                return None, i  # "said Vahid Fathi of Prescott Ball": a name and where from, not a role
            lower += 1
            if lower > MAX_ROLE_GAP:
                return None, i
        elif lower:  # a capital after the role's lower-case words: the name starts here
            ref, end = parse_forward(toks, j)
            if ref is None or ref.kind != "name" or ref.words[-1].endswith(("’s", "'s", "s’", "s'")):
                return None, i  # "Kasich bemoaned America's reputation": an owner, not a name after its role
            if (end + 1 < len(toks) and toks[end].low in ROLE_NOUNS and toks[end].text.islower()
                    and toks[end + 1].text[:1].isupper()):
                # "former George W. Bush speechwriter Noam Neusner": the first name is part of the role
                role += [*ref.words, toks[end].text]
                j = end + 1
                continue
            return SpeakerRef("name", ref.words, ref.pos, role=" ".join(role)), end
        role.append(w)
        j += 1
    return None, i

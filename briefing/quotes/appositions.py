"""The speaker before an aside: appositions and the phrases around a speaker's name.

"Mark Rutte, the head of NATO, said", "Sanders, meanwhile, who sits at zero endorsements,
said", "Jean-Marc Ayrault, the foreign minister of France, a permanent member of …, said",
"Mr. Morgan of the Sierra Club said", "Anton Berg, president and CEO of the … Association
stated": read backwards from the verb, the name a quote belongs to, not the place, role or
organisation next to the verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..people.name_words import TITLE_WORDS
from ..people.names import PARTY_TAG, Tok, parse_name
from .phrases import SpeakerRef, filler, is_quote, parse_back
from .windows import ENDS, MAX_APPOSITIVE, aside_before, speech_verb

# prepositions before a name that is where or to whom something was said, not who said it ("of"
# "for", "from" and "with" are left out: "the president of the Teachers' Federation", "a spokesman
# for Sanders", "the senator from Vermont", "with Gorka noting")
_PREPOSITIONS = frozenset("on in to at about against into onto via toward towards".split())
_OPENERS = frozenset("however but and meanwhile still yet also , —".split())  # before a sentence's subject
_ASIDE_WORDS = frozenset("meanwhile however though too instead moreover likewise".split())


def where(ref: SpeakerRef) -> bool:
    """A phrase that names no one: a place ("France"), or a role of somewhere ("the foreign
    minister of France")."""
    phrase = parse_name(ref.words)
    return phrase is None or phrase.kind in ("place", "role")


def closes_with_comma(text: str, t: Tok) -> bool:
    """A quotation whose own last mark is a comma: “reporter,” in 'needled the CNN “reporter,” saying'."""
    return text[t.start:t.end].rstrip(" ”\"’'»").endswith(",")


def person_of(toks: Sequence[Tok], ref: SpeakerRef) -> SpeakerRef:
    """The name before "of" when ``ref`` is only where its speaker is from: "Mr. Morgan of the
    Sierra Club said" read backwards from "said" stops at "the Sierra Club"; and the name before
    an unclosed apposition: "Anthony Anton, president and CEO of the Restaurant Association stated"."""
    i = next((c for c, t in enumerate(toks) if t.start == ref.pos), None)
    if i is None:
        return ref
    if i >= 2 and toks[i - 1].low == "of" and toks[i - 2].text[:1].isupper() and toks[i - 2].low not in TITLE_WORDS:
        named = parse_back(toks, i - 2)
        return named if named is not None and named.kind == "name" else ref
    of_role = i >= 2 and toks[i - 1].low in ("of", "for") and toks[i - 2].low in TITLE_WORDS  # "…, president of the Union"
    if of_role or ("of" in ref.words[1:] and ref.words[0].lower() in TITLE_WORDS):
        c = i - 2 if of_role else i - 1  # back over the role's own words ("president and") to the comma after the name
        while c > 0 and i - c < 7 and ((toks[c].text.islower() and toks[c].text.isalpha()) or toks[c].low in TITLE_WORDS):
            c -= 1
        if c >= 1 and toks[c].text == ",":
            named = parse_back(toks, aside_before(toks, c - 1))
            # the name opens the sentence: "Responding to Mayor Hale, a spokesman for Sanders said" is the spokesman
            first = next((x for x, t in enumerate(toks) if named is not None and t.start == named.pos), -1)
            opens = first == 0 or (0 < first <= 2 and all(t.low in _OPENERS for t in toks[:first]))
            if named is not None and named.kind == "name" and "of" not in named.words and opens:
                return named
        if of_role and toks[c + 1 if toks[c].text == "," else c].low in ("a", "an", "one"):
            # "a spokesman for Sanders said": an unnamed source, not Sanders
            start = c + 1 if toks[c].text == "," else c
            words = tuple(t.text for t in toks[start:i]) + ref.words
            return SpeakerRef("unnamed", words, toks[start].start, ref.verb, " ".join(words[1:]))
    return ref


def object_of_preposition(toks: Sequence[Tok], ref: SpeakerRef) -> bool:
    """Whether the phrase ``ref`` follows a preposition ("on Facebook", "to Fox News")."""
    for i, t in enumerate(toks):
        if t.start == ref.pos:
            # inside a name the preposition is the name's own ("The Council on American-Islamic Relations")
            return i > 1 and toks[i - 1].low in _PREPOSITIONS and not toks[i - 2].text[:1].isupper()
    return False


def before_parenthesis(toks: Sequence[Tok], k: int) -> SpeakerRef | None:
    """The speaker before a comma-enclosed aside that ends at ``toks[k]``: "X, Name, said",
    "A senior diplomat, speaking on condition of anonymity, said"."""
    opening = next((c for c in range(k - 1, max(-1, k - MAX_APPOSITIVE), -1) if toks[c].text == ","), None)
    if opening is not None and opening + 1 < k and toks[opening + 1].text[:1].islower() and (
            toks[opening + 1].low not in ("the", "a", "an")
            or (opening + 2 < k and toks[opening + 2].text[:1].islower())):
        # the aside is a clause of its own ("Bernie Sanders, celebrating a victory in …, is
        # pledging"; "A Warren adviser, who spoke on condition of anonymity, said"): the
        # speaker stands before it, and before a short aside of its own ("Sanders, meanwhile, who
        # sits at zero endorsements, said")
        before = opening - 1
        if before >= 2 and (filler(toks[before]) or toks[before].low in _ASIDE_WORDS
                            or PARTY_TAG.fullmatch(toks[before].text)) and toks[before - 1].text == ",":
            before -= 2  # ("Sanders, meanwhile, who …", "Jim Jordan, R-Ohio, the top Republican on …")
        found = parse_back(toks, aside_before(toks, before)) if before >= 0 else None
        if found is not None and where(found):
            # "Jean-Marc Ayrault, the foreign minister of France, a permanent member of …, said": an
            # earlier apposition ends in a place; the speaker stands before that one
            first = next((c for c, x in enumerate(toks) if x.start == found.pos), 0)
            prior = next((c for c in range(first - 1, max(-1, first - MAX_APPOSITIVE), -1)
                          if toks[c].text == "," or is_quote(toks[c]) or toks[c].text in ENDS), None)
            if prior is not None and prior >= 1 and toks[prior].text == "," and toks[prior + 1].low in ("the", "a", "an"):
                named = parse_back(toks, aside_before(toks, prior - 1))
                if named is not None and not where(named):
                    return named
        return found
    if opening is not None and opening + 2 == k and opening >= 1 and toks[opening - 1].text[:1].isupper():
        # "Clinton, during a town hall meeting in Columbus, Ohio, said": "Town, State" inside the
        # aside; the aside opens at an earlier comma with a lower-case word
        for c in range(opening - 1, max(0, k - MAX_APPOSITIVE), -1):
            if toks[c].text in ENDS or is_quote(toks[c]):
                break
            if (toks[c].text == "," and c + 1 < k and toks[c + 1].text[:1].islower()
                    and toks[c + 1].low not in ("the", "a", "an", "and", "or")):
                earlier = parse_back(toks, aside_before(toks, c - 1)) if c >= 1 else None
                if earlier is not None and earlier.kind in ("name", "unnamed"):
                    return earlier
                break
    ref = parse_back(toks, aside_before(toks, k - 1)) if k >= 1 else None
    if ref is not None and ref.kind in ("name", "unnamed"):
        if _after_preposition(toks, ref):
            # "Jim Jordan, R-Ohio, Trump's closest ally in the House, said": a name after a
            # preposition is inside the aside; the one named before the aside's comma speaks
            stop = next((c for c in range(k - 1, max(-1, k - 16), -1)
                         if toks[c].text in (",", *ENDS) or is_quote(toks[c])), None)
            named = _before_comma(toks, stop) if stop is not None and toks[stop].text == "," else None
            if named is not None and named.kind == "name" and not _after_preposition(toks, named):
                return named
        return ref
    for c in range(k - 1, max(-1, k - 16), -1):
        if toks[c].text == ",":
            return _before_comma(toks, c)
        if toks[c].text in ENDS or is_quote(toks[c]):
            return None
    return None


# words that open a sentence before a comma without being anyone: "Unlike Obama, the senator said"
_OPENING_WORDS = frozenset("unlike like despite asked after before since while although though as with without "
                           "indeed separately therefore however meanwhile moreover instead still yet".split())
_LEAD_PHRASES = frozenset("on in at later earlier meanwhile then yesterday today tonight separately".split())
_ASIDE_PREPOSITIONS = frozenset("in of at on for from to by against into under over across".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WHEN_PREPS = frozenset("on during at in after before last this earlier".split())


def _before_comma(toks: Sequence[Tok], c: int) -> SpeakerRef | None:
    """The phrase that ends before the comma ``toks[c]``, past a party tag or a bracketed aside
    ("Jim Jordan, R-Ohio,", "Ann Marsh (D-Md.),")."""
    back = aside_before(toks, c)
    end = aside_before(toks, c - 1) if back == c else back
    return parse_back(toks, end) if end >= 0 else None


def _after_preposition(toks: Sequence[Tok], ref: SpeakerRef) -> bool:
    """Whether a name is the object of a preposition ("ally in the House", "head of NATO")."""
    first = next((c for c, x in enumerate(toks) if x.start == ref.pos), 0)
    if first >= 1 and toks[first - 1].low == "the" and ref.words[0].lower() != "the":
        first -= 1
    return first >= 1 and toks[first - 1].low in _ASIDE_PREPOSITIONS and toks[first - 1].text.islower()


def named_before(pre: Sequence[Tok], ref: SpeakerRef) -> SpeakerRef:
    """The person a role closed by a comma stands in apposition to, when that person opens the
    sentence ("Tad Devine, Sanders's chief strategist, said"), with that role; else the role
    ("The police arrested Smith, a spokesman said", "Indeed, a senior aide said", "Unlike Obama,
    the senator said": the role is who speaks)."""
    first = next((c for c, x in enumerate(pre) if x.start == ref.pos), None)
    if first is None or first < 2 or pre[first - 1].text != ",":
        return ref
    named = _before_comma(pre, first - 1)
    if named is None or named.kind != "name" or len(named.words) < 2 or named.words[0].lower() in _OPENING_WORDS:
        return ref
    start = next((c for c, x in enumerate(pre) if x.start == named.pos), None)
    opened = start == 0 or (start == 1 and pre[0].low in ("and", "but", "so")) or (
        # "On Sunday, Tad Devine, …": after a phrase of when or how that opens the sentence
        start is not None and 2 <= start <= 6 and pre[start - 1].text == "," and pre[0].low in _LEAD_PHRASES
        and not any(x.text[:1].isupper() for x in pre[1:start - 1] if x.low not in _DAYS))
    if not opened:
        return ref
    return SpeakerRef("name", named.words, named.pos, ref.verb, ref.role or " ".join(ref.words))


def before_when(pre: Sequence[Tok], k: int) -> int | None:
    """The index before a short phrase of when or where that ends at ``pre[k]`` and stands between
    a subject and its verb ("on Sunday", "during a rally", "last week"), or None ("met with Merkel
    in Berlin and said": a second verb of the subject, not a phrase after Merkel)."""
    for j in range(k, max(0, k - 5), -1):
        if pre[j].low in _WHEN_PREPS and pre[j].text.islower():
            if any(not x.text[:1].isalnum() or is_quote(x) or speech_verb(x) or x.low in ("and", "or", "but")
                   for x in pre[j:k + 1]):
                return None
            return j - 1
    return None

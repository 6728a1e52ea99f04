"""The speaker phrase that opens a clause: a name or a role, a name after the role that
introduces it ("retired neurosurgeon Ben Carson"), the role a possessive owns ("Clinton's
introducer"), and the subject of the quote's clause as a last resort."""

from __future__ import annotations

from collections.abc import Sequence

from ..people.name_words import SPEECH_VERBS
from ..people.names import Tok, is_place
from .phrases import Found, SpeakerRef, filler, is_quote, parse_forward, role_then_name, with_verb
from .windows import ENDS, MAX_APPOSITIVE, skip_aside, speech_verb

_CONJUNCTIONS = frozenset("but and so yet".split())
# capitalised words that open a participle phrase, not a name: "Long considered …, Collins", "Twice elected …,"
_OPENING_ADVERBS = frozenset("long once twice newly recently widely often first last later earlier still already "
                             "previously formerly originally narrowly easily".split())
MAX_INTRO = 24  # tokens of an introductory phrase before the subject
LONG_APPOSITIVE = 50  # tokens of an apposition after a role before the clause's verb

# words that open an introductory phrase before a sentence's subject ("In selling the courses,
# Trump released…", "However, as X told…"): the subject comes after its comma
_INTRO = frozenset(
    "in on at after before during while when as since with without despite for from by of "
    "however but and yet still meanwhile instead also later earlier then now so though although "
    "asked speaking addressing".split()
)
# the introductory words that open a prepositional phrase ("In Wednesday's speech the senator …")
_PREPOSITIONS = frozenset("in on at during with without despite for from by of".split())  # ("after", "since": clauses too)
# lower-case words that say the capitalised word before them is a subject, not an opening phrase
_VERBISH = frozenset("is was are were has have had will would said says told also".split()) | SPEECH_VERBS
# past tenses that do not end in -ed
_IRREGULAR = frozenset(
    "wrote spoke took made gave went came ran got put won lost sent began threw drew held met left led "
    "found kept brought thought felt sat stood saw hit cut let set paid built sought fought taught "
    "became chose knew rose sold struck swore tore wore bought caught meant heard".split()
)
DETERMINERS = frozenset("the a an his her its their this that these those our my your".split())
_NOT_A_VERB = frozenset(
    "of and or but to in on at for with by from as than that which who whom whose 's ’s".split()
)


def speaker_forward(toks: Sequence[Tok], i: int, subject: bool = False) -> tuple[SpeakerRef | None, int]:
    """:func:`parse_forward`, or a name after the role that introduces it ("said retired
    neurosurgeon Ben Carson", "Sanders campaign manager Jeff Weaver said").  ``subject``: the
    phrase opens a clause, so an owned role may go on with any verb ("Clinton's right-hand woman
    rallied supporters, saying …")."""
    if (i + 2 < len(toks) and toks[i].low in ("his", "her", "their") and toks[i + 1].text.islower()
            and toks[i + 1].text.isalpha() and not verb_like(toks[i + 1])):
        named, end = role_then_name(toks, i + 1)  # "his friend Mahamat Oumar", "her lawyer Ann Reyes"
        if named is not None:
            return with_verb(named, named.verb or "", f"{toks[i].text} {named.role}") if named.role else named, end
    ref, j = parse_forward(toks, i)
    if ref is not None and ref.kind == "name" and ref.words[-1].endswith(("’s", "'s", "s’", "s'")):
        return _owned_role(toks, ref, j, subject)
    k = j
    if ref is not None and ref.kind in ("role", "unnamed") and k < len(toks) and toks[k].low in ("of", "for", "at", "with"):
        k += 1  # "one leader of the land reform movement, Joao Pedro": the body the role is of, then the name
        while k < len(toks) and k - j < 8 and toks[k].text[:1].isalnum() and not speech_verb(toks[k]):
            k += 1
    if not subject and ref is not None and ref.kind in ("role", "unnamed") and k + 1 < len(toks) and toks[k].text == ",":
        # "said the spokesman, Peter Carr.", "said one leader of the movement, Joao Pedro." -- the name set off
        # after the role is the speaker
        named, end = parse_forward(toks, k + 1)
        if (named is not None and named.kind == "name" and len(named.words) >= 2 and not is_place(named.words)
                and (end >= len(toks) or toks[end].text in (",", ".", ";") or toks[end].text in ENDS)):
            role = " ".join([ref.role or "", *(t.text for t in toks[j:k])]).strip() or None  # "leader of the … movement"
            return SpeakerRef("name", named.words, named.pos, ref.verb, role=role), end
    if ref is None or (ref.kind == "name" and j < len(toks) and toks[j].text[:1].islower()
                       and not speech_verb(toks[j]) and not filler(toks[j])):
        named, end = role_then_name(toks, i)
        if named is not None and not (ref is not None and subject and verb_like(toks[j]) and named.pos > toks[j].start):
            return named, end  # (but "Putin met Trump": a verb, no role before a name)
    return ref, j


def _owned_role(toks: Sequence[Tok], owner: SpeakerRef, j: int, subject: bool = False) -> tuple[SpeakerRef | None, int]:
    """After "Clinton's": the role it owns ("Clinton's introducer"), and the name in apposition
    when there is one ("Clinton's introducer, actress Jamie Lee Curtis"); the owner is never the speaker."""
    k = j
    while (k < len(toks) and k - j < 4 and toks[k].text[:1].islower() and toks[k].text.replace("-", "").isalpha()
           and not speech_verb(toks[k]) and not filler(toks[k]) and toks[k].low not in _NOT_A_VERB
           and not (subject and k > j and verb_like(toks[k]))):
        k += 1
    if k == j:
        return None, j
    role = " ".join([*owner.words, *(t.text for t in toks[j:k])])
    if k < len(toks) and toks[k].text == ",":
        named, end = parse_forward(toks, k + 1)
        if named is None or named.kind != "name":
            named, end = role_then_name(toks, k + 1)
        if named is not None and named.kind == "name":
            return SpeakerRef("name", named.words, named.pos, role=role), end
    m = k
    while m < len(toks) and filler(toks[m]):
        m += 1
    if m < len(toks) and (speech_verb(toks[m]) or (subject and verb_like(toks[m]))):  # "Trump's spokeswoman said"
        return SpeakerRef("role", tuple(t.text for t in toks[j:k]), owner.pos, role=role), k
    return None, j


def verb_like(t: Tok) -> bool:
    """A lower-case word that reads as a verb after a subject: "rallied", "says", "is", "threw"."""
    return t.text.isalpha() and t.text.islower() and (
        t.low in _VERBISH or t.low in _IRREGULAR or t.low.endswith(("ed", "es")) or speech_verb(t))


def _dateline(toks: Sequence[Tok]) -> bool:
    depth = 0
    for n, t in enumerate(toks):
        abbreviated = t.text.endswith(".") or (n + 1 < len(toks) and toks[n + 1].text == ".")  # "Dec.", "Calif."
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and not (t.text.isupper() or t.text in (",", ".") or t.text[:1].isdigit()
                                 or (abbreviated and t.text[:1].isupper())):
            return False
    return True


def _opens_with_adverb(pre: Sequence[Tok]) -> bool:
    """"Separately, …", "Speaking to reporters, …": an adverb or a participle before the subject
    ("Carly Fiorina", "Sterling Hayes": a name)."""
    if len(pre) < 2 or not pre[0].text[:1].isupper():
        return False
    if pre[0].low.endswith("ly"):
        return pre[1].text == ","
    return pre[0].low.endswith("ing") and (pre[1].text == "," or pre[1].text[:1].islower())


def _opens_with_phrase(pre: Sequence[Tok]) -> bool:
    """Whether the sentence opens with a phrase before its subject: a capitalised word then
    lower-case words that are no verb up to a comma ("Last week, …", "Fifteen minutes after
    Pence was picked, …")."""
    if len(pre) < 3 or not pre[0].text[:1].isupper() or not pre[1].text[:1].islower() or pre[1].low in _VERBISH:
        return False
    if (pre[1].low.endswith("ed") or pre[1].low in _IRREGULAR) and pre[0].low not in _OPENING_ADVERBS:
        return False  # "Trump gestured …, then …": a subject and its verb ("Long considered a moderate, …" is a phrase)
    return any(t.text == "," for t in pre[2:MAX_INTRO])


def _subject_after_phrase(pre: Sequence[Tok], stop: int) -> tuple[SpeakerRef | None, int]:
    """The subject of a sentence that opens with a prepositional phrase and no comma after it:
    the first name or role before ``stop`` that a verb follows ("In Wednesday's speech the
    senator also took …"), not a name inside the phrase ("At the Kennedy Center on …")."""
    for d in range(2, min(stop, MAX_INTRO)):
        if is_quote(pre[d]) or pre[d].text in ENDS:
            break
        before = pre[d - 1]
        if (before.low in DETERMINERS or before.low in _PREPOSITIONS or before.low == "to"
                or before.text.endswith(("'s", "’s")) or not before.text.islower()):
            continue  # inside the phrase or a name: "of the Senate", "the senator's", "to Texas", "Hillary Clinton"
        ref, j = speaker_forward(pre, d, subject=True)
        if ref is None or ref.kind not in ("name", "role"):
            continue
        while j < stop and filler(pre[j]):
            j += 1
        verb = pre[j] if j < stop else None
        if verb is not None and verb.text.isalpha() and verb.text.islower() and (
                verb.low in _VERBISH or verb.low in _IRREGULAR or verb.low.endswith("ed") or speech_verb(verb)):
            return ref, j  # (a past or a speech verb: "-es" is as often a plural, "Tea Party conservatives")
    return None, 0


_BE = frozenset("is are was were be been being".split())
# past participles that, after a form of "be", give the subject a name or a label in quotation marks
_NAMING = frozenset("known called dubbed named nicknamed labeled labelled described billed branded titled termed".split())


def clause_subject(pre: Sequence[Tok]) -> Found | None:
    """Rank 7, the last resort: the subject of the clause the quote sits in, when the sentence
    opens with one and goes on with its verb: ``Clinton supports “…”``, ``In selling the
    courses, Trump released a video that said, “…”``, ``Gingrich — mentioned by Newsmax — told
    Bill O'Reilly that “…”``."""
    i = bare = 0
    if len(pre) > 2 and pre[0].text.isupper() and len(pre[0].text) > 1:
        # a dateline: "WASHINGTON, Dec. 8 (UPI) — …", "NEW YORK (AP) —", "LOS ANGELES, Calif. —" (not "FBI
        # Director James Comey — fired … —": outside brackets, only capitals, abbreviations and figures)
        dash = next((c for c in range(1, min(len(pre), 12)) if pre[c].text in ("—", "–", "-")), None)
        if dash is not None and _dateline(pre[:dash]):
            pre = pre[dash + 1:]
    if len(pre) > 1 and is_quote(pre[0]) and pre[1].text == ",":
        pre = pre[2:]  # “…,” Hannity said during a panel, remarking that “…”: the clause after the first quote
    if len(pre) > 2 and pre[0].low in _CONJUNCTIONS and pre[1].text != "," and pre[1].text[:1].isupper():
        i = 1  # "But Sen. Pat Toomey (R-Pa.) refused …": the conjunction opens no phrase of its own
    elif pre and (pre[0].low in _INTRO or _opens_with_adverb(pre) or _opens_with_phrase(pre)):
        for c in range(1, min(len(pre), MAX_INTRO)):
            if is_quote(pre[c]):
                return None
            if pre[c].text == ",":
                i = c + 1
                break
        else:
            if pre[0].low not in _PREPOSITIONS:
                return None
            i = bare = len(pre)  # no comma: the phrase may end where the subject starts (below)
        while i < len(pre) and pre[i].low in _INTRO and pre[i].low in ("however", "but", "and", "yet", "still", "meanwhile"):
            i += 1
            if i < len(pre) and pre[i].text == ",":
                i += 1
        for _ in range(2):  # "On Thursday, after remaining neutral all along, Warren endorsed …": phrase after phrase
            if i >= len(pre) or pre[i].low not in _INTRO or pre[i].low in _CONJUNCTIONS:
                break
            stop = next((c for c in range(i + 1, min(len(pre), i + MAX_INTRO)) if pre[c].text == "," or is_quote(pre[c])),
                        None)
            if stop is None or is_quote(pre[stop]):
                break
            i = stop + 1
    ref, j = speaker_forward(pre, i, subject=True) if i < len(pre) and not is_quote(pre[i]) else (None, i)
    if ref is None and bare:
        # "In Wednesday's speech the senator also took a swipe at Clinton, calling …": a phrase
        # with no comma of its own before the subject
        ref, j = _subject_after_phrase(pre, len(pre))
    if ref is None or ref.kind == "relative":
        return None
    j = skip_aside(pre, j)
    if ref.kind == "role" and j + 1 < len(pre) and pre[j].text == ",":
        # "the aide, Elizabeth Lauten, 31, who has …, wrote": the name in apposition is the subject,
        # and the verb comes after the last comma of the apposition
        named, _ = parse_forward(pre, j + 1)
        verb_at = next((c + 1 for c in range(j + 1, min(len(pre) - 1, j + LONG_APPOSITIVE))
                        if pre[c].text == "," and verb_like(pre[c + 1])), None)
        if named is not None and named.kind == "name" and verb_at is not None and not any(
                is_quote(x) or x.text in ENDS for x in pre[j:verb_at]):
            return Found(with_verb(named, pre[verb_at].text), 7)
    if j < len(pre) and pre[j].text in (",", "—", "–", "-"):  # an aside: "Gingrich — mentioned by …  — told"
        close = pre[j].text
        for c in range(j + 1, min(len(pre), j + MAX_APPOSITIVE)):
            if is_quote(pre[c]) or pre[c].text in ENDS:
                return None
            if pre[c].text == close:
                j = c + 1
                break
        else:
            return None
    first = j
    while j < len(pre) and filler(pre[j]):
        j += 1
    if j >= len(pre) or is_quote(pre[j]):
        return None
    verb = pre[j]
    if verb.low in _NAMING and any(t.low in _BE for t in pre[first:j]):
        return None  # "it is famously known as the “Gateway to …”": a name it is given, no one speaking
    if not (verb.text.replace("’", "").replace("'", "").isalpha() and verb.text[0].islower()
            and verb.low not in _NOT_A_VERB):  # ("didn’t" is a verb)
        return None  # "A campaign TV ad released …": "ad" is no verb of "TV"
    if any(pre[c].text == "," and pre[c + 1].text.islower() and pre[c + 1].low.endswith("ing")
           for c in range(j, len(pre) - 1)):
        return None  # "…, leading Trump to postpone it, labelling it a “…”": whose act is unclear
    return Found(with_verb(ref, verb.text), 7)

"""Who a quotation is attributed to, read from the words around it (the phrases around a name
before an aside are read by :mod:`.appositions`).

Each finder returns a :class:`Found` with the speaker phrase as printed (a name, a
pronoun, "who", an unnamed source, or a role such as "the president") and a rank: the
lower, the more direct the attribution.

1. right after the quote (:mod:`.after_quote`): ``“…,” Lavrov said`` / ``said Tikhy`` / ``FT quoted one source as saying``,
   or a credit: ``“…” ― Oscar P. Quintero`` (:mod:`.credits`)
2. right before it: ``Lavrov said: “…”`` / ``stating, “…”`` / ``Clinton: “…”``
3. at the end of the quote's sentence: ``…, the Russian Defense Ministry has said.``
4. a speech clause earlier in the sentence: ``he emphasized that there is “no need”``
5. an owned speech noun: ``despite his declaration that Putin “wants peace.”``
6. ``According to the White House, … “…”``
7. the subject of the quote's clause, as a last resort (:mod:`.subjects`)

Only bounded windows of text around a quote are read (:mod:`.windows`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..people.name_words import AMBIGUOUS_SPEECH, SPEECH_NOUNS, SPEECH_VERBS
from ..people.names import Tok, tokenize
from ..text.quote_marks import Span
from .after_quote import according_to, after_quote
from .appositions import before_parenthesis, before_when, closes_with_comma, named_before, object_of_preposition, person_of
from .credits import colon_label, credit_line, dash_after
from .openers import as_clause, here_is
from .phrases import Found, SpeakerRef, filler, is_quote, parse_back, with_verb
from .subjects import DETERMINERS, clause_subject, speaker_forward
from .windows import (
    ENDS,
    MAX_APPOSITIVE,
    aside_before,
    post_modifier_start,
    quote_ends_sentence,
    sentence_after,
    sentence_before,
    sentence_preceding,
    speech_at,
    speech_verb,
)

__all__ = ["Found", "SpeakerRef", "attribute", "credit_line", "previous_subject", "sentence_after", "sentence_before"]

_OWNERS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# what a statement comes in: "issued a statement saying", "posted a video showing"
_SAYING_NOUNS = SPEECH_NOUNS | frozenset("letter letters email emails release video interview op-ed memo ad".split())
# words in -ing that are prepositions, not participles ("Clinton, during her tenure, …")
_ING_PREPOSITIONS = frozenset("during including according regarding concerning following considering excluding "
                              "pending barring notwithstanding".split())
# verbs whose subject undergoes something, and so need not be who speaks next
_UNDERGOES = frozenset("was were is are been be being received receives got gets had has have".split())
_OPENERS = frozenset("as while when after before once until".split())  # a clause that opens the sentence
_ADVERBS = frozenset("however but and meanwhile still yet also instead".split())  # "However, one dealer said"
CLOSE_OBJECT = 8  # tokens between a verb like "called" and the quote that is its object


def said_first(pre: Sequence[Tok]) -> Found | None:
    """Rank 2: the verb first, as a sentence opens: "Said Comey, “…”", "Said Dora Pointer, who
    grew up with him, “…”"."""
    if len(pre) < 3 or pre[0].low not in ("said", "says") or pre[-1].text not in (",", ":"):
        return None
    ref, _ = speaker_forward(pre, 1)
    return Found(with_verb(ref, pre[0].low), 2) if ref is not None else None


def clause_before(text: str, pre: Sequence[Tok]) -> Found | None:
    """Rank 2 (adjacent) or 4: "X said: “…”", "stating, “…”", "X told Y that … “…”"."""
    n = len(pre)
    for v in range(n - 1, max(-1, n - 40), -1):
        t = pre[v]
        if is_quote(t):
            continue
        low = t.low
        if (low.endswith("ing") and v > 0 and pre[v - 1].text == "," and low not in SPEECH_VERBS and low.isalpha()
                and low not in _ING_PREPOSITIONS):
            break  # "…, leading Trump to …": the quote belongs to another clause
        if not speech_at(pre, v):
            continue
        lead = 1 if len(pre) > 1 and pre[0].low in ("but", "and", "yet", "so") else 0  # ("But as Trump spoke, …")
        if pre[lead].low in _OPENERS and any(x.text == "," for x in pre[v + 1:]) \
                and not any(x.text == "," for x in pre[lead + 1:v]):
            continue  # "As Alden spoke, the lobby was whipping votes against “…”": the quote is the main clause's
        if v > 0 and (pre[v - 1].low in DETERMINERS or pre[v - 1].text.endswith(("’s", "'s", "s’", "s'"))):
            continue  # "the report", "Clinton's remarks": a noun
        after = pre[v + 1: v + 9]
        if after and after[0].low == "by":
            if low == "asked" and v > 0 and pre[v - 1].low in ("was", "were", "been", "being"):
                asker, _ = speaker_forward(pre, v + 2)  # "Sanders was asked by host Bill Maher, “…”": the question is Maher's
                if asker is not None and asker.kind in ("name", "role", "unnamed"):
                    return Found(with_verb(asker, "asked"), 4)
            continue  # passive: "reported by TASS"
        reports = low not in AMBIGUOUS_SPEECH or (
            not after or after[0].text in (":", ",") or is_quote(after[0])
            or any(a.low == "that" for a in after[:7]) or any(a.low == "as" for a in after[:6])
        )
        if not reports and n - v > CLOSE_OBJECT:
            continue  # (within CLOSE_OBJECT the quote is the verb's object: "called Obama a “…”")
        k = v - 1
        while k >= 0 and filler(pre[k]) and v - k < 5:
            k -= 1
        k = aside_before(pre, k)
        ref = parse_back(pre, k) if k >= 0 else None
        end = _before_relative_aside(pre, k)
        if (ref is None or ref.kind == "name") and end >= 0 and pre[end].text != "," and (
                c := post_modifier_start(pre, end)) != end:
            # "A source close to the industry said: “…”", "A grain dealer at one member co-op said the …",
            # "A spokesman for state holding company IRI, which controls SME, said" (the phrase opens its
            # clause: not "Brian Fallon, a spokesman for the campaign, said", an apposition)
            a = next((x for x in range(c - 1, max(-1, c - 4), -1) if pre[x].low in ("a", "an", "one")), None)
            opens = a is not None and (a == 0 or pre[a - 1].text != "," or (a >= 2 and pre[a - 2].low in _ADVERBS))
            if a is not None and opens and all(x.text.replace("-", "").isalpha() for x in pre[a + 1:c]):
                words = tuple(x.text for x in pre[a:c + 1])
                ref = SpeakerRef("unnamed", words, pre[a].start, role=" ".join(x.text for x in pre[a + 1:end + 1]))
        if ref is None and k >= 0 and (p := before_when(pre, k)) is not None:
            ref = parse_back(pre, p)  # "Sanders on Sunday said", "Sanders during a rally thanked"
        if ref is not None:
            ref = person_of(pre, ref)  # "Archbishop Aris Shirvanian of the Armenian Patriarchate told"
        if ref is not None and object_of_preposition(pre, ref):
            # "Clinton responded … on Facebook writing, “…”", "A source speaking to Fox News said":
            # the name is where or to whom it was said; the speaker is the clause's subject
            main = clause_subject(pre[:v])
            ref = main.ref if main is not None and not object_of_preposition(pre, main.ref) else None
        if ref is None and k == v - 1 and k > 0 and pre[k].low == "by" and low.endswith("ing"):
            # "Netanyahu rallied supporters by warning darkly that “…”": the clause's subject
            main = clause_subject(pre[:k])
            if main is not None and main.ref.kind in ("name", "pronoun", "role"):
                return Found(with_verb(main.ref, t.text), 4)
        if (ref is None and k == v - 1 and k > 0 and pre[k].low == "and" and reports
                and not any(is_quote(x) or x.low in ("who", "which", "that") for x in pre[:k])):
            # "Trump gestured to stop it, then leaned in and boomed: “…”": the clause's subject
            # (not inside a relative clause or after another quote: "said an official who … and described")
            main = clause_subject(pre[:k])
            if main is not None and main.ref.kind in ("name", "pronoun"):
                return Found(with_verb(main.ref, t.text), 4)
        if ref is None and low.endswith("ing") and k == v - 1 and pre[k].low in _SAYING_NOUNS:
            # "Jessica Mackler issued a statement saying his comment “…”": the subject of the clause
            main = clause_subject(pre[:v])
            if main is not None:
                return Found(with_verb(main.ref, t.text), 4)
        if ref is None and k >= 0 and (pre[k].text == "," or (
                k == v - 1 and is_quote(pre[k]) and closes_with_comma(text, pre[k])
                and (low.endswith("ing") or any(x.text == "," for x in pre[max(0, k - MAX_APPOSITIVE):k])))):
            # (a quote that closes an apposition with its own comma: "Kerry Washington, star of “Scandal,” thanked")
            if low.endswith("ing") and k == v - 1:
                # "Lavrov answered the question, stating, “…”": the subject of the clause the
                # participle hangs from, not the nearest name ("Clinton acknowledged Sanders'
                # success, saying …" is Clinton's)
                if (k >= 2 and speech_at(pre, k - 1) and pre[k - 2].low not in DETERMINERS
                        and not pre[k - 2].text.endswith(("’s", "'s", "s’", "s'"))):  # ("Ryan's comments": a noun)
                    # "“…,” Lewandowski added, saying it should be “…”": the one who added it
                    s = k - 2
                    while s >= 0 and filler(pre[s]) and k - s < 6:
                        s -= 1
                    said = parse_back(pre, aside_before(pre, s)) if s >= 0 else None
                    if said is not None and said.kind in ("name", "pronoun", "role", "unnamed"):
                        return Found(with_verb(said, t.text), 4)
                named = parse_back(pre, aside_before(pre, k - 1)) if k >= 2 else None
                first = next((c for c, x in enumerate(pre) if named is not None and x.start == named.pos), 0)
                if (named is not None and named.kind == "name" and first >= 1 and speech_at(pre, first - 1)
                        and (first == 1 or is_quote(pre[first - 2]) or pre[first - 2].text == ",")):  # inverted
                    return Found(with_verb(named, t.text), 4)  # "“…,” said Skelly, explaining" (not "Rubio attacked Clinton,")
                if any(pre[c].text == "," and pre[c + 1].low.endswith("ing") and pre[c + 1].text.islower()
                       for c in range(k - 1)):
                    return None  # "…, leading Trump to postpone it, labelling it a “…”": whose act is unclear
                main = clause_subject(pre[:k])
                if main is None:
                    continue
                return Found(with_verb(main.ref, t.text), 4)
            else:
                ref = before_parenthesis(pre, k)  # "Mark Rutte, the head of NATO, said"
                ref = person_of(pre, ref) if ref is not None else None
                if ref is not None and ref.kind in ("unnamed", "role"):
                    ref = named_before(pre, ref)  # "Tad Devine, Sanders's chief strategist, said"
        if ref is None:
            continue
        return Found(with_verb(ref, t.text), (2 if n - v <= 3 else 4) if reports else 5)
    return None


def _before_relative_aside(pre: Sequence[Tok], k: int) -> int:
    """The index before a relative clause set off by commas that ends at ``pre[k]`` (", which controls
    SME,"), else ``k``."""
    if k < 0 or pre[k].text != ",":
        return k
    o = next((x for x in range(k - 1, max(-1, k - MAX_APPOSITIVE), -1) if pre[x].text == ","), None)
    return o - 1 if o is not None and o + 1 < k and pre[o + 1].low in ("which", "who", "whose") else k


def sentence_end(text: str, tail: Sequence[Tok]) -> Found | None:
    """Rank 3: ``…, the Russian Defense Ministry has said.`` or ``…, says Dante Scala, a
    political scientist.`` closing the quote's sentence."""
    if not tail or tail[-1].text not in ENDS:
        return None
    for c in range(len(tail) - 2):
        if is_quote(tail[c]):
            break
        if tail[c].text == "," and speech_verb(tail[c + 1]):
            ref, _ = speaker_forward(tail, c + 2)
            if ref is not None:
                return Found(with_verb(ref, tail[c + 1].text), 3)
    commas = [i for i, t in enumerate(tail) if t.text == ","]
    if not commas:
        return None
    clause = tail[commas[-1] + 1: -1]
    if not clause or any(is_quote(t) for t in clause):
        return None
    for v, t in enumerate(clause[:14]):
        if speech_verb(t):
            k = v - 1
            while k >= 0 and filler(clause[k]):
                k -= 1
            if k < 0:
                return None
            ref, j = speaker_forward(clause, 0)  # ("Justice Department senior trial counsel Caroline Wolverton wrote")
            if ref is None or j != k + 1:
                return None
            return Found(with_verb(ref, t.text), 3)
    return None


def owned_speech(pre: Sequence[Tok]) -> Found | None:
    """Rank 5: "his declaration that …", "Trump's remarks: …"."""
    for v in range(len(pre) - 1, max(-1, len(pre) - 30), -1):
        t = pre[v]
        if t.low not in SPEECH_NOUNS or v == 0:
            continue
        nxt = pre[v + 1] if v + 1 < len(pre) else None
        if nxt is not None and nxt.low in ("was", "is") and v + 2 < len(pre):
            nxt = pre[v + 2]  # "Clinton’s response was: “…”"
        if nxt is not None and not (nxt.low == "that" or nxt.text in (":", ",") or is_quote(nxt)):
            continue
        owner = pre[v - 1]
        if owner.low in _OWNERS:
            return Found(SpeakerRef("pronoun", (_OWNERS[owner.low],), owner.start, verb=t.text), 5)
        if owner.text.endswith(("’s", "'s")):
            ref = parse_back(pre, v - 1)
            if ref is not None:
                return Found(with_verb(ref, t.text), 5)
    return None


def attribute(text: str, spans: Sequence[Span], k: int) -> Found | None:
    """The most direct attribution of quote ``k`` found in its own sentence."""
    credited = dash_after(text, spans, k)
    if credited is not None:
        return credited
    pre = sentence_before(text, spans, k)
    direct = after_quote(text, spans, k, opened=any(t.text[:1].isalnum() for t in pre))
    j = k
    while direct is None and j + 1 < len(spans) and j - k < 3 and _same_sentence(text, spans, j):
        j += 1  # “a violation of our legislation” that would have “…,” Tikhy said.
        direct = after_quote(text, spans, j)
    if direct is not None:
        return direct
    tail = sentence_after(text, spans, k)
    found = [f for f in (said_first(pre), here_is(pre), clause_before(text, pre), colon_label(pre), sentence_end(text, tail),
                         owned_speech(pre), as_clause(pre), according_to(pre, tail)) if f]
    if found:
        return min(found, key=lambda f: f.rank)
    return clause_subject(pre)


def previous_subject(text: str, spans: Sequence[Span], k: int) -> Found | None:
    """Rank 8, for a quote that is a sentence of its own and that nothing attributes: the subject of
    the sentence before it, when that sentence quotes no one and ends in a full stop or colon
    ("Bystrom agreed. “Mainstream Republicans are running out of time.”", "Clinton touted her
    credentials. “We need to find ways …”")."""
    if any(t.text[:1].isalnum() for t in sentence_after(text, spans, k)):
        return None  # the sentence goes on after the quote: its own words say whose it is, if anything does
    before = sentence_preceding(text, spans, k)
    if len(before) < 3 or before[-1].text not in (".", ":") or any(is_quote(t) for t in before):
        return None
    found = clause_subject(before[:-1])
    passive = any(t.low in ("was", "were", "been", "being") and any(x.low == "by" for x in before[n:])
                  and not any(x.low in ("who", "which", "that") for x in before[:n]) for n, t in enumerate(before))
    if found is not None and ((found.ref.verb or "").lower() in _UNDERGOES or passive):
        return None  # "Cole was challenged by Rep. Hale. “Why …?”", "Cole received a letter. “We regret …”"
    if found is None and before[-1].text == ".":
        # "Sam Lau, the communications director for the party said in a statement. “…”"
        found = clause_before(text, before[:-1])
    if found is None or found.ref.kind not in ("name", "pronoun"):
        return None
    return Found(found.ref, 8)


def _same_sentence(text: str, spans: Sequence[Span], k: int) -> bool:
    """Quote ``k + 1`` continues the sentence of quote ``k``."""
    a, b = spans[k], spans[k + 1]
    if b.start - a.end > 150 or quote_ends_sentence(text, Tok("", a.start, a.end)):
        return False
    return not any(t.text in ENDS for t in tokenize(text, a.end, b.start))

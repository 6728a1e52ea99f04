"""The names and content words of passages, and how rare each is in the brief.

A *name* is a capitalised word that is not a title, a calendar word or a plain
sentence opener: a capitalised word opening a sentence counts only when the brief
also writes it capitalised mid-sentence and never in lower case ("Drones were ..."
is no name; "Ryazan ..." is).  A leading title-case label ("Sanctions as Pressure
Tool: ...") is skipped.  *Content words* are lower-case words of four letters or
more that are not function words or -ed/-ing/-ly forms, with plurals folded
(refineries -> refinery).

Rarity is counted over the news paragraphs of the brief (a bounded sample of them in
a very big brief, see :mod:`briefing.storylines.assign`), so the names that every article
uses (the countries, the main leaders) weigh little, and the ones that mark one
thread (a city, a plant, a port) weigh a lot.  Each text's words are read once.
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..text.filler import without_dateline
from ..text.words import normalize

SCAN_CHARS = 3000  # words are read from this much of each text

_WORD = re.compile(r"[^\W\d_][\w'’]*")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# a lower-case word (not inside another word)
_LOWER_WORD = re.compile(rf"(?<![\w'’-])[{_LOWER}][\w'’-]*")
# a run of capitalised words: "Ryazan", "Marco Rubio", "Kremniy El", "Russia’s Bryansk"
_NAME_RUN = re.compile(rf"[{_UPPER}](?<![\w'’-].)[\w'’.&-]*(?: [{_UPPER}][\w'’.&-]*){{0,5}}")
# a capitalised word after a word or a comma: written so mid-sentence, so a name
_MID_CAPITAL = re.compile(rf"[{_UPPER}](?<=[\w,)] .)[\w'’-]*")
# (look-behinds that follow a pattern's first letter let the scan jump from letter to letter)
# a word right after a determiner, or after a determiner and a name ("the port", "the
# Kestrel refinery"): likely a noun
_TITLE_WORD = re.compile(rf"[{_UPPER}][\w'’-]*")
_AFTER_DETERMINER = re.compile(
    rf"\b(?i:the|a|an|its|their|his|her|this|that|these|those|our|your) (?:[{_UPPER}][\w'’-]* )?([{_LOWER}][\w-]*)")
_NOT_NOUN_ENDINGS = ("ed", "ing", "ly")
_SMALL_WORDS = frozenset("a an the of on in as to for and at with from by vs".split())
_STOP = frozenset(
    """
    a an the and or but if then than that this these those there their they them he she his her
    its it we our you your i in on at by for from with without into onto over under after before
    during while when where which who whom whose what why how as of to up down out off about above
    below between among against amid despite also however meanwhile moreover furthermore earlier
    later currently nevertheless although though yet still even already again according including
    said says say told added stated noted claimed reported would could should might must will
    shall can may have has had been being were was are is be do does did done not no nor so such
    only very more most much many some any each every other others another both either neither
    same own just well all few less least further recent recently new first last next since until
    around across through within upon near per via ago because whether once twice
    mr mrs ms dr president prime minister secretary foreign defence defense spokesman spokeswoman
    spokesperson governor mayor chancellor general officials official head leader leaders state
    update breaking exclusive live watch video photo image
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


@lru_cache(maxsize=200_000)
def fold(word: str, plural: bool = True) -> str:
    """Lower case, accents and possessive off; plurals folded unless ``plural`` is False."""
    w = (word.lower() if word.isascii() else normalize(word)).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if not plural:
        return w
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@lru_cache(maxsize=200_000)
def content_key(raw: str) -> str:
    """The key of a lower-case word that counts as content, else ""."""
    key = fold(raw)
    if len(key) >= 4 and key not in _STOP and not key.endswith(_NOT_NOUN_ENDINGS) and "'" not in key:
        return key
    return ""


def without_label(text: str) -> str:
    """The text without a leading dateline (it says where a story was filed, not what it is
    about: "WILTON, Conn., March 2 - ") or title-case label ("Summit Failure Highlights
    Stalemate: ...")."""
    text = without_dateline(text)
    colon = text.find(": ", 0, 90)
    if colon < 0:
        return text
    words = text[:colon].split()
    if 2 <= len(words) <= 8 and all(w[0].isupper() or w in _SMALL_WORDS for w in words):
        return text[colon + 2:]
    return text


def _sentence_start(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence or a quotation."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\n":
        j -= 1
    if j >= 0 and text[j] in "\"“‘'([«":
        return True
    return j < 0 or text[j] in ".!?:;…"


@dataclass(slots=True)
class Features:
    names: dict[str, str]  # key -> the run of capitalised words it was read in ("ryazan" -> "Ryazan")
    words: Counter[str]  # content word key -> uses


class Vocabulary:
    """What the brief writes capitalised and in lower case, and how many paragraphs
    use each name and word (``df``, out of ``n``)."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts_list = list(texts)
        bodies = [without_label(t[:SCAN_CHARS]) for t in texts_list]
        lower: set[str] = set()
        mid: set[str] = set()
        # words seen after a determiner ("the port", "its refinery"): nouns, good for labels
        self.nouns: set[str] = set()
        # one pass reads each text's lower-case words (they do not depend on the names)
        word_counts: list[Counter[str]] = []
        for t in bodies:
            raw_words = Counter(_LOWER_WORD.findall(t))
            lower.update(raw_words)
            mid.update(_MID_CAPITAL.findall(t))
            self.nouns.update(fold(w) for w in _AFTER_DETERMINER.findall(t))
            word_counts.append(_content_words(raw_words))
        lower = {fold(w, plural=False) for w in lower}
        mid = {fold(w, plural=False) for w in mid}
        self.names_seen = mid
        self.only_lower = lower - mid
        self.n = max(1, len(bodies))
        self.df: Counter[str] = Counter()
        self._known: dict[str, Features] = {}  # features of the texts given, by text
        self._idf: dict[str, float] = {}
        self._base: Vocabulary | None = None  # the vocabulary that reads the texts (:meth:`within`)
        # the second pass reads names, which need what the whole brief capitalises
        for raw, t, words in zip(texts_list, bodies, word_counts):
            f = Features(self._names(t), words)
            self._known[raw] = f
            self.df.update([name_key(k) for k in f.names])
            self.df.update([word_key(k) for k in f.words])

    def sentence_case(self, title: str) -> str:
        """A headline written as a sentence: its Title Case or upper-case words that the brief
        writes only in lower case come lower case ("Putin Proposes Meeting" -> "Putin proposes
        meeting"), so they are not read as names."""
        return _TITLE_WORD.sub(lambda m: m.group(0).lower() if fold(m.group(0), plural=False) in self.only_lower
                               else m.group(0), title)

    def idf(self, key: str) -> float:
        known = self._idf.get(key)
        if known is None:
            known = self._idf[key] = math.log((self.n + 1) / (self.df.get(key, 0) + 1)) + 0.05
        return known

    def within(self, texts: Iterable[str]) -> Vocabulary:
        """The rarity of names and words over ``texts`` alone (a storyline's), each text read
        as this vocabulary reads it (and remembered by it); what ``texts`` write only in lower
        case is their own (:meth:`sentence_case`)."""
        sub = copy.copy(self)
        sub._base = self
        sub.df, sub._idf = Counter(), {}
        lower: set[str] = set()
        mid: set[str] = set()
        n = 0
        for text in texts:
            f = self.features(text)
            sub.df.update([name_key(k) for k in f.names])
            sub.df.update([word_key(k) for k in f.words])
            body = without_label(text[:SCAN_CHARS])
            lower.update(_LOWER_WORD.findall(body))
            mid.update(_MID_CAPITAL.findall(body))
            n += 1
        sub.n = max(1, n)
        sub.names_seen = {fold(w, plural=False) for w in mid}
        sub.only_lower = {fold(w, plural=False) for w in lower} - sub.names_seen
        return sub

    def features(self, text: str) -> Features:
        """Names and content words of one text (read once: every text read is remembered)."""
        if self._base is not None:
            return self._base.features(text)
        known = self._known.get(text)
        if known is None:
            known = self._known[text] = self._read(without_label(text[:SCAN_CHARS]))
        return known

    def joined(self, texts: Iterable[str]) -> Features:
        """The features of ``texts`` read as one text (their first :data:`SCAN_CHARS` characters
        in all, each text read once)."""
        names: dict[str, str] = {}
        words: Counter[str] = Counter()
        length = 0
        for text in texts:
            if length >= SCAN_CHARS:
                break
            f = self.features(text)
            for k, span in f.names.items():
                names.setdefault(k, span)
            words.update(f.words)
            length += len(text) + 2
        return Features(names, words)

    def _read(self, text: str) -> Features:
        return Features(self._names(text), _content_words(Counter(_LOWER_WORD.findall(text))))

    def _names(self, text: str) -> dict[str, str]:
        names: dict[str, str] = {}
        for m in _NAME_RUN.finditer(text):
            opening = _sentence_start(text, m.start())
            run: list[tuple[str, str]] = []
            for pos, raw in enumerate(m.group(0).split(" ")):
                stop = raw.endswith(".")  # a full stop or an abbreviation: the run ends here
                if stop and "." not in raw[:-1]:
                    raw = raw[:-1]
                possessive = raw.endswith(("'s", "’s"))
                key = fold(raw, plural=False)
                skip = (len(key) < 2 or key in _STOP or ("'" in key and not possessive)
                        or (pos == 0 and opening and (key in self.only_lower or key not in self.names_seen)))
                if not skip:
                    run.append((key, raw[:-2] if possessive else raw))
                if skip or possessive or stop:
                    _close(run, names)
            _close(run, names)
        return names


def _content_words(raw_words: Counter[str]) -> Counter[str]:
    """Content word key -> uses, from a text's lower-case words and their uses."""
    words: Counter[str] = Counter()
    for raw, uses in raw_words.items():
        key = content_key(raw)
        if key:
            words[key] += uses
    return words


def surfaces(texts: Iterable[str]) -> dict[str, Counter[str]]:
    """How each content word key is written in ``texts`` ("refinery" -> {"refinery": 3})."""
    out: dict[str, Counter[str]] = {}
    for text in texts:
        for raw in _LOWER_WORD.findall(without_label(text[:SCAN_CHARS])):
            out.setdefault(fold(raw), Counter())[raw[:-2] if raw.endswith(("'s", "’s")) else raw] += 1
    return out


def _close(run: list[tuple[str, str]], names: dict[str, str]) -> None:
    if run:
        surface = " ".join(s for _, s in run[-4:])
        for key, _ in run:
            names.setdefault(key, surface)
        run.clear()


def is_demonym(key: str, names: set[str]) -> bool:
    """"russian" next to "russia", "ukrainian" next to "ukraine", "chinese" next to "china"."""
    if not key.endswith(("n", "ese", "ish", "i")):
        return False
    for cut in (1, 2, 3, 4):
        stem = key[: len(key) - cut]
        if len(stem) >= 3 and any(p != key and p.startswith(stem) and len(p) < len(key) for p in _with_prefix(names, stem)):
            return True
    return False


def _with_prefix(names: set[str], stem: str) -> list[str]:
    return [p for p in (stem, stem + "a", stem + "e", stem + "y", stem + "o") if p in names]


def name_key(k: str) -> str:
    return "N:" + k


def word_key(k: str) -> str:
    return "W:" + k

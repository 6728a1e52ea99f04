"""Blocks that are not news: encyclopedic background, site debris and stock filler.

None of these feed a storyline, and none is listed under "Other" either: "Other"
holds the news that matches no configured storyline, while background, debris and
filler are not news at all.  They stay in the article itself (the reader view shows
every block), so nothing is hidden from a reader who opens the article.

The rules are general ones about how news and reference text are written:

* **glossary entry**: a heading that is a bare name ("Budapest", "NATO", "Anchorage,
  Alaska") followed by a paragraph that defines that name ("Budapest was formed in
  1873 ...", "NATO, or the North Atlantic Treaty Organization, is a military
  alliance ...") and reports nothing (no "said", "announced", quotation, weekday);
* **encyclopedic paragraph**: a definition ("X is the largest city ...") with at least
  two kinds of reference-book cue (founding, years long before the article, "renowned for",
  "history", "capital of") and no reporting; or three kinds of cue without one;
* **debris**: photo credits, bylines, share/follow/newsletter prompts, bare links,
  tag lists, a word or two with no sentence, the writer's sign-off (contact details, a
  one-line biography) and the outlet's calls to buy or rate it;
* **filler**: a paragraph built round a stock phrase ("As the situation evolves, the
  world watches closely") whose other sentences carry no fact (no figure, quotation
  or reporting verb) and no storyline evidence (the last test is the caller's).

Every check looks at a bounded prefix of the text with single-pass patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..model import Article, Block
from ..text.captions import is_caption_paragraph
from ..text.filler import is_question
from ..text.folded import Folded
from ..text.sentences import split_sentences
from ..text.signoffs import is_bio, is_sign_off, may_hold_sign_off

SCAN_CHARS = 4000  # cues are looked for in this much of a paragraph
SIGN_OFF_CHARS = 2000  # a longer paragraph is never all sign-off or legal notice
DEFINITION_CHARS = 300  # a definition is found in the first sentence's opening
OLD_YEARS = 20  # a year this much older than the article's is history
_NAME_CONNECTORS = frozenset("of and the de du la le von van der al el for on upon".split())
_COPULAS = ("is", "was", "are", "were")
_DEFINING_NEXT = frozenset(
    "a an the one formed founded established created located situated home known considered "
    "renowned famous officially also".split()
)

_REPORTING = Folded(
    r"\b(?:said|says|say|told|tells|stated|announced|announces|reported|reportedly|reports|confirmed|"
    r"confirms|claimed|claims|added|warned|warns|insisted|emphasi[sz]ed|according to|denied|denies|"
    r"urged|vowed|accused|declared|quoted|wrote|tweeted|posted)\b",
)
# a quotation of some length: an opening mark, then 25 characters before any closing one
# ("Gateway to Alaska" is a name, not a quotation)
_QUOTATION = re.compile("[\"“«][^\"”»\n]{25}")
_NEWS_TIME = Folded(
    r"\b(?:yesterday|tonight|this (?:week|month|weekend|morning)|last (?:week|month|night|weekend)|"
    r"earlier this|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_YEAR = re.compile(r"\b(1\d\d\d|20\d\d)\b")
# kinds of reference-book cue, one named group each, found in a single scan
_CUES = re.compile(
    r"\b(?:(?P<founding>(?:founded|established|formed|built|created|incorporated|settled|inaugurated|opened)\s+(?:in|by|as|on))"
    r"|(?P<superlative>largest|oldest|biggest|most populous|most densely|capital (?:of|and|city))"
    r"|(?P<renown>renowned|famous|famously|well known|best known|known (?:for|as)|celebrated for)"
    r"|(?P<history>history|historic|historical|heritage|dating back|dates back|traces its)"
    r"|(?P<place>is home to|population of|member states|is located|situated on|on the banks of|covers an area)"
    r"|(?P<ages>centur(?:y|ies)|medieval|ancient|millennia|millennium|prehistoric|\d[\d,]* years (?:old|ago)"
    r"|(?:over|more than|nearly|some|almost) [\d,]+ years))\b",
    re.I,
)
# the words without which a kind of cue cannot be present (an upper bound, checked first)
_TRIGGERS = {
    **dict.fromkeys("founded established formed built created incorporated settled inaugurated opened".split(), "founding"),
    **dict.fromkeys("largest oldest biggest populous densely capital".split(), "superlative"),
    **dict.fromkeys("renowned famous famously known celebrated".split(), "renown"),
    **dict.fromkeys("history historic historical heritage dating dates traces".split(), "history"),
    **dict.fromkeys("home population member located situated banks area".split(), "place"),
    **dict.fromkeys("century centuries medieval ancient millennia millennium prehistoric years".split(), "ages"),
}
_TRIGGER_WORDS = frozenset(_TRIGGERS)
_PLAIN_WORD = re.compile(r"[a-z]+")
_DEBRIS = re.compile(
    r"^(?:(?:photo|image|picture|video|graphic|illustration|file photo|pictured)s?(?: credit)?\s*[:/|©-]"
    r"|(?:reporting|writing|editing|additional reporting|compiled|written|produced) by\b"
    r"|(?:follow|like|join) us\b|(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|alerts|updates)\b"
    r"|(?:tags|topics|filed under|categories|keywords)\s*:"
    r"|(?:share|tweet|email|print|save)(?: this)?(?: article| story| page)?\s*$"
    r"|(?:click|tap) (?:here|to)\b|(?:read|see) (?:more|also)\b"
    r"|(?:related|recommended|most read|trending|more from|you may also like)(?: stories| articles| news)?\s*:?\s*$"
    r"|this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated)"
    r"|(?:copyright|©|all rights reserved)"
    r"|(?:https?://|www\.)\S+\s*$)",
    re.I,
)
_CREDIT_END = re.compile(r"\b(?:getty images|reuters|afp|ap photo|shutterstock|epa|bloomberg)\s*\)?\.?\s*$", re.I)
_CLICHE = re.compile(
    r"\bas (?:the|this) (?:situation|story|crisis|conflict|matter|standoff|saga) (?:evolves|unfolds|develops|continues)"
    r"|\b(?:the )?(?:world|international community) (?:watches|is watching|will be watching|waits|holds its breath)"
    r"|\bremains? to be seen\b|\bonly time will tell\b|\ball eyes (?:are|will be|remain) on\b"
    r"|\bstay (?:tuned|informed|updated)\b|\bthis is a developing story\b|\bthe coming (?:days|weeks|months) will (?:tell|show|reveal)\b"  # noqa: E501 (one pattern or table row, kept whole)
    r"|\bwhat happens next (?:is|remains) (?:unclear|uncertain|anyone's guess)\b|\bthe (?:road|path) ahead (?:is|remains) (?:uncertain|unclear|long)\b",  # noqa: E501 (one pattern or table row, kept whole)
    re.I,
)
# each alternative of _CLICHE holds one of these (case-folded): the pattern runs only then
_CLICHE_HINTS = ("evolves", "unfolds", "develop", "continues", "watch", "waits", "breath", "to be seen",
                 "time will tell", "all eyes", "stay", "coming", "happens next", "ahead")
_DIGIT = re.compile(r"\d")
_NAME_WORD = re.compile(r"[A-Z0-9][\w'’.&-]*,?$")


def _reports(text: str) -> bool:
    """Whether the text reads like reporting: a reporting verb, a quotation or a news time."""
    head = text[:SCAN_CHARS]
    return bool(_REPORTING.found_in(head) or _QUOTATION.search(head) or _NEWS_TIME.found_in(head))


def reference_year(article: Article) -> int | None:
    """The article's year, else the latest year it mentions (None when it mentions none)."""
    if article.published:
        return article.published.year
    years = [int(y) for b in article.blocks for y in _YEAR.findall(b.text[:SCAN_CHARS])]
    return max(years) if years else None


def _definition_subject(text: str) -> list[str] | None:
    """The words naming what the opening sentence defines ("Anchorage is the largest
    city ..." -> ["Anchorage"]), or None when it does not open with a definition."""
    words = text[:DEFINITION_CHARS].split()[:24]
    i = 1 if words and words[0].lower() == "the" else 0
    subject: list[str] = []
    while i < len(words):
        w = words[i]
        bare = w.strip("(),").lower()
        if bare in _COPULAS:
            break
        if w.startswith("(") and w.rstrip(",").endswith(")"):  # an acronym: "(JBER)"
            subject.append(w.strip("(),"))
        elif w.startswith(",") or (subject and words[i - 1].endswith(",") and bare in ("or", "also", "officially")):
            # an apposition: "NATO, or the North Atlantic Treaty Organization, is ..."
            j = i
            while j < len(words) and not words[j].endswith(","):
                j += 1
            i = j + 1
            continue
        elif _NAME_WORD.match(w) or (subject and bare in _NAME_CONNECTORS):
            subject.append(w.rstrip(","))
        else:
            return None
        if len(subject) > 8:
            return None
        i += 1
    if not subject or i + 1 >= len(words):
        return None
    nxt = words[i + 1].lower().strip(",")
    return subject if nxt in _DEFINING_NEXT else None


def _is_name_heading(text: str) -> bool:
    """A heading that only names something: "Budapest", "Anchorage, Alaska", "NATO"."""
    words = text.split()
    if not words or len(words) > 6 or text.rstrip().endswith(("?", ":", "!", ".")):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in _NAME_CONNECTORS for w in words)


def _shares_name(heading: str, subject: Sequence[str]) -> bool:
    def keys(ws: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for w in ws:
            for part in re.split(r"[-,]", w):
                part = part.strip("().'’").lower()
                if part and part not in _NAME_CONNECTORS:
                    out.add(part)
        return out

    return bool(keys(heading.split()) & keys(subject))


def cue_count(text: str, ref_year: int | None, needed: int = 1, words: Iterable[str] | None = None) -> int:
    """How many kinds of reference-book cue the text carries (founding, superlatives,
    renown, history, place facts, and years or ages long before ``ref_year``).  A
    word-level check first bounds the count from above; when that bound is under
    ``needed`` a number under ``needed`` is returned, without the full scan.  ``words``:
    the text's lower-case words when the caller has them already
    (:func:`briefing.storylines.scoring.tokens`)."""
    head = text[:SCAN_CHARS]
    if words is None:
        words = _PLAIN_WORD.findall(head.lower())
    possible = {_TRIGGERS[w] for w in _TRIGGER_WORDS.intersection(words)}
    if len(possible) + 1 < needed:  # not even with an old year
        return len(possible)
    old = ref_year is not None and any(int(y) <= ref_year - OLD_YEARS for y in _YEAR.findall(head))
    if old:
        possible.add("ages")
    if len(possible) < needed:
        return len(possible)
    kinds = {m.lastgroup for m in _CUES.finditer(head)}
    if old:
        kinds.add("ages")
    return len(kinds)


def is_encyclopedic(text: str, ref_year: int | None, heading: str | None = None,
                    words: Iterable[str] | None = None) -> bool:
    """Reference text rather than news (see the module docstring); ``words`` as for
    :func:`cue_count`."""
    subject = _definition_subject(text)
    glossary = subject is not None and heading is not None and _is_name_heading(heading) and _shares_name(heading, subject)
    if not glossary:
        needed = 2 if subject is not None else 3
        if cue_count(text, ref_year, needed, words) < needed:
            return False
    return not _reports(text)


def is_debris(text: str) -> bool:
    """Site furniture: credits, bylines, prompts, bare links, a word or two."""
    s = text.strip().strip("*_#>|").strip()
    if not any(ch.isalpha() for ch in s[:2000]):
        return True
    if len(s.split()) <= 2 and not s.endswith((".", "!", "?", '"', "”")):
        return True
    if is_caption_paragraph(s):
        return True
    if len(s) > 300:
        return len(s) <= SIGN_OFF_CHARS and _signs_off(s)
    return bool(_DEBRIS.match(s) or (len(s.split()) <= 8 and _CREDIT_END.search(s) and not s.endswith("."))
                or _signs_off(s))


def _signs_off(text: str) -> bool:
    """A paragraph of the writer's sign-off or the outlet's calls to the reader, with at most the
    writer's one-line biography and a rhetorical question besides ("So, what are you waiting for?
    Get your slippers on ...")."""
    if not may_hold_sign_off(text):
        return False  # (the common case, without splitting the paragraph)
    sentences = split_sentences(text)
    return any(map(is_sign_off, sentences)) and all(is_sign_off(x) or is_bio(x) or is_question(x) for x in sentences)


@dataclass(frozen=True, slots=True)
class FillerCheck:
    """A paragraph's stock phrases: the sentences left without them, and whether
    those carry a fact (a figure, a quotation or a reporting verb)."""

    has_cliche: bool
    rest: str
    rest_has_facts: bool


def is_cliche(sentence: str) -> bool:
    return bool(_CLICHE.search(sentence[:SCAN_CHARS]))


def _may_hold_cliche(head: str) -> bool:
    """False when a word that every stock phrase needs is missing (a cheap first test)."""
    folded = head.casefold()
    for hint in _CLICHE_HINTS:
        if hint in folded:
            return True
    return False


def check_filler(text: str) -> FillerCheck:
    head = text[:SCAN_CHARS]
    if not _may_hold_cliche(head) or not _CLICHE.search(head):
        return FillerCheck(False, text, True)
    rest = " ".join(s for s in split_sentences(text[:SCAN_CHARS]) if not is_cliche(s))
    facts = bool(_DIGIT.search(rest) or _reports(rest))
    return FillerCheck(True, rest, facts)


def background_blocks(article: Article, words: Mapping[int, Iterable[str]] | None = None) -> frozenset[int]:
    """Indices of the article's paragraphs and bullets that are background or debris
    (filler needs the storylines, see :func:`check_filler`).  ``words``: each block's
    lower-case words by block index, when the caller has them (see :func:`cue_count`)."""
    ref = reference_year(article)
    out: set[int] = set()
    heading: Block | None = None
    for b in article.blocks:
        if b.kind == "heading":
            heading = b
            continue
        just_after = heading is not None and heading.index == b.index - 1
        if is_debris(b.text) or is_encyclopedic(b.text, ref, heading.text if just_after and heading else None,
                                                words.get(b.index) if words is not None else None):
            out.add(b.index)
    return frozenset(out)

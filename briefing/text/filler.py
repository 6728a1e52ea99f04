"""What a sentence is worth as a brief's point: debris, filler, labels, questions,
fragments, sentences that lean on the one before, and historical background.

These are general rules of news writing, not lists of any article's phrases.  Every
check looks at one bounded sentence (callers skip sentences longer than
:data:`MAX_SENTENCE_CHARS`), and every pattern is a single scan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .captions import is_caption
from .folded import Folded
from .outlets import known_outlet
from .quote_marks import named_attribution, quote_balance
from .signoffs import is_sign_off
from .words import WORD

MAX_SENTENCE_CHARS = 600
MIN_WORDS = 6

# Filler and promotion: sentences that carry no fact.
_FILLER = Folded(
    r"\bas (?:the|this) (?:situation|story|crisis|conflict|matter|saga|standoff) (?:evolves|unfolds|develops|continues)"
    r"|\b(?:the )?world (?:watches|is watching|waits|holds its breath)"
    r"|\bremains? to be seen\b|\bonly time will tell\b"
    r"|\bstay (?:tuned|informed|updated)\b|\bfor (?:more|further|the latest) updates\b"
    r"|\bthis (?:story|article|page|post) (?:develops|is developing|will be updated|has been updated)"
    r"|\bin this (?:detailed |in-depth |comprehensive |full |short )?(?:analysis|article|guide|report|explainer|piece|video)\b"
    r"|\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|updates|alerts)\b"
    r"|\ball rights reserved\b|\bcopyright\b|\bclick here\b|\bread more\b|\bshare this\b"
    r"|\bstakeholders should\b|\bit (?:is|remains) (?:important|worth) (?:to note|noting)\b"
    r"|\bwe (?:will|'ll) (?:keep you|continue to) (?:updated|posted|monitor)",
)
# A sentence that opens like an advertisement or a call to action ("Now, read all the way to the bottom.",
# "Please follow her ...").
_PROMO_START = re.compile(
    r"(?:(?:now|so),\s+)?(?:please\s|(?:explore|discover|learn|find out|read|click|tap|watch|subscribe|sign up|"
    r"follow us|download|don['’]?t miss|get the latest|join us|check out)\b)",
    re.I,
)
# An editor's note to the reader, not reporting: "Editor's note: This story was updated ...",
# "CORRECTION - An earlier version ...".
_NOTE_START = re.compile(
    r"(?:editor['’]?s['’]? notes?|notes? to editors|correction|clarification)\s?(?::|[-–—]\s+(?=(?-i:[A-Z])))",
    re.I)
# a page's box of highlights, its label run into the first of them
_HIGHLIGHTS = re.compile(r"(Story highlights|STORY HIGHLIGHTS|Key points|KEY POINTS"
                         # a live blog's time stamp: "12:39 A.M. Israel and Hamas have agreed ..."
                         r"|\d{1,2}:\d\d ?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))\s+(?=[A-Z\"“])")
# A table's or a report's note, a label whatever case its text opens with: "Note: figures include ..."
_NOTE_LABEL = re.compile(r"(notes?)\s?(?::|[-–—]\s)\s*(?=\S)", re.I)
# Sections that introduce rather than report.
_SECTION_WORDS = re.compile(
    r"(?:frequently asked questions|key takeaways|conclusion|in conclusion|summary|background|"
    r"related|more on this|what to know|what we know|the bottom line|editor's note)\b",
    re.I,
)
# Label then text: "Summit Failure Highlights Stalemate: The cancellation ...", "UPDATE: ..."
_LABEL = re.compile(r"([^:!?\n]{1,80}?)\s?:\s+(?=[\"“‘']?[A-Z0-9])")

# First words that refer back to the sentence before, or contrast with it.
_LEANING_WORDS = frozenset(
    "this these that those it its he she they him her his their them such however but yet "
    "nevertheless nonetheless still instead thus therefore hence consequently otherwise accordingly "
    "likewise similarly conversely besides furthermore then there's here's we i you".split()
)
_LEANING_PHRASES = re.compile(
    r"(?:as a result|in response|despite (?:this|that|these)|because of (?:this|that)|in turn|"
    r"on the other hand|on the contrary|even so|in addition to (?:this|that)|at the same time|"
    r"the (?:latter|former)|both (?:men|leaders|sides)|the move|the decision|the remarks|the comments)\b",
    re.I,
)
# "This week", "That morning": a demonstrative that only names a time stands alone.
_TIME_NOUN = re.compile(
    r"(?:this|that|these|those)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|"
    r"spring|summer|autumn|fall|winter|season|quarter|time of year)\b",
    re.I,
)
_FIRST_WORD = re.compile(r"[\"“‘'(\[]?([A-Za-z]+(?:['’][a-z]+)?)")
# Historical background: founding stories and long-ago years.
_BACKGROUND = Folded(
    r"\b(?:(?:founded|established|formed|built|born|created|opened) in (?:1\d|20)\d\d"
    r"|dat(?:es|ing) back|first recorded|centuries[- ]old|centuries of|medieval|ancient)\b",
)
_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
# Editorial commentary: words that frame rather than report.  A soft penalty only.
_COMMENTARY = Folded(
    r"\b(?:underscor\w*|highlight\w*|reflect\w*|complexit\w*|crucial|elusive|tragic|relentless|"
    r"significant concern|deep divisions|remains? (?:a|an) (?:significant|major|key)|heightens?|"
    r"evolution|recalibration\w*|persistent tensions|broader|uncertain(?:ty)?|urgency)\b",
)


def is_aside(sentence: str) -> bool:
    """A sentence wholly in parentheses: "(When Bustle reached out for comment, ...)"."""
    s = sentence.strip()
    return s.startswith("(") and s.rstrip(".").endswith(")") and s.count("(") == 1


def is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"”’'»)]").endswith("?")


def is_filler(sentence: str) -> bool:
    """Filler, promotion or boilerplate phrasing that carries no fact."""
    s = sentence.strip()
    return bool(_FILLER.found_in(s) or _PROMO_START.match(s) or is_note(s) or is_sign_off(s)
                or _SECTION_WORDS.fullmatch(s.rstrip(".:!")))


def is_note(sentence: str) -> bool:
    """An editor's note to the reader ("Editor's note: This story ...", "Correction: An earlier
    version ..."): check it before :func:`split_label` takes "Correction" for a label."""
    return bool(_NOTE_START.match(sentence.strip()))


def is_boilerplate(sentence: str, debris: Sequence[re.Pattern[str]]) -> bool:
    """The config's site-debris patterns (merged: :func:`merged_patterns`), matched against the
    whole sentence."""
    s = sentence.strip().strip("*_#>").strip()
    return fullmatches_any(s, debris)


def fullmatches_any(text: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    """Whether one of ``patterns`` matches the whole of ``text``."""
    for p in patterns:
        if p.fullmatch(text):
            return True
    return False


# groups that mean the same inside an alternation; anything else after "(?" (inline
# flags, named groups) or a back reference keeps a pattern apart
_PLAIN_GROUPS = re.compile(r"\(\?(?:[:=!]|<[=!])")
_UNMERGEABLE = re.compile(r"\(\?|\\[1-9]")
def merged_patterns(patterns: Sequence[re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    """The patterns as one alternation per set of flags (one scan instead of many); a
    pattern with inline flags stays on its own.  Made once per load or summary and passed
    down (compiling is the cost)."""
    groups: dict[int, list[str]] = {}
    alone: list[re.Pattern[str]] = []
    for p in patterns:
        if _UNMERGEABLE.search(_PLAIN_GROUPS.sub("", p.pattern)):
            alone.append(p)
        else:
            groups.setdefault(p.flags, []).append(p.pattern)
    merged = tuple(re.compile("|".join(f"(?:{x})" for x in pats), flags) for flags, pats in groups.items())
    return merged + tuple(alone)


_DATELINE = re.compile(
    r"([A-Z][A-Z .'-]{1,40}(?:, [A-Za-z0-9 .]{2,30})? \([A-Za-z .&-]{1,30}\))\s{0,3}[-–—]{1,2}\s{0,3}(?=\S)"
    r"|(\((?:[A-Z][\w.&-]{0,20} ?){1,3}\))(?:\s{0,3}[-–—]{1,2})?\s{1,3}(?=[A-Z\"“])"  # "(CNN) The ...", "(Reuters) - ..."
    r"|([A-Z][A-Za-z.'-]{1,20}(?: [A-Z][A-Za-z.'-]{1,20}){0,3}(?:, [A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?,"
    r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})\s{1,3}[-–—]{1,2}\s{1,3}(?=\S)"
    r"|([A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,3}(?:, [A-Z][A-Z.]{1,15}(?: [A-Z][A-Z.]{1,15})?)?,"
    r" (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6}\.? \d{1,2})\s{1,3}[-–—]{1,2}\s{1,3}(?=\S)"
    r"|([A-Z][A-Z .'-]{1,40}(?:, [A-Za-z .]{2,30})?)\s{0,3}>>\s{0,3}(?=\S)"
    r"|([A-Z][A-Za-z .'-]{1,40}(?:, [A-Za-z .]{2,30})?, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} /[A-Za-z -]{2,30}/)"
    r"\s{0,3}[-–—]{1,2}\s{0,3}(?=\S)"
    r"|([A-Z][A-Z.'-]{2,20}(?: [A-Z][A-Z.'-]{1,20}){0,2}(?:, [A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)?)"
    r"\s{1,3}(?:[–—―]{1,2}\s{1,3}|-{1,2}\s{0,3})(?=[A-Z\"“])"
)  # the third: a wire dateline with its date, "WASHINGTON, March 30 - ...", "WILTON, Conn., March 2 - ...",
# "New York, March 18 - ..." (the fourth, all in capitals: "COPENHAGEN, MARCH 23 - ..."); then a local paper's
# "WOODLAND HILLS >> ..."; a press release wire's
# "CHICAGO, Nov. 30, 2018 /PRNewswire/ -- ..."; the last, a place in capitals and a dash, "WASHINGTON ― ..."
# a place written in any case before a well-known outlet in brackets: "Sycamore, Illinois (CNN) The man ...",
# "Washington (CNN) -- A man ...", "Dec 17 (Reuters) - ..." (the bracket checked against the outlets: "Exxon Mobil (XOM) Chief
# Executive Darren Woods said" has no dateline)
_PLACE_OUTLET = re.compile(
    r"([A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{1,20}){0,2}(?: \d{1,2})?(?:, [A-Z][\w.]{1,15}(?: [A-Z][\w.]{1,15})?)?"
    r" \(([A-Z][\w.&-]{1,20}(?: [A-Z][\w.&-]{1,20})?)\))(?:\s{0,3}[-–—]{1,2})?\s{1,3}(?=[A-Z\"“])")


def _dateline(text: str) -> tuple[str, int] | None:
    """The leading dateline of ``text`` and where the text after it starts."""
    d = _DATELINE.match(text)
    if d:
        return next(g for g in d.groups() if g).strip(), d.end()
    p = _PLACE_OUTLET.match(text)
    if p and known_outlet(p.group(2)) is not None and not _spelt_out(p.group(1), p.group(2)):
        return p.group(1), p.end()
    return None


def _spelt_out(before: str, short: str) -> bool:
    """Whether the words before the bracket are the outlet's own name, not a place: "National Public
    Radio (NPR) Chief Executive ...", "Associated Press (AP) President ..."."""
    name = before[: before.rfind("(")].strip()
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return known_outlet(name) is not None or initials.upper() == short.upper()


def dateline_end(text: str) -> int:
    """Where the text after a leading dateline starts (0 when there is none)."""
    d = _dateline(text)
    return d[1] if d else 0


def without_dateline(text: str) -> str:
    """``text`` without a leading dateline ("KYIV (Reuters) - ", "(CNN) ", "WILTON, Conn., March 2 - ",
    "Seoul, South Korea (CNN) ")."""
    d = _dateline(text)
    return text[d[1]:] if d else text


def _page_label(text: str) -> tuple[str, int] | None:
    """A dateline, or a highlights box's label run into the text ("Story highlights The radio
    network suspends ..."), and where the text after it starts."""
    h = _HIGHLIGHTS.match(text)
    return _dateline(text) or ((h.group(1), h.end()) if h else None)


def without_page_label(text: str) -> str:
    """``text`` without its :func:`_page_label`."""
    d = _page_label(text)
    return text[d[1]:] if d else text


def split_label(sentence: str) -> tuple[str | None, str]:
    """(label, text) for "Label Words: Sentence text.", else (None, sentence).

    A label is at most eight words in Title Case ("Summit Failure Highlights Stalemate")
    or a capitalised tag ("UPDATE", "BREAKING"); "Lavrov said: ..." is no label."""
    d = _page_label(sentence)
    if d:  # "KYIV (Reuters) - ...", "(CNN) ...", "Story highlights The radio network ..."
        return d[0], sentence[d[1]:]
    note = _NOTE_LABEL.match(sentence)
    if note:  # "Note: figures include losses ..." -> "Figures include losses ..."
        rest = sentence[note.end():]
        return note.group(1), rest[:1].upper() + rest[1:]
    m = _LABEL.match(sentence)
    if not m:
        return None, sentence
    label = m.group(1).strip()
    words = label.split()
    if not words or len(words) > 8:
        return None, sentence
    if ". " in label:
        return None, sentence
    small = {"of", "on", "in", "as", "to", "for", "and", "the", "a", "an", "at", "with", "from", "vs", "by"}
    title_case = all(w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w in small for w in words)
    if not title_case:
        return None, sentence
    rest = sentence[m.end() :].strip()
    return label, rest


_ADDITIVE = re.compile(
    r"(?:(?:also|moreover|furthermore|additionally|in addition|meanwhile|separately|what's more|what’s more),"
    r"|(?-i:And))\s+(?=\S)",
    re.I,
)


def strip_connective(sentence: str) -> str:
    """The sentence without an additive connective that only linked it to the one before
    ("Also, Secretary of State Marco Rubio …" -> "Secretary of State Marco Rubio …"; "And Thursday's
    shootings come …" -> "Thursday's shootings come …"): the
    sentence says the same on its own, and a summary point has no sentence before it."""
    m = _ADDITIVE.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end():]
    return rest[:1].upper() + rest[1:]


# "The company also said ...", "The bank said ...": a definite description of a subject the
# sentence before named (which company, out of its article, a summary cannot tell); not when
# the phrase goes on to name it ("The government of Japan", "The union representing 30,000
# nurses", "The spokesman for IBJ"; "The board of directors", "The company on Tuesday" still lean)
_BACK_REFERENCE = re.compile(
    r"[Tt]he (?:company|companies|firm|bank|group|government|country|plan|proposal|deal|agreement|issue|"
    r"expansion|offer|acquisition|transaction|merger|spokesman|spokeswoman|utility|airline|automaker|"
    r"carrier|lender|insurer|retailer|agency|ministry|court|board|union)(?:['’]s)?\b(?!-)"
    r"(?! (?:of|for|from|representing|owned by|based in) (?:[A-Z0-9]|the [A-Z]))"
    # "The Russian leader indicated ...": an office standing for the person named before (not "The
    # Russian President Vladimir Putin said", whose name follows)
    r"|[Tt]he (?:[A-Z][a-z]{1,20} )?(?:leader|president|prime minister|premier|chancellor)(?:['’]s)?\b(?! [A-Z])")


def refers_back(sentence: str) -> bool:
    """Whether the sentence opens with a definite description of a subject named before it
    ("The company also said ..."): it leans on that sentence, unless it opens an article."""
    return bool(_BACK_REFERENCE.match(sentence.lstrip()))


def leans_on_previous(sentence: str) -> bool:
    """Whether the sentence only makes sense after the one before it."""
    s = sentence.lstrip()
    if _TIME_NOUN.match(s):
        return False
    if _LEANING_PHRASES.match(s):
        return True
    m = _FIRST_WORD.match(s)
    if not m:
        return False
    first = m.group(1).lower().replace("’", "'")
    return first in _LEANING_WORDS or first.split("'")[0] in {"he", "she", "it", "they", "that", "we", "i", "you"}


def is_fragment(sentence: str) -> bool:
    """Too short, not closed like a sentence, or starting mid-sentence."""
    s = sentence.strip()
    if len(WORD.findall(s)) < MIN_WORDS:
        return True
    if not s.rstrip(" \"”’'»)]").endswith((".", "!")) or s.endswith(("...", "…")):
        return True
    first = s.lstrip("\"“‘'([«")[:1]
    return not (first.isupper() or first.isdigit())


_TITLE_SMALL = frozenset("a an the of in on at to for and or but by with from as vs via".split())
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_headline(sentence: str) -> bool:
    """A headline, not a sentence of reporting: every word but the small ones capitalised, as
    headlines of related stories and links run into a page are ("Royal Bodyguard Warns: 'Kate
    Middleton's Baby Is In Danger!'"), though not all in capitals (a broadcaster's transcript)."""
    capitalised = 0
    for m in _TITLE_WORD.finditer(sentence):  # most sentences give themselves away in a word or two
        w = m.group()
        if w.lower() in _TITLE_SMALL:
            continue
        if not w[0].isupper():
            return False
        capitalised += 1
    if capitalised < 4:
        return False
    # a broadcaster's transcript in capitals, behind its dateline or not
    letters = list(filter(str.isalpha, sentence))
    return sum(map(str.isupper, letters)) * 2 <= len(letters)


def is_background(sentence: str, recent_year: int | None) -> bool:
    """History rather than news: founding stories, or only years long before ``recent_year``."""
    if _BACKGROUND.found_in(sentence):
        return True
    if recent_year is None:
        return False
    years = [int(y) for y in _YEAR.findall(sentence)]
    return bool(years) and max(years) < recent_year - 2


def commentary_hits(sentence: str) -> int:
    return _COMMENTARY.count_in(sentence)


def point_rejection(sentence: str, debris: Sequence[re.Pattern[str]] = ()) -> str | None:
    """Why a sentence can never be a summary point, or None when it can."""
    if len(sentence) > MAX_SENTENCE_CHARS:
        return "too long"
    if is_question(sentence):
        return "question"
    if is_fragment(sentence):
        return "fragment"
    if is_headline(sentence):
        return "headline"
    if is_filler(sentence) or is_boilerplate(sentence, debris):
        return "filler"
    if is_caption(sentence):
        return "caption"
    if is_aside(sentence):
        return "aside"
    balanced, quoted = quote_balance(sentence)
    if not balanced:
        return "part of a quotation"
    if quoted > 0.6 and not named_attribution(sentence):
        return "mostly quotation"
    return None

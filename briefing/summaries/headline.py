"""A storyline's headline: a short title of what happened, as a news service's story card has.

The storyline's lede is its first summary point (what most outlets report, best first).
The headline is the outlets' own headline for that news where one fits: among the titles of
the articles that report the lede (then of the storyline's other articles, up to
:data:`MAX_TITLES` titles in all), the one that says the same thing (it shares what
happened with the lede: an act of :mod:`briefing.summaries.paraphrase`, and the most of
its concepts).  A title is used only
when it reads as a headline: a few words, not cut off ("…"), not a sentence ending in a full
stop, not the article's first sentence taken as its title.  With no such title the lede is
cut to its main clause ("New sanctions on Rosneft and Lukoil aim to pressure Moscow, but
..." -> "New sanctions on Rosneft and Lukoil aim to pressure Moscow").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Article, SummaryPoint
from ..text.filler import without_page_label
from ..text.words import normalize, words
from .lede_front import (
    OPENERS,
    finite,
    main_clause_first,
    opening_clause_only,
    opens_on_a_quantity,
    outside_quotes,
    without_weekday,
)
from .paraphrase import Gist, Rarity, gist, is_act

MIN_WORDS = 3
MAX_WORDS = 16
CUT_WORDS = 14  # a lede cut to a headline keeps at most this many words
MAX_TITLES = 200  # titles read at most: the lede's sources', then the storyline's first articles'
# an outlet's name after the headline: "... - Reuters", "... | BBC News"
_OUTLET_SUFFIX = re.compile(r"\s(?:[-|–—]|::)\s(?=[A-Z0-9&][\w.&'’]{0,20}(?:\s[A-Z0-9&][\w.&'’]{0,20}){0,3}$)")
# an office before a name, which a headline leaves out: "U.S. President Donald Trump" -> "Donald Trump"
_OFFICE = re.compile(
    r"(?<!his )(?<!her )(?<!its )(?<!their )(?<!'s )(?<!’s )"  # (not "his spokesman Tom Lee")
    r"\b(?:[A-Z][\w.’'-]{0,20}\s){0,3}(?:President|Prime Minister|Foreign Minister|Minister|Secretary of State|"
    r"Secretary|Chancellor|Governor|Senator|[Ss]pokes(?:man|woman|person)|Chief Executive|CEO)\s(?=[A-Z][a-z])"
)
# where a lede's main clause ends: a relative, a reason, a contrast, an attribution
_CLAUSE_END = re.compile(
    r",\s(?:which|who|as|after|amid|while|following|but|and|according|said|says|officials|setting|"
    r"leaving|prompting|marking|raising)\b|\s(?:due to|amid|as part of|according to|after|although|whereas)\s|;\s|"
    r"\s[—–]\s"
)
# what a headline leaves off the front: an attribution, a time or a place ("On Thursday, ", "Early on
# Monday, ", "In the frontline Zaporizhzhia region, ")
_TIME = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|today"
         r"|yesterday|week|month|year|January|February|March|April|May|June|July|August|September|October"
         r"|November|December)")
_LEADING_ATTRIBUTION = re.compile(
    rf"\A(?:According to [^,]{{1,60}}"
    # "On Thursday, ", "On Monday night, ", "On Christmas Eve, ", "On Oct. 3, 1995, "
    rf"|On (?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}|[^,]{{1,30}})|In(?: [^,\s]+){{1,4}}"
    rf"|(?:Late|Early|Earlier|Later)(?: on| in| this| last)? {_TIME}[^,]{{0,20}}),\s"
    # ...unless a participle follows: then the phrase holds the subject ("On Friday CBS News, citing ...")
    r"(?![a-z]+ing\b)")
# an aside a headline leaves out: ", who spoke by phone for two hours," ", which began in May,"
# a name, then an aside between commas, then its verb: "General Partners, owned by X, launched …"
_SUBJECT_ASIDE = re.compile(r"([^,]{1,80}),\s(?=[a-z])[^,;]{1,120},\s"
                            r"(?!(?:the|a|an|and|or|but|who|which|whose|where|its|their|his|her)\s)(?=[a-z])")
# words that open a phrase a headline can end before: prepositions, conjunctions, relatives (not "that",
# "as", "than", "to": they open what the words before need as often as an added phrase)
_PHRASE_STARTS = frozenset("""of in on for with by from after amid which who while and or but at over into under
    against before since until during despite""".split())
# common irregular verbs, present and past: the words kept must hold one, and a cut never follows one
_VERBS = frozenset("""is are was were has have had will would can could may might must shall should does did
    make makes made take takes took give gives gave win wins won lose loses lost leave leaves left hit hits cut
    cuts set sets put puts sell sells sold buy buys bought hold holds held tell tells told keep keeps kept meet
    meets met run runs ran rise rises rose fall falls fell grow grows grew become becomes became begin begins
    began go goes went come comes came see sees saw get gets got find finds found send sends sent lead leads led
    pay pays paid spend spends spent say says said show shows shown know knows knew think thinks thought bring
    brings brought build builds built seek seeks sought strike strikes struck fly flies flew shoot shoots shot
    speak speaks spoke write writes wrote tear tears tore catch catches caught flee flees fled draw draws drew
    stand stands stood sit sits sat sink sinks sank steal steals stole throw throws threw wear wears wore hear
    hears heard mean means meant feel feels felt let lets quit quits read reads shut shuts teach teaches taught
    die dies warn warns claim claims plan plans want wants face faces hope hopes call calls urge urges deny
    denies admit admits add adds agree agrees vow vows threaten threatens announce announces reject rejects""".split())
# ...and words a headline cannot end on: they need what comes after them
_NO_END = frozenset("""a an the its their his her our your this that these those all some any each every both
    no not be been being is are was were will would shall should can could may might must has have had do does
    did said says say told tell asked added noted stated announced reported used made make makes because when if
    unless whether where outside inside about around up down out off near more less most least such soon much
    many few worth than as to -- — – -""".split())
_AND = frozenset("and or but a an the of to".split())  # never the last word before a comma cut
# words before "of" that finish a fixed phrase with it ("instead | of", "in the form | of", "a number | of")
_OF_PHRASES = frozenset("""instead ahead spite view behalf front favor favour wake form short regardless out number
    lot part one some most many much all each none both because""".split())
# an institution or a title that "of" and a name finish ("Duchess | of Cambridge", "Bank | of England")
_OF_NAMES = frozenset("""Duchess Duke Earl Prince Princess King Queen Bank University Department Ministry Secretary
    Minister Institute Museum Church Council Board Bureau Office House Chamber Republic Kingdom State States
    Federation Union Association Society College School Governor Mayor Archbishop Bishop""".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand million billion".split())
_PRESENT = frozenset(w for w in _VERBS if w.endswith("s") and w not in ("is", "was", "has", "does"))
_TO_VERBS = frozenset("""able unable prepared ready likely unlikely due set going plans plan intends intend wants want
    seeks seek hopes hope expects expect aims aim needs need trying tries agrees agree""".split())
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # a clause's comma, not a figure's ("100,000")
_ASIDE = re.compile(r",\s(?:who|which|whose|where)\s[^,;]{1,120},\s")
# what a headline never carries: a bracketed aside after a word ("dlrs (1.35 billion excluding
# Brazil),", "product (GNP) forecast"; not a name's own part, "Industrial Equity (Pacific) Ltd", nor
# a bracketed subject) and a wire's ticker ("<STAT.OL>")
_BRACKETED = re.compile(r"(?<=\S)\s\([^()]{1,80}\)(?!\s?[A-Z])|(?<=\S)\s<[A-Z0-9.]{1,12}>")


def clean_title(title: str) -> str:
    """A title without an outlet's name after it, nor a page's label or dateline before it."""
    t = without_page_label(" ".join(title.split()))
    parts = _OUTLET_SUFFIX.split(t, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= MIN_WORDS and len(parts[1].split()) <= 4:
        t = parts[0]
    return t


def reads_as_headline(title: str, article: Article) -> bool:
    n = len(title.split())
    if not MIN_WORDS <= n <= MAX_WORDS or title.endswith(("…", "...", ".", ":")):
        return False
    first = next((b.text for b in article.blocks if b.kind != "heading"), "")
    return not normalize(first).startswith(normalize(title))  # a title taken from the lead sentence


def cut_to_headline(text: str) -> str:
    """A sentence cut to its main clause, at most :data:`CUT_WORDS` words, no full stop."""
    whole = " ".join(text.split())
    t = _LEADING_ATTRIBUTION.sub("", whole, count=1)
    if not _says_something(t):
        t = whole  # "In Kyiv a missile strike killed 12 people, the mayor said": the main clause came first
    t = main_clause_first(t, _has_verb, _says_something)
    t = _BRACKETED.sub("", t).strip() or t
    t = _ASIDE.sub(" ", t)
    m = _SUBJECT_ASIDE.match(t)
    if m and not any(w[:1].islower() for w in m.group(1).split()):
        t = m.group(1) + " " + t[m.end():]  # "General Partners, owned by X and Y, launched" -> "General Partners launched"
    t = _OFFICE.sub("", t)
    if t.startswith("The ") and len(t.split()) > CUT_WORDS // 2:
        t = t[4:]
    if t[:1].islower():
        t = t[0].upper() + t[1:]
    for m in _CLAUSE_END.finditer(t):
        if (len(t[:m.start()].split()) >= 6 and not _unfinished(t[:m.start()]) and not _predicate_after(t, m)
                and outside_quotes(t[:m.start()]) and not _left_open(t[:m.start()].split())):
            t = t[:m.start()]
            break
    t = without_weekday(t, _looks_like_a_verb)
    ws = t.split()
    if len(ws) > CUT_WORDS:
        head = " ".join(ws[:CUT_WORDS])
        # a clause's comma, not one inside a figure ("100,000 tonnes")
        comma = max((m.start() for m in _CLAUSE_COMMA.finditer(head)), default=-1)
        if comma > 0 and _opens_predicate(head[comma + 1:]) and not finite(head[:comma]) and not _clause_before(head[:comma]):
            comma = -1  # "Jane and Gary Wilson, from Stockport, | had been walking": all before is the subject
        before = head[:comma] if comma > 0 else ""
        tail = before.rsplit(",", 1)[1].split() if "," in before else []
        # "... by 9.3 pct, petrol": a list goes on (not "May 7, 1990", "Naples, Italy")
        lone = len(tail) == 1 and tail[0][:1].islower()
        if not _says_something(before) or _unfinished(before) or before.split()[-1].lower() in _AND or lone:
            # else before the last phrase that starts within reach ("... offer of safe passage | to ...")
            # (up to MAX_WORDS when no phrase starts within CUT_WORDS: a longer headline beats one cut off)
            at = max((k for k in range(6, CUT_WORDS + 1) if _can_end_before(ws, k)), default=0) or min(
                (k for k in range(CUT_WORDS + 1, min(len(ws) - 1, MAX_WORDS) + 1) if _can_end_before(ws, k)), default=0)
            before = " ".join(ws[:at]).rstrip(",;:") if at else ""
        # (never a bare name: "Den Norske Stats Oljeselskap A/S (Statoil)" says nothing happened)
        # (a clause that opens on "When", "While", ... and never reaches its comma is no headline)
        if _says_something(before) and not opening_clause_only(before):
            t = before
        elif len(ws) > MAX_WORDS:
            t = head.rstrip(" ,;:") + "…"  # (a sentence of MAX_WORDS at most stands whole rather than cut off)
    return t.rstrip(" .,;:") or whole


def _can_end_before(ws: Sequence[str], k: int) -> bool:
    """Whether a headline may end before word ``k``: a phrase starts there, and the word before
    it needs nothing after it ("... Paul Volcker said | that" and "... is not prepared | to" do)."""
    start, last = ws[k].lower(), ws[k - 1].lower().rstrip(",;:")
    if k >= 2 and _participle_phrase(ws[k - 1]) and ws[k - 2].endswith(","):
        return False  # a participle's phrase just opened: "..., a spokesman said, speaking | on condition ..."
    if not (start in _PHRASE_STARTS or _participle_phrase(ws[k])) or last in _NO_END or last in _PHRASE_STARTS \
            or _looks_like_a_verb(last):
        return False  # ("... killed | at least 20": a verb's object follows it)
    if start in ("and", "or") and (k + 1 >= len(ws) or ws[k + 1][:1].isupper() or ws[k - 1].endswith(",")
                                   or _a_number(ws[k - 1].rstrip(",")) and k + 1 < len(ws) and _a_number(ws[k + 1])):
        return False  # a name, a list or a count goes on: "Eli Lilly and Co", "A, B and C", "two | or three"
    if start == "of" and last in _OF_PHRASES:
        return False  # "in the form | of a dividend", "a number | of its stores"
    if ws[k - 1].endswith("-") or (k >= 2 and (ws[k - 2].endswith(",") and not _has_verb(ws[k - 1])
                                               and not ws[k - 1][:1].isdigit()
                                               or ws[k - 2].lower() == "to" and ws[k - 1][:1].islower()
                                               and k + 1 < len(ws) and _a_number(ws[k + 1].lstrip("$£€")))):
        # a word that needs what follows: "medium- | and long-term", "by 9.3 pct, petrol | ...", "expects to open | over"
        return False
    if _participle_phrase(ws[k]) and start not in ("including", "excluding") and not ws[k - 1].endswith(",") \
            and not ws[k - 1][:1].isdigit():  # (a figure closes its noun: "... due May 7, 1990 | paying 14 pct")
        # a participle's phrase after a comma (", indicating that ..."): without one, the word in -ing as often
        # goes on with a noun ("chief | operating officer", "sinking fund") or a verb ("consider | giving")
        return False
    if start == "of" and ws[k - 1].rstrip(".,") in _OF_NAMES and k + 1 < len(ws) and ws[k + 1][:1].isupper():
        return False  # "Duchess of Cambridge", "Bank of England" (not "Culinary Academy | of San Francisco")
    head = ws[:k]
    if not outside_quotes(" ".join(head)):
        return False  # never inside brackets or quotation marks
    if _left_open(head):
        return False  # a clause opened and left without its verb: "an ally who | from his post", "the hospital where the Duchess"
    # the words kept must hold a verb: "Talks between the United States and the European Union" says nothing
    # (a past form or an auxiliary: "strikes", "cuts", "talks" are as often nouns)
    return any(_looks_like_a_verb(w.lower()) and w.lower() not in _PRESENT for w in head if w[:1].islower())


# words that open a clause whose verb must follow ("... who was", "... where the Duchess was staying")
_CLAUSE_WORDS = frozenset("who which whose where whether because although though while if when".split())
# words in -ing that are nouns, adjectives or prepositions as often as they open a participle's phrase
_ING_NOT_PARTICIPLE = frozenset("""offering meeting building spending trading funding financing morning evening hearing
    ruling shooting bombing warning opening rating ceiling training housing pricing listing filing holding recording
    landing bidding setting shipping lending banking clearing mining timing marketing manufacturing processing
    engineering accounting advertising licensing planning polling refining drilling being nothing something anything
    everything thing during according following regarding concerning pending outstanding remaining leading existing
    growing rising falling increasing declining continuing ongoing booking fighting killing wedding painting
    beginning ending bring string spring""".split())


def _a_number(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in _NUMBERS


def _participle_phrase(word: str) -> bool:
    """Whether ``word`` opens a participle's phrase a headline can end before ("... filed an 8-K report |
    indicating that ...", "... | including two ..."), by its form: lower case, in -ing."""
    return word.endswith("ing") and len(word) > 5 and word.islower() and word not in _ING_NOT_PARTICIPLE


def _left_open(ws: Sequence[str]) -> bool:
    """Whether the last clause ``ws`` open ("who", "where", "because", ...; "that" after a verb: "announced
    that", "told reporters that") has no verb after it ("because of" opens a phrase, not a clause)."""
    opened = max((j for j, w in enumerate(ws) if (w.lower() in _CLAUSE_WORDS or w.lower() == "that" and any(
        _looks_like_a_verb(x.lower()) for x in ws[max(0, j - 2):j])) and not (j + 1 < len(ws) and ws[j + 1].lower() == "of")),
        default=-1)
    return opened >= 0 and not any(_looks_like_a_verb(w.lower().rstrip(",;:")) for w in ws[opened + 1:])


def _looks_like_a_verb(word: str) -> bool:
    """A past form ("killed", "died") or a common verb ("left", "found", "won", "says")."""
    return word.endswith("ed") and len(word) > 3 or word in _VERBS


def _says_something(text: str) -> bool:
    """At least six words, one of them in lower case (a verb's chance): more than a name."""
    ws = text.split()
    return len(ws) >= 6 and any(w[:1].islower() for w in ws)


# what opens a phrase or a clause before the main one: "In Krystal's 2014 suit against the Jets, she
# claimed ...", "With the anniversary looming, prosecutors began ...", "Working with the elders, Hamm ..."
_OPENERS = OPENERS
# a that-clause opening on a condition or a reason: "Prosin says that even if NhRP loses the case, it will ..."
_CONDITION_FIRST = re.compile(r"(?:^|\bthat )(?:even )?(?:if|unless|although|though|because|when|while|once|whether)\b",
                              re.I)


# the small words a run of names and a time holds without a verb: "Judge Kurt Engelhardt on Wednesday"
_FUNCTION_WORDS = frozenset("""a an the of on in at to for and or by with from as this that these those its his
    her their""".split())


def _unfinished(text: str) -> bool:
    """Whether the words before a cut are only an opening phrase or an unfinished clause: they
    open with a preposition or a conjunction ("In Krystal's 2014 suit against the Jets"), a
    that-clause opens on its condition ("Prosin says that even if ..."), they are names and small
    words only ("Judge Kurt Engelhardt on Wednesday"), or a subject's aside, a participle's or an
    adverb's phrase holds no word that is surely a verb (the list is not guessed further: "New
    sanctions aim to ..." has no comma and stands)."""
    ws = text.split()
    if not ws:
        return True
    if (ws[0].lower() in _OPENERS and not opens_on_a_quantity(text)) or _CONDITION_FIRST.search(text):
        return True
    if all(w.lower().strip(",;:") in _FUNCTION_WORDS or not w[:1].islower() for w in ws):
        return True
    # a subject and its aside, or a participle or an adverb's phrase, with no verb in sight: "Three
    # applicants, <Baring Brothers>", "Standing before Judge Edmund Palmieri", "Simultaneously with the filing"
    first = ws[0].lower()
    shaped = "," in text or (first.endswith("ing") and len(first) > 5) or (
        first.endswith("ly") and len(ws) > 1 and ws[1].lower() in _OPENERS)
    return shaped and not _has_verb(text)


def _clause_before(text: str) -> bool:
    """Whether ``text`` holds a clause of its own before its last comma: a past form after a lower-case
    noun that is no participle's ("the bank said, ..."); "one used by tax officials" holds none."""
    ws = text.split()
    return any(_looks_like_a_verb(w.lower().rstrip(",")) and not w.lower().rstrip(",").endswith("ed")
               for w in ws[1:] if w[:1].islower())


def _opens_predicate(rest: str) -> bool:
    """Whether ``rest`` (what follows a comma) opens with the sentence's verb: the comma closed an
    aside of the subject ("Ann and Bob Smith, of Leeds, | said they heard ...")."""
    ws = rest.split(maxsplit=2)[:2]
    if len(ws) == 2 and ws[0] in _ADVERBS:
        ws = ws[1:]  # "..., the senior Democrat on the committee, | also scolded ..."
    return bool(ws) and ws[0].islower() and _looks_like_a_verb(ws[0].rstrip(",;:"))


_ADVERBS = frozenset("also later then previously recently again still never once first earlier now".split())


def _has_verb(text: str) -> bool:
    """Whether a lower-case word of ``text`` is a past form or a common irregular verb."""
    return any(w[:1].islower() and _looks_like_a_verb(w.rstrip(",;:")) for w in text.split())


def _predicate_after(text: str, m: re.Match[str]) -> bool:
    """Whether a clause end that is a verb (", said", ", says") goes on with its object, not its
    subject: ", said they heard" is the sentence's verb; ", said officials" an attribution."""
    if not m.group().rstrip().endswith(("said", "says")):
        return False
    rest = text[m.end():]
    nxt = rest.split(maxsplit=1)[:1]
    if nxt and nxt[0].lower().strip(".,;:") in _CLAUSE_OPENERS:
        return True
    # an attribution ends the sentence in a few words ("..., said health officials in the city");
    # "..., said Beijing would lodge a protest" reports a clause
    return len(rest.split()) > 8 or _has_verb(rest)


# words that open the clause a verb reports ("said they heard", "said that", "said the fire")
_CLAUSE_OPENERS = frozenset("they he she it we i you that the a an his her their its there this these".split())


def _overlap(a: Gist, b: Gist, rarity: Rarity) -> float:
    shared_acts = [c for c in a.events & b.events if is_act(c)]
    if not shared_acts:
        return 0.0
    return sum(map(rarity, a.events & b.events)) + 0.5 * sum(map(rarity, a.actors & b.actors))


def storyline_headline(points: Sequence[SummaryPoint], storyline_articles: Sequence[str],
                       articles: Mapping[str, Article]) -> str:
    """The headline of a storyline whose summary is ``points`` (its lede first); "" with no points."""
    if not points:
        return ""
    lede = points[0]
    order = list(dict.fromkeys([*lede.sources, *storyline_articles[:MAX_TITLES]]))[:max(MAX_TITLES, len(lede.sources))]
    titles: list[tuple[int, str, Gist]] = []
    for rank, a in enumerate(order):
        art = articles.get(a)
        if art is None or art.duplicate_of is not None and art.duplicate_of in order:
            continue
        t = clean_title(art.title)
        if reads_as_headline(t, art):
            titles.append((rank, t, gist(t, words(t))))
    lede_gist = gist(lede.text, words(lede.text))
    rarity = Rarity([lede_gist, *(g for _, _, g in titles)])
    sources = set(lede.sources)
    best: tuple[float, int, str] | None = None
    for rank, t, g in titles:
        score = _overlap(lede_gist, g, rarity) * (1.5 if order[rank] in sources else 1.0)
        if score > 0 and (best is None or (score, -rank) > (best[0], -best[1])):
            best = (score, rank, t)
    return best[2] if best else cut_to_headline(lede.text)

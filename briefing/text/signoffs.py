"""The page's sign-off, not its news: the writer's contact details, biography and colleagues'
credits, the outlet's calls to the reader (buy, follow, rate, send a tip) and a press release's
legal notice.  None is ever a point, and a paragraph of them feeds no storyline
(:mod:`briefing.storylines.background`).

General rules of how pages end, not any site's lines; each is one bounded scan of one sentence.
"""

from __future__ import annotations

import re

from .folded import Folded

_QUOTES = "\"“‘'«"

# The writer's sign-off and the outlet's calls to the reader: how to reach or follow the writer
# ("Reach her at 442-1400 or ...@....com", "Myles Ma may be reached at ...", "Follow him on Twitter
# @...", "Find NJ.com on Facebook"), what to rate ("don't forget to rate it in iTunes").  A call to
# the reader opens its sentence or its clause ("For more from Sara, follow her on Twitter ..."):
# never "tried to reach them by phone", "a settlement can be reached by the end of 2015", "to contact
# him on Facebook in 2016", "whose 150 million fans follow her on Instagram", "people who like Trump
# on Facebook", "200 scientists contributed to the report".
_CONTACT = r"(?:@|\b\d{3}[-. ]\d{3,4}\b|\(\d{3}\) ?\d{3}|\.com\b|\.org\b|https?:|www\.)"
_PLATFORM = r"(?:twitter|facebook|instagram|x|linkedin|threads|bluesky|tiktok|youtube)\b"
# where a call to the reader starts: a sentence or a clause, after its punctuation (and a closing quote,
# bracket or ellipsis), perhaps after "and", "but" or "so"
_OPENS = r"(?:^|[,.:;!?”\"')\]…]\s*)(?:(?:and|but|so) )?"
_STARTS = r"(?:^|[.!?”\"')\]…]\s*)(?:(?:and|but|so) )?"  # ...a sentence: "Like WTOP on Facebook and ..."
_SIGN_OFF = Folded(
    r"\b(?:reach|contact|e-?mail|call|write to|message) (?:him|her|us|me|the (?:author|writer|reporter))"
    rf" (?:directly )?(?:at|on|by|via)\b.{{0,40}}?{_CONTACT}"
    rf"|\b(?:may|can) be (?:reached|contacted|e-?mailed) (?:at|by|via|on)\b.{{0,40}}?{_CONTACT}"
    rf"|{_OPENS}follow (?:him|her|them|us|me) (?:on|at) (?:{_PLATFORM}|@)"
    rf"|\bfollow (?:him|her|them|us|me)\s?[:@]|{_OPENS}follow @\w"
    rf"|{_OPENS}(?:find|follow) (?:us|[\w-]+\.(?:com|org|net|co\.uk)) on (?:twitter|facebook|instagram|linkedin|youtube)\b"
    rf"|{_STARTS}like (?:us|[\w.-]+) on (?:facebook|twitter|instagram)\b"
    r"|\brate (?:it|us|this app) (?:in|on) (?:itunes|the app store|google play)\b"
    rf"|{_OPENS}(?:don['’]?t|do not) forget (?:to|that)\b"
    r"|\badd [\w .'’-]{1,40} as an interest\b"
    r"|\bwe['’]?d (?:like|love) to hear from you\b|\bsend us (?:a |your )?(?:secure |confidential )?(?:news )?tips?\b"
    # the call for witnesses opening its sentence: "Anyone with information is urged to call the TIPS Hotline at ..."
    # (not the police's call reported: "Police asked anyone with information to contact them")
    rf"|{_STARTS}anyone (?:with|who has|having) (?:any )?information\b.{{0,100}}?\b(?:call|contact|reach out|submit|text)\b"
    # a colleague's credit: "NBC 5's Chris Jose contributed to this report.", "... contributed reporting."
    r"|\bcontributed (?:to )?this (?:report|story|article)\b|\bcontributed reporting\b",
    prefilter=True,
)
# a press release's legal notice: "Safe Harbor Statement under the Private Securities Litigation Reform Act of
# 1995: ...", "All forward-looking statements in this release are based upon ...", "We undertake no
# obligation to update any forward-looking statement" (not "The lawsuit alleges that the company's
# forward-looking statements were false": the notice speaks of its release, or as the company)
_LEGAL_NOTICE = Folded(r"\bsafe harbou?r statement\b|\bprivate securities litigation reform act\b", prefilter=True)
_FORWARD_LOOKING = Folded(r"\bforward[- ]looking (?:statements?|information)\b", prefilter=True)
_NOTICE_VOICE = Folded(r"\b(?:this (?:press )?release|we|our|undertake|risks and uncertainties|identify)\b")
# the outlet's call to the reader, opening a sentence: "Get your slippers on and run down to ...",
# "Remember, you can buy ...", "Tune in at 9", "Like us on Facebook"
_CALL_START = re.compile(r"(?:(?:and|so|but),? )?(?:(?:get|grab|pick up) your|remember, you|tune in|like us|find us)\b",
                         re.I)
# the writer's one-line biography: "Linda Stansberry is a staff writer at the Journal.", "AWR Hawkins
# is the Second Amendment columnist for Breitbart News and ..."
_BIO = re.compile(
    r"(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]* is (?:a|an|the) (?:[\w-]+ ){0,5}?"
    r"(?:writer|reporter|correspondent|columnist|editor|contributor|journalist|intern|blogger|editor-at-large)"
    r"(?: (?:at|for|with|of|in) [^.!?]{1,100})?\.?")


def is_sign_off(sentence: str) -> bool:
    """The writer's contact details or a colleague's credit, the outlet's call to follow, rate or
    write to it, or a press release's legal notice on its forward-looking statements; never a
    quotation ("'Don't forget that Russia invaded a sovereign country,' Zelensky said")."""
    s = sentence.strip()
    if s[:1] in _QUOTES:
        return False
    return bool(_SIGN_OFF.found_in(s) or _CALL_START.match(s) or _LEGAL_NOTICE.found_in(s)
                or (_FORWARD_LOOKING.found_in(s) and _NOTICE_VOICE.found_in(s)))


def is_bio(sentence: str) -> bool:
    """The writer's one-line biography ("Linda Stansberry is a staff writer at the Journal."): a
    sign-off beside the writer's contact details, but alone it may be news ("Evan Gershkovich is
    a reporter for The Wall Street Journal.")."""
    return _BIO.fullmatch(sentence.strip()) is not None


# what any sign-off sentence holds somewhere (the calls' openings and a biography's job word, unanchored):
# a text without it holds no sign-off, so a paragraph is split into sentences only when it has one (the
# job words stay: a line break joined into a space hides where "Follow her on Twitter" opens its sentence)
_ANY_CUE = Folded("|".join((
    _SIGN_OFF.pattern, _LEGAL_NOTICE.pattern, _FORWARD_LOOKING.pattern,
    r"\b(?:(?:get|grab|pick up) your|remember, you|tune in|like us|find us)\b",
    r"\b(?:writer|reporter|correspondent|columnist|editor|contributor|journalist|intern|blogger)\b")), prefilter=True)


def may_hold_sign_off(text: str) -> bool:
    """False only when no sentence of ``text`` can be :func:`is_sign_off` (one scan)."""
    return _ANY_CUE.found_in(text if "\n" not in text and "  " not in text else " ".join(text.split()))

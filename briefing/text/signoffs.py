"""The page's sign-off, not its news: the writer's contact details, biography and colleagues'
credits, the outlet's calls to the reader (buy, follow, rate, send a tip) and a press release's
legal notice.  None is ever a point, and a paragraph of them feeds no storyline
(:mod:`briefing.storylines.background`).

General rules of how pages end, not any site's lines; each is one bounded scan of one sentence.
"""

from __future__ import annotations

import re

from .folded import Folded

# The writer's sign-off and the outlet's calls to the reader: how to reach or follow the writer
# ("Reach her at 442-1400 or ...@....com", "Myles Ma may be reached at ...", "Follow him on Twitter
# @...", "Find NJ.com on Facebook"), what to buy or rate ("you can buy the digital edition",
# "don't forget to rate it in iTunes").  Never "tried to reach them by phone", "a settlement can be
# reached", "asked anyone with information to contact them on 0845 ...", "follow him".
_SIGN_OFF = Folded(
    r"\b(?:reach|contact|e-?mail|call|write to|message) (?:him|her|us|me|the (?:author|writer|reporter))"
    r" (?:directly )?(?:at|on|by|via)\b.{0,40}?(?:@|\d{3}|\.com\b|\.org\b|https?:|www\.)"
    r"|\b(?:may|can) be (?:reached|contacted|e-?mailed) (?:at|by|via|on)\b.{0,40}?(?:@|\d{3}|\.com\b|\.org\b|https?:|www\.)"
    r"|\bfollow (?:him|her|them|us|me) (?:on|at) (?:twitter|facebook|instagram|x|linkedin|threads|bluesky|tiktok|@)"
    r"|\bfollow (?:him|her|them|us|me)\s?[:@]"
    r"|\b(?:find|like|follow) (?:us|[a-z0-9-]+\.(?:com|org|net|co\.uk)) on (?:twitter|facebook|instagram|linkedin|youtube)\b"
    r"|\brate (?:it|us|this app) (?:in|on) (?:itunes|the app store|google play)\b"
    r"|\byou can (?:buy|download|order|pre-?order|subscribe to|stream) (?:the|our|this|a|it)\b"
    r"|\bdon['’]?t forget (?:to|that)\b|\bdo not forget to\b"
    r"|\blike [\w.-]+ on facebook\b|\bfollow @\w|\badd [\w .'’-]{1,40} as an interest\b"
    r"|\bwe['’]?d (?:like|love) to hear from you\b|\bsend us (?:a |your )?(?:secure |confidential )?(?:news )?tips?\b"
    # a colleague's credit: "NBC 5's Chris Jose contributed to this report."
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed reporting\b",
)
# a press release's legal notice: "Safe Harbor Statement under the Private Securities Litigation Reform Act of
# 1995: ...", "All forward-looking statements in this release are based upon ..."
_LEGAL_NOTICE = Folded(r"\bforward-looking statements?\b|\bsafe harbou?r statement\b"
                       r"|\bprivate securities litigation reform act\b")
# the outlet's call to the reader, opening a sentence: "Get your slippers on and run down to ...",
# "Remember, you can buy ...", "Tune in at 9", "Like us on Facebook"
_CALL_START = re.compile(r"(?:(?:and|so|but),? )?(?:(?:get|grab|pick up) your|remember, you|tune in|like us|find us)\b",
                         re.I)
# the writer's one-line biography: "Linda Stansberry is a staff writer at the Journal.", "AWR Hawkins
# is the Second Amendment columnist for Breitbart News and ..."
_BIO = re.compile(
    r"(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]* (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,5}?"
    r"(?:writer|reporter|correspondent|columnist|editor|contributor|journalist|intern|blogger|editor-at-large)"
    r"(?: (?:at|for|with|of|in) [^.!?]{1,100})?\.?")


def is_sign_off(sentence: str) -> bool:
    """The writer's contact details or biography, the outlet's call to buy, follow or rate it, or a
    press release's legal notice on its forward-looking statements."""
    s = sentence.strip()
    return bool(_SIGN_OFF.found_in(s) or _CALL_START.match(s) or _BIO.fullmatch(s) or _LEGAL_NOTICE.found_in(s))

"""Photo captions, credits and the labels of embedded media: a page's furniture around its
pictures and videos, which is never a point of the brief nor a storyline's paragraph.

General rules of how news pages print their pictures, not any site's lines.
"""

from __future__ import annotations

import re

from .folded import Folded
from .sentences import split_sentences

# Photo captions and wire handling notes: "FILE - In this April 17, 2018 file photo, ...",
# "This June 2013 photo released by ...", "(AP Photo/...)", "FOR MOVEMENT FRIDAY ...".
_CAPTION_START = re.compile(
    r"(?:FILE(?: PHOTO)?\s?[-–—:]|FOR (?:MOVEMENT|RELEASE|USE)\b|PHOTO\s?[-–—:]"
    r"|(?:[Ii]n )?(?:[Tt]his|[Aa]n?) (?:(?:[A-Z0-9][\w,.-]{0,20}|file|undated|handout|aerial|satellite|recent|provided"
    r"|combination|combo|still|pool|video|frame|grab)"
    r" ){0,6}?(?:file )?(?:photo|image|picture|screenshot|video still)"
    r"(?:graph)?\b(?! (?:op|shoot|session|album|exhibit))(?:,| (?:provided|released|taken|made|shows|from|by)\b))"
)
_CAPTION_ANYWHERE = Folded(
    r"\((?:ap|afp|reuters|getty|epa|pa) ?(?:photo|images)\b|\bphoto credit\b"
    r"|\b(?:is|are) (?:seen|shown|pictured) in (?:this|a) (?:[\w,]{1,15} ){0,4}(?:photo|image|picture|video still)"
    # a sitter's caption: "Mike Brown stands for a portrait in front of ...", "... poses for a photo"
    r"|(?<!to )(?<!n't )(?<!not )(?<!will )(?<!would )(?<!’ll )(?<!'ll )\b(?:stands?|sits?|poses?) for (?:a |his |her |their )?"
    r"(?:portrait|photo(?:graph)?|picture)s?\b"
    # the wire photo's dateline, weekday and full date after a comma: "... outside Antrim Police station,
    # Northern Ireland, Friday, May 2, 2014." (reporting writes "on Friday" or "May 2, 2014", not both,
    # but for a time to come: "at 11 a.m., Saturday, Jan. 5, 2019")
    r"|(?<!a\.m\.)(?<!p\.m\.)(?<!noon)(?<!midnight)(?<! [ecmp]t)(?<! [ecmp][sd]t)(?<! gmt)(?<! bst)"
    r", (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?"
    r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}\.?,? \d{1,2},? (?:19|20)\d\d\b", prefilter=True)
# the label an embedded picture, gallery, video or audio player prints before its caption: "EMBED More
# News Videos ...", "View Images ...", "View Slideshow ...", "Enlarge image ...", "CLOSE Skip in Skip x
# Embed x Share ..."
_MEDIA_LABEL = re.compile(
    r"(?:EMBED\b|CLOSE (?:Skip\b|(?=[A-Z][a-z]))"
    r"|(?:View|Enlarge|Play|Replay) (?:[Ii]mages?|[Pp]hotos?|[Ss]lideshow|[Gg]allery|[Vv]ideos?)\b)")
# what a video or audio player, an embedded tweet, a comment box or a missing page prints: "The
# interactive transcript could not be loaded.", "Your browser does not support the audio element.",
# "Rating is available when the video has been rented.", "Use the "Report Abuse" button ...", "keep
# your language decent", "When you tweet with a location, ..."
_PLAYER_AND_COMMENTS = Folded(
    r"\b(?:the interactive transcript could not be loaded|rating is available when the video has been rented"
    r"|your browser does not support (?:the )?(?:audio|video|html5|iframes?)\b"
    r"|this video is (?:no longer |currently )?unavailable|please enable javascript"
    r"|\buse the\W{0,3}report abuse\W{0,3} (?:button|link)|(?:don['’]?t|do not) attack other (?:readers|commenters|users)"
    r"|keep your language (?:decent|clean|civil)"
    # an embedded tweet's notice, a missing page's
    r"|when you tweet with a location|delete your tweet location history|add this (?:tweet|video) to your website"
    r"|the page you requested (?:was|could) not (?:be )?found|having trouble locating a destination)", prefilter=True)
# a photo's credit, ending a caption in brackets: "(AP Photo/Evan Vucci)", "(Valerie Macon/Getty Images)",
# "(David M Warren / Staff Photographer)", "(Photo: NICHOLAS KAMM, AFP/Getty Images)", "(REUTERS/Lucy Nicholson)";
# a photographer's name is two words or more ("(CBS/AP)" is a wire's credit, "(Reuters/Ipsos)" a poll's)
_PERSON = r"[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){1,3}"
_CREDIT_CLOSE = re.compile(
    r"\((?:Photo(?:graph)?s?\s?[:/-][^()]{0,80}"
    rf"|{_PERSON}\s?/\s?(?:Getty(?: Images)?|AFP|AP|Reuters|REUTERS|EPA|Bloomberg|Shutterstock|Handout|"
    r"(?:Staff )?[Pp]hotographer|Staff\b)[^()]{0,40}"
    rf"|(?:REUTERS|Reuters|AFP|EPA|AP)\s?/\s?{_PERSON}[^()]{{0,30}}"
    r"|(?:AP|AFP|EPA|PA|Reuters|REUTERS)\s(?:Photo|Images)\b[^()]{0,60}"
    r"|[^()]{0,60}\b(?:Getty Images|Shutterstock|Alamy)\b[^()]{0,30})\)\s*\.?\s*$")
# a caption's opening: "Image copyright Getty Images Image caption ...", "Photo: ...",
# "Gerard Julien / AFP / Getty Images Pope John Paul II prays ..."
_CREDIT_OPEN = re.compile(
    rf"(?:Image (?:copyright|caption)\b|Photo(?:graph)?\s?:|Picture\s?:"
    rf"|{_PERSON}\s?/\s?(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images)\b)")
CAPTION_WORDS = 80  # a caption is short: a longer paragraph with a credit is reporting with a credit in it


def is_caption_paragraph(text: str) -> bool:
    """A paragraph that is a photo's caption: it ends with the photo's credit in brackets, opens
    with a credit ("Image copyright", "Photo:", "Name / AFP / Getty Images") or a player's label,
    or is all captions (:func:`is_caption`); and is short."""
    s = text.strip()
    if not s or len(s) > 12 * CAPTION_WORDS or len(s.split()) > CAPTION_WORDS:
        return False
    if _CREDIT_OPEN.match(s) or _MEDIA_LABEL.match(s) or (s.endswith((")", ").")) and _CREDIT_CLOSE.search(s)):
        return True
    lead = s.lstrip(" \"“'‘(")
    if not (_CAPTION_START.match(lead) or _MEDIA_LABEL.match(lead) or _CAPTION_ANYWHERE.found_in(s)
            or _PLAYER_AND_COMMENTS.found_in(s)):
        return False  # its first sentence is no caption (the common case, without splitting the paragraph)
    return all(map(is_caption, split_sentences(s)))


# a wire photo's full date closing its caption, after a comma or "on" and a weekday: "..., in Los Angeles,
# November 27, 2011.", "... Woodland Hills on Tuesday, Jan. 24, 2017."
_CLOSING_DATE = re.compile(
    r"(?:,|\son\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},?\s(?:19|20)\d\d\.?\s{0,3}$")
# ...and what its picture shows, in the present: "is seen", "speaks", "arrives", "lay plastic bags"
_SCENE_VERB = re.compile(
    r"\b(?:(?:is|are)\s(?:seen|shown|pictured|photographed|wheeled|escorted|led|carried|lifted|helped|taken)"
    r"|(?:speak|talk|arrive|attend|walk|stand|sit|wait|gesture|pose|react|hold|carr(?:y|ie)|answer|point|hug|shake"
    r"|watch|look|listen|address|deliver|leave|gather|march|wave|greet|embrace|kneel|pray|mourn|celebrate|pass|lay"
    r"|ride|search|inspect|sign|cheer|chant|rall(?:y|ie)|protest|stage|display)(?:s|es)?\s"
    r"(?:a|an|the|his|her|their|its|at|in|on|to|with|from|during|outside|inside|near|as|after|before|for|time|hands"
    r"|questions|reporters|the|up|out|down|on)\b|reports\s(?:from|for)\b|\slays?\s(?:[a-z]+\s)?(?:bags?|flowers|wreaths?|bodies)\b)")
_PAST = re.compile(r"\b(?:was|were|had|has|have|said|says|did|will|would)\b")


def _dated_scene(sentence: str) -> bool:
    """A picture's caption: a scene told in the present, closed by the photo's full date ("The Occupy
    Los Angeles encampment at City Hall Park is seen before the midnight deadline ..., November 27,
    2011.").  Reporting tells its own day's events in the past ("cast herself as a champion ... on
    Thursday, Aug. 11, 2016") and seldom closes on a full date."""
    if not sentence.rstrip(" .")[-4:].isdigit():
        return False  # (no year at its end: the common case, decided without a scan)
    return bool(_CLOSING_DATE.search(sentence) and _SCENE_VERB.search(sentence) and not _PAST.search(sentence))


def is_caption(sentence: str) -> bool:
    """A photo caption, an embedded player's label or a wire handling note, not reporting."""
    s = sentence.lstrip(" \"“'‘(")
    return bool(_CAPTION_START.match(s) or _MEDIA_LABEL.match(s) or _CAPTION_ANYWHERE.found_in(sentence)
                or _PLAYER_AND_COMMENTS.found_in(sentence) or _dated_scene(sentence))

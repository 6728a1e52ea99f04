"""The writer's judgement, not a report: analysis and opinion in a news article.

"Russia knows it is in the driver's seat on the ground", "No one will be happier at this
news than ...", "The cancellation reveals persistent tensions ...": a sentence that
evaluates, predicts or frames, and says no one said it, is the outlet's analysis.  It is
not a fact a brief states as a point; the summaries list it apart, as analysis of the outlet
that wrote it.  A judgement someone is reported to make ("..., the minister said") stays a
report of what they said.

The markers are general to news writing (mind-reading, idiom, certainty and prediction
adverbs, rhetorical comparisons, framing verbs); each check is one bounded scan.
"""

from __future__ import annotations

from .folded import Folded

_JUDGEMENT = Folded(
    # mind-reading and idiom: the writer knows what a country thinks
    r"\b(?:knows? (?:it|that|full well|only too well)|in the driver['’]?s seat|holds? all the cards|upper hand"
    r"|wants? to (?:especially |clearly )?(?:signal|show|send a message)|is betting (?:that|on)"
    r"|(?:seems?|appears?) to (?:want|think|believe|hope|fear|prefer|wish)"
    # certainty and prediction with no source
    r"|undoubtedly|arguably|no doubt|of course|needless to say|ironically|tellingly|unsurprisingly"
    r"|predictably|inevitably|it is (?:clear|obvious|no secret|telling|striking|hard to see)"
    r"|(?:will|would) (?:likely|probably|almost certainly|surely)|(?:is|are) (?:likely|bound|certain) to"
    r"|may well|could well|seems? (?:certain|destined|poised)"
    # rhetoric and framing
    r"|no one will be (?:happier|more pleased|sadder)|happier (?:at|about|with) (?:this|the) news"
    r"|the (?:real|bigger|larger|key) (?:question|problem|story|issue|test)"
    r"|what (?:matters|this means) (?:is|now)|make no mistake|the writing is on the wall"
    r"|reveals? (?:persistent|deep|growing|the limits|how)|(?:is|was) (?:a|another) (?:clear )?sign (?:that|of)"
    r"|from (?:vocal|strong|firm) [a-z]+ (?:backing|support) to)\b",
)
# what puts a judgement in someone's mouth: then it is a report of what they said
_ATTRIBUTED = Folded(
    r"\b(?:said|says|told|tells|according to|stated|states|argued|argues|claimed|claims|warned|warns|insisted"
    r"|wrote|writes|believes?|thinks?|reported|reports|announced|noted|added|emphasi[sz]ed|stressed|predicted"
    r"|quoted|saying|forecasts?|estimates?|economists?|analysts?|experts?"
    r"|predicts|expects?|acknowledged|suggested|maintained|asserted|contended|in (?:his|her|their) view)\b",
)


def is_analysis(sentence: str) -> bool:
    """Whether a sentence is the writer's own judgement (analysis, opinion, prediction): not
    in quotation marks, and with no one said to hold it."""
    s = sentence.lstrip()
    if s[:1] in "\"“‘'":
        return False  # someone's words
    return bool(_JUDGEMENT.found_in(s)) and not _ATTRIBUTED.found_in(s)

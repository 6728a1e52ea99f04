"""Which storylines each paragraph (or bullet) of one article feeds.

A block's *evidence* for a storyline is its own score (see :mod:`briefing.storylines.scoring`)
plus half the score of the heading it sits under: a heading goes with the paragraphs
under it.  Then, in this order:

1. **Evidence**: the block feeds every storyline whose evidence reaches that
   storyline's ``min_score`` (and is above zero).  Several storylines can be reached
   at once; then each gets only the sentences that speak of it (below).
2. **Heading**: a block with no evidence of its own for any storyline takes the
   storylines of its heading, when the heading alone reaches ``min_score``, or reaches
   half of it and another block of the section reached the storyline by evidence.
3. **Continuation**: a block with at least a third of a storyline's ``min_score`` joins
   the storyline when the block next to it (same section) feeds it; this carries on
   along the run, so weaker paragraphs around a strong one stay with it.
4. **Between**: up to two blocks that feed nothing, between two blocks of the same
   section that share storylines, take the shared ones (a quotation or a short
   aside in the middle of a report).
5. **Title**: a block with no evidence of its own for any storyline that still feeds
   nothing takes the storylines the article's title reaches by itself ("ACME CORP
   REGULAR PAYOUT" over "Qtly div three cts vs three cts prior").
6. What feeds nothing goes to "Other".

A heading that gives a figure and has another heading (or nothing) right under it heads
nothing: it is a line of a table ("Oper loss 7,700,000 vs loss 1,700,000") and is read as
a paragraph.

Background, debris and filler (:mod:`briefing.storylines.background`) feed nothing, not even
"Other", and break runs for rules 3 and 4.

**Ties**: there is no winner to pick, so a tie never drops anything: a block or a
sentence goes to every storyline that reaches its threshold.  Where a sentence has no
evidence of its own in a split paragraph it goes with the sentence before it (the
first sentences, with the one after), so the earlier sentence wins a tie.

**Split paragraphs**: when a block feeds two or more storylines, each storyline's
passage carries the sentences with evidence for it (plus the sentences without
evidence that follow them); a storyline with no such sentence (it came by heading or
context) gets the whole block, and so does every storyline when splitting would not
separate anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article, Block, fast_pickle
from ..text.sentences import split_sentences
from ..text.words import tokens
from .background import background_blocks, check_filler
from .scoring import CompiledStorylines, is_plain

HEADING_SHARE = 0.5  # how much of a heading's score each block under it gets
CONTINUE_SHARE = 1 / 3  # share of min_score a block needs to continue its neighbour's storyline
MAX_BETWEEN = 2  # at most this many evidence-less blocks are carried between two of a storyline
MAX_SPLIT_CHARS = 20_000  # longer blocks are never split into sentences


@fast_pickle
@dataclass(frozen=True, slots=True)
class BlockResult:
    """What one paragraph or bullet feeds: storyline indices (config order) with the
    passage text each gets and its score; empty for "Other".  ``excluded`` names why a
    block feeds nothing at all (background, debris, filler), else None."""

    index: int
    texts: tuple[tuple[int, str, float], ...]
    excluded: str | None = None


@dataclass(slots=True)
class _Block:
    index: int
    text: str
    section: int  # index of the heading above it, -1 before the first heading
    own: tuple[float, ...]
    context: tuple[float, ...]
    heading: tuple[float, ...]
    excluded: str | None
    stories: set[int]


def _add(a: Sequence[float], b: Sequence[float], share: float) -> tuple[float, ...]:
    return tuple(x + share * y for x, y in zip(a, b))


def _collect(article: Article, cs: CompiledStorylines) -> list[_Block]:
    n = len(cs.specs)
    zero = (0.0,) * n
    toks = {b.index: tokens(b.text) for b in article.blocks}  # each block tokenised once
    # in plain text the tokens hold every whole word background looks for (elsewhere
    # accents folded off, or joining marks dropped, could merge a word with the next)
    background = background_blocks(article, {b.index: toks[b.index] for b in article.blocks if is_plain(b.text)})
    out: list[_Block] = []
    section, heading_scores = -1, zero
    blocks = article.blocks
    for pos, b in enumerate(blocks):
        # a heading that gives a figure with another heading (or nothing) right under it
        # heads nothing: it is a line of a table ("Oper loss 7,700,000 vs loss 1,700,000")
        # and is read as a paragraph
        if b.kind == "heading" and not _table_line(blocks, pos):
            section, heading_scores = b.index, cs.score_tokens(toks[b.index])
            continue
        excluded = None
        if b.index in background:
            excluded = "background"
        own = cs.score_tokens(toks[b.index]) if excluded is None else zero
        context = _add(own, heading_scores, HEADING_SHARE)
        if excluded is None:
            filler = check_filler(b.text)
            if filler.has_cliche and not filler.rest_has_facts:
                rest = _add(cs.score(filler.rest), heading_scores, HEADING_SHARE)
                if not any(cs.qualifies(rest)):
                    excluded = "filler"
        out.append(_Block(b.index, b.text, section, own, context, heading_scores, excluded, set()))
    return out


def _table_line(blocks: Sequence[Block], pos: int) -> bool:
    return (any(c.isdigit() for c in blocks[pos].text)
            and (pos + 1 == len(blocks) or blocks[pos + 1].kind == "heading"))


def _neighbours(blocks: list[_Block], i: int) -> list[_Block]:
    """The blocks just before and after ``i`` in the same section that feed storylines."""
    out = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and blocks[j].section == blocks[i].section and blocks[j].excluded is None:
            out.append(blocks[j])
    return out


def _assign(blocks: list[_Block], cs: CompiledStorylines, title: str = "") -> None:
    specs = cs.specs
    live = [b for b in blocks if b.excluded is None]
    # 1. evidence
    for b in live:
        b.stories = {s for s, ok in enumerate(cs.qualifies(b.context)) if ok}
    # 2. heading
    by_section: dict[int, set[int]] = {}
    for b in live:
        by_section.setdefault(b.section, set()).update(b.stories)
    for b in live:
        if b.stories or any(x > 0 for x in b.own):
            continue
        for s, spec in enumerate(specs):
            h = b.heading[s]
            if h > 0 and (h >= spec.min_score or (h >= spec.min_score / 2 and s in by_section.get(b.section, ()))):
                b.stories.add(s)
    # 3. continuation: a forward then a backward sweep carry a storyline along any run
    #    of weak blocks that touches a block of it (adding only ever enables more adding)
    order = list(range(len(blocks)))
    for sweep in (order, order[::-1]):
        for i in sweep:
            b = blocks[i]
            if b.excluded is not None:
                continue
            for s, spec in enumerate(specs):
                if s in b.stories or b.own[s] <= 0 or b.own[s] < spec.min_score * CONTINUE_SHARE:
                    continue
                if any(s in nb.stories for nb in _neighbours(blocks, i)):
                    b.stories.add(s)
    # 4. between
    i = 0
    while i < len(blocks):
        if blocks[i].excluded is not None or blocks[i].stories:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].excluded is None and not blocks[j].stories and blocks[j].section == blocks[i].section:
            j += 1
        before = blocks[i - 1] if i > 0 else None
        after = blocks[j] if j < len(blocks) else None
        if (j - i <= MAX_BETWEEN and before is not None and after is not None
                and before.excluded is None and after.excluded is None
                and before.section == blocks[i].section == after.section):
            shared = before.stories & after.stories
            for k in range(i, j):
                blocks[k].stories = set(shared)
        i = max(j, i + 1)
    # 5. title
    titled = {s for s, ok in enumerate(cs.qualifies(cs.score(title))) if ok} if title else set()
    if titled:
        for b in live:
            if not b.stories and not any(x > 0 for x in b.own):
                b.stories = set(titled)


def split_text(text: str, stories: Sequence[int], cs: CompiledStorylines) -> dict[int, str]:
    """Each storyline's share of a block that feeds several (see the module docstring)."""
    whole = {s: text for s in stories}
    if len(stories) < 2 or len(text) > MAX_SPLIT_CHARS:
        return whole
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return whole
    members: list[set[int]] = []
    for sent in sentences:
        sc = cs.score(sent)
        members.append({s for s in stories if sc[s] > 0})
    # sentences without evidence go with the one before (leading ones with the one after)
    first = next((m for m in members if m), None)
    if first is None:
        return whole
    current = first
    for m in members:
        if m:
            current = m
        else:
            m.update(current)
    out: dict[int, str] = {}
    for s in stories:
        chosen = [sent for sent, m in zip(sentences, members) if s in m]
        out[s] = text if not chosen or len(chosen) == len(sentences) else " ".join(chosen)
    return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one block scores per storyline: its own terms, and with its heading's share."""

    index: int
    own: tuple[float, ...]
    context: tuple[float, ...]
    excluded: str | None


def block_evidence(article: Article, cs: CompiledStorylines) -> list[Evidence]:
    """The evidence of every paragraph and bullet of ``article`` (for explaining it)."""
    return [Evidence(b.index, b.own, b.context, b.excluded) for b in _collect(article, cs)]


def assign_blocks(article: Article, cs: CompiledStorylines) -> list[BlockResult]:
    """What every paragraph and bullet of ``article`` feeds, in article order."""
    blocks = _collect(article, cs)
    _assign(blocks, cs, article.title)
    out = []
    for b in blocks:
        if b.excluded is not None:
            out.append(BlockResult(b.index, (), b.excluded))
            continue
        stories = sorted(b.stories)
        texts = split_text(b.text, stories, cs)
        out.append(BlockResult(b.index, tuple((s, texts[s], round(b.context[s], 3)) for s in stories)))
    return out

"""The part of an article that two re-publications of it have in common.

Outlets re-publishing wire copy change the wrapping around the story, not the story: a
new headline or an ``UPDATE 1-`` prefix, a dateline (``LONDON (Reuters) -``), a byline, a
credits line or a footer.  :func:`copy_body` drops that wrapping and returns the body as
plain tokens, which is what copies are compared on.
"""

from __future__ import annotations

import re

from ..model import Article, Block
from ..text.words import tokens

# "UPDATE 1-", "UPDATE 2:", "BREAKING:", "EXCLUSIVE-", "WRAPUP 1-" at the start of a headline or lead
_PREFIX = re.compile(
    r"^\s{0,4}(?:UPDATE|UPDATED|CORRECTED|BREAKING|EXCLUSIVE|WRAPUP|ANALYSIS|REFILE|RPT|URGENT|FACTBOX)"
    r"(?:\s{1,3}\d{1,2})?\s{0,3}[-:–—|]+\s{0,3}",
    re.I,
)
# "LONDON (Reuters) -", "KYIV, Nov 3 (AP) —", "WASHINGTON —", "MOSCOW, Ukraine, Nov. 3, 2025 -"
_DATELINE = re.compile(
    r"^\s{0,4}[A-Z][A-Z.'’-]{1,25}(?: [A-Z][A-Z.'’-]{1,25}){0,3}"
    r"(?:,[ A-Za-z0-9.]{2,30}){0,3}"
    r"\s{0,3}(?:\([A-Za-z][A-Za-z .&/-]{0,30}\))?\s{0,3}[-–—]{1,2}\s{0,3}"
)
# credits: "Reporting by ...; Editing by ...", "(Writing by ...)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# "Frankfurt, March 19 -", "St Joseph, April 7 -", "Kyiv, Nov. 3 (AP) —": a place in title case
# is a dateline only when a date follows it (else "Putin - the..." would be a place)
_TITLE_DATELINE = re.compile(
    rf"^\s{{0,4}}([A-Z][a-zà-ÿ'’.-]{{1,25}}(?: [A-Z][a-zà-ÿ'’.-]{{1,25}}){{0,3}}),"
    rf"(?:[ A-Za-z.]{{2,20}},)?\s{{1,3}}{_MONTH}\s{{1,3}}\d{{1,2}}\b[^-–—\n]{{0,24}}[-–—]"
)


_CREDITS = re.compile(
    r"^[(\[]?\s{0,3}(?:reporting by|writing by|editing by|additional reporting by|compiled by|"
    r"written by|reported by|words by|story by)\s",
    re.I,
)
# a byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (not "By Friday, the army had left.")
_BYLINE = re.compile(r"^by\s", re.I)
MAX_BYLINE_WORDS = 12
_FOOTER = re.compile(
    r"^[(\[]?\s{0,3}(?:copyright\b|©|\(c\)\s|all rights reserved|share this|share on\b|follow us\b|"
    r"sign up\b|subscribe\b|our standards\b|this article (?:was|has been|first)\b|"
    r"(?:this|the) story (?:was|has been|first)\b|read more\b|related\s{0,3}(?::|$)|more from\b|"
    r"click here\b|source:|photo:|image:|editing by\b|reporting by\b)",
    re.I,
)
MAX_WRAPPER_WORDS = 30  # a byline or footer is short; a longer block is story text
EDGE_BLOCKS = 3  # bylines sit in the first blocks, footers in the last ones
HEADLINE_SHARE = 0.6  # of a leading heading's words in the headline, for it to be the headline again


def is_wrapper(block: Block) -> bool:
    """A byline, credits line or footer: no part of the story."""
    text = block.text
    if len(text) > 20 * MAX_WRAPPER_WORDS and not text[0].isspace() and not text[-1].isspace():
        return False  # too long, as stripping would not shorten it (saves copying every paragraph)
    text = text.strip()
    if len(text) > 20 * MAX_WRAPPER_WORDS:
        return False
    n = len(text.split())
    if n > MAX_WRAPPER_WORDS:
        return False
    if _CREDITS.match(text) or _FOOTER.match(text):
        return True
    return bool(_BYLINE.match(text)) and n <= MAX_BYLINE_WORDS and not text.endswith(('.', '!', '?', '"', '”'))


def strip_lead(text: str) -> str:
    """A lead paragraph without its ``UPDATE 1-`` prefix and dateline."""
    text = _PREFIX.sub("", text, count=1)
    m = _DATELINE.match(text) or _TITLE_DATELINE.match(text)
    if m and m.end() < len(text):
        text = text[m.end():]
    return text


def _repeats(text: str, headline: set[str]) -> bool:
    """Whether a heading mostly repeats the headline's words (a re-styled or prefixed copy of it)."""
    words = tokens(_PREFIX.sub("", text, count=1))
    return bool(words) and sum(w in headline for w in words) >= HEADLINE_SHARE * len(words)


def copy_blocks(article: Article) -> list[str]:
    """The texts of the blocks that carry the story, wrapping removed."""
    texts = _story_blocks(article)
    if texts:
        texts[0] = strip_lead(texts[0])
    return texts


def _story_blocks(article: Article) -> list[str]:
    """The texts of the blocks that carry the story: no headline repeated, no byline or footer."""
    blocks = list(article.blocks)
    # a headline left in the body is not story text; other headings are (a wire table's rows
    # are short lines without full stops, read as headings, and they are the whole story)
    headline = set(tokens(_PREFIX.sub("", article.title, count=1)))
    while blocks and blocks[0].kind == "heading" and _repeats(blocks[0].text, headline):
        blocks.pop(0)
    n = len(blocks)
    kept = [
        b for i, b in enumerate(blocks)
        if not ((i < EDGE_BLOCKS or i >= n - EDGE_BLOCKS) and is_wrapper(b))
    ]
    if not kept:
        return [b.text for b in article.blocks]
    return [b.text for b in kept]


# one outlet's house style is another's plain words: "5 pct", "5%", "5 percent", "5 per cent";
# "12 mln dlrs", "12 million dollars".  Copies are compared with one spelling of each.
_HOUSE_STYLE = {
    "percent": "pct", "million": "mln", "millions": "mln", "billion": "bln", "billions": "bln",
    "trillion": "tln", "dollars": "dlrs", "dollar": "dlr", "mn": "mln", "bn": "bln",
}
_PER_CENT = re.compile(r"\bper\s+cent\b", re.I)


def house_style(text: str) -> list[str]:
    """The tokens of ``text`` with one spelling for the units outlets write differently."""
    if "%" in text:
        text = text.replace("%", " pct ")
    if "cent" in text:
        text = _PER_CENT.sub("pct", text)
    words = tokens(text)
    return list(map(_HOUSE_STYLE.get, words, words))


def copy_body(article: Article) -> list[str]:
    """The story's tokens, as compared between candidate copies."""
    return copy_story(article)[0]


def copy_story(article: Article) -> tuple[list[str], str]:
    """The story's tokens (one spelling for house styles) and where it was filed (the place its
    lead's dateline gives, :func:`lead_place`), from one pick of the story's blocks."""
    texts = _story_blocks(article)
    if not texts:
        return [], ""
    place = lead_place(texts[0])
    texts[0] = strip_lead(texts[0])
    return house_style(" ".join(texts)), place


_TICKER = re.compile(r"<[^<>]{1,20}>|\((?:[A-Z]{1,6}[.:])?[A-Z]{1,6}(?:\.[A-Z]{1,3})?\)")


def headline_words(article: Article) -> list[str]:
    """The headline's words without an ``UPDATE 1-`` prefix or a ticker (``<DYHM>``, ``(ETN)``)."""
    return house_style(_TICKER.sub(" ", _PREFIX.sub("", article.title, count=1)))


def lead_place(lead: str) -> str:
    """Where a story was filed, from the dateline opening its lead (``NEW YORK, March 3 -`` and
    ``LONDON (Reuters) -`` give "new york" and "london"); "" when it has none.  A capitalised word
    and a dash alone is no dateline ("NOTE - ..."): a date or an outlet must follow the place."""
    text = _PREFIX.sub("", lead[:200], count=1)
    m = _DATELINE.match(text)
    if m and ("," in m.group(0) or "(" in m.group(0)):
        return " ".join(tokens(re.split(r"[,(]", m.group(0), maxsplit=1)[0]))
    t = _TITLE_DATELINE.match(text)
    return " ".join(tokens(t.group(1))) if t else ""


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
    m = _DATELINE.match(text)
    if m and m.end() < len(text):
        text = text[m.end():]
    return text


def copy_blocks(article: Article) -> list[str]:
    """The texts of the blocks that carry the story, wrapping removed."""
    blocks = list(article.blocks)
    # a headline left in the body (or a changed one) is not story text
    while blocks and blocks[0].kind == "heading":
        blocks.pop(0)
    n = len(blocks)
    kept = [
        b for i, b in enumerate(blocks)
        if not ((i < EDGE_BLOCKS or i >= n - EDGE_BLOCKS) and is_wrapper(b))
    ]
    if not kept:
        return [b.text for b in article.blocks]
    texts = [b.text for b in kept]
    texts[0] = strip_lead(texts[0])
    return texts


def copy_body(article: Article) -> list[str]:
    """The story's tokens, as compared between candidate copies."""
    return tokens(" ".join(copy_blocks(article)))

"""Hypothesis strategies for hostile article text and config values."""

from __future__ import annotations

from hypothesis import strategies as st

# every Unicode category, surrogates excluded (they cannot be written to a file as UTF-8)
any_char = st.characters(exclude_categories=("Cs",))
any_text = st.text(any_char, max_size=400)

FRAGMENTS = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}", "[bold]", "[/]", "[link=http://x]",
    "<script>alert(1)</script>", "<b>", "&amp;", "*", "_", "`", "#", "- ", "1. ", "\n", "\n\n", "\t", "\r\n",
    "\x1b[31m", "\x1b]8;;http://evil\x1b\\", "\x1b]52;c;ZXZpbA==\x07", "\x07", "\x00", "\x9b", "\u202e", "\u200f",
    "\u0301", "🙂", "שלום", "مرحبا", "U.S.", "Mr.", "said", " he said.", "Lavrov", "Putin", "Rosneft", "drone",
    "summit", "2025-11-01", "3 November, 2025", "October 20", "...", "…", ".", "?", "!", ":", "—", "5'11\"",
    "Logo", "Image 1", "Copyright 2025", "According to ", "the White House", "stated, ",
]
fragment_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=12)), max_size=60).map("".join)
article_text = st.one_of(any_text, fragment_text)

yaml_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(any_char, max_size=30),
)
yaml_value = st.recursive(
    yaml_scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12,
)

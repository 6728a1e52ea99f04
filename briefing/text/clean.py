"""Text as it may be shown: the original characters, minus anything that could drive a
terminal (:func:`clean`); user input as a message may echo it (:func:`shown`); a URL that
is safe to show and link (:func:`web_url`); one-line and shortened forms."""

from __future__ import annotations

import re
import unicodedata

from .quote_marks import open_quotes

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC
# (ESC P/X/^/_ ... ST) and two-character escapes.  Their C1 single-byte forms too.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, ended by BEL or ST
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
# C0 and C1 controls except tab and newline, DEL, and bidi overrides/embeddings that can
# reorder what a terminal shows (isolates and marks are harmless and kept).
# Invisible marks that only change what a terminal shows (zero-width space, left-to-right and
# right-to-left marks, the word joiner and invisible operators) go too; the zero-width joiner and
# non-joiner stay, as scripts and emoji need them.  Lone surrogates (from a JSON "\\ud800" or an
# undecodable file name) go: no UTF-8 output can hold them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff"
                       "\ufff9-\ufffb\ud800-\udfff]")
# line and paragraph separators count as newlines
_SEPARATORS = re.compile("[\r\u2028\u2029\x0b\x0c\x85]")

# The same without the C1 controls (U+0080-U+009F), which a doubly mis-decoded character holds
# ("FranÃ\x83Â§ois"): they are removed after the repair below.
_CONTROLS_BUT_C1 = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff"
                              "\ufff9-\ufffb\ud800-\udfff]")
_C1 = re.compile("[\x80-\x9f]")

# UTF-8 read as Windows-1252 or Latin-1 ("PeÃ±a", "FranÃ\x83Â§ois"): a lead byte's character (or
# its "Â", "Ã", "Ä", "Å" decomposed into "A" and a combining mark) followed by a continuation
# byte's.  Only the words that hold one are given to ftfy to repair.
_MOJIBAKE = re.compile("(?:[\u00c2-\u00f4]|A[\u0302\u0303\u0308\u030a])"
                       "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022"
                       "\u2026\u2030\u2039\u203a\u20ac\u2122]")
_SPACE = re.compile(r"\s")
_WORD_REACH = 64  # characters looked at on each side of a mojibake pair for its word's edges


def clean(text: str) -> str:
    """Original characters, minus escape sequences and control characters; a word that was
    decoded with the wrong encoding on its way here (mojibake) is repaired (:func:`_repair`)."""
    printable = text.replace("\n", "").replace("\t", "").isprintable()
    if text.isascii():
        return text if printable else _strip(text, _CONTROLS)
    if not printable:
        text = _strip(text, _CONTROLS_BUT_C1)
    if _MOJIBAKE.search(text):
        text = _repair(text)
    if not printable and _C1.search(text):
        text = _C1.sub("", text)
        if _MOJIBAKE.search(text):  # (a control between the two halves of a pair)
            text = _repair(text)
    return text


# a sentence's full stop run into the next sentence's first word: "... in suburban Philadelphia.The
# Department of Corrections says", "... in 2004.Officials say", "... officials.LASD Lt." (two lower-case
# letters or digits before the stop, a capitalised word after it)
_GLUED = re.compile(r"(?<![\w.<@/])([A-Za-z0-9]{0,30}[a-z0-9]{2}[.!?][\"”]?)(?=[A-Z][A-Za-z']{1,30}\b(?![.@]\w))")
# ...never after a title or a web address's start ("Mrs.Smith", "www.Example"), nor before a domain ("Amazon.Com")
_NOT_GLUED = frozenset("mrs sen gov gen rep col capt sgt lt cmdr adm supt insp det rev hon amb prof www http https".split())
_DOMAINS = frozenset("Com Net Org Gov Edu".split())


def spaced_sentences(text: str) -> str:
    """``text`` with a space after a sentence's end run into the next one ("Philadelphia.The Department"
    -> "Philadelphia. The Department"); tickers ("<Neoy.He>"), titles ("Mrs.Smith") and domains
    ("Amazon.Com") are left as they are."""
    if "." not in text and "!" not in text and "?" not in text:
        return text

    def space(m: re.Match[str]) -> str:
        word = m.group(1)
        if word.rstrip(".!?\"”").lower() in _NOT_GLUED or text[m.end():m.end() + 3] in _DOMAINS:
            return word
        if word.endswith('"') and not open_quotes(text[:m.end() - 1]):
            return word[:-1] + ' "'  # a straight quotation mark that opens the next sentence's quote
        return word + " "
    return _GLUED.sub(space, text)


def _strip(text: str, controls: re.Pattern[str]) -> str:
    text = text.replace("\r\n", "\n")
    text = _SEPARATORS.sub("\n", text)
    if "\x1b" in text or "\x9b" in text or "\x9d" in text or "\x90" in text:
        text = _ESCAPES.sub("", text)
    return controls.sub("", text)


def _repair(text: str) -> str:
    """``text`` with each word that holds a mojibake pair repaired by ftfy, when the repair
    leaves no pair in it and gives Latin letters ("PeÃ±a" -> "Peña", "donâ€™t" -> "don’t");
    any other word is kept as written ("„ÞAÐ“" is Icelandic, not a mangled "Г").  Only the
    word is touched: the rest of the text keeps its characters, however they are composed."""
    import ftfy  # (imported when first needed: most text has no mojibake, and it costs 75 ms)

    out: list[str] = []
    tried: dict[str, str] = {}  # word -> its repair, or itself (a text repeats its words)
    pos = 0
    for m in _MOJIBAKE.finditer(text):
        if m.start() < pos:
            continue
        lo = max(pos, m.start() - _WORD_REACH)
        start = max(text.rfind(c, lo, m.start()) for c in " \n\t\u00a0") + 1
        start = max(start, lo)
        after = _SPACE.search(text, m.end(), m.end() + _WORD_REACH)
        end = after.start() if after else min(len(text), m.end() + _WORD_REACH)
        word = text[start:end]
        fixed = tried.get(word)
        if fixed is None:
            fixed = ftfy.fix_encoding(unicodedata.normalize("NFC", word), restore_byte_a0=False, fix_c1_controls=False)
            if _MOJIBAKE.search(fixed) or not all(_latin(ch) for ch in fixed):
                fixed = word
            tried[word] = fixed
        if fixed != word:
            out += [text[pos:start], fixed]
            pos = end
    out.append(text[pos:])
    return "".join(out)


def _latin(ch: str) -> bool:
    """Whether a character may come out of repairing Western European text: ASCII, Latin
    letters with their marks, and typographic punctuation."""
    o = ord(ch)
    return o < 0x250 or 0x2000 <= o <= 0x206F or o in (0x20AC, 0x2122)


_WEB_URL = re.compile(r"https?://[^\s<>\"'`()\[\]{}\\^|]{1,2000}", re.IGNORECASE)


def web_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address, safe to show and to link; else None
    (``javascript:``, ``data:``, ``file:`` and anything with quotes, spaces or brackets)."""
    if not url:
        return None
    url = url.strip()
    return url if _WEB_URL.fullmatch(url) else None


def shown(text: str) -> str:
    """User input as a message may echo it (a path, a pattern, an option): every character that
    could drive a terminal or is not text written as an escape (``\\x1b``, ``\\u202e``), and a
    byte of a file name that is not UTF-8 as ``\\xff``.  The one helper for such messages."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif "\udc80" <= ch <= "\udcff":  # os.fsdecode's stand-in for an undecodable byte
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
    return "".join(out)


def one_line(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, width: int) -> str:
    text = one_line(text)
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"

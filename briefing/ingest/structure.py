"""Reading messy article text the way a reader would: date, title, headings,
bullets and paragraphs, with site debris dropped."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..text.captions import is_caption_paragraph
from ..text.clean import one_line, shorten, spaced_sentences
from ..text.dates import find_dates, is_date_line
from ..text.filler import fullmatches_any
from ..text.outlets import exact_outlet, known_outlet
from ..text.sentences import split_sentences
from ..text.words import normalize
from .signature import read_signature

_BULLET = re.compile(r"^\s*(?:[-*•‣◦▪–—]|\d{1,2}[.)])\s+(?=\S)")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$")
_DATE_PREFIX = re.compile(
    r"^\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?)\s+",  # noqa: E501 (one pattern or table row, kept whole)
    re.I,
)
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]{1,40}(?:, [A-Za-z .]{2,30})?) \(([A-Za-z][A-Za-z .&-]{1,30})\)\s*[-–—]+\s*")
# an outlet's tag opening the story with no place: "(CNN) The Trump administration ...", "(Reuters) - ..."
_OUTLET_TAG = re.compile(r"^\(([A-Z][A-Za-z.&]{1,20}(?: [A-Z][A-Za-z.&]{1,20}){0,2})\)\s{0,3}(?:[-–—]{1,2}\s{0,3})?(?=[A-Z\"“])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)")
_END_PUNCT = tuple('.!?:;"”’\')…')
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
MAX_TITLE_LINE = 200  # a line over the date line is the title up to this long
MAX_DEBRIS_CHARS = 400


@dataclass(slots=True)
class Parsed:
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    title: str | None = None
    title_from: str = "none"  # line, slug, heading, sentence
    published: dt.date | None = None
    outlet: str | None = None
    author: str | None = None  # from a byline line
    dropped: int = 0  # debris lines removed


def _is_debris(line: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    s = line.strip().strip("*_#>").strip()
    if not s:
        return True
    if len(s) > MAX_DEBRIS_CHARS:  # bounds the cost of user patterns on huge lines
        return False
    return fullmatches_any(s, patterns)  # merged: one scan per set of flags


def _words(s: str) -> int:
    return len(s.split())


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > MAX_HEADING_CHARS or _words(s) > MAX_HEADING_WORDS:
        return False
    if _BULLET.match(s):
        return False
    if s.endswith("?"):
        return True
    if s.endswith(_END_PUNCT) or s.endswith(","):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "“\"'‘"


def _slug_to_title(slug: str, body: str) -> str:
    """``kremlin-and-trump-cancel`` -> "Kremlin and Trump cancel", capitalising the words
    that the article itself writes with a capital letter."""
    words = re.split(r"[-_]+", slug)
    proper: dict[str, str] = {}
    for w in re.findall(r"\b[A-Z][\w’']*", body):
        proper.setdefault(w.lower(), w)
    lowercase_seen = {w for w in re.findall(r"\b[a-z][\w’']*", body)}
    out = []
    for i, w in enumerate(words):
        if w in proper and w not in lowercase_seen:
            out.append(proper[w])
        elif w.upper() in ("US", "UK", "EU", "UN", "NATO") and w.upper() in body:
            out.append(w.upper())
        elif i == 0:
            out.append(w.capitalize())
        else:
            out.append(w)
    return " ".join(out)


def _join_wrapped(lines: list[str]) -> list[str]:
    """Within a block of consecutive lines, join lines that were hard-wrapped.  Linear in the
    text: a paragraph being joined is kept as its parts and their total length, and joined
    once (a 20 MB run of wrapped lines with no full stop used to be joined in quadratic time)."""
    out: list[str] = []
    if not lines:
        return out
    longest = max(len(x) for x in lines)
    parts: list[str] = []  # the paragraph being joined
    size = 0  # its length, spaces between parts included
    for line in lines:
        s = line.strip()
        if parts:
            last = parts[-1]
            head = parts[0]
            joined_short = " ".join(parts) if size <= 60 else None  # a date line is short
            wrapped = (
                not last.endswith(_END_PUNCT)
                and not _BULLET.match(s)
                and not _SLUG.match(s)
                and size >= 0.6 * longest
                and size >= 40
                and (joined_short is None or is_date_line(joined_short) is None)
                and is_date_line(s) is None  # a headline over a date line ("1987-04-13 05:15")
            )
            continued_bullet = _BULLET.match(head) and not _BULLET.match(s) and line[:1].isspace()
            if wrapped or continued_bullet:
                parts.append(s)
                size += 1 + len(s)
                continue
            out.append(" ".join(parts))
        parts, size = [s], len(s)
    if parts:
        out.append(" ".join(parts))
    return out


def parse_text(
    text: str, patterns: tuple[re.Pattern[str], ...], *, markdown: bool = False, known_title: str | None = None
) -> Parsed:
    """Structure of a cleaned article text.  With ``known_title`` (from front matter or
    JSON), a first line is taken as the title only when it repeats that title."""
    parsed = Parsed()
    if markdown:
        text = _MD_IMAGE.sub("", text)
    # chunks separated by blank lines, each a list of lines
    chunks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        if raw.strip():
            current.append(raw.rstrip())
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)

    lines: list[str] = []  # logical lines, each a candidate block
    md_headings: set[int] = set()
    for chunk in chunks:
        for line in _join_wrapped(chunk):
            if markdown:
                m = _MD_HEADING.match(line)
                if m:
                    md_headings.add(len(lines))
                    line = m.group(1)
            lines.append(line)

    # the lines that sign it (byline, copyright, sign-off) name its outlet and author; not story text
    signature = read_signature(lines)
    if signature.glued is not None:
        lines[signature.glued[0]] = signature.glued[1]
    parsed.author = signature.author

    # debris
    kept: list[tuple[str, bool]] = []
    for i, line in enumerate(lines):
        if i in signature.lines:
            continue
        if _is_debris(line, patterns):
            parsed.dropped += 1
            continue
        kept.append((line.strip(), i in md_headings))

    # leading date: a line that is only a date, or "date 2025-11-01 ..." before the text
    if kept:
        first, is_md = kept[0]
        d = is_date_line(first)
        if d:
            parsed.published = d
            kept.pop(0)
        else:
            m = _DATE_PREFIX.match(first)
            if m:
                parsed.published = find_dates(m.group(1))[0][2] if find_dates(m.group(1)) else None
                rest = first[m.end():].strip()
                kept[0] = (rest, is_md)
                if not rest:
                    kept.pop(0)
    title_then_date = False
    if kept and parsed.published is None and len(kept) > 1:
        d = is_date_line(kept[1][0])
        if d:  # title line, then the date line
            parsed.published = d
            kept.pop(1)
            title_then_date = True

    # title: a slug, or a title line at the top
    body = "\n".join(line for line, _ in kept[1:])
    if kept:
        first, is_md = kept[0]
        if _SLUG.match(first):
            parsed.title = _slug_to_title(first, body)
            parsed.title_from = "slug"
            kept.pop(0)
        elif known_title is not None:
            if normalize(first) == normalize(known_title):
                parsed.title, parsed.title_from = first, "line"
                kept.pop(0)
        elif len(kept) > 1 and (is_md or _looks_like_heading(first) or (title_then_date and len(first) <= MAX_TITLE_LINE)) \
                and not first.endswith("?"):
            # a line over the date line is the headline whatever its shape ("<ACME CORP> 4TH QTR NET",
            # "... LOSS (update)")
            parsed.title = first
            parsed.title_from = "line"
            kept.pop(0)

    # dateline, e.g. "LONDON (Reuters) - "
    if kept:
        m = _DATELINE.match(kept[0][0])
        if m:
            parsed.outlet = exact_outlet(m.group(2)) or m.group(2).strip()  # "(CBS)" is CBS News; "(CBS Miami)" itself
        elif (tag := _OUTLET_TAG.match(kept[0][0])) is not None and known_outlet(tag.group(1)):
            parsed.outlet = known_outlet(tag.group(1))  # "(CNN) ...", never "(LEAD)" or "(Updated)"
    parsed.outlet = parsed.outlet or signature.outlet

    # blocks
    for idx, (line, is_md) in enumerate(kept):
        bullet = _BULLET.match(line)
        if bullet:
            parsed.blocks.append(("bullet", spaced_sentences(line[bullet.end():].strip())))
            continue
        nxt = kept[idx + 1][0] if idx + 1 < len(kept) else None
        if is_md or (nxt is not None and _looks_like_heading(line) ):
            parsed.blocks.append(("heading", line))
        else:
            parsed.blocks.append(("paragraph", spaced_sentences(line)))

    if parsed.title is None:
        parsed.title, parsed.title_from = _fallback_title(parsed.blocks)
    return parsed


def _fallback_title(blocks: list[tuple[str, str]]) -> tuple[str | None, str]:
    # a headline-like heading among the first blocks (not a question, not a label)
    for kind, text in blocks[:4]:
        if kind == "heading" and not text.endswith("?") and _words(text) >= 3:
            return text, "heading"
    # else the first paragraph's first sentence, past a photo's caption or a video player's label ("EMBED More
    # News Videos A man was killed ...": the page's furniture, not the story's lead)
    paragraphs = [text for kind, text in blocks if kind == "paragraph"]
    for text in paragraphs:
        if not is_caption_paragraph(text):
            return headline_from_sentence(text), "sentence"
    if paragraphs:
        return headline_from_sentence(paragraphs[0]), "sentence"
    return None, "none"


def headline_from_sentence(text: str) -> str:
    sentences = split_sentences(text)
    sentence = one_line(sentences[0] if sentences else text)
    sentence = re.sub(r"^(?:UPDATE|BREAKING|EXCLUSIVE)\s*\d*\s*[:\-–—]\s*", "", sentence, flags=re.I)
    sentence = sentence.rstrip(".")
    if _words(sentence) > 16:
        # cut at a clause boundary when one falls in a sensible place, not inside a noun
        # phrase ("heading for a bitter, multimillion-dollar court battle" is not cut after "bitter")
        for sep in (", ", " — ", " – ", "; ", " due to ", " after ", " as ", " amid ", " which "):
            pos = sentence.find(sep, 40)
            while 40 <= pos <= 130:
                head = sentence[:pos].rstrip(",;")
                if not _open_phrase(head):
                    return head
                pos = sentence.find(sep, pos + 1)
        short = shorten(sentence, 100)
        if short == sentence:
            return sentence  # (many words, few characters: whole)
        cut = short.removesuffix("…").split()
        while len(cut) > 8 and _open_phrase(" ".join(cut)):  # "… is heading for a…" -> "… is heading…"
            cut.pop()
        return " ".join(cut).rstrip(" ,;:-") + "…"
    return sentence


_OPENERS = frozenset("a an the this that these those his her its their our my your of to for in on at by with and or "
                     "but from into".split())


def _open_phrase(head: str) -> bool:
    """Whether a cut title would end inside a phrase: on a word like "the" or "of", or one
    word after an article ("for a bitter")."""
    words = head.lower().split()
    return bool(words) and (words[-1] in _OPENERS or (len(words) >= 2 and words[-2] in ("a", "an", "the")))

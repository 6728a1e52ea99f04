"""Finding and parsing dates written the ways newsrooms write them."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501 (one pattern or table row, kept whole)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Each pattern has named groups year/month/day (year optional in the yearless forms).
_PATTERNS = [
    # 2025-11-01, 2025/11/01, 2025-11-01T08:00:00Z
    re.compile(r"\b" + _YEAR + r"[-/.](?P<m>[01]?\d)[-/.](?P<day>[0-3]?\d)(?![\d])", re.I),
    # 3 November, 2025 / Monday, 3 Nov 2025 / 3rd of November 2025
    re.compile(r"\b" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    # November 3, 2025 / Nov. 3 2025 / Monday, November 3rd, 2025
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
]
_YEARLESS = [
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!,?\s+(?:19|20)\d\d)(?!\s*(?:%|percent|million|billion))", re.I),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s+(?:19|20)\d\d)", re.I),
]
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _build(year: str | int, month: int, day: str | int) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _month_of(m: re.Match[str]) -> int:
    if m.groupdict().get("m"):
        return int(m.group("m"))
    key = m.group("month").lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]  # "Sepember": the pattern lets a misspelling through


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date in ``text`` as (start, end, date), in order of position."""
    found: list[tuple[int, int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    if _YEAR_HINT.search(text) is None:  # every full date has a year: skip the scans
        return found
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            d = _build(m.group("year"), _month_of(m), m.group("day"))
            if d:
                found.append((m.start(), m.end(), d))
                taken.append((m.start(), m.end()))
    return sorted(found)


def parse_date(value: str) -> dt.date | None:
    """A date written on its own ("3 November, 2025", "2025-11-01T10:00Z", "Nov 3, 2025")."""
    value = value.strip()
    if not value or len(value) > 80:
        return None
    hits = find_dates(value)
    return hits[0][2] if hits else None


def is_date_line(line: str) -> dt.date | None:
    """The date when a line holds a date and (almost) nothing else."""
    line = line.strip()
    if not line or len(line) > 60:
        return None
    hits = find_dates(line)
    if not hits:
        return None
    start, end, d = hits[0]
    rest = (line[:start] + line[end:]).strip(" ,.-–—|:").lower()
    rest = re.sub(r"^(published|updated|date|posted|on)\b:?", "", rest).strip(" ,.-–—|:")
    rest = re.sub(r"\d{1,2}:\d\d(?::\d\d)?\s*(am|pm|utc|gmt|[a-z]{2,4}t)?", "", rest).strip(" ,.-–—|:")
    return d if not rest else None


def _resolve_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with that month and day nearest ``anchor``: up to about eight months
    before it, or up to four months after it (an announced, coming event)."""
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        d = _build(year, month, day)
        if d is not None and -120 <= (anchor - d).days <= 245:
            return d
    return None


def resolve_yearless(text: str, anchor: dt.date) -> list[tuple[int, int, dt.date]]:
    """Yearless dates ("October 20", "21 October") resolved against ``anchor``.  The
    month must be written with a capital ("may 10" is not a date)."""
    out: list[tuple[int, int, dt.date]] = []
    taken: list[tuple[int, int]] = [(s, e) for s, e, _ in find_dates(text)]
    for pat in _YEARLESS:
        for m in pat.finditer(text):
            if not m.group("month")[0].isupper():
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            d = _resolve_day(_month_of(m), int(m.group("day")), anchor)
            if d:
                out.append((m.start(), m.end(), d))
                taken.append((m.start(), m.end()))
    return sorted(out)


_RELATIVE_RE = re.compile(
    r"\b(?:(?P<prefix>next|last|this|this past|this coming|on|early|late|since|by|until)\s)?"
    r"(?P<word>monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)\b",
    re.I,
)
# words before a weekday that make it a coming day, not a past one
_FUTURE = re.compile(r"\b(?:will|shall|to be held|is due|are due|scheduled|planned for|(?<!had )(?<!had originally )expected)\b"
                     r"[^.;]{0,40}$", re.I)  # (not "traders had expected the market to level out on Monday")
_NOT_A_DAY = re.compile(r"(?:black|good|cyber|super|holy|ash|easter|palm)\s$", re.I)


def may_name_a_day(text: str) -> bool:
    """False when :func:`resolve_relative` cannot find anything in ``text``: every word it
    reads ends in "day" or "night" (a cheap first test, also used by the timeline)."""
    low = text.lower()
    return "day" in low or "night" in low


def resolve_relative(text: str, anchor: dt.date) -> list[tuple[int, int, dt.date]]:
    """Weekdays ("on Friday", "in the early hours of Sunday"), "yesterday" and "last night",
    resolved against ``anchor`` (the article's date).  A weekday is the latest such day on
    or before the anchor, or the next one when the sentence says it is coming ("next
    Friday", "talks will be held on Friday")."""
    out: list[tuple[int, int, dt.date]] = []
    if not may_name_a_day(text):
        return out
    for m in _RELATIVE_RE.finditer(text):
        word = m.group("word").lower()
        prefix = (m.group("prefix") or "").lower()
        before = text[max(0, m.start() - 60) : m.start()]
        if word in ("yesterday", "last night"):
            out.append((m.start("word"), m.end("word"), anchor - dt.timedelta(days=1)))
            continue
        if _NOT_A_DAY.search(before):
            continue
        wd = _WEEKDAYS.index(word)
        if prefix in ("next", "this coming") or (prefix != "last" and _FUTURE.search(before)):
            ahead = (wd - anchor.weekday()) % 7 or 7
            d = anchor + dt.timedelta(days=ahead)
        else:
            back = (anchor.weekday() - wd) % 7
            if prefix == "last" and back == 0:
                back = 7
            d = anchor - dt.timedelta(days=back)
        out.append((m.start("word"), m.end("word"), d))
    return sorted(out)


def resolve_partial(text: str, anchor: dt.date) -> list[tuple[int, int, dt.date]]:
    """Yearless dates ("October 20", "21 October") and relative days ("on Friday",
    "yesterday"), resolved against ``anchor`` (the article's date)."""
    return sorted(resolve_yearless(text, anchor) + resolve_relative(text, anchor))

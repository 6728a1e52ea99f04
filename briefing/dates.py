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
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
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
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_RE = re.compile(r"\b(?:on|last|this|since|by|from|until|early|late)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _build(year: str | int, month: int, day: str | int) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _month_of(m: re.Match[str]) -> int:
    if m.groupdict().get("m"):
        return int(m.group("m"))
    return MONTHS[m.group("month").lower().rstrip(".")]


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date in ``text`` as (start, end, date), in order of position."""
    found: list[tuple[int, int, dt.date]] = []
    taken: list[tuple[int, int]] = []
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


def resolve_partial(text: str, anchor: dt.date) -> list[tuple[int, int, dt.date]]:
    """Yearless dates ("October 20", "21 October") and weekdays ("on Friday"), resolved
    against ``anchor`` (the article's date): the latest such date on or before the anchor,
    unless it is more than about four months ahead, which means it is in the future."""
    out: list[tuple[int, int, dt.date]] = []
    for pat in _YEARLESS:
        for m in pat.finditer(text):
            month = _month_of(m)
            day = int(m.group("day"))
            best = None
            for year in (anchor.year, anchor.year - 1, anchor.year + 1):
                d = _build(year, month, day)
                if d is None:
                    continue
                delta = (anchor - d).days
                if -120 <= delta <= 245:
                    best = d
                    break
            if best:
                out.append((m.start(), m.end(), best))
    for m in _WEEKDAY_RE.finditer(text):
        wd = _WEEKDAYS.index(m.group(1).lower())
        back = (anchor.weekday() - wd) % 7
        out.append((m.start(1), m.end(1), anchor - dt.timedelta(days=back)))
    return sorted(out)

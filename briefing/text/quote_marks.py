"""Where the quotations of a paragraph are: balanced quotation marks, not apostrophes.

Double quotes (curly “ ”, straight ", guillemets « ») are paired first.  Single quotes
(‘ ’ and ') count only outside double quotes, only where they can open (after a space
or an opening bracket, before a letter) and close (after a letter or punctuation, before
a space or punctuation), so apostrophes (shouldn't, Putin's, Rus’) never pair up.
Inch and foot marks (5'11", a 12" screen) are not quotes; nested quotes belong to the
quote around them; an opening mark that is never closed makes no quotation, except the
newsroom convention of a quote that runs on into the next paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

_DOUBLE_MARKS = re.compile(r"[\"“”«»]")
_SINGLE_MARKS = re.compile(r"[‘’']")
_HAS_WORD = re.compile(r"[^\W_]")
MAX_QUOTE = 4000  # characters: a longer "quotation" is a stray mark
_OPEN_AFTER = set(" \t\n([{—–-/\"“«")
_CLOSE_BEFORE = set(" \t\n.,;:!?)]}—–-\"”»…")
_CLOSE_AFTER_PUNCT = set(".,;:!?…)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # the opening mark
    end: int  # just after the closing mark (the paragraph's end for a run-on quote)
    double: bool
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, (self.end - 1 if self.closed else self.end)


def _around(text: str, i: int) -> tuple[str, str]:
    return (text[i - 1] if i > 0 else " "), (text[i + 1] if i + 1 < len(text) else " ")


def _spaced_close(text: str, i: int) -> bool:
    """A straight double mark set off by a space after a closing single one, as nested quotes
    end in print ("… members of the community,' " Reeves wrote)."""
    return i >= 2 and text[i - 1] == " " and text[i - 2] in "'’" and (i + 1 == len(text) or text[i + 1] in _CLOSE_BEFORE)


def _doubles(text: str, runs_on: bool) -> list[Span]:
    out: list[Span] = []
    open_at: int | None = None
    for m in _DOUBLE_MARKS.finditer(text):
        c, i = m.group(0), m.start()
        prev, nxt = _around(text, i)
        if c == '"' and open_at is None and prev.isdigit():
            continue  # an inch mark: 5'11", a 12" screen
        if c in "“«":
            open_at = i
        elif c in "”»" or (c == '"' and open_at is not None and (not prev.isspace() or _spaced_close(text, i))):
            if open_at is not None:
                if i - open_at <= MAX_QUOTE and _HAS_WORD.search(text, open_at + 1, i):
                    out.append(Span(open_at, i + 1, True))
                open_at = None
        elif c == '"' and not nxt.isspace():
            open_at = i
    if runs_on and open_at is not None and len(text) - open_at <= MAX_QUOTE and _HAS_WORD.search(text, open_at + 1):
        out.append(Span(open_at, len(text), True, closed=False))
    return out


def _singles(text: str, doubles: list[Span]) -> list[Span]:
    if "'" not in text and "‘" not in text:
        return []  # only ’ can open nothing: every one of them is an apostrophe or a close
    out: list[Span] = []
    open_at: int | None = None
    di = 0
    for m in _SINGLE_MARKS.finditer(text):
        c, i = m.group(0), m.start()
        while di < len(doubles) and doubles[di].end <= i:
            di += 1
        if di < len(doubles) and doubles[di].start < i and open_at is None:
            continue  # nested inside a double quotation
        prev, nxt = _around(text, i)
        if prev.isdigit():
            continue  # a foot mark or an abbreviated year
        can_close = (prev.isalnum() or prev in _CLOSE_AFTER_PUNCT) and (nxt in _CLOSE_BEFORE or i + 1 == len(text))
        can_open = c != "’" and (prev in _OPEN_AFTER or i == 0) and nxt.isalpha()  # not '90s
        if open_at is not None and can_close:
            if i - open_at <= MAX_QUOTE and _HAS_WORD.search(text, open_at + 1, i):
                out.append(Span(open_at, i + 1, False))
            open_at = None
        elif can_open:
            open_at = i
    return out


def find_quotes(text: str, runs_on: bool = False) -> list[Span]:
    """Quotation spans of one paragraph, in order, none inside another.  ``runs_on``:
    the next paragraph opens with a quotation mark, so a quote left open at the end of
    this one runs on (newsroom style for a quote over several paragraphs)."""
    doubles = _doubles(text, runs_on)
    singles = _singles(text, doubles)
    if not singles:
        return doubles
    starts = [d.start for d in doubles]
    kept_singles: list[Span] = []
    nested: set[int] = set()
    for sp in singles:
        inside: list[int] = []
        crossing = False
        k = bisect_left(starts, sp.end) - 1
        while k >= 0 and doubles[k].end > sp.start:
            d = doubles[k]
            if sp.start < d.start and d.end <= sp.end:
                inside.append(k)
            else:
                crossing = True
                break
            k -= 1
        if not crossing:
            kept_singles.append(sp)
            nested.update(inside)
    doubles = [d for k, d in enumerate(doubles) if k not in nested]
    return sorted(doubles + kept_singles, key=lambda s: s.start)


def quote_text(text: str, span: Span) -> str:
    """The words of a quotation as printed, without the comma that hands over to the attribution."""
    a, b = span.inner
    inner = text[a:b].strip()
    return inner[:-1].rstrip() if inner.endswith(",") else inner


def opens_with_quote(text: str) -> bool:
    s = text.lstrip()
    return bool(s) and s[0] in "“\"«‘'"


_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"


def open_quotes(text: str) -> list[int]:
    """Where the quotations still open at the end of ``text`` start: “ opens and ” closes; a straight
    mark opens after the start, a space, a bracket or a dash and closes after a word (“…," is one
    quotation, '…minutes."We' closes none and opens one)."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch in _OPEN_QUOTES or (ch == '"' and (i == 0 or text[i - 1] in " \n([—–-")):
            opened.append(i)
        elif (ch in _CLOSE_QUOTES or ch == '"') and opened:
            opened.pop()
    return opened


def quote_balance(sentence: str) -> tuple[bool, float]:
    """(quotes balanced, share of the characters inside double quotes)."""
    opens = sum(sentence.count(c) for c in _OPEN_QUOTES)
    closes = sum(sentence.count(c) for c in _CLOSE_QUOTES)
    straight = sentence.count('"')
    balanced = opens == closes and straight % 2 == 0
    if not (opens or closes or straight):
        return True, 0.0
    inside = 0
    depth = 0
    start = 0
    for i, ch in enumerate(sentence):
        if ch in _OPEN_QUOTES or (ch == '"' and depth == 0):
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSE_QUOTES or (ch == '"' and depth > 0):
            if depth > 0:
                depth -= 1
                if depth == 0:
                    inside += i - start
    return balanced, inside / max(1, len(sentence))


_QUOTED = re.compile(r"[\"“«„][^\"”»“]*[\"”»]")
_SAID_WORDS = frozenset("said says told tells added adds wrote writes stated states tweeted tweets".split())
_PRONOUNS = frozenset("he she they it we i".split())  # "“…,” he said.": the source is someone named elsewhere
# a capitalised word after these describes an unnamed source ("a Post memo", "one Senate aide")
_DETERMINERS = frozenset("a an the one his her its their".split())
_NOT_NAMES = frozenset("""the this that these those in on at by for from to of with after before as but and or
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december""".split())


def named_attribution(sentence: str) -> bool:
    """Whether what a sentence says outside its quotation marks credits the words to someone by
    name ("“…,” said Mark McDonald, spokesman for Mayor Nutter.", "“…,” Netanyahu said."): a speech
    verb and a capitalised word that is no sentence opener, weekday or month, nor follows a determiner,
    and no pronoun ("“…,” he said.", "His lawyer said", "One banker said", "says a Post memo", "the
    campaign wrote Wednesday" credit no one by name)."""
    rest = _QUOTED.sub(" ", sentence)
    ws = [w.strip(".,;:!?()[]") for w in re.findall(r"[\w’'.()\[\]-]+", rest)]
    ws = [w for w in ws if w]
    low = [w.lower() for w in ws]
    if not set(low) & _SAID_WORDS or set(low) & _PRONOUNS:
        return False
    opener = 0 if sentence.lstrip()[:1].isalpha() else -1  # a sentence that opens outside the quotes: its first word
    return any(w[:1].isupper() and i != opener and low[i] not in _NOT_NAMES and (i == 0 or low[i - 1] not in _DETERMINERS)
               for i, w in enumerate(ws))

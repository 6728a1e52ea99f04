"""Direct quotations, who said them, and which of them are key quotes.

``extract_quotes`` finds every quotation in the primary articles' paragraphs and bullets
(never in headings or the headline), with its exact words, its speaker as a canonical
name, the speaker's role, and the attribution verb.  A quote from a source the text
does not name has the speaker ``"unnamed source"`` and says in its role how it was
sourced ("source quoted by FT", "senior official").  A quote nobody is credited with
has the speaker None.

A speaker is found, most direct first, right after the quote, right before it, at
the end of its sentence, in a speech clause earlier in the sentence, in an owned speech
noun, or in "According to X"; failing those, a quote that follows another in the same
paragraph (a split quote) or opens a paragraph after a quoted one (a continuation)
takes that quote's speaker.

``attach_quotes`` marks key quotes (attributed, five words or more), ties each quote
to the storylines whose passages hold its paragraph, scores it (how prominent the
speaker is across the brief, substance, storyline) and lists each storyline's key
quotes best first: at most ``quotes.key_per_storyline`` (8), one per wording (the same
words quoted by two outlets, or one quote inside another), and at most two per speaker
while other speakers are left.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial

from rapidfuzz import fuzz

from ..config.schema import Config
from ..model import Article, Block, Quote, Storyline
from ..people.namebook import NameBook, book_for
from ..people.names import UNNAMED
from ..text.quote_marks import Span, find_quotes, opens_with_quote, quote_text
from ..text.words import normalize, word_count
from ..text.words import words as word_list
from ..work import SERIAL, Runner
from .attribution import attribute, credit_line, previous_subject
from .speakers import ArticleContext
from .who import PRONOUN_GENDER, Who, gender_of

KEY_MIN_WORDS = 5
FRAGMENT_WORDS = 10  # a quote opening in lower case is a fragment of a sentence below this many words
LAST_RESORT = 7  # the rank of an attribution by the clause's subject alone (attribution.clause_subject)
MAX_ATTRIBUTED = 200  # quotations per paragraph read for a speaker; real paragraphs hold a few
STORYLINE_WEIGHT = 0.5
KEY_PER_STORYLINE = 8  # the default of config.yaml's quotes.key_per_storyline
PER_SPEAKER = 2  # key quotes of one speaker in a storyline while other speakers are left
SAME_WORDING = 90  # similarity (rapidfuzz ratio) above which two quotes are one wording

__all__ = ["UNNAMED", "KEY_MIN_WORDS", "extract_quotes", "attach_quotes", "article_quotes", "is_key"]


def extract_quotes(articles: Sequence[Article], config: Config, *, names: NameBook | None = None,
                   runner: Runner = SERIAL) -> list[Quote]:
    """Every quotation of the primary articles (``duplicate_of is None``), in order, read
    through ``runner``."""
    book = names if names is not None else book_for(articles, config.aliases, runner=runner)
    primaries = [a for a in articles if a.duplicate_of is None]
    total = len(primaries)
    per_article = runner.map(partial(_scored_quotes, book=book, total=total), primaries)
    return [q for found in per_article for q in found]


def _scored_quotes(article: Article, book: NameBook, total: int) -> list[Quote]:
    return [_scored(q, book, total) for q in article_quotes(article, book)]


def article_quotes(article: Article, book: NameBook) -> list[Quote]:
    ctx = ArticleContext(article, book)
    shown = article.title.removesuffix("…").rstrip()  # a long title is shown cut, with an ellipsis
    title = normalize(shown)
    title_len = len(shown)
    out: list[Quote] = []
    blocks = article.blocks
    last: tuple[int, Who, str | None, int] | None = None  # the previous paragraph's last quote: position, speaker, verb, end
    lead_in: tuple[int, Who, str | None] | None = None  # a paragraph ending "X said:": its position, speaker, verb
    unclaimed: list[int] = []  # the previous paragraph's quotes with no speaker (indices into out)
    for i, block in enumerate(blocks):
        if block.kind == "heading" or _is_headline(block.text, i, title, title_len):
            last = lead_in = None
            unclaimed = []
            continue
        text = block.text
        credit = credit_line(text, dashed=block.kind == "bullet") if unclaimed else None
        if credit is not None:  # “…” ¶ - Sanders.  (a credit under the quote, as a paragraph of its own)
            who = ctx.resolve(credit.ref, block)
            if who is not None:
                for n in unclaimed:
                    out[n] = replace(out[n], speaker=who.name, role=who.role, verb=credit.ref.verb)
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        spans = find_quotes(text, runs_on=nxt is not None and nxt.kind != "heading" and opens_with_quote(nxt.text))
        if not spans:
            last = None
            unclaimed = []
            lead_in = _lead_in(ctx, block, i) if text.rstrip().endswith(":") else None
            continue
        ctx.remember(block, spans)
        earlier: list[tuple[int, Who | None]] = []
        attributed = False
        verbs: list[str | None] = []
        loose: list[bool] = []  # a quote whose speaker was read loosely ("according to", a subject) or not at all
        for k, sp in enumerate(spans):
            found = attribute(text, spans, k) if k < MAX_ATTRIBUTED else None
            who = ctx.resolve(found.ref, block, earlier) if found else None
            if found is not None and found.ref.kind == "pronoun" and found.ref.words[0] in ("he", "she") and k > 0:
                prev = earlier[-1][1]  # “…,” the archbishop told AP. He added, “…”: the one just quoted
                if (prev is not None and prev.kind == "person" and spans[k - 1].end <= found.ref.pos
                        and gender_of(prev) in (None, PRONOUN_GENDER[found.ref.words[0]])
                        and not ctx.others_between(block, spans[k - 1].end, found.ref.pos, prev.name)):
                    who = prev
            if who is not None and found is not None and found.rank >= LAST_RESORT and not ctx.known(who):
                who = None  # a sentence's subject stands for the speaker only when it names someone the brief knows
            verb = found.ref.verb if found is not None and who is not None else None
            if who is None and k > 0:
                # “…,” Lavrov said. “…”: the latest quote before that is more than a title or a
                # scare quote (“…,” said Trump on NBC's “Today” show. “…”)
                p = next((p for p in range(k - 1, max(-1, k - 4), -1) if _words(text, spans[p]) > 2 or not loose[p]),
                         k - 1)  # (a short quote with a speaker of its own, “No way,” she replied, counts)
                prev = earlier[p][1]
                if prev is not None and not ctx.others_between(block, spans[p].end, sp.start, prev.name):
                    who, verb = prev, verbs[p]
            if (who is None and last is not None and last[0] == i - 1 and opens_with_quote(text)
                    and not attributed
                    and not ctx.others_between(blocks[i - 1], last[3], len(blocks[i - 1].text) + 1, last[1].name)):
                who, verb = last[1], last[2]  # a continuation paragraph
            if who is None and k == 0 and lead_in is not None and lead_in[0] == i - 1 and opens_with_quote(text):
                who, verb = lead_in[1], lead_in[2]  # "Reporter Jomana Karadsheh says:" ¶ “…”
            if who is None and k < MAX_ATTRIBUTED:
                prior = previous_subject(text, spans, k)  # "Bystrom agreed. “…”"
                heard = ctx.resolve(prior.ref, block, earlier) if prior is not None else None
                if heard is not None and prior is not None and heard.kind == "person" and ctx.known(heard):
                    who, verb = heard, prior.ref.verb
            earlier.append((sp.start, who))
            attributed = attributed or who is not None
            verbs.append(verb)
            loose.append(who is None or found is None or found.rank >= 5)
            words = quote_text(text, sp)
            if not words:
                continue
            if who is None:
                unclaimed.append(len(out))
            out.append(Quote(text=words, speaker=who.name if who else None, article=article.id,
                             paragraph=block.index, role=who.role if who else None, verb=verb))
        final = earlier[-1][1]
        last = (i, final, verbs[-1], spans[-1].end) if final is not None else None
        lead_in = None
        unclaimed = [n for n in unclaimed if out[n].paragraph == block.index]
    return out


def _words(text: str, sp: Span) -> int:
    return len(text[sp.start:sp.end].split())


def _is_headline(text: str, i: int, title: str, title_len: int) -> bool:
    """The article's headline printed as a paragraph: its title, or, first in the article, a
    longer line in headline case that the title was cut from at a comma (a lead sentence the
    title was taken from is no headline: its quotes count)."""
    if abs(len(text) - title_len) < 8 and normalize(text) == title:
        return True
    if not (i == 0 and title and len(text) < 3 * title_len + 40 and normalize(text).startswith(title)):
        return False
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)  # headline case, not a lead


def _plain(text: str) -> str:
    """Words only: quotes of one passage compared whatever their punctuation ("…home." and "…home,")."""
    return " ".join(word_list(text))


def beside_points(quotes: Sequence[Quote], storylines: Sequence[Storyline], points: Sequence[Sequence[str]],
                  limit: int) -> list[tuple[int, ...]]:
    """Each storyline's key quotes without those one of its summary points (``points``, per
    storyline) already gives, with who said it ("“…,” said Inspector-General Khalid Abu Bakar." as
    a point): the same words or nearly (another outlet's wording, a longer or shorter cut), and the
    speaker named outside the quotation marks.  The brief says a quote once, and the next best takes
    its place; a point whose quote leans on "he said" keeps the key quote that names the speaker.
    The quotes are ranked again only for a storyline that loses one, in one pass for all of them."""
    told = [[(_plain(p), [_plain(p[sp.start:sp.end]) for sp in find_quotes(p)], _plain(_outside(p))) for p in ps]
            for ps in points]

    def in_points(i: int, k: int) -> bool:
        q = quotes[i]
        words = _plain(q.text)
        if not words or not told[k]:
            return False
        surname = _plain(q.speaker).rsplit(" ", 1)[-1] if q.speaker and q.speaker != UNNAMED else ""
        return any((words in whole or any(seg and _same_wording(words, seg) for seg in segs))
                   and (not surname or f" {surname} " in f" {outside} ") for whole, segs, outside in told[k])

    redo = {s.key: k for k, s in enumerate(storylines) if any(in_points(i, k) for i in s.quotes)}
    out = [s.quotes for s in storylines]
    if not redo:
        return out
    ranked: dict[str, list[int]] = {key: [] for key in redo}
    for i, q in enumerate(quotes):
        if q.key:
            for key in q.storylines:
                if key in ranked:
                    ranked[key].append(i)
    for key, k in redo.items():
        order = sorted(ranked[key], key=lambda i: (-quotes[i].score, i))
        out[k] = tuple(choose_key_quotes(quotes, (i for i in order if not in_points(i, k)), limit))
    return out


def _outside(text: str) -> str:
    """``text`` without its quotations."""
    spans = find_quotes(text)
    out, at = [], 0
    for sp in spans:
        out.append(text[at:sp.start])
        at = sp.end
    return " ".join(out + [text[at:]])


def choose_key_quotes(quotes: Sequence[Quote], ranked: Iterable[int], limit: int) -> list[int]:
    """The first ``limit`` of ``ranked`` (indices into ``quotes``, best first) that are not the
    wording of one already chosen (the same words quoted by two outlets, or one inside the
    other), taking at most :data:`PER_SPEAKER` from a speaker until no other speaker is left.
    Reads only as far down ``ranked`` as it needs: a storyline of 10,000 articles holds tens of
    thousands of key quotes, and each is compared with at most ``limit`` chosen ones."""
    chosen: list[tuple[int, int, str]] = []  # (place in ranked, quote index, normalised words)
    waiting: list[tuple[int, int, str]] = []  # over their speaker's share, for when others run out
    per: dict[str | None, int] = {}
    for place, i in enumerate(ranked):
        if len(chosen) >= limit:
            break
        who = quotes[i].speaker
        if per.get(who, 0) >= PER_SPEAKER:
            if len(waiting) < limit:
                waiting.append((place, i, " ".join(normalize(quotes[i].text).split())))
            continue
        norm = " ".join(normalize(quotes[i].text).split())
        if any(_same_wording(norm, other) for _, _, other in chosen):
            continue
        chosen.append((place, i, norm))
        per[who] = per.get(who, 0) + 1
    for entry in waiting:  # few speakers: the rest of the best
        if len(chosen) >= limit:
            break
        if not any(_same_wording(entry[2], other) for _, _, other in chosen):
            chosen.append(entry)
    return [i for _, i, _ in sorted(chosen)]


def _same_wording(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short in long:
        return True
    return fuzz.ratio(a, b) >= SAME_WORDING


def _lead_in(ctx: ArticleContext, block: Block, i: int) -> tuple[int, Who, str | None] | None:
    """The speaker of a paragraph that ends in a colon and hands over to a quotation in the
    next ("In a press release, the committee said:"), read as if the quote followed here."""
    probe = block.text.rstrip() + " “Words quoted here.”"
    spans = find_quotes(probe)
    if not spans:
        return None
    found = attribute(probe, spans, len(spans) - 1)
    who = ctx.resolve(found.ref, block) if found else None
    return (i, who, found.ref.verb if found else None) if who is not None else None


def is_key(q: Quote) -> bool:
    """A key quote: attributed, five words or more (scare quotes are not), not a short fragment
    of a sentence (“showing no willingness to negotiate”: fewer than :data:`FRAGMENT_WORDS`
    words opening in lower case), and not a title or a name ("The Nightly Show with Larry Wilmore")."""
    n = word_count(q.text)
    if q.speaker is None or n < KEY_MIN_WORDS:
        return False
    opening = next((c for c in q.text if c.isalnum()), "")
    if opening.islower() and n < FRAGMENT_WORDS:
        return False
    words = [w for w in q.text.split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return not (words and len(words) <= 12 and capitals >= 0.6 * len(words))


def _scored(q: Quote, book: NameBook, total: int) -> Quote:
    """Score before the storyline: speaker prominence plus substance."""
    if q.speaker is None:
        return q
    q = replace(q, key=is_key(q))
    n = word_count(q.text)
    prominence = (0.3 if q.speaker is None or q.speaker == UNNAMED
                  else math.log1p(book.prominence(q.speaker)) / math.log1p(max(total, 1)))
    substance = min(1.0, math.log(max(n, 1)) / math.log(40))
    if any(c.isdigit() for c in q.text):
        substance += 0.1
    if q.text[:1].isupper() and q.text.rstrip("”\"’'").endswith((".", "!", "?")):
        substance += 0.2  # a whole sentence, not a phrase
    if n > 80:
        substance -= 0.2
    return replace(q, score=round(min(prominence, 1.0) + substance, 4))


def attach_quotes(
    quotes: Sequence[Quote], storylines: Sequence[Storyline], *, limit: int = KEY_PER_STORYLINE
) -> tuple[tuple[Quote, ...], tuple[Storyline, ...]]:
    """Mark key quotes, tie each quote to the storylines of its paragraph, and list each
    storyline's key quotes (indices into the returned quotes), best first: at most ``limit``,
    one per wording, and no speaker more than :data:`PER_SPEAKER` times while others wait."""
    where: dict[tuple[str, int], dict[str, float]] = {}
    top: dict[str, float] = {}
    for s in storylines:
        for p in s.passages:
            slot = where.setdefault((p.article, p.paragraph), {})
            slot[s.key] = max(slot.get(s.key, 0.0), p.score)
            top[s.key] = max(top.get(s.key, 0.0), p.score)
    marked: list[Quote] = []
    for q in quotes:
        hits = where.get((q.article, q.paragraph), {})
        relevance = max((sc / top[k] for k, sc in hits.items() if top.get(k)), default=0.0)
        key = is_key(q)
        score = q.score + STORYLINE_WEIGHT * relevance if key else q.score
        marked.append(replace(q, key=key, storylines=tuple(hits), score=round(score, 4)))
    out: list[Storyline] = []
    for s in storylines:
        ranked = sorted((i for i, q in enumerate(marked) if q.key and s.key in q.storylines),
                        key=lambda i: (-marked[i].score, i))
        out.append(replace(s, quotes=tuple(choose_key_quotes(marked, ranked, limit))))
    return tuple(marked), tuple(out)

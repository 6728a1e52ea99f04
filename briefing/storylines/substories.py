"""A storyline's sub-stories: the events its articles report.

Each article's passages in the storyline are one unit, its first passages (its lead)
weighing most; units are grouped by average linkage over rarity-weighted names, figures
and words (:mod:`briefing.storylines.clusters`): articles that name the same people and
places and give the same figures report one event, and two events of one kind (two
earthquakes, two arrests) that share only the kind's words stay apart.  Grouping whole
articles means an article lends all its passages in the storyline to its event.  An event that
fewer than :data:`MIN_EVENT` articles report joins the bigger one it is most like, when it is
like it enough (a report worded apart from the others is still the same event).

A storyline groups at most :data:`MAX_THREADED` passages (its best scored, the newest
first among equals: for "Other" all score alike), so the work per storyline is bounded
whatever the size of the brief; the rest go under "More reports".  Sub-stories come
biggest first (most articles, then most passages); beyond :data:`MAX_SUBSTORIES` the
smallest are gathered under "More reports".

A sub-story's label is drawn from its own words: its most telling name (two when a
second, found in other passages of it, is as telling: "Odesa, Zaporizhzhia") and its
most telling content word ("Ryazan refinery", "Tuapse port").  Labels hold only
letters, digits, spaces, hyphens, apostrophes and commas.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Passage, SubStory
from .clusters import Vector, average_linkage, cosine, neighbours, unit_vector
from .vocabulary import SCAN_CHARS, Features, Vocabulary, content_key, fold, is_demonym, name_key, surfaces, word_key

EVENT = 0.18  # mean similarity at which articles report one event
MIN_EVENT = 3  # an event reported by fewer articles than this may join a bigger one...
ATTACH_EVENT = 0.08  # ...whose articles it is this like on average
EVENT_LEAD = 4  # the first passages of an article in the storyline carry its event
ACTORS = 0.25  # a name in more of the brief's paragraphs is one of its main actors, no event's mark
MAX_THREADED = 2000  # a storyline groups at most this many passages (see :func:`threaded`)
MAX_SUBSTORIES = 12
MAX_LABEL = 48
LABEL_TEXTS = 40  # a label's spelling is read from at most this many passages
NEAR_NAME_BONUS = 1.5  # a word written just after the thread's main name
NOUN_BONUS = 2.5  # a word the brief writes after "the", "a", "its" is likelier a noun
WHOLE_SHARE = 0.8  # a name is shown as "X and Name's" when the texts write it so this often
MORE_LABEL = "More reports"
UNLABELLED = "Other reports"
# a company's legal form, written after its name; and the heads of bodies whose names may hold "and"
_CORPORATE = frozenset("co corp inc ltd plc ag sa nv llc lp bhd spa gmbh kk cos".split())
# words in the names of many companies and bodies, and the names of months and days: no event's mark
_GENERIC_NAMES = _CORPORATE | frozenset(
    """group international national general american united first new holdings industries company companies
    bank banks trust financial systems corporation association federal state january february march april may
    june july august september october november december monday tuesday wednesday thursday friday saturday
    sunday jan feb mar apr jun jul aug sep oct nov dec""".split())
# words any report writes of its figures and dates: a label of them says nothing of what happened
# ("Quarter year", "Billion rose", "Record nine")
_NO_LABEL = frozenset(
    """year month week today yesterday prior previous earlier later last next three four five seven eight nine
    twelve twenty thirty forty fifty hundred thousand million billion trillion half third percent rose rise risen
    fell fall fallen gain gained drop dropped higher lower total increase decrease decline climb jump slip plunge
    tonne""".split())
_BODIES = frozenset("commission administration board department agency association council".split())
_LABEL_CHARS = re.compile(r"[^\w ,'’-]")
_TOKENS = re.compile(r"[^\W_][\w'’-]*")


@dataclass(slots=True)
class _Thread:
    members: list[int] = field(default_factory=list)


def thread_substories(passages: Sequence[Passage], vocab: Vocabulary | None = None,
                      titles: Mapping[str, str] | None = None) -> tuple[SubStory, ...]:
    """Sub-stories of a storyline's passages (given in storyline order), biggest first: the
    events its articles report (:mod:`briefing.storylines.clusters`, names and figures
    weighing most; an article's title, from ``titles`` by article id, leads its passages).
    ``vocab`` gives the rarity of words over the whole brief (default: these passages)."""
    if not passages:
        return ()
    everyone = passages
    chosen_ids = threaded(passages)
    passages = [everyone[i] for i in chosen_ids]
    by_article: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        by_article.setdefault(p.article, []).append(i)
    # rarity within the storyline tells its events apart: what most of its articles say
    # ("quake", "Iran" in a storyline of Iranian earthquakes) is the kind, not the event
    texts = [p.text for p in passages]
    local = vocab.within(texts) if vocab is not None else Vocabulary(texts)
    heads = {a: local.sentence_case(t) for a, t in (titles or {}).items() if a in by_article and t}
    wide = vocab or local
    units = list(by_article.values())
    vectors = [unit_vector([heads.get(passages[u[0]].article, "")] + [passages[i].text for i in u], local,
                           lead=EVENT_LEAD, name_weight=2.0, figures=True, background=wide,
                           actors=ACTORS)
               for u in units]
    sims = neighbours(vectors)
    groups = average_linkage(len(units), sims, EVENT)
    # a report or two that reached no group joins the event it is most like, when it is like it
    # enough through the articles it shares a name with (kind words alone are no event)
    groups = _join_small(groups, vectors)
    threads = [_Thread(members=sorted(chosen_ids[i] for g in group for i in units[g])) for group in groups]
    left = sorted(set(range(len(everyone))) - set(chosen_ids))
    feats = {chosen_ids[i]: wide.features(p.text) for i, p in enumerate(passages)}
    return _finish(everyone, feats, wide, threads, left)


def _join_small(groups: list[list[int]], vectors: Sequence[Vector]) -> list[list[int]]:
    """Each group of fewer than :data:`MIN_EVENT` units joined to the bigger group it is most like
    on average, when that reaches :data:`ATTACH_EVENT` counting only the pairs of reports that
    share a name (:func:`_names`: the words of the kind, or a word many companies' names hold,
    make no event); kept as it is otherwise.  Every such pair counts, whether or not the first
    pass compared it.  (A join through one close article alone was tried: it merged unrelated
    reports of a heterogeneous storyline through a shared "Texas" or "French"; so was the mean
    over every pair once the groups share a name anywhere: a name one report of the bigger
    event mentions in passing then joined another event to it.)"""
    big = [g for g in groups if len(g) >= MIN_EVENT]
    where = {i: k for k, g in enumerate(big) for i in g}
    out = [list(g) for g in big]
    holders: dict[str, list[int]] = {}  # a name -> the units of big groups that write it
    for i in where:
        for key in _names(vectors[i]):
            holders.setdefault(key, []).append(i)
    for g in groups:
        if len(g) >= MIN_EVENT:
            continue
        total: dict[int, float] = {}
        for i in g:
            partners = {j for key in _names(vectors[i]) for j in holders.get(key, ())}
            for j in sorted(partners):
                total[where[j]] = total.get(where[j], 0.0) + cosine(vectors[i], vectors[j])
        best = max(total, key=lambda k: (total[k] / (len(g) * len(big[k])), -k), default=None)
        if best is not None and total[best] / (len(g) * len(big[best])) >= ATTACH_EVENT:
            out[best] += g
        else:
            out.append(list(g))
    return sorted((sorted(g) for g in out), key=lambda g: g[0])


def _names(v: Vector) -> set[str]:
    """A report's names of places, people and bodies: not a word that many companies' names
    hold ("Corp", "International", "Group") nor a month or a weekday."""
    return {k for k in v if k.startswith("N:") and k[2:] not in _GENERIC_NAMES}


def threaded(passages: Sequence[Passage]) -> list[int]:
    """Positions (in storyline order) of the passages that are threaded: all of them up
    to :data:`MAX_THREADED`, else that many with the highest scores, the latest first
    among equal scores (a morning brief reads the newest reports)."""
    n = len(passages)
    if n <= MAX_THREADED:
        return list(range(n))
    best = sorted(range(n), key=lambda i: (-passages[i].score, -i))[:MAX_THREADED]
    return sorted(best)


def _finish(passages: Sequence[Passage], feats: dict[int, Features], vocab: Vocabulary,
            threads: list[_Thread], left: list[int]) -> tuple[SubStory, ...]:
    def size(t: _Thread) -> tuple[int, int, int]:
        return (-len({passages[i].article for i in t.members}), -len(t.members), t.members[0])

    ordered = sorted(threads, key=size)
    more: _Thread | None = None
    if len(ordered) > MAX_SUBSTORIES or left:
        keep = MAX_SUBSTORIES - 1 if len(ordered) >= MAX_SUBSTORIES else len(ordered)
        more = _Thread(members=sorted([i for t in ordered[keep:] for i in t.members] + left))
        ordered = ordered[:keep]
    out: list[SubStory] = []
    used: set[str] = set()
    for t in ordered + ([more] if more else []):
        label = MORE_LABEL if t is more else label_for(
            [feats[i] for i in t.members], vocab, used, [passages[i].text for i in t.members[:LABEL_TEXTS]])
        used.add(label.casefold())
        ps = tuple(passages[i] for i in sorted(t.members))
        out.append(SubStory(label=label, passages=ps, articles=tuple(dict.fromkeys(p.article for p in ps))))
    return tuple(out)


def _as_named(span: str, texts: Sequence[str], names_seen: frozenset[str] | set[str] = frozenset()) -> str:
    """A name as a label shows it: without a company's legal suffix ("Volkswagen AG" ->
    "Volkswagen"; "" when nothing else is left), and with the first half of a name joined by
    "and" when the texts write it so ("Exchange Commission" -> "Securities and Exchange
    Commission", "Wireless Plc" -> "Cable and Wireless")."""
    words = span.split()
    bodied = bool(words) and (words[-1].rstrip(".").lower() in _CORPORATE or words[-1].lower() in _BODIES)
    while words and words[-1].rstrip(".").lower() in _CORPORATE:
        words.pop()
    if not words:
        return ""
    name = " ".join(words)
    if bodied:
        if not _holds(texts, " and " + name):
            return name
        pattern = re.compile(r"(?<![\w&'’-])([A-Z][\w&'’-]{0,30}) and " + re.escape(name) + r"(?![\w&'’-])")
        for text in texts:
            m = pattern.search(text, 0, SCAN_CHARS)
            if m:
                return f"{m.group(1)} and {name}"
    elif len(words) == 1:
        return _whole(name, texts, names_seen)
    return name


def _whole(name: str, texts: Sequence[str], names_seen: frozenset[str] | set[str]) -> str:
    """A one-word name that is half of a name joined by "and" and closed by a possessive, whole
    when the texts nearly always write it so and its other half is a name the brief writes
    mid-sentence too ("Poor" or "Standard" -> "Standard and Poor's"; but "China" of "Iran and
    China's" stays "China", and "Unions and Boeing's" is no name)."""
    word = r"([A-Z][\w&'’-]{0,30})"
    forms: Counter[str] = Counter()
    # (each pattern is compiled only where the texts hold its words: most names are never so written)
    if _holds(texts, f" and {name}'s") or _holds(texts, f" and {name}’s"):
        second = re.compile(r"(?<![\w&'’-])" + word + " and " + re.escape(name) + r"(['’]s)(?![\w'’-])")
        forms.update(f"{m.group(1)} and {name}{m.group(2)}" for text in texts
                     for m in second.finditer(text[:SCAN_CHARS]) if fold(m.group(1), plural=False) in names_seen)
    if _holds(texts, f"{name} and "):
        first = re.compile(r"(?<![\w&'’-])" + re.escape(name) + " and " + word + r"(['’]s)(?![\w'’-])")
        forms.update(f"{name} and {m.group(1)}{m.group(2)}" for text in texts
                     for m in first.finditer(text[:SCAN_CHARS]) if fold(m.group(1), plural=False) in names_seen)
    if not forms:
        return name
    alone = re.compile(r"(?<![\w&'’-])" + re.escape(name) + r"(?![\w&-])")
    uses = sum(len(alone.findall(text[:SCAN_CHARS])) for text in texts)
    form, n = forms.most_common(1)[0]
    return form if n >= WHOLE_SHARE * uses else name


def _holds(texts: Sequence[str], part: str) -> bool:
    """Whether any of ``texts`` holds ``part`` within its first :data:`SCAN_CHARS` characters:
    the cheap test that spares compiling a pattern which could only match there."""
    return any(text.find(part, 0, SCAN_CHARS) >= 0 for text in texts)


def _following(name: str, texts: Sequence[str]) -> set[str]:
    """Content word keys written within two words after ``name`` in ``texts``."""
    last = fold(name.split()[-1], plural=False)
    out: set[str] = set()
    for text in texts:
        toks = _TOKENS.findall(text[:SCAN_CHARS])
        for i, tok in enumerate(toks):
            if tok[:1].isupper() and fold(tok, plural=False) == last:
                out.update(k for k in (content_key(t) for t in toks[i + 1:i + 3] if t[:1].islower()) if k)
    return out


def _as_written(first: str, second: str, texts: Sequence[str]) -> list[str]:
    """Two label words in the order ``texts`` write them side by side ("second quarter",
    "common shares"); as ranked when they never stand together, or as often either way."""
    a, b = first.casefold(), second.casefold()
    ahead = behind = 0
    for text in texts:
        toks = [t.casefold() for t in _TOKENS.findall(text[:SCAN_CHARS])]
        for x, y in zip(toks, toks[1:]):
            if x == a and y == b:
                ahead += 1
            elif x == b and y == a:
                behind += 1
    return [second, first] if behind > ahead else [first, second]


def _ranked(scores: dict[str, float], firsts: dict[str, int]) -> list[str]:
    return sorted(scores, key=lambda k: (-scores[k], firsts[k]))


def label_for(members: list[Features], vocab: Vocabulary, used: set[str], texts: Sequence[str],
              name_share: float = 0.0) -> str:
    """A short label from the members' own names and words (written as in ``texts``),
    unlike the labels in ``used``; a name leads it only when at least ``name_share`` of the
    members write it (a storyline is named by what its reports share, not by one company)."""
    name_score: dict[str, float] = {}
    word_score: dict[str, float] = {}
    name_in: dict[str, set[int]] = {}
    spans: dict[str, Counter[str]] = {}
    written = surfaces(texts)
    firsts: dict[str, int] = {}
    for m, f in enumerate(members):
        for k, span in f.names.items():
            name_score[k] = name_score.get(k, 0.0) + vocab.idf(name_key(k))
            name_in.setdefault(k, set()).add(m)
            spans.setdefault(k, Counter())[span] += 1
            firsts.setdefault(k, len(firsts))
        for k, uses in f.words.items():
            noun = NOUN_BONUS if k in vocab.nouns else 1.0
            word_score[k] = word_score.get(k, 0.0) + min(uses, 5) * vocab.idf(word_key(k)) * noun
            firsts.setdefault(k, len(firsts))
    parts: list[str] = []
    names = [k for k in _ranked(name_score, firsts) if len(name_in[k]) >= name_share * len(members)]
    # "Russian", "Ukrainian" describe rather than name a thread: last resort only
    names = [k for k in names if not is_demonym(k, vocab.names_seen)] or names
    shown = {k: _as_named(spans[k].most_common(1)[0][0], texts, vocab.names_seen) for k in names[:20]}
    names = [k for k in names if shown.get(k)]  # (never "Co Inc": a company's suffixes name no one)
    if names:
        top = names[0]
        head = shown[top]
        for other in names[1:]:
            if name_score[other] < 0.75 * name_score[top]:
                break
            other_span = shown[other]
            # a second name from other passages of the thread, short, not part of the first
            if (not name_in[other] <= name_in[top] and not set(other_span.split()) & set(head.split())
                    and len(head.split()) + len(other_span.split()) <= 2):
                head = f"{head}, {other_span}"
                break
        parts.append(head)
    if names:
        # "Kestrel refinery", "Marlow port": words written just after the thread's main name
        for k in _following(spans[names[0]].most_common(1)[0][0], texts):
            if k in word_score:
                word_score[k] *= NEAR_NAME_BONUS
    ranked = [w for w in _ranked(word_score, firsts) if w not in name_score]
    words = [w for w in ranked if w not in _NO_LABEL] or ranked  # (figures' words rather than no label)
    if name_share:  # a storyline's name: a noun when there is one ("crude postings", not "prices fell")
        words = [w for w in words if w in vocab.nouns] or words
    want = 1 if parts else 2
    for pos, w in enumerate(words):
        if want == 0:
            break
        word = written[w].most_common(1)[0][0].lower() if written.get(w) else w
        last_chance = pos == len(words) - 1
        # two words are written as the reports write them: "Pump prices", not "Prices pump"
        trial = _as_written(parts[0], word, texts) if not names and len(parts) == 1 else parts + [word]
        if want == 1 and " ".join(trial).casefold() in used and not last_chance:
            continue  # another sub-story already has this label: try the next word
        parts = trial
        want -= 1
    # (a thread whose words give no label is "Other reports": "More reports" gathers the rest)
    label = _LABEL_CHARS.sub("", " ".join(parts))[:MAX_LABEL].strip(" ,") or UNLABELLED
    if label.casefold() in used or label.casefold() == MORE_LABEL.casefold():
        n = 2
        while f"{label} {n}".casefold() in used:
            n += 1
        label = f"{label} {n}"
    return label

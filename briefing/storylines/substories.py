"""Threading a storyline's passages into sub-stories by shared names and words.

Each passage is described by its names and content words
(:mod:`briefing.storylines.vocabulary`), each weighted by how rare it is among the brief's
paragraphs; names count double.  Passages are taken in storyline order and each one:

* joins the sub-story of the most similar earlier passage (cosine of the weights)
  when the two share a rare name and are somewhat alike, or are very alike over at
  least three shared names or words;
* else continues the sub-story of the passage just before it in the same article,
  when it brings no rare name of its own or is a little alike;
* else starts a new sub-story.

Earlier passages are found through an index of rare names and words, and at most
:data:`MAX_CANDIDATES` are compared, so threading stays linear in the passages.
A storyline threads at most :data:`MAX_THREADED` passages (its best scored, the
newest first among equals: for "Other" all score alike), so the work per storyline
is bounded whatever the size of the brief; the rest go under "More reports".
Sub-stories come biggest first (most articles, then most passages); beyond
:data:`MAX_SUBSTORIES` the smallest are gathered under "More reports".

A sub-story's label is drawn from its own words: its most telling name (two when a
second, found in other passages of it, is as telling: "Odesa, Zaporizhzhia") and its
most telling content word ("Ryazan refinery", "Tuapse port").  Labels hold only
letters, digits, spaces, hyphens, apostrophes and commas.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

from ..model import Passage, SubStory
from .vocabulary import SCAN_CHARS, Features, Vocabulary, content_key, fold, is_demonym, name_key, surfaces, word_key

JOIN = 0.35  # similarity that joins without a shared rare name...
MIN_SHARED = 3  # ...when at least this many names or words are shared
JOIN_WITH_NAME = 0.12  # similarity that joins when a rare name is shared
FOLLOW = 0.08  # similarity that continues the previous passage of the same article
MAX_CANDIDATES = 12
MAX_THREADED = 2000  # a storyline threads at most this many passages (see :func:`threaded`)
VECTOR_SIZE = 24
MAX_SUBSTORIES = 12
RARE_SHARE = 0.25  # a name or word in at most this share of paragraphs (or three) is rare
MAX_LABEL = 48
LABEL_TEXTS = 40  # a label's spelling is read from at most this many passages
NEAR_NAME_BONUS = 1.5  # a word written just after the thread's main name
NOUN_BONUS = 2.5  # a word the brief writes after "the", "a", "its" is likelier a noun
MORE_LABEL = "More reports"
_LABEL_CHARS = re.compile(r"[^\w ,'’-]")
_TOKENS = re.compile(r"[^\W_][\w'’-]*")


@dataclass(slots=True)
class _Thread:
    members: list[int] = field(default_factory=list)
    names: set[str] = field(default_factory=set)


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def _cosine(a: dict[str, float], na: float, b: dict[str, float], nb: float) -> float:
    shared = a.keys() & b.keys()  # in C: most pairs share one or two keys
    if not shared:
        return 0.0
    return sum([a[k] * b[k] for k in shared]) / (na * nb)


def _vector(f: Features, vocab: Vocabulary) -> dict[str, float]:
    """Rarity weights of a passage's names (double) and words, the heaviest
    :data:`VECTOR_SIZE` only; what more than half the paragraphs use says nothing
    about a thread and is left out."""
    vec: dict[str, float] = {}
    common = vocab.n / 2 if vocab.n >= 4 else math.inf
    for k in f.names:
        key = name_key(k)
        if vocab.df.get(key, 0) <= common:
            vec[key] = 2.0 * vocab.idf(key)
    for k in f.words:
        key = word_key(k)
        if vocab.df.get(key, 0) <= common:
            vec[key] = vocab.idf(key)
    if len(vec) > VECTOR_SIZE:
        vec = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:VECTOR_SIZE])
    return vec


def _joins(vec: dict[str, float], other: dict[str, float], sim: float, rare_names: set[str]) -> bool:
    if sim >= JOIN_WITH_NAME and rare_names & other.keys():
        return True
    return sim >= JOIN and len(vec.keys() & other.keys()) >= MIN_SHARED


def thread_substories(passages: Sequence[Passage], vocab: Vocabulary | None = None) -> tuple[SubStory, ...]:
    """Sub-stories of a storyline's passages (given in storyline order), biggest first.
    ``vocab`` gives the rarity of words over the whole brief (default: these passages)."""
    if not passages:
        return ()
    everyone = passages
    chosen_ids = threaded(passages)
    passages = [everyone[i] for i in chosen_ids]
    vocab = vocab or Vocabulary(p.text for p in passages)
    feats = [vocab.features(p.text) for p in passages]
    vectors = [_vector(f, vocab) for f in feats]
    norms = [_norm(v) for v in vectors]
    rare_limit = max(3.0, RARE_SHARE * vocab.n)
    threads: list[_Thread] = []
    index: dict[str, list[int]] = {}
    thread_of: list[int] = []
    for i, (p, vec) in enumerate(zip(passages, vectors)):
        rare = [k for k in vec if vocab.df.get(k, 0) <= rare_limit]
        rare_names = {k for k in rare if k.startswith("N:")}
        hits: Counter[int] = Counter(chain.from_iterable(index.get(k, ())[-MAX_CANDIDATES:] for k in rare))
        best, best_sim = None, 0.0
        for j, _ in hits.most_common(MAX_CANDIDATES):
            sim = _cosine(vec, norms[i], vectors[j], norms[j])
            if sim > best_sim:
                best, best_sim = j, sim
        prev = None
        if i > 0 and passages[i - 1].article == p.article and 0 <= p.paragraph - passages[i - 1].paragraph <= 2:
            prev = thread_of[i - 1]
        chosen = None
        if best is not None and _joins(vec, vectors[best], best_sim, rare_names):
            chosen = thread_of[best]
        elif prev is not None and (not (rare_names - threads[prev].names)
                                   or _cosine(vec, norms[i], vectors[i - 1], norms[i - 1]) >= FOLLOW):
            chosen = prev
        if chosen is None:
            threads.append(_Thread())
            chosen = len(threads) - 1
        threads[chosen].members.append(i)
        threads[chosen].names.update(rare_names)
        for k in rare:
            index.setdefault(k, []).append(i)
        thread_of.append(chosen)
    # back to positions in all the passages; the ones not threaded go to "More reports"
    for t in threads:
        t.members = [chosen_ids[i] for i in t.members]
    left = sorted(set(range(len(everyone))) - set(chosen_ids))
    feats_of = dict(zip(chosen_ids, feats))
    return _finish(everyone, feats_of, vocab, threads, left)


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


def _ranked(scores: dict[str, float], firsts: dict[str, int]) -> list[str]:
    return sorted(scores, key=lambda k: (-scores[k], firsts[k]))


def label_for(members: list[Features], vocab: Vocabulary, used: set[str], texts: Sequence[str]) -> str:
    """A short label from the members' own names and words (written as in ``texts``),
    unlike the labels in ``used``."""
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
    names = _ranked(name_score, firsts)
    # "Russian", "Ukrainian" describe rather than name a thread: last resort only
    names = [k for k in names if not is_demonym(k, vocab.names_seen)] or names
    if names:
        top = names[0]
        head = spans[top].most_common(1)[0][0]
        for other in names[1:]:
            if name_score[other] < 0.75 * name_score[top]:
                break
            other_span = spans[other].most_common(1)[0][0]
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
    words = [w for w in _ranked(word_score, firsts) if w not in name_score]
    want = 1 if parts else 2
    for pos, w in enumerate(words):
        if want == 0:
            break
        word = written[w].most_common(1)[0][0].lower() if written.get(w) else w
        last_chance = pos == len(words) - 1
        if want == 1 and " ".join(parts + [word]).casefold() in used and not last_chance:
            continue  # another sub-story already has this label: try the next word
        parts.append(word)
        want -= 1
    label = _LABEL_CHARS.sub("", " ".join(parts))[:MAX_LABEL].strip(" ,") or MORE_LABEL
    if label.casefold() in used:
        n = 2
        while f"{label} {n}".casefold() in used:
            n += 1
        label = f"{label} {n}"
    return label

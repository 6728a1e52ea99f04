"""Generate an N-article news-like corpus with planted re-publications.

    python -m benchmarks.generate OUT_DIR --n 10000 [--seed 7]

Writes ``OUT_DIR/articles/NNNNNN.txt`` files (headline, date, paragraphs) and
``OUT_DIR/manifest.json``: for every file its family (the original it copies, or itself),
its event and the edits applied.  Events are covered by several separately written articles
(same names, places and numbers, a shared official quote, different prose): those must
never be merged.  About a quarter of the originals are re-published 1-3 times with one to
three of the edits in :data:`EDITS`.  Articles average about 600 words, so 10k articles
make about 6 M words (the size the speed targets are set for).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

VERSION = 2  # bumped whenever the corpus a seed gives changes (benchmarks keep corpora by it)
EDITS = ("headline", "update_prefix", "dateline", "byline", "footer", "trim_last", "add_paragraph",
         "word_swaps", "typos", "straight_quotes", "rewrap")

_ONSETS = "b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sh sk sl sm sn sp st str t th tr v w z".split()
_VOWELS = "a e i o u ai ea ee ie oa ou io".split()
_CODAS = " n r s t l m nd nt rd rk st ck sh ng".split(" ")
FUNCTION = ("the a an of to in on for with at by from as that this its their his her and "
            "but while after before over under into about against").split()
NEWS_NOUNS = ("government minister official talks summit agreement ceasefire sanctions exports "
              "deal plan proposal report statement meeting decision strike attack border region "
              "army troops leaders parliament court vote election market prices oil gas energy "
              "economy budget tax bank inflation rates company shares investors workers union "
              "protest police hospital school storm flood fire drought harvest port airport "
              "railway bridge pipeline refinery factory mine data survey analysts envoy delegation").split()
NEWS_VERBS = ("said announced warned rejected approved proposed cancelled postponed demanded "
              "confirmed denied criticised welcomed signed suspended launched halted blocked "
              "urged accused promised expected reported estimated raised cut extended ended").split()
ADJ = ("new major fresh key senior local foreign national regional military economic political "
       "urgent sweeping planned surprise disputed temporary final initial long-term tough").split()
PLACES = ("Northport Kelvara Ostrava Brennmark Valdoro Tesmir Quintal Haverlake Marrowgate Selvin "
          "Duskfield Arvona Kiremo Pellaston Rusk Varnholm Zelda Corvain Ebbston Falkmoor").split()
AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "dpa")
BYLINES = ("By Jane Holloway", "By Marek Sobczak and Lina Farouk", "By Tom Reyes, Staff Writer",
           "Reporting by Anna Kovacs; Editing by Peter Graff")
FOOTERS = ("Copyright 2025 The Daily Courier. All rights reserved.", "Share this article",
           "(Reporting by Daniel Ortiz; Editing by Mark Heinrich)",
           "Our Standards: The Trust Principles.", "Follow us on social media for the latest news.")


def pseudo_word(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.choice((1, 2, 2, 2, 3)))]
    return "".join(parts)


@dataclass
class Lexicon:
    nouns: list[str]
    verbs: list[str]
    adjs: list[str]
    names: list[str]

    @classmethod
    def build(cls, rng: random.Random, size: int = 6000) -> Lexicon:
        words = sorted({pseudo_word(rng) for _ in range(size)})
        rng.shuffle(words)
        q = len(words) // 4
        nouns = NEWS_NOUNS + words[:q]
        verbs = NEWS_VERBS + [w + "ed" for w in words[q:2 * q]]
        adjs = ADJ + [w + "al" for w in words[2 * q:3 * q]]
        names = [w.capitalize() for w in words[3 * q:]]
        return cls(nouns, verbs, adjs, names)


@dataclass
class Event:
    key: int
    people: list[str]
    place: str
    org: str
    topic: list[str]  # nouns this event keeps returning to
    numbers: list[str]
    quote: str
    day: dt.date


@dataclass
class Story:
    title: str
    date: dt.date
    paragraphs: list[str]
    event: int
    extra: list[str] = field(default_factory=list)  # spare paragraphs for "add_paragraph"


def make_event(rng: random.Random, lex: Lexicon, key: int) -> Event:
    people = [f"{rng.choice(lex.names)} {rng.choice(lex.names)}" for _ in range(3)]
    topic = rng.sample(lex.nouns[:len(NEWS_NOUNS)], 3) + rng.sample(lex.nouns, 3)
    numbers = [str(rng.randint(2, 950)) for _ in range(3)]
    ev = Event(key, people, rng.choice(PLACES), f"{rng.choice(lex.names)} {rng.choice(['Ministry', 'Council', 'Group', 'Party', 'Agency'])}",  # noqa: E501 (one pattern or table row, kept whole)
               topic, numbers, "", dt.date(2025, 10, 1) + dt.timedelta(days=rng.randint(0, 60)))
    ev.quote = f"“{sentence(rng, lex, ev, 14).rstrip('.')},” {people[0]} said."
    return ev


def phrase(rng: random.Random, lex: Lexicon, ev: Event) -> str:
    noun = rng.choice(ev.topic) if rng.random() < 0.35 else rng.choice(lex.nouns)
    adj = rng.choice(lex.adjs) + " " if rng.random() < 0.5 else ""
    return f"{rng.choice(['the', 'a', 'its', 'their', 'the'])} {adj}{noun}"


def sentence(rng: random.Random, lex: Lexicon, ev: Event, length: int) -> str:
    r = rng.random()
    subject = rng.choice(ev.people) if r < 0.3 else (ev.org if r < 0.45 else phrase(rng, lex, ev).capitalize())
    words = [subject, rng.choice(lex.verbs), phrase(rng, lex, ev)]
    while sum(len(w.split()) for w in words) < length:
        c = rng.random()
        if c < 0.35:
            words.append(rng.choice(FUNCTION[4:]) + " " + phrase(rng, lex, ev))
        elif c < 0.45:
            words.append(f"in {ev.place}")
        elif c < 0.55:
            words.append(f"by {rng.choice(ev.numbers)} {rng.choice(lex.nouns)}")
        elif c < 0.7:
            words.append(f"and {rng.choice(lex.verbs)} {phrase(rng, lex, ev)}")
        else:
            words.append(f"{rng.choice(FUNCTION)} {rng.choice(lex.nouns)}")
    s = " ".join(words)
    if rng.random() < 0.15:
        s = s.replace(" the ", " the ‘" + rng.choice(lex.adjs) + "’ ", 1)
    return s[0].upper() + s[1:] + "."


def paragraph(rng: random.Random, lex: Lexicon, ev: Event) -> str:
    return " ".join(sentence(rng, lex, ev, rng.randint(12, 28)) for _ in range(rng.randint(2, 4)))


def write_story(rng: random.Random, lex: Lexicon, ev: Event) -> Story:
    paras = [paragraph(rng, lex, ev) for _ in range(rng.randint(6, 12))]  # ~600 words: 10k make ~6 M
    paras.insert(rng.randint(1, len(paras)), ev.quote)
    title = f"{ev.people[0]} {rng.choice(lex.verbs)} {rng.choice(ev.topic)} in {ev.place}"
    return Story(title.capitalize(), ev.day + dt.timedelta(days=rng.randint(0, 2)), paras, ev.key,
                 [paragraph(rng, lex, ev) for _ in range(2)])


def _typo(rng: random.Random, w: str) -> str:
    if len(w) < 4:
        return w
    i = rng.randrange(1, len(w) - 1)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def _touch_words(rng: random.Random, paras: list[str], n: int, fn) -> list[str]:  # type: ignore[no-untyped-def]
    out = [p.split(" ") for p in paras]
    for _ in range(n):
        p = rng.randrange(len(out))
        i = rng.randrange(len(out[p]))
        out[p][i] = fn(out[p][i])
    return [" ".join(p) for p in out]


def republish(rng: random.Random, lex: Lexicon, st: Story, edits: list[str]) -> tuple[str, list[str], dt.date]:
    """The text of a re-published copy with ``edits`` applied."""
    title, paras = st.title, list(st.paragraphs)
    head: list[str] = []
    foot: list[str] = []
    for e in edits:
        if e == "headline":
            title = f"{rng.choice(lex.names)} {rng.choice(lex.verbs)} {rng.choice(lex.nouns)} as {st.title.lower()}"
        elif e == "update_prefix":
            title = f"UPDATE {rng.randint(1, 3)}-{title}"
        elif e == "dateline":
            paras[0] = f"{rng.choice(PLACES).upper()} ({rng.choice(AGENCIES)}) - {paras[0]}"
        elif e == "byline":
            head.append(rng.choice(BYLINES))
        elif e == "footer":
            foot.append(rng.choice(FOOTERS))
        elif e == "trim_last" and len(paras) > 3:
            paras.pop()
        elif e == "add_paragraph":
            paras.insert(rng.randint(1, len(paras)), st.extra[0])
        elif e == "word_swaps":
            paras = _touch_words(rng, paras, rng.randint(2, 5), lambda w: rng.choice(lex.nouns) if w.isalpha() else w)
        elif e == "typos":
            paras = _touch_words(rng, paras, rng.randint(2, 6), lambda w: _typo(rng, w))
        elif e == "straight_quotes":
            paras = [p.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'") for p in paras]
    body = head + paras + foot
    if "rewrap" in edits:
        body = ["\n".join(textwrap.wrap(p, rng.choice([60, 72, 80]))) for p in body]
    return title, body, st.date + dt.timedelta(days=rng.randint(0, 1))


def render(title: str, date: dt.date, body: list[str]) -> str:
    return f"{title}\n{date.isoformat()}\n\n" + "\n\n".join(body) + "\n"


def generate(out: Path, n: int, seed: int = 7, copy_share: float = 0.25) -> dict[str, dict[str, object]]:
    """Write ``n`` articles into ``out``; returns (and writes) the manifest."""
    rng = random.Random(seed)
    lex = Lexicon.build(rng)
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, object]] = {}
    count = 0
    event_no = 0

    def emit(text: str, family: str, event: int, edits: list[str]) -> str:
        nonlocal count
        name = f"{count:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        manifest[name] = {"family": family or name, "event": event, "edits": edits}
        count += 1
        return name

    while count < n:
        ev = make_event(rng, lex, event_no)
        event_no += 1
        for _ in range(rng.choice([1, 2, 2, 3, 4])):  # separately written articles about one event
            if count >= n:
                break
            st = write_story(rng, lex, ev)
            original = emit(render(st.title, st.date, st.paragraphs), "", ev.key, [])
            if rng.random() < copy_share:
                for _ in range(rng.randint(1, 3)):
                    if count >= n:
                        break
                    edits = rng.sample(EDITS, rng.randint(1, 3))
                    title, body, date = republish(rng, lex, st, edits)
                    emit(render(title, date, body), original, ev.key, edits)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=0), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    m = generate(args.out, args.n, args.seed)
    copies = sum(1 for k, v in m.items() if v["family"] != k)
    print(f"{len(m)} articles, {copies} planted copies -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

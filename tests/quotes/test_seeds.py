"""Every quotation in the seed articles, with its speaker, labelled by reading them.

Keyed by seed file prefix and a fragment of the quote.  A speaker given as a set means
the text leaves it open (a scare quote with no speech verb): any of those is right,
and nothing else is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import build_brief
from briefing.config.schema import QuotesConfig
from briefing.quotes.extract import extract_quotes, is_key
from briefing.text.words import normalize

DEFENCE = {"Russia’s Defence Ministry", "Russian Defense Ministry"}

# (seed, fragment) -> speaker (None: nobody), key quote?
EXPECTED: dict[tuple[str, str], tuple[object, bool]] = {
    ("000", "no need"): ("Dmitry Peskov", False),
    ("000", "wasted meeting"): ({"Donald Trump", None}, False),
    ("001", "stalled"): ("Donald Trump", False),
    ("001", "We’re both going to work together"): ("Donald Trump", True),
    ("001", "root causes"): ("Vladimir Putin", False),
    ("002", "Thus, it seems more sensible"): ("Vladimir Putin", True),
    ("002", "On the contrary, military supplies"): ("Sergey Lavrov", True),
    ("003", "there are no plans for President Trump"): ("White House", True),
    ("003", "I believe American officials"): ("Sergey Lavrov", True),
    ("003", "Russia has not adjusted any points"): ("Sergey Lavrov", True),
    ("003", "root cause"): ({"Russia", None}, False),
    ("003", "We remain completely faithful"): ("Sergey Lavrov", True),
    ("003", "wants peace"): ({"Donald Trump", None}, False),
    ("003", "What matters is not the location"): ("Sergey Lavrov", True),
    ("003", "The goals we broadly understood"): ("Sergey Lavrov", True),
    ("003", "press the advantage"): ({"Donald Trump", None}, False),
    ("003", "Gateway to Alaska"): (None, False),
    ("004", "annoyed"): ({None, "unnamed source"}, False),
    ("004", "showing no willingness to negotiate"): ("Marco Rubio", False),  # a fragment of a sentence
    ("004", "was not impressed with their position"): ("unnamed source", False),  # a fragment of a sentence
    ("004", "when and where he thinks there can be progress"): ("unnamed source", False),  # a fragment of a sentence
    ("004", "demands"): (None, False),
    ("004", "progress"): (None, False),
    ("004", "root causes"): ({None, "Vladimir Putin"}, False),  # twice: a memo's title, then Putin "calling for"
    ("004", "ceasefire for journalists"): ({"Vladimir Putin", None}, False),
    ("004", "catastrophic situation"): (DEFENCE, False),
    ("004", "a violation of our legislation"): ("Georgy Tikhy", False),  # a fragment of a sentence
    ("004", "long-term reputational and legal consequences"): ("Georgy Tikhy", False),  # a fragment of a sentence
    ("004", "cauldrons"): ("Igor Konashenkov", False),
    ("004", "conceal the real state of affairs"): ("Igor Konashenkov", True),
}


@pytest.fixture(scope="module")
def seed_brief(seed_articles, repo_config):  # type: ignore[no-untyped-def]
    return build_brief(seed_articles, repo_config)


def _prefix(brief, article_id: str) -> str:  # type: ignore[no-untyped-def]
    return Path(brief.article(article_id).path).name[:3]


def test_every_seed_quotation_is_found_with_its_speaker(seed_brief) -> None:  # type: ignore[no-untyped-def]
    found = [(_prefix(seed_brief, q.article), q) for q in seed_brief.quotes]
    for (prefix, fragment), (speaker, key) in EXPECTED.items():
        hits = [q for p, q in found if p == prefix and q.text.startswith(fragment)]
        assert hits, f"{prefix}: quote {fragment!r} not found"
        for q in hits:
            allowed = speaker if isinstance(speaker, set) else {speaker}
            assert q.speaker in allowed, f"{prefix} {fragment!r}: speaker {q.speaker!r}, expected {speaker!r}"
            assert q.key is key, f"{prefix} {fragment!r}: key={q.key}"


def test_nothing_else_is_taken_for_a_quotation(seed_brief) -> None:  # type: ignore[no-untyped-def]
    """Apostrophes (shouldn't, Zelensky's, Rus’), the headline's quoted words and the
    heading “Peace Signals” are not quotations."""
    texts = [(_prefix(seed_brief, q.article), q.text) for q in seed_brief.quotes]
    unexplained = [t for t in texts if not any(p == t[0] and t[1].startswith(f) for p, f in EXPECTED)]
    assert not unexplained
    assert len(texts) == len(EXPECTED) + 1  # "root causes" twice in 004
    assert not any("Peace Signals" in t for _, t in texts)


def test_roles_and_verbs_as_printed(seed_brief) -> None:  # type: ignore[no-untyped-def]
    def q(start: str):  # type: ignore[no-untyped-def]
        return next(x for x in seed_brief.quotes if x.text.startswith(start))

    assert q("On the contrary").verb == "remarked"
    assert q("We remain completely").verb == "added"
    assert q("We remain completely").role == "Russian Foreign Minister"  # the article's fullest form
    assert q("a violation of our").role == "Ukrainian Foreign Ministry spokesman"
    assert q("no need").role == "Kremlin spokesman"
    assert q("no need").verb == "emphasized"
    assert q("showing no willingness").verb == "told"
    assert q("showing no willingness").role == "Secretary of State"
    assert q("was not impressed").role == "source quoted by FT"
    assert q("there are no plans").verb == "according to"


def test_no_fragment_is_a_key_quote_and_every_attributed_sentence_is(seed_brief) -> None:  # type: ignore[no-untyped-def]
    for q in seed_brief.quotes:
        assert q.key == is_key(q)
        if len(q.text.split()) < 5:
            assert not q.key
    keyed = {i for s in seed_brief.storylines for i in s.quotes}
    assert all(seed_brief.quotes[i].key for i in keyed)
    limit = QuotesConfig().key_per_storyline
    by_key = {s.key: s for s in seed_brief.storylines}
    for i, q in enumerate(seed_brief.quotes):
        if q.key and i not in keyed:  # left out only by a full list, as another wording of a listed
            lists = [by_key[k].quotes for k in q.storylines]  # quote, or as words a summary point gives
            told = " ".join(normalize(p.text) for k in q.storylines for p in by_key[k].summary)
            assert any(len(chosen) == limit for chosen in lists) or any(
                normalize(q.text) in normalize(seed_brief.quotes[j].text)
                or normalize(seed_brief.quotes[j].text) in normalize(q.text)
                for chosen in lists for j in chosen) or " ".join(normalize(q.text).split()) in told, q.text


def test_copies_are_not_read(seed_articles, repo_config) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    first = seed_articles[0]
    arts = [replace(first, duplicate_of=seed_articles[1].id)] + list(seed_articles[1:])
    quotes = extract_quotes(arts, repo_config)
    assert quotes and all(q.article != first.id for q in quotes)
    assert any(q.article == first.id for q in extract_quotes(seed_articles, repo_config))

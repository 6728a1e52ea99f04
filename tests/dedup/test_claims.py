"""Claim-level grouping: near-identical sentences across stories, with sources and corroboration."""

from __future__ import annotations

import pytest

from briefing.config.schema import Config
from briefing.dedup.claims import group_claims, same_claim, sentence_key
from briefing.dedup.copies import find_duplicates
from briefing.model import Article
from briefing.text.sentences import split_sentences

DEMAND = "Moscow demanded that Ukraine cede territory in the east, cut its army and forswear NATO membership."
A = (
    "Talks stall over the memo\n2025-11-01\n\n"
    "The summit was called off after a tense phone call between the two foreign ministers on Monday. "
    f"{DEMAND} Officials in Kyiv rejected the terms within hours.\n\n"
    "Markets barely moved on the news, traders said in the afternoon."
)
B = (
    "Why the Budapest meeting collapsed\n2025-11-02\n\n"
    "According to a memo seen by reporters, Moscow demanded that Ukraine cede territory in the east, "
    "cut its army and forswear membership of NATO. The White House called the demands a non-starter.\n\n"
    "A spokesman declined to say when the leaders might speak again."
)
C = (
    "Refinery hit by drones\n2025-11-02\n\n"
    "A refinery in the south was set ablaze overnight by a swarm of drones, the regional governor said. "
    "Firefighters were still at the scene by dawn and two workers were treated for burns."
)


def _sentence(article: Article, needle: str) -> tuple[str, str]:
    for b in article.blocks:
        for s in split_sentences(b.text):
            if needle in s:
                return article.id, s
    raise AssertionError(needle)


def test_the_same_fact_in_two_articles_is_one_claim(make, repo_config: Config) -> None:
    a, b, c = make(A, name="a.txt"), make(B, name="b.txt"), make(C, name="c.txt")
    groups = group_claims([a, b, c], repo_config)
    assert len(groups.claims) == 1
    claim = groups.claims[0]
    assert claim.sources == (a.id, b.id)
    assert claim.corroboration == 2
    assert claim.text == DEMAND
    assert groups.lookup(*_sentence(a, "forswear")) is claim
    assert groups.lookup(*_sentence(b, "forswear")) is claim
    assert groups.lookup(*_sentence(a, "Kyiv rejected")) is None
    assert groups.lookup(c.id, DEMAND) is None  # C does not carry it


def test_lookup_ignores_quotes_case_and_spacing(make, repo_config: Config) -> None:
    a, b = make(A, name="a.txt"), make(B, name="b.txt")
    groups = group_claims([a, b], repo_config)
    variant = "  moscow DEMANDED that Ukraine cede territory in the east,  cut its army and forswear NATO membership!"
    assert groups.lookup(a.id, variant) is groups.claims[0]


def test_a_sentence_repeated_inside_one_story_is_not_corroboration(make, repo_config: Config) -> None:
    text = A + "\n\n" + DEMAND + "\n"
    a = make(text, name="a.txt")
    assert group_claims([a], repo_config).claims == ()


def test_copies_count_once_but_are_listed_as_sources(make, repo_config: Config) -> None:
    a = make(A, name="a.txt")
    a_copy = make(A.replace("Talks stall over the memo", "UPDATE 1-Talks stall"), name="a2.txt")
    b = make(B, name="b.txt")
    arts = find_duplicates([a, a_copy, b], repo_config.dedup)
    assert arts[1].duplicate_of == a.id
    claim = next(c for c in group_claims(arts, repo_config).claims if "forswear" in c.text)
    assert claim.corroboration == 2
    assert claim.sources == (a.id, a_copy.id, b.id)
    # a copy alone is no corroboration
    alone = find_duplicates([a, a_copy], repo_config.dedup)
    assert group_claims(alone, repo_config).claims == ()


def test_copies_are_sources_even_when_their_wording_drifted(make, repo_config: Config) -> None:
    a = make(A, name="a.txt")
    drifted = make(A.replace("forswear NATO membership", "give up on joining NATO").replace("Talks", "Talk"),
                   name="a2.txt")
    b = make(B, name="b.txt")
    arts = find_duplicates([a, drifted, b], repo_config.dedup)
    assert arts[0].duplicate_of == drifted.id  # the drifted copy has more words
    claim = next(c for c in group_claims(arts, repo_config).claims if "cede territory" in c.text)
    assert claim.sources == (drifted.id, a.id, b.id) and claim.corroboration == 2
    assert "give up on joining NATO" in claim.text  # the kept article's wording, though loaded later


def test_different_figures_are_different_claims(repo_config: Config) -> None:
    one = sentence_key("At least 12 people were killed in the overnight strike on the port, officials said.")
    two = sentence_key("At least 14 people were killed in the overnight strike on the port, officials said.")
    assert not same_claim(one, two, repo_config.dedup.claim_threshold)
    assert same_claim(one, one.replace("overnight", "night"), repo_config.dedup.claim_threshold)


def test_a_short_sentence_is_not_the_same_claim_as_a_long_one_containing_it(repo_config: Config) -> None:
    short = sentence_key("Putin and Trump will not meet in Budapest.")
    long_ = sentence_key("Putin and Trump will not meet in Budapest this year, aides said, blaming a dispute "
                         "over ceasefire terms that neither side expects to settle before the spring.")
    assert not same_claim(short, long_, repo_config.dedup.claim_threshold)


def test_more_stories_rank_first(make, repo_config: Config) -> None:
    fact = "The central bank raised its key interest rate by half a point to curb inflation on Thursday."
    other = "The finance ministry said the budget deficit would narrow next year as tax revenue recovered."
    arts = [
        make(f"Story {i}\n2025-11-0{i}\n\n{fact if i < 4 else ''} Unrelated words number {i} about weather today.\n\n"
             f"{other if i >= 3 else 'Nothing else happened in the city of ' + str(i) + ' today at all.'}", name=f"{i}.txt")
        for i in range(1, 6)
    ]
    claims = group_claims(arts, repo_config).claims
    assert [c.corroboration for c in claims] == [3, 3] or [c.corroboration for c in claims][0] >= claims[-1].corroboration
    assert {c.text for c in claims} == {fact, other}


def test_headings_and_short_sentences_are_not_claims(make, repo_config: Config) -> None:
    a = make("Title one\n2025-11-01\n\nBreaking news today\n\nHe declined to comment. The rest of this "
             "paragraph is about something else entirely here.", name="a.txt")
    b = make("Title two\n2025-11-01\n\nBreaking news today\n\nHe declined to comment. Another paragraph "
             "that talks about different matters for the readers.", name="b.txt")
    assert group_claims([a, b], repo_config).claims == ()


def test_bylines_and_footers_are_not_claims(make, repo_config: Config) -> None:
    footer = "(Reporting by Daniel Ortiz and Mark Heinrich; Editing by Peter Graff in London)"
    follow = "Follow us on social media for the latest news from the region every day."
    a = make(f"One\n2025-11-01\n\n{C}\n\n{follow}\n\n{footer}", name="a.txt")
    b = make(f"Two\n2025-11-01\n\n{B}\n\n{follow}\n\n{footer}", name="b.txt")
    assert group_claims([a, b], repo_config).claims == ()


def test_many_similar_sentences_stay_fast_and_apart(make, repo_config: Config) -> None:
    """Hundreds of stories built from the same stock words, each with its own figures: blocking
    keeps the comparisons few, different figures never merge, and the one sentence that another
    story repeats (a word changed) is still found among them."""
    import time

    def line(n: int, j: int, day: str = "Monday") -> str:
        return (f"The ministry said on {day} that {n} soldiers and {j} civilians were "
                f"wounded in the region near the border during the night.")

    arts = [make(f"Report {i}\n2025-11-01\n\n" + " ".join(line(i * 7 + j + 1000, j) for j in range(7)),
                 name=f"{i}.txt") for i in range(300)]
    echo = line(5 * 7 + 3 + 1000, 3, "Tuesday")
    arts.append(make(f"Echo\n2025-11-02\n\nAnother outlet wrote this up briefly today. {echo}", name="echo.txt"))
    start = time.perf_counter()
    groups = group_claims(arts, repo_config)
    assert time.perf_counter() - start < 10
    assert len(groups.claims) == 1
    assert groups.claims[0].sources == (arts[5].id, arts[-1].id)
    assert groups.lookup(arts[-1].id, echo) is groups.claims[0]


def test_sentences_of_stop_words_only_are_not_claims(make, repo_config: Config) -> None:
    a = make("One\n2025-11-01\n\nAnd then he said that it was not so. " + C, name="a.txt")
    b = make("Two\n2025-11-01\n\nBut then he said that it was so. " + B, name="b.txt")
    assert all("then he said" not in c.text for c in group_claims([a, b], repo_config).claims)


@pytest.mark.parametrize("collide", [False, True])
def test_band_keys_agree_exactly_when_the_smallest_hashes_do(collide: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The LSH keys, computed from ranks in one sort per sentence, agree in a band exactly
    when the sentences' BAND_ROWS smallest stem hashes under that band's permutation do,
    also when different stems hash alike (equal hashes, equal ranks)."""
    import random
    import zlib

    from briefing.dedup import claims
    from briefing.dedup.claims import BAND_ROWS, BANDS, _band_keys, _band_table, _StemIds

    if collide:  # a dozen values for 40 stems: many stems share a hash
        real = zlib.crc32
        monkeypatch.setattr(claims.zlib, "crc32", lambda data: real(data) % 12)
    rng = random.Random(7)
    vocab = [f"w{i:03d}word" for i in range(40)]
    ids = _StemIds()
    sets = [ids.of(rng.sample(vocab, rng.randint(BAND_ROWS, 12))) for _ in range(300)]
    sets += [set(s) for s in sets[:50]]  # some repeated exactly
    table = _band_table(ids.stems)
    keys = [list(_band_keys(sorted(s), table)) for s in sets]
    assert all(len(k) == BANDS for k in keys)

    def smallest(s: set[int], band: int) -> tuple[int, ...]:
        return tuple(sorted(hash((band, claims.zlib.crc32(ids.stems[i].encode()))) for i in s)[:BAND_ROWS])

    agreeing = 0
    for band in range(BANDS):
        for x in range(0, len(sets), 3):
            for y in range(x + 1, len(sets), 7):
                same = smallest(sets[x], band) == smallest(sets[y], band)
                assert (keys[x][band] == keys[y][band]) == same
                agreeing += same
    assert agreeing > 10  # the check saw both outcomes
    assert keys[0] != [keys[0][0]] * BANDS  # each band has its own permutation


TEMPLATE = "Prices are indicative and subject to change without notice at any of the dealers."


@pytest.mark.parametrize(("dates", "template"), [
    (("1987-03-02", "1987-04-14", "1987-06-30"), True),  # three days over months: a template line
    (("2025-11-01", "2025-11-02", "2025-11-03"), False),  # three outlets on one event over three days
    (("1987-03-02", "1987-06-30"), False),  # two days only
])
def test_a_sentence_carried_word_for_word_by_stories_of_many_days_is_a_template_not_a_claim(
        make, repo_config: Config, dates: tuple[str, ...], template: bool) -> None:
    subjects = ["Cocoa futures rose on heavy buying by the trade houses",
                "Sugar prices slipped after the Cuban harvest report came in",
                "Coffee quotas split the producers at the London meeting again"]
    arts = [make(f"Market note {k}\n{d}\n\n{subjects[k]}. {TEMPLATE}", name=f"m{k}.txt") for k, d in enumerate(dates)]
    groups = group_claims(arts, repo_config)
    assert groups.is_template(arts[0].id, TEMPLATE) is template
    assert any(c.text == TEMPLATE for c in groups.claims) is not template

"""The parts of de-duplication: story text, tokens, sketches, candidate blocking, union-find."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from briefing.dedup.copy_body import copy_blocks, copy_body, strip_lead
from briefing.dedup.shingles import candidate_pairs, shingle_sketch, word_hashes
from briefing.dedup.unionfind import UnionFind
from briefing.text.words import tokens

ROOT = Path(__file__).resolve().parents[2]


def test_tokens_ignore_quotes_dashes_case_accents_and_wrapping() -> None:
    assert tokens("Moscow’s “demands” — Rejected…\nCAFÉ") == tokens("moscow's \"demands\" - rejected...  cafe")
    assert tokens("Zelensky\u200by") == ["zelenskyy"]
    assert tokens("Привет, Мир!") == ["привет", "мир"]
    assert tokens("snake_case 2.33") == ["snake", "case", "2", "33"]
    assert tokens("") == []


def test_strip_lead_removes_prefixes_and_datelines() -> None:
    body = "Dock workers walked off the job on Monday."
    for lead in ("LONDON (Reuters) - ", "KYIV, Nov 3 (AP) — ", "NEW YORK — ", "WASHINGTON, Nov. 3, 2025 (Reuters) -- ",
                 "UPDATE 1-", "BREAKING: ", "UPDATE 2-LONDON (Reuters) - "):
        assert strip_lead(lead + body) == body, lead
    assert strip_lead("NATO said on Monday it would meet.") == "NATO said on Monday it would meet."
    assert strip_lead("US President Trump said") == "US President Trump said"


def test_copy_blocks_drop_headline_byline_and_footer(make) -> None:
    a = make("Headline here\n2025-11-03\n\nBy Jane Doe\n\nLONDON (Reuters) - First paragraph of the story text.\n\n"
             "Second paragraph of the story text.\n\n(Reporting by Jane Doe; Editing by Tom Roe)\n\n"
             "Copyright 2025 Example News", name="a.txt")
    assert copy_blocks(a) == ["First paragraph of the story text.", "Second paragraph of the story text."]


def test_a_long_paragraph_that_starts_like_a_byline_is_story() -> None:
    from briefing.model import Article, Block

    long_by = "By the end of the week " + "the talks had produced nothing but more talks and more delay " * 4
    art = Article("x", "x", "t", None, None, None,
                  (Block(0, "paragraph", long_by), Block(1, "paragraph", "More text.")), 50, "h")
    assert copy_blocks(art)[0] == long_by


def test_copy_body_falls_back_to_everything_when_only_wrapping_is_left() -> None:
    from briefing.model import Article, Block

    art = Article("x", "x", "t", None, None, None, (Block(0, "paragraph", "By Jane Doe"),), 3, "h")
    assert copy_body(art) == ["by", "jane", "doe"]


def test_sketches_are_stable_and_shared_by_copies() -> None:
    words = tokens("one two three four five six seven eight nine ten eleven twelve " * 3)
    assert shingle_sketch(words, 5, 8) == shingle_sketch(list(words), 5, 8)
    assert len(shingle_sketch(words, 5, 8)) == 8
    assert shingle_sketch(["a", "b"], 5, 8) == shingle_sketch(["a", "b"], 5, 8) != shingle_sketch(["a", "c"], 5, 8)
    assert shingle_sketch([], 5, 8) == []
    assert word_hashes(["abc"]) == [891568578]  # CRC-32: the same in every process


def test_results_do_not_depend_on_the_python_hash_seed(tmp_path: Path) -> None:
    code = (
        "from briefing.dedup.shingles import shingle_sketch; from briefing.text.words import tokens;"
        "from briefing.dedup.claims import _StemIds, _band_keys, _band_table;"
        "w = tokens('the quick brown fox jumps over the lazy dog again and again');"
        "ids = _StemIds(); stems = ids.of(w);"
        "print(shingle_sketch(w, 3, 4), list(_band_keys(sorted(stems), _band_table(ids.stems))))"
    )
    outs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                                text=True, check=True).stdout)
    assert len(outs) == 1


def test_candidate_pairs_need_enough_shared_entries() -> None:
    sk = [[1, 2, 3, 4], [1, 2, 3, 9], [1, 7, 8, 9], [50, 51]]
    assert candidate_pairs(sk, min_shared=3, cap=10) == [(0, 1, 3)]
    assert candidate_pairs(sk, min_shared=1, cap=10) == [(0, 1, 3), (1, 2, 2), (0, 2, 1)]  # best first


def test_small_sketches_need_fewer_shared_entries() -> None:
    assert candidate_pairs([[5], [5], [6]], min_shared=3, cap=10) == [(0, 1, 1)]


def test_a_common_entry_does_not_pair_everything() -> None:
    """One very common entry (a stock phrase) over the cap pairs members with a few anchors only,
    and one shared entry is not enough for them to be compared."""
    n = 5000
    sk = [[0, 10**6 + i, 2 * 10**6 + i] for i in range(n)]
    start = time.perf_counter()
    assert candidate_pairs(sk, min_shared=2, cap=50) == []
    assert time.perf_counter() - start < 2.0


def test_a_large_family_over_the_cap_still_reaches_its_anchors() -> None:
    n = 200
    sk = [[1, 2, 3, 4, 10_000 + i] for i in range(n)]
    pairs = candidate_pairs(sk, min_shared=3, cap=50, anchors=3)
    linked = {j for i, j, _ in pairs if i == 0}
    assert linked == set(range(1, n))
    assert len(pairs) < 3 * n


def test_union_find() -> None:
    uf = UnionFind(6)
    assert uf.union(0, 1) and uf.union(1, 2) and uf.union(4, 5)
    assert not uf.union(0, 2)
    assert uf.same(0, 2) and not uf.same(0, 3)
    assert sorted(sorted(g) for g in uf.groups()) == [[0, 1, 2], [4, 5]]
    assert UnionFind(0).groups() == []


def test_huge_adversarial_articles_stay_fast(make) -> None:
    from briefing.config.schema import DedupConfig
    from briefing.dedup.copies import find_duplicates

    para = " ".join(f"w{i % 997}x{i % 13}" for i in range(150_000))  # one ~1 MB line
    a = make("Big\n2025-11-03\n\n" + para, name="a.txt")
    b = make("Big\n2025-11-03\n\n" + para.replace("w5x5", "w5y5"), name="b.txt")
    c = make("Quotes\n2025-11-03\n\n" + "“a” " * 100_000 + "(" * 50_000, name="c.txt")
    start = time.perf_counter()
    out = find_duplicates([a, b, c], DedupConfig())
    assert time.perf_counter() - start < 5
    assert out[1].duplicate_of == a.id or out[0].duplicate_of == b.id
    assert out[2].duplicate_of is None



def test_sketches_keep_distinct_entries_of_repetitive_texts() -> None:
    words = tokens("a b c d e f g h i j k l m n o p a b c d e f g " * 5)
    sk = shingle_sketch(words, 3, 6)
    assert sk == sorted(set(sk)) and len(sk) == 6


def test_band_pairs_agree_in_any_band_and_cap_long_lists() -> None:
    from array import array

    from briefing.dedup.shingles import band_pairs

    bands = [array("q", [1, 1, 2, 3]), array("q", [7, 8, 9, 9])]
    assert band_pairs(bands, cap=10) == [(0, 1), (2, 3)]
    assert band_pairs([array("q", [1, 2, 3])], cap=10) == []
    many = [array("q", [5] * 100)]
    pairs = band_pairs(many, cap=10, anchors=2)
    assert len(pairs) == 99 + 98 and (0, 99) in pairs and (1, 99) in pairs and (2, 99) not in pairs


def test_wrappers_are_recognised_without_eating_story_sentences() -> None:
    from briefing.dedup.copy_body import is_wrapper
    from briefing.model import Block

    def wrapper(text: str) -> bool:
        return is_wrapper(Block(0, "paragraph", text))

    for text in ("By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY TOM REYES, Staff Writer",
                 "(Reporting by Anna Kovacs; Editing by Peter Graff)", "Copyright 2025 Example News.",
                 "© 2025 Harbour Times", "Share this article", "Related: more on the talks", "Follow us on X"):
        assert wrapper(text), text
    for text in ("By Friday, the army had withdrawn from the city.", "By then the talks had collapsed.",
                 "Related talks in Geneva are due next week.", "The ministry said nothing."):
        assert not wrapper(text), text

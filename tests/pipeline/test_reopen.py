"""Reopening an unchanged corpus uses the stored brief; any change rebuilds it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import briefing.pipeline.reopen as reopen_mod
from briefing.config.schema import Config
from briefing.pipeline.build import build_brief
from briefing.pipeline.cache import ArticleCache
from briefing.pipeline.codec import BriefDecodeError, decode_brief, encode_brief
from briefing.pipeline.reopen import open_brief
from tests.conftest import SEEDS, headline_corpus

BODY = "The minister said the talks on the new sanctions would resume on Monday, officials confirmed.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return headline_corpus(tmp_path, BODY)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []

    def counting(*a, **kw):  # type: ignore[no-untyped-def]
        calls.append(1)
        return build_brief(*a, **kw)

    monkeypatch.setattr(reopen_mod, "build_brief", counting)
    return calls


def test_codec_round_trips_the_seed_brief(seed_articles, repo_config: Config) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(seed_articles, repo_config)
    again = decode_brief(encode_brief(brief))
    assert again == brief
    assert again.article(brief.articles[0].id) == brief.articles[0]


def test_codec_refuses_foreign_records() -> None:
    with pytest.raises(BriefDecodeError):
        decode_brief(json.dumps({"@": "os.system", "f": ["echo"]}))
    with pytest.raises(BriefDecodeError):
        decode_brief("[1, 2")
    with pytest.raises(BriefDecodeError):
        decode_brief(json.dumps({"@": "Problem", "f": ["a", "b", "error"]}))  # a record, not a brief


def test_codec_writes_records_by_their_fields_and_refuses_what_it_cannot_rebuild(repo_config: Config) -> None:
    import datetime as dt

    from briefing.model import Problem, Quote

    class Lookalike(Problem):  # a subclass is not the record the decoder would rebuild
        __slots__ = ()

    brief = build_brief([], repo_config)
    written = json.loads(encode_brief(replace(brief, problems=(Problem("a.txt", "empty"),))))
    assert written["@"] == "Brief"
    assert [{"@": "Problem", "f": ["a.txt", "empty", "error"]}] in written["f"]
    assert encode_brief(replace(brief, date=dt.date(2025, 10, 22))).count('{"@":"date","v":"2025-10-22"}') == 1
    odd = replace(brief, problems=(Problem("caf\udce9.txt", "not UTF-8 in its name"),))  # a lone surrogate
    assert decode_brief(encode_brief(odd)) == odd
    foreigners = (Lookalike("a", "b"), {"set"}, object(), {"x": 1}, {"@": "date", "v": "2025-01-01"}, ["a"], (["a"],))
    for foreign in foreigners:  # (a dict or a list would be written as it is, and read back as something else)
        with pytest.raises(TypeError):
            encode_brief(replace(brief, problems=(foreign,)))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        encode_brief(replace(brief, problems=(Problem("a", ["b"]),)))  # type: ignore[arg-type]
    for odd_score in (float("inf"), float("-inf"), 0.5):
        scored = replace(brief, quotes=(Quote("A quote of some words.", None, "a1", 0, score=odd_score),))
        assert decode_brief(encode_brief(scored)).quotes[0].score == odd_score
    nan = decode_brief(encode_brief(replace(brief, quotes=(Quote("A quote.", None, "a1", 0, score=float("nan")),))))
    assert isinstance(nan.quotes[0].score, float) and nan.quotes[0].score != nan.quotes[0].score


def test_unchanged_corpus_reopens_without_analysis(corpus: Path, repo_config: Config, builds: list[int]) -> None:
    first = open_brief([str(corpus)], repo_config)
    second = open_brief([str(corpus)], repo_config)
    assert builds == [1]
    assert second.articles == first.articles and second.storylines == first.storylines
    assert second.generated_at >= first.generated_at


def test_a_stored_brief_is_decoded_with_the_cycle_collector_paused(corpus: Path, repo_config: Config,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding makes a million objects at 10k articles and no cycles: collections on the way
    would walk the brief already open again and again."""
    import gc

    open_brief([str(corpus)], repo_config)
    during: list[bool] = []

    def decoding(data: str):  # type: ignore[no-untyped-def]
        during.append(gc.isenabled())
        return decode_brief(data)

    monkeypatch.setattr(reopen_mod, "decode_brief", decoding)
    was_on = gc.isenabled()
    gc.enable()
    try:
        open_brief([str(corpus)], repo_config)
        assert during == [False] and gc.isenabled()
    finally:
        if not was_on:
            gc.disable()


def test_changed_file_or_config_rebuilds(corpus: Path, repo_config: Config, builds: list[int]) -> None:
    open_brief([str(corpus)], repo_config)
    (corpus / "1.txt").write_text("Changed headline\n" + BODY)
    brief = open_brief([str(corpus)], repo_config)
    assert "Changed headline" in [a.title for a in brief.articles] and builds == [1, 1]
    (corpus / "new.txt").write_text("Added headline\n" + BODY)
    assert len(open_brief([str(corpus)], repo_config).articles) == 4
    (corpus / "0.txt").unlink()
    assert len(open_brief([str(corpus)], repo_config).articles) == 3
    other = replace(repo_config, storylines=repo_config.storylines[:1])
    assert [s.key for s in open_brief([str(corpus)], other).storylines][:1] == ["diplomacy"]
    assert len(builds) == 5


def test_date_filter_is_part_of_the_key(repo_config: Config, builds: list[int]) -> None:
    import datetime as dt

    all_days = open_brief([str(SEEDS)], repo_config)
    one_day = open_brief([str(SEEDS)], repo_config, date=dt.date(2025, 11, 1))
    assert len(all_days.articles) == 5 and len(one_day.articles) == 1 and builds == [1, 1]


def test_damaged_stored_brief_is_rebuilt_with_a_warning(corpus: Path, repo_config: Config, builds: list[int]) -> None:
    open_brief([str(corpus)], repo_config)
    cache = ArticleCache.open()
    assert cache is not None
    from briefing.pipeline.cache import _sealed

    (key,) = cache.conn.execute("SELECT key FROM briefs").fetchone()
    cache.conn.execute("UPDATE briefs SET payload = ?", (_sealed('{"@": "Nope", "f": []}', key),))  # checksum holds
    cache.conn.commit()
    cache.close()
    brief = open_brief([str(corpus)], repo_config)
    assert builds == [1, 1] and len(brief.articles) == 3
    assert any("could not be read; rebuilt" in p.reason for p in brief.problems)


def test_a_flipped_bit_in_the_stored_brief_is_caught_and_rebuilt(corpus: Path, repo_config: Config,
                                                                 builds: list[int]) -> None:
    clean = open_brief([str(corpus)], repo_config)
    cache = ArticleCache.open()
    assert cache is not None
    (stored,) = cache.conn.execute("SELECT payload FROM briefs").fetchone()
    # one bit of a name in the middle of the stored brief: still valid JSON, still decodes
    at = stored.index("Lavrov") if "Lavrov" in stored else len(stored) // 2
    flipped = stored[:at] + chr(ord(stored[at]) ^ 1) + stored[at + 1:]
    cache.conn.execute("UPDATE briefs SET payload = ?", (flipped,))
    cache.conn.commit()
    cache.close()
    brief = open_brief([str(corpus)], repo_config)
    assert builds == [1, 1]  # rebuilt, not served
    assert [a.blocks for a in brief.articles] == [a.blocks for a in clean.articles]
    assert any("damaged cache record" in p.reason and "stored brief" in p.reason for p in brief.problems)


def test_a_record_found_under_another_key_is_not_served(corpus: Path, repo_config: Config,
                                                        builds: list[int], tmp_path: Path) -> None:
    """As after a damaged index: the stored brief of one corpus filed under another's key."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("Another story\n\nThe council met on Monday and voted on the budget, officials said.\n")
    open_brief([str(corpus)], repo_config)
    open_brief([str(other)], repo_config)
    cache = ArticleCache.open()
    assert cache is not None
    rows = cache.conn.execute("SELECT key, payload FROM briefs").fetchall()
    assert len(rows) == 2
    (k1, p1), (k2, p2) = rows
    cache.conn.execute("UPDATE briefs SET payload = ? WHERE key = ?", (p2, k1))
    cache.conn.execute("UPDATE briefs SET payload = ? WHERE key = ?", (p1, k2))
    cache.conn.commit()
    cache.close()
    brief = open_brief([str(corpus)], repo_config)
    assert len(brief.articles) == 3 and builds == [1, 1, 1]  # rebuilt, not the other corpus's brief
    assert any("damaged cache record" in p.reason for p in brief.problems)


def test_a_flipped_bit_in_an_article_record_is_caught(corpus: Path, repo_config: Config) -> None:
    from briefing.ingest.load import load_articles

    cache = ArticleCache.open()
    assert cache is not None
    clean, _ = load_articles([str(corpus)], repo_config, cache=cache)
    cache.close()
    cache = ArticleCache.open()
    assert cache is not None
    rows = cache.conn.execute("SELECT path, payload FROM files").fetchall()
    for path, payload in rows:
        at = len(payload) // 2
        cache.conn.execute("UPDATE files SET payload = ? WHERE path = ?",
                           (payload[:at] + chr(ord(payload[at]) ^ 1) + payload[at + 1:], path))
    cache.conn.commit()
    again, _ = load_articles([str(corpus)], repo_config, cache=cache)
    assert [a.blocks for a in again] == [a.blocks for a in clean]
    assert cache.bad_records == len(rows) and any("damaged cache records" in w for w in cache.warnings)
    cache.close()


def test_no_cache_never_touches_the_cache(corpus: Path, repo_config: Config, builds: list[int]) -> None:
    open_brief([str(corpus)], repo_config, use_cache=False)
    open_brief([str(corpus)], repo_config, use_cache=False)
    assert builds == [1, 1]


def test_cache_damaged_after_opening_is_set_aside_and_rebuilt(corpus: Path, repo_config: Config,
                                                              builds: list[int]) -> None:

    first = open_brief([str(corpus)], repo_config)
    cache = ArticleCache.open()
    assert cache is not None
    path = cache.path
    cache.close()
    # keep the header (so the file still opens as ours) and wreck the pages after it
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    path.write_bytes(bytes(data))
    damaged = open_brief([str(corpus)], repo_config)
    assert damaged.articles == first.articles
    assert any("damaged" in p.reason or "corrupt" in p.reason for p in damaged.problems)
    again = open_brief([str(corpus)], repo_config)  # a fresh cache file: no warning, same brief
    assert again.articles == first.articles
    assert not any(p.severity == "warning" for p in again.problems)

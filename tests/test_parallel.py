"""The forked stage gives the same result as the serial one, and falls back when it must."""

from __future__ import annotations

import os
import threading
import time

import pytest

from briefing import namebook, pipeline
from briefing.config_model import Config
from briefing.parallel import can_fork, fork_call, fork_map
from briefing.pipeline import build_brief


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def _boom() -> None:
    raise ValueError("child failed")


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_call_runs_in_a_child_and_returns_the_value() -> None:
    pid, value = fork_call(_pid_and_square, 12)()
    assert value == 144 and pid != os.getpid()


def test_fork_call_falls_back_in_process_when_disabled_or_threaded() -> None:
    assert fork_call(_pid_and_square, 3, enabled=False)() == (os.getpid(), 9)
    out: list[tuple[int, int]] = []
    t = threading.Thread(target=lambda: out.append(fork_call(_pid_and_square, 4)()))
    t.start()
    t.join()
    assert out == [(os.getpid(), 16)]  # never forks from a worker thread


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_a_failing_child_is_redone_here() -> None:
    with pytest.raises(ValueError, match="child failed"):
        fork_call(_boom)()


def test_parallel_and_serial_briefs_are_the_same(seed_articles, repo_config: Config,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    now = dt.datetime(2025, 11, 3, 8, 0, tzinfo=dt.timezone.utc)
    serial = build_brief(seed_articles, repo_config, now=now)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 1)
    parallel = build_brief(seed_articles, repo_config, now=now)
    assert parallel == serial
    assert parallel.claims == serial.claims


def _pid_and_double(x: int) -> tuple[int, int]:
    return os.getpid(), 2 * x


def _fails_in_child(parent: int) -> int:
    if os.getpid() != parent:
        raise RuntimeError("child failed")
    return parent


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
@pytest.mark.parametrize("cost", [None, lambda x: x % 7])
def test_fork_map_shares_the_items_and_keeps_their_order(cost) -> None:  # type: ignore[no-untyped-def]
    def slow(x: int) -> tuple[int, int]:
        time.sleep(0.002)  # long enough that the child takes some jobs
        return _pid_and_double(x)

    out = fork_map(slow, list(range(300)), cost=cost)
    assert [v for _, v in out] == [2 * x for x in range(300)]
    assert {pid for pid, _ in out} - {os.getpid()}, "the child did none of the work"


def test_fork_map_is_serial_when_disabled_or_threaded() -> None:
    assert fork_map(_pid_and_double, [1, 2, 3], enabled=False) == [(os.getpid(), 2), (os.getpid(), 4), (os.getpid(), 6)]
    out: list[list[tuple[int, int]]] = []
    t = threading.Thread(target=lambda: out.append(fork_map(_pid_and_double, list(range(50)))))
    t.start()
    t.join()
    assert out == [[(os.getpid(), 2 * x) for x in range(50)]]


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_map_redoes_here_what_a_failed_child_took() -> None:
    me = os.getpid()
    assert fork_map(lambda _x: _fails_in_child(me), list(range(200))) == [me] * 200


@pytest.fixture(scope="module")
def generated_articles(tmp_path_factory: pytest.TempPathFactory, repo_config: Config):  # type: ignore[no-untyped-def]
    from benchmarks.generate import generate
    from briefing.loader import load_articles

    out = tmp_path_factory.mktemp("parallel")
    generate(out, 300, seed=11)
    articles, _ = load_articles([str(out / "articles")], repo_config, workers=1)
    return articles


def test_parallel_and_serial_briefs_agree_on_a_generated_corpus(generated_articles, repo_config: Config,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    now = dt.datetime(2025, 11, 3, 8, 0, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 10**9)
    serial = build_brief(generated_articles, repo_config, now=now)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(namebook, "_LAST", None)  # the name book is built again, on both cores
    parallel = build_brief(generated_articles, repo_config, now=now)
    assert parallel == serial
    assert parallel.claims == serial.claims and parallel.quotes == serial.quotes
    assert [s.players for s in parallel.storylines] == [s.players for s in serial.storylines]
    assert any(s.summary for s in serial.storylines) and serial.quotes

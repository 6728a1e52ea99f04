"""The forked stage gives the same result as the serial one, and falls back when it must."""

from __future__ import annotations

import os
import threading

import pytest

from briefing import pipeline
from briefing.config_model import Config
from briefing.parallel import can_fork, fork_call
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

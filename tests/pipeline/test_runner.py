"""The forked stage gives the same result as the serial one, and falls back when it must."""

from __future__ import annotations

import os
import threading
import time

import pytest

from briefing.config.schema import Config
from briefing.pipeline import build as pipeline
from briefing.pipeline import runner as par
from briefing.pipeline.build import build_brief
from briefing.pipeline.runner import ForkRunner, can_fork
from briefing.work import SERIAL


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def _boom() -> None:
    raise ValueError("child failed")


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_call_runs_in_a_child_and_returns_the_value() -> None:
    pid, value = ForkRunner().call(_pid_and_square, 12)()
    assert value == 144 and pid != os.getpid()


def test_fork_call_falls_back_in_process_when_disabled_or_threaded() -> None:
    assert ForkRunner(1).call(_pid_and_square, 3)() == (os.getpid(), 9)
    out: list[tuple[int, int]] = []
    t = threading.Thread(target=lambda: out.append(ForkRunner().call(_pid_and_square, 4)()))
    t.start()
    t.join()
    assert out == [(os.getpid(), 16)]  # never forks from a worker thread


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_a_failing_child_is_redone_here() -> None:
    with pytest.raises(ValueError, match="child failed"):
        ForkRunner().call(_boom)()


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

    out = ForkRunner().map(slow, list(range(300)), cost=cost)
    assert [v for _, v in out] == [2 * x for x in range(300)]
    assert {pid for pid, _ in out} - {os.getpid()}, "the child did none of the work"


def test_fork_map_is_serial_when_disabled_or_threaded() -> None:
    assert ForkRunner(1).map(_pid_and_double, [1, 2, 3]) == [(os.getpid(), 2), (os.getpid(), 4), (os.getpid(), 6)]
    out: list[list[tuple[int, int]]] = []
    t = threading.Thread(target=lambda: out.append(ForkRunner().map(_pid_and_double, list(range(50)))))
    t.start()
    t.join()
    assert out == [[(os.getpid(), 2 * x) for x in range(50)]]


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_map_redoes_here_what_a_failed_child_took(tmp_path) -> None:  # type: ignore[no-untyped-def]
    me = os.getpid()
    took = tmp_path / "child-took-a-job"

    def work(x: int) -> int:
        time.sleep(0.002)
        if os.getpid() != me:
            took.touch()
            raise RuntimeError("child failed")
        return 3 * x

    assert ForkRunner().map(work, list(range(200))) == [3 * x for x in range(200)]
    assert took.exists()  # the child really took jobs, and they were redone here


@pytest.mark.parametrize("enabled", [True, False])
def test_fork_map_does_its_meanwhile_work_here_once_while_the_helper_works(tmp_path, enabled: bool) -> None:  # type: ignore[no-untyped-def]
    me = os.getpid()
    helper_worked = tmp_path / "helper-worked"
    done_here: list[int] = []

    def work(x: int) -> int:
        time.sleep(0.002)
        if os.getpid() != me:
            helper_worked.touch()
        else:
            done_here.append(x)
        return x + 1

    seen: list[tuple[int, int, bool]] = []

    def meanwhile() -> None:
        jobs_done_before = len(done_here)
        deadline = time.monotonic() + 2
        while enabled and can_fork() and not helper_worked.exists() and time.monotonic() < deadline:
            time.sleep(0.005)  # the helper is already at work: it does not wait for this
        seen.append((os.getpid(), jobs_done_before, helper_worked.exists()))

    assert ForkRunner(None if enabled else 1).map(work, list(range(300)), meanwhile=meanwhile) == [x + 1 for x in range(300)]
    # here, once, before any job of this process's own (and, forked, while the helper worked)
    assert seen == [(me, 0, enabled and can_fork())]


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_with_no_core_free_meanwhile_comes_after_the_jobs_and_no_helper_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(par.ForkRunner, "free_cores", lambda self: 0)  # a fork_call child holds the other core throughout
    started: list[int] = []
    monkeypatch.setattr(par._Helper, "start", classmethod(lambda cls, *a: started.append(1)))
    done: list[int] = []
    seen: list[int] = []
    out = ForkRunner().map(lambda x: done.append(x) or x, list(range(100)), meanwhile=lambda: seen.append(len(done)))
    assert out == list(range(100)) and seen == [100] and not started


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_no_more_helpers_than_jobs_left_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(par.ForkRunner, "free_cores", lambda self: 3)  # as on a four-core machine
    real = par._Helper.start
    started: list[int] = []

    def start(cls, *args):  # type: ignore[no-untyped-def]
        started.append(1)
        return real(*args)

    monkeypatch.setattr(par._Helper, "start", classmethod(start))
    assert ForkRunner().map(_pid_and_double, [1, 2, 3], cost=lambda x: x)[0][1] == 2
    assert len(started) == 2  # three jobs: this process takes one, two helpers the others


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
@pytest.mark.parametrize("where", ["meanwhile", "consumer"])
def test_a_failure_in_meanwhile_or_in_the_caller_leaves_no_helper(where: str) -> None:
    def slow(x: int) -> int:
        time.sleep(0.002)
        return x

    def fail() -> None:
        raise LookupError(where)

    before = _children()
    with pytest.raises(LookupError):
        for value in ForkRunner().imap(slow, list(range(300)), meanwhile=fail if where == "meanwhile" else None):
            if value == 40:
                fail()
    assert _children() == before  # killed and reaped


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_imap_hands_on_results_in_order_while_the_helper_still_works() -> None:
    def slow(x: int) -> int:
        time.sleep(0.002)
        return x * 10

    before = _children()
    got: list[int] = []
    helper_alive_at_first = None
    for value in ForkRunner().imap(slow, list(range(300))):
        if not got:
            helper_alive_at_first = bool(_children() - before)
        got.append(value)
    assert got == [x * 10 for x in range(300)]
    assert helper_alive_at_first, "the first result waited for the whole map"
    assert _children() == before


def test_leaving_fork_imap_early_stops_its_helper() -> None:
    def slow(x: int) -> int:
        time.sleep(0.002)
        return x

    before = _children()
    for value in ForkRunner().imap(slow, list(range(300))):
        if value == 20:
            break
    assert _children() == before  # no helper left running or unreaped


def test_fork_map_cancels_its_child_when_this_side_fails() -> None:
    def work(x: int) -> int:
        time.sleep(0.002)
        if x == 5 and can_fork():  # only this process raises (the first jobs are ours)
            raise KeyError(x)
        return x

    before = _children()
    with pytest.raises(KeyError):
        ForkRunner().map(work, list(range(300)))
    assert _children() == before  # no child left running or unreaped


def _children() -> set[int]:
    me = os.getpid()
    out = set()
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == me:
                        out.add(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return out


def test_values_sent_between_processes_come_back_equal(seed_articles, repo_config: Config) -> None:  # type: ignore[no-untyped-def]
    import pickle

    brief = build_brief(seed_articles, repo_config)
    values = [*brief.articles, *brief.articles[0].blocks, *brief.quotes, *brief.claims, *brief.problems]
    for s in brief.storylines:
        values += [*s.passages, *s.summary, *s.timeline, *s.players, *s.substories]
    from briefing.people.mentions import find_mentions
    from briefing.storylines.assign import compiled_for
    from briefing.storylines.blocks import assign_blocks

    values += find_mentions(brief.articles[0].text)
    values += assign_blocks(brief.articles[0], compiled_for(tuple(repo_config.storylines)))
    assert len({type(v).__name__ for v in values}) >= 10
    for v in values:
        assert pickle.loads(pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) == v


def test_fast_pickle_refuses_a_value_it_cannot_rebuild() -> None:
    from dataclasses import dataclass, field

    from briefing.model import fast_pickle

    with pytest.raises(TypeError):
        @fast_pickle
        @dataclass(frozen=True, slots=True)
        class _Derived:
            a: int
            b: int = field(init=False, default=0)


@pytest.fixture(scope="module")
def generated_articles(tmp_path_factory: pytest.TempPathFactory, repo_config: Config):  # type: ignore[no-untyped-def]
    from benchmarks.generate import generate
    from briefing.ingest.load import load_articles

    out = tmp_path_factory.mktemp("parallel")
    generate(out, 300, seed=11)
    articles, _ = load_articles([str(out / "articles")], repo_config, runner=SERIAL)
    return articles


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_parallel_and_serial_briefs_agree_on_a_generated_corpus(generated_articles, repo_config: Config,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    now = dt.datetime(2025, 11, 3, 8, 0, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 10**9)
    serial = build_brief(generated_articles, repo_config, now=now)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 1)

    delivered: list[bool] = []
    real_wait, real_finish = par._Child.wait, par._Helper.finish

    def wait(self):  # type: ignore[no-untyped-def]
        ok, value = real_wait(self)
        delivered.append(ok)
        return ok, value

    def finish(self, out):  # type: ignore[no-untyped-def]
        ok = real_finish(self, out)
        delivered.append(ok)
        return ok

    monkeypatch.setattr(par._Child, "wait", wait)
    monkeypatch.setattr(par._Helper, "finish", finish)
    # as on a machine with cores to spare: every stage forks a helper, even while claims run
    monkeypatch.setattr(par.ForkRunner, "free_cores", lambda self: 1)
    parallel = build_brief(generated_articles, repo_config, now=now)
    assert len(delivered) >= 6 and all(delivered)  # every stage forked, and no child fell back
    assert parallel == serial
    # on two cores: stages running beside the claims child work alone until it is done
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(par, "cores", lambda: 2)
    assert build_brief(generated_articles, repo_config, now=now) == serial
    assert parallel.claims == serial.claims and parallel.quotes == serial.quotes
    assert [s.players for s in parallel.storylines] == [s.players for s in serial.storylines]
    assert any(s.summary for s in serial.storylines) and serial.quotes


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_map_takes_no_helper_while_a_forked_call_holds_the_other_core(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Three processes on two cores would each run slower: the map works alone until the
    forked call is done, then a helper joins it."""
    monkeypatch.setattr(par, "cores", lambda: 2)
    me = os.getpid()
    release_r, release_w = os.pipe()
    runner = ForkRunner()  # one runner: it knows its call() child holds a core
    held = runner.call(os.read, release_r, 1)  # computes until we write a byte

    def slow(x: int) -> tuple[int, int]:
        time.sleep(0.002)
        return _pid_and_double(x)

    def release_then_slow(x: int) -> tuple[int, int]:
        if x == 10:
            os.write(release_w, b"x")
        return slow(x)

    try:
        alone = runner.map(slow, list(range(200)))
        assert [v for _, v in alone] == [2 * x for x in range(200)]
        assert {pid for pid, _ in alone} == {me}, "a helper was forked while the other core was taken"
        shared = runner.map(release_then_slow, list(range(300)))
        assert [v for _, v in shared] == [2 * x for x in range(300)]
        assert {pid for pid, _ in shared} - {me}, "no helper joined once the core was free"
        assert held() == b"x"
    finally:
        held.cancel()
        os.close(release_r)
        os.close(release_w)


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_fork_map_takes_a_helper_on_each_free_core(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(par, "cores", lambda: 3)

    def slow(x: int) -> tuple[int, int]:
        time.sleep(0.003)
        return _pid_and_double(x)

    out = ForkRunner().map(slow, list(range(300)))
    assert [v for _, v in out] == [2 * x for x in range(300)]
    assert len({pid for pid, _ in out} - {os.getpid()}) == 2


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_a_helpers_results_are_read_while_this_side_works(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Not all at the end, where the other core would stand idle while they are read."""

    monkeypatch.setattr(par.ForkRunner, "free_cores", lambda self: 1)
    read_early: list[int] = []
    real_collect = par._Helper.collect

    def collect(self, out):  # type: ignore[no-untyped-def]
        before = len(out)
        real_collect(self, out)
        read_early.append(len(out) - before)

    monkeypatch.setattr(par._Helper, "collect", collect)
    monkeypatch.setattr(par._Helper, "finish", lambda self, out: (os.waitpid(self.pid, 0), real_collect(self, out), self.file.close()))

    def slow(x: int) -> tuple[int, int]:
        time.sleep(0.003)
        return _pid_and_double(x)

    out = ForkRunner().map(slow, list(range(400)))
    assert [v for _, v in out] == [2 * x for x in range(400)]
    assert {pid for pid, _ in out} - {os.getpid()}
    assert sum(read_early) >= 5, "the helper's jobs were only read at the end"


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_a_helper_that_fails_midway_keeps_what_it_delivered(tmp_path) -> None:  # type: ignore[no-untyped-def]
    me = os.getpid()
    mark = tmp_path / "helper-jobs"

    def work(x: int) -> tuple[int, int]:
        time.sleep(0.002)
        if os.getpid() != me:
            with open(mark, "a") as f:
                f.write("x")
            if mark.stat().st_size > 20:
                os._exit(3)  # dies without a word, in the middle of a job
        return os.getpid(), 3 * x

    out = ForkRunner().map(work, list(range(300)))
    assert [v for _, v in out] == [3 * x for x in range(300)]
    assert {pid for pid, _ in out} - {me}, "nothing the helper delivered before failing was kept"


def test_only_complete_frames_are_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A helper that dies while writing leaves half a frame: what came before it counts, the
    rest is computed again by the caller."""
    import pickle
    import tempfile

    file = tempfile.TemporaryFile()
    helper = par._Helper(-1, file)
    whole = pickle.dumps((0, ["a", "b"]))
    half = pickle.dumps((1, ["c"]))
    os.write(file.fileno(), par._FRAME.pack(len(whole)) + whole)
    out: dict[int, list[str]] = {}
    helper.collect(out)
    assert out == {0: ["a", "b"]}
    os.write(file.fileno(), par._FRAME.pack(len(half)) + half[:3])  # cut inside the frame
    helper.collect(out)
    os.write(file.fileno(), b"\x01\x02")  # and a cut header after it is never reached
    helper.collect(out)
    assert out == {0: ["a", "b"]} and helper.read_at == par._FRAME.size + len(whole)
    file.close()


def test_cores_follow_the_affinity_and_are_capped(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    if hasattr(os, "sched_getaffinity"):
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1})
        assert par.cores() == 2
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(64)))
    assert par.cores() == par.MAX_PROCESSES


@pytest.mark.skipif(not can_fork(), reason="needs fork and a second core")
def test_loading_on_both_cores_gives_the_serial_articles(tmp_path, repo_config: Config,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.ingest import load as loader

    d = tmp_path / "many"
    d.mkdir()
    for i in range(120):
        (d / f"{i:03d}.txt").write_text(f"Headline {i}\n\nParagraph {i} says the talks moved on, officials said.\n")
    (d / "empty.txt").write_text("")
    serial = loader.load_articles([str(d)], repo_config, runner=SERIAL)
    monkeypatch.setattr(loader, "PARALLEL_MIN_FILES", 10)
    forked: list[int] = []
    real_start = par._Helper.start

    def start(*args):  # type: ignore[no-untyped-def]
        helper = real_start(*args)
        forked.append(1)
        return helper

    monkeypatch.setattr(par._Helper, "start", start)
    assert loader.load_articles([str(d)], repo_config, runner=ForkRunner()) == serial
    assert forked, "the files were not shared with a helper"

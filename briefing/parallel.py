"""Running pipeline work on the second core.

``fork_call(fn, *args)`` starts ``fn(*args)`` in a forked child (which shares the parent's
memory copy-on-write, so nothing is pickled on the way in) and returns a function that
waits for the result.  ``fork_map(fn, items)`` shares a list's items between this process
and a forked child, so a per-article or per-storyline step runs on both cores.  While a
``fork_call`` child computes, it holds a core: a ``fork_map`` with no core to spare starts
alone and takes its helper once the core is free, as three processes on two cores would
each run slower (every switch evicts the others' caches) for no gain.

Forking happens only where it is safe: on POSIX, from the main thread of a process with
no other threads (the command line and the benchmarks, not the dashboard's worker
threads), and where the caller says the input is large enough to pay for the fork.
Everywhere else, and whenever a child fails in any way, the work simply runs in this
process; the result is the same either way.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import threading
from typing import Any, Callable, Generic, Sequence, TypeVar

T = TypeVar("T")

CHUNKS = 64  # fork_map without costs: items are handed out in about this many runs
_JOB = struct.Struct("<I")  # a job number, as written to the job queue
MAX_JOBS = 1024  # job numbers written at once: 4 KiB, one page, the least a pipe holds


def can_fork() -> bool:
    return (
        hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


class _Child:
    """A forked child computing one value; :meth:`wait` gives ``(True, value)``, or
    ``(False, None)`` when the child failed; :meth:`cancel` stops it (the caller failed)."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running any parent clean-up
            code = 0
            try:
                os.close(read_fd)
                payload = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_fd, "wb") as out:
                    out.write(payload)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        self.pid, self.fd = pid, read_fd

    def finished(self) -> bool:
        """Whether the child is done computing: it is sending its value, or it is gone."""
        try:
            return bool(select.select([self.fd], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    def wait(self) -> tuple[bool, Any]:
        with os.fdopen(self.fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if status == 0 and data:
            try:
                return True, pickle.loads(data)  # our own child's bytes
            except Exception:
                pass
        return False, None

    def cancel(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass


class Pending(Generic[T]):
    """A value being computed (in a child, or here on demand): call it for the value; call
    :meth:`cancel` when it is no longer wanted, so no child is left behind."""

    def __init__(self, fn: Callable[..., T], args: tuple[Any, ...], child: _Child | None) -> None:
        self._fn, self._args, self._child = fn, args, child

    def __call__(self) -> T:
        child, self._child = self._child, None
        if child is not None:
            _forget(child)
            ok, value = child.wait()
            if ok:
                return value  # type: ignore[no-any-return]
        return self._fn(*self._args)  # not forked, or the child failed: do it here

    def cancel(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            _forget(child)
            child.cancel()


_COMPUTING: list[_Child] = []  # fork_call children not yet collected


def _forget(child: _Child) -> None:
    if child in _COMPUTING:
        _COMPUTING.remove(child)


def free_cores() -> int:
    """Cores left when this process and every fork_call child still computing have one."""
    busy = sum(1 for c in _COMPUTING if not c.finished())
    return (os.cpu_count() or 1) - 1 - busy


def fork_call(fn: Callable[..., T], *args: Any, enabled: bool = True) -> Pending[T]:
    """``fn(*args)`` in a child process when :func:`can_fork`; call the result for the value."""
    child = _Child(fn, *args) if enabled and can_fork() else None
    if child is not None:
        _COMPUTING.append(child)
    return Pending(fn, args, child)


def fork_map(fn: Callable[[Any], T], items: Sequence[Any], *, enabled: bool = True,
             cost: Callable[[Any], float] | None = None) -> list[T]:
    """``[fn(x) for x in items]``, computed by this process and a forked helper on each free
    core (:func:`free_cores`; one on a two-core machine) together.

    All take jobs from one queue (a pipe holding job numbers) until it is empty, so a
    process slowed by other work simply takes fewer.  Without ``cost`` a job is a run of
    neighbouring items (about :data:`CHUNKS` runs); with it, each item is a job and the
    dearest go first, so that the last job to finish is a small one.  A helper sends back
    what it computed, pickled; whatever it did not deliver is computed here.  The results
    are in the order of ``items`` either way."""
    n = len(items)
    if not (enabled and n >= 2 and can_fork()):
        return [fn(x) for x in items]
    if cost is not None and n <= MAX_JOBS:
        costs = [cost(x) for x in items]
        jobs = [(i, i + 1) for i in sorted(range(n), key=lambda i: -costs[i])]
    else:
        size = -(-n // CHUNKS)
        jobs = [(k, min(n, k + size)) for k in range(0, n, size)]
    queue_r, queue_w = os.pipe()
    numbers = b"".join(_JOB.pack(j) for j in range(len(jobs)))
    try:
        os.set_blocking(queue_w, False)  # a pipe smaller than the numbers must not hang us
        written = os.write(queue_w, numbers)
    except OSError:
        written = -1
    os.close(queue_w)  # at the end of the numbers, both processes read end-of-file
    if written != len(numbers):
        os.close(queue_r)
        return [fn(x) for x in items]
    helpers: list[_Child] = []
    try:
        mine: dict[int, list[T]] = {}
        emptied = False
        if free_cores() < 1:  # a fork_call child holds the other core: work alone until it is done
            mine, emptied = _take_jobs(fn, items, jobs, queue_r, until=_a_core_is_free)
        if not emptied:
            for _ in range(min(free_cores(), len(jobs) - len(mine) - 1)):
                helpers.append(_Child(_helper, fn, items, jobs, queue_r))
            mine.update(_take_jobs(fn, items, jobs, queue_r)[0])
    except BaseException:
        for child in helpers:
            child.cancel()
        raise
    finally:
        os.close(queue_r)
    out: dict[int, list[T]] = {}
    for child in helpers:
        ok, done = child.wait()
        if ok:
            out.update(done)
    out.update(mine)
    for j, (lo, hi) in enumerate(jobs):  # anything a helper took but did not deliver
        if j not in out:
            out[j] = [fn(items[i]) for i in range(lo, hi)]
    results: list[Any] = [None] * n
    for j, (lo, hi) in enumerate(jobs):
        results[lo:hi] = out[j]
    return results


def _a_core_is_free() -> bool:
    return free_cores() >= 1


def _take_jobs(fn: Callable[[Any], T], items: Sequence[Any], jobs: list[tuple[int, int]], queue: int,
               until: Callable[[], bool] | None = None) -> tuple[dict[int, list[T]], bool]:
    """Take job numbers from the queue until it is empty, or (with ``until``) until that says
    stop; each job's results by its number, and whether the queue was emptied."""
    done: dict[int, list[T]] = {}
    while until is None or not until():
        raw = os.read(queue, _JOB.size)  # reads this small from a pipe are atomic
        if len(raw) < _JOB.size:
            return done, True
        j = _JOB.unpack(raw)[0]
        lo, hi = jobs[j]
        done[j] = [fn(items[i]) for i in range(lo, hi)]
    return done, False


def _helper(fn: Callable[[Any], T], items: Sequence[Any], jobs: list[tuple[int, int]], queue: int) -> dict[int, list[T]]:
    """The forked helper's share of a fork_map: jobs until the queue is empty."""
    return _take_jobs(fn, items, jobs, queue)[0]

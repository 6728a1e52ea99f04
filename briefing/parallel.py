"""Running pipeline work on the second core.

``fork_call(fn, *args)`` starts ``fn(*args)`` in a forked child (which shares the parent's
memory copy-on-write, so nothing is pickled on the way in) and returns a function that
waits for the result.  ``fork_map(fn, items)`` shares a list's items between this process
and a forked child, so a per-article or per-storyline step runs on both cores.

Forking happens only where it is safe: on POSIX, from the main thread of a process with
no other threads (the command line and the benchmarks, not the dashboard's worker
threads), and where the caller says the input is large enough to pay for the fork.
Everywhere else, and whenever a child fails in any way, the work simply runs in this
process; the result is the same either way.
"""

from __future__ import annotations

import os
import pickle
import struct
import threading
from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")

CHUNKS = 64  # fork_map without costs: items are handed out in about this many runs
_JOB = struct.Struct("<I")  # a job number, as written to the job queue
MAX_JOBS = 8192  # job numbers that fit in a pipe's buffer (64 KiB) at once


def can_fork() -> bool:
    return (
        hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def _spawn(fn: Callable[..., Any], *args: Any) -> Callable[[], tuple[bool, Any]]:
    """Run ``fn(*args)`` in a forked child; the returned function waits for it and gives
    ``(True, value)``, or ``(False, None)`` when the child failed."""
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

    def result() -> tuple[bool, Any]:
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status == 0 and data:
            try:
                return True, pickle.loads(data)  # our own child's bytes
            except Exception:
                pass
        return False, None

    return result


def fork_call(fn: Callable[..., T], *args: Any, enabled: bool = True) -> Callable[[], T]:
    """``fn(*args)`` in a child process when :func:`can_fork`; the returned function gives the result."""
    if not (enabled and can_fork()):
        return lambda: fn(*args)
    wait = _spawn(fn, *args)

    def result() -> T:
        ok, value = wait()
        return value if ok else fn(*args)  # type: ignore[no-any-return]  # the child failed: do it here

    return result


def fork_map(fn: Callable[[Any], T], items: Sequence[Any], *, enabled: bool = True,
             cost: Callable[[Any], float] | None = None) -> list[T]:
    """``[fn(x) for x in items]``, computed by this process and a forked child together.

    Both take jobs from one queue (a pipe holding job numbers) until it is empty, so a
    process slowed by other work simply takes fewer.  Without ``cost`` a job is a run of
    neighbouring items (about :data:`CHUNKS` runs); with it, each item is a job and the
    dearest go first, so that the last job to finish is a small one.  The child sends back
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
    os.write(queue_w, b"".join(_JOB.pack(j) for j in range(len(jobs))))
    os.close(queue_w)  # at the end of the numbers, both processes read end-of-file
    try:
        theirs = _spawn(_take_jobs, fn, items, jobs, queue_r)
        mine = _take_jobs(fn, items, jobs, queue_r)
    finally:
        os.close(queue_r)
    ok, done = theirs()
    out: dict[int, list[T]] = dict(done) if ok else {}
    out.update(mine)
    for j, (lo, hi) in enumerate(jobs):  # anything the child took but did not deliver
        if j not in out:
            out[j] = [fn(items[i]) for i in range(lo, hi)]
    results: list[Any] = [None] * n
    for j, (lo, hi) in enumerate(jobs):
        results[lo:hi] = out[j]
    return results


def _take_jobs(fn: Callable[[Any], T], items: Sequence[Any], jobs: list[tuple[int, int]], queue: int) -> dict[int, list[T]]:
    """Take job numbers from the queue until it is empty; each job's results by its number."""
    done: dict[int, list[T]] = {}
    while True:
        raw = os.read(queue, _JOB.size)  # reads this small from a pipe are atomic
        if len(raw) < _JOB.size:
            return done
        j = _JOB.unpack(raw)[0]
        lo, hi = jobs[j]
        done[j] = [fn(items[i]) for i in range(lo, hi)]

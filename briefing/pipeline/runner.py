"""The runner that shares a stage's work with the other cores: :class:`ForkRunner`.

Created once (by the command line, the dashboard's build process, the benchmarks) and passed
down to the stages, which only see :class:`briefing.work.Runner`'s interface.
``runner.call(fn, *args)`` starts ``fn(*args)`` in a forked child (which shares the
parent's memory copy-on-write, so nothing is pickled on the way in) and returns a
:class:`briefing.work.Pending` that waits for the result.  ``runner.map(fn, items)`` shares a
list's items between this process and a forked helper per free core (one on a two-core
machine), so a per-article or per-storyline step runs on every core; helpers send each job's
results as soon as they are made, and this process reads them between its own jobs.  While a
``call`` child computes, it holds a core: a ``map`` with no core to spare starts alone and
takes its helper once the core is free, as three processes on two cores would each run slower
(every switch evicts the others' caches) for no gain.

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
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TypeVar

from ..work import Pending, Runner

T = TypeVar("T")

CHUNKS = 64  # fork_map without costs: items are handed out in about this many runs
_JOB = struct.Struct("<I")  # a job number, as written to the job queue
_FRAME = struct.Struct("<Q")  # the length of a helper's pickled results for one job
MAX_JOBS = 1024  # job numbers written at once: 4 KiB, one page, the least a pipe holds


MAX_PROCESSES = 8  # a machine may report more cores than it lets one program use (a container quota)


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system says), at most
    :data:`MAX_PROCESSES`."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    return max(1, min(n, MAX_PROCESSES))


def can_fork() -> bool:
    return (
        hasattr(os, "fork")
        and cores() > 1
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
            poller = select.poll()  # (select.select refuses descriptors from 1024 on)
            poller.register(self.fd, select.POLLIN)
            return bool(poller.poll(0))
        except (OSError, ValueError, AttributeError):
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


class _Forked(Pending[T]):
    """A value a forked child computes; computed here if the child fails in any way."""

    def __init__(self, fn: Callable[..., T], args: tuple[Any, ...], child: _Child, runner: ForkRunner) -> None:
        super().__init__(fn, args)
        self._child: _Child | None = child
        self._runner = runner

    def __call__(self) -> T:
        child, self._child = self._child, None
        if child is not None:
            self._runner._forget(child)
            ok, value = child.wait()
            if ok:
                return value  # type: ignore[no-any-return]
        return super().__call__()  # the child failed: do it here

    def cancel(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            self._runner._forget(child)
            child.cancel()


class ForkRunner(Runner):
    """Shares the work with forked helpers, one per free core, where forking is safe (POSIX, the
    main thread of a process with no other threads); anywhere else it runs the jobs here.  The
    result is the same either way.  ``processes`` caps the processes used (default: the cores
    this process may run on); ``ForkRunner(1)`` never forks."""

    def __init__(self, processes: int | None = None) -> None:
        self.processes = cores() if processes is None else max(1, processes)
        self._computing: list[_Child] = []  # call() children not yet collected

    def can_fork(self) -> bool:
        return self.processes > 1 and can_fork()

    def _forget(self, child: _Child) -> None:
        if child in self._computing:
            self._computing.remove(child)

    def free_cores(self) -> int:
        """Cores left when this process and every ``call`` child still computing have one."""
        busy = sum(1 for c in self._computing if not c.finished())
        return min(self.processes, cores()) - 1 - busy

    def call(self, fn: Callable[..., T], *args: Any) -> Pending[T]:
        """``fn(*args)`` in a child process when forking is possible; call the result for the value."""
        if not self.can_fork():
            return Pending(fn, args)
        child = _Child(fn, *args)
        self._computing.append(child)
        return _Forked(fn, args, child, self)

    def map(self, fn: Callable[[Any], T], items: Sequence[Any], *, cost: Callable[[Any], float] | None = None,
            meanwhile: Callable[[], object] | None = None, least: int = 2) -> list[T]:
        """``[fn(x) for x in items]``, computed by this process and a forked helper on each free
        core (:meth:`free_cores`; one on a two-core machine) together.

        All take jobs from one queue (a pipe holding job numbers) until it is empty, so a
        process slowed by other work simply takes fewer.  Without ``cost`` a job is a run of
        neighbouring items (about :data:`CHUNKS` runs); with it, each item is a job and the
        dearest go first, so that the last job to finish is a small one.  A helper sends back
        each job's results as soon as it has them (:class:`_Helper`); whatever it did not
        deliver is computed here.  The results are in the order of ``items`` either way.
        Fewer than ``least`` items are done here.

        ``meanwhile``: other work for this process, done once the helpers have started, so that
        it runs while they work rather than before or after them; when no helper starts, before
        this process's jobs, or after them when a core never came free.  Its value is the
        caller's to keep."""
        return list(self.imap(fn, items, cost=cost, meanwhile=meanwhile, least=least))

    def imap(self, fn: Callable[[Any], T], items: Sequence[Any], *, cost: Callable[[Any], float] | None = None,
             meanwhile: Callable[[], object] | None = None, least: int = 2) -> Iterator[T]:
        """:meth:`map`'s results one at a time, in the order of ``items``, each as soon as
        it and every one before it are made: what the caller does with them runs in this
        process between its own jobs, while the helpers go on working, instead of after them.
        Read it to its end (``zip(..., strict=True)`` does) so that the helpers are waited for;
        leaving the loop early (or failing in it) stops them once the generator is closed, so a
        caller that may not read it to its end holds it in ``contextlib.closing``."""
        n = len(items)
        if not (n >= max(2, least) and self.can_fork()):
            yield from _serially(fn, items, meanwhile)
            return
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
            yield from _serially(fn, items, meanwhile)
            return
        job_at = {lo: j for j, (lo, _) in enumerate(jobs)}  # the job that starts at an item
        helpers: list[_Helper] = []
        out: dict[int, list[T]] = {}  # made and not yet handed on, by job number
        handed = 0  # items handed on so far
        try:
            try:
                taken = 0
                started = False
                while True:
                    while handed < n and job_at[handed] in out:
                        j = job_at[handed]
                        yield from out.pop(j)
                        handed = jobs[j][1]
                    # while a call() child holds the other core, work alone until it is done
                    if not started and self.free_cores() >= 1:
                        started = True
                        for _ in range(min(self.free_cores(), len(jobs) - taken - 1)):
                            helper = _Helper.start(fn, items, jobs, queue_r)
                            if helper is None:
                                break
                            helpers.append(helper)
                        if meanwhile is not None:
                            meanwhile()
                            meanwhile = None
                    mine = _next_job(queue_r)
                    if mine is None:
                        break
                    taken += 1
                    lo, hi = jobs[mine]
                    out[mine] = [fn(items[i]) for i in range(lo, hi)]
                    for helper in helpers:
                        helper.collect(out)
            finally:
                os.close(queue_r)
            if meanwhile is not None:  # the queue ran dry before a core was free
                meanwhile()
            for helper in helpers:
                helper.finish(out)
            while handed < n:  # the rest, and anything a helper took but did not deliver
                j = job_at[handed]
                lo, hi = jobs[j]
                values = out.pop(j, None)
                yield from (values if values is not None else [fn(items[i]) for i in range(lo, hi)])
                handed = hi
        except BaseException:  # failed or left early, here or in the caller: leave no helper behind
            for helper in helpers:
                helper.cancel()
            raise


def _serially(fn: Callable[[Any], T], items: Sequence[Any], meanwhile: Callable[[], object] | None) -> Iterator[T]:
    if meanwhile is not None:
        meanwhile()
    for x in items:
        yield fn(x)


def _next_job(queue: int) -> int | None:
    raw = os.read(queue, _JOB.size)  # reads this small from a pipe are atomic
    return _JOB.unpack(raw)[0] if len(raw) == _JOB.size else None


class _Helper:
    """A forked fork_map helper.  It takes jobs from the queue and appends each job's results,
    pickled in a length-prefixed frame, to a temporary file as soon as they are made, so that
    this process reads them between its own jobs rather than all at the end (where the other
    core would stand idle while they are pickled and read)."""

    def __init__(self, pid: int, file: IO[bytes]) -> None:
        self.pid, self.file, self.fd = pid, file, file.fileno()
        self.read_at = 0
        self.broken = False
        self.reaped = False

    @classmethod
    def start(cls, fn: Callable[[Any], Any], items: Sequence[Any], jobs: list[tuple[int, int]],
              queue: int) -> _Helper | None:
        try:
            file = tempfile.TemporaryFile()
        except OSError:
            return None  # no temporary folder: this process does the work
        fd = file.fileno()
        try:
            pid = os.fork()
        except OSError:  # no process to spare: this process does the work
            file.close()
            return None
        if pid == 0:  # the helper: work, write, and leave without running any parent clean-up
            code = 0
            try:
                while (j := _next_job(queue)) is not None:
                    lo, hi = jobs[j]
                    payload = pickle.dumps((j, [fn(items[i]) for i in range(lo, hi)]), protocol=pickle.HIGHEST_PROTOCOL)
                    frame = memoryview(_FRAME.pack(len(payload)) + payload)
                    while frame:
                        frame = frame[os.write(fd, frame):]
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        return cls(pid, file)

    def collect(self, out: dict[int, Any]) -> None:
        """Put the results of every job whose frame is complete and not yet read into ``out``
        (the helper writes at the file's offset; this side reads with pread, which leaves it)."""
        if self.broken:
            return
        size = os.fstat(self.fd).st_size
        while size - self.read_at >= _FRAME.size:
            header = os.pread(self.fd, _FRAME.size, self.read_at)
            if len(header) < _FRAME.size:
                return
            (n,) = _FRAME.unpack(header)
            start = self.read_at + _FRAME.size
            if start + n > size:
                return  # still being written
            data = os.pread(self.fd, n, start)
            try:
                if len(data) < n:
                    raise EOFError
                j, values = pickle.loads(data)  # our own helper's bytes
            except Exception:
                self.broken = True  # what it sent from here on is computed again
                return
            out[j] = values
            self.read_at = start + n

    def finish(self, out: dict[int, Any]) -> bool:
        """Wait for the helper to leave and read what it sent; whether it did all it took (a
        helper that failed delivers the jobs it finished; the caller computes the others)."""
        try:
            status = os.waitpid(self.pid, 0)[1]
        except OSError:
            status = -1
        self.reaped = True
        self.collect(out)
        self.file.close()
        return status == 0 and not self.broken

    def cancel(self) -> None:
        if not self.reaped:
            self.reaped = True
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        self.file.close()

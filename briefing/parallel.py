"""Running one independent stage of the pipeline on the second core.

``fork_call(fn, *args)`` starts ``fn(*args)`` in a forked child (which shares the parent's
memory copy-on-write, so nothing is pickled on the way in) and returns a function that
waits for the result.  It only forks where that is safe: on POSIX, from the main thread of
a process with no other threads (the command line and the benchmarks, not the dashboard's
worker threads), and for inputs large enough to pay for the fork.  Everywhere else, and if
the child fails in any way, the call simply runs in this process.
"""

from __future__ import annotations

import os
import pickle
import threading
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    return (
        hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def fork_call(fn: Callable[..., T], *args: Any, enabled: bool = True) -> Callable[[], T]:
    """``fn(*args)`` in a child process when :func:`can_fork`; the returned function gives the result."""
    if not (enabled and can_fork()):
        return lambda: fn(*args)
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

    def result() -> T:
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status == 0 and data:
            try:
                return pickle.loads(data)  # type: ignore[no-any-return]  # our own child's bytes
            except Exception:
                pass
        return fn(*args)  # the child failed: do the work here

    return result

"""How a stage's work is run, without the stage knowing how.

Every stage takes a :class:`Runner` and maps its per-article or per-storyline work through
it; it never asks whether that work is shared between cores.  This module holds the interface
and the plain serial runner; the runner that shares the work with forked helpers is
:class:`briefing.pipeline.runner.ForkRunner`, created once by the command line, the build
process or the app and passed down.

It also holds :func:`gc_paused`: pausing Python's cyclic garbage collector around bulk work
that creates no cycles.  Fingerprinting tens of thousands of articles allocates millions of small tuples, lists and
ints.  Each allocation burst triggers collections that walk every live object, so with a
large brief in memory they cost more than the work itself.  Reference counting still frees
everything; only the cycle detector waits until the block ends.

What the block made and kept is then moved to the oldest generation unexamined, rather than
left in the youngest: there the first allocation after the block would walk all of it at
once (a fifth of a second on one core at the end of a 10k-article brief, for a brief that
holds no garbage).  A cycle made in the block is freed by the next full collection, which
may come late (objects moved this way do not count towards starting one): the pipeline
makes no cycles, so nothing waits.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    """A value being computed: call it for the value; :meth:`cancel` when it is no longer wanted."""

    def __init__(self, fn: Callable[..., T], args: tuple[Any, ...]) -> None:
        self._fn, self._args = fn, args

    def __call__(self) -> T:
        return self._fn(*self._args)

    def cancel(self) -> None:
        """Nothing to stop when the value is computed on demand."""


class Runner:
    """Runs a stage's jobs here, one after the other (a subclass may share them out).

    ``map`` and ``imap`` give ``[fn(x) for x in items]`` in the order of ``items``; ``cost``
    says which items are dearest (a runner that shares the work starts those first),
    ``meanwhile`` is other work for this process done while the jobs run elsewhere, and
    ``least`` is the fewest items for which sharing the work could pay.  ``call`` starts one
    computation and hands back a :class:`Pending`."""

    def map(self, fn: Callable[[Any], T], items: Sequence[Any], *, cost: Callable[[Any], float] | None = None,
            meanwhile: Callable[[], object] | None = None, least: int = 2) -> list[T]:
        return list(self.imap(fn, items, cost=cost, meanwhile=meanwhile, least=least))

    def imap(self, fn: Callable[[Any], T], items: Sequence[Any], *, cost: Callable[[Any], float] | None = None,
             meanwhile: Callable[[], object] | None = None, least: int = 2) -> Iterator[T]:
        if meanwhile is not None:
            meanwhile()
        for x in items:
            yield fn(x)

    def call(self, fn: Callable[..., T], *args: Any) -> Pending[T]:
        return Pending(fn, args)


SERIAL = Runner()  # holds no state: one is enough


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block (re-enabled after, only if it was on,
    with what the block made moved to the oldest generation: see :func:`_age_unexamined`)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            _age_unexamined()
            gc.enable()


def _age_unexamined() -> None:
    """Every tracked object into the oldest generation without a collection: ``gc.freeze``
    moves all generations to the permanent one and ``gc.unfreeze`` moves that back into the
    oldest (list splices on CPython's standard build).  When the program keeps objects
    frozen already (as the dashboard does, see :func:`keep_out_of_collector`), unfreezing
    would put them back in the collector's way and freezing alone would keep any garbage for
    good: then nothing is moved, and the collector works as it would have."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def keep_out_of_collector() -> None:
    """Move every object alive now out of the cyclic collector's reach (``gc.freeze``): for
    the dashboard, once a brief and its search index are built.  They stay until the next
    brief, and a full collection walking their millions of objects would stall one keystroke
    of search-as-you-type for a quarter of a second at 10k articles.  Reference counting
    still frees them when a newer brief replaces them."""
    gc.freeze()

"""Pausing Python's cyclic garbage collector around bulk work that creates no cycles.

Fingerprinting tens of thousands of articles allocates millions of small tuples, lists and
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
from contextlib import contextmanager
from typing import Iterator


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

"""The cycle collector paused around bulk work, and what the work made aged unexamined."""

from __future__ import annotations

import gc
import weakref

import pytest

from briefing.work import gc_paused


@pytest.fixture
def collector_on():
    was_on = gc.isenabled()
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    if not was_on:
        gc.disable()


def _young_collections() -> int:
    return gc.get_stats()[0]["collections"]


def test_paused_inside_and_on_again_after(collector_on):
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_stays_off_when_it_was_off(collector_on):
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_what_the_block_made_is_not_walked_on_leaving(collector_on):
    with gc_paused():
        kept = [[i] for i in range(200_000)]  # far past the young generation's threshold
    before = _young_collections()
    more = [[i] for i in range(100)]  # the first allocations after the block
    assert _young_collections() == before  # no collection of the 200 000 lists just made
    assert gc.get_count()[0] < 1000
    assert gc.get_freeze_count() == 0  # nothing left frozen: a full collection still reaches them
    assert any(o is kept for o in gc.get_objects(generation=2))
    del kept, more


def test_a_cycle_made_in_the_block_is_still_freed(collector_on):
    class Node:
        pass

    with gc_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        probe = weakref.ref(a)
    del a, b
    assert probe() is not None  # a cycle: reference counting alone cannot free it
    gc.collect()
    assert probe() is None


def test_frozen_objects_stay_frozen_and_nothing_else_is_frozen(collector_on):
    old = [[1]]
    gc.freeze()  # as the dashboard does with its brief
    frozen = gc.get_freeze_count()
    with gc_paused():
        new = [[2] for _ in range(10)]
    assert gc.get_freeze_count() == frozen  # nothing unfrozen, and what the block made not frozen for good
    assert not any(o is new for o in gc.get_objects(generation=2))  # left where the collector finds it
    del old, new

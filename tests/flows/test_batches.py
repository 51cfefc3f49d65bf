"""How the flow cuts its documents into extract task runs (flows.pipeline.batches): a table, then properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.pipeline import batches

NAMES = [f"r{i:04d}.pdf" for i in range(1000)]


@pytest.mark.parametrize(("n", "slots", "most", "sizes"), [
    (0, 2, 16, []),
    (1, 2, 16, [1]),
    (5, 2, 16, [1, 1, 1, 1, 1]),  # fewer documents than 4 a slot: one each
    (8, 2, 16, [1] * 8),
    (44, 2, 16, [6, 6, 6, 6, 5, 5, 5, 5]),  # the benchmark corpus on two workers
    (44, 1, 16, [11, 11, 11, 11]),
    (44, 16, 16, [1] * 44),  # a cluster with more threads than documents
    (100, 2, 16, [13, 13, 13, 13, 12, 12, 12, 12]),
    (200, 2, 16, [16] * 5 + [15] * 8),  # the cap: never more than `most` a task run
    (17, 1, 4, [4, 4, 3, 3, 3]),
])
def test_batch_sizes(n: int, slots: int, most: int, sizes: list[int]) -> None:
    out = batches(NAMES[:n], slots, most)
    assert [len(b) for b in out] == sizes
    assert [name for b in out for name in b] == NAMES[:n]


@pytest.mark.parametrize(("n", "slots", "per_slot", "sizes"), [
    # tasks that only report what the flow's workers read: two a worker, whatever the batch (no cap)
    (44, 2, 2, [11, 11, 11, 11]),
    (352, 2, 2, [88] * 4),
    (3, 2, 2, [1, 1, 1]),
    (3, 1, 2, [2, 1]),
    (45, 2, 1, [23, 22]),
    (10, 3, 0, [4, 3, 3]),  # at least one a slot
])
def test_batches_a_slot(n: int, slots: int, per_slot: int, sizes: list[int]) -> None:
    out = batches(NAMES[:n], slots, most=max(1, n), per_slot=per_slot)
    assert [len(b) for b in out] == sizes
    assert [name for b in out for name in b] == NAMES[:n]


def test_the_first_batch_holds_the_first_documents() -> None:
    # the caller orders largest first, so the long reports start (and reach the writer) first
    ordered = ["300p.pdf", "40p.pdf", "12p.pdf", "9p.pdf", "5p.pdf", "4p.pdf", "3p.pdf", "2p.pdf"]
    assert batches(ordered, slots=1) == [ordered[0:2], ordered[2:4], ordered[4:6], ordered[6:8]]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(n=st.integers(0, 1000), slots=st.integers(0, 64), most=st.integers(1, 40))
def test_batches_keep_order_are_never_empty_and_stay_under_the_cap(n: int, slots: int, most: int) -> None:
    out = batches(NAMES[:n], slots, most)
    assert [name for b in out for name in b] == NAMES[:n]
    assert all(1 <= len(b) <= most for b in out)
    if out:
        assert max(map(len, out)) - min(map(len, out)) <= 1
        assert len(out) >= min(n, 4 * max(1, slots))  # enough task runs to keep every reader busy


@settings(max_examples=200, derandomize=True, deadline=None)
@given(n=st.integers(0, 600), slots=st.integers(0, 16), per_slot=st.integers(0, 6))
def test_batches_a_slot_without_a_cap_are_as_many_as_asked(n: int, slots: int, per_slot: int) -> None:
    out = batches(NAMES[:n], slots, most=max(1, n), per_slot=per_slot)
    assert [name for b in out for name in b] == NAMES[:n]
    assert len(out) == min(n, max(1, per_slot) * max(1, slots))
    if out:
        assert max(map(len, out)) - min(map(len, out)) <= 1

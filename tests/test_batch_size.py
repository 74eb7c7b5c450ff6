"""The flow's default batch size: about eight batches per worker, between the bounds."""
from __future__ import annotations

import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)
from flows.pipeline import BATCHES_PER_SLOT, MAX_BATCH, MIN_BATCH, batch_size_for


def test_small_runs_keep_small_batches_so_every_worker_has_some():
    assert batch_size_for(1, 2) == MIN_BATCH
    assert batch_size_for(1_000, 2) == MIN_BATCH  # 5 batches: both workers busy


def test_batches_grow_with_the_run_up_to_the_bound():
    assert batch_size_for(10_000, 2) == 625       # 16 batches, 8 per worker
    assert batch_size_for(100_000, 2) == MAX_BATCH  # 100 task runs, not 500
    for n in (3_001, 10_000, 12_345):
        size = batch_size_for(n, 2)
        assert -(-n // size) <= 2 * BATCHES_PER_SLOT


def test_more_workers_get_smaller_batches():
    assert batch_size_for(100_000, 32) < batch_size_for(100_000, 2)
    assert batch_size_for(100_000, 32) >= MIN_BATCH

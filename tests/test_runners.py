"""Where offloaded work runs: `offload_map` hands every call to the active runner's executor
at once and returns the results in the order of the arguments; with no runner, it runs here."""
from __future__ import annotations

import os
import time

from flows.runners import offload_map, task_runner


def _pid_after(delay: float, tag: int) -> tuple[int, int]:
    time.sleep(delay)  # (the first calls finish last: the order returned is the arguments')
    return tag, os.getpid()


def test_without_a_runner_the_calls_run_here_in_order():
    got = offload_map(_pid_after, [0.0, 0.0, 0.0], [1, 2, 3])
    assert got == [(1, os.getpid()), (2, os.getpid()), (3, os.getpid())]


def test_on_the_process_runner_the_calls_run_in_worker_processes_in_order():
    with task_runner("processes", workers=2):
        got = offload_map(_pid_after, [0.6, 0.3, 0.0, 0.0], [1, 2, 3, 4])
    assert [tag for tag, _ in got] == [1, 2, 3, 4]
    assert os.getpid() not in {pid for _, pid in got}

"""`offload_map`: work spread over the runner's executor comes back in order, with a bounded
number of items in flight, and runs in place when there is no executor."""
from __future__ import annotations

from concurrent.futures import Future

import pytest

from flows import runners


class _Executor:
    """Completes futures only when asked, in reverse order of submission."""

    def __init__(self):
        self.pending: list[tuple[Future, object]] = []
        self.most_in_flight = 0

    def submit(self, fn, item):
        f: Future = Future()
        self.pending.append((f, fn, item))
        self.most_in_flight = max(self.most_in_flight, sum(not p[0].done() for p in self.pending))
        return f

    def finish_all(self):
        for f, fn, item in reversed(self.pending):
            if not f.done() and not f.cancelled():
                try:
                    f.set_result(fn(item))
                except Exception as e:  # noqa: BLE001
                    f.set_exception(e)


class _Runner:
    _max_workers = 2

    def __init__(self):
        self.ex = _Executor()

    def executor(self):
        return self.ex


@pytest.fixture
def runner(monkeypatch):
    r = _Runner()
    monkeypatch.setattr(runners, "_active", [r])
    # futures complete when the caller waits on the oldest one
    orig = Future.result

    def result(self, timeout=None):
        if not self.done():
            r.ex.finish_all()
        return orig(self, timeout)
    monkeypatch.setattr(Future, "result", result)
    return r


def test_results_come_in_the_order_of_the_items(runner):
    assert list(runners.offload_map(lambda x: x * x, range(10))) == [x * x for x in range(10)]


def test_no_more_than_the_window_is_in_flight(runner):
    list(runners.offload_map(str, range(20), window=3))
    assert runner.ex.most_in_flight == 3
    runner.ex.most_in_flight = 0
    list(runners.offload_map(str, range(20)))  # default: twice the slots
    assert runner.ex.most_in_flight == 4


def test_a_failure_stops_the_map_and_cancels_the_rest(runner):
    def fn(x):
        if x == 2:
            raise ValueError("bad item")
        return x
    with pytest.raises(ValueError, match="bad item"):
        list(runners.offload_map(fn, range(50), window=5))
    assert len(runner.ex.pending) < 50  # items past the window were never submitted


def test_without_an_executor_items_run_here_in_order(monkeypatch):
    monkeypatch.setattr(runners, "_active", [])
    seen = []
    out = runners.offload_map(lambda x: seen.append(x) or -x, range(5))
    assert seen == []  # lazily
    assert list(out) == [0, -1, -2, -3, -4] and seen == [0, 1, 2, 3, 4]

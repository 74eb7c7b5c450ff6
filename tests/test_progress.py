"""Progress of long runs: the listeners the flow tells of finished batches, and the command
line's progress bar (drawn on stderr when it is a terminal)."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)
from flows.cli import ProgressBar, _isatty

ROOT = Path(__file__).resolve().parents[1]


def test_progress_bar_lines():
    out = io.StringIO()
    bar = ProgressBar(out, width=10)
    for done in (0, 1, 4):
        bar(done, 4)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("seres-etl: [..........] 0/4 batches   0%")
    assert lines[1].startswith("seres-etl: [##........] 1/4 batches  25%") and "left" in lines[1]
    assert lines[2].startswith("seres-etl: [##########] 4/4 batches 100%") and "left" not in lines[2]
    bar(0, 0)                                   # nothing to extract: nothing drawn
    assert len(out.getvalue().splitlines()) == 3


def test_bar_only_on_a_terminal():
    assert not _isatty(io.StringIO())

    class Closed(io.StringIO):
        def isatty(self):
            raise ValueError("I/O operation on closed file")

    assert not _isatty(Closed())


@pytest.mark.flow
def test_flow_reports_each_batch(prefect_harness, tmp_path):
    from flows.pipeline import on_progress, seres_etl_flow

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(3):
        shutil.copy(ROOT / "raw" / "sokon-renamed-seres.txt", raw / f"a{i}.txt")
    seen: list[tuple[int, int]] = []
    with on_progress(lambda done, total: seen.append((done, total))):
        seres_etl_flow(raw=raw.as_posix(), out=(tmp_path / "out").as_posix(), batch_size=1)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    seres_etl_flow(raw=raw.as_posix(), out=(tmp_path / "out").as_posix(), batch_size=1)
    assert len(seen) == 4                       # the listener is gone; nothing to extract anyway

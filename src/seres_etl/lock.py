"""One run per output folder: an exclusive lock on `<out>/.seres-etl.lock`.

The lock is an OS file lock (flock): it is released when the holding process exits, even
if it is killed, so a crashed run never leaves a stale lock behind.
"""
from __future__ import annotations

import datetime as dt
import errno
import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".seres-etl.lock"
_BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


@contextmanager
def output_lock(out_dir: str | Path):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in _BUSY:
                raise OutputLocked(locked_message(out, _read(fd))) from None
            raise
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(),
                                 "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}).encode())
        try:
            yield path
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def locked_message(out_dir: str | Path, holder: dict) -> str:
    return (f"another seres-etl run is using {out_dir} "
            f"(pid {holder.get('pid', '?')}, started {holder.get('started', '?')}); "
            "wait for it to finish or use another --out folder")


def holder(out_dir: str | Path) -> dict | None:
    """Who holds the lock on `out_dir` ({'pid', 'started'}, possibly empty), or None if no run
    does. Only a hint for a quick, friendly refusal: `output_lock` is what excludes runs."""
    try:
        fd = os.open(Path(out_dir) / LOCK_NAME, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in _BUSY:
                return _read(fd)
            return None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _read(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return json.loads(os.read(fd, 4096).decode() or "{}")
    except (OSError, ValueError):
        return {}

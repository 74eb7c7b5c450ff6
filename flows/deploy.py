"""Serve the seres-etl flow as a scheduled deployment against a running Prefect server.

    python -m flows.deploy [--raw DIR] [--out DIR] [--cron "0 6 * * *"] [--name daily]

`make serve` runs this with PREFECT_API_URL pointing at the server that `make server` started.
The command registers (or updates) the deployment `seres-etl/<name>` with the cron schedule
and the raw/out folders as parameters, then polls the server and runs each scheduled or
triggered flow run in a subprocess, in this folder, until it is stopped (Ctrl-C). Relative
folders stay relative, as `make run` gives them: scheduled runs and `make run` then name the
input files alike and share the output folder's manifest (a file is known by its path as
given, so `raw/a.txt` and `/home/me/seres-etl/raw/a.txt` would be two files). On shutdown Prefect pauses the schedule, so runs do
not pile up while nothing serves them; the next `make serve` resumes it.

`prefect.yaml` holds the same deployment for `prefect deploy` with a process work pool.
"""
from __future__ import annotations

import argparse
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

from . import configure

DEFAULT_CRON = "0 6 * * *"  # daily at 06:00 (the server's time zone: UTC unless set)
DEFAULT_NAME = "daily"
DEFAULT_API_URL = "http://127.0.0.1:4200/api"


def api_url() -> str:
    return os.environ.get("PREFECT_API_URL") or DEFAULT_API_URL


def server_healthy(url: str, timeout: float = 5.0) -> bool:
    """Whether a Prefect server answers at `url` (its API address, ending in /api)."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=timeout) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def serve(raw: str | Path = "raw", out: str | Path = "output", cron: str = DEFAULT_CRON,
          name: str = DEFAULT_NAME, batch_size: int | None = None) -> None:
    """Register `seres-etl/<name>` with a cron schedule and serve it until interrupted."""
    from prefect.types.entrypoint import EntrypointType

    from .pipeline import DEFAULT_BATCH_SIZE, seres_etl_flow

    params = {"raw": Path(raw).as_posix(), "out": Path(out).as_posix(),
              "batch_size": batch_size or DEFAULT_BATCH_SIZE}
    seres_etl_flow.serve(
        name=name,
        cron=cron,
        parameters=params,
        description="Extract business figures from the articles in raw/ into Parquet tables (incremental).",
        tags=["seres-etl"],
        # runs import `flows.pipeline` from the installed package, whatever the folder
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.deploy",
                                 description="Serve the seres-etl flow on a cron schedule against a Prefect server.")
    ap.add_argument("--raw", default="raw", help="input folder (default: raw)")
    ap.add_argument("--out", default="output", help="output folder (default: output)")
    ap.add_argument("--cron", default=DEFAULT_CRON, help=f"cron schedule (default: {DEFAULT_CRON!r}, daily)")
    ap.add_argument("--name", default=DEFAULT_NAME, help=f"deployment name (default: {DEFAULT_NAME})")
    ap.add_argument("--batch-size", type=int, default=None, help="documents per extraction task")
    args = ap.parse_args(argv)

    os.environ.setdefault("PREFECT_API_URL", DEFAULT_API_URL)  # never an ephemeral server here
    configure()
    url = api_url()
    if not server_healthy(url):
        print(f"seres-etl: no Prefect server answers at {url}; start one with `make server` "
              "(or set PREFECT_API_URL)", file=sys.stderr)
        return 2
    if not Path(args.raw).is_dir():
        print(f"seres-etl: raw folder not found: {args.raw}", file=sys.stderr)
        return 2
    try:
        from prefect.schedules import Cron
        Cron(args.cron)
    except Exception as e:  # noqa: BLE001 - say which schedule is wrong, in one line
        print(f"seres-etl: invalid cron schedule {args.cron!r}: {e}", file=sys.stderr)
        return 2
    print(f"seres-etl: serving deployment 'seres-etl/{args.name}' (cron {args.cron!r}) against {url}; "
          "Ctrl-C to stop", file=sys.stderr)
    serve(args.raw, args.out, args.cron, args.name, args.batch_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())

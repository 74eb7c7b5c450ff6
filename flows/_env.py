"""Prefect settings that must be in place before `import prefect`.

Runs without a Prefect server (ephemeral API) by default. On a source checkout PREFECT_HOME
lives inside the project (git-ignored) so warm runs skip database set-up; the ephemeral
server gets a generous start-up timeout (a cold start takes ~20 s on a small machine); no
telemetry is sent (these machines may have no internet). Every value can be overridden by
setting the variable before running.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LOG_PRINTS": "true",
    "PREFECT_UI_ENABLED": "false",
}


def project_root() -> Path | None:
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() and (root / "src" / "seres_etl").is_dir() else None


def configure() -> None:
    for k, v in DEFAULTS.items():
        os.environ.setdefault(k, v)
    if "PREFECT_HOME" not in os.environ:
        root = project_root()
        if root is not None:
            os.environ["PREFECT_HOME"] = str(root / ".prefect")
    home = os.environ.get("PREFECT_HOME")
    if home:
        Path(home).expanduser().mkdir(parents=True, exist_ok=True)

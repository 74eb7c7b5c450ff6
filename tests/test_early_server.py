"""The temporary Prefect server a `seres-etl` command starts before its heavy imports: used
when nothing else is configured, never when something is, stopped when the command ends,
and replaced by Prefect's own temporary server when it does not come up."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from flows import early_server

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seed" / "sokon-renamed-seres.txt"


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("seres-etl")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def _env(**extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, **extra}


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_a_run_uses_the_early_server_and_stops_it(tmp_path):
    if not SEED.is_file():
        pytest.skip("the sample article (../shared) is not here")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED.name).write_bytes(SEED.read_bytes())
    proc = subprocess.run([*_cli(), "run", "--raw", str(raw), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path, env=_env())
    assert proc.returncode == 0, proc.stderr[-2000:]
    m = re.search(r"Prefect API: a temporary server on http://127\.0\.0\.1:(\d+)/api, started with the command", proc.stderr)
    assert m, proc.stderr[-2000:]
    assert "Starting temporary server" not in proc.stderr  # Prefect did not start a second one
    assert "View at" not in proc.stderr                     # no link to a UI the server does not serve
    assert "Error logging to API" not in proc.stderr        # the last logs went out before it stopped
    assert not _listening(int(m.group(1)))                  # and it is gone
    assert (tmp_path / "out" / "facts.parquet").is_file()


def test_nothing_is_started_when_an_api_is_configured(tmp_path, monkeypatch):
    monkeypatch.delitem(sys.modules, "prefect", raising=False)  # as in a command, before the imports
    monkeypatch.setattr(early_server, "_server", None)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    assert early_server.start() is None
    monkeypatch.delenv("PREFECT_API_URL")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "profiles.toml").write_text(
        'active = "work"\n[profiles.work]\nPREFECT_API_URL = "http://prefect.example:4200/api"\n', "utf-8")
    assert early_server.start() is None
    (tmp_path / "home" / "profiles.toml").unlink()
    monkeypatch.setenv("SERES_ETL_EARLY_SERVER", "0")
    assert early_server.start() is None


def test_a_server_that_does_not_come_up_leaves_prefect_its_own(monkeypatch):
    dead = early_server.EarlyServer(subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"]), 1)
    dead.process.wait()
    with early_server.api(dead) as url:
        assert url is None
    with early_server.api(None) as url:
        assert url is None

"""A real Prefect server (`prefect server start`, SQLite in a temporary PREFECT_HOME, a free
localhost port), no mocks of Prefect:

- the deployment `make serve` registers (flows/deploy.py, served in a subprocess) runs when
  triggered through the API with `run_deployment`;
- the deployment in prefect.yaml, registered with `prefect deploy --all` to a process work
  pool, runs on a `prefect worker` subprocess.

Each run must complete, publish its artifacts and write the Parquet tables and the HTML
report. Then the serve/worker processes and the server are stopped.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "sokon-renamed-seres.txt"
ARTIFACT_KEYS = {"seres-etl-run-summary", "seres-etl-tables"}
STARTUP_TIMEOUT = 300      # seconds: a cold server on a loaded 2-core machine can be slow
RUN_TIMEOUT = 300


@dataclass
class Server:
    url: str          # API address, .../api
    home: Path
    env: dict         # environment for Prefect clients of this server
    logs: Path


def _prefect() -> list[str]:
    exe = Path(sys.executable).with_name("prefect")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "prefect.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=5) as r:
            return r.status == 200
    except OSError:
        return False


def _tail(path: Path, n: int = 60) -> str:
    try:
        return "\n".join(path.read_text("utf-8", errors="replace").splitlines()[-n:])
    except OSError:
        return ""


# Prefect's worker stops on SIGTERM by sending itself SIGINT. Under a test runner started in
# the background by a non-interactive shell, SIGINT is ignored and children inherit that:
# restore the default before exec so the worker (and serve) can be stopped cleanly.
_DEFAULT_SIGINT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                   "os.execvp(sys.argv[1], sys.argv[1:])")


def _start(cmd: list[str], env: dict, log: Path, cwd: Path) -> subprocess.Popen:
    fh = open(log, "wb")
    try:
        return subprocess.Popen([sys.executable, "-c", _DEFAULT_SIGINT, *cmd], env=env, cwd=cwd, stdout=fh,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    finally:
        fh.close()


def _stop(proc: subprocess.Popen, timeout: float = 60) -> bool:
    """SIGTERM to the process group we started (the process and its children), then SIGKILL
    if it did not end in time. True when SIGTERM sufficed."""
    if proc.poll() is not None:
        return True
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return sig == signal.SIGTERM
        try:
            proc.wait(timeout=wait)
            return sig == signal.SIGTERM
        except subprocess.TimeoutExpired:
            continue
    return False


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("prefect-server")
    home = base / "home"
    home.mkdir()
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "600",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LOG_PRINTS": "true",
    })
    log = base / "server.log"
    proc = _start([*_prefect(), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
                  env, log, base)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _healthy(url):
            if proc.poll() is not None:
                pytest.fail(f"prefect server exited with {proc.returncode}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                pytest.fail(f"prefect server not healthy after {STARTUP_TIMEOUT} s:\n{_tail(log)}")
            time.sleep(0.5)
        yield Server(url, home, {**env, "PREFECT_API_URL": url}, base)
    finally:
        _stop(proc)
    assert proc.returncode is not None


@pytest.fixture
def api(server):
    """Point this process's Prefect client at the server (over any session harness)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings
    with temporary_settings(updates={PREFECT_API_URL: server.url}):
        yield server


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    return raw


def _wait_for_deployment(name: str, proc: subprocess.Popen, log: Path):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + STARTUP_TIMEOUT
    with get_client(sync_client=True) as client:
        while True:
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                pass
            if proc.poll() is not None:
                pytest.fail(f"{name}: the serving process exited with {proc.returncode}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                pytest.fail(f"{name} not registered after {STARTUP_TIMEOUT} s:\n{_tail(log)}")
            time.sleep(0.5)


def _check_run(flow_run, out: Path, log: Path) -> None:
    """The run completed (as the server records it), published its artifacts, wrote the tables."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.client.schemas.objects import StateType

    with get_client(sync_client=True) as client:
        run = client.read_flow_run(flow_run.id)
        assert run.state is not None and run.state.type == StateType.COMPLETED, \
            f"flow run {run.name}: {run.state}\n{_tail(log)}"
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[run.id])))
    by_key = {a.key: a for a in arts if a.key}
    assert ARTIFACT_KEYS <= set(by_key), sorted(by_key)
    facts = pq.read_table(out / "facts.parquet").to_pylist()
    assert by_key["seres-etl-run-summary"].type == "markdown"
    assert f"facts: **{len(facts)}**" in by_key["seres-etl-run-summary"].data
    assert by_key["seres-etl-tables"].type == "table"

    quotes = {f["quote"] for f in facts}
    assert {"7,658 units", "524.12%", "32.70 yuan", "$4.86"} <= quotes
    assert {f["doc_id"] for f in facts} == {"sokon-renamed-seres"}
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["doc_id"], d["status"]) for d in docs] == [("sokon-renamed-seres", "ok")]
    assert "7,658 units" in (out / "report" / "index.html").read_text("utf-8")


def test_served_deployment_runs_through_the_api(api, tmp_path):
    """`make serve`: flows/deploy.py registers seres-etl/<name> with a cron schedule and serves it."""
    from prefect.deployments import run_deployment

    raw, out = _raw(tmp_path), tmp_path / "out"
    log = tmp_path / "serve.log"
    env = {**api.env, "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    proc = _start([sys.executable, "-m", "flows.deploy", "--raw", str(raw), "--out", str(out),
                   "--cron", "0 6 * * *", "--name", "ci"], env, log, ROOT)
    try:
        dep = _wait_for_deployment("seres-etl/ci", proc, log)
        assert [s.schedule.cron for s in dep.schedules] == ["0 6 * * *"]
        assert dep.parameters["raw"] == raw.as_posix() and dep.parameters["out"] == out.as_posix()
        assert dep.entrypoint == "flows.pipeline.seres_etl_flow"

        flow_run = run_deployment("seres-etl/ci", timeout=RUN_TIMEOUT, poll_interval=1)
        _check_run(flow_run, out, log)
    finally:
        stopped = _stop(proc)  # before the server: the runner pauses its schedule on the way out
    assert stopped, f"`python -m flows.deploy` did not stop on SIGTERM:\n{_tail(log)}"
    from prefect.client.orchestration import get_client
    with get_client(sync_client=True) as client:
        assert client.read_deployment_by_name("seres-etl/ci").paused


def test_prefect_yaml_deploys_to_a_process_work_pool(api, tmp_path):
    """`prefect deploy --all` with prefect.yaml, and a `prefect worker` on the process pool."""
    from prefect.deployments import run_deployment

    raw, out = _raw(tmp_path), tmp_path / "out"
    env = api.env
    pool = subprocess.run([*_prefect(), "work-pool", "create", "seres-etl-pool", "--type", "process"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=STARTUP_TIMEOUT)
    assert pool.returncode == 0, pool.stdout + pool.stderr
    deploy = subprocess.run([*_prefect(), "--no-prompt", "deploy", "--all"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=STARTUP_TIMEOUT)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert "seres-etl/daily" in deploy.stdout

    from prefect.client.orchestration import get_client
    with get_client(sync_client=True) as client:
        dep = client.read_deployment_by_name("seres-etl/daily")
    assert dep.work_pool_name == "seres-etl-pool"
    assert dep.entrypoint == "flows/pipeline.py:seres_etl_flow"
    assert [s.schedule.cron for s in dep.schedules] == ["0 6 * * *"]
    assert dep.parameters == {"raw": "raw", "out": "output", "batch_size": 200}
    step = dep.pull_steps[0]["prefect.deployments.steps.set_working_directory"]
    assert Path(step["directory"]).resolve() == ROOT

    log = tmp_path / "worker.log"
    worker = _start([*_prefect(), "worker", "start", "--pool", "seres-etl-pool"],
                    {**env, "PREFECT_WORKER_QUERY_SECONDS": "1"}, log, tmp_path)
    try:
        flow_run = run_deployment("seres-etl/daily", parameters={"raw": raw.as_posix(), "out": out.as_posix()},
                                  timeout=RUN_TIMEOUT, poll_interval=1)
        _check_run(flow_run, out, log)
    finally:
        stopped = _stop(worker)
    assert stopped, f"the worker did not stop on SIGTERM:\n{_tail(log)}"
